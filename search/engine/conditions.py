"""Conditions on figures in a query: `人才补贴>=1000万元` keeps the articles
stating a figure for a measure like 人才补贴 of at least 1,000万元 (search.text.
figures reads the value; `>`, `>=`, `<`, `<=`, `=`, `≥`, `≤` and their
full-width forms). The rest of the query is searched as usual, and so is
each condition's measure: an article meeting it names it."""
from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from search.errors import BadParameter
from search.text.figures import Figure, amount
from search.text.normalize import normalize

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt, "=": operator.eq,
    "≥": operator.ge, "≤": operator.le}
CONDITION = re.compile(r"(?P<measure>[^\s<>=≥≤\"]+?)\s*(?P<op>>=|<=|≥|≤|>|<|=)\s*(?P<value>[^\s<>=≥≤\"]+)")

SPACED = re.compile(r"\s*(>=|<=|≥|≤|>|<|=)\s*")


@dataclass(frozen=True)
class Condition:
    """One condition: a measure, a comparison and a value in a unit (any
    unit when the query gives none)."""
    measure: str
    op: str
    value: float
    unit: str | None
    text: str  # as typed

    def met_by(self, figure: Figure) -> bool:
        """Whether a figure is of this measure and meets the comparison (a
        range meets `>=` by its high end, `<=` by its low end)."""
        if normalize(self.measure) not in normalize(figure.measure):
            return False
        if self.unit is not None and figure.unit != self.unit:
            return False
        compared = figure.high if figure.high is not None and self.op in (">", ">=", "≥") else figure.value
        return OPERATORS[self.op](compared, self.value)


def figures_of(stored: dict) -> list[Figure]:
    """The figures kept with an article (its stored `figures`; none for an index without them)."""
    return [Figure.from_json(f) for f in json.loads(stored.get("figures") or "[]")]


def split(q: str) -> tuple[tuple[Condition, ...], str]:
    """The query's conditions, and the text to search: the rest of the
    query plus each condition's measure. BadParameter for a condition whose
    value is not a number."""
    folded = q.replace("＞", ">").replace("＜", "<").replace("＝", "=")
    folded = SPACED.sub(r"\1", folded)  # 人才补贴 >= 1000万元 is one condition
    found: list[Condition] = []
    rest = []
    for piece in folded.split():
        m = CONDITION.fullmatch(piece)
        if not m:
            rest.append(piece)
            continue
        read = amount(m.group("value"))
        if read is None:
            raise BadParameter(f"条件“{piece[:40]}”中的数值看不懂：应写成 1000万元、30%、50家 这样")
        found.append(Condition(m.group("measure"), m.group("op"), read[0], read[1], piece))
        rest.append(m.group("measure"))
    return tuple(found), " ".join(rest)
