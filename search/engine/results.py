"""Run a search: state -> the results as data (the page's document numbers,
totals, facet and month counts), which the web layer (search.web.hits)
turns into hits, fragments, a timeline and URLs."""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from search.engine import columns, conditions
from search.engine.evaluate import Found
from search.engine.params import SearchState
from search.engine.query import ParsedQuery, field_query, parse
from search.text.figures import Figure

# Facet -> the state's filter values for it; these are counted as if their own
# filter were off, so that choosing one value keeps the others selectable.
MULTI_VALUED = {"zone": "zones", "province": "provinces", "kind": "kinds", "policy": "policies",
                "newspaper": "newspapers", "page_name": "page_names", "author": "authors"}


@dataclass
class ResultsPage:
    """A page of results with everything the page and the API show."""
    state: SearchState
    parsed: ParsedQuery
    total: int
    shown: list[int]  # the page's document numbers, in order
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


def run(searcher, state: SearchState) -> ResultsPage:
    """Search, count and facet one page of results (its documents, not yet hits).

    One evaluation of the text query gives every match and its score;
    filters, facet counts and the page's order are then worked out over the
    in-memory columns (search.engine.columns). A facet that is filtered on is
    counted as if its own filter were off (matches failing only that filter
    count too), so choosing one zone keeps the others selectable.
    """
    started = time.perf_counter()
    chosen = select(searcher, state)
    cols, docs = chosen.columns, chosen.docs
    facets = {}
    for facet in MULTI_VALUED:
        counted = np.concatenate([docs, chosen.almost[facet]]) if facet in chosen.almost else docs
        facets[facet] = getattr(cols, facet).counts(counted)
    # Years and the timeline count the matches failing only the date range
    # too, like the other facets: a bar outside the range can stretch it.
    dated = np.concatenate([docs, chosen.almost["date"]]) if "date" in chosen.almost else docs
    months, kept_months = (dict(zip(*(v.tolist() for v in np.unique(cols.month[d], return_counts=True)), strict=True))
                           for d in (dated, docs))
    facets["year"] = years(months)
    start = (state.page - 1) * state.per_page
    shown = chosen.top(state.page * state.per_page)[start:]
    took = (time.perf_counter() - started) * 1000
    return ResultsPage(state, chosen.parsed, chosen.total, shown, facets, months, kept_months, took)


