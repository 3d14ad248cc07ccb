"""The Xapian backend (search.engine.backends): a request's plan compiled
into a Xapian query (never the user's text) and run over the shards as one
database (search.engine.backends.xapian_shards), answers as article ids.

- Scores: each term's BM25F weight without its idf is the wdf stored at
  indexing (search.engine.backends.xapian_layout); TfIdfWeight("nnn") adds
  them up and OP_SCALE_WEIGHT multiplies each term by its idf and boost,
  computed here from the shards' global statistics as Whoosh's LiveBM25F
  does. So All/Any/Maybe/Not/boosts mean what they mean for Whoosh.
- Order: one sort value per order (date, then id folded into one string):
  xapian-tcpsrv refuses KeyMaker sorters, and the id at the end of the sort
  value gives a page of ids without fetching a document.
- Counts: totals are exact (check_at_least = the database's size); facets
  and months are counted in passes of their own, unsorted and unweighted
  (a match spy on a value-sorted remote MSet over-counts), one more pass per
  filter that is on (its facet counts matches failing only that filter).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from math import log

import xapian

from search.engine import filters
from search.engine.backends import Answer, Request
from search.engine.backends import xapian_layout as layout
from search.engine.backends.xapian_shards import ShardSet
from search.engine.conditions import figures_of
from search.engine.phrases import cover
from search.engine.plan import All, Any, Every, Fallback, Maybe, Not, Nothing, Plan, Run, Term, skips_fallback
from search.index.scoring import idf_of

_ORDER_SLOT = {"newest": layout.NEWEST, "relevance": layout.NEWEST, "oldest": layout.OLDEST,
               "indexed": layout.INDEXED}
RELATED_TERMS = 5  # key terms of an article searched for its related articles (Whoosh's more_like)


class XapianBackend:
    """The backend over a set of Xapian shards."""

    def __init__(self, shards: ShardSet):
        self.shards = shards

    # Searches ----------------------------------------------------------

    def search(self, request: Request, start: int, count: int) -> Answer:
        """A results page; facets as the Whoosh backend counts them (a filter
        that is on counted as if it were off)."""
        def work(db):
            size = db.get_doccount()
            query = _Query(db, request)
            if request.conditions:
                return _conditioned_answer(db, query, request, start, count, size)
            page = _ordered(db, query.full(), request, start, min(count, size), size)
            facets: dict[str, list[tuple[object, int]]] = {}
            spied = [f.name for f in filters.FILTERS if f.name not in query.chosen]
            counted, kept_total = _counts(db, query.full(), [*spied, "month"], size)
            for name in spied:
                facets[name] = _ranked(counted[name])
            kept_months = _months(counted["month"], kept_total)
            for name in query.chosen:
                facets[name] = _ranked(_counts(db, query.full(leave_out=name), [name], size)[0][name])
            months = kept_months
            if query.has_dates:
                dated, dated_total = _counts(db, query.full(leave_out="date"), ["month"], size)
                months = _months(dated["month"], dated_total)
            ordered_facets = {f.name: facets[f.name] for f in filters.FILTERS}
            return Answer(page.get_matches_estimated(), _ids(page, request), ordered_facets, months, kept_months)
        return self.shards.run(work)

    def total(self, request: Request) -> int:
        """How many articles the request matches."""
        def work(db):
            if request.conditions:
                return len(_Conditioned(db, _Query(db, request), request, db.get_doccount()).kept)
            enquire = _enquire(db, _Query(db, request).full(), scored=False)
            return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated()
        return self.shards.run(work)

    def ids(self, request: Request, limit: int | None = None) -> list[str]:
        """Every match's id in the request's order, or the first `limit`."""
        def work(db):
            size = db.get_doccount()
            wanted = size if limit is None else min(limit, size)
            if request.conditions:
                return [m.id for m in _Conditioned(db, _Query(db, request), request, size).kept[:wanted]]
            return _ids(_ordered(db, _Query(db, request).full(), request, 0, wanted, size), request)
        return self.shards.run(work)

    def groups(self, request: Request, name: str) -> list[tuple[str, int]]:
        """The values of a one-value filter among the matches, most matches
        first; values tied on their count by their best match, then by value."""
        def work(db):
            size = db.get_doccount()
            query = _Query(db, request)
            if request.conditions:
                kept = _Conditioned(db, query, request, size).kept
                counts = _tally([m.values for m in kept], name)
                first = {}
                for place, m in enumerate(kept):
                    first.setdefault(m.values.get(name, ""), place)
                return [(v, counts[v]) for v in sorted(counts, key=lambda v: (-counts[v], first[v], v))]
            counts = _counts(db, query.full(), [name], size)[0][name]
            tied = Counter(counts.values())

            def best(value: str) -> tuple:
                if tied[counts[value]] == 1:
                    return ()
                one = xapian.Query(xapian.Query.OP_FILTER, query.full(),
                                   xapian.Query(layout.term(filters.by_name()[name].column, value)))
                key, weight = _keyed(_ordered(db, one, request, 0, 1, size))[0]
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
            mset = _enquire(db, query, scored=False).get_mset(0, len(ids))
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
            query = xapian.Query(xapian.Query.OP_AND_NOT, _Compiler(db, scored=True).query(plan),
                                 xapian.Query(layout.id_term(article_id)))
            enquire = _enquire(db, query, scored=True)
            enquire.set_sort_by_relevance_then_value(layout.NEWEST, False)
            mset = enquire.get_mset(0, top)
            mset.fetch()
            return [layout.stored_fields(item.document.get_data()) for item in mset]
        return self.shards.run(work)

    # The whole index ---------------------------------------------------

    def values(self, name: str) -> list[tuple[str, int]]:
        """Every value of a filter over the whole index, most first."""
        def work(db):
            return _ranked(_counts(db, _every(), [name], db.get_doccount())[0][name])
        return self.shards.run(work)

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last article date in the index."""
        def work(db):
            dated = xapian.Query(xapian.Query.OP_VALUE_GE, layout.DAY, xapian.sortable_serialise(1))
            ends = []
            for reverse in (False, True):
                enquire = _enquire(db, dated, scored=False)
                enquire.set_sort_by_value(layout.DAY, reverse)
                keyed = _keyed(enquire.get_mset(0, 1))
                ends.append(dt.date.fromordinal(int(xapian.sortable_unserialise(keyed[0][0]))) if keyed else None)
            return ends[0], ends[1]
        return self.shards.run(work)

    def doc_count(self) -> int:
        """How many articles the shards hold."""
        return self.shards.run(lambda db: db.get_doccount())

    def doc_frequency(self, field_name: str, term: str) -> int:
        """In how many articles a term occurs in a field."""
        return self.shards.run(lambda db: db.get_termfreq(layout.term(field_name, term)))


