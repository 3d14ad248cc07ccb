"""`indexer check`: leaks found by the line rules themselves, and articles
whose own text dates them far from the date their page states."""
from __future__ import annotations

import pytest

from indexer import health
from indexer.lines import leak
from indexer.parse import parse_page


@pytest.mark.parametrize(("paragraph", "rule"), [
    ("本报讯（记者 张三）近日，甲乙高新区召开会议。", "lead-in"),
    ("工人在调试设备。陈七 摄", "caption-with-credit"),
    ("责任编辑：王芳", "editor-line"),
    ("（下转第3版）", "jump-marker"),
    ("会议要求抓好落实。（记者 张三 通讯员 李四）", "byline-roles"),
    ("扫码阅读全文", "furniture"),
    ("【园区动态】", "column-label"),
])
def test_a_paragraph_a_rule_would_have_taken_is_a_leak(paragraph, rule):
    assert leak(paragraph) == rule


def test_text_is_no_leak():
    assert leak("近日，襄阳高新区召开人才工作会议，研究部署全年工作。") is None


def test_a_text_dated_far_from_its_page_is_flagged_not_redated():
    page = ("日期: 2024-06-03\n\n# 襄阳高新区召开人才大会\n\n"
            "2022年3月5日，襄阳高新区召开人才大会，发布人才补贴新政。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.date.isoformat() == "2024-06-03"  # the page's date stands
    assert any("its text dates it 2022-03-05" in p for p in health.article_problems(article))


def test_a_text_dated_near_its_page_is_not_flagged():
    page = ("日期: 2024-06-03\n\n# 襄阳高新区召开人才大会\n\n"
            "2024年6月1日，襄阳高新区召开人才大会，发布人才补贴新政。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert not any("dates it" in p for p in health.article_problems(article))


def test_check_reports_the_furniture_kept_out_of_articles():
    from indexer.corpus import ParsedPage
    page = ("今日导读\n光谷新增专精特新企业12家 ▶2版\n\n# 襄阳高新区召开人才大会\n\n"
            "本报讯 近日，襄阳高新区召开人才大会。\n")
    result = parse_page(page, "p.txt")
    report = health.render([health.page_health(ParsedPage("p.txt", "", result))])
    furniture = len("今日导读") + len("光谷新增专精特新企业12家 ▶2版")
    assert f"0 characters in no article\t{furniture} characters of page furniture" in report[0]


@pytest.mark.parametrize("glued", [
    "主办：襄阳高新区管委会。本次大会发布人才补贴新政，全年安排资金三亿元，惠及企业两百余家。",
    "扫码阅读 襄阳高新区召开人才大会，发布人才补贴新政，全年安排资金三亿元，惠及企业两百余家。",
])
def test_news_glued_to_a_furniture_line_is_flagged_not_dropped_quietly(glued):
    page = ("# 襄阳高新区召开人才大会\n\n本报讯 近日，襄阳高新区召开人才大会。\n\n" + glued
            + "\n\n# 光谷召开会议\n\n近日，光谷召开会议。\n")
    result = parse_page(page, "p.txt")
    assert not any("三亿元" in a.text for a in result.articles)  # what the rule did; the check must say so
    assert any(glued[:30] in p for p in health.news_in_furniture(result.lines))
    from indexer.corpus import ParsedPage
    checked = health.page_health(ParsedPage("p.txt", "", result))
    assert health.summary([checked]).endswith("1 header or furniture lines that read as news")
    assert any(glued[:20] in line for line in health.render([checked]))


@pytest.mark.parametrize("line", [
    "更正：本报6月12日第4版《龙潭公园荷花节开幕》一文中，“第十一届”应为“第十二届”，特此更正。",
    "主办：襄阳高新区管委会 承办：襄阳日报社 地址：襄阳市长虹路12号 邮编：441000 电话：0710-1234567",
])
def test_notices_and_colophons_are_not_news_in_furniture(line):
    page = "# 襄阳高新区召开人才大会\n\n本报讯 近日，襄阳高新区召开人才大会。\n\n" + line + "\n"
    assert health.news_in_furniture(parse_page(page, "p.txt").lines) == []
