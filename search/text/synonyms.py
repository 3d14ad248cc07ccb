"""Synonyms and abbreviations for query expansion (data/synonyms.txt).

Used at query time only, so that editing the file needs no rebuild: a query
term in a group also searches the group's other terms.
"""
from __future__ import annotations

import functools
from importlib import resources

from search.text.normalize import normalize

FILE = "synonyms.txt"


@functools.cache
def table() -> dict[str, tuple[str, ...]]:
    """Each term -> the other terms of its group (normalised, in file order)."""
    text = resources.files("search").joinpath("data", FILE).read_text("utf-8")
    groups: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        terms = [normalize(t.strip()) for t in line.split("=") if t.strip()]
        for term in terms:
            others = tuple(t for t in terms if t != term)
            groups[term] = tuple(dict.fromkeys(groups.get(term, ()) + others))
    return groups


def expansions(term: str) -> tuple[str, ...]:
    """The other ways to write a (normalised) term; empty when it has none."""
    return table().get(term, ())
