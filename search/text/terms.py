"""The analysis of Chinese text into terms, free of Whoosh: jieba words (with
the dictionary words inside long ones at index time) and character bigrams,
each with its position and character offsets. search.text.analysis wraps
these in Whoosh's tokenizers (its contract is described there); the query
reader (search.engine.query) reads them directly."""
from __future__ import annotations

import re
from collections.abc import Iterator

from search.text import segmenter
from search.text.cjk import HAN
from search.text.normalize import normalize

RUNS = re.compile(rf"(?P<cjk>[{HAN}]+)|(?P<alnum>[a-z0-9]+(?:\.[0-9]+)?)")


def words(text: str, index_mode: bool) -> Iterator[tuple[str, int, int, int]]:
    """(word, position, startchar, endchar) for a text, positions from 0.

    The analysis itself, free of Whoosh's Token plumbing so that it can be
    tested and reused (highlighting, query display) on its own.
    """
    found, positions, starts = word_lists(text, index_mode)
    for word, pos, start in zip(found, positions, starts, strict=True):
        yield word, pos, start, start + len(word)


def word_lists(text: str, index_mode: bool) -> tuple[list[str], list[int], list[int]]:
    """`words()` as three lists: words, positions, start characters (the
    bulk segment writer reads lists: a generator step per token was a
    quarter of a build)."""
    norm = normalize(text)
    found: list[str] = []
    positions: list[int] = []
    starts: list[int] = []
    pos = -1
    for run in RUNS.finditer(norm):
        start = run.start()
        if run.group("alnum"):
            pos += 1
            found.append(run.group())
            positions.append(pos)
            starts.append(start)
            continue
        for word in segmenter.cut(run.group()):
            pos += 1
            found.append(word)
            positions.append(pos)
            starts.append(start)
            if index_mode and len(word) > 2:
                for inner, s, _ in segmenter.inner_words(word):
                    found.append(inner)
                    positions.append(pos)
                    starts.append(start + s)
            start += len(word)
    return found, positions, starts


def bigrams(text: str) -> Iterator[tuple[str, int, int, int]]:
    """(gram, position, startchar, endchar): the character bigrams of each
    Chinese run (a lone character stands for itself) and whole Latin/digit
    tokens, positions consecutive across runs."""
    grams, starts = bigram_lists(text)
    for pos, (gram, start) in enumerate(zip(grams, starts, strict=True)):
        yield gram, pos, start, start + len(gram)


def bigram_lists(text: str) -> tuple[list[str], list[int]]:
    """`bigrams()` as two lists, grams and start characters (positions are
    0, 1, 2, ...)."""
    norm = normalize(text)
    grams: list[str] = []
    starts: list[int] = []
    for run in RUNS.finditer(norm):
        start, value = run.start(), run.group()
        if run.group("alnum") or len(value) == 1:
            grams.append(value)
            starts.append(start)
            continue
        grams += [value[i:i + 2] for i in range(len(value) - 1)]
        starts += range(start, start + len(value) - 1)
    return grams, starts
