"""The index's per-document values (zone, province, kind, date, month, id,
policies) as plain Python lists, read once per index reader, and the matches
of a query as (score, docnum) pairs.

Why not Whoosh's own sorting and grouping: for every matched document they
read each sort key and facet value from its column file (a seek and a read
each) and go through several layers of calls; at 50,000 articles that was
more than half of a results page. With the values in lists, filtering,
counting facets and picking the top hits are simple loops over the matches.
"""
from __future__ import annotations

import datetime as dt
import weakref
from collections import OrderedDict
from dataclasses import dataclass

# Index reader -> its Columns; gone with the reader (search.store reopens).
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# Index reader -> (query text, scored) -> matches; gone with the reader too.
_MATCHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
MATCHES_KEPT = 16  # at 50,000 articles the broadest query's list is about 4 MB


@dataclass
class Columns:
    """Values by global document number ("" or 0 when a document has none)."""
    zone: list[str]
    province: list[str]
    kind: list[str]
    day: list[int]  # date as a proleptic ordinal; 0 = undated
    month: list[int]  # year * 100 + month; 0 = undated
    id: list[str]
    policy: dict[int, list[str]]


def of(searcher) -> Columns:
    """The Columns of a searcher's reader (read on first use, then kept)."""
    reader = searcher.reader()
    columns = _CACHE.get(reader)
    if columns is None:
        columns = _CACHE[reader] = _read(reader)
    return columns


def _read(reader) -> Columns:
    return Columns(_column(reader, "zone", ""), _column(reader, "province", ""), _column(reader, "kind", ""),
                   [_day(v) for v in _column(reader, "date", None, raw=True)],
                   [m if isinstance(m, int) and 180001 <= m <= 219912 else 0
                    for m in _column(reader, "month", 0)],
                   _column(reader, "id", ""),
                   {d: [p.strip() for p in v.split(",") if p.strip()]
                    for d, v in enumerate(_column(reader, "policy", "")) if v})


def _column(reader, name: str, missing, raw: bool = False) -> list:
    # Segment by segment: a segment in which no document has the field has no
    # column file at all, and must still take its place in the list.
    values: list = []
    for segment, _ in reader.leaf_readers():
        if segment.has_column(name):
            values.extend(v if v not in (None, "") else missing
                          for v in segment.column_reader(name, translate=not raw))
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


def matches(searcher, query, scored: bool) -> list[tuple[float, int]]:
    """(score, global docnum) of every live document the query matches
    (score 0.0 when not scored), in docnum order."""
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


def remembered(searcher, key, compute) -> list[tuple[float, int]]:
    """compute() for a query's matches, remembered for the MATCHES_KEPT most
    recent keys of this index reader: clicking a facet, a year or another
    sort re-filters the same matches instead of searching again."""
    kept = _MATCHES.setdefault(searcher.reader(), OrderedDict())
    if key in kept:
        kept.move_to_end(key)
        return kept[key]
    found = kept[key] = compute()
    while len(kept) > MATCHES_KEPT:
        kept.popitem(last=False)
    return found


def remembered_keys(searcher) -> list:
    """The keys remembered for this reader, least recent first."""
    return list(_MATCHES.get(searcher.reader(), ()))


def forget(searcher) -> None:
    """Drop the remembered matches of this reader (benchmarks time searching)."""
    _MATCHES.pop(searcher.reader(), None)


def every(searcher) -> list[tuple[float, int]]:
    """(0.0, docnum) of every live document (browsing without a query)."""
    return [(0.0, d) for d in searcher.reader().all_doc_ids()]
