"""Fit the heading model (`indexer/heading_model.py`) on the real-page corpus.

    pip install '.[train]'   # scikit-learn, for fitting only
    .venv/bin/python tests/quality/train_heading_model.py [--check] [FIRST-LAST]

At each decision point of the corpus (a heading with gold text above and below,
see `heading_decisions.py`) the parser runs with the rules alone deciding and
keeps what they saw; a logistic regression learns from those features whether
the gold opens a new piece there. Before writing the weights it prints how well
the rules and the model decide, cross-validated by page (no page scores a model
fitted on it) and on the newest fifth of the corpus held out from an older
fit: figures a new page is likelier to meet than those of the fit. `--check`
prints them and writes nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from indexer import heading_model  # noqa: E402
from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402
from tests.quality.heading_decisions import points  # noqa: E402
from tests.quality.learning import fit_points  # noqa: E402
from tests.quality.page_corpus import load  # noqa: E402


def examples(prefix: str) -> tuple[list[dict[str, bool]], list[bool], list[int]]:
    """Features, gold answer and page number of each decision point the rules saw."""
    features, answers, pages = [], [], []
    for gold in load(prefix):
        with heading_model.recording() as seen:
            lines = parse_page(read_page(gold.page).text, gold.page.name).lines
        for start, _end, gold_new, _parsed in points(gold, lines):
            if id(lines[start]) in seen:
                features.append(seen[id(lines[start])])
                answers.append(gold_new)
                pages.append(int(gold.name.split("-")[0]))
    return features, answers, pages


def main(argv: list[str] | None = None) -> int:
    """Fit, print the figures, write the model (unless --check)."""
    return fit_points(heading_model.NAME, "tests/quality/train_heading_model.py", examples, heading_model.RULES_SAY,
                      __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
