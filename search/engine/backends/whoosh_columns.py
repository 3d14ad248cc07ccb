"""The index's per-document values (each filter's column (search.engine.filters),
date, month, id, first indexed) as numpy arrays, read once per index reader, and the matches of a
query (search.engine.backends.whoosh_evaluate.Found), remembered for refinements.

Why not Whoosh's own sorting and grouping: for every matched document they
read each sort key and facet value from its column file (a seek and a read
each) and go through several layers of calls; at 50,000 articles that was
more than half of a results page. With the values in arrays, filtering,
counting facets and ordering are a few vector operations over the matches.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from search.engine import filters
from search.engine.backends.whoosh_evaluate import Found, Unsupported, evaluate
from search.engine.backends.whoosh_compile import to_whoosh
from search.engine.plan import Plan
from search.index import state
from search.index.whoosh_read import column_values, live_docs


@dataclass
class Coded:
    """A one-value-per-document column: codes into names (0 = no value)."""
    codes: np.ndarray  # int32 by docnum
    names: list[str]  # names[0] == ""

    @classmethod
    def of(cls, values: list[str]) -> Coded:
        """Code a list of values ("" = none)."""
        names = ["", *sorted({v for v in values if v})]
        index = {name: code for code, name in enumerate(names)}
        return cls(np.array([index[v] for v in values], dtype=np.int32), names)

    def counts(self, docs: np.ndarray) -> list[tuple[str, int]]:
        """(value, documents among docs) for values that occur, most first."""
        counted = np.bincount(self.codes[docs], minlength=len(self.names))
        counted[0] = 0  # no value is not a value
        return _ranked(self.names, counted)

    def having(self, docs: np.ndarray, wanted: set[str]) -> np.ndarray:
        """For each of docs: is its value one of wanted?"""
        codes = [c for c, name in enumerate(self.names) if c and name in wanted]
        return np.isin(self.codes[docs], codes)


def _ranked(names: list[str], counted: np.ndarray) -> list[tuple[str, int]]:
    # Names are sorted, so code order is name order: most first, then by name.
    codes = np.flatnonzero(counted)
    codes = codes[np.lexsort((codes, -counted[codes]))]
    return list(zip([names[c] for c in codes.tolist()], counted[codes].tolist(), strict=True))


@dataclass
class Multi:
    """A many-values-per-document column, as (document, code) pairs."""
    docs: np.ndarray  # int64, one per (document, value) pair
    codes: np.ndarray  # int32 into names
    names: list[str]
    size: int  # documents in the index

    def counts(self, docs: np.ndarray) -> list[tuple[str, int]]:
        """(value, documents among docs having it), most first."""
        member = np.zeros(self.size, dtype=bool)
        member[docs] = True
        counted = np.bincount(self.codes[member[self.docs]], minlength=len(self.names))
        return _ranked(self.names, counted)

    def having(self, docs: np.ndarray, wanted: set[str]) -> np.ndarray:
        """For each of docs: does it have one of wanted?"""
        codes = [c for c, name in enumerate(self.names) if name in wanted]
        holders = np.zeros(self.size, dtype=bool)
        holders[self.docs[np.isin(self.codes, codes)]] = True
        return holders[docs]


@dataclass
class Columns:
    """Values by global document number."""
    filters: dict[str, Coded | Multi]  # by filter name (search.engine.filters), one per row
    day: np.ndarray  # date as a proleptic ordinal; 0 = undated
    month: np.ndarray  # year * 100 + month; 0 = undated
    id_rank: np.ndarray  # each document's place in id order (the last tie-break)
    indexed: np.ndarray  # when first indexed, microseconds (Whoosh's DATETIME); 0 = not recorded
    ids: list[str]  # each document's article id (a deleted document's too)
    live: np.ndarray  # the live documents (an update deletes the old document of an id)
    _docnums: dict[str, int] | None = field(default=None, repr=False)  # live id -> docnum, made on first use

    def docnum(self, article_id: str) -> int | None:
        """The live document number of an article id (None when it has none)."""
        if self._docnums is None:
            self._docnums = {self.ids[d]: d for d in self.live.tolist()}
        return self._docnums.get(article_id)


def of(searcher) -> Columns:
    """The Columns of a searcher's reader (read on first use, then kept)."""
    kept = state.of(searcher.reader())
    if kept.columns is None:
        kept.columns = _read(searcher.reader())
    return kept.columns