def years(months: dict[int, int]) -> list[tuple[int, int]]:
    """Year counts from month counts, most matches first."""
    counts: dict[int, int] = {}
    for m, n in months.items():
        if m:
            counts[m // 100] = counts.get(m // 100, 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass
class Selection:
    """A state's matches before paging: what every view of results starts from."""
    parsed: ParsedQuery
    columns: columns.Columns
    found: Found  # every match of the text query
    kept: np.ndarray  # rows of found passing every filter
    almost: dict[str, np.ndarray]  # filter name -> docnums failing only that filter
    sort: str  # relevance, newest, oldest, indexed or value
    scored: bool
    # per row of found: the largest value of a figure meeting the query's
    # conditions (search.engine.conditions), for sort=value; None without any
    values: np.ndarray | None = None

    @property
    def total(self) -> int:
        """How many matches pass every filter."""
        return len(self.kept)

    @property
    def docs(self) -> np.ndarray:
        """The docnums of the matches passing every filter, ascending."""
        return self.found.docs[self.kept]

    def top(self, k: int, rows: np.ndarray | None = None) -> list[int]:
        """The first k docnums in the state's order, among rows of found (by
        default every kept one). By relevance, a pending run bonus is settled
        only for the documents that could still reach the first k."""
        rows = self.kept if rows is None else rows
        if k <= 0 or not len(rows):
            return []
        found = self.found
        if self.scored and found.bonus[rows].any():
            if k >= len(rows):
                found.resolve(rows)
            else:
                while True:
                    upper = found.upper()[rows]
                    # the k-th highest score any row can still reach
                    floor = np.partition(upper, len(rows) - k)[len(rows) - k]
                    unsettled = rows[(upper >= floor) & (found.bonus[rows] > 0)]
                    if not len(unsettled):
                        break
                    found.resolve(unsettled)
                # Rows below the floor are exact or can't reach it; the first k are above.
                rows = rows[found.upper()[rows] >= floor]
        return self._in_order(rows)[:k].tolist()

    def ordered(self) -> list[int]:
        """Every kept docnum in the state's order."""
        return self.top(len(self.kept))

    def key(self, doc_row: int) -> tuple:
        """The sort key of one row of found (its bonus settled by top())."""
        doc = self.found.docs[doc_row]
        cols = self.columns
        day, rank = int(cols.day[doc]), int(cols.id_rank[doc])
        if self.sort == "oldest":
            return (day or _NO_DAY, rank)
        if self.sort == "indexed":
            return (-int(cols.indexed[doc]), -day, rank)
        if self.sort == "value" and self.values is not None:
            return (-float(self.values[doc_row]), -day, rank)
        if self.scored:
            return (-float(self.found.scores[doc_row]), -day, rank)
        return (-day, rank)

    def _in_order(self, rows: np.ndarray) -> np.ndarray:
        """Docnums of rows, sorted: relevance, newest, oldest or most
        recently indexed first; ties broken by date (newest first), then id;
        undated articles last."""
        docs = self.found.docs[rows]
        day, rank = self.columns.day[docs].astype(np.int64), self.columns.id_rank[docs]
        if self.sort == "oldest":
            order = np.lexsort((rank, np.where(day > 0, day, _NO_DAY)))
        elif self.sort == "indexed":
            order = np.lexsort((rank, -day, -self.columns.indexed[docs]))
        elif self.sort == "value" and self.values is not None:
            order = np.lexsort((rank, -day, -self.values[rows]))
        elif self.scored:
            order = np.lexsort((rank, -day, -self.found.scores[rows]))
        else:
            order = np.lexsort((rank, -day))
        return docs[order]


def select(searcher, state: SearchState) -> Selection:
    """Evaluate the text query once and apply the state's filters in memory
    (and the query's conditions on figures, search.engine.conditions)."""
    wanted, text = conditions.split(state.q)
    parsed = parse(text)
    cols = columns.of(searcher)
    scored = not parsed.is_empty and state.sort == "relevance"
    if parsed.is_empty:
        found = columns.every(searcher)
    else:
        found = columns.remembered(searcher, (text, scored),
                                   lambda: columns.matches(searcher, parsed.plan(), scored))
    passes = _tests(searcher, state, cols, found.docs)
    almost: dict[str, np.ndarray] = {}
    if passes:
        failed = np.zeros(len(found), dtype=np.int32)
        for mask in passes.values():
            failed += ~mask
        kept = np.flatnonzero(failed == 0)
        for name, mask in passes.items():
            almost[name] = found.docs[(failed == 1) & ~mask]
    else:
        kept = np.arange(len(found))
    values = None
    if wanted:
        values = np.full(len(found), -np.inf)
        for row in kept:
            met = [f.high or f.value for f in figures_of(searcher.stored_fields(int(found.docs[row])))
                   if any(c.met_by(f) for c in wanted)]
            if met:
                values[row] = max(met)
        kept = kept[values[kept] > -np.inf]
    return Selection(parsed, cols, found, kept, almost, state.sort, scored, values)


def figures_of(stored: dict) -> list[Figure]:
    """The figures kept with an article (none for an index without them)."""
    return [Figure.from_json(f) for f in json.loads(stored.get("figures") or "[]")]


def _tests(searcher, state: SearchState, cols: columns.Columns, docs: np.ndarray) -> dict[str, np.ndarray]:
    """The state's filters, each as a bool per matched doc, named by facet."""
    passes = {}
    for facet, attr in MULTI_VALUED.items():
        wanted = set(getattr(state, attr))
        if wanted:
            passes[facet] = getattr(cols, facet).having(docs, wanted)
    if state.section:
        section = field_query("section", state.section)
        inside = columns.matches(searcher, section, scored=False).docs if section is not None else []
        passes["section"] = np.isin(docs, inside)
    if state.date_from or state.date_to:
        low = state.date_from.toordinal() if state.date_from else 1
        high = state.date_to.toordinal() if state.date_to else dt.date.max.toordinal()
        day = cols.day[docs]
        passes["date"] = (low <= day) & (day <= high)
    return passes


_NO_DAY = dt.date.max.toordinal() + 1


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


def zone_totals(searcher) -> list[tuple[str, int]]:
    """Every zone in the index with its number of articles, most first."""
    return columns.of(searcher).zone.counts(columns.every(searcher).docs)


def form_choices(searcher) -> dict[str, list[str]]:
    """Every newspaper and page name the pages declare, and every author,
    most articles first: the advanced form's choices."""
    cols, docs = columns.of(searcher), columns.every(searcher).docs
    return {name: [v for v, _ in getattr(cols, name).counts(docs)] for name in ("newspaper", "page_name", "author")}


def overview(searcher, top: int = 12) -> Overview:
    """Articles, zones, date range and the zones with most articles."""
    days = columns.of(searcher).day[columns.every(searcher).docs]
    days = days[days > 0]
    first = dt.date.fromordinal(int(days.min())) if len(days) else None
    last = dt.date.fromordinal(int(days.max())) if len(days) else None
    zones = zone_totals(searcher)
    return Overview(searcher.doc_count(), len(zones), first, last, zones[:top])


@dataclass
class Matches:
    """What an export takes: the parsed query, how many matches there are,
    and the stored fields of the first `limit` of them, in order, read one
    at a time."""
    parsed: ParsedQuery
    total: int
    stored: Iterator[dict]


def matches(searcher, state: SearchState, limit: int | None = None, newest: bool = False) -> Matches:
    """The matches of a state in its order, or newest first: for exports,
    which take all results (or the first `limit`), not one page; feeds
    (`newest`) take the most recently indexed first."""
    selection = select(searcher, state.with_(sort="indexed") if newest else state)
    ordered = selection.ordered() if limit is None else selection.top(limit)
    return Matches(selection.parsed, selection.total, (searcher.stored_fields(d) for d in ordered))


def every_match(searcher, state: SearchState, limit: int | None = None, newest: bool = False):
    """(parsed query, stored fields of every match) in the state's order, or
    newest first (search.engine.results.matches without the total)."""
    found = matches(searcher, state, limit, newest)
    return found.parsed, found.stored
