"""Run a search: state -> a backend's request (search.engine.backends) -> the
results as data (the page's article ids, totals, facet and month counts),
which the web layer (search.web.hits) turns into hits, fragments, a timeline
and URLs."""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from search.engine import conditions, filters
from search.engine.backends import Answer, Backend, Request
from search.engine.params import SearchState
from search.engine.query import ParsedQuery, field_query, parse

EXPORT_BATCH = 500  # stored articles read at a time for an export
# A query read: its conditions on figures and the text searched (read()).
Read = tuple[tuple[conditions.Condition, ...], ParsedQuery]


@dataclass
class ResultsPage:
    """A page of results with everything the page and the API show."""
    state: SearchState
    parsed: ParsedQuery
    total: int
    shown: list[str]  # the page's article ids, in order
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    months: dict[int, int] = field(default_factory=dict)  # yyyymm -> matches, the date range left out
    kept_months: dict[int, int] = field(default_factory=dict)  # yyyymm -> matches passing every filter
    took_ms: float = 0.0
    # Filled by the web layer (search.web.hits.presented), never by the engine:
    hits: list = field(default_factory=list)
    timeline: object = None

    @property
    def pages(self) -> int:
        """How many pages the results fill."""
        return max(1, -(-self.total // self.state.per_page))

    def facets_json(self) -> dict[str, dict[str, int]]:
        """Facet counts as {facet: {value: count}}, most frequent first."""
        return {name: {str(value): count for value, count in pairs} for name, pairs in self.facets.items()}


def load_article(stored: dict) -> dict:
    """The parsed article kept in the index (the `article` stored field)."""
    return json.loads(stored["article"])


def run(backend: Backend, state: SearchState) -> ResultsPage:
    """Search, count and facet one page of results (its article ids, not yet hits)."""
    started = time.perf_counter()
    wanted, parsed = read(state)
    parsed, answer = _answered(backend, state, wanted, parsed, (state.page - 1) * state.per_page, state.per_page)
    facets = {**answer.facets, "year": years(answer.months)}
    took = (time.perf_counter() - started) * 1000
    return ResultsPage(state, parsed, answer.total, answer.ids, facets, answer.months, answer.kept_months, took)


def _answered(backend: Backend, state: SearchState, wanted: tuple[conditions.Condition, ...], parsed: ParsedQuery,
              start: int, count: int,
              loosen: bool = True) -> tuple[ParsedQuery, Answer]:
    """The backend's answer to a query; when no article holds every word,
    the answer of its first looser form that finds any (ParsedQuery.relaxations)."""
    answer = backend.search(request_of(state, (wanted, parsed)), start, count)
    for relaxed in parsed.relaxations() if loosen and not answer.total else []:
        looser = backend.search(request_of(state, (wanted, relaxed)), start, count)
        if looser.total:
            return relaxed, looser
    return parsed, answer


def years(months: dict[int, int]) -> list[tuple[int, int]]:
    """Year counts from month counts, most matches first."""
    counts: dict[int, int] = {}
    for m, n in months.items():
        if m:
            counts[m // 100] = counts.get(m // 100, 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def read(state: SearchState) -> Read:
    """A state's query as conditions on figures (search.engine.conditions)
    and the text searched (the rest, with each condition's measure), read."""
    wanted, text = conditions.split(state.q)
    return wanted, parse(text)


def request_of(state: SearchState, query: Read | None = None) -> Request:
    """What a backend is asked for a state: its query's plan (never the
    text) and conditions, its filters and order; `query` is read(state)
    when the caller has it already."""
    wanted, parsed = read(state) if query is None else query
    return Request(None if parsed.is_empty else parsed.plan(), not parsed.is_empty and state.sort == "relevance",
                   state.chosen, field_query("section", state.section) if state.section else None,
                   bool(state.section), state.date_from, state.date_to, state.sort, wanted)


@dataclass
class Overview:
    """Corpus figures for the home page."""
    articles: int
    zones: int
    first: dt.date | None
    last: dt.date | None
    top_zones: list[tuple[str, int]]

    def to_json(self) -> dict:
        """The figures as JSON."""
        return {"articles": self.articles, "zones": self.zones,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None,
                "top_zones": dict(self.top_zones)}


def zone_totals(backend: Backend) -> list[tuple[str, int]]:
    """Every zone in the index with its number of articles, most first."""
    return backend.values("zone")


def form_choices(backend: Backend) -> dict[str, list[str]]:
    """The values of each filter the advanced form offers (newspapers and
    page names the pages declare, authors), most articles first."""
    return {f.name: [v for v, _ in backend.values(f.name)] for f in filters.FILTERS if f.form_choices}


def overview(backend: Backend, top: int = 12) -> Overview:
    """Articles, zones, date range and the zones with most articles."""
    first, last = backend.days()
    zones = zone_totals(backend)
    return Overview(backend.doc_count(), len(zones), first, last, zones[:top])


@dataclass
class Matches:
    """What an export takes: the parsed query, how many matches there are,
    and the stored fields of the first `limit` of them, in order, read a
    batch at a time."""
    parsed: ParsedQuery
    total: int
    stored: Iterator[dict]


def matches(backend: Backend, state: SearchState, limit: int | None = None, newest: bool = False) -> Matches:
    """The matches of a state in its order, or newest first: for exports,
    which take all results (or the first `limit`), not one page; feeds
    (`newest`) take the most recently indexed first."""
    wanted, parsed = read(state)
    # an export takes what the results page shows; a feed stays strict (it
    # would bring every article holding any one word as news)
    ordered = state.with_(sort="indexed") if newest else state
    parsed, answer = _answered(backend, ordered, wanted, parsed, 0, sys.maxsize if limit is None else limit,
                               loosen=not newest)
    ids = answer.ids
    return Matches(parsed, answer.total, (stored for start in range(0, len(ids), EXPORT_BATCH)
                                          for stored in backend.articles(ids[start:start + EXPORT_BATCH])))