def _read(reader) -> Columns:
    ids = _column(reader, "id", "")
    id_rank = np.empty(len(ids), dtype=np.int32)
    id_rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids), dtype=np.int32)
    values = {f.name: _multi(reader, f.column, len(ids)) if f.many_per_article
              else Coded.of(_column(reader, f.column, "")) for f in filters.FILTERS}
    return Columns(values,
                   np.array([_day(v) for v in _column(reader, "date", None, raw=True)], dtype=np.int32),
                   np.array([m if isinstance(m, int) and 180001 <= m <= 219912 else 0
                             for m in _column(reader, "month", 0)], dtype=np.int32),
                   id_rank, np.array([v if isinstance(v, int) else 0 for v in _column(reader, "indexed", 0, raw=True)],
                                     dtype=np.int64), ids, live_docs(reader))


def _multi(reader, name: str, size: int) -> Multi:
    """A comma-separated keyword column as (document, code) pairs."""
    pairs = [(d, p.strip()) for d, v in enumerate(_column(reader, name, "")) if v
             for p in v.split(",") if p.strip()]
    names = sorted({p for _, p in pairs})
    index = {name: code for code, name in enumerate(names)}
    return Multi(np.array([d for d, _ in pairs], dtype=np.int64),
                 np.array([index[p] for _, p in pairs], dtype=np.int32), names, size)


def _column(reader, name: str, missing, raw: bool = False) -> list:
    # Segment by segment: a segment in which no document has the field has no
    # column file at all, and must still take its place in the list.
    values: list = []
    for segment, _ in reader.leaf_readers():
        if segment.has_column(name):
            values.extend(v if v not in (None, "") else missing
                          for v in column_values(segment, name, translate=not raw))
        else:
            values.extend([missing] * segment.doc_count_all())
    return values


_MICROSECONDS_A_DAY = 86_400_000_000
_FIRST_DAY, _LAST_DAY = dt.date(1800, 1, 1).toordinal(), dt.date(2200, 1, 1).toordinal()


def _day(raw) -> int:
    # Whoosh keeps a date as microseconds since datetime.min (day 1); an
    # undated document holds the column's default, which is no date at all.
    if not isinstance(raw, int):
        return 0
    day = raw // _MICROSECONDS_A_DAY + 1
    return day if _FIRST_DAY < day < _LAST_DAY else 0


def matches(searcher, query: Plan, scored: bool) -> Found:
    """Every live document the plan matches, with its score (0 when not
    scored): over arrays (search.engine.backends.whoosh_evaluate), or through Whoosh's matchers on
    its Whoosh form for an index or reader that module does not handle."""
    try:
        return evaluate(searcher, query, scored)
    except Unsupported:
        found = whoosh_matches(searcher, to_whoosh(query), scored)
        return Found(np.array([d for _, d in found], dtype=np.int64), np.array([s for s, _ in found]))


def whoosh_matches(searcher, query, scored: bool) -> list[tuple[float, int]]:
    """(score, global docnum) of every live document the query matches, by
    Whoosh's own matchers, in docnum order (the reference for search.engine.backends.whoosh_evaluate)."""
    out: list[tuple[float, int]] = []
    context = searcher.context() if scored else searcher.boolean_context()
    for sub, offset in searcher.leaf_searchers():
        matcher = query.matcher(sub, context)
        if not scored:
            out.extend((0.0, offset + d) for d in matcher.all_ids())
            continue
        append, score, ident, advance, active = (out.append, matcher.score, matcher.id, matcher.next,
                                                 matcher.is_active)
        while active():
            append((score(), offset + ident()))
            advance()
    return out


def remembered(searcher, key, compute) -> Found:
    """compute() for a query's matches, remembered for the most recent keys
    of this index reader (budget `matches_kept`): clicking a facet, a year or
    another sort re-filters the same matches instead of searching again."""
    kept = state.of(searcher.reader()).matches
    entry = kept.get(key)
    if entry is None:
        entry = kept.put(key, compute().freeze())
    return entry.value.copy()


def remembered_keys(searcher) -> list:
    """The keys remembered for this reader, least recent first."""
    return state.of(searcher.reader()).matches.keys()


def forget(searcher) -> None:
    """Drop the remembered matches of this reader (benchmarks time searching)."""
    state.of(searcher.reader()).matches.clear()


def every(searcher) -> Found:
    """Every live document, unscored (browsing without a query)."""
    docs = live_docs(searcher.reader())
    return Found(docs, np.zeros(len(docs)))
