"""The shards as one process sees them with GAOXIN_BACKEND=xapian: what
search.index.store.Library is for a Whoosh index (the web layer uses either
the same way), over a ShardSet (search.engine.backends.xapian_shards).

What is remembered (results pages, zone lists) is kept per revision of the
shards, in a search.index.state.ReaderState with the same budgets, and
dropped when the shards change: every `check_seconds` the shards are asked
whether a commit or a new build changed them (Database.reopen)."""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass

from search.engine.backends.xapian_shards import ShardSet
from search.index import state
from search.index.state import Budgets, Remembered, Remembering


class _Revision:
    """What the per-reader state of search.index.state hangs on: one per revision of the shards."""


@dataclass(frozen=True)
class ShardStatus:
    """The shards as /health reports them."""
    documents: int
    shards: list[str]
    schema: str

    fallback = False  # the Whoosh-only note on the results page never applies

    def to_json(self) -> dict:
        """The /health answer."""
        return {"status": "ok", "backend": "xapian", "documents": self.documents, "shards": self.shards,
                "schema_version": self.schema}


class ShardLibrary(Remembering):
    """The shards, opened once per process and checked for changes now and then."""

    def __init__(self, shards: ShardSet, check_seconds: float = 1.0, budgets: Budgets = Budgets()) -> None:
        self.hits = 0
        self.last_hit: Remembered | None = None
        self.shards = shards
        self.budgets = budgets
        self.check_seconds = check_seconds
        self._checked = float("-inf")
        self._revision = _Revision()
        self._seen = -1  # the ShardSet revision the state belongs to

    def searcher(self) -> ShardSet:
        """The shards (ShardsUnavailable when one cannot be reached)."""
        now = time.monotonic()
        if now - self._checked >= self.check_seconds:
            self._checked = now
            self.shards.refresh()
        self.shards.database()
        if self.shards.revision != self._seen:
            self._seen = self.shards.revision
            self._revision = _Revision()
            state.attach(self._revision, self.budgets)
        return self.shards

    @contextmanager
    def leased(self, searcher):
        """Nothing to keep open: a shard serves every revision it has committed."""
        yield searcher

    @property
    def version(self) -> tuple[str, int]:
        """Changes whenever the shards change."""
        self.searcher()
        return ("xapian", self._seen)

    def status(self) -> ShardStatus:
        """The shards' state."""
        from search.engine.backends import xapian_layout as layout

        shards = self.searcher()
        documents = shards.run(lambda db: db.get_doccount())
        return ShardStatus(documents, [" | ".join(a.spec for a in s.addresses) for s in shards.shards],
                           layout.SHARD_SCHEMA)

    def _current(self):
        shards = self.searcher()
        return shards, self._revision

    def close(self) -> None:
        """Close the shards."""
        self.shards.close()
