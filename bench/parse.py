"""Parser time against page size, for ordinary and pathological pages.

    .venv/bin/python -m bench.parse [--sizes 250000,500000,1000000]

Each shape is parsed at each size (characters); the last column is the
time ratio of the largest size to the smallest divided by the size ratio:
about 1 means linear, well above 1 means the parser has a quadratic path.
Pages above indexer.pages.MAX_PAGE_BYTES are refused before parsing.
"""
from __future__ import annotations

import argparse
import time

from indexer.parse import parse_page

UNIT = "近日，襄阳高新区召开人才工作会议，发放人才补贴9000万元。"
SHAPES = {
    "one long line of sentences": lambda n: "# 襄阳高新区：大页\n\n" + UNIT * (n // len(UNIT)) + "\n",
    "one line, no punctuation": lambda n: "# 甲乙高新区：标题\n" + "高新区" * (n // 3),
    "short lines naming zones": lambda n: "\n".join(f"甲乙高新区第{i}行" for i in range(n // 12)),
    "caption lines": lambda n: "# 甲乙高新区：标题\n" + "\n".join(f"△第{i}张图。" for i in range(n // 10)),
    "captions with credits": lambda n: "# 甲乙高新区：标题\n" + "\n".join(f"图{i}说明。\n张三 摄"
                                                                      for i in range(n // 14)),
    "ordinary articles": lambda n: "\n\n".join(f"# 甲乙高新区：第{i}篇\n\n► 张三\n\n{UNIT * 8}"
                                                 for i in range(n // 260)),
}


def main(argv: list[str] | None = None) -> None:
    """Print seconds per shape and size, and the growth ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250000,500000,1000000")
    sizes = [int(s) for s in parser.parse_args(argv).sizes.split(",")]
    print(f"{'shape':30}" + "".join(f"{s // 1000:>9}k" for s in sizes) + "   growth/size")
    for name, make in SHAPES.items():
        seconds = []
        for size in sizes:
            text = make(size)
            start = time.perf_counter()
            parse_page(text, "bench.txt")
            seconds.append(time.perf_counter() - start)
        growth = (seconds[-1] / max(seconds[0], 1e-9)) / (sizes[-1] / sizes[0])
        print(f"{name:30}" + "".join(f"{s:>9.2f}s" for s in seconds) + f"   {growth:>10.2f}")


if __name__ == "__main__":
    main()
