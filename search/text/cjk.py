"""What a Chinese character is: the one definition for the whole code base.

Han ideographs in every block Unicode assigns them (the unified block,
Extensions A to H and the compatibility ideographs). The normaliser, the
tokenizer, the query reader and the page parser all read this module, so a
rare character (𠮷, Extension B) is a word character everywhere or nowhere.
"""
from __future__ import annotations

import re

# (first, last) code points of every Han block, in code-point order.
RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),    # Extension A
    (0x4E00, 0x9FFF),    # CJK Unified Ideographs
    (0xF900, 0xFAFF),    # Compatibility Ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2EBEF),  # Extensions C, D, E, F, I
    (0x2F800, 0x2FA1F),  # Compatibility Ideographs Supplement
    (0x30000, 0x323AF),  # Extensions G, H
)

# The ranges as the inside of a regex character class: f"[{HAN}]{{2,4}}".
HAN = "".join(f"{chr(low)}-{chr(high)}" for low, high in RANGES)
HAN_CHAR = re.compile(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """Whether one character is a Han ideograph."""
    code = ord(ch)
    return any(low <= code <= high for low, high in RANGES)


def has_han(text: str) -> bool:
    """Whether a text holds at least one Han ideograph."""
    return HAN_CHAR.search(text) is not None
