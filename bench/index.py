"""Build benchmark: our build against the stock pipeline on the same pages.

    python -m bench.index [--sizes 1000,10000] [--stock-up-to 10000]

For each size: full build time, articles/s, peak memory (the build process
and its indexing workers) and index size, for `python -m indexer build` (one
indexing process per core for big builds) and for the stock pipeline
(bench.stock: jieba's ChineseAnalyzer, one default writer), each in its own
process, in the same run; then the ratio. Finally it checks that a parallel
build answers the 30 benchmark queries exactly as a one-process build does.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import WORK, cpu_count, dir_mb, table, timed_child
from bench.corpus import corpus
from bench.queries import QUERIES


def measure(articles: int, stock: bool, procs: int | None) -> list[dict]:
    """Build the corpus of that size with each pipeline; one row each."""
    pages = corpus(articles)
    rows = []
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        target = Path(tmp) / "ours"
        args = ["-m", "indexer", "build", "--seeds", str(pages), "--index", str(target)]
        seconds, peak, _ = timed_child(args + (["--procs", str(procs)] if procs else []))
        rows.append({"pipeline": "ours", "articles": articles, "seconds": seconds, "peak_mb": peak,
                     "size_mb": dir_mb(target)})
        if stock:
            target = Path(tmp) / "stock"
            seconds, peak, _ = timed_child(["-m", "bench.stock", "build", "--seeds", str(pages),
                                            "--index", str(target)])
            rows.append({"pipeline": "stock", "articles": articles, "seconds": seconds, "peak_mb": peak,
                         "size_mb": dir_mb(target)})
    return rows


def same_results(articles: int) -> tuple[int, int]:
    """(queries answered identically, queries) by a 2-process and a 1-process build."""
    from indexer.build import build
    from search.engine import results as engine
    from search.engine.params import parse_args
    from search.index.store import open_index, searcher_of

    answers = []
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        for procs in (1, 2):
            root = Path(tmp) / f"p{procs}"
            build(corpus(articles), root, procs=procs)
            ix, _, _ = open_index(root)
            with searcher_of(ix) as searcher:
                answers.append([_answer(searcher, engine.run(searcher, parse_args(q))) for q in QUERIES])
            ix.close()
    return sum(a == b for a, b in zip(*answers)), len(QUERIES)


def _answer(searcher, page) -> tuple:
    return page.total, [searcher.stored_fields(d)["id"] for d in page.shown], page.facets_json()


def main(argv: list[str] | None = None) -> int:
    """Run the build benchmark and print a table and a summary line."""
    parser = argparse.ArgumentParser(prog="python -m bench.index", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes in articles (comma-separated)")
    parser.add_argument("--stock-up-to", type=int, default=10000,
                        help="run the (slow) stock build only up to this size")
    parser.add_argument("--procs", type=int, help="indexing processes for our build (default: automatic)")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for size in sizes:
        rows += measure(size, size <= args.stock_up_to, args.procs)
        shutil.rmtree(WORK / "tmp", ignore_errors=True)
    print(f"build benchmark, {cpu_count()} cores\n")
    printed, ratios = [], {}
    for row in rows:
        rate = row["articles"] / row["seconds"]
        row["rate"] = rate
        printed.append([row["pipeline"], row["articles"], row["seconds"], rate, row["peak_mb"], row["size_mb"]])
    for size in sizes:
        pair = {r["pipeline"]: r for r in rows if r["articles"] == size}
        if "stock" in pair:
            ratios[size] = pair["ours"]["rate"] / pair["stock"]["rate"]
    print(table(["pipeline", "articles", "seconds", "articles/s", "peak MB", "index MB"], printed))
    same, total = same_results(min(sizes))
    print(f"\nparallel vs one-process build at {min(sizes)} articles: {same}/{total} queries answered identically")
    ratio_text = ", ".join(f"{ratios[s]:.2f}x at {s}" for s in ratios) or "no stock run"
    print(f"SUMMARY build: ours/stock articles/s {ratio_text} (target >= 4x at 10000); "
          f"identical answers {same}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
