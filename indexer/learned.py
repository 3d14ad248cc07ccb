"""The parser's learned second opinions, read the one way: a logistic model
fitted on the real-page corpus and kept as data (`indexer/data/<name>.json`:
its bias, a weight per feature, how often each feature was true in the fit,
and the figures of the fit). Scoring is a sum of weights, no library needed.

Each model (`indexer.heading_model`, `indexer.zone_model`, `indexer.kind_model`) names the decision
it weighs and the features it reads; this module loads the weights, scores,
and lets a trainer see the features at each decision while the rules alone
decide (`recording`), so that a model learns from the states the rules make.
"""
from __future__ import annotations

import json
from collections.abc import Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

_recorders: ContextVar[dict[str, dict[Hashable, dict[str, bool]]] | None] = ContextVar("learned_recorders",
                                                                                     default=None)


def path(name: str) -> Path:
    """Where the model `name` keeps its weights."""
    return DATA / f"{name}.json"


@cache
def weights(name: str) -> dict:
    """The fitted model `name`: its bias, weights, support and figures."""
    return json.loads(path(name).read_text("utf-8"))


def log_odds(name: str, features: Mapping[str, bool]) -> float:
    """The model's log-odds that the answer to its question is yes."""
    fitted = weights(name)
    return fitted["bias"] + sum(weight for feature, weight in fitted["weights"].items() if features.get(feature))


def supported(name: str, features: Mapping[str, bool], min_support: int) -> bool:
    """Whether every feature true here was true at `min_support` decisions of the fit or more:
    a shape the corpus showed too rarely is left to the rules, which the parser's tests hold."""
    support = weights(name)["support"]
    return all(support.get(feature, 0) >= min_support for feature, on in features.items() if on)


def recorder(name: str) -> dict[Hashable, dict[str, bool]] | None:
    """The features kept for a trainer of model `name`, if one is recording (else None: decide)."""
    return (_recorders.get() or {}).get(name)


@contextmanager
def recording(name: str) -> Iterator[dict[Hashable, dict[str, bool]]]:
    """Let the rules alone decide where model `name` would, and keep the features of each
    decision (by the key the model gives it) for the trainer."""
    kept: dict[Hashable, dict[str, bool]] = {}
    token = _recorders.set({**(_recorders.get() or {}), name: kept})
    try:
        yield kept
    finally:
        _recorders.reset(token)
