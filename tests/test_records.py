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


# One paper's page exported as records: the paper's name over them, one date
# field for the whole issue, then a 栏目 over each record, some fields empty.
ISSUE_EXPORT = """甲乙劳动日报
【日期】2025-09-24
【版次】第06版

【栏目】协同发展
【标题】甲乙高新区机器人对接会侧记
【作者】本报记者 张光明
【正文】
9月16日，机器人产业共享智造对接会在北京举办，甲乙高新区带来二十个项目。
【图片】对接会现场。本报记者 张光明 摄
【图片】双方正在洽谈事项。本报记者 侯嘉正 摄

【栏目】短评
【标题】从“钢铁之城”到“机器人之城”
【作者】
【正文】
在这座曾以钢铁闻名的城市里，一种新的工业脉搏正在强劲跳动。

【栏目】园区动态
【标题】
【作者】
【正文】
7月19日上午，市政协考察团一行来高新区调研高质量发展建设情况。
"""


def test_one_date_field_above_an_issues_records_dates_them_all():
    articles = parse_page(ISSUE_EXPORT, "p.txt").articles
    assert [a.date for a in articles] == [dt.date(2025, 9, 24)] * 3
    assert not any(a.date_inferred for a in articles)


def test_a_records_column_field_is_its_label_and_an_empty_field_is_no_text():
    articles = parse_page(ISSUE_EXPORT, "p.txt").articles
    assert [a.kind.value for a in articles] == ["feature", "commentary", "brief"]
    assert not any("作者" in a.text or "作者" in a.title for a in articles)


def test_an_exports_picture_fields_are_the_records_captions_in_a_row():
    first = parse_page(ISSUE_EXPORT, "p.txt").articles[0]
    assert [c.text for c in first.captions] == ["对接会现场。", "双方正在洽谈事项。"]
    assert "洽谈" not in first.text


def test_the_paper_named_above_an_export_is_the_pages_but_not_the_time_it_was_exported():
    page = ("甲乙日报 检索结果导出\n导出时间：2025-03-03 16:40\n\n"
            "【标题】甲乙高新区推出人才新政\n【正文】\n近日，高新区发布人才新政十条。\n")
    result = parse_page(page, "p.txt")
    assert result.page.newspaper == "甲乙日报"
    assert result.page.date is None, "the day of the export is no issue date"
    # a record dating nothing of its own takes the export's day, marked inferred (metadata.export_date)
    assert (result.articles[0].date, result.articles[0].date_inferred) == (dt.date(2025, 3, 3), True)


def test_a_records_date_field_may_print_the_day_in_words():
    page = ("【标题】甲乙高新区推出人才新政\n【日期】2026年1月19日　星期一\n【正文】\n"
            "近日，高新区发布人才新政十条。\n\n"
            "【标题】甲乙高新区项目开工\n【日期】2026年1月20日　星期二\n【正文】\n日前，高新区十个项目集中开工。\n")
    assert [a.date for a in parse_page(page, "p.txt").articles] == [dt.date(2026, 1, 19), dt.date(2026, 1, 20)]


