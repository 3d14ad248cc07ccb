"""What the trainers of the parser's learned models share (`indexer.learned`):
a logistic regression fitted on decision points of the real-page corpus, its
figures on pages held out of the fit, and the weights written as data.

    pip install '.[train]'   # scikit-learn, for fitting only
"""
from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from collections.abc import Callable, Sequence

from indexer import learned

C = 1.0  # the regression's inverse regularisation: scikit-learn's default, no tuning on the corpus
FOLDS = 5
HELD_OUT = 0.2  # the newest fifth of the pages, by number

# a score of the decisions: for the rows given, with the model's probability of each, how many are right
Judge = Callable[[Sequence[int], Sequence[float]], tuple[int, int]]


class Fit:
    """The decision points of one model: their features, the gold answer, the page of each."""

    def __init__(self, features: list[dict[str, bool]], answers: list[bool], pages: list[int]):
        from sklearn.feature_extraction import DictVectorizer
        self.features, self.answers, self.pages = features, answers, pages
        self.vectors = DictVectorizer(sparse=False)
        self.x = self.vectors.fit_transform(features)

    def regression(self, rows: Sequence[int]):
        """A logistic regression fitted on `rows`."""
        from sklearn.linear_model import LogisticRegression
        return LogisticRegression(C=C, max_iter=5000).fit(self.x[list(rows)], [self.answers[k] for k in rows])

    def crossed(self) -> list[float]:
        """Each point's probability from a model fitted without its page (folds by page)."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold, cross_val_predict
        return list(cross_val_predict(LogisticRegression(C=C, max_iter=5000), self.x, self.answers,
                                      groups=self.pages, cv=GroupKFold(n_splits=FOLDS), method="predict_proba")[:, 1])

    def held_out(self) -> tuple[str, list[int], list[float]]:
        """The newest fifth of the pages: their span, their points, each point's probability from a
        model fitted on the older pages alone (figures a new page is likelier to meet)."""
        ordered = sorted(set(self.pages))
        cut = ordered[int(len(ordered) * (1 - HELD_OUT))]
        older = [k for k, page in enumerate(self.pages) if page < cut]
        newer = [k for k, page in enumerate(self.pages) if page >= cut]
        model = self.regression(older)
        return f"{cut}-{max(self.pages)}", newer, list(model.predict_proba(self.x[newer])[:, 1])

    def figures(self, judge: Judge, rules: Judge) -> dict:
        """The rules' and the model's share right, over all points (cross-validated) and held out."""
        everything = list(range(len(self.answers)))
        span, newer, held = self.held_out()

        def share(right: tuple[int, int]) -> float:
            return round(right[0] / right[1], 4) if right[1] else 0.0

        return {"points": len(self.answers), "pages": len(set(self.pages)),
                "rules": share(rules(everything, [])), "cross_validated": share(judge(everything, self.crossed())),
                "held_out_pages": span, "held_out_rules": share(rules(newer, [])),
                "held_out_model": share(judge(newer, held))}

    def write(self, name: str, by: str, figures: dict) -> int:
        """Fit on every point and write the weights where `indexer.learned` reads them."""
        final = self.regression(range(len(self.answers)))
        weights = {feature: round(float(w), 4) for feature, w in
                   zip(self.vectors.get_feature_names_out(), final.coef_[0], strict=True) if round(float(w), 4)}
        learned.path(name).write_text(json.dumps({
            "fitted": datetime.date.today().isoformat(), "by": by, "regularisation": C, "figures": figures,
            "support": dict(sorted(Counter(f for row in self.features for f, on in row.items() if on).items())),
            "bias": round(float(final.intercept_[0]), 4),
            "weights": dict(sorted(weights.items())),
        }, ensure_ascii=False, indent=1) + "\n", "utf-8")
        return len(weights)


    def report(self, name: str, by: str, figures: dict, check: bool) -> None:
        """Print the figures and, unless `check`, write the model fitted on every point."""
        print(json.dumps(figures, ensure_ascii=False))
        if not check:
            count = self.write(name, by, figures)
            print(f"wrote {learned.path(name).name}: {count} weights")


def fit_points(name: str, by: str, examples: Callable[[str], tuple[list[dict[str, bool]], list[bool], list[int]]],
               rules_say: str, doc: str, argv: list[str] | None = None) -> int:
    """The command line of a trainer whose points are yes-or-no decisions (a heading opens a piece, a
    piece is a feature): fit on the points `examples(prefix)` gives, score the model (even odds) against
    the rules' answer (the feature `rules_say`), print the figures and write the model unless --check."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    fit = Fit(*examples(args.prefix))

    def model(rows: Sequence[int], odds: Sequence[float]) -> tuple[int, int]:
        return sum((p > 0.5) == fit.answers[k] for k, p in zip(rows, odds, strict=True)), len(rows)

    def rules(rows: Sequence[int], _odds: Sequence[float]) -> tuple[int, int]:
        return sum(fit.features[k].get(rules_say, False) == fit.answers[k] for k in rows), len(rows)

    fit.report(name, by, fit.figures(model, rules), args.check)
    return 0
