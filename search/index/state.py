"""What a worker remembers about one index reader, in one object with named
budgets.

Everything remembered is derived from one reader (one index generation and
commit): its value columns, field lengths, decoded posting lists of common
terms, the matches of recent queries and recent results pages. Keeping them
on one `ReaderState`, found by the reader, means a new generation starts
afresh in one step (the old state goes with the old reader) and every budget
is in one place: `Budgets`, filled from the settings list (search.web.settings)
by search.index.store.Library when it opens a reader.

Values put in a state are shared by later requests: they are never changed
in place after they are stored.
"""
from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Budgets:
    """How much a worker keeps per index reader."""
    term_cache_bytes: int = 64 * 2**20  # decoded posting lists of common terms
    term_cache_from: int = 2000  # postings; shorter lists read in a couple of milliseconds
    matches_kept: int = 16  # queries' match arrays (about 1 MB for the broadest at 50,000 articles)
    results_pages: int = 256  # rendered results kept (a few MB); 0 turns the cache off


@dataclass
class Remembered:
    """A value kept in a state, with when it was computed (a page answered
    from the cache says so)."""
    value: object
    computed_at: float = field(default_factory=time.time)


class Recent:
    """Values by key, least recently used dropped past `limit`."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kept: OrderedDict = OrderedDict()

    def get(self, key) -> Remembered | None:
        """The kept entry for key (now the most recent), or None."""
        if key not in self._kept:
            return None
        self._kept.move_to_end(key)
        return self._kept[key]

    def put(self, key, value) -> Remembered:
        """Keep value under key, dropping the least recent past the limit."""
        entry = self._kept[key] = Remembered(value)
        while len(self._kept) > max(self.limit, 0):
            self._kept.popitem(last=False)
        return entry

    def keys(self) -> list:
        """The keys kept, least recent first."""
        return list(self._kept)

    def clear(self) -> None:
        """Forget everything."""
        self._kept.clear()

    def __len__(self) -> int:
        return len(self._kept)


class ReaderState:
    """Everything a worker remembers about one index reader."""

    def __init__(self, budgets: Budgets) -> None:
        self.budgets = budgets
        self.columns = None  # search.engine.backends.whoosh_columns.Columns, read on first use
        self.lengths: dict[str, object] = {}  # field -> document lengths (numpy)
        self.live = None  # numpy array of live document numbers (search.index.whoosh_read.live_docs)
        self.averages: dict[str, float] = {}  # field -> mean length over live documents (search.index.scoring)
        self.terms: OrderedDict = OrderedDict()  # (field, term, with values) -> Postings, budgeted in bytes
        self.matches = Recent(budgets.matches_kept)  # (query, scored) -> Found
        self.results = Recent(budgets.results_pages)  # search state -> results page data
        self.codec_ok: bool | None = None  # search.index.whoosh_read' self-check on this reader (None: not yet)
        self.codec_problem: str | None = None  # why the self-check distrusted it
        self.derived: dict[str, Remembered] = {}  # once-per-reader summaries (zone lists, totals)


_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # reader -> ReaderState


def attach(reader, budgets: Budgets) -> ReaderState:
    """Give a newly opened reader its state with these budgets (search.index.store)."""
    state = _STATES.get(reader)
    if state is None or state.budgets != budgets:
        state = _STATES[reader] = ReaderState(budgets)
    return state


def of(reader) -> ReaderState:
    """The reader's state; a reader opened outside search.index.store (tests,
    benchmarks, the CLI) gets the default budgets."""
    state = _STATES.get(reader)
    if state is None:
        state = _STATES[reader] = ReaderState(Budgets())
    return state


class Remembering:
    """What an index handle remembers per reader, whatever the backend
    (search.index.store.Library for Whoosh, the Xapian backend's
    ShardLibrary): a subclass says which searcher is current and what its
    state hangs on (`_current`)."""

    hits = 0  # answers from a cache, counted so that a response can say it was one
    last_hit: Remembered | None = None  # the last answer from a cache, with when it was computed

    def _current(self):
        """(searcher, the object its ReaderState hangs on)."""
        raise NotImplementedError

    def state(self) -> ReaderState:
        """What this process remembers about the current reader."""
        return of(self._current()[1])

    def cached(self, key, compute):
        """compute(searcher), computed once per index reader."""
        searcher, reader = self._current()
        derived = of(reader).derived
        entry = derived.get(key)
        if entry is None:
            entry = derived[key] = Remembered(compute(searcher))
        else:
            self._hit(entry)
        return entry.value

    def recent(self, key, compute):
        """compute(searcher) for a hashable key (a search state), remembered
        for the `results_pages` most recently used keys of this reader: a
        repeated URL (a shared link, the back button, the page and its JSON
        twin) is answered without searching again, until the index changes."""
        searcher, reader = self._current()
        results = of(reader).results
        if results.limit <= 0:
            return compute(searcher)
        entry = results.get(key)
        if entry is None:
            entry = results.put(key, compute(searcher))
        else:
            self._hit(entry)
        return entry.value

    def _hit(self, entry: Remembered) -> None:
        self.hits += 1
        self.last_hit = entry

    @property
    def remembered(self) -> int:
        """How many results pages are remembered now."""
        return len(self.state().results)
