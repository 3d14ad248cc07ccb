"""Issue dates: header line, manifest, inference from the text."""
from __future__ import annotations

import datetime as dt

import pytest

from indexer import dates, header
from indexer.header import PageHeader
from indexer.manifest import MANIFEST, read_manifest
from indexer.parse import parse_page


@pytest.mark.parametrize("text, expected", [
    ("2023年12月27日,签约仪式举行。除2023年12月19日专场外", "2023-12-27"),
    ("今年5月24-26日,书记率队招商。2023年上半年", "2023-05-26"),          # a day range counts its last day
    ("2021年12月,公司拟投资。当年12月5日,董事长来选址,一个月之内完成了全部的拆迁任务。2022年1月签约", "2021-12-05"),
    ("公司2019年成立。去年3月8日投产,2022年规模以上", "2022-03-08"),       # the nearest year, after it
    ("7月13日,活动举行。", None),                                         # no year anywhere: no date
    ("2020年,指标增长。", None),                                          # a year alone is no full date
    ("2023年2月30日 不存在的日期", None),
])
def test_inference(text, expected):
    found = dates.infer(text)
    assert (found.isoformat() if found else None) == expected


def test_header_line_is_taken_off_the_page():
    found, rest = header.split("\n日期：2024-01-05\n# 标题\n")
    assert found.date == dt.date(2024, 1, 5) and "日期" not in rest and "# 标题" in rest


def test_header_lines_name_paper_and_page_in_either_script():
    found, rest = header.split("報紙: 科技日報\n日期: 2024-01-05\n版次: 第03版\n版名: 高新区\n# 标题\n")
    assert (found.newspaper, found.page, found.page_name) == ("科技日報", "3", "高新区")
    assert rest.strip() == "# 标题"


def test_a_bad_date_is_no_header_line():
    found, rest = header.split("日期: 2024-02-30\n# 标题\n")
    assert found.date is None and rest.startswith("日期")


@pytest.mark.parametrize("line, page, day", [
    ("科技日报 2023年8月15日 星期二 第3版", "3", dt.date(2023, 8, 15)),
    ("A03版 要闻", "A3", None),
    ("2023年8月15日 星期二", None, dt.date(2023, 8, 15)),
    ("二〇二三年八月十五日 星期二 第十二版", "12", dt.date(2023, 8, 15)),
    ("中国高新技术产业导报 二〇二四年十二月三十一日 第3版", "3", dt.date(2024, 12, 31)),
    ("二O二六年四月二十二日　星期三", None, dt.date(2026, 4, 22)),  # OCR's letter O for 〇
    ("二0二六年八月二十日 星期四 第5版", "5", dt.date(2026, 8, 20)),  # and its zero
    ("FRIDAY-SUNDAY, JUNE 12-14, 2026 | WEEKEND EDITION", None, dt.date(2026, 6, 12)),  # a weekend's days
    ("2024 2·1 今日16版 星期四 癸卯年十二月廿二", None, dt.date(2024, 2, 1)),  # a designed masthead's month·day
])
def test_masthead_gives_date_and_page(line, page, day):
    found = header.PageHeader()
    header.from_masthead([line], found)
    assert (found.page, found.date) == (page, day)


def test_manifest(tmp_path):
    (tmp_path / MANIFEST).write_text("# file\tdate\na.txt\t2022-03-04\nb.txt\tnot-a-date\n"
                                     "c.txt\t\t科技日报\t第3版\t高新区\nd.txt\t2023-01-02\t中国高新技术产业导报\n"
                                     "e.txt\t\t\t\t\n", "utf-8")
    problems: list[str] = []
    assert read_manifest(tmp_path, problems) == {
        "a.txt": PageHeader(dt.date(2022, 3, 4)), "c.txt": PageHeader(None, "科技日报", "3", "高新区"),
        "d.txt": PageHeader(dt.date(2023, 1, 2), "中国高新技术产业导报")}
    assert [p.split(":")[0] for p in problems] == ["dates.tsv line 3", "dates.tsv line 6"]


def test_the_page_s_own_header_wins_over_the_manifest_field_by_field():
    declared = PageHeader(dt.date(2022, 3, 4), "科技日报", "3", "高新区")
    result = parse_page("报纸: 中国高新技术产业导报\n\n# 襄阳高新区人才新政\n\n襄阳高新区出台人才新政。\n",
                        "x.txt", declared)
    article = result.articles[0].to_json()
    assert (article["newspaper"], article["issue_date"], article["page_number"], article["page_name"]) == \
        ("中国高新技术产业导报", "2022-03-04", "3", "高新区")


