"""Text normalisation shared by indexing and querying, offset-preserving.

Traditional -> simplified (OpenCC's t2s tables), NFKC (full-width letters and
digits to ASCII) and case folding. Every step maps one character to one
character, so an offset in the normalised text is the same offset in the
original: highlights land on the words the reader sees.
"""
from __future__ import annotations

import functools
import unicodedata
import opencc

from search.text import cjk


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# The ideographs OpenCC's tables may change: every Han block (search.text.cjk).
_IDEOGRAPHS = cjk.RANGES


@functools.cache
def _traditional_chars() -> frozenset[str]:
    """Characters that OpenCC's t2s tables change on their own; most text has
    none, and skipping the converter for it saves the call (a set test runs in
    C). Found by converting every ideograph once, one per line (about 10 ms)."""
    chars = [chr(code) for low, high in _IDEOGRAPHS for code in range(low, high + 1)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a table joined lines: ask one by one
        converted = [_converter().convert(ch) for ch in chars]
    return frozenset(ch for ch, out in zip(chars, converted, strict=True) if out != ch)


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, keeping the text's length."""
    if _traditional_chars().isdisjoint(text):
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c2 if len(c2 := _converter().convert(c)) == 1 else c for c in text)


# Every character of the Basic Multilingual Plane that NFKC or lower-casing
# changes, with its one-character fold, as a str.translate table (built once,
# about 20 ms): Chinese text is full of full-width punctuation, and folding it
# character by character in Python cost a third of a results page. The CJK
# unified ideographs and Hangul never change and are skipped.
_UNCHANGED = (*((low, high) for low, high in cjk.RANGES if high < 0xF900), (0xAC00, 0xD7AF), (0xD800, 0xDFFF))


@functools.cache
def _fold_table() -> dict[int, str]:
    table = {}
    code = 0
    while code < 0x10000:
        skip = next((high for low, high in _UNCHANGED if low <= code <= high), None)
        if skip is not None:
            code = skip + 1
            continue
        folded = _fold_char(chr(code))
        if folded != chr(code):
            table[code] = folded
        code += 1
    return table


def normalize(text: str) -> str:
    """The searchable form of a text: simplified, NFKC, lower case, same length."""
    return to_simplified(text).translate(_fold_table())


def warm() -> None:
    """Build the fold table and load OpenCC's tables now (at start), not on
    the first request that needs them."""
    _fold_table()
    _converter()
    _traditional_chars()
