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

import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from indexer import heading_model  # noqa: E402
from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402
from tests.quality.heading_decisions import points  # noqa: E402
from tests.quality.page_corpus import load  # noqa: E402

C = 1.0  # the regression's inverse regularisation: scikit-learn's default, no tuning on the corpus
FOLDS = 5
HELD_OUT = 0.2  # the newest fifth of the pages, by number


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
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    features, answers, pages = examples(args.prefix)
    vectors = DictVectorizer(sparse=False)
    x = vectors.fit_transform(features)

    def fit(rows: list[int]) -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=5000).fit(x[rows], [answers[k] for k in rows])

    def share(said: list[bool], rows: list[int]) -> float:
        return sum(said[n] == answers[k] for n, k in enumerate(rows)) / len(rows)

    everything = list(range(len(answers)))
    rules = [f[heading_model.RULES_SAY] for f in features]
    crossed = cross_val_predict(LogisticRegression(C=C, max_iter=5000), x, answers, groups=pages,
                                cv=GroupKFold(n_splits=FOLDS))
    cut = sorted(set(pages))[int(len(set(pages)) * (1 - HELD_OUT))]
    older = [k for k in everything if pages[k] < cut]
    newer = [k for k in everything if pages[k] >= cut]
    held = fit(older).predict(x[newer])
    figures = {
        "points": len(answers), "pages": len(set(pages)),
        "rules": round(share(rules, everything), 4),
        "cross_validated": round(share(list(crossed), everything), 4),
        "held_out_pages": f"{cut}-{max(pages)}",
        "held_out_rules": round(share([rules[k] for k in newer], newer), 4),
        "held_out_model": round(share(list(held), newer), 4),
    }
    print(json.dumps(figures, ensure_ascii=False))
    if args.check:
        return 0
    final = fit(everything)
    weights = {name: round(float(w), 4) for name, w in zip(vectors.get_feature_names_out(), final.coef_[0], strict=True)
               if round(float(w), 4)}
    heading_model.MODEL.write_text(json.dumps({
        "fitted": datetime.date.today().isoformat(), "by": "tests/quality/train_heading_model.py",
        "regularisation": C, "figures": figures,
        "support": dict(sorted(Counter(name for f in features for name, on in f.items() if on).items())),
        "bias": round(float(final.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {heading_model.MODEL.relative_to(ROOT)}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
