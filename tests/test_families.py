"""The families of real-page faults, each in the forms newspapers print it:
page headers and dates, furniture, items without a headline, zones."""
from __future__ import annotations

import datetime as dt

import pytest

from indexer.parse import parse_page

ARTICLE = "# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n"


@pytest.mark.parametrize("header", [
    "湖北日报\n2024年6月3日 星期一\n第3版 要闻\n责任编辑：张三",
    "第3版\n要闻\n二〇二四年六月三日 星期一\n农历甲辰年四月廿七",
    "湖北日报 2024.06.03",
    "2024/06/03\n星期一\n第3版",
    "责任编辑：张三\n2024-06-03\n湖北日报",
    "湖北日报 2024年\n6月3日 星期一\n第3版",
    "日期: 2024-06-03",
    "湖北日报\n2024年 总第26298期 今日8版\n第3版 要闻 6月3日 星期一",
])
def test_the_header_block_dates_the_page_in_every_print_form(header):
    result = parse_page(f"{header}\n\n{ARTICLE}", "p.txt")
    assert [a.title for a in result.articles] == ["襄阳高新区举办人才招聘会"]
    assert result.articles[0].date == dt.date(2024, 6, 3) and not result.articles[0].date_inferred


@pytest.mark.parametrize("furniture", [
    "今日导读\n光谷新增专精特新企业12家 ▶2版\n襄阳高新区签约项目30个 ▶4版",
    "今天白天 多云转晴 23℃～31℃ 东南风2级",
    "广告\n招商热线：0710-1234567",
    "更正\n本报5月30日第2版《某某》一文中“张三”应为“张四”，特此更正。",
    "扫码阅读全文",
    "本版邮箱：gxq@example.com",
    "（下转第4版）",
    "编辑：李四 校对：王五 美编：赵六",
    "回望过去一周，园区持续积势蓄力。一起来看本周新闻速递→",
    "某某日报社 地址：某某市建国路21号",
    "本刊地址：某某市某某大街 邮编：400015",
    "━━━━━━━━━━━━",
    "- 3 -",
    "、 ，。 l l i ■■",
    "▌▌ A03 ▌▌ 2024.6.3",
    "地址：某某市美安生态科技新城",
    "本版主编 陈也喆 责任编辑 胡晓庆",
])
def test_furniture_is_in_no_article(furniture):
    result = parse_page(f"{ARTICLE}\n{furniture}\n", "p.txt")
    assert [a.title for a in result.articles] == ["襄阳高新区举办人才招聘会"]
    text = "".join(a.title + a.text for a in result.articles)
    for line in furniture.split("\n"):
        assert line not in text


@pytest.mark.parametrize("label", ["## 简讯", "快讯", "【园区动态】", "■创新短波", "要闻简报",
                                   "## 每周精选丨GX WEEKLY（12.7—12.13）"])
def test_items_under_a_column_label_are_articles_of_their_own(label):
    page = (f"{ARTICLE}\n{label}\n\n近日，宜昌高新区一企业研发的新型电池通过验收。（记者 李四）\n\n"
            "6月1日，孝感高新区举办产业对接会，签约项目12个。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, str(a.kind)) for a in articles] == [
        ("襄阳高新区", "brief"), ("宜昌高新区", "brief"), ("孝感高新区", "brief")]
    assert articles[1].authors == ["李四"] and articles[2].authors == []
    assert all(label.strip("#【】■ ") not in a.title + a.text for a in articles)


