"""Interviews and commentaries are kinds of their own: found by the parser,
selectable as filters and in the query syntax, labelled on the page."""
from __future__ import annotations

import pytest

from indexer.build import build
from indexer.parse import parse_page
from tests.conftest import close_app, make_app

PAGE = """日期: 2024-06-03

## 访谈

# 襄阳高新区：人才是第一资源

记者：襄阳高新区今年在人才工作上有哪些新举措？

张三：我们设立了人才专项资金，对新引进的博士给予补贴。

记者：企业反响如何？

张三：企业普遍认为政策实在，申报也方便。

## 短评

# 让政策红利直达企业

襄阳高新区推行免申即享，是转变作风的具体体现。政策好不好，企业说了算。

# 襄阳高新区举办招聘会

本报讯 近日，襄阳高新区举办人才招聘会，120家企业参加。
"""


def test_the_parser_tells_interviews_and_commentaries_from_news():
    kinds = [(a.title, str(a.kind)) for a in parse_page(PAGE, "p.txt").articles]
    assert kinds == [("襄阳高新区：人才是第一资源", "interview"), ("让政策红利直达企业", "commentary"),
                     ("襄阳高新区举办招聘会", "brief")]


def test_a_piece_under_an_opinion_kicker_is_a_commentary():
    page = "## 观点\n# 高新区高质量发展需率先形成良好创业生态\n\n推动高新区高质量发展，应以创新为第一动力。\n"
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["commentary"]