class _Compiler:
    """A plan (search.engine.plan) as a Xapian query over one database,
    scored as search.engine.evaluate scores it."""

    def __init__(self, db: xapian.Database, scored: bool):
        self.db = db
        self.scored = scored
        self.size = db.get_doccount()
        self.scored_fields = set(layout.scored_fields())
        self.positional = {name for name in layout.whoosh_schema().names()
                           if (fmt := layout.whoosh_schema()[name].format) and fmt.supports("positions")}

    def query(self, plan: Plan) -> xapian.Query:
        """The Xapian query of a plan node."""
        if isinstance(plan, Term):
            return self._term(plan.field, plan.text, plan.boost)
        if isinstance(plan, (All, Any)):
            if not plan.parts:
                return xapian.Query.MatchNothing
            if len(plan.parts) == 1:  # as Whoosh: a lone part's own query, without the compound's boost
                return self.query(plan.parts[0])
            op = xapian.Query.OP_AND if isinstance(plan, All) else xapian.Query.OP_OR
            return self._boosted(xapian.Query(op, [self.query(p) for p in plan.parts]), plan.boost)
        if isinstance(plan, Not):
            return xapian.Query(xapian.Query.OP_AND_NOT, self.query(plan.include), self.query(plan.exclude))
        if isinstance(plan, Maybe):
            if not self.scored:
                return self.query(plan.required)
            return xapian.Query(xapian.Query.OP_AND_MAYBE, self.query(plan.required), self.query(plan.optional))
        if isinstance(plan, Run):
            return self._run(plan)
        if isinstance(plan, Fallback):
            if skips_fallback(self.db.get_termfreq(layout.term("text", plan.word)), self.size):
                return xapian.Query.MatchNothing
            return self.query(plan.child)
        if isinstance(plan, Every):
            return _every()
        if isinstance(plan, Nothing):
            return xapian.Query.MatchNothing
        raise TypeError(f"not a plan node: {type(plan).__name__}")

    def _term(self, field_name: str, text: str, boost: float = 1.0) -> xapian.Query:
        name = layout.term(field_name, text)
        query = xapian.Query(name)
        if not self.scored:
            return query
        weight = boost / layout.SCALE
        if field_name in self.scored_fields:
            weight *= idf_of(self.size, self.db.get_termfreq(name))
        return xapian.Query(xapian.Query.OP_SCALE_WEIGHT, query, weight)

    def _boosted(self, query: xapian.Query, boost: float) -> xapian.Query:
        if not self.scored or boost == 1.0:
            return query
        return xapian.Query(xapian.Query.OP_SCALE_WEIGHT, query, boost)

    def _run(self, plan: Run) -> xapian.Query:
        """Words at consecutive positions: matched as an exact phrase of every
        word, scored as the looked-up words' sum (a covering set of
        overlapping bigrams, search.engine.phrases.picked), times the boost."""
        if plan.field not in self.positional or not plan.words:
            return xapian.Query.MatchNothing
        pairs = list(enumerate(plan.words))
        if plan.overlapping and len(pairs) >= 3:
            pairs = [pairs[i] for i in cover([self.db.get_termfreq(layout.term(plan.field, w)) for w in plan.words])]
        leaves = [self._term(plan.field, word) for _, word in pairs]
        scored = self._boosted(leaves[0] if len(leaves) == 1 else xapian.Query(xapian.Query.OP_AND, leaves),
                               plan.boost)
        if len(plan.words) == 1:
            return scored
        phrase = xapian.Query(xapian.Query.OP_PHRASE, [xapian.Query(layout.term(plan.field, w)) for w in plan.words],
                              len(plan.words))
        return xapian.Query(xapian.Query.OP_FILTER, scored, phrase)


