"""Fit the zone model (`indexer/zone_model.py`) on the real-page corpus.

    pip install '.[train]'   # scikit-learn, for fitting only
    .venv/bin/python tests/quality/train_zone_model.py [--check] [FIRST-LAST]

For every gold article the parser finds (its text snippets in one parsed
article) and that names a zone the gazetteer knows, the parser runs with the
rules alone deciding and keeps what the model would weigh of each zone named;
a logistic regression learns from those features whether the gold's zone is
that one. The figures are per article (the zone chosen of those named, or
none, against the gold), for the rules and the model, cross-validated by page
and on the newest fifth of the corpus held out from an older fit. `--check`
prints them and writes nothing.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from indexer import zone_model  # noqa: E402
from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402
from tests.quality.learning import Fit  # noqa: E402
from tests.quality.page_corpus import load, squeeze  # noqa: E402


def examples(prefix: str) -> tuple[list[dict[str, bool]], list[bool], list[int], list[tuple[str, int]], list[str]]:
    """For each zone a found article names: the features, whether it is the gold's zone, the page
    number, the article (page and gold index) and the zone. An article whose gold zone it does not
    name is left out: no weighing of its names can be right."""
    features, answers, pages, articles, zones = [], [], [], [], []
    for gold in load(prefix):
        with zone_model.recording() as seen:
            parsed = parse_page(read_page(gold.page).text, gold.page.name).articles
        for k, item in enumerate(gold.articles):
            snippets = [squeeze(s) for s in item["text"]]
            holder = next((a for a in parsed if all(s in squeeze(a.text) for s in snippets)), None)
            weighed = [zone for key, zone in seen if holder is not None and key == id(holder)]
            if not weighed or (item["zone"] is not None and item["zone"] not in weighed):
                continue
            for zone in weighed:
                features.append(seen[(id(holder), zone)])
                answers.append(item["zone"] == zone)
                pages.append(int(gold.name.split("-")[0]))
                articles.append((gold.name, k))
                zones.append(zone)
    return features, answers, pages, articles, zones


def main(argv: list[str] | None = None) -> int:
    """Fit, print the figures, write the model (unless --check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    features, answers, pages, articles, zones = examples(args.prefix)
    fit = Fit(features, answers, pages)

    def by_article(rows: Sequence[int]) -> dict[tuple[str, int], list[int]]:
        grouped: dict[tuple[str, int], list[int]] = defaultdict(list)
        for k in rows:
            grouped[articles[k]].append(k)
        return grouped

    def gold(candidates: list[int]) -> str | None:
        return next((zones[k] for k in candidates if answers[k]), None)

    def model(rows: Sequence[int], odds: Sequence[float]) -> tuple[int, int]:
        said = dict(zip(rows, odds, strict=True))
        right = 0
        for candidates in (grouped := by_article(rows)).values():
            best = max(candidates, key=lambda k: said[k])
            right += (zones[best] if said[best] > 0.5 else None) == gold(candidates)
        return right, len(grouped)

    def rules(rows: Sequence[int], _odds: Sequence[float]) -> tuple[int, int]:
        grouped = by_article(rows)
        right = sum(next((zones[k] for k in candidates if features[k].get(zone_model.RULES_SAY)), None)
                    == gold(candidates) for candidates in grouped.values())
        return right, len(grouped)

    fit.report(zone_model.NAME, "tests/quality/train_zone_model.py", fit.figures(model, rules), args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
