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

The analysis itself (`words`, `bigrams`) is search.text.terms, free of
Whoosh: the query reader uses it without importing Whoosh.

`BigramTokenizer` (also at a fixed path) feeds the fallback field `grams`:
every pair of neighbouring Chinese characters, at consecutive positions, so
that a phrase query over the bigrams of any run of two or more characters
finds exactly that run, however jieba cut the text around it.
"""
from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Token, Tokenizer

from search.text.normalize import normalize
# the analysis itself lives in search.text.terms (no Whoosh); its names stay importable from here
from search.text.terms import RUNS, bigram_lists, bigrams, word_lists, words  # noqa: F401

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
