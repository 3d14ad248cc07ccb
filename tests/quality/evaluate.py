"""Search quality over the judged queries (judged.tsv): recall@10 and MRR.

    .venv/bin/python tests/quality/evaluate.py [--baseline] [--outlets]

Builds a seed index in a temporary folder, runs every judged query through the
real JSON API (/api/search) and prints a table by query class and one summary
line. `--baseline` also runs the stock reading the project started with
(Whoosh's MultifieldParser over the word fields: no bigram fallback, no
synonyms, no adjacency bonus), for before/after figures.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

JUDGED = Path(__file__).with_name("judged.tsv")
ROOT = Path(__file__).resolve().parents[2]
TOP = 10


@dataclass
class Judged:
    """One judged query: its class, URL parameters, and title starts of the
    articles that must be in the top 10 and of those that must not appear."""
    kind: str
    params: list[tuple[str, str]]
    relevant: list[str]
    banned: list[str]

    @property
    def label(self) -> str:
        return "&".join(f"{k}={v}" for k, v in self.params)


def load(path: Path = JUDGED) -> list[Judged]:
    """Read judged.tsv."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        def split(col: str) -> list[str]:
            return [t.strip() for t in col.split(" | ") if t.strip()]
        out.append(Judged(cols[0], parse_qsl(cols[1], keep_blank_values=True), split(cols[2]),
                          split(cols[3]) if len(cols) > 3 else []))
    return out


@dataclass
class Outcome:
    """How one query did."""
    recall: float
    reciprocal_rank: float
    missing: list[str]
    banned_found: list[str]


def judge(item: Judged, titles: list[str]) -> Outcome:
    """Score a ranked list of titles (the top 10 first) against a judgement."""
    top = titles[:TOP]
    ranks = [next((i for i, t in enumerate(top) if t.startswith(r)), None) for r in item.relevant]
    found = [r for r in ranks if r is not None]
    missing = [rel for rel, r in zip(item.relevant, ranks, strict=True) if r is None]
    banned = [b for b in item.banned if any(t.startswith(b) for t in titles)]
    return Outcome(len(found) / len(item.relevant), 1 / (min(found) + 1) if found else 0.0, missing, banned)


def api_titles(client, item: Judged) -> list[str]:
    """Titles of the API's answer, tags stripped."""
    from markupsafe import Markup
    response = client.get("/api/search", query_string=item.params + [("per_page", "50")])
    if response.status_code != 200:
        raise AssertionError(f"{item.label}: HTTP {response.status_code} {response.get_data(as_text=True)}")
    return [Markup(h["title"]).striptags() for h in response.json["hits"]]


def baseline_titles(searcher, item: Judged) -> list[str]:
    """Titles from the stock reading: MultifieldParser, words ANDed."""
    from whoosh.qparser import MultifieldParser

    from search.index.schema import TEXT_FIELDS
    params = dict(item.params)
    text = params.get("q", "")
    for name in ("zone", "kind"):
        if name in params:
            text += f" {name}:{params[name]}"
    parser = MultifieldParser(list(TEXT_FIELDS) + ["zone", "kind"], searcher.schema)
    return [hit["title"] for hit in searcher.search(parser.parse(text), limit=50)]


def report(name: str, judged: list[Judged], outcomes: list[Outcome]) -> tuple[float, float]:
    """Print a table by class; return (recall@10, MRR) over all queries."""
    by_class: dict[str, list[Outcome]] = defaultdict(list)
    for item, outcome in zip(judged, outcomes, strict=True):
        by_class[item.kind].append(outcome)
    print(f"\n{name}\n{'class':<12}{'queries':>8}{'recall@10':>11}{'MRR':>8}")
    for kind, items in by_class.items():
        print(f"{kind:<12}{len(items):>8}{sum(o.recall for o in items) / len(items):>11.3f}"
              f"{sum(o.reciprocal_rank for o in items) / len(items):>8.3f}")
    recall = sum(o.recall for o in outcomes) / len(outcomes)
    mrr = sum(o.reciprocal_rank for o in outcomes) / len(outcomes)
    for item, outcome in zip(judged, outcomes, strict=True):
        if outcome.missing or outcome.banned_found:
            print(f"  {item.label}: missing {outcome.missing} wrongly found {outcome.banned_found}")
    return recall, mrr


def main(argv: list[str] | None = None) -> int:
    """Build a seed index, run the judged queries, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="also run the stock MultifieldParser reading")
    parser.add_argument("--outlets", action="store_true",
                        help="judged_outlets.tsv over the seed pages plus tests/data/outlets")
    args = parser.parse_args(argv)
    import shutil

    from indexer.build import build
    from search.web.app import create_app
    judged = load(JUDGED.with_name("judged_outlets.tsv") if args.outlets else JUDGED)
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as pages:
        for folder in [ROOT / "seeds"] + ([ROOT / "tests" / "data" / "outlets"] if args.outlets else []):
            for page in folder.glob("*.txt"):
                shutil.copy(page, Path(pages) / page.name)
        build(Path(pages), Path(tmp))
        app = create_app({"INDEX": tmp, "TESTING": True})
        client = app.test_client()
        outcomes = [judge(item, api_titles(client, item)) for item in judged]
        recall, mrr = report("gaoxin-search (/api/search)", judged, outcomes)
        line = f"quality: {len(judged)} judged queries, recall@10 {recall:.3f}, MRR {mrr:.3f}"
        if args.baseline:
            searcher = app.extensions["library"].searcher()
            base = [judge(item, baseline_titles(searcher, item)) for item in judged]
            b_recall, b_mrr = report("baseline (MultifieldParser, no fallback or synonyms)", judged, base)
            line += f" (baseline recall@10 {b_recall:.3f}, MRR {b_mrr:.3f})"
        app.extensions["library"].close()
    print("\n" + line)
    return 0 if recall == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
