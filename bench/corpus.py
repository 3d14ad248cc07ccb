"""A deterministic synthetic archive in the seed page format, for benchmarks.

    python -m bench.corpus --articles 10000 [--out var/bench/corpus-10000] [--seed 1]

Each page file starts with a `日期: YYYY-MM-DD` header (dates spread over ten
years) and holds several articles written the way the seed pages are
(`# headline`, `► byline`, paragraphs, `## sub-heading`, captions with a
`XX/摄` credit), so that building it runs the real parser. Articles are the
seed articles with about a third of their words replaced by words drawn by
frequency from jieba's dictionary and their zone replaced by a zone drawn
(Zipf-like, so some zones are much reported) from the national gazetteer:
document frequencies look like a real archive's, not five pages repeated.
The same arguments always give the same files.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from indexer.pages import read_page
from indexer.parse import parse_page
from search.text import gazetteer, segmenter
from search.text.cjk import HAN

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIRST_DAY, DAYS = dt.date(2014, 1, 1), 3652  # ten years
ARTICLES_PER_PAGE = (4, 9)
REPLACED = 0.33  # share of words replaced by dictionary words
CJK_WORD = re.compile(rf"[{HAN}]{{2,4}}")


@dataclass
class Template:
    """A seed article, its words cut once."""
    zone: str | None
    title: list[str]
    authors: list[str]
    sections: list[tuple[list[str] | None, list[list[str]]]]  # heading words, paragraphs' words
    captions: list[tuple[list[str], str | None]]


def jieba_dictionary() -> tuple[list[str], list[int]]:
    """jieba's dictionary words of 2-4 Chinese characters and cumulative frequencies."""
    import jieba  # the test extra; only its dictionary file is read
    words, cumulative, total = [], [], 0
    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text("utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        if CJK_WORD.fullmatch(word) and int(freq) > 2:
            total += int(freq)
            words.append(word)
            cumulative.append(total)
    return words, cumulative


def templates(seeds: Path = SEEDS) -> list[Template]:
    """Every seed article, cut into words."""
    out = []
    for path in sorted(p for p in seeds.iterdir() if p.suffix == ".txt"):
        for article in parse_page(read_page(path).text, path.name).articles:
            sections = [(segmenter.cut(s.heading) if s.heading else None,
                         [segmenter.cut(p) for p in s.paragraphs]) for s in article.sections]
            captions = [(segmenter.cut(c.text), c.credit) for c in article.captions if c.text]
            out.append(Template(article.zone, segmenter.cut(article.title), article.authors, sections, captions))
    return out


class Writer:
    """Turns templates into new articles, deterministically."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.words, self.cumulative = jieba_dictionary()
        zones = sorted(gazetteer.zones())
        self.rng.shuffle(zones)
        self.zones = zones
        self.zone_weights = list(itertools.accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(zones))))
        self.templates = templates()

    def word(self) -> str:
        """A dictionary word, drawn by frequency."""
        point = self.rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_right(self.cumulative, point)]

    def vary(self, words: list[str], old_zone: str | None, new_zone: str) -> str:
        """The words with about a third replaced, the template's zone renamed."""
        out = []
        for w in words:
            if CJK_WORD.fullmatch(w) and self.rng.random() < REPLACED and (not old_zone or w not in old_zone):
                w = self.word()
            out.append(w)
        text = "".join(out)
        return text.replace(old_zone, new_zone) if old_zone else text

    def article(self) -> str:
        """One article in the page format."""
        t = self.rng.choice(self.templates)
        zone = self.rng.choices(self.zones, cum_weights=self.zone_weights)[0]
        lines = [f"# {self.vary(t.title, t.zone, zone)}"]
        if t.zone and zone not in lines[0]:
            lines[0] = f"# {zone}：{lines[0][2:]}"
        if t.authors:
            lines.append("► " + " ".join(t.authors))
        # the photos under the byline, over the text: after a signed text a captioned photo reads as
        # photo news of its own (README, Photos and credits), and the page is to hold the articles asked for
        for text, credit in t.captions:
            lines.append(self.vary(text, t.zone, zone))
            if credit:
                lines.append(f"{credit}/摄")
        for heading, paragraphs in t.sections:
            if heading:
                lines.append(f"## {self.vary(heading, t.zone, zone)}")
            lines.extend(self.vary(p, t.zone, zone) for p in paragraphs)
        return "\n\n".join(lines)

    def page(self, articles: int) -> str:
        """A page: the date header, then articles."""
        day = FIRST_DAY + dt.timedelta(days=self.rng.randrange(DAYS))
        return f"日期: {day.isoformat()}\n\n" + "\n\n\n".join(self.article() for _ in range(articles)) + "\n"


def generate(articles: int, out: Path, seed: int = 1) -> int:
    """Write pages holding `articles` articles into `out` (replaced); returns pages."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    writer = Writer(seed)
    written = pages = 0
    while written < articles:
        n = min(writer.rng.randint(*ARTICLES_PER_PAGE), articles - written)
        (out / f"{pages:06d}.txt").write_text(writer.page(n), "utf-8")
        written += n
        pages += 1
    return pages


def corpus(articles: int, seed: int = 1, base: Path = ROOT / "var" / "bench") -> Path:
    """The corpus folder for a size, generated once and reused."""
    out = base / f"corpus-{articles}-s{seed}"
    stamp = out / ".complete"
    if not stamp.exists():
        generate(articles, out, seed)
        stamp.write_text(f"{articles}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    out = args.out or ROOT / "var" / "bench" / f"corpus-{args.articles}-s{args.seed}"
    pages = generate(args.articles, out, args.seed)
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {args.articles} articles on {pages} pages, {size / 1e6:.1f} MB, to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