def test_a_records_text_may_start_on_its_text_fields_line():
    page = ("周口日报　县市新闻检索结果　共1条\n\n【标题】项城2019年第三批重点项目集中开工\n【作者】杨光林\n"
            "【日期】2019-08-16\n【正文】本报讯（记者　杨光林）8月12日上午，项城市4个重点项目集中开工，总投资50亿元。\n"
            "当日9时许，刘昌宇下达开工令。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.text.startswith("8月12日上午，项城市4个重点项目集中开工，总投资50亿元。")
    assert article.authors == ["杨光林"]


def test_a_sentence_above_an_exports_first_record_is_text_and_the_record_keeps_its_title():
    page = ("甲乙日报 检索结果导出\n以下为本报近期刊发的高新区报道，供各单位参阅学习，请结合实际认真研究落实。\n\n"
            "【标题】甲乙高新区推出人才新政\n【正文】\n近日，高新区发布人才新政十条。\n")
    articles = parse_page(page, "p.txt").articles
    assert any("供各单位参阅学习" in a.text for a in articles)  # never lost into the page's header
    assert articles[-1].title == "甲乙高新区推出人才新政"


def test_a_records_author_field_may_carry_a_mark():
    page = "【标题】项目跑出加速度\n【作者】□记者 王世宁 张学桥\n【正文】\n近日，高新区重点项目建设全面提速。\n"
    assert parse_page(page, "p.txt").articles[0].authors == ["王世宁", "张学桥"]


def test_a_record_with_its_title_field_left_empty_is_an_item_of_its_own():
    page = ("枣庄新闻网·数字报稿件导出\n\n"
            "【标题】全国融媒体聚焦宿迁采风行动举行\n【作者】甄宗奎\n【日期】2026-01-08\n【正文】\n"
            "枣庄新闻网讯 7月21日至24日，来自中央和省、市的媒体记者走进宿迁采风。\n\n"
            "【标题】\n【作者】魏吉珂;邵沛源\n【日期】2026-01-08\n【正文】\n"
            "7月14日，国家工信部公布了第五批国家级专精特新“小巨人”企业名单，海州区3家企业入选。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title[:6], a.authors, str(a.kind)) for a in articles] == [
        ("全国融媒体聚", ["甄宗奎"], "brief"), ("国家工信部公", ["魏吉珂", "邵沛源"], "brief")]


def test_a_keyed_exports_picture_fields_before_its_text_are_its_captions():
    page = ("标题：甘肃白银：蹚出绿色崛起转型路\n作者：■中国城市报记者 叶中华 通讯员 王鹏程\n来源：中国城市报\n"
            "图片：白银市内的“铜城的开拓者”雕塑。　宋秉棣摄\n图片：白银市“六朵金花”之一大坪花海。　宋秉棣摄\n正文：\n"
            "1956年，“惊天一爆”犹如春雷，唤醒了白银沉寂的土地。\n白银市委书记苏君表示，要打造宜居宜业城市。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == ["白银市内的“铜城的开拓者”雕塑。", "白银市“六朵金花”之一大坪花海。"]
    assert "雕塑" not in article.text and "惊天一爆" in article.text


def test_an_exports_date_field_above_its_first_title_dates_the_page():
    page = ("某某信息网\n【网站】某某信息网·园区频道\n【日期】2024年9月14日 星期六\n【栏目】园区动态\n【正文】\n"
            "9月11日，第二十五届光电博览会开幕，中山火炬高新区组织51家企业参展。\n\n"
            "【标题】高新区激光光电产业集聚效应初显\n【正文】\n近日，潍坊高新区激光产业集群加快发展。\n")
    result = parse_page(page, "p.txt")
    assert result.page.date == dt.date(2024, 9, 14)
    assert [a.date for a in result.articles] == [dt.date(2024, 9, 14)] * 2


def test_a_manuscript_exports_serial_number_and_sub_headings_are_fields():
    page = ("某某新闻网·数字报稿件导出\n\n稿件序号：01\n标题：江门高新区冲刺全国50强\n正文：\n"
            "作为江门唯一的国家级高新区，江门高新区不断争先进位。\n小标题：“国字号”孵化明日之星\n"
            "江门高新区位于江门市江海区，毗邻中山。\n\n稿件序号：02\n标题：高新区新增13家高新技术企业\n正文：\n"
            "近日，高新区新增13家国家级高新技术企业。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["江门高新区冲刺全国50强", "高新区新增13家高新技术企业"]
    assert [s.heading for s in articles[0].sections if s.heading] == ["“国字号”孵化明日之星"]
    assert not any("稿件序号" in a.text or "小标题" in a.text for a in articles)


def test_a_records_date_field_above_its_title_dates_that_record():
    page = ("金坛时报数字报　检索结果（共2条）\n\n"
            "【报纸】金坛时报\n【出版日期】2018-07-09\n【标题】常州市政协委员来坛调研\n"
            "【正文】\n本报讯　7月6日，委员来我区调研。\n\n"
            "【报纸】金坛时报\n【出版日期】2021-01-18\n【标题】华罗庚科技产业园升格省级高新区\n"
            "【正文】\n本报讯　新年伊始，我区迎来好消息。\n")
    assert [a.date for a in parse_page(page, "p.txt").articles] == [dt.date(2018, 7, 9), dt.date(2021, 1, 18)]