def test_a_round_up_is_one_brief_an_item_under_its_headline():
    page = ("孝感高新区 园区动态\n2024-06-03\n\n# 这些项目落户开工\n\n"
            "5月27日，一批新能源项目在高新区集中签约，总投资50亿元。\n\n"
            "5月28日，孝感高新区首批开工项目12个，总投资超30亿元。\n\n"
            "日前，高新区企业某某电子入选省级专精特新企业名单。\n\n"
            "省电视台报道高新区企业某某药业完成第三次增资。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, str(a.kind), a.kicker) for a in articles] == [("孝感高新区", "brief", "这些项目落户开工")] * 4
    assert [a.text[:5] for a in articles] == ["5月27日", "5月28日", "日前，高新", "省电视台报"]


def test_a_zones_own_paper_gives_its_zone_to_news_that_names_none():
    page = ("孝感高新区 园区动态\n2024-06-03\n\n# 某某电子新品发布\n\n"
            "本报讯 6月1日，某某电子发布新一代储能电池，能量密度提升20%。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["孝感高新区"]


def test_a_short_phrase_heading_is_a_sub_heading_and_a_longer_one_the_next_headline():
    page = ("高质量发展的深圳“新硅谷”是怎样打造的？\n\n"
            "在深圳市光明区东北部，有一片总面积99平方公里的区域，这里是光明科学城。\n\n"
            "强化科学基础研究\n\n"
            "基础研究是科技创新的“总开关”。一批顶尖科学家在此安家。\n\n"
            "外国记者感受“中国速度”点赞中国发展\n\n"
            "在天津市滨海新区中心商务区，记者们关注的问题集中在产业转移。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["高质量发展的深圳“新硅谷”是怎样打造的？",
                                           "外国记者感受“中国速度”点赞中国发展"]
    assert [s.heading for s in articles[0].sections] == [None, "强化科学基础研究"]


def test_a_report_with_sub_headings_stays_news_and_its_source_line_is_no_heading():
    page = ("# 西安高新区获批全国首个硬科技创新示范区\n\n"
            "本报讯 1月4日记者获悉，西安高新区获批全国首个硬科技创新示范区。\n\n"
            "## 二十项工程\n\n据介绍，西安高新区将围绕20项创新驱动工程展开。\n\n据中国网\n")
    article, = parse_page(page, "p.txt").articles
    assert (str(article.kind), [s.heading for s in article.sections]) == ("brief", [None, "二十项工程"])
    assert "中国网" not in article.text


def test_ocr_debris_breaks_neither_a_headline_nor_a_sentence():
    page = ("湖北日报\n2024年6月3日\n━━━━━━━━━━━━\n襄阳高新区：处处皆风景\n本报讯（记者 张建平）\n"
            "盛夏时节，襄阳高新区生机盎然，嘉宾走进企业\n│\n- 3 -\n。来自广东的嘉宾纷纷称赞。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("襄阳高新区：处处皆风景", ["张建平"])
    assert "嘉宾走进企业。来自广东" in article.text and "3" not in article.text


def test_a_headline_stands_over_a_source_line_and_over_a_named_byline():
    bylined = ("湖北日报\n2024年6月3日\n\n自由贸易试验区、中欧班列集结中心、都市圈、双中心，"
               "一个个国家级平台在这里落地生根，开放的\n从“一手好牌”到“连台好戏”\n本报记者 刘印\n"
               "7月1日，襄阳高新区的物流园繁忙依旧。\n")
    sourced = ("湖北日报\n2024年6月3日\n\n项目签约 与这座城市互融共进、互利共赢\n（合肥日报）\n"
               "10月17日上午，宜昌高新区首批项目签约仪式举行。\n")
    assert [(a.title, a.authors) for a in parse_page(bylined, "p.txt").articles] == [
        ("从“一手好牌”到“连台好戏”", ["刘印"])]
    assert [a.title for a in parse_page(sourced, "p.txt").articles] == ["项目签约 与这座城市互融共进、互利共赢"]


def test_a_bilingual_page_keeps_chinese_titles_and_english_text():
    page = ("襄阳高新区园区通讯\nXIANGYANG NATIONAL HIGH-TECH ZONE NEWSLETTER\n2023年3月7日 星期二\n\n"
            "总体情况\nOverview\n\n襄阳高新区是我国第一批国家级高新区，总规划面积85平方公里。\n\n"
            "Established in 1992 with approval from the State Council, the zone spans 85 square kilometers.\n\n"
            "襄阳高新区打造汽车产业集群高地\n\n近年来，襄阳高新区紧盯新能源汽车产业，新增企业120家。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, str(a.kind)) for a in articles] == [
        ("总体情况", "brief"), ("襄阳高新区打造汽车产业集群高地", "brief")]
    assert "State Council" in articles[0].text and articles[0].date == dt.date(2023, 3, 7)


def test_a_chronological_feature_is_not_a_round_up():
    page = ("# 从一间厂房到一座产业园\n\n记者 张三\n\n"
            "2019年3月，孝感高新区引进第一家电池企业。\n\n"
            "2021年6月，这家企业的二期工厂投产。\n\n"
            "2023年5月，孝感高新区新能源产业园开园。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["从一间厂房到一座产业园"]


def test_items_tagged_with_their_place_are_items_with_that_places_zone():
    page = ("中国高新区\n2024年8月22日\n\n# 高新区动态\n\n"
            "【广东河源】南都讯 记者张昊 通讯员程学勇 昨日，河源市高新区升级为国家级高新区已获国务院批准。\n\n"
            "【河北石家庄】9月25日，考察团参观了高新区国际人才城。高新区工委书记陪同考察。（石家庄日报）\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, a.authors) for a in articles] == [("源城高新区", ["张昊", "程学勇"]), ("石家庄高新区", [])]
    assert not any("【" in a.text or "南都讯" in a.text for a in articles)


def test_bulleted_news_after_an_article_is_an_item_of_its_own():
    page = f"{ARTICLE}\n●6月1日，孝感高新区举办产业对接会，签约项目12个。\n"
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["襄阳高新区", "孝感高新区"]


@pytest.mark.parametrize(("headline", "zone"), [
    ("光谷新增专精特新企业12家", "东湖高新区"),
    ("武汉東湖高新區推出人才新政", "东湖高新区"),
    ("襄阳国家高新区获批国家级孵化器", "襄阳高新区"),
    ("苏州高新区(虎丘区)推出人才新政", "苏州高新区"),
    ("襄阳高新技术产业开发区管委会召开大会", "襄阳高新区"),
    ("光谷生物城新添一家上市企业", "东湖高新区"),
    ("某某省高新区推出人才新政", None),
    ("宁波市鄞州区推出人才新政", None),
    ("武汉经开区推出人才新政", None),
    ("我省4家国家高新区进入全国百强", None),
    ("中电光谷集团发布年报", None),
])
def test_an_articles_zone_is_the_one_national_zone_it_is_about(headline, zone):
    page = f"# {headline}\n\n近日，有关方面介绍了相关情况，企业反响热烈。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == zone


def test_an_article_about_many_zones_has_none():
    page = ("# 国家高新区评价结果出炉\n\n"
            "近日，襄阳高新区、宜昌高新区、孝感高新区、荆门高新区分别进入前列。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone is None and {"襄阳高新区", "宜昌高新区"} <= set(article.zones)


def test_a_table_stays_in_its_article():
    page = ("# 襄阳高新区经济运行稳中有进\n\n今年一季度，园区主要指标如下。\n\n"
            "指标 2023年 2024年\n营业收入 120 138\n工业产值 80 91\n\n园区将继续努力。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "营业收入 120 138" in article.text and article.title == "襄阳高新区经济运行稳中有进"


def test_a_photo_series_is_photo_news_each():
    page = (f"{ARTICLE}\n组图\n\n襄阳高新区一家企业的生产车间。\n张三 摄\n\n"
            "宜昌高新区一家企业的研发中心。\n李四 摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [str(a.kind) for a in articles] == ["brief", "photo", "photo"]
    assert [a.authors for a in articles[1:]] == [["张三"], ["李四"]]
    assert "组图" not in "".join(a.title for a in articles)


def test_every_photo_under_a_series_heading_is_of_that_series_the_last_one_too():
    page = ("襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。（记者 张三）\n\n"
            "这里是襄阳高新区\n重点项目建设如火如荼 张三 摄\n大数据时代 李四 摄\n"
            "科学研究一丝不苟 王五 摄\n智慧城市展示 王五 摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [(str(a.kind), a.kicker, a.zone) for a in articles[1:]] == [
        ("photo", "这里是襄阳高新区", "襄阳高新区")] * 4


def test_a_photo_credited_to_a_zones_office_shows_that_zone():
    page = f"{ARTICLE}（记者 张三）\n\n图为某某飞机公司厂区一隅。\n宜昌高新区管委会供图\n"
    photo = parse_page(page, "p.txt").articles[-1]
    assert (str(photo.kind), photo.zone) == ("photo", "宜昌高新区")


def test_the_cheap_issue_scan_agrees_with_the_parser_on_every_real_page():
    """Builds share pages out by issue and updates re-index the pages a story
    joins by it: the scan of a page's first lines must give the issue the full
    parse gives (paper's name and date in any header form)."""
    from pathlib import Path

    from indexer.corpus import issue_of
    from indexer.pages import read_page
    pages = sorted((Path(__file__).resolve().parent / "quality" / "pages").glob("*.txt"))
    assert pages
    for page in pages:
        assert issue_of(page, {}) == parse_page(read_page(page).text, page.name).page.issue(), page.name
