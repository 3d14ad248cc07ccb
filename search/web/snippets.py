"""Highlighting: find the query's strings in article text, cut fragments of
about 100 characters at sentence boundaries, and render them escaped.

Matching is done on the normalised text (search.text.normalize keeps offsets), so
a query in traditional characters or full-width letters marks the simplified
or half-width words the reader sees, and what is marked is exactly the string
that matched, never a neighbouring sub-word. Text is escaped piece by piece;
only our own <mark> tags are markup.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from search.text.normalize import normalize

FRAGMENT_CHARS = 100
MAX_FRAGMENTS = 3
MAX_SPANS = 500
SENTENCE_END = "。！？；!?;\n"
CLAUSE_END = "，、：,:"
# What ends a sentence for the reader (a line break does not: OCR breaks
# paragraphs mid-sentence), and what may follow it (”。 closes a quotation).
FULL_STOP = "。！？；!?;…"
CLOSERS = "”’」』）)》\"' \n"


@dataclass(frozen=True)
class Matcher:
    """A compiled set of strings to mark (normalised, longest first)."""
    pattern: re.Pattern[str] | None

    def found_in(self, normalized: str) -> bool:
        """Whether anything matches in an already normalised text."""
        return self.pattern is not None and self.pattern.search(normalized) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every match in text, in order, not overlapping."""
        if self.pattern is None or not text:
            return []
        found = []
        for m in self.pattern.finditer(normalized(text)):
            found.append(m.span())
            if len(found) >= MAX_SPANS:
                break
        return found


@functools.lru_cache(maxsize=256)
def normalized(text: str) -> str:
    """normalize(text), remembered for the last few texts: a hit's body is
    searched for its best section, its fragments and its marks, and the
    folding (OpenCC and a table) was a third of making a results page's hits."""
    return normalize(text)


def matcher(terms: list[str]) -> Matcher:
    """A Matcher for terms; Latin/digit terms only match whole tokens (5g not in 15g)."""
    parts = []
    for term in sorted(set(t for t in terms if t), key=lambda t: (-len(t), t)):
        piece = re.escape(term)
        if re.match(r"[a-z0-9]", term):
            piece = r"(?<![a-z0-9])" + piece
        if re.search(r"[a-z0-9]$", term):
            piece += r"(?![a-z0-9])"
        parts.append(piece)
    return Matcher(re.compile("|".join(parts)) if parts else None)


def mark(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> Markup:
    """text[start:end], escaped, with each span inside it wrapped in <mark>."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        pos = e
    out.append(escape(text[pos:end]))
    return Markup("").join(out)


def highlight(text: str, m: Matcher) -> Markup:
    """The whole text, escaped, with every match marked."""
    return mark(text, m.spans(text))


def fragments(text: str, m: Matcher, size: int = FRAGMENT_CHARS,
              limit: int = MAX_FRAGMENTS) -> list[Markup]:
    """Up to `limit` marked fragments of about `size` characters around the
    densest matches, in text order; [] when nothing matches."""
    spans = m.spans(text)
    out = []
    for start, end in windows(text, spans, size, limit):
        body = mark(text, spans, start, end)
        body = Markup(str(body).replace("\n", " "))
        lead = "" if starts_sentence(text, start) else "…"
        tail = "" if ends_sentence(text, end) else "…"
        out.append(Markup(lead) + body + Markup(tail))
    return out


def starts_sentence(text: str, start: int) -> bool:
    """Does text[start:] begin a sentence (the text's start, or after a
    full stop, closing marks and line breaks aside)?"""
    before = text[:start].rstrip(CLOSERS)
    return not before or before[-1] in FULL_STOP


def ends_sentence(text: str, end: int) -> bool:
    """Does text[:end] end a sentence (the text's end, or a full stop, closing
    marks and line breaks aside)? Else a fragment cut there needs an ellipsis."""
    if end >= len(text.rstrip()):
        return True
    before = text[:end].rstrip(CLOSERS)
    return bool(before) and before[-1] in FULL_STOP


def lead(text: str, size: int = FRAGMENT_CHARS) -> Markup:
    """The opening of a text, cut at a sentence boundary, escaped."""
    end = _cut_end(text, 0, size)
    return escape(text[:end].replace("\n", " ")) + (Markup("…") if end < len(text) else Markup(""))


def windows(text: str, spans: list[tuple[int, int]], size: int, limit: int) -> list[tuple[int, int]]:
    """Character windows covering as many spans as possible, greedily."""
    remaining = sorted(spans)
    chosen: list[tuple[int, int]] = []
    while remaining and len(chosen) < limit:
        best = max(range(len(remaining)),
                   key=lambda i: (sum(1 for s, e in remaining
                                      if remaining[i][0] <= s and e <= remaining[i][0] + size), -i))
        first = remaining[best]
        start = _sentence_start(text, first[0], size // 3)
        end = max(_cut_end(text, start, size), first[1])
        chosen.append((start, end))
        remaining = [(s, e) for s, e in remaining if not (s < end and e > start)]
    return sorted(chosen)


def _sentence_start(text: str, pos: int, back: int) -> int:
    """Start of the sentence holding pos if it begins within `back` characters,
    else a clause boundary, else `back // 2` characters before pos."""
    floor = max(0, pos - back)
    for stops in (SENTENCE_END, CLAUSE_END):
        for i in range(pos - 1, floor - 1, -1):
            if text[i] in stops:
                return i + 1
    return 0 if floor == 0 else max(0, pos - back // 2)


def _cut_end(text: str, start: int, size: int) -> int:
    """End of a fragment from start: a sentence end near `size`, else a
    clause end, else exactly `size` characters."""
    target = start + size
    if target >= len(text):
        return len(text)
    low, high = start + int(size * 0.6), min(len(text), start + int(size * 1.25))
    for stops in (SENTENCE_END, CLAUSE_END):
        ends = [i + 1 for i in range(low, high) if text[i] in stops]
        if ends:
            return min(ends, key=lambda e: abs(e - target))
    return target
