"""Pages exported from a newspaper database (indexer.records): one record an
article, its fields on key lines, each record dated by its own date field."""
from __future__ import annotations

import datetime as dt

import pytest

from indexer.parse import parse_page

EXPORT = """中国重要报纸全文数据库 检索结果导出
检索词：主题=火炬高新区
共2条记录

【标题】火炬高新区跨岛发展助力区域经济提升
【副标题】火炬(翔安)产业区已形成高新技术产业集群
【作者】林露虹;管轩
【报纸名称】厦门日报
【日期】2019-10-18
【版次】A06
【正文】
火炬(翔安)产业区，是厦门跨岛发展恢宏篇章中的重要一页。
核心提示
本报记者 林露虹 管轩
经过十多年的开发建设，产业区形成了以平板显示为重点的高新技术产业集群。

【标题】为什么是厦门？
【作者】林露虹;吴君宁
【报纸名称】厦门日报
【日期】2018-07-28
【正文】
一天之内，我国软件产业的两大重量级会议在厦门召开。
"""


def test_each_record_of_an_export_is_an_article_with_its_own_fields():
    result = parse_page(EXPORT, "p.txt")
    first, second = result.articles
    assert (first.title, first.subtitle, first.authors, first.date) == (
        "火炬高新区跨岛发展助力区域经济提升", "火炬(翔安)产业区已形成高新技术产业集群", ["林露虹", "管轩"],
        dt.date(2019, 10, 18))
    assert (second.title, second.authors, second.date) == ("为什么是厦门？", ["林露虹", "吴君宁"], dt.date(2018, 7, 28))
    assert not first.date_inferred and not second.date_inferred
    assert "产业集群" in first.text and first.zone == "厦门火炬高新区", "a byline inside a record splits nothing"
    text = "".join(a.title + a.text + (a.subtitle or "") for a in result.articles)
    for field in ("【", "检索词", "共2条记录", "厦门日报", "A06"):
        assert field not in text
    assert not result.left_out


@pytest.mark.parametrize("field", ["【标题】园区新闻\n【日期】2018-07-28", "标题：园区新闻\n日期：2018-07-28"])
def test_a_page_with_title_fields_but_no_text_field_is_no_export(field):
    page = f"# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n\n{field}\n"
    result = parse_page(page, "p.txt")
    assert all(line.rule != "record-field" for line in result.lines)
    assert result.articles[0].date != dt.date(2018, 7, 28)


def test_an_export_keyed_with_colons_is_read_the_same():
    page = EXPORT.replace("【标题】", "标题：").replace("【作者】", "作者：").replace("【日期】", "日期：")
    page = page.replace("【正文】", "正文：").replace("【副标题】", "副标题：").replace("【报纸名称】", "报纸名称：")
    page = page.replace("【版次】", "版次：")
    assert [(a.title, a.date) for a in parse_page(page, "p.txt").articles] == [
        ("火炬高新区跨岛发展助力区域经济提升", dt.date(2019, 10, 18)), ("为什么是厦门？", dt.date(2018, 7, 28))]
