"""Each line rule of indexer.lines has a fixture page (tests/data/rules/<rule>.txt)
and types exactly the lines listed here, in simplified and traditional script."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.lines import RULES, type_lines
from indexer.model import LineKind

RULE_PAGES = Path(__file__).resolve().parent / "data" / "rules"

# Rule name -> the line numbers of its fixture page that it must type.
TAKES = {
    "markup-heading": [1, 5],
    "masthead": [1],
    "jump-marker": [5, 9],
    "editor-line": [5, 7, 9],
    "column-label": [1, 7],
    "byline-mark": [3, 5],
    "photo-credit": [7, 9, 11, 13, 15, 17, 19, 21, 23],
    "byline-roles": [3, 5, 7, 11, 13, 15],
    "author-names": [5, 7, 9],
    "caption-with-credit": [5, 7, 9],
    "caption-mark": [5, 7, 9, 11],
    "bare-heading": [1, 5],
    "paragraph": [3, 5],
}


def test_every_rule_has_a_fixture_page_and_a_row():
    assert sorted(rule.name for rule in RULES) == sorted(TAKES)
    assert sorted(p.stem for p in RULE_PAGES.glob("*.txt")) == sorted(TAKES)
    assert all(rule.doc for rule in RULES)


@pytest.mark.parametrize("rule", sorted(TAKES))
def test_rule_types_its_fixture_lines(rule):
    typed = type_lines((RULE_PAGES / f"{rule}.txt").read_text("utf-8"))
    assert sorted({line.number for line in typed if line.rule == rule}) == TAKES[rule]


@pytest.mark.parametrize("rule", sorted(TAKES))
def test_rules_read_traditional_script_alike(rule):
    from opencc import OpenCC
    simplified = (RULE_PAGES / f"{rule}.txt").read_text("utf-8")
    traditional = OpenCC("s2t").convert(simplified)
    assert [(t.number, t.rule) for t in type_lines(traditional)] == [(t.number, t.rule) for t in type_lines(simplified)]


def test_names_come_out_in_the_page_script():
    typed = type_lines("# 標題\n\n本報記者 陳志明 北京報道\n\n正文。\n")
    (byline,) = [t for t in typed if t.kind == LineKind.BYLINE]
    assert byline.names == ["陳志明"]


def test_a_column_label_over_a_headline_is_its_kicker():
    from indexer.parse import parse_page
    first, second = parse_page((RULE_PAGES / "column-label.txt").read_text("utf-8"), "p").articles
    assert (first.kicker, first.title, second.kicker, second.title) == (
        "高新区动态", "甲乙高新区：标题", "园区快讯", "丙丁高新区推出新政")
