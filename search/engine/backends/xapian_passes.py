"""Passes over a Xapian query's matches for the Xapian backend
(search.engine.backends.xapian): a page in the request's order (ids read
from the folded sort values, no document fetched), and counts of filter
values and months in passes of their own, unsorted and unweighted (a match
spy on a value-sorted remote MSet over-counts); with conditions on figures,
every match read whole, as the Whoosh backend reads their stored figures."""
from __future__ import annotations

from collections import Counter

import xapian

from search.engine import filters
from search.engine.backends import Answer, Request
from search.engine.backends import xapian_layout as layout
from search.engine.backends.xapian_query import Compiled
from search.engine.conditions import figures_of

ORDER_SLOT = {"newest": layout.NEWEST, "relevance": layout.NEWEST, "oldest": layout.OLDEST,
              "indexed": layout.INDEXED}


def new_enquire(db: xapian.Database, query: xapian.Query, scored: bool) -> xapian.Enquire:
    enquire = xapian.Enquire(db)
    enquire.set_query(query)
    enquire.set_weighting_scheme(xapian.TfIdfWeight("nnn") if scored else xapian.BoolWeight())
    return enquire


def ordered(db: xapian.Database, query: xapian.Query, request: Request, start: int, count: int,
            check: int = 0) -> xapian.MSet:
    """A page of matches in the request's order (`check`: matches to look
    at at least; the database's size for an exact total)."""
    enquire = new_enquire(db, query, request.scored)
    slot = ORDER_SLOT.get(request.sort, layout.NEWEST)
    if request.scored:
        enquire.set_sort_by_relevance_then_value(slot, False)
    else:
        enquire.set_sort_by_value(slot, False)
    return enquire.get_mset(start, count, check)


def ids_of(mset: xapian.MSet, request: Request) -> list[str]:
    slot = ORDER_SLOT.get(request.sort, layout.NEWEST)
    return [layout.id_of_sort_key(key, slot) for key, _ in keyed(mset)]


def keyed(mset: xapian.MSet) -> list[tuple[bytes, float]]:
    """(sort value, weight) of every item: the Python MSetItem has no sort
    key, the C++ iterator (reached by position) does."""
    hits = (mset._get_hit_internal(i) for i in range(mset.size()))
    return [(hit.get_sort_key(), hit.get_weight()) for hit in hits]


def counts(db: xapian.Database, query: xapian.Query, names: list[str], size: int) -> tuple[dict[str, Counter], int]:
    """Values of filters (and "month") among every match, counted exactly in
    a pass of their own, and how many matches there are."""
    enquire = new_enquire(db, query, scored=False)
    spies = {}
    for name in names:
        slot = layout.MONTH if name == "month" else layout.filter_slot(name)
        spies[name] = xapian.ValueCountMatchSpy(slot)
        enquire.add_matchspy(spies[name])
    total = enquire.get_mset(0, 0, size).get_matches_estimated()
    many = {f.name for f in filters.FILTERS if f.many_per_article}
    counted: dict[str, Counter] = {}
    for name, spy in spies.items():
        counts: Counter = Counter()
        for item in spy.values():
            value = item.term.decode("utf-8")
            for part in value.split(layout.MULTI_SEPARATOR) if name in many else [value]:
                counts[part] += item.termfreq
        counted[name] = counts
    return counted, total


class Match:
    """One match read whole (for conditions on figures): id, sort key, the
    largest figure meeting a condition, the filter values and month."""

    def __init__(self, key: bytes, slot: int, document: xapian.Document, met: list[float]):
        self.id = layout.id_of_sort_key(key, slot)
        self.key = key
        self.value = max(met) if met else None
        self.values = {name: document.get_value(layout.MONTH if name == "month" else layout.filter_slot(name))
                       .decode("utf-8") for name in [*(f.name for f in filters.FILTERS), "month"]}


class Conditioned:
    """A request with conditions on figures (search.engine.conditions):
    every match is read, as the Whoosh backend reads their stored figures,
    and only those stating a figure that meets one are kept, in the
    request's order (sort=value: the largest such figure first)."""

    def __init__(self, db: xapian.Database, query: Compiled, request: Request, size: int):
        mset = ordered(db, query.full(), request, 0, size, size)
        mset.fetch()
        slot = ORDER_SLOT.get(request.sort, layout.NEWEST)
        matches = []
        for (key, _), item in zip(keyed(mset), mset, strict=True):
            document = item.document
            met = [f.high or f.value for f in figures_of(layout.stored_fields(document.get_data()))
                   if any(c.met_by(f) for c in request.conditions)]
            matches.append(Match(key, slot, document, met))
        self.kept = [m for m in matches if m.value is not None]
        if request.sort == "value":
            newest = {m.id: _newest_key(m) for m in self.kept}
            self.kept.sort(key=lambda m: (-m.value, newest[m.id]))


def _newest_key(match: Match) -> str:
    # the NEWEST sort value's order (newest first, then id), from the match's own sort key
    return match.key.decode("utf-8")


def tally(rows: list[dict[str, str]], name: str) -> Counter:
    """Values of a filter (or "month") over matches read whole, counted as counts counts them."""
    many = {f.name for f in filters.FILTERS if f.many_per_article}
    counts: Counter = Counter()
    for row in rows:
        value = row.get(name, "")
        if value:
            counts.update(value.split(layout.MULTI_SEPARATOR) if name in many else [value])
    return counts


def conditioned_answer(db: xapian.Database, query: Compiled, request: Request, start: int, count: int,
                        size: int) -> Answer:
    """search() with conditions on figures: facets of the kept matches; a
    filter that is on also counts the matches failing only that filter,
    which (as in the Whoosh backend) are not held to the conditions."""
    kept = Conditioned(db, query, request, size).kept
    rows = [m.values for m in kept]
    full, full_total = counts(db, query.full(), [*query.chosen, "month"], size)
    facets = {}
    for f in filters.FILTERS:
        counted = tally(rows, f.name)
        if f.name in query.chosen:
            counted += counts(db, query.full(leave_out=f.name), [f.name], size)[0][f.name]
            counted -= full[f.name]
        facets[f.name] = ranked(counted)
    kept_months = months_of(tally(rows, "month"), len(kept))
    months = kept_months
    if query.has_dates:
        dated, dated_total = counts(db, query.full(leave_out="date"), ["month"], size)
        months = months_of(tally(rows, "month") + dated["month"] - full["month"], len(kept) + dated_total - full_total)
    return Answer(len(kept), [m.id for m in kept[start:start + count]], facets, months, kept_months)


def ranked(counts: Counter) -> list[tuple[str, int]]:
    """Most first, then by value (as search.engine.backends.whoosh_columns ranks them)."""
    return sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))


def months_of(counts: Counter, total: int) -> dict[int, int]:
    """yyyymm -> matches; 0 for the undated ones (as the Whoosh backend counts them)."""
    months = {int(m): n for m, n in counts.items()}
    undated = total - sum(months.values())
    if undated:
        months[0] = undated
    return dict(sorted(months.items()))
