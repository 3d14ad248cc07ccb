"""Text normalisation shared by indexing and querying, offset-preserving.

Traditional -> simplified (OpenCC's t2s tables), NFKC (full-width letters and
digits to ASCII) and case folding. Every step maps one character to one
character, so an offset in the normalised text is the same offset in the
original: highlights land on the words the reader sees.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import opencc


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _traditional_chars() -> re.Pattern[str]:
    """Characters that OpenCC's t2s tables change; most text has none, and
    skipping the converter for it saves most of its cost."""
    path = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    chars = set()
    for line in path.read_text("utf-8").splitlines():
        source = line.split("\t", 1)[0]
        if len(source) == 1:
            chars.add(source)
    return re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, keeping the text's length."""
    if not _traditional_chars().search(text):
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c2 if len(c2 := _converter().convert(c)) == 1 else c for c in text)


_NEEDS_FOLD = re.compile(r"[A-Z\uff00-\uffef\u3000\u2000-\u206f\u2460-\u24ff\u3200-\u33ff]")


def normalize(text: str) -> str:
    """The searchable form of a text: simplified, NFKC, lower case, same length."""
    text = to_simplified(text)
    if _NEEDS_FOLD.search(text):
        text = "".join(_fold_char(ch) for ch in text)
    return text