class _Query:
    """A request as Xapian queries: the plan and each filter, so that a
    facet's pass can leave its own filter out."""

    def __init__(self, db: xapian.Database, request: Request):
        compiler = _Compiler(db, request.scored)
        self.base = _every() if request.plan is None else compiler.query(request.plan)
        self.filters: dict[str, xapian.Query] = {}
        registry = filters.by_name()
        for name, values in request.chosen:
            column = registry[name].column
            self.filters[name] = xapian.Query(xapian.Query.OP_OR, [xapian.Query(layout.term(column, v))
                                                                   for v in values])
        self.chosen = [name for name, _ in request.chosen]
        if request.sectioned:
            self.filters["section"] = (_Compiler(db, scored=False).query(request.section) if request.section
                                       else xapian.Query.MatchNothing)
        self.has_dates = bool(request.date_from or request.date_to)
        if self.has_dates:
            self.filters["date"] = _date_range(request.date_from, request.date_to)

    def full(self, leave_out: str | None = None) -> xapian.Query:
        """The plan, filtered by every filter but `leave_out`."""
        kept = [q for name, q in self.filters.items() if name != leave_out]
        if not kept:
            return self.base
        return xapian.Query(xapian.Query.OP_FILTER, self.base,
                            kept[0] if len(kept) == 1 else xapian.Query(xapian.Query.OP_AND, kept))


def _every() -> xapian.Query:
    # MatchAll's weight is the document length: scaled to nothing, as every match weighs the same
    return xapian.Query(xapian.Query.OP_SCALE_WEIGHT, xapian.Query.MatchAll, 0.0)


def _date_range(low: dt.date | None, high: dt.date | None) -> xapian.Query:
    first = xapian.sortable_serialise(low.toordinal() if low else 1)
    if high is None:
        return xapian.Query(xapian.Query.OP_VALUE_GE, layout.DAY, first)
    return xapian.Query(xapian.Query.OP_VALUE_RANGE, layout.DAY, first, xapian.sortable_serialise(high.toordinal()))


def _enquire(db: xapian.Database, query: xapian.Query, scored: bool) -> xapian.Enquire:
    enquire = xapian.Enquire(db)
    enquire.set_query(query)
    enquire.set_weighting_scheme(xapian.TfIdfWeight("nnn") if scored else xapian.BoolWeight())
    return enquire


def _ordered(db: xapian.Database, query: xapian.Query, request: Request, start: int, count: int,
             size: int) -> xapian.MSet:
    """A page of matches in the request's order, with the exact total."""
    enquire = _enquire(db, query, request.scored)
    slot = _ORDER_SLOT.get(request.sort, layout.NEWEST)
    if request.scored:
        enquire.set_sort_by_relevance_then_value(slot, False)
    else:
        enquire.set_sort_by_value(slot, False)
    return enquire.get_mset(start, count, size)


def _ids(mset: xapian.MSet, request: Request) -> list[str]:
    slot = _ORDER_SLOT.get(request.sort, layout.NEWEST)
    return [layout.id_of_sort_key(key, slot) for key, _ in _keyed(mset)]


def _keyed(mset: xapian.MSet) -> list[tuple[bytes, float]]:
    """(sort value, weight) of every item: the Python MSetItem has no sort
    key, the C++ iterator (reached by position) does."""
    hits = (mset._get_hit_internal(i) for i in range(mset.size()))
    return [(hit.get_sort_key(), hit.get_weight()) for hit in hits]


def _counts(db: xapian.Database, query: xapian.Query, names: list[str], size: int) -> tuple[dict[str, Counter], int]:
    """Values of filters (and "month") among every match, counted exactly in
    a pass of their own, and how many matches there are."""
    enquire = _enquire(db, query, scored=False)
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


