"""The backend seam: what a search engine behind the pages must answer.

The query reader (search.engine.query) and the plan (search.engine.plan) stay
the one source of what a query means; a backend gets a Request (the plan, the
filters of the registry search.engine.filters, the order), never the user's
text, and answers with article ids and counts, never its own document
numbers or objects. Everything above (hits, snippets, URLs, JSON) is built
the same way whatever backend answered.

Each backend declares what it can do as data (`Features`, Django's
`connection.features`); code above the seam reads the flags, never a
backend's type or name. The backends are registered by their GAOXIN_BACKEND
name in `REGISTERED` and imported only when configured (the xapian bindings
are an extra).
"""
from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from search.engine.conditions import Condition
from search.engine.plan import Plan


@dataclass(frozen=True)
class Features:
    """What a backend can do, as flags the code above the seam reads."""
    remote: bool  # the index is served from elsewhere and built apart: `serve` builds no local one from the seeds
    columns_in_memory: bool  # filters, facets and order over columns read into memory: load them as a worker starts
    document_frequencies: bool = True  # doc_frequency answers (marking common words, zone topics)
    related_articles: bool = True  # related() answers (an article's page)


@dataclass(frozen=True)
class Request:
    """A search as a backend gets it."""
    plan: Plan | None  # None: every article
    scored: bool  # rank by relevance (else by the sort's keys alone)
    chosen: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (filter name, values): any value of each
    section: Plan | None = None  # matches in the `section` field, when the section filter is on
    sectioned: bool = False  # the section filter is on (with no searchable word it matches nothing)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"  # search.engine.params.SORTS; ties by date (newest first), then id
    # conditions on figures (search.engine.conditions): only articles stating
    # a figure that meets one are kept; sort=value orders by the largest such figure
    conditions: tuple[Condition, ...] = ()


@dataclass
class Answer:
    """One page of a search: ids in order, and the counts around them."""
    total: int  # matches passing every filter
    ids: list[str]  # the asked page's article ids, in order
    # filter name (and "year") -> (value, matches) most first; a filter that is
    # on is counted as if it were off, so that its other values stay selectable
    facets: dict[str, list[tuple[object, int]]] = field(default_factory=dict)
    months: dict[int, int] = field(default_factory=dict)  # yyyymm -> matches, the date range left out
    kept_months: dict[int, int] = field(default_factory=dict)  # yyyymm -> matches passing every filter


class Backend(Protocol):
    """What the web layer needs from a search engine."""

    features: ClassVar[Features]

    @classmethod
    def library(cls, index: str, shards: list[str], timeout: float, check: float, budgets):
        """This process's index handle (search.index.store.Library's shape): the
        local index at `index`, or the `shards` with their `timeout`; checked
        for a new generation every `check` seconds, remembering within `budgets`."""

    def warm(self) -> None:
        """Read what the backend keeps in memory (a worker does it as it starts)."""

    def search(self, request: Request, start: int, count: int) -> Answer:
        """A results page: ids from `start` (0-based), facet and month counts."""

    def total(self, request: Request) -> int:
        """How many articles the request matches (suggestions, compare)."""

    def ids(self, request: Request, limit: int | None = None) -> list[str]:
        """Every match's id in the request's order, or the first `limit` (exports, feeds, zone pages)."""

    def groups(self, request: Request, name: str) -> list[tuple[str, int]]:
        """The values of a filter among the matches with their matches: most
        first, ties by their best match in the request's order, then by
        value (the compare view's columns)."""

    def articles(self, ids: list[str]) -> list[dict]:
        """The stored fields of these articles, in order; unknown ids are left out."""

    def related(self, article_id: str, text: str, top: int) -> list[dict]:
        """The stored fields of the articles most like this one (its body `text`)."""

    def values(self, name: str) -> list[tuple[str, int]]:
        """Every value of a filter's column over the whole index with its
        articles, most first (zone totals, the advanced form's choices)."""

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last article date in the index."""

    def doc_count(self) -> int:
        """How many articles the index holds."""

    def doc_frequency(self, field_name: str, term: str) -> int:
        """In how many articles a term occurs in a field (marking common words, zone topics)."""


# GAOXIN_BACKEND name -> "module:class", imported only when configured.
REGISTERED: dict[str, str] = {
    "whoosh": "search.engine.backends.whoosh:WhooshBackend",
    "xapian": "search.engine.backends.xapian:XapianBackend",
}


def backend_class(name: str) -> type[Backend]:
    """The backend class registered under a GAOXIN_BACKEND name; StoreError
    when there is none (read at call time: a test may register one)."""
    from search.index.store import StoreError  # here: the seam itself imports no Whoosh module
    if name not in REGISTERED:
        raise StoreError(f"GAOXIN_BACKEND must be {' or '.join(REGISTERED)}, not {name!r}")
    module, _, cls = REGISTERED[name].partition(":")
    try:
        return getattr(importlib.import_module(module), cls)
    except ImportError as exc:  # the backend's library is an extra that is not installed
        raise StoreError(f"GAOXIN_BACKEND={name} needs {exc.name}: pip install '.[{name}]'") from exc
