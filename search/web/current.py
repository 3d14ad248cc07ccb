"""What a request reaches through the app: the index handle of this process
(kept in the app's extensions by search.web.app.create_app) and whether the
answer came from a cache. Views import these, never search.web.app: the
factory imports the views, not the other way round."""
from __future__ import annotations

import datetime as dt
import time

from flask import current_app, g

from search.engine.backends import Backend, backend_class
from search.index.state import Remembered
from search.index.store import Library


def library() -> Library:
    """The index handle of this process."""
    return current_app.extensions["library"]


def backend_of(searcher) -> Backend:
    """The search backend over a searcher of this process's index: the one
    registered as GAOXIN_BACKEND (Whoosh's over its searcher, Xapian's over
    the shards)."""
    return backend_class(current_app.config["BACKEND"])(searcher)


def backend() -> Backend:
    """The search backend over the current index."""
    return backend_of(library().searcher())


def served_from_cache() -> Remembered | None:
    """The remembered answer this request was served from (with when it was
    computed), None when it was computed for this request."""
    if "cache_hits" in g and library().hits > g.cache_hits:
        return library().last_hit
    return None


def cache_json() -> dict | None:
    """For a JSON answer: when a cached answer was computed, and now."""
    hit = served_from_cache()
    if hit is None:
        return None
    return {"computed_at": _iso(hit.computed_at), "served_at": _iso(time.time())}


def _iso(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat(timespec="seconds")
