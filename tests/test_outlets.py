"""The parser on hand-made pages in other outlets' styles (tests/data/outlets):
科技日报, 人民日报, 新华社, provincial and city dailies, Hong Kong and Taiwan
papers in traditional script; `#`, `##` and bare markups, with and without
blank lines. Every article, zone, kind and author is checked, and no credit,
byline or marker may stand in any article's text."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from indexer import continuations
from indexer.corpus import parse_file
from indexer.documents import to_document
from indexer.parse import parse_page

OUTLETS = Path(__file__).resolve().parent / "data" / "outlets"

# Every article of every page: (title, zone, kind, authors), in page order.
EXPECTED = {
    "keji_hash.txt": [  # 科技日报: masthead, kicker + headline + ——subtitle, 本报讯, credits
        ("武汉东湖高新区：光谷再造新光谷", "东湖高新区", "feature", ["张伟", "李娜"]),
        ("如何留住人才？", "合肥高新区", "brief", ["赵敏"]),
        ("好消息！西安高新区获批国家级孵化器", "西安高新区", "brief", ["孙丽", "周杰"]),
        ("珠海高新区举办集成电路产业对接会，50余家企业参会", "珠海高新区", "photo", ["吴芳"]),
    ],
    "renmin_double.txt": [  # 人民日报: '##' for everything, no blank lines, datelines, editor line
        ("苏州工业园区：开放创新再出发", "苏州工业园区", "feature", ["刘洋"]),
        ("武进高新区打造机器人产业集群", "武进高新区", "brief", ["黄建国"]),
        ("杨凌示范区：农业科技成果惠及千家万户", "杨凌农业高新区", "brief", []),
    ],
    "xinhua_hash_credits.txt": [  # 新华社 and others: every credit form
        ("成都高新区：新经济企业突破10万家", "成都高新区", "brief", ["张伟"]),
        ("西安高新区硬科技产业集群加速成长", "西安高新区", "feature", ["刘洋"]),
        ("合肥高新区量子科技产业蓬勃发展", "合肥高新区", "feature", ["黄建国"]),
        ("苏州工业园区举行创新发展大会，发布一批重大创新成果", "苏州工业园区", "photo", ["陈琪"]),
    ],
    "citydaily_bare_noblank.txt": [  # a city daily: bare, no blank lines, ■ and 文/ bylines
        ("常州市武进高新区机器人产业再提速", "武进高新区", "brief", ["王芳", "李强", "张华"]),
        ("南京高新区获评五星级园区", "南京高新区", "brief", ["周杰"]),
        ("宁波高新区举办人才招聘会", "宁波高新区", "brief", []),
    ],
    "provincial_bare_three.txt": [  # a provincial daily: the first headline exclaims
        ("好消息！贵阳高新区获批国家级人才基地", "贵阳高新区", "brief", ["王芳", "李强"]),
        ("昆明高新区出台专精特新企业培育办法", "昆明高新区", "brief", ["赵敏"]),
        ("南宁高新区：帮代办服务跑出加速度", "南宁高新区", "brief", ["孙丽", "周杰"]),
    ],
    "traditional_bare.txt": [  # Hong Kong / Taiwan, bare markup
        ("深圳高新區推出人才補貼新政", "深圳高新区", "brief", ["陳志明"]),
        ("廈門火炬高新區專精特新企業再添新軍", "厦门火炬高新区", "feature", ["林美玲"]),
        ("如何打造創新生態？", "成都高新区", "brief", ["黃建國", "張華"]),
    ],
    "hk_double_traditional.txt": [  # six traditional headlines on a '##' page
        ("深圳高新區：人才補貼最高可達五百萬元", "深圳高新区", "brief", ["陳志明"]),
        ("廈門火炬高新區新增十二家專精特新企業", "厦门火炬高新区", "brief", ["林美玲"]),
        ("杭州高新區推出科技企業貸款貼息", "杭州高新区", "brief", []),
        ("珠海高新區集成電路產業加速集聚", "珠海高新区", "brief", ["黃建國"]),
        ("中山火炬高新區舉辦招商推介會", "中山火炬高新区", "photo", ["陳琪"]),
        ("東莞松山湖高新區打造創新高地", "东莞松山湖高新区", "brief", ["周杰"]),
    ],
    "daily_feature_double.txt": [  # a long feature with no byline above, sub-headings, a byline below
        ("青岛高新区：打造海洋经济新引擎", "青岛高新区", "feature", ["王芳"]),
        ("济南高新区推出企业服务新举措", "济南高新区", "brief", []),
    ],
    "daobao_hash_mixed.txt": [  # '##' kicker above a '#' headline, '##' ——subtitle below, （张华 李强）
        ("天津滨海高新区：信创产业集群加速崛起", "天津滨海高新区", "feature", ["郭海洲"]),
        ("石家庄高新区生物医药产业规模突破千亿", "石家庄高新区", "brief", ["张华", "李强"]),
    ],
    "weekly_bare_numbered.txt": [  # numbered sub-headings, a headline with a comma
        ("长春新区：打造东北创新高地", "长春高新区", "feature", ["王芳"]),
        ("政策给力，企业有底气", "包头稀土高新区", "brief", ["赵敏"]),
    ],
    "hardwrap_bare.txt": [  # OCR that breaks every line at the column width
        ("贵阳高新区发布人才补贴新政", "贵阳高新区", "brief", ["王芳"]),
        ("昆明高新区生物医药产业提速", "昆明高新区", "brief", []),
    ],
    "cna_traditional_hash.txt": [  # 中央社 bracketed dateline, 上圖：, 參與採寫, 央視記者, 摄影报道, 本版責編
        ("新竹科學園區營業額創新高", None, "brief", ["陳志明", "林美玲"]),
        ("人民日報：中關村科技園區打造創新高地", "中关村高新区", "feature", ["張華"]),
    ],
    "ltn_traditional_bare.txt": [  # 自由時報: 〔記者…／台北報導〕 opening the text, （圖／記者…攝） after a caption
        ("竹科營業額創新高 半導體撐盤", None, "brief", ["陳志明"]),
        ("台中科學園區擴建計畫啟動", None, "brief", ["林美玲"]),
    ],
    "false_rejoin.txt": [
        ("广州高新区企业服务提质增效", "广州高新区", "brief", []),
    ],
    "no_headline.txt": [  # no headline anywhere: the page is one article, not nothing
        ("佛山高新区召开企业座谈会，听取企业对优化营商环境的意见建议，…", "佛山高新区", "brief", []),
    ],
    "continuation_front.txt": [
        # a report (青岛高新区近日发布…) under its reporter's byline: a 消息, not a story told
        ("青岛高新区：打造海洋科技创新高地", "青岛高新区", "brief", ["孙丽"]),
    ],
    "continuation_inside.txt": [  # the rest of a story from page 1: an article until page 1 is joined
        ("青岛高新区还将与驻青高校共建海洋技术转移中心", "青岛高新区", "brief", []),
        ("长沙高新区推出企业服务新举措", "长沙高新区", "brief", ["周杰"]),
    ],
    "orphan_jump.txt": [
        ("截至目前，该项目已完成投资80%", None, "brief", []),
        ("昆明高新区生物医药产业提速", "昆明高新区", "brief", []),
    ],
}
# What must never stand in an article's text: credits, bylines, lead-in
# markers, jump markers, editor lines (simplified and traditional).
LEAK = re.compile(r"摄|攝|供图|供圖|资料图片|图片来源|[(（]\s*(?:本报)?(?:记者|記者)|(?:记者|記者)\s*[/／]"
                  r"|通讯员|通訊員"
                  r"|实习生|本报讯|本報訊|网讯|網訊"
                  r"|[►■△]|[上下]接|转第|轉第|编辑|編輯|^文[/／]|^——")


def parsed(name: str):
    return parse_file(OUTLETS / name, {}).result


def test_every_page_is_in_the_table():
    assert sorted(EXPECTED) == sorted(p.name for p in OUTLETS.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles_zones_kinds_and_authors(name):
    found = [(a.title, a.zone, a.kind.value, a.authors) for a in parsed(name).articles]
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_credit_byline_or_marker_in_any_text(name):
    for article in parsed(name).articles:
        for paragraph in article.text.split("\n"):
            assert not LEAK.search(paragraph), (article.title, paragraph)
        if article.kind.value != "photo":
            for caption in article.captions:
                assert not caption.text or caption.text not in article.text


def test_kicker_headline_and_subtitle():
    lead = parsed("keji_hash.txt").articles[0]
    assert (lead.kicker, lead.subtitle) == ("国家高新区这十年", "湖北推动科技创新策源地建设纪实")
    first = parsed("renmin_double.txt").articles[0]
    assert (first.kicker, first.title, first.subtitle) == (
        "高质量发展调研行", "苏州工业园区：开放创新再出发", "来自江苏的调研报告")
    assert [s.heading for s in first.sections] == [None, "一网通办"]


def test_long_feature_keeps_its_sub_headings_and_speech_is_no_headline():
    feature, brief = parsed("daily_feature_double.txt").articles
    assert [s.heading for s in feature.sections] == [None, "链式招商", "人才引育"]
    assert "“这里的服务真是贴心！”" in brief.text.split("\n")


def test_kicker_and_subtitle_around_a_hash_headline():
    first = parsed("daobao_hash_mixed.txt").articles[0]
    assert (first.kicker, first.subtitle) == ("聚焦国家高新区高质量发展", "来自京津冀协同发展一线的报道")
    assert [s.heading for s in first.sections] == [None, "链主带动"]


def test_numbered_sub_headings_on_a_bare_page():
    feature = parsed("weekly_bare_numbered.txt").articles[0]
    assert [s.heading for s in feature.sections] == [
        None, "一、强化科技创新平台建设", "二、优化人才发展环境", "（三）提升企业服务水平"]


def test_page_furniture_is_neither_an_article_nor_left_out():
    result = parsed("cna_traditional_hash.txt")
    assert result.masthead == ["本版責編：王芳"] and result.left_out == []


def test_masthead_dates_the_page_and_stays_out_of_articles():
    result = parsed("keji_hash.txt")
    assert result.masthead == ["科技日报 2023年9月14日 星期四 第3版"]
    assert {(a.date.isoformat(), a.date_inferred) for a in result.articles} == {("2023-09-14", False)}
    assert (result.page.page, result.left_out) == ("3", [])


@pytest.mark.parametrize("name, title, caption, credit", [
    ("keji_hash.txt", "武汉东湖高新区：光谷再造新光谷", "东湖高新区一家企业的研发实验室。", "新华社记者 王强"),
    ("keji_hash.txt", "如何留住人才？", "某企业研发车间一角。", "陈刚"),
    ("xinhua_hash_credits.txt", "成都高新区：新经济企业突破10万家",
     "9月11日，成都高新区一家无人机企业的工程师在调试产品。", "新华社记者 王强"),
    ("xinhua_hash_credits.txt", "西安高新区硬科技产业集群加速成长", "西安高新区某企业生产车间一角。", "王五"),
    ("xinhua_hash_credits.txt", "合肥高新区量子科技产业蓬勃发展", "合肥高新区量子科技企业展厅。", "合肥高新区"),
    ("citydaily_bare_noblank.txt", "常州市武进高新区机器人产业再提速", "工人在生产线上调试设备", "陈琪"),
    ("citydaily_bare_noblank.txt", "南京高新区获评五星级园区", "南京高新区科创中心外景。",
     "南京日报网发 南京高新区供图"),
    ("citydaily_bare_noblank.txt", "宁波高新区举办人才招聘会", "图为往届招聘会现场。", "资料图片"),
    # a 攝 credit follows its caption, so the paragraph before it is taken as one
    ("traditional_bare.txt", "廈門火炬高新區專精特新企業再添新軍",
     "廈門火炬高新區今年新增國家級專精特新「小巨人」企業12家，總數位居全省前列。", "記者 林美玲"),
    ("false_rejoin.txt", "广州高新区企业服务提质增效", "", "新华社记者 张三"),
    ("cna_traditional_hash.txt", "新竹科學園區營業額創新高", "新竹科學園區一景。", None),
    ("ltn_traditional_bare.txt", "台中科學園區擴建計畫啟動", "台中科學園區擴建工地。", "記者林美玲"),
    ("cna_traditional_hash.txt", "人民日報：中關村科技園區打造創新高地", "圖為中關村創業大街。", "記者 李強"),
])
def test_captions_and_credits(name, title, caption, credit):
    article = next(a for a in parsed(name).articles if a.title == title)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]


def test_sentences_are_rejoined_only_with_evidence():
    city = parsed("citydaily_bare_noblank.txt").articles[0]
    assert "总投资超过300亿元。" in city.text                      # broken at a column, rejoined
    guangzhou = parsed("false_rejoin.txt").articles[0]
    assert guangzhou.text.split("\n") == [
        "广州高新区近日推出企业服务新举措，实现涉企事项一窗通办。",
        "企业服务专员全程跟进，帮助企业解决用地、用工等难题。",
        "服务窗口",                                                # a short line of its own stays one
        "受理的事项全部限时办结。"]


def test_lines_broken_at_the_column_width_make_whole_paragraphs():
    first, second = parsed("hardwrap_bare.txt").articles
    assert first.text.split("\n")[0] == (
        "近日，贵阳高新区召开人才工作会议，发布人才补贴新政，对新引进的博士给予每人每年5万元生活补贴，连续补贴3年。")
    assert second.text == "昆明高新区生物医药产业上半年产值同比增长18%，增速位居全省前列，新引进生物医药项目12个。"


def test_a_short_line_with_commas_under_a_headline_starts_the_text():
    (article,) = parse_page("甲乙高新区召开人才工作会议\n近日，甲乙高新区召开\n人才工作会议，部署全年工作。\n",
                            "p").articles
    assert (article.title, article.subtitle, article.text) == (
        "甲乙高新区召开人才工作会议", None, "近日，甲乙高新区召开人才工作会议，部署全年工作。")


def test_datelines_and_bracketed_bylines_go_off_the_text():
    wujin = parsed("renmin_double.txt").articles[1]
    assert (wujin.dateline, wujin.text[:12]) == ("新华社南京9月12日电", "常州市武进高新区近日举行")
    kunming = parsed("provincial_bare_three.txt").articles[1]
    assert (kunming.dateline, kunming.text[:9]) == ("云南网昆明9月8日电", "昆明高新区近日出台")


def test_a_dateline_is_searched_with_the_kicker_and_dates_an_undated_page():
    wujin = parsed("renmin_double.txt").articles[1]
    assert "新华社南京9月12日电" in to_document(wujin, "sha")["kicker"]
    (article,) = parse_page("# 襄阳高新区召开人才大会\n\n新华社武汉9月12日电 襄阳高新区2023年人才大会召开。\n",
                            "p.txt").articles
    assert (article.date, article.date_inferred) == (dt.date(2023, 9, 12), True)


def test_a_page_without_headlines_is_one_article_and_said_so():
    result = parsed("no_headline.txt")
    assert len(result.articles) == 1 and result.left_out == []
    assert "近日，佛山高新区召开企业座谈会" in result.articles[0].text
    assert any("no headline recognised" in note for note in result.notes)


def test_a_story_continued_on_another_page_is_joined():
    front, inside = parsed("continuation_front.txt"), parsed("continuation_inside.txt")
    tail = inside.articles[0]
    assert (tail.headless, tail.continued_from, front.articles[0].continues_on) == (True, "1", "3")
    assert continuations.join([front, inside]) == [("continuation_front.txt", "continuation_inside.txt")]
    assert front.articles[0].text.endswith("推动产业链上下游协同发展。青岛高新区还将与驻青高校共建海洋技术转移中心。")
    assert [a.title for a in inside.articles] == ["长沙高新区推出企业服务新举措"], "the tail is no article of its own"
    assert "（上接第1版）" in front.articles[0].markup and "上接" not in front.articles[0].text
    assert inside.left_out == [] and not any("continues on page" in n for n in front.notes)


def test_an_orphaned_continuation_whose_marker_is_glued_to_its_words_is_an_article_too():
    page = ("焦作晚报\n2017年3月11日　星期六\n第02版　要闻\n\n"
            "（上接一版②）徐衣显表示，下一步，我市将以此次观摩活动为动力，加快转型发展。\n\n"
            "## 焦作新区携手央企共谋发展\n\n本报讯 近日，焦作新区携手央企共谋发展恳谈会召开。\n")
    result = parse_page(page, "p.txt")
    tail = result.articles[0]
    assert (tail.headless, tail.continued_from) == (True, "一") and tail.text.startswith("徐衣显表示")
    assert not result.left_out and "上接" not in tail.text


def test_a_heading_right_under_a_continuation_marker_is_a_part_of_the_continued_story():
    page = ("沈阳日报\n2024年3月12日　星期二\n第A06版　高新\n\n（上接第1版）\n\n汇聚振兴力量\n\n"
            "建设、招商引资、科技创新、发展环境等方面持续发力，高新区发展势头强劲。\n\n"
            "沈阳高新区培育新动能\n\n本报讯 近日，沈阳高新区推出产业促进政策20条。\n")
    result = parse_page(page, "p.txt")
    tail = result.articles[0]
    assert tail.headless and tail.continued_from == "1" and not result.left_out
    assert [s.heading for s in tail.sections if s.heading] == ["汇聚振兴力量"]
    assert [a.title for a in result.articles[1:]] == ["沈阳高新区培育新动能"]


def test_an_orphaned_continuation_is_an_article_without_its_marker():
    result = parsed("orphan_jump.txt")
    continuations.join([result])
    tail = result.articles[0]
    assert (tail.headless, tail.continued_from, tail.text) == (True, "1", "截至目前，该项目已完成投资80%。")
    assert not result.left_out and "（上接第1版）" in tail.markup
    front = parsed("continuation_front.txt")
    continuations.join([front])
    assert any("continues on page 3 (下转第3版)" in note for note in front.notes)
