"""A learned second opinion at a heading after text: does it open the next piece?

The structure's rules (`indexer.structure`) decide at each heading cluster
whether it opens a new piece or divides the one open. At a heading with text
on both sides, the place they err most, they ask this module instead: a
logistic model over what the rules see there (the open piece's state, the
heading's shape, what follows it, which rule set the heading, and the rules'
own answer) weighs that evidence as the real-page corpus showed it counts.
The weights are data (`indexer/data/heading_model.json`, read by
`indexer.learned`), fitted by `tests/quality/train_heading_model.py` on the
corpus and written with the figures of the fit.

`recording()` lets the trainer see the features at each decision while the
rules alone decide, so that the model learns from the states the rules make.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from indexer import learned
from indexer.model import Line

NAME = "heading_model"
MODEL = learned.path(NAME)
RULES_SAY = "rules_open"  # the feature holding the rules' own answer
# A page too short to show how it sets its pieces apart (blank lines between paragraphs too, or only between
# pieces) lacks what the model weighs most; on the corpus's short pages the rules were as right (79 points:
# rules 64, model 64), so there the rules decide.
SHORT_PAGE = "short_page"
# Log-odds the model needs against the rules' answer to overrule it (1.0: about 3 to 1): a heading the
# fit is unsure of is left to the rules, which the parser's tests hold to their cases.
MARGIN = 1.0
MIN_SUPPORT = 5  # decision points of the fit a feature must be true at before the model weighs it


def model() -> dict:
    """The fitted model: its bias, a weight per feature and how it was fitted."""
    return learned.weights(NAME)


def score(features: Mapping[str, bool]) -> float:
    """The model's log-odds that the heading opens the next piece."""
    return learned.log_odds(NAME, features)


def opens(features: Mapping[str, bool], heading: Line) -> bool:
    """Whether the heading opens the next piece. The model overrules the rules only when it is
    sure (`MARGIN`), has seen every feature of the heading often enough in its fit (`MIN_SUPPORT`): a rule
    for a rare shape (a profile's headline after another's) stands on what the corpus can't weigh, and the
    page is long enough to show how it sets its pieces apart (`SHORT_PAGE`).
    While `recording()`, the rules' answer, the features kept under `id(heading)` for the trainer."""
    said = features[RULES_SAY]
    kept = learned.recorder(NAME)
    if kept is not None:
        kept[id(heading)] = dict(features)
        return said
    if features.get(SHORT_PAGE) or not learned.supported(NAME, features, MIN_SUPPORT):
        return said
    odds = score(features)
    heading.weighed = odds  # what `--explain` shows beside the heading
    return odds > MARGIN if not said else odds > -MARGIN


@contextmanager
def recording() -> Iterator[dict[int, dict[str, bool]]]:
    """Let the rules alone decide, and keep the features of each decision (by its heading line's id)."""
    with learned.recording(NAME) as kept:
        yield kept
