"""The Xapian backend (search.engine.backends): a request's plan compiled
into a Xapian query (never the user's text) and run over the shards as one
database (search.engine.backends.xapian_shards), answers as article ids.

- Scores: each term's BM25F weight without its idf is the wdf stored at
  indexing (search.engine.backends.xapian_layout); TfIdfWeight("nnn") adds
  them up and OP_SCALE_WEIGHT multiplies each term by its idf and boost,
  computed from the shards' global statistics as Whoosh's LiveBM25F does
  (search.engine.backends.xapian_query). So All/Any/Maybe/Not/boosts mean
  what they mean for Whoosh.
- Order: one sort value per order (date, then id folded into one string):
  xapian-tcpsrv refuses KeyMaker sorters, and the id at the end of the sort
  value gives a page of ids without fetching a document.
- Counts: totals are exact (check_at_least = the database's size); facets
  and months are counted in passes of their own, unsorted and unweighted
  (a match spy on a value-sorted remote MSet over-counts), one more pass per
  filter that is on (its facet counts matches failing only that filter)
  (search.engine.backends.xapian_passes).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from math import log

import xapian

from search.engine import filters
from search.engine.backends import Answer, Features, Request
from search.engine.backends import xapian_layout as layout
from search.engine.backends import xapian_passes as passes
from search.engine.backends.xapian_query import Compiled, Compiler, every
from search.engine.backends.xapian_shards import ShardSet
from search.engine.plan import Any, Term

RELATED_TERMS = 5  # key terms of an article searched for its related articles (Whoosh's more_like)


class XapianBackend:
    """The backend over a set of Xapian shards."""

    # xapian-tcpsrv refuses KeyMaker sorters; a remote match spy over-counts (passes of their own)
    features = Features(remote=True, columns_in_memory=False)

    @classmethod
    def library(cls, index: str, shards: list[str], timeout: float, check: float, budgets):
        """The `shards` as one (search.engine.backends.xapian_library.ShardLibrary)."""
        from search.engine.backends.xapian_library import ShardLibrary

        return ShardLibrary(ShardSet(shards, timeout), check, budgets)

    def warm(self) -> None:
        """Nothing is kept in memory: the shards answer every request."""

    def __init__(self, shards: ShardSet):
        self.shards = shards

    def _compiled(self, db: xapian.Database, request: Request) -> Compiled:
        return Compiled(db, request, self.shards.frequency)

    # Searches ----------------------------------------------------------

    def search(self, request: Request, start: int, count: int) -> Answer:
        """A results page; facets as the Whoosh backend counts them (a filter
        that is on counted as if it were off)."""
        def work(db):
            size = db.get_doccount()
            query = self._compiled(db, request)
            if request.conditions:
                return passes.conditioned_answer(db, query, request, start, count, size)
            # the page alone: its total comes exact from the counting pass below
            page = passes.ordered(db, query.full(), request, start, min(count, size))
            facets: dict[str, list[tuple[object, int]]] = {}
            spied = [f.name for f in filters.FILTERS if f.name not in query.chosen]
            counted, kept_total = passes.counts(db, query.full(), [*spied, "month"], size)
            for name in spied:
                facets[name] = passes.ranked(counted[name])
            kept_months = passes.months_of(counted["month"], kept_total)
            for name in query.chosen:
                facets[name] = passes.ranked(passes.counts(db, query.full(leave_out=name), [name], size)[0][name])
            months = kept_months
            if query.has_dates:
                dated, dated_total = passes.counts(db, query.full(leave_out="date"), ["month"], size)
                months = passes.months_of(dated["month"], dated_total)
            ordered_facets = {f.name: facets[f.name] for f in filters.FILTERS}
            return Answer(kept_total, passes.ids_of(page, request), ordered_facets, months, kept_months)
        return self.shards.run(work)

    def total(self, request: Request) -> int:
        """How many articles the request matches."""
        def work(db):
            if request.conditions:
                return len(passes.Conditioned(db, self._compiled(db, request), request, db.get_doccount()).kept)
            enquire = passes.new_enquire(db, self._compiled(db, request).full(), scored=False)
            return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated()
        return self.shards.run(work)

    def ids(self, request: Request, limit: int | None = None) -> list[str]:
        """Every match's id in the request's order, or the first `limit`."""
        def work(db):
            size = db.get_doccount()
            wanted = size if limit is None else min(limit, size)
            if request.conditions:
                return [m.id for m in passes.Conditioned(db, self._compiled(db, request), request, size).kept[:wanted]]
            page = passes.ordered(db, self._compiled(db, request).full(), request, 0, wanted, size)
            return passes.ids_of(page, request)
        return self.shards.run(work)

    def groups(self, request: Request, name: str) -> list[tuple[str, int]]:
        """The values of a one-value filter among the matches, most matches
        first; values tied on their count by their best match, then by value."""
        def work(db):
            size = db.get_doccount()
            query = self._compiled(db, request)
            if request.conditions:
                kept = passes.Conditioned(db, query, request, size).kept
                counts = passes.tally([m.values for m in kept], name)
                first = {}
                for place, m in enumerate(kept):
                    first.setdefault(m.values.get(name, ""), place)
                return [(v, counts[v]) for v in sorted(counts, key=lambda v: (-counts[v], first[v], v))]
            counts = passes.counts(db, query.full(), [name], size)[0][name]
            tied = Counter(counts.values())

            def best(value: str) -> tuple:
                if tied[counts[value]] == 1:
                    return ()
                one = xapian.Query(xapian.Query.OP_FILTER, query.full(),
                                   xapian.Query(layout.term(filters.by_name()[name].column, value)))
                key, weight = passes.keyed(passes.ordered(db, one, request, 0, 1))[0]
                return (-weight if request.scored else 0.0, key)
            ranked = sorted(counts, key=lambda v: (-counts[v], best(v), v))
            return [(value, counts[value]) for value in ranked]
        return self.shards.run(work)

    # Articles ----------------------------------------------------------

    def articles(self, ids: list[str]) -> list[dict]:
        """The stored fields of these articles, in order; unknown ids are left out."""
        if not ids:
            return []

        def work(db):
            query = xapian.Query(xapian.Query.OP_OR, [xapian.Query(layout.id_term(i)) for i in ids])
            mset = passes.new_enquire(db, query, scored=False).get_mset(0, len(ids))
            mset.fetch()
            found = {}
            for item in mset:
                fields = layout.stored_fields(item.document.get_data())
                found[fields["id"]] = fields
            return [found[i] for i in ids if i in found]
        return self.shards.run(work)

    def related(self, article_id: str, text: str, top: int) -> list[dict]:
        """The stored fields of the articles most like this one: its key
        terms by Whoosh's Bo1 model (more_like), searched in the body."""
        if not text.strip():
            return []

        def work(db):
            terms = _key_terms(db, text)
            if not terms:
                return []
            plan = Any(tuple(Term("text", word, boost=weight) for word, weight in terms))
            compiler = Compiler(db, scored=True, frequency=self.shards.frequency)
            query = xapian.Query(xapian.Query.OP_AND_NOT, compiler.query(plan),
                                 xapian.Query(layout.id_term(article_id)))
            enquire = passes.new_enquire(db, query, scored=True)
            enquire.set_sort_by_relevance_then_value(layout.NEWEST, False)
            mset = enquire.get_mset(0, top)
            mset.fetch()
            return [layout.stored_fields(item.document.get_data()) for item in mset]
        return self.shards.run(work)

    # The whole index ---------------------------------------------------

    def values(self, name: str) -> list[tuple[str, int]]:
        """Every value of a filter over the whole index, most first."""
        def work(db):
            return passes.ranked(passes.counts(db, every(), [name], db.get_doccount())[0][name])
        return self.shards.run(work)

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last article date in the index."""
        def work(db):
            dated = xapian.Query(xapian.Query.OP_VALUE_GE, layout.DAY, xapian.sortable_serialise(1))
            ends = []
            for reverse in (False, True):
                enquire = passes.new_enquire(db, dated, scored=False)
                enquire.set_sort_by_value(layout.DAY, reverse)
                keyed = passes.keyed(enquire.get_mset(0, 1))
                ends.append(dt.date.fromordinal(int(xapian.sortable_unserialise(keyed[0][0]))) if keyed else None)
            return ends[0], ends[1]
        return self.shards.run(work)

    def doc_count(self) -> int:
        """How many articles the shards hold."""
        return self.shards.run(lambda db: db.get_doccount())

    def doc_frequency(self, field_name: str, term: str) -> int:
        """In how many articles a term occurs in a field."""
        return self.shards.run(lambda db: self.shards.frequency(layout.term(field_name, term)))


def _key_terms(db: xapian.Database, text: str) -> list[tuple[str, float]]:
    """The RELATED_TERMS key terms of a body text with their weights, by
    Whoosh's Bo1 model (whoosh.classify.Expander, not normalised), over each
    word's collection frequency (its raw counts, layout.count_term)."""
    field = layout.whoosh_schema()["text"]
    in_text: Counter = Counter()
    for btext, _, weight, _ in field.index(text):
        in_text[btext.decode("utf-8")] += weight
    size = max(db.get_doccount(), 1)
    scored = []
    for word, weight in in_text.items():
        found = db.get_collection_freq(layout.count_term(word))
        if found:
            f = found / size
            scored.append((weight * log((1.0 + f) / f, 2) + log(1.0 + f, 2), word))
    if not scored:
        return []
    most = max(score for score, _ in scored)
    scored.sort(key=lambda sw: (-sw[0], sw[1]))
    return [(word, score / most) for score, word in scored[:RELATED_TERMS]]
