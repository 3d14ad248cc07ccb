"""How often the parser decides right at a heading after text: does it open
the next piece, or is it a sub-heading of the one open? The largest class of
errors on the real-page corpus (a piece split in two, or two merged), measured
apart from the article figures.

    .venv/bin/python tests/quality/heading_decisions.py [--wrong] [PAGE-PREFIX | FIRST-LAST]

A decision point is the first line of a heading cluster the parser made a
headline, kicker or sub-heading, with gold text on both sides: the gold says
"new piece" when the nearest paragraphs before and after it hold snippets of
different gold articles. Prints the points, the parser's accuracy and its two
kinds of error; `--wrong` lists each wrong decision. Reads the parser only
through `parse_page`, so an older checkout can be measured too.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older checkout can be measured

from indexer.model import LineKind, Role  # noqa: E402
from tests.quality.page_corpus import Gold, load, parsed, squeeze  # noqa: E402

MIN_SNIPPET = 6  # characters of a gold snippet that can place a paragraph


@dataclass
class Decisions:
    """Counts of heading decisions, by what the gold and the parser say."""
    points: int = 0
    right: int = 0
    split: int = 0   # a sub-heading taken for the next headline
    merged: int = 0  # a headline taken for a sub-heading
    wrong: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line of figures."""
        share = self.right / self.points if self.points else 0.0
        return (f"heading decisions: {self.points} points, {share:.1%} right; "
                f"{self.split} sub-headings taken for headlines, {self.merged} headlines taken for sub-headings")


def _owners(gold: Gold, lines: list) -> list[int | None]:
    """For each typed line: the gold article whose snippet its paragraph holds, if exactly one."""
    snippets = [(k, squeeze(s)) for k, a in enumerate(gold.articles) for s in a["text"]
                if len(squeeze(s)) >= MIN_SNIPPET]
    owners: list[int | None] = []
    for line in lines:
        text = squeeze(line.text) if line.kind == LineKind.PARAGRAPH else ""
        held = {k for k, s in snippets if text and (s in text or (len(text) >= 2 * MIN_SNIPPET and text in s))}
        owners.append(held.pop() if len(held) == 1 else None)
    return owners


def points(gold: Gold, lines: list) -> Iterator[tuple[int, int, bool, bool]]:
    """The decision points of a parsed page: for each, the heading cluster's span
    (`start`, `end`), whether the gold opens a new piece there and whether the parser did."""
    owners = _owners(gold, lines)
    for i, line in enumerate(lines):
        if line.kind != LineKind.HEADING or line.role not in (Role.HEADLINE, Role.KICKER, Role.SUBHEAD) or (
                i > 0 and lines[i - 1].kind == LineKind.HEADING):
            continue
        end = i
        while end < len(lines) and lines[end].kind == LineKind.HEADING:
            end += 1
        before = next((owners[k] for k in range(i - 1, -1, -1) if owners[k] is not None), None)
        after = next((owners[k] for k in range(end, len(lines)) if owners[k] is not None), None)
        if before is None or after is None:
            continue
        yield i, end, before != after, any(t.role in (Role.HEADLINE, Role.KICKER) for t in lines[i:end])


def score_page(gold: Gold, decisions: Decisions) -> None:
    """Count one page's decision points into `decisions`."""
    lines = parsed(gold.page).lines
    for i, end, gold_new, parsed_new in points(gold, lines):
        decisions.points += 1
        if gold_new == parsed_new:
            decisions.right += 1
            continue
        if parsed_new:
            decisions.split += 1
        else:
            decisions.merged += 1
        heading = " / ".join(t.text for t in lines[i:end])
        decisions.wrong.append(f"{gold.name}: {'split' if parsed_new else 'merged'} at “{heading}”")


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and with --wrong every wrong decision)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--wrong", action="store_true")
    args = parser.parse_args(argv)
    decisions = Decisions()
    for gold in load(args.prefix):
        score_page(gold, decisions)
    if args.wrong:
        print("\n".join(decisions.wrong))
    print(decisions.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
