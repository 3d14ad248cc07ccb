"""The learned vote at a heading after text (indexer.heading_model): its
features are the parser's, its figures no worse than the rules', and on real
pages it keeps together what the rules alone split."""
from __future__ import annotations

import re
from pathlib import Path

from indexer import heading_model
from indexer.pages import read_page
from indexer.parse import parse_page

PAGES = Path(__file__).parent / "quality" / "pages"
SOURCES = "\n".join(p.read_text("utf-8") for p in (Path(heading_model.__file__).parent).glob("*.py"))
# a feature story with sub-headings, the first after the story's opening (a decision for the model)
STORY = "228-tianjinribao-noblank.txt"
TITLE = "滨海新区统筹推进“四谷”建设"
UNDER_SUBHEADING = "天津“细胞谷”建设已经步入发展快"  # text under ■打造“细胞谷”城市名片


def _parsed(name: str):
    return parse_page(read_page(PAGES / name).text, name).articles


def _holder(articles, words: str):
    return next(a for a in articles if words in a.text)


def test_every_weighed_feature_is_one_the_parser_gives():
    with heading_model.recording() as seen:
        _parsed(STORY)
    assert seen, "the page has decisions for the model"
    given = set().union(*seen.values())
    for name in heading_model.model()["weights"]:
        if name.startswith("rule:"):  # the line rule that set the heading: a name the indexer writes
            assert f'"{name[len("rule:"):]}"' in SOURCES, name
        else:
            assert name in given, name


def test_the_fitted_model_decides_better_than_the_rules_on_pages_held_out_of_its_fit():
    figures = heading_model.model()["figures"]
    assert figures["held_out_model"] > figures["held_out_rules"]
    assert figures["cross_validated"] > figures["rules"]
    assert re.fullmatch(r"\d+-\d+", figures["held_out_pages"])


def test_a_features_sub_heading_stays_in_its_story_where_the_rules_alone_split_it():
    assert _holder(_parsed(STORY), UNDER_SUBHEADING).title == TITLE
    with heading_model.recording():
        assert _holder(_parsed(STORY), UNDER_SUBHEADING).title != TITLE  # the rules' own answer
