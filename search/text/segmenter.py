"""The one jieba segmenter of the process, with the domain dictionary loaded.

We use rjieba (the jieba-rs binding) rather than jieba 0.42.1: it ships the same
dictionary, cuts Chinese text token-for-token like jieba (tests/test_segmenter.py
checks this on the seed corpus) and runs about 13x faster here. It keeps its
dictionary in memory, so there is no cache file in a shared temp dir to own or
race on; loading takes about 0.1 s and happens once per process, at start
(`load()`), never on a first request.
"""
from __future__ import annotations

import functools
from importlib import resources

import rjieba

DICTIONARY = "userdict.txt"


@functools.cache
def load() -> rjieba.Jieba:
    """Return the process's segmenter, building it on the first call."""
    jieba = rjieba.Jieba()
    for word, freq, tag in domain_words():
        jieba.add_word(word, freq, tag)
    return jieba


def domain_words() -> list[tuple[str, int | None, str | None]]:
    """Read the domain dictionary: (word, frequency or None, tag or None)."""
    text = resources.files("search").joinpath("data", DICTIONARY).read_text("utf-8")
    words = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 else None
        tag = parts[2] if len(parts) > 2 else None
        words.append((parts[0], freq, tag))
    return words


def cut(text: str) -> list[str]:
    """Cut text into words (jieba's precise mode, HMM on for unknown words)."""
    return load().cut(text, True)


def tag(text: str) -> list[tuple[str, str]]:
    """Cut text into words with their part-of-speech tags (ns: place name)."""
    return load().tag(text, True)


@functools.lru_cache(maxsize=1 << 16)  # the same long words come back in every article
def inner_words(word: str) -> tuple[tuple[str, int, int], ...]:
    """The dictionary words inside a word, shorter than it, with offsets.

    Unlike jieba's search mode (2- and 3-character pieces only), every length
    counts: 专精特新 inside 专精特新小巨人 is found too.
    """
    jieba = load()
    found = []
    for size in range(len(word) - 1, 1, -1):
        for start in range(len(word) - size + 1):
            piece = word[start:start + size]
            if jieba.has_word(piece):
                found.append((piece, start, start + size))
    return tuple(found)
