"""Build benchmark: our build against the stock pipeline on the same pages.

    python -m bench.index [--sizes 1000,10000] [--stock-up-to 10000]

For each size: full build time, articles/s, peak memory (the build process
and its building processes) and index size, for `python -m indexer build`
limited to one process (the per-core figure) and with one process per core,
and for the stock pipeline (bench.stock: jieba's ChineseAnalyzer, one default
writer), each in its own process, in the same run; then the ratios. Finally
it checks that both builds answer the 30 benchmark queries exactly as an
index of the same articles written by Whoosh's own writer does.
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
        for label, count in (("ours, 1 process", 1), (f"ours, {procs or cpu_count()} processes", procs or cpu_count())):
            target = Path(tmp) / f"ours-{count}"
            args = ["-m", "indexer", "build", "--seeds", str(pages), "--index", str(target), "--procs", str(count)]
            seconds, peak, _ = timed_child(args)
            rows.append({"pipeline": label, "procs": count, "articles": articles, "seconds": seconds,
                         "peak_mb": peak, "size_mb": dir_mb(target)})
        if stock:
            target = Path(tmp) / "stock"
            seconds, peak, _ = timed_child(["-m", "bench.stock", "build", "--seeds", str(pages),
                                            "--index", str(target)])
            rows.append({"pipeline": "stock", "procs": 1, "articles": articles, "seconds": seconds,
                         "peak_mb": peak, "size_mb": dir_mb(target)})
    return rows


def same_results(articles: int) -> tuple[int, int]:
    """(queries answered identically, queries) by a 1-process build, a
    2-process build and an index of the same articles written by Whoosh's
    own writer (the reference for our bulk segment writer)."""
    from whoosh import index as whoosh_index

    from indexer.build import build
    from indexer.corpus import parse_files, read_folder
    from indexer.documents import to_document
    from search.engine import results as engine
    from search.engine.params import parse_args
    from search.index.schema import make_schema
    from search.index.store import INDEX_NAME, open_index, searcher_of

    answers = []
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        for procs in (1, 2):
            root = Path(tmp) / f"p{procs}"
            build(corpus(articles), root, procs=procs)
            ix, _, _ = open_index(root)
            with searcher_of(ix) as searcher:
                answers.append([_answer(searcher, engine.run(searcher, parse_args(q))) for q in QUERIES])
            ix.close()
        reference = Path(tmp) / "whoosh"
        reference.mkdir()
        ix = whoosh_index.create_in(str(reference), make_schema(), indexname=INDEX_NAME)
        folder = read_folder(corpus(articles))
        with ix.writer(limitmb=256, compound=False) as writer:
            for page in parse_files(folder.files, folder.manifest).pages:
                for article in page.result.articles:
                    writer.add_document(**to_document(article, page.sha256))
        ix = whoosh_index.open_dir(str(reference), indexname=INDEX_NAME)
        with searcher_of(ix) as searcher:
            answers.append([_answer(searcher, engine.run(searcher, parse_args(q))) for q in QUERIES])
        ix.close()
    return sum(a == b == c for a, b, c in zip(*answers, strict=True)), len(QUERIES)


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
        row["rate"] = row["articles"] / row["seconds"]
        printed.append([row["pipeline"], row["articles"], row["seconds"], row["rate"], row["peak_mb"],
                        row["size_mb"]])
    for size in sizes:
        of_size = [r for r in rows if r["articles"] == size]
        stock = next((r for r in of_size if r["pipeline"] == "stock"), None)
        if stock:
            ratios[size] = [(r["procs"], r["rate"] / stock["rate"]) for r in of_size if r is not stock]
    print(table(["pipeline", "articles", "seconds", "articles/s", "peak MB", "index MB"], printed))
    same, total = same_results(min(sizes))
    print(f"\n1-process, 2-process and Whoosh-writer indexes at {min(sizes)} articles: "
          f"{same}/{total} queries answered identically")
    ratio_text = "; ".join(f"at {s}: " + ", ".join(f"{r:.2f}x with {p} process{'es' if p > 1 else ''}"
                                                   for p, r in ratios[s]) for s in ratios) or "no stock run"
    print(f"SUMMARY build: ours/stock articles/s {ratio_text} (targets at 10000: >= 2x with 1 process, "
          f">= 4x with all cores); identical answers {same}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
