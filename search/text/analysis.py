"""The one analyzer, used for every Chinese text field, indexing and querying.

Whoosh pickles the analyzer's import path into the index schema, so this class
must stay at `search.text.analysis.JiebaTokenizer`; changing what it emits means
bumping `search.index.schema.SCHEMA_VERSION`, which makes old indexes say "rebuild".

Contract (Whoosh's): honours `positions`, `chars` and `mode`.
- Text is normalised first (search.text.normalize: simplified, NFKC, lower case),
  one character to one, so `startchar`/`endchar` point into the original.
- Chinese runs are cut by jieba (search.text.segmenter). Each word takes the next
  position. At index time (`mode="index"`) the dictionary words inside a long
  word (of any length, not only jieba's 2- and 3-character pieces) are
  emitted too, at the *same* position as the word, so that 高新 finds
  高新区 while phrase queries over whole words keep their positions. At query
  time only whole words are emitted.
- Latin letters and digits form their own tokens (`5g`, `247.04`, `costco`);
  punctuation and spaces are dropped.

`BigramTokenizer` (also at a fixed path) feeds the fallback field `grams`:
every pair of neighbouring Chinese characters, at consecutive positions, so
that a phrase query over the bigrams of any run of two or more characters
finds exactly that run, however jieba cut the text around it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import Token, Tokenizer

from search.text import segmenter
from search.text.normalize import normalize
from search.text.cjk import HAN

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


class _SpanTokenizer(Tokenizer):
    """Whoosh's Token plumbing over a function that yields
    (text, position, startchar, endchar); subclasses say which function."""

    def spans(self, value: str, index_mode: bool) -> Iterator[tuple[str, int, int, int]]:
        raise NotImplementedError

    def terms(self, value: str) -> tuple[list[str], list[int]]:
        """What indexing a value emits, as two lists: terms and positions."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if tokenize:
            source = self.spans(value, index_mode=(mode == "index"))
        else:
            source = iter([(normalize(value), 0, 0, len(value))])
        for text, pos, start, end in source:
            token.text = text
            token.boost, token.stopped = 1.0, False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


class JiebaTokenizer(_SpanTokenizer):
    """Whoosh tokenizer over `words()`: jieba words, normalised, with offsets."""

    def spans(self, value: str, index_mode: bool) -> Iterator[tuple[str, int, int, int]]:
        return words(value, index_mode)

    def terms(self, value: str) -> tuple[list[str], list[int]]:
        found, positions, _ = word_lists(value, index_mode=True)
        return found, positions


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


class BigramTokenizer(_SpanTokenizer):
    """Whoosh tokenizer over `bigrams()`, the same at index and query time."""

    def spans(self, value: str, index_mode: bool) -> Iterator[tuple[str, int, int, int]]:
        return bigrams(value)

    def terms(self, value: str) -> tuple[list[str], list[int]]:
        grams, _ = bigram_lists(value)
        return grams, list(range(len(grams)))


def bigram_analyzer() -> BigramTokenizer:
    """The analyzer of the `grams` fallback field."""
    return BigramTokenizer()


def analyzer() -> JiebaTokenizer:
    """The analyzer for Chinese text fields (a bare tokenizer: no filters needed,
    normalisation happens before segmentation so that offsets stay true)."""
    return JiebaTokenizer()
