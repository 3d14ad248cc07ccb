"""The Whoosh compiler of the plan (search.engine.plan): the same query as
Whoosh query objects, for Whoosh's own matchers (a reader that
search.index.whoosh_read does not trust, and the differential test of the
array engine search.engine.backends.whoosh_evaluate)."""
from __future__ import annotations

from whoosh import matching
from whoosh import query as Q

from search.engine.backends.whoosh_phrases import Run as WhooshRun
from search.engine.plan import All, Any, Every, Fallback, Maybe, Not, Nothing, Plan, Run, Term, skips_fallback
from search.index import scoring


def fallback_skipped(searcher, word: str) -> bool:
    """skips_fallback for a word, its frequency read from the index."""
    top = searcher.get_parent() or searcher
    return skips_fallback(scoring.live_frequency(top, "text", word), top.doc_count())


class AnyOf(Q.Or):
    """Whoosh's Or, matched by pre-reading each part's documents and scores in
    blocks into an array (Whoosh's ARRAY_MATCHER) instead of a binary tree of
    union matchers stepping document by document."""
    matcher_type = Q.Or.ARRAY_MATCHER


class WhooshFallback(Q.WrappingQuery):
    """Fallback for Whoosh's matchers: NullMatcher when skipped."""

    def __init__(self, child: Q.Query, word: str):
        super().__init__(child)
        self.word = word

    def apply(self, fn):
        """Whoosh's query rewriting, keeping the word."""
        return self.__class__(fn(self.child), self.word)

    def matcher(self, searcher, context=None):
        """NullMatcher when skipped, else the child's."""
        if fallback_skipped(searcher, self.word):
            return matching.NullMatcher()
        return self.child.matcher(searcher, context)


def to_whoosh(plan: Plan) -> Q.Query:
    """The same query as Whoosh query objects, for Whoosh's own matchers."""
    if isinstance(plan, Term):
        return Q.Term(plan.field, plan.text, boost=plan.boost)
    if isinstance(plan, All):
        return Q.And([to_whoosh(p) for p in plan.parts], boost=plan.boost)
    if isinstance(plan, Any):
        return AnyOf([to_whoosh(p) for p in plan.parts], boost=plan.boost)
    if isinstance(plan, Not):
        return Q.AndNot(to_whoosh(plan.include), to_whoosh(plan.exclude))
    if isinstance(plan, Maybe):
        return Q.AndMaybe(to_whoosh(plan.required), to_whoosh(plan.optional))
    if isinstance(plan, Run):
        return WhooshRun(plan.field, list(plan.words), boost=plan.boost, overlapping=plan.overlapping)
    if isinstance(plan, Fallback):
        return WhooshFallback(to_whoosh(plan.child), plan.word)
    if isinstance(plan, Every):
        return Q.Every(boost=plan.boost)
    if isinstance(plan, Nothing):
        return Q.NullQuery
    raise TypeError(f"not a plan node: {type(plan).__name__}")