@pytest.mark.parametrize("label", ["一线视角", "【热评】", "## 随笔", "锋评", "新华网评", "光华言论", "紫金e评"])
def test_a_piece_under_an_opinion_column_is_a_commentary(label):
    page = (f"{label}\n\n闯新路才会有出路\n\n人民日报某某分社记者 王锦涛\n\n"
            "地处西北、深居内陆，只有闯新路才会有出路。新区发展已经站在了新的历史起点上。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["commentary"]


def test_a_piece_signed_at_its_end_under_a_column_of_no_kind_is_a_commentary_sub_headed_or_not():
    page = ("## ■奇谈都市圈\n\n## 湖州：如何架起现实与理想间的桥梁\n\n湖州正站在新的起点上，如何把理想变成现实？\n\n"
            "## 优越的区位与优美的环境\n\n湖州地处长三角中心腹地，生态环境优越。\n\n——刘奇洪\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (str(article.kind), article.authors) == ("commentary", ["刘奇洪"])


@pytest.mark.parametrize("note", ["（作者单位：长城战略咨询）", "（作者系省社科院研究员）",
                                  "作者单位：某某大学经济学院"])
def test_an_essay_closed_by_its_authors_post_is_a_commentary(note):
    page = ("# 浅析国家高新区30年管理体制机制变迁\n\n石妍妍 闫怀文\n\n"
            "三十多年来，国家高新区始终牢记“发展高科技，实现产业化”的历史使命。\n\n"
            "## 一、初步形成管理架构\n\n1988年，国务院批准实施火炬计划。\n\n"
            f"{note}\n\n# 襄阳高新区新增高企120家\n\n本报讯 近日，襄阳高新区公布今年新增高企名单。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["commentary", "brief"]


@pytest.mark.parametrize("headline", ["特写：探访生产复工中的襄阳高新区", "襄阳高新区见闻",
                                      "八百里秦川沃野 十五载创新盛事\n——宝鸡高新区成立15周年巡礼"])
def test_a_piece_that_names_itself_a_feature_is_one(headline):
    page = f"# {headline}\n\n清晨的园区里，工人们陆续走进车间。生产线上机器轰鸣。\n"
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["feature"]


@pytest.mark.parametrize(("opening", "kind"), [
    ("6月3日，襄阳高新区举办人才招聘会，120家企业参加。", "brief"),   # a time and an event: a report (消息)
    ("近日，襄阳高新区举办人才招聘会，120家企业参加。", "brief"),
    ("襄阳高新区昨日举办人才招聘会，120家企业参加。", "brief"),
    ("襄阳高新区聚集高新技术企业两千余家，创新生态持续优化。", "feature"),  # a zone first tells no time
    ("清晨的园区里，工人们陆续走进车间，生产线上机器轰鸣。", "feature"),  # a scene: a story told (通讯)
])
def test_a_bylined_piece_is_a_report_when_it_opens_on_a_time_and_an_event(opening, kind):
    page = (f"# 襄阳高新区人才工作见实效\n\n本报记者 王锦涛 通讯员 李明\n\n{opening}\n\n"
            "企业普遍认为政策实在，申报也方便。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == [kind]


@pytest.mark.parametrize(("ask", "answer"), [("问题1：", "答："), ("网友：", "卢阳：")])
def test_numbered_questions_and_readers_questions_make_an_interview(ask, answer):
    page = (f"# 襄阳高新区主任谈人才工作\n\n{ask}高新区今年的人才政策有哪些新变化？\n\n"
            f"{answer}我们设立了人才专项资金。\n\n"
            f"{ask}企业反响如何？\n\n{answer}企业普遍认为政策实在。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["interview"]


def test_a_reporters_turn_on_a_line_of_its_own_keeps_the_interview_one_piece_signed_by_him():
    page = ("# 乘势而上开新局 真抓实干启新程\n——访甲乙市委书记张晓明\n"
            "省委经济工作会议发出了做好全省经济工作的“动员令”，吹响了开局的冲锋号。\n"
            "记者 于彬：\n说到经济增长的“主引擎”，“消费”这个词是跳不过的，那么要提振消费，甲乙市有哪些安排？\n"
            "甲乙市委书记 张晓明：\n我们将从供需两端协同发力，着力提升消费能力，提质消费供给。\n"
            "记者 于彬：\n省委经济工作会议提出要“打好扩大投资翻身仗”，这场仗甲乙怎么打？\n"
            "甲乙市委书记 张晓明：\n我们将加力用好政策，深入实施抓招商促投资行动。\n（据甲乙广播电视台）\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (str(article.kind), article.authors) == ("interview", ["于彬"])
    assert "抓招商促投资" in article.text and "于彬" not in article.text


def test_a_line_saying_a_reporter_interviewed_someone_is_the_kicker():
    page = ("南都记者专访珠海高新区管委会主任苏虎\n\n抢抓双区驱动历史机遇 融入两点两廊建设\n\n"
            "记者：1992年经国务院批准设立以来，珠海高新区取得了哪些成就，又面临哪些新的机遇？\n\n"
            "苏虎：珠海高新区将奋力抢抓双区驱动的历史机遇，把一座边缘小镇建设成为现代化科教新城。\n\n"
            "记者：下一步，珠海高新区在融入两点两廊建设方面有哪些具体的打算和安排？\n\n"
            "苏虎：我们将以建设国际一流的科技创新园区为目标，主动融入两点两廊建设。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title, str(article.kind)) == (
        "南都记者专访珠海高新区管委会主任苏虎", "抢抓双区驱动历史机遇 融入两点两廊建设", "interview")


@pytest.fixture
def client(tmp_path):
    """A client of an index of PAGE."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text(PAGE, "utf-8")
    build(pages, tmp_path / "ix")
    app = make_app(tmp_path / "ix")
    yield app.test_client()
    close_app(app)


@pytest.mark.parametrize(("param", "value", "title"), [
    ("kind", "interview", "襄阳高新区：人才是第一资源"), ("q", "kind:评论", "让政策红利直达企业"),
    ("q", "kind:访谈", "襄阳高新区：人才是第一资源")])
def test_interviews_and_commentaries_are_filters(client, param, value, title):
    hits = client.get("/api/search", query_string={param: value}).json["hits"]
    assert [h["title"].replace("<mark>", "").replace("</mark>", "") for h in hits] == [title]
    assert "评论" in client.get("/search?kind=commentary").get_data(as_text=True)


def test_a_kinds_name_among_plain_words_finds_pieces_of_that_kind(client):
    hits = client.get("/api/search", query_string={"q": "企业 评论"}).json["hits"]
    assert [h["title"] for h in hits] == ["让政策红利直达企业"]  # the word 评论 is in no text


THEORY_PAGE = """忻州日报
2025年11月20日 星期四
第7版 {name}
责任编辑：王 瑾

做实做好“高”和“新”两篇文章
——推动国家高新区高质量发展的几点思考

创新驱动是国家命运所系。国家高新区是我国发展高新技术产业和培育创新型产业集群的重要阵地。

当前，国家高新区在推进高质量发展中，应坚持用新发展理念指导实际工作。

园区举办人才招聘会

本报讯 近日，襄阳高新区举办人才招聘会，120家企业参加。
"""


def test_a_page_of_theory_or_opinion_makes_its_pieces_commentaries_but_not_its_reports():
    theory = parse_page(THEORY_PAGE.format(name="理论·学习"), "p.txt")
    assert theory.page.page_name == "理论·学习", "the name printed after the page number"
    assert [(a.title, str(a.kind)) for a in theory.articles] == [
        ("做实做好“高”和“新”两篇文章", "commentary"), ("园区举办人才招聘会", "brief")]
    news = parse_page(THEORY_PAGE.format(name="要闻"), "p.txt")
    assert news.page.page_name == "要闻"
    assert [str(a.kind) for a in news.articles] == ["brief", "brief"], "the same essay on a news page"


@pytest.mark.parametrize(("subtitle", "kind"), [
    ("——访三河市委书记张金波", "interview"), ("——专访海南大学“一带一路”研究院院长梁海明", "interview"),
    ("——访筹建中的上海台商工业园（嘉定）", "brief"),  # a place visited: no one interviewed
])
def test_a_subtitle_visiting_a_person_makes_an_interview_whatever_the_turns_look_like(subtitle, kind):
    page = (f"三河：借势首都经济圈 寻求路径突破\n{subtitle}\n\n"
            "在京津冀一体化提速的背景下，三河如何借势发展？本刊记者就此进行了采访。\n\n"
            "三河面临的机遇是空前的，我们将主动承接北京非首都功能疏解。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == [kind]


def test_a_round_table_over_questions_and_answers_is_an_interview():
    page = ("圆桌\n双重冲击下，产业园区如何谋划双循环\n\n问：产业园区发展面临哪些新挑战？\n\n"
            "同济大学教授张三：外需收缩，园区要更多依靠内需。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == ["interview"]


def test_the_pieces_of_a_literary_supplement_are_stories_but_not_its_reports():
    page = THEORY_PAGE.format(name="晚晴·副刊")
    assert [(a.title, str(a.kind)) for a in parse_page(page, "p.txt").articles] == [
        ("做实做好“高”和“新”两篇文章", "feature"), ("园区举办人才招聘会", "brief")]


@pytest.mark.parametrize(("headline", "kind"), [
    ("成都高新区18个重大项目集中开工", "brief"),  # the event told: a report however it opens
    ("成都高新区项目建设热火朝天", "feature"),  # a bylined text opening on a scene: a story
])
def test_a_bylined_piece_whose_headline_tells_an_event_is_a_report(headline, kind):
    page = (f"{headline}\n\n本报记者 张三\n\n清晨的园区里机器轰鸣，塔吊林立，一派繁忙景象。"
            "18个重大项目当天集中开工，总投资超百亿元。\n")
    assert [str(a.kind) for a in parse_page(page, "p.txt").articles] == [kind]
