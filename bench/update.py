"""Update benchmark: what an update costs next to a full build.

    python -m bench.update [--sizes 1000,10000]

For each size: a full build of the generated corpus, then three updates of a
copy of it, each in its own process: one page added (nothing deleted: no
merge), one page changed (its articles deleted and added again: the index is
merged into one segment, so that answers equal a fresh build's), and one
page removed. Prints seconds and the ratio to the full build.

Then query time: 10% of the pages changed and updated, against a fresh
build of the same pages: the benchmark queries (bench.queries, cold, as
bench.query's `ours`) on each, the mean per query and the ratio, and
whether each index is read directly or through Whoosh's matchers (the
reader's self-check, search.index.whoosh_read.trusted).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import WORK, dir_mb, summary_ms, table, timed_child
from bench.corpus import corpus


def measure(articles: int) -> list[dict]:
    """Build, then add, change and remove one page; one row each."""
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        pages, index = Path(tmp) / "pages", Path(tmp) / "index"
        shutil.copytree(corpus(articles), pages)
        files = sorted(p for p in pages.iterdir() if p.suffix == ".txt")
        build = ["-m", "indexer", "build", "--seeds", str(pages), "--index", str(index)]
        update = ["-m", "indexer", "update", "--seeds", str(pages), "--index", str(index)]
        rows = []

        def step(name: str, args: list[str]) -> None:
            seconds, peak, _ = timed_child(args)
            rows.append({"articles": articles, "step": name, "seconds": seconds, "peak_mb": peak,
                         "size_mb": dir_mb(index)})

        extra = files[0].read_text("utf-8")
        step("full build", build)
        (pages / "zz-added.txt").write_text(extra, "utf-8")
        step("update: 1 page added", update)
        files[1].write_text(files[1].read_text("utf-8") + "\n本版另讯：某高新区发布人才补贴新政。\n", "utf-8")
        step("update: 1 page changed", update)
        files[2].unlink()
        step("update: 1 page removed", update)
        full = rows[0]["seconds"]
        for row in rows:
            row["x_build"] = row["seconds"] / full
        return rows


CHANGED_SHARE = 0.1


def query_times(articles: int, rounds: int) -> list[dict]:
    """Query time of an index updated with CHANGED_SHARE of its pages changed,
    and of a fresh build of the same pages; one row each."""
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        pages, updated, fresh = Path(tmp) / "pages", Path(tmp) / "updated", Path(tmp) / "fresh"
        shutil.copytree(corpus(articles), pages)
        timed_child(["-m", "indexer", "build", "--seeds", str(pages), "--index", str(updated)])
        files = sorted(p for p in pages.iterdir() if p.suffix == ".txt")
        for path in files[:: round(1 / CHANGED_SHARE)]:
            path.write_text(path.read_text("utf-8") + "\n本版另讯：某高新区发布人才补贴新政。\n", "utf-8")
        timed_child(["-m", "indexer", "update", "--seeds", str(pages), "--index", str(updated)])
        timed_child(["-m", "indexer", "build", "--seeds", str(pages), "--index", str(fresh)])
        rows = [_timed_queries(articles, "fresh build", fresh, rounds),
                _timed_queries(articles, f"updated ({CHANGED_SHARE:.0%} changed)", updated, rounds)]
    for row in rows:
        row["x_fresh"] = row["mean_ms"] / rows[0]["mean_ms"]
    return rows


def _timed_queries(articles: int, name: str, root: Path, rounds: int) -> dict:
    from bench.query import Ours, measure
    from search.index import whoosh_read, state

    engine = Ours(root)
    try:
        reader = engine.searcher.reader()
        read = "directly" if whoosh_read.trusted(reader) else f"via Whoosh ({state.of(reader).codec_problem})"
        times, _ = measure(engine, rounds)
        return {"articles": articles, "index": name, "segments": len(reader.leaf_readers()),
                "postings read": read, **{f"{k}_ms": v for k, v in summary_ms(times).items()}}
    finally:
        engine.close()


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.update", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--query-sizes", default="3000", help="sizes of the query-time comparison ('' for none)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the benchmark queries")
    parser.add_argument("--only-queries", action="store_true", help="skip the update timings")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    if not args.only_queries:
        rows = [row for size in args.sizes.split(",") for row in measure(int(size))]
        columns = ["articles", "step", "seconds", "x_build", "peak_mb", "size_mb"]
        print(table(columns, [[row[c] for c in columns] for row in rows]))
    rows = [row for size in filter(None, args.query_sizes.split(",")) for row in query_times(int(size), args.rounds)]
    if rows:
        columns = ["articles", "index", "segments", "postings read", "p50_ms", "mean_ms", "x_fresh"]
        print(table(columns, [[row[c] for c in columns] for row in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
