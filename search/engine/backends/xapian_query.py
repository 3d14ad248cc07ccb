"""A plan (search.engine.plan) and a request's filters as Xapian queries
(search.engine.backends.xapian): each term scaled by its idf and boost from
the shards' global statistics, as Whoosh's LiveBM25F weighs it (the rest of
its BM25F weight is the term's wdf, search.engine.backends.xapian_layout);
All/Any/Not/Maybe/Run/Fallback/Every as search.engine.backends.whoosh_evaluate reads them."""
from __future__ import annotations

import datetime as dt

import xapian

from search.engine import filters
from search.engine.backends import Request
from search.engine.backends import xapian_layout as layout
from search.engine.phrases import cover
from search.engine.plan import All, Any, Every, Fallback, Maybe, Not, Nothing, Plan, Run, Term, skips_fallback
from search.index.scoring import idf_of


class Compiler:
    """A plan (search.engine.plan) as a Xapian query over one database,
    scored as search.engine.backends.whoosh_evaluate scores it."""

    def __init__(self, db: xapian.Database, scored: bool, frequency=None):
        self.db = db
        # a term's document frequency: the shards' remembered one (ShardSet.frequency) or asked
        self.frequency = frequency or db.get_termfreq
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
            if skips_fallback(self.frequency(layout.term("text", plan.word)), self.size):
                return xapian.Query.MatchNothing
            return self.query(plan.child)
        if isinstance(plan, Every):
            return every()
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
            weight *= idf_of(self.size, self.frequency(name))
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
            pairs = [pairs[i] for i in cover([self.frequency(layout.term(plan.field, w)) for w in plan.words])]
        leaves = [self._term(plan.field, word) for _, word in pairs]
        scored = self._boosted(leaves[0] if len(leaves) == 1 else xapian.Query(xapian.Query.OP_AND, leaves),
                               plan.boost)
        if len(plan.words) == 1:
            return scored
        phrase = xapian.Query(xapian.Query.OP_PHRASE, [xapian.Query(layout.term(plan.field, w)) for w in plan.words],
                              len(plan.words))
        return xapian.Query(xapian.Query.OP_FILTER, scored, phrase)


class Compiled:
    """A request as Xapian queries: the plan and each filter, so that a
    facet's pass can leave its own filter out."""

    def __init__(self, db: xapian.Database, request: Request, frequency=None):
        compiler = Compiler(db, request.scored, frequency)
        self.base = every() if request.plan is None else compiler.query(request.plan)
        self.filters: dict[str, xapian.Query] = {}
        registry = filters.by_name()
        for name, values in request.chosen:
            column = registry[name].column
            self.filters[name] = xapian.Query(xapian.Query.OP_OR, [xapian.Query(layout.term(column, v))
                                                                   for v in values])
        self.chosen = [name for name, _ in request.chosen]
        if request.sectioned:
            self.filters["section"] = (Compiler(db, scored=False).query(request.section) if request.section
                                       else xapian.Query.MatchNothing)
        self.has_dates = bool(request.date_from or request.date_to)
        if self.has_dates:
            self.filters["date"] = date_range(request.date_from, request.date_to)

    def full(self, leave_out: str | None = None) -> xapian.Query:
        """The plan, filtered by every filter but `leave_out`."""
        kept = [q for name, q in self.filters.items() if name != leave_out]
        if not kept:
            return self.base
        return xapian.Query(xapian.Query.OP_FILTER, self.base,
                            kept[0] if len(kept) == 1 else xapian.Query(xapian.Query.OP_AND, kept))


def every() -> xapian.Query:
    # MatchAll's weight is the document length: scaled to nothing, as every match weighs the same
    return xapian.Query(xapian.Query.OP_SCALE_WEIGHT, xapian.Query.MatchAll, 0.0)


def date_range(low: dt.date | None, high: dt.date | None) -> xapian.Query:
    first = xapian.sortable_serialise(low.toordinal() if low else 1)
    if high is None:
        return xapian.Query(xapian.Query.OP_VALUE_GE, layout.DAY, first)
    return xapian.Query(xapian.Query.OP_VALUE_RANGE, layout.DAY, first, xapian.sortable_serialise(high.toordinal()))
