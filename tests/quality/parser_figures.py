"""Parser figures on the hand-made outlet pages and the seeds, for before/after notes.

    .venv/bin/python tests/quality/parser_figures.py

Prints, over every article the tables in tests/test_outlets.py and
tests/test_parse.py expect: how many were found with the right title, zone
and kind; how many bylined ones got exactly the right authors; articles with
a credit, byline or marker in their text; pages that gave no article; and
characters in no article. Reads the parser only through `parse_page`, so it
also runs against an older checkout (PYTHONPATH=that-checkout).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402
from tests.test_outlets import EXPECTED, LEAK, OUTLETS  # noqa: E402
from tests.test_parse import SEED_ARTICLES  # noqa: E402


def _kind(article) -> str:
    return getattr(article.kind, "value", article.kind)


def figures(tables: dict[str, list], folder: Path) -> dict[str, int]:
    """The counts over one folder's pages."""
    out = dict(expected=0, found=0, bylined=0, authors=0, articles=0, leaks=0, empty_pages=0, left_out=0)
    for name, expected in tables.items():
        page = read_page(folder / name)
        result = parse_page(page.text, name)
        articles = result.articles
        out["articles"] += len(articles)
        out["empty_pages"] += not articles
        out["left_out"] += sum(len(item.text) for item in getattr(result, "left_out", [])) or sum(
            int(n.split(": ")[1].split()[0]) for n in result.notes if "belong to no article" in n)
        out["leaks"] += sum(1 for a in articles if any(LEAK.search(p) for p in a.text.split("\n")))
        for title, zone, kind, authors in expected:
            out["expected"] += 1
            match = next((a for a in articles if a.title == title or a.title[:10] == title[:10]), None)
            out["found"] += bool(match and match.zone == zone and _kind(match) == kind)
            if authors:
                out["bylined"] += 1
                out["authors"] += bool(match and match.authors == authors)
    return out


def main() -> None:
    """Print the figures for the outlet pages and the seeds."""
    for label, tables, folder in (("outlet pages", EXPECTED, OUTLETS), ("seed pages", SEED_ARTICLES, ROOT / "seeds")):
        f = figures(tables, folder)
        print(f"{label}: {f['found']}/{f['expected']} articles with the right title, zone and kind; "
              f"authors right for {f['authors']}/{f['bylined']} bylined; {f['leaks']} of {f['articles']} "
              f"articles with a credit, byline or marker in the text; {f['empty_pages']} pages with no article; "
              f"{f['left_out']} characters in no article")


if __name__ == "__main__":
    main()
