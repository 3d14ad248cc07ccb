"""The page corpus laid out again in other markups: does the parser find the
same articles when a page loses its heading marks, its blank lines, or has its
paragraphs broken at a column's width?

    .venv/bin/python tests/quality/markup_variants.py [--misses VARIANT] [FIRST-LAST]

Each corpus page is printed in one markup; real pages from another outlet come
in any. The gold answer does not depend on the markup (snippets and titles are
compared without white space), so every page, rewritten, is a page the rules
were not written on. Prints found+zone+kind per variant beside the page as
written, and how many articles each variant loses or wins.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older checkout can be measured

from tests.quality import page_corpus as corpus  # noqa: E402

WIDTH = 18  # characters a column line holds (a narrow newspaper column)
PARAGRAPH = 30  # a line at least this long is a paragraph, not a heading
MARK = re.compile(r"^\s*#{1,6}\s*|^\s*\*\*(?=.*\*\*\s*$)|\*\*\s*$")


def unmarked(text: str) -> str:
    """The page without heading marks (`## 标题`, `**标题**`)."""
    return "\n".join(MARK.sub("", line) for line in text.split("\n"))


def no_blank(text: str) -> str:
    """The page without marks and without blank lines: paragraphs only by line."""
    return "\n".join(line for line in unmarked(text).split("\n") if line.strip())


CLOSING = set("，。、；：？！”’）》」』…—·")


def column_lines(paragraph: str) -> list[str]:
    """A paragraph set in a column WIDTH characters wide: a closing mark never
    opens a line (typesetters' 避头 rule), it stays at the end of the line before."""
    lines, start = [], 0
    while start < len(paragraph):
        end = start + WIDTH
        while end < len(paragraph) and paragraph[end] in CLOSING:
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines


def column_broken(text: str) -> str:
    """The page without marks, every paragraph (a long line with a full stop)
    broken at a column's width as OCR prints a column, its indent kept on its
    first line; blank lines kept."""
    out = []
    for line in unmarked(text).split("\n"):
        body = line.strip()
        if len(body) < PARAGRAPH or "。" not in body:  # a headline or a caption runs across columns
            out.append(line)
            continue
        broken = column_lines(body)
        indent = line[:len(line) - len(line.lstrip())]  # a paragraph's indent stays on its first line
        out.extend([indent + broken[0], *broken[1:]])
    return "\n".join(out)


def indented(text: str) -> str:
    """The page without marks or blank lines, each paragraph (a line with a
    full stop, or a very long one) opening on two ideographic spaces (a printed
    indent). On a page broken at the column's width only a paragraph's first
    line is indented: the rest of a sentence never is."""
    out, before = [], ""
    for line in no_blank(text).split("\n"):
        first = not before.strip() or before.rstrip().endswith(tuple("。！？”"))
        out.append("\u3000\u3000" + line.strip() if _paragraph(line.strip()) and first else line)
        before = line
    return "\n".join(out)


def _paragraph(line: str) -> bool:
    """A line that is a paragraph: it holds a full stop, or is too long for a headline."""
    return "。" in line or line.endswith(".") or len(line) >= 2 * PARAGRAPH


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "unmarked": unmarked,
    "no blank lines": no_blank,
    "column-broken": column_broken,
    "indented": indented,
}


def score(prefix: str, variant: str, folder: Path) -> corpus.Figures:
    """Score every page of the corpus (or `prefix`) rewritten in `variant`."""
    figures = corpus.Figures()
    for gold in corpus.load(prefix):
        page = folder / gold.page.name
        page.write_text(VARIANTS[variant](gold.page.read_text("utf-8")), "utf-8")
        corpus.score_page(corpus.Gold(gold.name, page, gold.data), figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print found+zone+kind for each variant (and with --misses a variant's misses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--misses", choices=list(VARIANTS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for variant in VARIANTS:
            if args.misses and variant not in (args.misses, "as written"):
                continue
            figures = score(args.prefix, variant, Path(folder))
            if variant == args.misses:
                print("\n".join(m for m in figures.misses if "not found" in m or "zone" in m))
            print(f"{variant:15s} found+zone+kind {figures.share(figures.zone_kind):.1%} "
                  f"(found {figures.share(figures.found):.1%}), authors {figures.share(figures.authors):.1%}, "
                  f"dates {figures.share(figures.dates):.1%}; {figures.leaks} leaks, "
                  f"{figures.furniture} furniture")
    return 0


if __name__ == "__main__":
    sys.exit(main())