class _Match:
    """One match read whole (for conditions on figures): id, sort key, the
    largest figure meeting a condition, the filter values and month."""

    def __init__(self, key: bytes, slot: int, document: xapian.Document, met: list[float]):
        self.id = layout.id_of_sort_key(key, slot)
        self.key = key
        self.value = max(met) if met else None
        self.values = {name: document.get_value(layout.MONTH if name == "month" else layout.filter_slot(name))
                       .decode("utf-8") for name in [*(f.name for f in filters.FILTERS), "month"]}


class _Conditioned:
    """A request with conditions on figures (search.engine.conditions):
    every match is read, as the Whoosh backend reads their stored figures,
    and only those stating a figure that meets one are kept, in the
    request's order (sort=value: the largest such figure first)."""

    def __init__(self, db: xapian.Database, query: _Query, request: Request, size: int):
        mset = _ordered(db, query.full(), request, 0, size, size)
        mset.fetch()
        slot = _ORDER_SLOT.get(request.sort, layout.NEWEST)
        matches = []
        for (key, _), item in zip(_keyed(mset), mset, strict=True):
            document = item.document
            met = [f.high or f.value for f in figures_of(layout.stored_fields(document.get_data()))
                   if any(c.met_by(f) for c in request.conditions)]
            matches.append(_Match(key, slot, document, met))
        self.kept = [m for m in matches if m.value is not None]
        if request.sort == "value":
            newest = {m.id: _newest_key(m) for m in self.kept}
            self.kept.sort(key=lambda m: (-m.value, newest[m.id]))


def _newest_key(match: _Match) -> str:
    # the NEWEST sort value's order (newest first, then id), from the match's own sort key
    return match.key.decode("utf-8")


def _tally(rows: list[dict[str, str]], name: str) -> Counter:
    """Values of a filter (or "month") over matches read whole, counted as _counts counts them."""
    many = {f.name for f in filters.FILTERS if f.many_per_article}
    counts: Counter = Counter()
    for row in rows:
        value = row.get(name, "")
        if value:
            counts.update(value.split(layout.MULTI_SEPARATOR) if name in many else [value])
    return counts


def _conditioned_answer(db: xapian.Database, query: _Query, request: Request, start: int, count: int,
                        size: int) -> Answer:
    """search() with conditions on figures: facets of the kept matches; a
    filter that is on also counts the matches failing only that filter,
    which (as in the Whoosh backend) are not held to the conditions."""
    kept = _Conditioned(db, query, request, size).kept
    rows = [m.values for m in kept]
    full, full_total = _counts(db, query.full(), [*query.chosen, "month"], size)
    facets = {}
    for f in filters.FILTERS:
        counted = _tally(rows, f.name)
        if f.name in query.chosen:
            counted += _counts(db, query.full(leave_out=f.name), [f.name], size)[0][f.name]
            counted -= full[f.name]
        facets[f.name] = _ranked(counted)
    kept_months = _months(_tally(rows, "month"), len(kept))
    months = kept_months
    if query.has_dates:
        dated, dated_total = _counts(db, query.full(leave_out="date"), ["month"], size)
        months = _months(_tally(rows, "month") + dated["month"] - full["month"], len(kept) + dated_total - full_total)
    return Answer(len(kept), [m.id for m in kept[start:start + count]], facets, months, kept_months)


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    """Most first, then by value (as search.engine.columns ranks them)."""
    return sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))


def _months(counts: Counter, total: int) -> dict[int, int]:
    """yyyymm -> matches; 0 for the undated ones (as the Whoosh backend counts them)."""
    months = {int(m): n for m, n in counts.items()}
    undated = total - sum(months.values())
    if undated:
        months[0] = undated
    return dict(sorted(months.items()))


def _key_terms(db: xapian.Database, text: str) -> list[tuple[str, float]]:
    """The RELATED_TERMS key terms of a body text with their weights, by
    Whoosh's Bo1 model (whoosh.classify.Expander, not normalised). The
    collection frequency it weighs by is the term's document frequency here:
    a shard keeps weights, not raw counts."""
    field = layout.whoosh_schema()["text"]
    in_text: Counter = Counter()
    for btext, _, weight, _ in field.index(text):
        in_text[btext.decode("utf-8")] += weight
    size = max(db.get_doccount(), 1)
    scored = []
    for word, weight in in_text.items():
        frequency = db.get_termfreq(layout.term("text", word))
        if frequency:
            f = frequency / size
            scored.append((weight * log((1.0 + f) / f, 2) + log(1.0 + f, 2), word))
    if not scored:
        return []
    most = max(score for score, _ in scored)
    scored.sort(key=lambda sw: (-sw[0], sw[1]))
    return [(word, score / most) for score, word in scored[:RELATED_TERMS]]
