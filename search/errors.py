"""One error type for everything a user can get wrong, answered as HTML or
JSON by one handler (search.web.app); the message says what was wrong, in Chinese."""
from __future__ import annotations


class SearchError(Exception):
    """An error to show the user, with its HTTP status."""
    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class BadParameter(SearchError):
    """A URL parameter that cannot be read (HTTP 400)."""
    status = 400


class NotFound(SearchError):
    """No such article or page (HTTP 404)."""
    status = 404


class ShardsUnavailable(SearchError):
    """A Xapian shard cannot answer (search.engine.backends.xapian_shards):
    HTTP 503 with the reason in Chinese, naming the shard."""
    status = 503
