"""The learned vote on a report or a feature (indexer.kind_model): its features are the parser's, its
figures no worse than the rules', and on real pages it tells apart what the rules alone call alike."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer import kind_model
from indexer.pages import read_page
from indexer.parse import parse_page

PAGES = Path(__file__).parent / "quality" / "pages"


def _kinds(name: str) -> dict[str, str]:
    return {a.title: str(a.kind) for a in parse_page(read_page(PAGES / name).text, name).articles}


def test_every_weighed_feature_is_one_the_parser_gives():
    given: set[str] = set()
    for path in sorted(PAGES.glob("*.txt"))[:SAMPLE]:
        with kind_model.recording() as seen:
            parse_page(read_page(path).text, path.name)
        given |= set().union(*seen.values())
    # (a range's name may fall on no article of the sample: `paragraphs>6` names its range all the same)
    ranges = {f for f in kind_model.model()["weights"] if re.fullmatch(r"[a-z]+(?:<=|>)\d+", f)}
    assert set(kind_model.model()["weights"]) - ranges <= given


SAMPLE = 120  # pages of the corpus read for the features the parser gives


def test_the_fitted_model_decides_better_than_the_rules_on_pages_held_out_of_its_fit():
    figures = kind_model.model()["figures"]
    assert figures["held_out_model"] > figures["held_out_rules"]
    assert figures["cross_validated"] > figures["rules"]


@pytest.mark.parametrize(("page", "title", "kind"), [
    # a bylined report of a signing, its text a few short paragraphs: news (消息), as the page's gold has it
    ("122-guangmingwang-bold.txt", "珠海高新区45个重点项目集中签约", "brief"),
    # a story told of people and their place, under a headline that is no event: a feature (通讯)
    ("19-changjiangribao-hardwrap.txt", "全国罕见！武汉这条最青春的街道，人口顶一座中型城市", "feature"),
])
def test_the_model_tells_a_report_from_a_story_where_the_rules_alone_call_them_alike(page, title, kind):
    assert _kinds(page)[title] == kind
    with kind_model.recording():
        assert _kinds(page)[title] != kind  # the rules' own answer


def test_a_few_lines_keep_the_kind_the_rules_gave():
    page = "# 襄阳高新区人才工作见实效\n\n本报记者 王锦涛\n\n清晨的园区里，工人们陆续走进车间，生产线上机器轰鸣。\n"
    with kind_model.recording() as seen:
        (article,) = parse_page(page, "p.txt").articles
    assert str(article.kind) == "feature" and id(article) not in seen
