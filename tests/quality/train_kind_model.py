"""Fit the kind model (`indexer/kind_model.py`) on the real-page corpus.

    pip install '.[train]'   # scikit-learn, for fitting only
    .venv/bin/python tests/quality/train_kind_model.py [--check] [FIRST-LAST]

For every gold article the parser finds (`page_corpus.match`: its text, its headline) whose gold kind
is a report or a feature and that the rules left a report or a feature, the parser runs with the rules
alone deciding and keeps what the model would weigh; a logistic regression learns from those features
whether the gold calls it a feature. The figures are per article, for the rules and the model,
cross-validated by page and on the newest fifth of the corpus held out from an older fit. `--check`
prints them and writes nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from indexer import kind_model  # noqa: E402
from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402
from tests.quality.learning import fit_points  # noqa: E402
from tests.quality.page_corpus import load, match  # noqa: E402

WEIGHED = ("brief", "feature")  # the gold kinds the model tells apart


def examples(prefix: str) -> tuple[list[dict[str, bool]], list[bool], list[int]]:
    """Features, gold answer (a feature) and page number of each found article the model would weigh."""
    features, answers, pages = [], [], []
    for gold in load(prefix):
        with kind_model.recording() as seen:
            parsed = parse_page(read_page(gold.page).text, gold.page.name).articles
        for k, item in enumerate(gold.articles):
            article = match(item, parsed, [o for j, o in enumerate(gold.articles) if j != k])
            if article is None or item["kind"] not in WEIGHED or id(article) not in seen:
                continue
            features.append(seen[id(article)])
            answers.append(item["kind"] == "feature")
            pages.append(int(gold.name.split("-")[0]))
    return features, answers, pages


def main(argv: list[str] | None = None) -> int:
    """Fit, print the figures, write the model (unless --check)."""
    return fit_points(kind_model.NAME, "tests/quality/train_kind_model.py", examples, kind_model.RULES_SAY,
                      __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
