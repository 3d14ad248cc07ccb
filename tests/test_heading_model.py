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


WORDS_PAGE = """高新区项目建设跑出加速度

本报记者 张三

今年以来，高新区聚焦项目建设，开展项目建设服务月活动，协调解决项目难题，推动重点项目开工建设。

项目开工跑出高新速度

服务月期间，高新区推动8个重点项目开工建设，协调解决项目难题163项。

市民广场音乐节周末开幕

本报讯 周末，市民广场将举办夏日音乐节，多支乐队轮番登台演出。
"""


def test_the_model_sees_whether_a_heading_goes_on_with_the_pieces_words():
    with heading_model.recording() as seen:
        parsed = parse_page(WORDS_PAGE, "words.txt")
    weighed = {line.text: seen[id(line)] for line in parsed.lines if id(line) in seen}
    sub_heading, next_headline = weighed["项目开工跑出高新速度"], weighed["市民广场音乐节周末开幕"]
    assert sub_heading["shares_words"] and not sub_heading["own_words"]  # 项目, 开工, 高新 … the piece printed
    assert next_headline["own_words"] and not next_headline["shares_words"]  # 市民, 广场, 音乐 … its own


QUOTING_PAGE = """随州高新区营造招商护商新“航标”

本报记者 钟克波

火热的6月，笔者走进随州高新区。从洽谈、签约到落地，斯诺项目建设过程中也充满“高新温度”。

“犇星速度”与“高新温度”

面对多地竞争，随州高新区招商专班全程跟进服务。
"""


def test_the_model_sees_a_heading_quoting_what_the_piece_printed_in_quotation_marks():
    with heading_model.recording() as seen:
        parsed = parse_page(QUOTING_PAGE, "quoting.txt")
    weighed = {line.text: seen[id(line)] for line in parsed.lines if id(line) in seen}
    assert weighed["“犇星速度”与“高新温度”"]["quotes_the_text"]


def test_a_headline_under_an_editors_note_is_the_rules_to_decide_not_the_models():
    page = ("编者按\n\n2025年，山东迈入10万亿大省行列，本报今起推出系列报道。\n\n"
            "强工兴产新局面，枣庄转型发展谱新篇\n\n寒冬时节，枣庄处处涌动着发展的热潮。\n")
    with heading_model.recording() as seen:
        parsed = parse_page(page, "note.txt")
    assert not any(line.text.startswith("强工兴产") for line in parsed.lines if id(line) in seen)
    assert [a.title for a in parsed.articles if a.text][-1] == "强工兴产新局面，枣庄转型发展谱新篇"


# pages that set their pieces apart with a blank line and their paragraphs with none
BLOCKS_SUBHEADING = ("1586-zhongguoyouzhengbao-bare.txt", "总部经济抢滩 激发新动力",  # no blank above: a part
                     "永杉国际运营中心及研发中心", "长沙大泽湖海归小镇引领科技创新,优质生态圈激发投资热潮")
BLOCKS_HEADLINE = ("1678-jinridinghu-hardwrap.txt", "外媒记者走读广宁鼎湖")  # a blank line above: the next piece


def test_the_model_sees_how_a_page_sets_its_pieces_apart_with_blank_lines():
    name, heading, under, title = BLOCKS_SUBHEADING
    with heading_model.recording() as seen:
        parsed = parse_page(read_page(PAGES / name).text, name)
    weighed = {line.text: seen[id(line)] for line in parsed.lines if id(line) in seen}
    assert weighed[heading]["unblanked_in_blocks"] and not weighed[heading]["blanked_in_blocks"]
    assert _holder(_parsed(name), under).title == title  # the rules alone open a piece there
    name, headline = BLOCKS_HEADLINE
    assert any(a.title == headline for a in _parsed(name))  # the rules alone keep it in the piece above


def test_on_a_page_too_short_to_show_its_blank_lines_the_rules_decide():
    with heading_model.recording() as seen:
        parse_page(WORDS_PAGE, "words.txt")
    assert seen and all(features[heading_model.SHORT_PAGE] for features in seen.values())
    page = ("何立峰：苏州工业园区累计实现“三个万”\n\n（苏州讯）国务资政李显龙昨天在苏州市出席活动。\n\n"
            "三十而立 非凡园区\n\n1994年，新中政府间首个旗舰合作项目启动开工建设。\n")
    with heading_model.recording():
        rules = [a.title for a in parse_page(page, "p.txt").articles]
    assert [a.title for a in parse_page(page, "p.txt").articles] == rules
