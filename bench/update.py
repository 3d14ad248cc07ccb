"""Update benchmark: what an update costs next to a full build.

    python -m bench.update [--sizes 1000,10000]

For each size: a full build of the generated corpus, then three updates of a
copy of it, each in its own process: one page added (nothing deleted: no
merge), one page changed (its articles deleted and added again: the index is
merged into one segment, so that answers equal a fresh build's), and one
page removed. Prints seconds and the ratio to the full build.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import WORK, dir_mb, table, timed_child
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


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.update", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    rows = [row for size in args.sizes.split(",") for row in measure(int(size))]
    columns = ["articles", "step", "seconds", "x_build", "peak_mb", "size_mb"]
    print(table(columns, [[row[c] for c in columns] for row in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