def test_a_plans_day_in_the_future_dates_no_article():
    from indexer import dates
    assert dates.infer("到2035年，合肥高新区将基本建成世界领先科技园区。9月24日，方案发布。") is None
    assert dates.infer("2018年9月24日，合肥高新区发布方案，提出到2035年建成世界领先科技园区。") == dt.date(2018, 9, 24)


def test_a_clips_note_of_where_it_first_ran_dates_no_piece_of_a_dated_page():
    page = ("浙江法制报\n2022年9月26日 星期一\n第1版 一版要闻\n\n"
            "# 浙江检察服务非公“再出发”\n\n本报讯 检察机关出台意见，服务民营经济发展。\n\n"
            "（原载本报2017年1月11日第7版）\n\n"
            "# 德清高新区获批国家级\n\n本报讯 德清高新区日前获批升级为国家高新区。\n")
    result = parse_page(page, "p.txt")
    assert [a.date for a in result.articles] == [dt.date(2022, 9, 26)] * 2


def test_an_exports_day_dates_its_records_that_date_nothing_of_their_own():
    page = ("蚌埠新闻网·稿件导出\n导出日期：2023-09-18\n\n"
            "【标题】“链”上长三角“蚌”发新活力\n【正文】\n8月20日，蚌埠党政代表团踏上赴沪苏浙地区考察学习的行程。\n\n"
            "【标题】高新区8个项目集中开工\n【日期】2019-03-27\n【正文】\n蚌埠高新区8个项目集中开工，总投资80亿元。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.date, a.date_inferred) for a in articles] == [(dt.date(2023, 9, 18), True),
                                                             (dt.date(2019, 3, 27), False)]


def test_a_header_line_of_month_day_weekday_and_page_takes_its_year_from_the_next_line():
    # 2月10日　星期二　第A6版 reads like a 导读 entry's page pointer, yet at the top with a weekday it is the header's
    page = ("青海法治报\nQINGHAI FAZHI BAO\n2月10日　星期二　第A6版\n2026年　农历乙巳年腊月廿三　　今日8版\n\n"
            "# 银川高新区:八大主导产业竞生辉\n\n银川高新区成立于2003年4月,2010年11月被国务院批准为国家高新区。\n")
    result = parse_page(page, "p.txt")
    assert result.page.date == dt.date(2026, 2, 10) and [a.date for a in result.articles] == [dt.date(2026, 2, 10)]


def test_header_lines_set_as_markup_headings_at_the_top_are_the_header():
    # ## the date with its weekday and the lunar date, ## the page and its name: no headline, no article
    page = ("## 新闻晚报\n## 2013年9月10日　星期二　　癸巳年八月初六\n## A14　财经·园区\n责任编辑：王　蕾\n\n"
            "## 张江高科技园区：阡陌农田变“中国硅谷”\n\n张江高科技园区,被誉为中国硅谷。\n")
    result = parse_page(page, "p.txt")
    assert result.page.date == dt.date(2013, 9, 10)
    assert [a.title for a in result.articles] == ["张江高科技园区：阡陌农田变“中国硅谷”"]


def test_a_header_line_of_fields_apart_by_dots_gives_the_date_however_long():
    page = ("BEIJING TODAY\nOCTOBER 16, 2026 • No. 1021 • PUBLISHED WEEKLY • CN11-0120 • ¥3.00 (METRO & COMMERCE)\n\n"
            "High-tech hub draws business start-ups\n\nZhongguancun Science Park keeps drawing young entrepreneurs.\n")
    result = parse_page(page, "p.txt")
    assert result.page.date == dt.date(2026, 10, 16) and result.articles[0].date == dt.date(2026, 10, 16)


def test_a_posts_day_right_under_its_headline_dates_that_post_not_the_next():
    page = ("## 湛江日报·湛江云媒\n## 频道：经济 ＞ 产业园区\n\n"
            "## “坐着高铁看中国”媒体采访团走进东海岛\n湛江云媒　2025-12-11\n\n"
            "12月10日，媒体采访团深入湛江东海岛产业化集群基地进行实地调研。\n\n"
            "## 湛江乡村这一年的五个关键词\n湛江云媒　2025-12-03\n\n"
            "当2025年的余晖洒满雷州半岛，湛江的振兴征程在继续。\n")
    dates_ = [a.date for a in parse_page(page, "p.txt").articles]
    assert dates_ == [dt.date(2025, 12, 11), dt.date(2025, 12, 3)]
