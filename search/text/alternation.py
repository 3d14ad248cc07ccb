"""Regex alternations of many branches, found in one pass over a text.

`re` tries a flat alternation's branches one after the other at nearly every
position of a text: with every form of every zone (two thousand branches)
that was most of the time spent finding zone mentions. When every branch
starts with a literal, an Aho-Corasick automaton (pyahocorasick) finds in one
pass where each literal stands, for all alternations at once; only the
branches whose literal stands at a position are tried there, in their order.
The spans are exactly those of `re.compile("|".join(regexes)).finditer(text)`
(tests/test_alternation.py).
"""
from __future__ import annotations

import re
import ahocorasick

# One branch: the literal every match of it starts with, and its regex.
Branch = tuple[str, str]


class Alternations:
    """Named alternations, each an ordered list of branches, matched together."""

    def __init__(self, tables: dict[str, list[Branch]]) -> None:
        self.tables = tables
        self._compiled: dict[tuple[str, int], re.Pattern[str]] = {}
        branches_at: dict[str, list[tuple[str, int]]] = {}
        for name, branches in tables.items():
            for index, (literal, _) in enumerate(branches):
                if not literal:
                    raise ValueError(f"branch {index} of {name} starts with no literal")
                branches_at.setdefault(literal, []).append((name, index))
        self._automaton = ahocorasick.Automaton()
        for literal, where in branches_at.items():
            self._automaton.add_word(literal, (len(literal), tuple(where)))
        if branches_at:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each alternation, the (start, end) spans that re's finditer
        would find in text: left to right, never overlapping."""
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in self.tables}
        if not len(self._automaton):
            return found
        tried: dict[str, dict[int, list[int]]] = {}  # alternation -> start -> branches whose literal is there
        for last, (size, where) in self._automaton.iter(text):
            for name, index in where:
                tried.setdefault(name, {}).setdefault(last - size + 1, []).append(index)
        for name, starts in tried.items():
            found[name] = self._spans(name, text, starts)
        return found

    def _spans(self, name: str, text: str, starts: dict[int, list[int]]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        reached = 0
        for start in sorted(starts):
            if start < reached:
                continue  # inside the last match: finditer goes on after it
            for index in sorted(starts[start]):  # the first branch that matches wins, as in re
                match = self._regex(name, index).match(text, start)
                if match:
                    spans.append((start, match.end()))
                    reached = match.end()
                    break
        return spans

    def _regex(self, name: str, index: int) -> re.Pattern[str]:
        # compiled when first tried: most of the branches never are in a run
        key = (name, index)
        if key not in self._compiled:
            self._compiled[key] = re.compile(self.tables[name][index][1])
        return self._compiled[key]
