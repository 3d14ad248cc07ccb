"""The backend seam: what a search engine behind the pages must answer.

The query reader (search.engine.query) and the plan (search.engine.plan) stay
the one source of what a query means; a backend gets a Request (the plan, the
filters of the registry search.engine.filters, the order), never the user's
text, and answers with article ids and counts, never its own document
numbers or objects. Everything above (hits, snippets, URLs, JSON) is built
the same way whatever backend answered. search.engine.backends.whoosh is the
one backend today.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from search.engine.conditions import Condition
from search.engine.plan import Plan


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
