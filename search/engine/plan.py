"""A query plan: our own small tree of frozen types, what the query reader
(search.engine.query) produces and the backends compile (search.engine.backends).

    Term(field, text)        a term in one field
    All(parts) / Any(parts)  every part / any part
    Not(include, exclude)    include, without what exclude matches
    Maybe(required, optional) required; optional only adds to scores
    Run(field, words)        words at consecutive positions (an exact run)
    Fallback(child, word)    child, skipped when `word` is common (see below)
    Every()                  every document

Boosts are a field of the nodes that carry one in Whoosh's scoring (Term,
All, Any, Run, Every): a compound of a single part ignores its own boost
there, and the plan keeps that meaning. The plan imports no search engine:
each backend compiles it (Whoosh's matchers are reached only through
search.engine.backends.whoosh_compile.to_whoosh: for a reader
search.index.whoosh_read does not trust, and for the differential test
tests/test_evaluate.py, which evaluates both).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Union


# A bigram fallback finds the articles where jieba cut a word's run
# differently. For a word in at least FALLBACK_SKIP_SHARE of the articles (and
# FALLBACK_SKIP_MIN) those are a handful among thousands (measured at 50,000
# articles: 0 of 47,077 for 高新区, 5 of 19,163 for 人才), while checking the
# run's position in every candidate was most of the query's time.
FALLBACK_SKIP_SHARE = 0.05
FALLBACK_SKIP_MIN = 1000


@dataclass(frozen=True)
class Term:
    """A term in one field."""
    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class All:
    """Documents matching every part; scores summed."""
    parts: tuple[Plan, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Any:
    """Documents matching any part; scores of the matching parts summed."""
    parts: tuple[Plan, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Not:
    """`include`'s matches and scores, without the documents `exclude` matches."""
    include: Plan
    exclude: Plan


@dataclass(frozen=True)
class Maybe:
    """`required`'s matches; `optional` adds its score where it matches too."""
    required: Plan
    optional: Plan


@dataclass(frozen=True)
class Run:
    """Words at consecutive positions in one field. With `overlapping`
    (character bigrams) only a covering set of them is looked up
    (search.engine.phrases.picked). The score is the sum of the looked-up words'."""
    field: str
    words: tuple[str, ...]
    overlapping: bool = False
    boost: float = 1.0


@dataclass(frozen=True)
class Fallback:
    """`child` (a word's bigram run), skipped when the word itself is common."""
    child: Plan
    word: str


@dataclass(frozen=True)
class Every:
    """Every live document."""
    boost: float = 1.0


@dataclass(frozen=True)
class Nothing:
    """No document."""


Plan = Union[Term, All, Any, Not, Maybe, Run, Fallback, Every, Nothing]


def with_boost(plan: Plan, boost: float) -> Plan:
    """The node with this boost (nodes without one are returned as they are)."""
    return replace(plan, boost=boost) if hasattr(plan, "boost") else plan


def either(plans: list[Plan | None]) -> Plan | None:
    """Any of the plans (the one alone when there is one; None when none)."""
    plans = [p for p in plans if p is not None]
    if not plans:
        return None
    return Any(tuple(plans)) if len(plans) > 1 else plans[0]


def every_one(plans: list[Plan]) -> Plan:
    """All of the plans (the one alone when there is one)."""
    return All(tuple(plans)) if len(plans) > 1 else plans[0]


def skips_fallback(frequency: int, documents: int) -> bool:
    """Whether a Fallback is skipped for a word in `frequency` of `documents`
    live documents (its body text): in at least FALLBACK_SKIP_SHARE of them,
    and FALLBACK_SKIP_MIN."""
    return frequency >= max(FALLBACK_SKIP_MIN, FALLBACK_SKIP_SHARE * documents)
