"""Figure extraction quality over the judged set (figures.tsv): precision and
recall of value + unit, and precision of the measure phrase.

    .venv/bin/python -m tests.quality.figures_score [--misses]

Each judged page is parsed as the indexer parses it and its figures are read
as at index time (search.text.figures.in_sections); only the judged sentences
are scored, every figure of each having been judged. `--misses` lists what
differs.
"""
from __future__ import annotations

import argparse
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from indexer.parse import parse_page
from search.text.figures import Figure, in_sections, paragraphs, sentences

JUDGED = Path(__file__).with_name("figures.tsv")
ROOT = Path(__file__).resolve().parents[2]
PLACES = (ROOT / "seeds", ROOT / "tests" / "data" / "outlets", ROOT / "tests" / "quality" / "pages")


@dataclass(frozen=True)
class Judged:
    """One judged figure (or, with text '-', a sentence judged to hold none)."""
    page: str
    text: str
    value: float
    unit: str
    measures: tuple[str, ...]
    qualifiers: tuple[str, ...]
    sentence: str


@dataclass
class Score:
    """Counts over the judged sentences."""
    judged: int = 0       # judged figures
    found: int = 0        # figures the extractor found in judged sentences
    matched: int = 0      # found with a judged value and unit
    measured: int = 0     # matched figures given a measure
    right_measure: int = 0
    misses: list[str] = None

    def ratio(self, part: int, whole: int) -> float:
        """part / whole, 1.0 for nothing to count."""
        return part / whole if whole else 1.0

    @property
    def precision(self) -> float:
        """Of the figures found, the share with a judged value and unit."""
        return self.ratio(self.matched, self.found)

    @property
    def recall(self) -> float:
        """Of the judged figures, the share found with its value and unit."""
        return self.ratio(self.matched, self.judged)

    @property
    def measure_precision(self) -> float:
        """Of the matched figures given a measure, the share judged right."""
        return self.ratio(self.right_measure, self.measured)


def load(path: Path = JUDGED) -> list[Judged]:
    """The judged rows, comments left out."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        page, text, value, _high, unit, measures, qualifiers, sentence = line.split("\t")
        out.append(Judged(page, text, float(value) if value else math.nan, unit,
                          tuple(m for m in measures.split("|") if m), tuple(q for q in qualifiers.split(",") if q),
                          sentence))
    return out


def page_figures(name: str) -> dict[str, list[Figure]]:
    """A page's sentences (as stored) -> the figures read from them at index time."""
    path = next(p / name for p in PLACES if (p / name).exists())
    by_sentence: dict[str, list[Figure]] = defaultdict(list)
    for article in parse_page(path.read_text("utf-8"), name).articles:
        sections = article.to_json()["sections"]
        for section in sections:  # every sentence, those without figures too
            for paragraph in paragraphs(section["text"]):
                for sentence in sentences(paragraph):
                    by_sentence[sentence.strip()]
        for figure in in_sections(sections):
            by_sentence[figure.sentence].append(figure)
    return by_sentence


def on_page(sentence: str, by_sentence: dict[str, list[Figure]]) -> str | None:
    """The page's sentence a judged sentence is: itself, or the one that
    holds it or that it holds (the parser may since have taken a byline or
    a lead-in off the text)."""
    if sentence in by_sentence:
        return sentence
    return next((s for s in by_sentence if s in sentence or sentence in s), None)


def same(figure: Figure, judged: Judged) -> bool:
    """Whether a found figure has a judged figure's value and unit."""
    return figure.unit == judged.unit and math.isclose(figure.value, judged.value, rel_tol=1e-6)


def score(judged: list[Judged]) -> Score:
    """Score the extractor against the judged set."""
    result = Score(misses=[])
    sentences: dict[tuple[str, str], list[Judged]] = defaultdict(list)
    for item in judged:
        sentences[(item.page, item.sentence)].append(item)
    pages = {page: page_figures(page) for page in {p for p, _ in sentences}}
    for (page, sentence), items in sentences.items():
        expected = [i for i in items if i.text != "-"]
        found = list(pages[page].get(on_page(sentence, pages[page]) or sentence, []))
        result.judged += len(expected)
        result.found += len(found)
        for item in expected:
            match = next((f for f in found if same(f, item)), None)
            if match is None:
                result.misses.append(f"missed   {item.text} ({item.value:g} {item.unit}) in {sentence[:50]}")
                continue
            found.remove(match)
            result.matched += 1
            if match.measure:
                result.measured += 1
                if match.measure in item.measures:
                    result.right_measure += 1
                else:
                    result.misses.append(f"measure  {item.text}: {match.measure!r} not {'|'.join(item.measures)}")
        for figure in found:
            result.misses.append(f"extra    {figure.text} ({figure.value:g} {figure.unit}) in {sentence[:50]}")
    return result


def main() -> None:
    """Print the scores (and, with --misses, every difference)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every difference")
    args = parser.parse_args()
    judged = load()
    result = score(judged)
    if args.misses:
        print("\n".join(result.misses))
    print(f"judged figures {result.judged} in {len({(j.page, j.sentence) for j in judged})} sentences; "
          f"found {result.found}, matched {result.matched}")
    print(f"value+unit precision {result.precision:.1%}  recall {result.recall:.1%}  "
          f"measure precision {result.measure_precision:.1%} ({result.right_measure}/{result.measured})")


if __name__ == "__main__":
    main()
