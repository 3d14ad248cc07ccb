"""The Whoosh backend (search.engine.backends): a request's plan evaluated
once over the index (search.engine.backends.whoosh_evaluate, or Whoosh's own matchers where
that module does not apply), filters, facet counts and order worked out over
the in-memory columns (search.engine.backends.whoosh_columns), answers as article ids.
Document numbers never leave this module."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from search.engine.backends import whoosh_columns as columns
from search.engine.backends import Answer, Features, Request
from search.engine.conditions import figures_of
from search.engine.backends.whoosh_evaluate import Found


class WhooshBackend:
    """The backend over one Whoosh searcher (one reader: its columns and
    remembered matches are kept per reader, search.index.state)."""

    features = Features(remote=False, columns_in_memory=True)

    @classmethod
    def library(cls, index: str, shards: list[str], timeout: float, check: float, budgets):
        """The local index at `index` (search.index.store.Library)."""
        from search.index.store import Library

        return Library(Path(index), check, budgets)

    def warm(self) -> None:
        """Read this reader's columns (ids, dates, filter values) into memory."""
        columns.of(self.searcher)

    def __init__(self, searcher):
        self.searcher = searcher

    def search(self, request: Request, start: int, count: int) -> Answer:
        """A results page. A facet that is filtered on is counted as if its
        own filter were off (matches failing only that filter count too), so
        choosing one zone keeps the others selectable."""
        chosen = select(self.searcher, request)
        cols, docs = chosen.columns, chosen.docs
        facets = {}
        for name, column in cols.filters.items():
            counted = np.concatenate([docs, chosen.almost[name]]) if name in chosen.almost else docs
            facets[name] = column.counts(counted)
        # Years and the timeline count the matches failing only the date range
        # too, like the other facets: a bar outside the range can stretch it.
        dated = np.concatenate([docs, chosen.almost["date"]]) if "date" in chosen.almost else docs
        months, kept_months = (dict(zip(*(v.tolist() for v in np.unique(cols.month[d], return_counts=True)),
                                        strict=True)) for d in (dated, docs))
        shown = chosen.top(start + count)[start:]
        return Answer(chosen.total, self.ids_of(shown), facets, months, kept_months)

    def total(self, request: Request) -> int:
        """How many articles the request matches."""
        return select(self.searcher, request).total

    def ids(self, request: Request, limit: int | None = None) -> list[str]:
        """Every match's id in the request's order, or the first `limit`."""
        selection = select(self.searcher, request)
        return self.ids_of(selection.ordered() if limit is None else selection.top(limit))

    def groups(self, request: Request, name: str) -> list[tuple[str, int]]:
        """The values of a one-value filter among the matches, most matches
        first; only values tied on their count have their best match compared."""
        selection = select(self.searcher, request)
        column = selection.columns.filters[name]
        codes = column.codes[selection.docs]
        counts = np.bincount(codes, minlength=len(column.names))
        rows_of = {column.names[c]: selection.kept[codes == c] for c in np.flatnonzero(counts) if c}
        tied = Counter(len(rows) for rows in rows_of.values())

        def best(value: str) -> tuple:
            if tied[len(rows_of[value])] == 1:
                return ()
            first = selection.top(1, rows_of[value])[0]
            return selection.key(int(np.searchsorted(selection.found.docs, first)))

        ranked = sorted(rows_of, key=lambda v: (-len(rows_of[v]), best(v), v))
        return [(value, len(rows_of[value])) for value in ranked]

    def ids_of(self, docs: list[int]) -> list[str]:
        """The article ids of document numbers of this reader."""
        ids = columns.of(self.searcher).ids
        return [ids[d] for d in docs]

    def docnum(self, article_id: str) -> int | None:
        """The live document number of an article (None when it is not in the index)."""
        return columns.of(self.searcher).docnum(article_id)

    def articles(self, ids: list[str]) -> list[dict]:
        """The stored fields of these articles, in order; unknown ids are left out."""
        docs = (self.docnum(i) for i in ids)
        return [self.searcher.stored_fields(d) for d in docs if d is not None]

    def related(self, article_id: str, text: str, top: int) -> list[dict]:
        """The stored fields of the articles most like this one (Whoosh's
        more-like-this over the body)."""
        docnum = self.docnum(article_id)
        if docnum is None or not text.strip():  # more_like raises on an empty text: nothing is like nothing
            return []
        return [hit.fields() for hit in self.searcher.more_like(docnum, "text", text=text, top=top)]

    def values(self, name: str) -> list[tuple[str, int]]:
        """Every value of a filter's column over the live articles, most first."""
        return columns.of(self.searcher).filters[name].counts(columns.every(self.searcher).docs)

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last article date in the index."""
        days = columns.of(self.searcher).day[columns.every(self.searcher).docs]
        days = days[days > 0]
        if not len(days):
            return None, None
        return dt.date.fromordinal(int(days.min())), dt.date.fromordinal(int(days.max()))

    def doc_count(self) -> int:
        """How many live articles the index holds."""
        return self.searcher.doc_count()

    def doc_frequency(self, field_name: str, term: str) -> int:
        """In how many articles a term occurs in a field."""
        return self.searcher.doc_frequency(field_name, term)


@dataclass
class Selection:
    """A request's matches before paging, as document numbers of this
    backend's reader: what every answer starts from."""
    columns: columns.Columns
    found: Found  # every match of the text query
    kept: np.ndarray  # rows of found passing every filter
    almost: dict[str, np.ndarray]  # filter name -> docnums failing only that filter
    sort: str  # relevance, newest, oldest, indexed or value
    scored: bool
    # per row of found: the largest value of a figure meeting the request's
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


def select(searcher, request: Request) -> Selection:
    """Evaluate the plan once (remembered for refinements) and apply the
    request's filters in memory."""
    cols = columns.of(searcher)
    if request.plan is None:
        found = columns.every(searcher)
    else:
        found = columns.remembered(searcher, (request.plan, request.scored),
                                   lambda: columns.matches(searcher, request.plan, request.scored))
    passes = _tests(searcher, request, cols, found.docs)
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
    if request.conditions:
        # figures are stored, not indexed: read for the matches passing every filter
        values = np.full(len(found), -np.inf)
        for row in kept:
            met = [f.high or f.value for f in figures_of(searcher.stored_fields(int(found.docs[row])))
                   if any(c.met_by(f) for c in request.conditions)]
            if met:
                values[row] = max(met)
        kept = kept[values[kept] > -np.inf]
    return Selection(cols, found, kept, almost, request.sort, request.scored, values)


def _tests(searcher, request: Request, cols: columns.Columns, docs: np.ndarray) -> dict[str, np.ndarray]:
    """The request's filters, each as a bool per matched doc, named by facet."""
    passes = {}
    for name, wanted in request.chosen:
        passes[name] = cols.filters[name].having(docs, set(wanted))
    if request.sectioned:
        inside = columns.matches(searcher, request.section, scored=False).docs if request.section else []
        passes["section"] = np.isin(docs, inside)
    if request.date_from or request.date_to:
        low = request.date_from.toordinal() if request.date_from else 1
        high = request.date_to.toordinal() if request.date_to else dt.date.max.toordinal()
        day = cols.day[docs]
        passes["date"] = (low <= day) & (day <= high)
    return passes


_NO_DAY = dt.date.max.toordinal() + 1
