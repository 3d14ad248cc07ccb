"""Where one piece of a page ends and the next begins, in the forms web
copies, apps and papers print it: source notes, posted lines, column
labels, genre kickers, lead-ins under wide headlines."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer.lines import type_lines
from indexer.model import LineKind
from indexer.pages import read_page
from indexer.parse import parse_page

FEATURE = ("# 光谷：一座科学城的成长\n\n"
           "记者 张明\n\n"
           "三十年前，这里还是一片农田。如今，东湖高新区已聚集企业十万余家，光电子信息产业规模突破五千亿元。\n\n")


def test_a_source_note_ends_a_web_article_and_the_next_short_heading_opens_one():
    page = (FEATURE.replace("# ", "") + "光谷人才新政吸引三万青年落户。\n\n"
            "来源：湖北日报－荆楚网\n\n"
            "人才新政落地\n\n"
            "近日，常州高新区发布人才新政十条，最高给予500万元支持。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["光谷：一座科学城的成长", "人才新政落地"]
    assert "500万元" not in result.articles[0].text


def test_a_heading_over_a_posted_line_opens_an_article_after_a_signed_notice():
    page = ("公示\n"
            "　　如有异议，请在公示期内以书面形式提交。\n"
            "　　成都高新区新经济发展局\n"
            "GDP增速8.3%，成都高新区稳居第一方阵\n"
            "发布日期：2021-03-12 来源：中国企业报\n"
            "　　“十三五”期间，成都高新区经济总量再攀新高。\n")
    result = parse_page(page, "p.txt")
    # the notice (公示, its text, who signs it) is furniture, no article; the heading over the posted line opens one
    assert [a.title for a in result.articles] == ["GDP增速8.3%，成都高新区稳居第一方阵"]
    assert "经济总量" in result.articles[0].text and "异议" not in result.articles[0].text


def test_a_column_label_ends_the_article_before_it_even_one_signed_without_a_full_stop():
    page = ("光谷发布人才公示\n\n"
            "根据有关规定，现将拟认定人才名单予以公示。\n\n"
            "东湖高新区人才局\n\n"
            "【高新要闻】\n\n"
            "光谷新增独角兽企业3家\n\n"
            "近日，东湖高新区新增独角兽企业3家。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["光谷发布人才公示", "光谷新增独角兽企业3家"]


@pytest.mark.parametrize("genre", ["特写", "专访", "述评", "侧记"])
def test_a_heading_saying_a_new_pieces_genre_opens_it_inside_a_feature(genre):
    page = (FEATURE.replace("# ", "## ") + "## 产业崛起\n\n光电子企业集聚成链。\n\n"
            f"## {genre}：探访复工中的“中国光谷”\n\n记者近日走进光谷生物城。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["光谷：一座科学城的成长", f"{genre}：探访复工中的“中国光谷”"]


def test_a_genre_word_over_a_long_headline_is_its_kicker():
    page = (FEATURE.replace("# ", "") + "文字实录\n"
            "高新区党工委副书记、区管委会主任王小彬：聚焦“四个联动”主动作为\n\n"
            "问题1：听完市政府工作报告，您有什么感想体会？\n\n王小彬：深受鼓舞。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert article.kicker == "文字实录"
    assert article.title == "高新区党工委副书记、区管委会主任王小彬：聚焦“四个联动”主动作为"
    assert article.kind == "interview", "a transcript (实录) is an interview"


def test_a_headline_as_wide_as_a_hard_wrapped_column_is_one_over_a_lead_in():
    page = ("欧洲侨报\n2019年12月25日 星期三\n\n"
            "“2018海外华文媒体苏州（相城）行”拉开帷幕\n"
            "《欧洲侨报》讯（记者 许娟 郭博文）11\n"
            "月23日，“2018海外华文媒体苏州（相城）\n"
            "行”活动在苏州市相城区拉开帷幕。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("“2018海外华文媒体苏州（相城）行”拉开帷幕", ["许娟", "郭博文"])


@pytest.mark.parametrize("entry", ["▶张江“男”的一天　见视频第2集", "▶科学之门效果图　见第4屏"])
def test_a_digest_entry_pointing_at_a_screen_an_episode_or_a_page_is_furniture(entry):
    (line,) = type_lines(entry)
    assert line.kind == LineKind.FURNITURE


@pytest.mark.parametrize(("line", "names"), [
    ("看看新闻Knews记者 陈慧莹 师玉诚", ["陈慧莹", "师玉诚"]),
])
def test_an_outlet_with_a_latin_brand_stands_before_its_reporters(line, names):
    (typed,) = type_lines(line)
    assert typed.kind == LineKind.BYLINE and typed.names == names


def test_a_columns_tag_before_a_headline_is_its_kicker_not_a_tagged_item():
    page = (FEATURE.replace("# ", "") + "来源：人民网－人民日报\n\n"
            "【地评线】按下高质量区域一体化发展“快进键”\n\n"
            "特约评论员/苏萍\n\n"
            "12月1日，《长江三角洲区域一体化发展规划纲要》印发。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert (article.kicker, article.title, article.authors) == ("地评线", "按下高质量区域一体化发展“快进键”", ["苏萍"])


@pytest.mark.parametrize(("line", "names"), [
    ("（新甘肃·甘肃日报记者李满福）", ["李满福"]),  # an app and its paper, the name glued to the role
])
def test_an_app_joined_to_its_paper_stands_before_the_reporter(line, names):
    (typed,) = type_lines(line)
    assert typed.kind == LineKind.BYLINE and typed.names == names


@pytest.mark.parametrize("tools", ["字号　意见反馈　新闻爆料　进入论坛　打印　关闭",
                                   "条评论 立即评论 分享 人工智能朗读"])
def test_a_web_pages_tools_side_by_side_are_furniture(tools):
    (typed,) = type_lines(tools)
    assert typed.kind == LineKind.FURNITURE


def test_an_outlets_dateline_may_put_the_date_before_the_place():
    page = "两岸媒体行走郑州都市圈\n\n中国台湾网5月24日郑州消息 两岸媒体采访团走进郑州高新区。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.text.startswith("两岸媒体采访团") and article.dateline == "中国台湾网5月24日郑州消息"


def test_a_digests_dated_issue_lines_date_the_items_under_them_and_a_body_signs_no_person():
    page = ("品质高新\n\n2025年10月28日《今日高新区》\n\n"
            "近日，淄博高新区13家企业入选省级培育库。\n\n来源：今日高新区\n作者：高新区宣传新闻中心\n编辑：孙晓彤\n\n"
            "2021年12月27日《今日高新区》资讯\n\n"
            "近日，淄博高新区建设局联合交警大队开展跨部门检查。\n\n来源：今日高新区\n作者：王盛利\n")
    result = parse_page(page, "p.txt")
    assert [(a.date.isoformat(), a.authors, a.kind) for a in result.articles] == [
        ("2025-10-28", [], "brief"), ("2021-12-27", ["王盛利"], "brief")]


def test_bold_inside_a_line_is_emphasis_and_a_bold_place_tag_opens_an_item():
    page = ("各地传真\n\n**【青岛】**青岛高新区新增专精特新企业12家。\n\n"
            "**【宜昌】**中新网宜昌1月16日电（记者 董晓斌）宜昌将加快建设区域性中心城市。\n")
    result = parse_page(page, "p.txt")
    assert [(a.zone, a.authors) for a in result.articles] == [("青岛高新区", []), (None, ["董晓斌"])]
    assert not any("*" in a.text or "中新网" in a.text for a in result.articles)


NUMBERED = ("1. 一串串神秘数字，成就“张江男”对生活的创造\n\n今天我们走进张江，潘晶背着电脑包融入人群。\n\n"
            "2. 浦东而立，他们驻守着一座科学城\n\n听说要讲张江科学城的建设，彭崧又来了。\n\n架桥铺路跨越新世纪\n\n"
            "90年代世纪之交，浦东开始压力测试。\n\n3. 张江：从一个“园”到一座“城”\n\n“科学城”更多关注科学性指标。\n")


def test_a_page_of_numbered_pieces_takes_the_numbers_as_its_headlines():
    titles = [a.title for a in parse_page("张江开园30周年\n2022年7月31日 星期日\n\n" + NUMBERED, "p.txt").articles]
    assert titles == ["一串串神秘数字，成就“张江男”对生活的创造", "浦东而立，他们驻守着一座科学城",
                      "张江：从一个“园”到一座“城”"]


def test_numbered_points_under_an_articles_text_stay_in_it():
    page = "张江科学城建设提速\n\n本报讯 近日，张江科学城发布三年行动方案。\n\n" + NUMBERED
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles[0] == "张江科学城建设提速" and "一串串神秘数字，成就“张江男”对生活的创造" not in titles


@pytest.mark.parametrize("numbers", [("1、", "2、", "3、"), ("(1)", "(2)", "(3)"), ("①", "②", "③")])
def test_points_numbered_in_turn_each_opening_on_a_sentence_stay_in_their_report(numbers):
    first, second, third = numbers
    page = ("常州高新区法院出台意见优化营商环境\n\n本报讯 近日，常州高新区法院出台意见，提出三方面举措。\n\n"
            f"{first}强化组织领导。成立由院长任组长的工作专班，统筹推进各项工作。\n\n"
            f"{second}畅通法企联系。在园区设立法企联系点，定期走访企业。\n\n"
            f"{third}提升审判质效。压缩涉企案件审理周期，提高执行到位率。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "法企联系点" in article.text and "执行到位率" in article.text


def test_a_source_note_alone_under_a_text_ends_the_piece_and_credits_no_photo():
    page = ("古韵添新绿，高新结硕果！\n\n与会嘉宾走进苏州高新区，详细了解科技创新项目。\n\n（来源：北京晚报）\n\n"
            "南京与长江，相依更相生\n\n跨江而踞、拥江而兴的南京，是江苏省省会。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["古韵添新绿，高新结硕果！", "南京与长江，相依更相生"]
    assert not any(c.credit for a in result.articles for c in a.captions)


def test_a_photo_report_credit_under_the_headline_names_its_reporter():
    page = "光谷举办招聘会\n\n本报记者 张三 摄影报道\n\n近日，东湖高新区举办招聘会，120家企业参加。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["张三"]


def test_an_interviewers_short_questions_are_text_not_headings():
    page = ("专访东湖高新区管委会主任张三\n\n记者：光谷今年有何打算？\n\n张三：我们将继续引进人才。\n\n"
            "记者：人才政策有哪些？\n\n张三：最高给予500万元支持。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.kind == "interview" and "记者：人才政策有哪些？" in article.text


@pytest.mark.parametrize("posted", ["China Daily | Updated: 2024-06-03 09:12", "【发布时间】2024-06-03"])
def test_a_web_copys_posted_line_dates_its_article_and_is_no_text(posted):
    page = f"{posted}\n\n襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n"
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date.isoformat()) for a in result.articles] == [("襄阳高新区举办人才招聘会", "2024-06-03")]
    assert not result.left_out


GOV_RECORD = ("索 引 号：11610500MB1566012X/2024-00418　　主题分类：重点项目\n"
              "发布机构：渭南高新区管委会　　信息来源：渭南高新区管委会\n发布日期：{date} 10:16\n"
              "【字体：大 中 小】　【打印本页】　【关闭窗口】\n")


def test_numbered_captions_over_one_credit_are_each_photo_news_with_its_photographer():
    page = ("图片新闻\n①12月14日，青岛高新区一家企业的总装车间里，工人在装配压路机。\n"
            "②12月14日，工人对压路机进行下线前检验。\n③12月14日，一辆辆新能源汽车缓缓下线。\n张进刚　摄\n\n"
            "青岛高新区：盐田荒滩变身生态科技新城\n\n本报讯 近日，青岛高新区生态建设成效显著。\n")
    result = parse_page(page, "p.txt")
    photos = [a for a in result.articles if a.kind == "photo"]
    assert [(a.authors, "下线" in a.text or "装配" in a.text) for a in photos] == [(["张进刚"], True)] * 3
    assert not result.left_out


def test_a_portal_copys_buttons_source_title_and_notice_are_no_text():
    page = ("网易首页 > 新闻中心 > 新闻 > 正文\n“中关村真的是一个很神奇的地方”\n"
            "2024-04-30 20:36:12 来源: 中国新闻网 北京\n分享至\n（原标题：“中关村真的是一个很神奇的地方”）\n"
            "中新网北京4月30日电 中关村的路口似乎永远在修路。\n产业崛起\n1987年，“两通两海”在这里诞生。\n展开全文\n"
            "“一区多园”。图自国际科技创新中心网站\n1988年5月，国务院批准成立试验区。\n"
            "特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n举报\n"
            "阅读 3.6万 跟贴 128 参与 5429\n相关推荐\n北京发布“一区十六园”发展报告\n返回网易首页 下载网易新闻客户端\n")
    result = parse_page(page, "p.txt")
    (article,) = result.articles
    assert article.title == "“中关村真的是一个很神奇的地方”" and "两通两海" in article.text
    for word in ("分享", "原标题", "展开", "图自", "特别声明", "举报", "阅读", "推荐", "返回"):
        assert word not in article.text, word
    assert [c.text for c in article.captions] == ["“一区多园”。"]


def test_a_gazettes_contents_are_furniture_and_its_compiler_line_dates_it():
    page = ("工作动态\n2023年第21期\n西安高新区管委会办公室编　　2023年11月15日\n【本期要目】\n"
            "1．2023全球硬科技创新大会在西安举行\n2．全国网络媒体主题采访活动走进丝路科学城\n\n"
            "西安高新区举办硬科技创新大会\n\n近日，西安高新区举办硬科技创新大会。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.date.isoformat()) == ("西安高新区举办硬科技创新大会", "2023-11-15")


def test_an_agencys_bracketed_dateline_and_byline_open_the_text():
    page = "兩岸媒體荊楚行在湖北舉辦\n\n【新華社武漢7月7日電】（記者喻珮）武漢東湖高新區今年新增企業3000家。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["喻珮"] and article.text.startswith("武漢東湖高新區")


def test_a_text_saying_where_the_people_in_a_photo_stand_is_its_caption():
    page = ("槟城推介半导体投资\n\n本报讯 槟城首长曹观友昨日会见国际半导体企业代表。\n\n"
            "曹观友（左3）欢迎有意来槟投资的国际半导体企业代表，左起陈振光、陈永正及王宁。\n\n"
            "双方就投资环境交换了意见。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "欢迎有意来槟投资" not in article.text and len(article.captions) == 1


def test_a_tv_scripts_marks_are_no_text_its_reporter_is_the_author_and_its_facts_are_furniture():
    page = ("# 记者探访服贸会新闻中心\n【时长】2分10秒\n【导语】2020年服贸会新闻中心设立在亚洲最大的会展中心。\n"
            "【同期声】总台央视记者 杨海灵：据了解，今年服贸会规模更大。\n【记者】杨海灵\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["杨海灵"] and "【" not in article.text and "时长" not in article.text


def test_an_oral_historys_credits_name_its_interviewers_not_its_speaker():
    page = ("我选择了张江高科技园区\n\n口述：沈伟国　采访：郭继、孙宝席、刘捷　整理：刘捷\n\n"
            "1992年，我从市里调到张江高科技园区，一干就是二十年。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.authors, article.kind) == (["郭继", "孙宝席", "刘捷"], "interview")


@pytest.mark.parametrize(("line", "kind", "role"), [
    ("开工仪式现场。", LineKind.PARAGRAPH, "caption"),  # a scene, its full stop or not
    ("高新产业发展突飞猛进。图为君泰福企业技术员正在检测产品。", LineKind.PARAGRAPH, "caption"),
    ("广告　槟城珠宝城年终特卖　即日起至12月31日", LineKind.FURNITURE, ""),
    ("航拍丨范凯 徐靖炜 王昭顺", LineKind.EDITOR, ""),  # a video's crew, no authors
    ("一审：李明　二审：王强　三审：刘晓", LineKind.EDITOR, ""),  # a site's review, no authors
    ("西安高新区管委会办公室　　　　2023年11月15日印发", LineKind.FURNITURE, ""),
    # an e-paper reader's tools, in either script, and its list of pages one a line
    ("放大　縮小　｜　上一版　下一版　｜　返回目錄", LineKind.FURNITURE, ""),
    ("上一版　下一版　｜　版面导航　｜　返回目录", LineKind.FURNITURE, ""),
    ("04-05版:青岛啤酒节 醉美西海岸", LineKind.FURNITURE, ""),
    ("淮南日报社严正声明", LineKind.FURNITURE, ""),
    ("檢舉　收藏　分享", LineKind.FURNITURE, ""),
    ("更多新聞請上 ETtoday新聞雲 www.ettoday.net", LineKind.FURNITURE, ""),
    ("深圳宝安网　www.iBaoan.com　｜　读特客户端", LineKind.FURNITURE, ""),
    ("本版图片来源：平顶山高新区", LineKind.FURNITURE, ""),
    ("本报常年法律顾问:倪得宾 孙恺远", LineKind.FURNITURE, ""),
    ("· — · — · — ·", LineKind.FURNITURE, ""),
    # a journal's apparatus and a magazine's contents and archive links
    ("作者简介：刘会武　助理研究员", LineKind.FURNITURE, ""),
    ("（江苏省高新技术创业服务中心，江苏　南京　210008）", LineKind.FURNITURE, ""),
    ("DOI：10.19881/j.cnki.1006-3676.2021.05.03", LineKind.FURNITURE, ""),
    ("特別專題　　　　　　　　　　　　　P.18", LineKind.FURNITURE, ""),
    ("往期雜誌查閱：按總期數　按年份期數", LineKind.FURNITURE, ""),
    ("检索时间：2025-04-28　　数据来源：中国改革报电子版", LineKind.FURNITURE, ""),
    # an English paper's page head and editor
    ("Page 5 | BUSINESS", LineKind.FURNITURE, ""),
    ("Editor: Stephanie Yang", LineKind.FURNITURE, ""),
    ("中共中央政治局召开会议 中共中央总书记习近平主持会议>>>02", LineKind.FURNITURE, ""),
    ("总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟", LineKind.EDITOR, ""),
    # a running head with its folio, down the page; a spread's page header
    ("柳州日报　2022年10月31日　3", LineKind.MASTHEAD, ""),
    ("宝安日报　2026年1月5日　B03", LineKind.MASTHEAD, ""),
    ("深圳晚报 2021.4.19 A05", LineKind.MASTHEAD, ""),
    # a content system's leftovers, however long
    ("2024-02-19 11 11 义乌商报 content_430431.html 1 3 节后复工生产忙 /enpproperty-->", LineKind.FURNITURE, ""),
])
def test_captions_ads_crews_and_a_gazettes_print_line_are_typed_as_such(line, kind, role):
    (typed,) = type_lines(line)
    assert (typed.kind, str(typed.role)) == (kind, role)


def test_a_genre_word_with_its_form_over_a_title_opens_a_piece():
    page = (FEATURE.replace("# ", "") + "## 产业崛起\n\n光电子企业集聚成链。\n\n").replace("## ", "") + (
        "访谈摘登\n\n做好科技金融大文章\n\n主持人：科技金融如何发力？\n\n巩海滨：江苏持续加大投入。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["光谷：一座科学城的成长", "做好科技金融大文章"]


@pytest.mark.parametrize(("tag", "kicker"), [("〔园区〕", "园区"), ("[园区]", "园区"), ("【园区】", "园区"),
                                           ("## [坚定信心 竞进提质]", "坚定信心 竞进提质"), ("# 【园区】", "园区")])
def test_a_category_tag_in_any_brackets_before_a_headline_is_its_kicker(tag, kicker):
    page = (f"湖北日报\n2024年6月3日\n\n{tag}泸州国家高新区既埋头苦干又抬头望路\n\n"
            "本报讯 2019年，泸州国家高新区紧扣产业发展主线。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title) == (kicker, "泸州国家高新区既埋头苦干又抬头望路")


def test_captions_without_credits_under_a_photo_columns_label_are_each_photo_news():
    page = ("生物经济大潮奔涌向前\n\n本报记者 洪玉杰\n\n青海高新区加快培育生物医药产业。\n\n"
            "图片新闻\n珠峰药业集团虫草孵化药罐。\n珠峰药业集团包装车间。\n数据来源：青海高新区管委会\n")
    result = parse_page(page, "p.txt")
    assert [(a.kind, a.title) for a in result.articles][1:] == [
        ("photo", "珠峰药业集团虫草孵化药罐"), ("photo", "珠峰药业集团包装车间")]
    assert not result.left_out


def test_an_english_wire_lists_posts_editors_credits_and_foot():
    page = ("china.org.cn\nHome > Business > Xinhua News\nSearch: high-tech zones | 5 results\n\n"
            "More high-tech zones in China\nSource: Xinhua | 2017-03-27 13:40\n"
            "TIANJIN, March 27 (Xinhua) -- The number of national high-tech zones has reached 156.\n"
            "Editor: Hongyu\n\n"
            "Zhongguancun's high-tech sector up 14.6% in revenue growth\nSource: Xinhua | 2018-06-08\n"
            "BEIJING, June 8 (Xinhua) -- Zhongguancun's revenue grew 14.6 percent.\n\n"
            "Hubei sees major strides in optoelectronic information industry\nSource: Xinhua | 2024-07-07 | Photos\n"
            "A staff member works at a laboratory in Wuhan, central China's Hubei Province, April 30, 2024. "
            "(Xinhua/Du Zixuan)\n\nCopyright © China Internet Information Center. All Rights Reserved\n"
            "E-mail: webmaster@china.org.cn Tel: 86-10-88828000\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date.isoformat()) for a in result.articles][:2] == [
        ("More high-tech zones in China", "2017-03-27"),
        ("Zhongguancun's high-tech sector up 14.6% in revenue growth", "2018-06-08")]
    assert (result.articles[2].kicker, result.articles[2].date.isoformat()) == (
        "Hubei sees major strides in optoelectronic information industry", "2024-07-07")  # a series' title
    assert result.articles[-1].captions[0].photographers == ["Du Zixuan"]
    assert not any("Editor" in a.text or "Copyright" in a.text or "Source" in a.text for a in result.articles)


@pytest.mark.parametrize(("lead", "authors"), [
    ("【本報記者張麗真惠州十五日電】", ["張麗真"]),  # the day in numerals, the place glued to the name
    ("【明報專訊】", []),  # the paper's own mark names no one
])
def test_a_bracketed_mark_names_its_reporter_not_its_paper(lead, authors):
    page = f"仲愷高新區招商引資再傳捷報\n\n{lead}惠州仲愷高新區今年新簽約項目30個。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == authors and article.text.startswith("惠州仲愷")


@pytest.mark.parametrize(("page", "title", "kept", "left"), [
    pytest.param(("经济观察报\n2022年4月4日 星期一\n第1版 头版\n【本期导读】\n"
                 "▶珠海高新区15家企业集中签约\n　　参与此次签约的15个项目涵盖新能源、生物医药等领域。（详见第5版）\n"
                 "▶光谷光电子信息产业规模超5000亿元\n　　中国光谷发布十年成绩单，企业数量增至12.7万家。（详见第8版）\n"
                 "深圳高新区的早晨\n　　走出地铁一号线深大站A4出口，早餐店前已排起长队。\n"),
                 '深圳高新区的早晨', '早餐店', '详见', id="a digest's teasers pointing at their pages are furniture"),
    pytest.param(("江海，好大胆！\n\n文/图 江门日报记者 何榕\n\n“改革开放胆子要大一些。”这句话传遍了全国。\n\n"
                 "一\n那时，有了一座桥\n\n1994年8月，新江海区组建时，到处是鱼塘、稻田。\n"),
                 '江海，好大胆！', '鱼塘', '那时，有了一座桥', id="a part's number over its title with a comma"),
    pytest.param(("与时间赛跑 为未来冲锋\n江门开年“招商热浪”澎湃奔涌\n\n"
                 "新年伊始，一股全力拼抢的“招商热浪”澎湃奔涌。市长率队奔赴深圳叩门洽谈。\n\n"
                 "聚焦产业链“靶向攻坚”\n\n这股招商热潮背后是打法与机制的深刻变革。\n"),
                 '江门开年“招商热浪”澎湃奔涌', '深刻变革', None, id='a heading over a text pointing back'),
    pytest.param(("## 惠阳交出“百千万工程”三年答卷\n\n傍晚6时，惠阳区淡水墟文化特色街区华灯初上。\n\n"
                 "## 产业振兴\n## 从空间破局到产城升级，\n## 经济走廊串联“双子星”\n\n"
                 "“便捷的交通网络是支撑企业物流的关键。”一位企业负责人说。\n"),
                 '惠阳交出“百千万工程”三年答卷', '交通网络', None, id="a part's topic over its title"),
    pytest.param(("国家高新区排名发布\n\n本报讯 近日，科技部公布国家高新区评价结果。\n\n"
                 "| 排名 | 高新区 | 得分 |\n| --- | --- | --- |\n| 1 | 中关村 | 98 |\n| 2 | 深圳高新区 | 95 |\n\n"
                 "中关村继续位列第一。\n"),
                 '国家高新区排名发布', '| 1 | 中关村 | 98 |', None, id="a markdown table; a headline ending in 发布"),
    pytest.param(("襄阳高新区出台人才新政\n\n本报讯 近日，襄阳高新区出台人才新政，主要内容如下：\n\n"
                 "（一）租房补贴\n\n每月最高补贴3000元。\n\n（二）购房补贴\n\n最高补贴50万元。\n"),
                 '襄阳高新区出台人才新政', '50万元', None, id='a numbered part under a report'),
    pytest.param(("厦门跻身“中国软件特色名城”\n"
                  "东南网3月26日讯（福建日报记者 施辰静）厦门正式获批“中国软件特色名城”。\n"
                  "筑巢引凤 完善产业链条\n厦门真正意义上拥有软件行业的历史，要从1998年说起。\n"),
                 "厦门跻身“中国软件特色名城”", "1998年", None, id="a text opening with its story's place"),
    pytest.param(("**甲乙绿电革命引领新能源产业**\n\n在长三角经济圈的腹地，甲乙正以一场“绿色革命”重塑产业版图。"
                  "这座传统制造业强市，如今凭借光伏发电、储能电池、新能源汽车三大产业链条的深度融合，"
                  "走出了一条独具特色的绿色转型之路，为全国新能源产业发展提供了可资借鉴的“甲乙样本”。"
                  "从一块光伏板到一辆新能源汽车，从一度绿电到一座零碳园区，甲乙正在书写属于自己的答卷。\n\n**绿电引擎驱动千亿产业集群**\n\n"
                  "截至2024年，甲乙已集聚产业链企业3400余家，形成完整的产业链条。\n"),
                 "甲乙绿电革命引领新能源产业", "3400余家", None, id="a text opening on words that go on"),
    pytest.param(("## 新兴产业撑起油城转型新天地\n\n破解高质量发展转型难题，甲乙知重负重，知责担责，"
                  "坚持把构建现代化产业体系作为主攻方向。\n\n## 乘“数”而上，数字经济规模再破千亿\n\n"
                  "以“数”赋能、以“数”谋城、以“数”制胜，数字经济已成为甲乙转型发展的重要引擎。\n\n"
                  "实现了“量”的突破性增长。继2022年首次突破千亿元后，规模持续扩大。\n\n"
                  "## 追风逐日，新能源产业“风光正好”\n\n当清晨的第一缕阳光跃出地平线时，一片片光伏板沐光而起。\n"),
                 "新兴产业撑起油城转型新天地", "光伏板", None, id="a heading set like the piece's first sub-heading"),
    pytest.param(("20年，我爱滨江\n\n20年间，滨江从杭州最小的孩子成长为创新高地，走出了一条独特的发展之路。\n\n"
                  "“希望滨江成为现代科技城，一个天堂硅谷”\n——首任滨江区委书记 王铁军\n\n"
                  "1997年我们组建滨江区的时候，杭州市委市政府对这片土地寄予厚望。\n"),
                 "20年，我爱滨江", "1997年", None, id="a pull quote and who said it"),
])
def test_a_heading_inside_a_piece_keeps_it_one(page, title, kept, left):
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == title and kept in article.text
    assert left is None or left not in article.text


def test_a_line_ending_on_an_onward_jump_marker_is_the_texts_end_never_a_headline():
    page = ("甲乙大抓项目推进高质量发展\n经济日报记者 张晓明\n甲乙市坚持项目为王，一批重大项目加速\n"
            "落地，推动新材料、新能源产业集聚发展，\n循环一体化发展，不断延伸产业链、（下转第3版）\n\n"
            "丙丁高新区新材料产业基地项目建设有序推进\n本报讯 近日，丙丁高新区新材料产业基地项目建设有序推进。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["甲乙大抓项目推进高质量发展", "丙丁高新区新材料产业基地项目建设有序推进"]
    assert "延伸产业链" in articles[0].text and articles[0].continues_on


def test_a_heading_over_a_text_about_a_zone_the_piece_never_named_opens_the_next_piece():
    page = ("衡水高新区5个重点项目集中开工\n近日，衡水高新区5个重点项目集中开工，总投资32亿元，涵盖新材料、"
            "装备制造等领域，将为园区高质量发展注入新动能，项目全部建成后预计年产值可达50亿元。\n"
            "“中国电谷”逆势上扬\n保定高新区新能源产业逆势上扬，一季度产值同比增长18%。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.zone) for a in articles] == [("衡水高新区5个重点项目集中开工", "衡水高新区"),
                                                      ("“中国电谷”逆势上扬", "保定高新区")]


def test_on_a_page_that_closes_its_pieces_a_heading_over_the_closed_rest_of_an_open_piece_is_its_part():
    page = ("## 甲乙高新区重点项目集中开工\n近日，甲乙高新区二季度重点项目集中开工仪式举行。本次开工项目14个。\n"
            "（据甲乙日报）\n"
            "## 高质量发展筑起新榆阳\n■组图\n榆阳区通过“一拆三改”改变了农村环境面貌。\n榆阳区金鸡滩循环经济产业园。\n"
            "榆阳区小纪汗镇十万亩青贮玉米收割现场。\n张晓明 李正博 文/图\n"
            "十年风雨兼程，春华秋实如歌。党的十八大以来，榆阳区委、区政府积极应对发展中的各种困难和挑战，"
            "全力推动经济社会高质量发展。\n十年来，榆阳大地发生着一系列打基础、补短板、利长远的生动实践，"
            "综合实力大幅提升，产业发展高质高效，城乡面貌焕然一新，群众获得感、幸福感、安全感不断增强。\n"
            "## 立足“一区八园” 集聚发展动力\n产业园区是项目建设的主要载体，是推动高质量发展的重要引擎。\n"
            "（据丙丁农村报）\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["甲乙高新区重点项目集中开工", "高质量发展筑起新榆阳"]
    assert "产业园区是项目建设的主要载体" in articles[1].text


def test_two_captions_under_a_photo_label_right_under_a_headline_are_its_photos_over_its_byline_and_text():
    page = ("## 高质量发展筑起新榆阳\n■组图\n榆阳区金鸡滩循环经济产业园。\n榆阳区小纪汗镇十万亩青贮玉米收割现场。\n"
            "张晓明 李正博 文/图\n"
            "十年风雨兼程，春华秋实如歌。党的十八大以来，榆阳区委、区政府积极应对发展中的各种困难和挑战。\n"
            "## 立足“一区八园” 集聚发展动力\n产业园区是项目建设的主要载体，是推动高质量发展的重要引擎。\n")
    result = parse_page(page, "p.txt")
    (article,) = result.articles
    assert (str(article.kind), article.authors) == ("feature", ["张晓明", "李正博"]) and not result.left_out
    assert [c.text for c in article.captions] == ["榆阳区金鸡滩循环经济产业园。",
                                                  "榆阳区小纪汗镇十万亩青贮玉米收割现场。"]


E_PAPER = ("桂林日报数字报　检索结果导出\n检索词：高新区　　结果：2篇　　排序：按日期\n"
           "版面导航：01版:头版　02版:综合新闻　03版:社会生活\n\n"
           "桂林日报 2025年03月26日 第04版：县区新闻\n前一版　下一版　　上一篇　下一篇\n"
           "桂林高新区签约项目12个\n本报讯 近日，桂林高新区集中签约项目12个。\n本篇共312字　　放大　缩小　默认\n\n"
           "桂林日报 2018年01月17日 第05版：专题\n前一版　下一版　　上一篇　下一篇\n"
           "漓东新城加快建设\n本报讯 近日，七星区重点项目集中开工。\n本篇共286字　　放大　缩小　默认\n")
GOV_SITE = ("渭南国家高新技术产业开发区\n首页　政务公开　走进高新　投资高新　互动交流\n"
            "站内检索：重点项目　　共2条\n\n首页 > 政务公开 > 正文\n高新区荣获渭南市2023年度工业发展先进区称号\n"
            + GOV_RECORD.format(date="2024-04-15")
            + "4月12日，高新区被评为2023年度工业发展先进区。\n"
            "（供稿：党工委管委会办公室 杨兆邦 发展和改革局 段欣昌）\n\n"
            "首页 > 新闻中心 > 正文\n渭南高新区举行2022年3月项目集中开工动员会暨汽车核心零部件产业园一期项目开工仪式\n"
            + GOV_RECORD.format(date="2022-03-15") + "3月14日，渭南高新区举行项目集中开工动员会。\n")
PORTAL = ("地方网 > 四川 > 乐山市 > 正文\n乐山高新区授牌\n来源：四川日报 2013-01-10 17:03\n"
          "去年四川省4个国家高新区工业总产值逾3500亿元\n本报讯(记者 许静)1月9日，乐山高新区在乐山授牌。\n\n"
          "地方网 > 甘肃 > 兰州市 > 正文\n马来西亚华人医药总会来新区考察\n来源：兰州日报 2017-09-25\n"
          "【本报讯】9月24日，马来西亚华人医药总会考察团来到兰州新区。\n")
WIRE_ARCHIVE = ("中国新闻社　稿库检索结果\n\n【发稿时间】2025-02-08 15:47　【栏目】财经\n中国光谷GDP上新台阶\n"
                "中新网武汉2月8日电 东湖高新区GDP突破3000亿元。\n\n【发稿时间】2024-07-05 21:06　【栏目】华人\n"
                "海外华媒探访成都郫都\n中新网成都7月5日电 海外华文媒体走进成都高新区。\n")
TAIWAN_WIRE = ("NOWnews 今日新聞\n財經 ＞ 兩岸 ｜ 關鍵字：園區\n共 2 則\n\n港媒：習近平將南下 慶祝深圳特區40週年\n"
               "2020-08-24 中央社\n（中央社記者張謙香港24日電）據港媒報導，深圳經濟特區將迎來40週年。\n"
               "我是廣告 請繼續往下閱讀\n資料顯示，1980年8月26日，深圳經濟特區正式成立。（編輯：翟思嘉）1090824\n\n"
               "加工區更名科技產業園區\n2021-03-01 09:15 中央社\n（中央社記者梁珮綺台北1日電）加工出口區將更名。\n")


@pytest.mark.parametrize(("page", "pieces", "never"), [
    pytest.param(E_PAPER, [
        ("桂林高新区签约项目12个", None, "2025-03-26", []),
        ("漓东新城加快建设", None, "2018-01-17", []),
    ], ["本篇共", "检索"], id="an e-paper export"),
    pytest.param(GOV_SITE, [
        ("高新区荣获渭南市2023年度工业发展先进区称号", None, "2024-04-15", ["杨兆邦", "段欣昌"]),
        ("渭南高新区举行2022年3月项目集中开工动员会暨汽车核心零部件产业园一期项目开工仪式", None, "2022-03-15", []),
    ], ["索", "发布机构"], id="a government site"),
    pytest.param(PORTAL, [
        ("乐山高新区授牌", "去年四川省4个国家高新区工业总产值逾3500亿元", "2013-01-10", ["许静"]),
        ("马来西亚华人医药总会来新区考察", None, "2017-09-25", []),
    ], ["来源"], id="a portal's reposts"),
    pytest.param(WIRE_ARCHIVE, [
        ("中国光谷GDP上新台阶", None, "2025-02-08", []),
        ("海外华媒探访成都郫都", None, "2024-07-05", []),
    ], ["发稿时间"], id="a wire archive"),
    pytest.param(TAIWAN_WIRE, [
        ("港媒：習近平將南下 慶祝深圳特區40週年", None, "2020-08-24", ["張謙"]),
        ("加工區更名科技產業園區", None, "2021-03-01", ["梁珮綺"]),
    ], ["廣告", "編輯"], id="a Taiwan wire page"),
])
def test_a_copys_pieces_are_dated_and_signed_by_their_own_lines(page, pieces, never):
    result = parse_page(page, "p.txt")
    assert [(a.title, a.subtitle, a.date.isoformat(), a.authors) for a in result.articles] == pieces
    assert not any(word in a.text for a in result.articles for word in never)


def test_titled_photos_one_under_another_are_each_photo_news_with_their_bracketed_credits():
    page = ("新吴区打造靓丽“门户”\n近日，新吴区S19硕放出入口景观提升工程完工。（新宣 摄）\n"
            "满员复工 赶进度\n近日，记者在南安高端智造产业园看到，工人们全员上岗。（陈小阳黄耿煌摄）\n"
            "新闻的种子，长出田园的诗行\n□陈多多\n说起来，我与泉州晚报有缘。\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.kind, a.authors) for a in result.articles] == [
        ("新吴区打造靓丽“门户”", "photo", []), ("满员复工 赶进度", "photo", ["陈小阳", "黄耿煌"]),
        ("新闻的种子，长出田园的诗行", "feature", ["陈多多"])]


@pytest.mark.parametrize(("text", "authors"), [
    ("四川在线消息（记者　王玥）第十七届软洽会在成都开幕。", ["王玥"]),  # a site ending in 在线
    ("新安晚报 安徽网 大皖客户端讯 合肥高新区日前入选。", []),  # three outlets before 讯
])
def test_outlets_of_every_kind_open_a_report(text, authors):
    (article,) = parse_page(f"软洽会开幕\n\n{text}\n", "p.txt").articles
    assert article.authors == authors and article.lead_in


@pytest.mark.parametrize("line", ["［责任编辑：李瑞艳］", "wang_ying@chinadaily.com.cn",
                                  "Business desk: business@shanghaidaily.com"])
def test_editors_in_square_brackets_and_writers_addresses_are_no_text(line):
    (typed,) = type_lines(line)
    assert typed.kind in (LineKind.EDITOR, LineKind.FURNITURE)


def test_a_joint_reports_note_at_its_end_is_no_text():
    page = "两岸媒体走进淄博\n\n近日，两岸媒体走进淄博高新区采访。（台湾网、淄博市台办联合报道）\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.text == "近日，两岸媒体走进淄博高新区采访。"


def test_a_posts_line_with_its_weekday_down_a_page_dates_that_post_not_the_page():
    page = ("杭州网 HANGZHOU.COM.CN\n\n一条高速动脉激发杭州都市圈新活力\n发布时间：2025-10-30 10:44:05\n\n"
            "杭州城西科创区交通加快完善。\n\n" + "\n" * 20 + "我爱滨江\n发布时间：2017-04-14 09:49:06 星期五\n\n"
            "二十年来，杭州高新区（滨江）发生了巨变。\n")
    result = parse_page(page, "p.txt")
    assert [a.date.isoformat() for a in result.articles] == ["2025-10-30", "2017-04-14"]
    assert result.page.date is None


@pytest.mark.parametrize("line", [
    "26-1-20 12:02 来自 微博网页版", "转发 36　评论 12　赞 158", "微博认证：平顶山日报社官方微博",
    "#中国尼龙城# 网页链接 收起", "//@河南日报：", "没有更多了　返回顶部", "给我留言　返回顶部　关闭",
    "文章关键词：园区　五好园区", "园区频道　共4条", "同领域留言更多>>　同类别留言更多>>",
    "相關報導　共3則", "首頁　財經　產業　｜　搜尋：園管局", "景德镇高新区打造千亿航空产业 …………………… 1", "目　　录",
    "【原载2018年4月7日　景德镇高新区门户网站】", "湛江日报、湛江云媒客户端原创", "下载湛江云媒客户端　看更多湛江新闻",
    "湘潭新闻网　湘潭日报社主办　举报电话见页面底部",
    "（广告）麓谷·智造港　研发办公现房　招商热线0731-8888××××", "澳門特別行政區政府承認之有效刊物",
    "报送：市委办公厅，市政府办公厅", "抄送：区党工委、管委会领导", "（共印60份）", "1.jpg", "图片1.png",
    "西安高新区管委会办公室编　　2023年11月15日", "今日导读　▶2版　全市经济工作会议召开　▶7版　春运首日客流平稳"])
def test_furniture_of_copies_gazettes_and_ads(line):
    (typed,) = type_lines(line)
    assert typed.kind == LineKind.FURNITURE


def test_a_weibo_posts_run_in_title_is_its_headline_and_the_account_over_it_no_title():
    page = ("平顶山日报\n23-2-17 12:41 来自 微博网页版\n"
            "【平顶山高新区再添国家级名片】近日，科技部火炬中心公示创新型产业集群名单。\n"
            "转发 15　评论 3　赞 64\n\n平顶山日报\n19-8-8 16:30 来自 微博网页版\n"
            "【平顶山打造千亿级尼龙产业带】按照规划，平顶山将打造千亿级尼龙产业带。\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.text[:2]) for a in result.articles] == [
        ("平顶山高新区再添国家级名片", "近日"), ("平顶山打造千亿级尼龙产业带", "按照")]


def test_a_marked_body_signs_a_piece_and_a_bulleted_item_is_no_byline():
    page = ("湘潭高新区：打造中部“智造谷”\n\n◎ 湘潭高新区管委会\n\n"
            "坐落在湘江之滨的湘潭高新区，是中部地区重要的制造业基地。\n\n"
            "内地简讯\n\n◆大皖新闻讯　淮南与合肥地域相接、人缘相亲、经济相融、文化相通，推动同城化发展具备良好基础。\n")
    result = parse_page(page, "p.txt")
    assert [(a.title[:6], a.authors) for a in result.articles] == [("湘潭高新区：", []), ("淮南与合肥地", [])]


def test_a_zone_sites_news_list_with_times_glued_to_its_summaries():
    page = ("大连高新技术产业园区管理委员会\nDALIAN HI-TECH INDUSTRIAL ZONE\n首页 > 新闻中心 > 区域动态\n"
            "攻坚克难 高新区人口普查绘图工作取得阶段性成果\n"
            "8月14日，高新区人口普查领导小组开展绘图工作... 2020-08-17 15:50:29\n"
            "防御暴风雨的阵地上 一名残联专干的坚守\n凌水街道残联专干马有财坚守防汛一线... 2020-08-17 14:36:31\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date.isoformat()) for a in result.articles] == [
        ("攻坚克难 高新区人口普查绘图工作取得阶段性成果", "2020-08-17"),
        ("防御暴风雨的阵地上 一名残联专干的坚守", "2020-08-17")]
    assert not any("15:50" in a.text for a in result.articles)


@pytest.mark.parametrize(("text", "authors"), [
    ("常州“氢湾”启动建设。\n（摘自5月24日《人民日报》　姚雪青/文）", ["姚雪青"]),  # a digest's writer
    ("晨报记者刘畅报道　昨天，张江园区从业人员突破12万。", ["刘畅"]),  # the name glued between 记者 and 报道
    ("张江园区从业人员突破12万。（陈珍妮　原载2009年8月26日《新闻晚报》）", ["陈珍妮"]),  # a re-run's first outing
])
def test_writers_named_by_digests_run_in_bylines_and_re_runs(text, authors):
    (article,) = parse_page(f"张江园区十年\n\n{text}\n", "p.txt").articles
    assert article.authors == authors and "报道" not in article.text and "原载" not in article.text


@pytest.mark.parametrize(("line", "kind"), [
    ("■记者 刘建新 摄", LineKind.CREDIT),  # a photo's credit after a mark, no byline
    ("首席编辑：沈　洁　　视觉设计：陈　晨", LineKind.EDITOR),
    ("封面故事 | 39", LineKind.FURNITURE),  # a magazine's running head and page
    ("国家发展和改革委员会主管　国家信息中心主办", LineKind.FURNITURE),
])
def test_print_credits_editors_and_running_heads(line, kind):
    (typed,) = type_lines(line)
    assert typed.kind == kind


WECHAT = ("闻“xiang”识高新｜2023，高新这一年\n原创 潍坊高新 2023年12月30日 17:58 山东\n\n"
         "翻开2023的时光相册，高新区项目建设提速。\n\n来源：潍坊高新融媒\n阅读 2.3万　　在看 56\n\n往期推荐\n"
         "▶ 高新区2023年度重点项目观摩侧记\n\n安徽省政协考察组来区\n潍坊高新 2024年05月24日 18:30 山东\n\n"
         "5月22日，安徽省政协考察组来到潍坊高新区考察。\n")
WEIBO_TOPIC = ("平顶山高新区再添国家级名片\n\n近日，平顶山高新区获批国家级孵化器。\n#平顶山高新区# 网页链接\n\n"
              "平顶山打造千亿级尼龙产业带\n\n近日，平顶山尼龙产业带建设提速。\n")
TAIWAN = ("旺報\n中華民國106年6月3日 星期六\n\n◎外國記者中關村體驗共享單車\n\n"
         "近日，外國記者走進中關村體驗共享單車。〔台灣網〕\n\n"
         "◎臺灣媒體走進珠海 宣傳珠海創新創業\n\n近日，臺灣媒體走進珠海高新區。〔台灣網、珠海市臺辦聯合報道〕\n")


@pytest.mark.parametrize(("page", "titles", "absent"), [
    pytest.param(WECHAT, ["闻“xiang”识高新｜2023，高新这一年", "安徽省政协考察组来区"], "阅读",
                 id="a WeChat post's counts; the next post's title is no link"),
    pytest.param(WEIBO_TOPIC, ["平顶山高新区再添国家级名片", "平顶山打造千亿级尼龙产业带"], "#",
                 id="a Weibo topic is no heading and makes no hash page"),
    pytest.param(TAIWAN, ["外國記者中關村體驗共享單車", "臺灣媒體走進珠海 宣傳珠海創新創業"], "〔",
                 id="◎ headlines and 〔〕 sources"),
])
def test_copies_pieces_and_what_is_no_text(page, titles, absent):
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == titles
    assert not any(absent in a.text for a in result.articles)


def test_a_typesetters_code_glued_to_a_texts_end_is_no_text():
    page = "南阳高新区项目建设热潮涌\n\n本报讯 近日，南阳高新区项目建设热潮涌动。②13\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.text == "近日，南阳高新区项目建设热潮涌动。"


def test_a_zones_name_alone_over_a_headline_is_its_kicker_and_its_subject():
    page = "贵阳高新区\n综合评价排名升至全国第37位\n\n本报讯 近日，科技部公布2023年国家高新区综合评价结果。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title, article.zone) == ("贵阳高新区", "综合评价排名升至全国第37位", "贵阳高新区")


def test_a_heading_over_text_signed_by_other_reporters_opens_another_piece():
    page = ("甲乙日报\n2020年11月20日 星期五\n\n"
            "江苏开通5G基站数量位居全国第三\n\n新华报业全媒体记者　徐冠英　实习生　王梓怡\n\n"
            "记者日前获悉，截至7月底，江苏开通46828个5G基站，数量位居全国第三；今年全省新建5G基站3.5万个。\n\n"
            "梅州5G基站累计达1032座\n\n"
            "日前，省工信厅公示了第二批5G产业园区名单。\n\n"
            "记者从市工信局获悉，全市累计5G基站数达到1032座。\n（记者方俊鹏　曹优生）\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [("江苏开通5G基站数量位居全国第三", ["徐冠英", "王梓怡"]),
                                                       ("梅州5G基站累计达1032座", ["方俊鹏", "曹优生"])]


def test_a_sub_heading_over_text_signed_by_the_same_reporter_stays_one():
    page = ("光谷：一座科学城的成长\n\n记者　张明\n\n"
            "三十年前，这里还是一片农田。如今，东湖高新区已聚集企业十万余家。\n\n"
            "产业崛起\n\n光电子企业集聚成链，产值突破五千亿元。\n（记者　张明）\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["光谷：一座科学城的成长"]


def test_a_line_that_ends_a_broken_sentence_is_text_however_like_a_caption():
    page = ("盐城日报\n\n建湖高新区乡贤共话家乡发展\n\n"
            "本报讯（王文　肖兆力）近年来，建湖高新区先后被认定为江苏省高端装备制造\n"
            "业基地、省电子商务示范基地、省级知识产权试点园区、\n"
            "省级创业型园区。\n\n"
            "蜂巢能源动力电池项目一期量产下线\n\n"
            "盐城市大丰区融媒体中心记者许晨颖报道：9月3日，蜂巢能源动力电池项目一期实现量产下线。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["建湖高新区乡贤共话家乡发展", "蜂巢能源动力电池项目一期量产下线"]
    assert "省级创业型园区。" in articles[0].text and not articles[0].captions
    assert articles[1].authors == ["许晨颖"] and articles[1].text.startswith("9月3日")


def test_an_e_papers_pager_dates_the_page_and_a_key_line_may_give_page_and_day():
    news = "\n\n园区新闻\n\n本报讯 近日，高新区召开会议。\n"
    pager = parse_page("甲乙日报\n前一版　下一版　2024年07月26日" + news, "p.txt")
    assert pager.page.date == dt.date(2024, 7, 26)
    keyed = parse_page("淮河早报\n版次：04　　2023年12月25日　星期一" + news, "p.txt")
    assert (keyed.page.page, keyed.page.date) == ("4", dt.date(2023, 12, 25))


def test_a_kicker_ending_in_a_dash_opens_a_piece_after_text_but_not_under_a_byline():
    page = ("昆明将打造全国重要的生物医药研发生产基地\n记者　郭曼　赵玲\n"
            "云南作为“植物王国”，具有发展生物医药大健康产业得天独厚的优势。\n"
            "滇中新区大抓产业主攻工业凸显产业集群效应——\n乘风起势强根基\n"
            "产业是国家级新区立区、兴区、强区的根本。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == [
        "昆明将打造全国重要的生物医药研发生产基地", "乘风起势强根基"]
    page = ("盐城的过去、现在和将来\n\n□记者　蔡冰清\n\n盐城概况——\n从长三角　到全世界\n\n"
            "盐城市下辖东台1个县级市和建湖、射阳、阜宁、滨海、响水5个县。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["盐城的过去、现在和将来"]


def test_a_few_lines_signed_by_their_photographer_alone_are_photo_news():
    page = ("**一体化激活两地发展“活水”**\n\n孙冯燕\n\n去年，淮北市党政代表团两次前往徐州考察。“就是来走亲戚的。”\n\n"
            "**建设紧锣密鼓 新城日新月异**\n\n10月20日，东部新城重点项目建设工地上，塔吊林立、机器轰鸣。\n\n"
            "东部新城是我市未来一段时期城市建设的主战场。\n\n■ 首席摄影记者　岳建文\n")
    photo = parse_page(page, "p.txt").articles[-1]
    assert (photo.kind.value, photo.authors) == ("photo", ["岳建文"])
    assert photo.captions[0].text == "10月20日，东部新城重点项目建设工地上，塔吊林立、机器轰鸣。"


def test_a_caption_a_narrow_column_broke_is_one_and_a_photo_columns_byline_names_its_photographer():
    page = ("节后复工生产忙\n\n2月18日是春节假期后第一个工作日，各地企业纷纷开工生产，一派繁忙景象。\n\n"
            "2月18日，工人在位于重庆市北碚区的一家\n微电路企业生产线上忙碌。\n新华社发　秦廷富　摄\n\n"
            "图片新闻\n\n目前，奇瑞汽车青岛基地项目顺利推进，预计年底投产。\n（刘元平）\n")
    articles = parse_page(page, "p.txt").articles
    captions = [c.text for a in articles for c in a.captions]
    assert "2月18日，工人在位于重庆市北碚区的一家微电路企业生产线上忙碌。" in captions
    assert articles[-1].authors == ["刘元平"]


def test_a_media_word_glued_before_the_role_is_no_name():
    page = "德阳日报\n\n成渝媒体走进德阳\n\n本报讯（全媒体记者任媛媛徐飞）4月30日，采访团走进德阳。\n"
    assert parse_page(page, "p.txt").articles[0].authors == ["任媛媛", "徐飞"]


def test_a_sidelights_deck_makes_the_headings_under_it_sub_headings():
    page = ("以项目之“进”擂发展之“鼓”\n\n——德阳市2025年二季度重大项目拉练现场会侧记\n\n"
            "形势，一看形，二看势。6月26日上午至27日上午，“期中考试”如期而至。\n\n"
            "看拉练主题 “建圈强链”动能澎湃\n\n作为本次拉练的首站，东方电机大型清洁能源装备项目令人振奋。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["以项目之“进”擂发展之“鼓”"]


def test_a_heading_after_a_columns_items_opens_a_piece_even_after_a_feature():
    page = ("唐山机器人产业基地再添“国字号”招牌\n\n□本报记者 王成果 汤润清\n"
            "　　近日，唐山开诚集团矿用机器人技术工程实验室获批国家级实验室。\n\n"
            "要闻简报\n\n　　●本报讯（记者高长安）一台长约1米的矿用抢险机器人日前亮相。\n\n"
            "中省媒体环京津集中采访首站走进固安\n\n"
            "　　5月12日，人民日报、新华社等中省直媒体走进固安。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles[-1] == "中省媒体环京津集中采访首站走进固安"


def test_a_photo_between_a_headline_with_its_byline_and_the_text_is_the_articles():
    page = ("柳州日报\n\n品尝甜蜜“幸福味”搭建合作“高度桥”\n记者 闫友明\n\n"
            "代表团深入柳州奇石馆品味奇石文化。日报记者 邓华 摄\n\n\n"
            "红五月，万紫千红染龙城。\n5月22日至24日，代表团在柳视察，感受我\n市经济社会发展呈现出的“红艳艳”。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["品尝甜蜜“幸福味”搭建合作“高度桥”"]
    assert [c.text for c in articles[0].captions] == ["代表团深入柳州奇石馆品味奇石文化。"]
    assert "红五月" in articles[0].text


def test_short_lines_under_a_photo_series_label_are_its_photos_and_the_last_over_text_a_headline():
    page = ("信阳晚报\n\n组图：晚报名家走进茶乡山城\n\n文新茶园品香茗\n\n“天然氧吧”里散步\n\n生态茶园留个影\n\n"
            "晚报社长总编走进浉河港鸡公山\n\n信阳消息（首席记者　李亚云）14日，全国晚报社长总编采访团走进信阳。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.kind.value) for a in articles][-1] == ("晚报社长总编走进浉河港鸡公山", "brief")
    assert [a.captions[0].text for a in articles[:-1]] == ["文新茶园品香茗", "“天然氧吧”里散步", "生态茶园留个影"]
    assert articles[-1].authors == ["李亚云"] and articles[-1].text.startswith("14日")


def test_the_last_short_line_under_a_photo_series_label_over_a_byline_is_the_next_headline():
    page = ("信阳晚报\n\n组图\n\n文新茶园品香茗\n\n“天然氧吧”里散步\n\n荣昌30个项目集中开工投产\n\n"
            "□重庆日报记者罗芸\n\n3月15日，荣昌区举行重点项目集中开工投产活动，30个项目总投资120亿元。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.kind.value, a.authors) for a in articles][-1] == ("荣昌30个项目集中开工投产", "brief", ["罗芸"])
    assert [a.captions[0].text for a in articles[:-1]] == ["文新茶园品香茗", "“天然氧吧”里散步"]


def test_lines_like_captions_under_a_headlines_photo_are_its_photos_too():
    page = ("八桂视窗\n\n柳东新区　产城融合奏凯歌\n\n园区机器人生产线。\n\n夕照广西汽车城。\n\n"
            "卡乐星球主题公园成为市民热捧的快乐之地。\n\n（来源：广西日报）\n")
    articles = parse_page(page, "p.txt").articles
    assert all(a.kind.value == "photo" for a in articles) and len(articles) == 3
    assert not any("汽车城" in a.text for a in articles if a.kind.value != "photo")


def test_key_lines_under_a_sites_menu_date_the_page():
    page = ("## 长江云\n## 首页 > 湖北 > 园区·高新\n日期: 2025-10-30\n\n"
            "## 高新区推出“炬好办”政务服务品牌\n\n近日，高新区推出政务服务品牌。\n")
    assert parse_page(page, "p.txt").articles[0].date == dt.date(2025, 10, 30)


@pytest.mark.parametrize(("page", "titles", "absent"), [
    # a box's label may say where its piece ran first; an editor's initials are no text
    ("科技園歡迎報告積極支持創科產業\n\n香港科技園公司歡迎《施政報告》提出多項措施。\n\n"
     "■延伸閱讀（原載2022年6月30日）\n北都+河套　港拓創科迎黃金發展期\n\n"
     "國家十四五規劃中，將香港定位為國際創新科技中心。（nc）\n",
     ["科技園歡迎報告積極支持創科產業", "北都+河套 港拓創科迎黃金發展期"], "nc"),
    # profiles headed alike are each a piece; a page's note on its sources is no text
    ("## 龚昱：“孵二代”\n\n龚昱，苏州东创科技园总经理。1987年，那年我6岁。\n\n"
     "## 宋宁：“第一次就选择了这里”\n\n杭州向西，越过西溪湿地，840多个海归创业项目在此集聚。\n\n"
     "（本版稿件除署名外均据公开报道整理）\n",
     ["龚昱：“孵二代”", "宋宁：“第一次就选择了这里”"], "公开报道"),
])
def test_pieces_under_a_boxs_label_or_headed_alike_and_what_is_no_text(page, titles, absent):
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == titles
    assert absent not in articles[-1].text


def test_a_city_before_a_colon_is_no_speaker():
    page = "## 城市间对等采访\n## 海口：一座年轻有活力的城市\n\n12月2日至4日，三省省会城市媒体记者走进海口。\n"
    assert parse_page(page, "p.txt").articles[0].title == "海口：一座年轻有活力的城市"


def test_a_spreads_header_a_dotted_credit_and_a_byline_under_a_rule_open_the_next_piece():
    page = ("随州日报\n第02-03版　高新区·新年特刊\n\n随州高新区打造全市经济第一增长极\n\n"
            "今年以来，高新区把招商引资作为“一号工程”，坚持做大做强主导产业。\n\n■■■■■■■■■■■■\n\n"
            "随州高新区鸟瞰图　·记者　徐斌摄·\n\n随州日报记者　冯家园　通讯员　魏建业\n\n"
            "18年前，这里是广袤的农田，316国道穿越而过，鲜有工厂企业。\n")
    result = parse_page(page, "p.txt")
    assert result.page.page_name is None or "特刊" not in result.articles[0].title
    first, second = result.articles
    assert first.title == "随州高新区打造全市经济第一增长极" and first.authors == []
    assert second.authors == ["冯家园", "魏建业"] and second.text.startswith("18年前")
    assert [c.text for a in result.articles for c in a.captions] == ["随州高新区鸟瞰图"]


@pytest.mark.parametrize("text", [
    # one of the places a tour went to is no subject
    "采访团分组深入信阳博物馆、鄂豫皖革命纪念馆、信阳高新技术开发区、信阳产业集聚区、羊山新区采访。\n"
    "代表们纷纷表示，信阳发展变化令人振奋。",
    # a county park's other name is its own, not the city's national zone
    "走进如东经济开发区（高新区），采风团一行被企业产销两旺的景象所吸引。\n企业负责人介绍了今年的生产情况。",
])
def test_a_zone_in_a_list_of_places_or_a_parks_other_name_is_no_subject(text):
    page = f"南通日报\n2024年6月3日\n\n媒体采风团走进园区企业\n\n{text}\n"
    assert parse_page(page, "p.txt").articles[0].zone is None


def test_an_agency_caption_saying_when_its_photo_was_shot_is_a_caption_however_broken():
    page = ("榆林是个好地方\n\n文图/新华社记者陶明\n\n榆林，一块富有魅力且充满希望的热土。\n\n"
            "游人在米脂县杨家沟革命旧址参观（9月10\n日摄，无人机照片）。\n\n"
            "工作人员在榆林一服饰公司车间操作（9月1\n1日摄）。目前榆林市有羊毛绒服装加工企业350多家。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == [
        "游人在米脂县杨家沟革命旧址参观（9月10日摄，无人机照片）。",
        "工作人员在榆林一服饰公司车间操作（9月11日摄）。目前榆林市有羊毛绒服装加工企业350多家。"]
    assert "日摄" not in article.text


def test_an_english_agency_caption_saying_when_its_photo_was_taken_is_a_caption():
    page = ("**IN PICTURES**\n\n"
            "Photo taken on Sept. 19, 2018 shows the Suzhou Industrial Park in Suzhou.\n\n"
            "Photo taken on Sept. 19, 2018 shows a residential community within the park.\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.kind.value for a in articles] == ["photo", "photo"]


def test_a_newsletters_dated_issue_line_is_its_header_and_an_office_or_a_reprint_signing_an_item_is_no_text():
    page = ("## 平顶山高新区工作简报\n## 2023年3月8日　第5期\n\n## 工作动态\n\n"
            "2月18日上午，高新区召开党工委、管委会领导班子会议，部署全年工作。（益盟办）\n\n"
            "## 高新区按下重点项目建设“快进键”\n\n"
            "今年以来，高新区重点项目建设全面提速。（转自《中国高新技术产业导报》2023年3月6日A42版）\n\n"
            "## 区政协召开协商座谈会\n\n日前，区政协召开助推高新区高质量发展协商座谈会。（区政协）\n")
    result = parse_page(page, "p.txt")
    assert result.page.date == dt.date(2023, 3, 8)
    assert all(a.date == dt.date(2023, 3, 8) for a in result.articles)
    for article in result.articles:
        assert "益盟办" not in article.text and "转自" not in article.text and "（区政协）" not in article.text
        assert article.authors == []


@pytest.mark.parametrize(("lines", "title"), [
    (("昌吉州国投集团考察团", "赴克拉玛依市考察交流"), "昌吉州国投集团考察团赴克拉玛依市考察交流"),
    (("白银上半年规上工业增加值", "增长15.2%"), "白银上半年规上工业增加值增长15.2%"),
    # a kicker says something of its own, and a speaker's line is no subject
    (("南都记者专访珠海高新区管委会主任苏虎", "抢抓双区驱动历史机遇"), "抢抓双区驱动历史机遇"),
    (("香港商报副总编辑杨华", "构建中原经济区要有新思路"), "构建中原经济区要有新思路"),
])
def test_a_headline_the_ocr_broke_over_two_lines_is_one(lines, title):
    page = f"甲乙日报\n2024年6月3日\n\n{lines[0]}\n{lines[1]}\n\n本报讯 近日，高新区召开会议，部署全年工作。\n"
    assert parse_page(page, "p.txt").articles[0].title == title


def test_a_headline_marked_on_its_first_half_only_and_a_dateline_set_apart_from_its_byline():
    page = ("陕西科技报\n2023年1月31日\n\n# 我省新增3家国家级\n科技企业孵化器\n\n"
            "本报讯 日前，科技部公布了新一批国家级孵化器名单。\n")
    assert parse_page(page, "p.txt").articles[0].title == "我省新增3家国家级科技企业孵化器"
    page = ("今日金东\n2025/12/31 星期三\n\n创新浪潮涌金东\n\n　　“十四五”收官在即，金东交出一份沉甸甸的答卷。\n\n"
            "金东区签约32个项目\n\n本报金华10月2日电　（记者　叶星辰　徐贤飞　区委报道组　张恺悦）\n"
            "　　10月2日上午，2018金东乡贤大会开幕，300多位海内外乡贤齐聚一堂。\n")
    last = parse_page(page, "p.txt").articles[-1]
    assert (last.title, last.authors) == ("金东区签约32个项目", ["叶星辰", "徐贤飞", "张恺悦"])
    assert "区委报道组" not in last.text


def test_a_heading_over_text_signed_by_a_reporter_after_an_agency_report_opens_a_piece():
    page = ("潍坊晚报\n2024年11月4日 星期一\n\n机动车行驶证电子化 今起分三批全国推广应用\n"
            "新华社北京11月3日电 记者3日从公安部获悉，电子行驶证将分三批在全国推广应用。\n"
            "亚星桥上留个影\n3月3日，在城区东风街亚星桥，居民以大桥为背景拍摄合影。\n潍坊日报社全媒体记者 张驰\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles][-1] == ("亚星桥上留个影", ["张驰"])


@pytest.mark.parametrize(("lead", "authors"), [
    ("据经济日报 记者黄鑫报道 “截至11月份，国家高新区营业收入稳步增长。”", ["黄鑫"]),
    ("据中国台湾网 7月12日，两岸30余位记者来到宁波高新区采访。", []),
    ("据《广西日报》消息（记者郭亚琼 通讯员黄诗谊）近日，住建部公布典型案例。", ["郭亚琼", "黄诗谊"]),
    ("华龙网-新重庆客户端5月16日20时25分讯（记者　赵紫东）5月16日，百名网络记者走进广安。", ["赵紫东"]),
    ("中国改革报•改革网报道（祖智慧/通讯员：汪沁霖　王婷）4月26日，镇江举行开放日。", ["祖智慧", "汪沁霖", "王婷"]),
    ("荆楚网（湖北日报网）讯（记者 左乙辰 通讯员 邹艳）10月20日，大冶举行项目签约。", ["左乙辰", "邹艳"]),
    ("荆楚网客户端—荆楚网消息（记者吕鉴蕾 阮琼）10月15日，黄石连夺两项全省冠军。", ["吕鉴蕾", "阮琼"]),
    ("滨州日报/滨州网讯（记者 王丽）9月18日，滨州举行项目集中开工活动。", ["王丽"]),
])
def test_a_reprints_or_a_sites_source_and_its_reporters_open_the_text(lead, authors):
    (article,) = parse_page(f"甲乙日报\n2024年6月3日\n\n国家高新区成经济增长重要引擎\n\n{lead}\n", "p.txt").articles
    assert article.authors == authors and not article.text.startswith("据")


def test_a_photo_under_a_rule_with_another_after_it_is_news_of_its_own():
    page = ("宜都融媒\n2025年7月31日 星期四\n\n发展快报\n\n都说好事成双，但这个夏天的宜都，好消息不止“成双”。\n\n"
            "─────────────────────\n\n宜都东阳光低碳高端电池铝箔项目一期冲刺满产　刘曙松 摄\n\n"
            "4月10日，宜都市松木坪镇，全省首台完成“油改电”的矿山设备投入使用。　刘曙松 黎文来 摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.kind.value for a in articles] == ["brief", "photo", "photo"]


def test_a_headline_and_its_lead_on_one_line_are_split_where_the_break_was_lost():
    page = ("浏阳日报\n2019年8月21日\n\n浏阳高新区62个产业项目加速推进\n\n"
            "本报讯（记者 罗晓芳）8月19日，项目建设如火如荼。\n\n· — · — · — ·\n\n"
            "浏阳经开区95%企业已复工 湖南日报2月18日讯（记者　王文隆　通讯员　章文正）园区企业复工率达95%。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles][-1] == ("浏阳经开区95%企业已复工", ["王文隆", "章文正"])


def test_a_headline_right_over_another_is_its_kicker():
    page = ("汨罗融媒\n2024年7月24日 星期三\n\n━━━━━━━━━━━━━━━━━━━━\n"
            "从“拾荒佬”起步，汨罗做大再生资源产业，发展循环经济\n一个产业园区的绿色崛起\n"
            "华声在线全媒体记者 刘永涛 马如兰\n11月28日，记者走进位于汨罗高新区的湖南新基源新材料有限公司。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "一个产业园区的绿色崛起"
    assert article.kicker == "从“拾荒佬”起步，汨罗做大再生资源产业，发展循环经济"


def test_names_alone_under_a_headline_make_a_story_whose_short_headings_are_sub_headings():
    page = ("## 天长：领跑滁州的安徽“飞地”\n汪启湖 叶素健\n\n"
            "在我省有座三面被江苏环抱的县城，距离扬州主城区不过半小时车程。\n\n"
            "## 双向十车道马路成滁州唯一\n\n夏日晚风拂面，舒适异常。6月9日晚，华灯初上。\n\n"
            "## 高质量+高颜值！深圳“新硅谷”是怎样打造的？\n\n在深圳市光明区东北部，有一片总面积99平方公里的区域。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["天长：领跑滁州的安徽“飞地”", "高质量+高颜值！深圳“新硅谷”是怎样打造的？"]
    assert articles[0].authors == ["汪启湖", "叶素健"]


def test_an_archives_note_under_an_old_item_is_no_text():
    page = ("营口日报\n2024年6月3日\n\n从背靠大海到面向大海\n\n"
            "营口港吞吐量连年增长，临港产业集聚成势。（2010年“营口探营”系列报道）\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "系列报道" not in article.text and article.text.endswith("集聚成势。")


def test_an_english_papers_name_marked_as_a_headline_on_the_first_line_is_its_masthead():
    page = ("# SHENZHEN DAILY\n深圳日报\nThursday, February 24, 2022\nPage 5 | BUSINESS\n\n"
            "# SZ unveils plan for hi-tech zone development\n\n"
            "Shenzhen will build its high-tech zone into a world-leading area.\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["SZ unveils plan for hi-tech zone development"]
    assert result.articles[0].date == dt.date(2022, 2, 24)


def test_a_short_line_ending_with_a_colon_over_a_heading_names_its_speaker_as_the_kicker():
    page = ("南方周末\n2026年3月12日 星期四\n\n全国人大代表、蚌埠市委书记马军：\n抓创新不是选择题，而是“生存题”\n\n"
            "　　蚌埠作为全国老工业基地城市，曾是安徽乃至全国版图上不可忽视的工业重镇。\n"
            "　　下一步，我们将持续深化“政产学研用金”融合模式。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title) == ("全国人大代表、蚌埠市委书记马军：", "抓创新不是选择题，而是“生存题”")


def test_in_a_news_column_a_body_then_when_it_acted_opens_an_item():
    page = ("東方日報\n2024年12月22日 星期日\nA8 要聞港聞\n\n■要聞簡報\n\n"
            "港府早前在《施政報告》提出發展低空經濟，成立工作組推動試點。\n\n"
            "國家礦山安全監察局雲南局上周六（21日）發布通報，涉事煤礦停產整頓。\n")
    articles = parse_page(page, "p.txt").articles
    assert len(articles) == 2 and articles[1].text.startswith("國家礦山安全監察局")


def test_a_city_papers_visit_to_its_generic_high_tech_zone_names_the_citys_zone():
    page = ("咸阳日报\n【日期】2017-06-19\n\n【标题】本报小记者走进高新区 用文字记录时代风貌\n【正文】\n"
            "本报讯（记者 宋超）6月17日，200名小记者走进高新区，感受高新区的发展热潮。\n")
    assert parse_page(page, "p.txt").articles[0].zone == "咸阳高新区"


@pytest.mark.parametrize("note", ["(SD News)", "(Xinhua)", "(China Daily)"])
def test_an_english_papers_source_note_is_no_text(note):
    page = ("# SZ unveils plan for hi-tech zone development\n\n"
            f"Shenzhen will build its high-tech zone into a world-leading industrial area by 2025. {note}\n")
    (article,) = parse_page(page, "p.txt").articles
    assert note not in article.text and article.text.endswith("by 2025.")


@pytest.mark.parametrize(("lead", "authors"), [
    ("咸宁网讯　记者张欢、特约记者李婷婷、通讯员吴丰报道：时值初春，项目建设如火如荼。", ["张欢", "李婷婷", "吴丰"]),
    ("本报讯　王志民、杨锦宏、记者徐凌霄报道：今年以来，新区工业经济发展迅速。", ["王志民", "杨锦宏", "徐凌霄"]),
    ("本报讯 见习记者牛佳锡报道：11月15日，走进长治高新区新材料产业基地。", ["牛佳锡"]),
    # an app's name of any form in the opening bracket
    ("【大河财立方 记者 陈诗昂】产业是城市的灵魂。就郑州高新区而言，最亮底色是“高”“新”两字。", ["陈诗昂"]),
])
def test_reporters_listed_up_to_reported_after_a_news_mark_are_the_authors(lead, authors):
    (article,) = parse_page(f"甲乙日报\n2024年6月3日\n\n高新区项目建设如火如荼\n\n{lead}\n", "p.txt").articles
    assert article.authors == authors and "报道" not in article.text


def test_a_bylined_report_with_a_news_mark_has_no_sub_headings():
    # A byline line under a headline says "feature" only until the text opens
    # with a news mark (晚报讯): a report, so a heading after it opens the next piece.
    page = ("甲乙晚报\n2023年5月10日 星期三\n\n"
            "宜昌高新区一季度项目集中开工\n\n○○记者　张小军\n\n"
            "晚报讯 昨日上午，宜昌高新区举行一季度重大项目集中开工仪式，8个项目总投资46亿元。\n\n"
            "据了解，开工项目涵盖新材料、生物医药等领域。\n\n"
            "护牙进校园 口腔健康伴成长\n\n"
            "5月9日，记者从市口腔医院获悉，该院启动口腔健康进校园活动，为2000名学生免费检查。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [("宜昌高新区一季度项目集中开工", ["张小军"]),
                                                       ("护牙进校园 口腔健康伴成长", [])]


def test_an_english_sentence_word_wrapped_at_the_column_is_no_headline():
    page = ("MACAU DAILY TIMES\nTHURSDAY, NOVEMBER 20, 2025\n\n"
            "Hengqin park to add two incubators\nJohn Smith\n"
            "Hengqin will open two incubators for young\nentrepreneurs, officials said on Monday.\n"
            "Presenting the plan to the press on\nTuesday, the director said rents would be\nwaived for three years.\n"
            "Officials expect more than four hundred\nfirms to apply by the end of the year.\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "Hengqin park to add two incubators"
    assert "Presenting the plan" in article.text and "Officials expect" in article.text


def test_a_label_without_a_pause_before_the_first_headline_breaks_no_sentence():
    page = ("中安在线\n\n双语 Bilingual ｜ 合肥高新区专栏 Hefei High-tech Zone\n\n"
            "首页 Home > 双语 Bilingual > 园区 Parks\n\n合肥高新区发布人才新政\n\n"
            "本报讯 昨天，合肥高新区发布人才新政，给予高层次人才最高500万元补贴。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["合肥高新区发布人才新政"]
    assert any("首页 Home" in line for line in result.masthead)  # a bilingual breadcrumb is navigation


@pytest.mark.parametrize(("first", "rest"), [
    ("——专注数字经济赛道，江苏宿迁腾“云”而", "上"),  # a conjunction cannot end a headline
    ("——专注数字经济赛道，江苏宿迁腾“云", "上”"),  # nor an open quotation
])
def test_a_subtitle_the_column_broke_off_is_joined(first, rest):
    page = ("甲乙日报\n2025年3月26日 星期三\n\n云寄千重锦 水润一城新\n" + first + "\n" + rest + "\n\n"
            "在江苏沭阳耿圩镇淮西村，“村里也有机场跑道”成为村民们津津乐道的新鲜事。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.subtitle) == ("云寄千重锦 水润一城新", (first + rest).lstrip("—"))


def test_in_a_news_column_a_paragraph_pointing_back_at_the_item_before_goes_on_with_it():
    page = ("武进新闻\n二〇一九年十月三十一日 星期四\n\n开发区动态\n\n"
            "9月6日上午，武进区第三次重点项目集中开工活动举行，12个项目总投资86亿元。\n\n"
            "其中，西太湖科技产业园共有3个项目参加集中开工。\n\n"
            "常州市委书记汪泉高度评价了本次集中开工项目，鼓励项目方加快建设，早日竣工投产。\n\n"
            "8月9日，副市长李林督查我区重点项目建设情况。\n")
    articles = parse_page(page, "p.txt").articles
    assert len(articles) == 2 and "汪泉" in articles[0].text


def test_a_kicker_ending_in_a_colon_on_a_page_spacing_every_line_heads_its_headline():
    page = ("阜阳日报\n\n二〇二一年七月九日 星期五\n\n责任编辑：刘 敏\n\n中部崛起新亮点：\n\n阜阳“新”经济发展提速\n\n"
            "曾被视作长三角“边边角角”的安徽省阜阳市，近年来经济发展提速。\n\n以创新型城市创建为抓手，阜阳突出重创新。\n")
    result = parse_page(page, "p.txt")
    assert [(a.kicker, a.title) for a in result.articles] == [("中部崛起新亮点：", "阜阳“新”经济发展提速")]
    assert result.left_out == []


def test_a_short_text_signed_by_a_photo_credit_alone_is_photo_news():
    page = ("南充日报\n2021年1月21日 星期四\n\n## 丘区变园区 高新企业集聚发展\n\n"
            "5月25日，记者在南充高新技术产业园区看到，一批高新技术企业纷纷“破土而出”，昔日山丘变成产业热土。\n\n"
            "据了解，园区建成区面积达12平方公里，目前已成功创建为省级高新技术产业园区，正积极争创国家级园区。\n\n"
            "本报记者　张力　摄\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (str(article.kind), article.authors) == ("photo", ["张力"])
    assert [c.text[:6] for c in article.captions] == ["5月25日，"]  # its first paragraph; 据了解 goes on with the text


@pytest.mark.parametrize(("first", "second"), [
    ("第五届高校院所河南科技", "成果博览会在新乡举行"),  # a subject without a verb over its predicate
    ("西安交大创新工程签约", "15个合作项目"),  # a verb over the figure it acts on
    ("江油市举行2020年第三季度", "重点项目集中开工仪式"),  # a verb, then when, then what
    ("武汉或将诞生首家", "“准万亿”市值上市公司"),  # a count with its noun to come
])
def test_a_headline_the_ocr_broke_at_the_columns_width_is_one(first, second):
    titles = _hard_wrapped_titles(first, second)
    assert titles[0] == first + second


def test_a_kicker_ending_on_an_ordinal_over_its_title_stays_apart():
    titles = _hard_wrapped_titles("上半年工业投资增速全市第一", "北京经开区点燃投资强引擎")
    assert titles[0] == "北京经开区点燃投资强引擎"


def test_a_kicker_ending_on_a_quotation_over_its_title_stays_apart():
    titles = _hard_wrapped_titles("五十余位媒体人为西安“画像”", "四个关键词勾勒出“一带一路”西安新面孔")
    assert titles[0] == "四个关键词勾勒出“一带一路”西安新面孔"


def _hard_wrapped_titles(first: str, second: str) -> list[str]:
    body = ("本报讯　4月8日，西安交通大学喜迎建校12\n6周年，在中国西部科技创新港举行庆祝活动，\n"
            "签约项目涵盖新材料、生物医药、电子信息等\n领域，总投资超过三十亿元，将于年内开工建\n"
            "设。创新港自建成以来，已聚集研究院所近三\n十家，引进国内外高层次人才一千余名，成为\n"
            "西部科技创新的重要平台，带动周边产业加快\n发展，形成了产学研深度融合的良好格局。\n")
    page = f"封面新闻\n2024年4月9日 星期二\n\n{first}\n{second}\n{body}\n新华日报科创周刊第三版编辑\n"
    return [a.title for a in parse_page(page, "p.txt").articles]


def test_the_papers_name_set_as_a_heading_at_the_top_is_its_masthead():
    page = ("# 正观新闻\n\n# 郑东新区35个项目集中签约\n\n正观新闻记者 王阳\n\n"
            "11月2日，郑东新区在龙子湖智慧岛举行第四季度项目集中签约活动。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["郑东新区35个项目集中签约"]
    assert "正观新闻" in " ".join(result.masthead)
    # a headline at the top that happens to end like an outlet's name (…出台) is a headline
    (first,) = parse_page("# 甲乙高新区人才新政出台\n\n本报讯 甲乙高新区出台人才新政。\n", "p.txt").articles
    assert first.title == "甲乙高新区人才新政出台"


def test_a_headline_with_pauses_over_a_lead_and_a_byline_heads_the_whole_text():
    page = ("界面新闻·区域经济周刊\n2023-12-15 星期五\n"
            "盘点171城“新质生产力”上市公司：北京、深圳、上海、苏州领跑\n"
            "北京以193家高居榜首，深圳以177家紧随其后。\n界面新闻记者 | 毛盾\n界面新闻编辑 | 崔宇\n"
            "随着全球化和资本市场的不断深化，中国企业的上市活动日益频繁。\n"
            "上市公司作为经济的领航者和风向标，其区域分布反映了各地区经济发展的活力。\n")
    result = parse_page(page, "p.txt")
    (article,) = result.articles
    assert article.title.startswith("盘点171城") and article.authors == ["毛盾"]
    assert "北京以193家" in article.text and "上市公司作为经济的领航者" in article.text
    assert result.left_out == []


@pytest.mark.parametrize("tail", ["", "北京以193家高居榜首。\n", "北京以193家高居榜首。\n界面新闻记者 | 毛盾\n"])
def test_a_page_ending_right_under_its_headline_parses(tail):
    page = "盘点171城“新质生产力”上市公司：北京、深圳领跑\n" + tail
    assert parse_page(page, "p.txt").articles is not None


def test_a_short_title_over_its_posts_record_and_text_is_no_page_header():
    page = ("# 中国文明网江阴站\n\n2021年12月2日 星期四\n\n中国文明网江阴站首页 > 江阴概览\n\n# 创新更澎湃\n\n"
            "发布时间：2021-12-02 来源：\n\n共同擘画太湖科创湾建设，作为岛链区位的江阴，积极融入区域创新体系。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["创新更澎湃"]
    assert "太湖科创湾" in result.articles[0].text
    column = ("鏡報 THE MIRROR\n八閩來風\n發布日期：2020-08-11\n\n數字福州 美麗廈門\n──香港期刊傳媒公會福建行\n\n"
              "2019年12月10日至14日，香港期刊傳媒公會訪問團赴福建考察。\n")
    assert "八閩來風" in " ".join(parse_page(column, "p.txt").masthead)  # over a heading: the page's


@pytest.mark.parametrize("note", ["（2020年1月15日刊）", "（本报2021年5月资料）", "（新湖南客户端　2024年4月16日）",
                                  "（本报2011年资料，据中国新闻网）", "（2014年8月，据河北新闻网）", "（本报综合）",
                                  "（珠海市人民检察院供稿，2012年4月）", "\n\n《人民日报》（2024年04月24日 11版）",
                                  "（资料）"])
def test_a_note_of_when_and_where_an_item_first_ran_is_no_text(note):
    page = f"# 湘乡经开区特色产业强势崛起\n\n近日，湘乡经开区举行项目集中签约活动，签约项目12个。{note}\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.text.endswith("签约项目12个。")


def test_an_editors_note_mark_with_a_bar_comes_off_its_text():
    page = ("# 从生态绿肺到创新高地\n\n编者按 | 当前，河南正处于新旧动能转换的攻坚阶段，发展新质生产力是必答卷。\n\n"
            "提到惠济区，多数郑州市民的第一印象是黄河与生态。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.text.startswith("当前，河南正处于") and "编者按" not in article.text


def test_a_commentary_columns_label_after_an_epigraph_marks_the_piece():
    page = ("中国科学报\n2020年7月24日 星期五\n\n高新区要做实做好“两篇文章”\n\n"
            "高新区是科技的集聚地，也是创新的孵化器。看一个高新区是不是有竞争力，要看它的创新能力。\n\n"
            "——《在辽宁考察时的讲话》（2013年8月28日-31日），《人民日报》2013年9月2日\n\n学习札记\n\n"
            "经过20多年发展，国家高新区对经济发展的支撑作用日益凸显。\n\n当前，在我国实施创新驱动发展战略的背景下，高新区责任重大。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert str(article.kind) == "commentary" and "学习札记" not in article.text and "当前" in article.text


def test_a_sites_name_set_as_a_heading_over_its_menu_is_its_header():
    page = ("## 中华网山东\n首页 > 地市要闻 > 德州\n2023-09-28 10:20 来源：中华网山东\n\n"
            "## 德州检察：以知识产权检察履职服务创新驱动发展\n\n德州市检察院将知识产权集中统一履职作为一项重要工作。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["德州检察：以知识产权检察履职服务创新驱动发展"]
    assert "中华网山东" in result.masthead


def test_a_writers_line_between_two_texts_heads_the_next_piece():
    page = ("# 我与台报七十年\n\n望潮客户端记者 徐颖晔\n\n如果说台州玻璃雕刻艺术有一个响当当的名字，那就是吴子熊。\n\n"
            "张如良/文\n\n静静的夜晚，家人已经安睡。我打开电脑，回忆与台报的情谊。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.authors for a in articles] == [["徐颖晔"], ["张如良"]]


STORY_OPENING = ("产城人融合 广佛副中心\n\n"
                 "佛山西站枢纽片区正加快建设，一座产城人融合的副中心呼之欲出。\n\n")


@pytest.mark.parametrize(("heading", "text", "titles"), [
    # a heading naming no place over a text going on: the story's first part
    ("招商引资工作提质增效", "围绕枢纽经济，片区引进企业四十余家，总投资超百亿元。",
     ["产城人融合 广佛副中心"]),
    # a heading naming a place opens the next piece
    ("柳州纺织服装工业规模初成", "围绕服装产业，柳州引进企业四十余家，总投资超百亿元。",
     ["产城人融合 广佛副中心", "柳州纺织服装工业规模初成"]),
    # so does one over a text opening on a time and an event (a report)
    ("招商引资工作提质增效", "6月3日，片区举行项目集中签约，引进企业四十余家。",
     ["产城人融合 广佛副中心", "招商引资工作提质增效"]),
])
def test_a_placeless_heading_after_a_storys_opening_paragraph_is_its_first_part(heading, text, titles):
    page = f"{STORY_OPENING}{heading}\n\n{text}\n"
    assert [a.title for a in parse_page(page, "p.txt").articles] == titles


def test_a_placeless_heading_after_a_long_text_still_opens_the_next_piece():
    opening = "佛山西站枢纽片区正加快建设，一座产城人融合的副中心呼之欲出。" * 8
    page = (f"产城人融合 广佛副中心\n\n{opening}\n\n招商引资工作提质增效\n\n"
            "围绕枢纽经济，片区引进企业四十余家，总投资超百亿元。\n")
    assert len(parse_page(page, "p.txt").articles) == 2


HARD_WRAPPED = ("今年，锦州市委、市政府围绕省沿海经济带三\n"
                "年攻坚计划，以加快产业发展为抓手，突出园\n"
                "区建设，全市规上工业增加值增长百分之八。\n\n"
                "去年，锦州新签约项目一百二十个，总投资超\n"
                "过五百亿元，其中高新技术项目占比过半，园\n"
                "区承载能力明显增强，营商环境持续优化，企\n"
                "业满意度不断提升，发展后劲更加充足。\n")


def test_a_line_as_wide_as_the_column_between_blank_lines_is_a_headline_not_a_broken_sentence():
    page = ("本溪日报\n2019年4月3日 星期三\n\n本溪高新区新签约项目十个\n\n本报讯 近日，本溪高新区新签约项目十个，总\n"
            "投资达八十亿元，涉及生物医药等多个领域。\n\n■省内\n\n"
            "锦州以沿海经济带为抓手加速新旧动能转换\n\n" + HARD_WRAPPED)
    article = parse_page(page, "p.txt").articles[-1]
    assert article.title == "锦州以沿海经济带为抓手加速新旧动能转换"
    assert article.text.startswith("今年，锦州市委")


def test_a_page_that_spaces_every_line_still_runs_its_wrapped_lines_on():
    spaced = HARD_WRAPPED.replace("\n", "\n\n")
    (article,) = parse_page("# 锦州加速新旧动能转换\n\n" + spaced, "p.txt").articles
    assert "三年攻坚计划" in article.text and "园区建设" in article.text


def test_a_place_and_a_colon_over_text_opens_a_report_even_inside_a_story():
    story = ("晋商回归 筑梦桑梓\n\n——晋中市新春晋商回归项目推介会侧记\n\n"
             "最美是乡音，最浓是乡情。推介会上，一批项目签约落地。\n\n")
    report = ("乡村行·看振兴\n\n山西太谷：念好“农、高、科”三字经 走出“特”“优”农业发展新路\n\n"
              "种子科技填补国内多处空白，有机旱稻开北方先河。\n")
    titles = [a.title for a in parse_page(story + report, "p.txt").articles]
    assert titles == ["晋商回归 筑梦桑梓", "山西太谷：念好“农、高、科”三字经 走出“特”“优”农业发展新路"]


@pytest.mark.parametrize(("first", "second", "title"), [
    ("两岸集成电路创新产业园昨奠基", "集成电路一口气签下4个项目", "两岸集成电路创新产业园昨奠基"),
    ("“我和我的湖州”新春团拜会举行", "青年人才扎根太湖南岸", "“我和我的湖州”新春团拜会举行"),
    ("锚定产业发展靶向", "盐城高新区新签约项目十二个", "盐城高新区新签约项目十二个"),  # no event told: the last
    # a visit told (到/赴…调研, 开展…视察): the event, what it was for under it
    ("市领导带队到柳东新区调研", "为企业发展送服务", "市领导带队到柳东新区调研"),
    ("住琼全国人大代表开展集中视察", "全面了解海口经济圈高新技术产业发展情况", "住琼全国人大代表开展集中视察"),
    ("一次好评满满的实地调研", "盐城高新区新签约项目十二个", "盐城高新区新签约项目十二个"),  # no visit told
    # the one opening on a place and a colon
    ("宿迁宿豫：项目建设踏“春”提速", "高质量发展增势赋能", "宿迁宿豫：项目建设踏“春”提速"),
])
def test_of_two_headline_lines_the_one_telling_the_event_or_opening_on_a_place_is_the_headline(first, second, title):
    page = f"{first}\n{second}\n\n本报讯 昨天上午，项目签约仪式举行，现场签约项目十二个。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == title


@pytest.mark.parametrize("label", ["## 链接", "资料链接", "新闻背景"])
def test_a_box_label_between_texts_heads_an_untitled_item_and_is_no_headline(label):
    page = ("# 益阳高新区新签约项目十个\n\n本报讯 近日，益阳高新区新签约项目十个，总投资达八十亿元。\n\n"
            f"{label}\n\n益阳高新区是2011年6月经国务院批准升格的国家级高新区，规划面积八十平方公里。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title[:9] for a in articles] == ["益阳高新区新签约项", "益阳高新区是201"], "titled by its first words"
    assert "国家级高新区" not in articles[0].text


@pytest.mark.parametrize("chrome", [
    "設為首頁 加至最愛 檢視信箱 進入商場 前往藝坊", "略過巡覽連結", "Hi, 您尚未登入喔！ 會員 登入 註冊", "回上頁　列印",
    "標籤： tags:", "人氣： 3", "下載香港01 App　睇更多政情新聞", "<上一版　下一版>", "返回顶部　|　上一页　下一页",
    "网站首页| 网站地图| RSS", "短暫雨　氣溫　降雨：　AQI", "2016/8/17 下午 07:33:12 / 產業經濟",
    "社會新聞　出版：2025-11-20", "台灣新聞 › 產業經濟 › 科學園區", "政情 ｜ 社會新聞 ｜ 河套專題",
    "更新日期：2017-01-25", "指导单位：国家能源局新能源和可再生能源司", "您当前的位置 : 青海新闻网 > 图说青海",
    "第1页　共1页", "推荐内容", "中共延边朝鲜族自治州委员会主管主办", "新闻中心　>　青岛新闻",
    "您好！今天是2015年3月31日　星期二", "附件下载",
    "首页| 兰州| 新闻| 政务| 房产| 旅游| 汽车| 教育| 财经| 健康| 公益| 女性| 商业| 兰州日报| 全媒体矩阵",
    "| 大 | | 中 | | 小 |", "熱門：沙田店舖盜竊案　港珠澳車北上　施政報告", "Read more", "« 較舊文章　　較新文章 »",
    "【本版其他稿件】融合发展促进城乡共同繁荣｜我区两区划定", "【语音播报】　【新闻评论0】", "当前报纸名称：包头晚报",
    "新聞查詢：立法會議員譚耀宗 (7770 0708)",
])
def test_a_portals_menus_tools_and_post_records_are_furniture(chrome):
    (line,) = type_lines(chrome)
    assert line.kind == LineKind.FURNITURE


def test_a_date_in_tortoise_shell_brackets_dates_the_item_and_is_no_text():
    page = ("中国网·滨海高新 新闻回顾\n\n〔2011-02-01〕\n\n"
            "2月1日，滨海高新区领导走访滨海新区新闻宣传系统，共商宣传工作。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "2011-02-01" not in article.text and article.date == dt.date(2011, 2, 1)


def test_a_post_record_after_an_intro_opens_the_next_post_not_the_report():
    page = ("**我市新增国家高新技术企业13家**\n\n2020-01-14　来源：巩义市科技局\n\n"
            "经国家科技部审定备案，2019年我市认定通过国家高新技术企业13家，总数达到85家。\n\n"
            "2012-01-19　来源：中国网·滨海高新\n\n"
            "中国网·滨海高新讯　19个新建孵化载体投入使用，新增孵化面积160万平方米。\n")
    articles = parse_page(page, "p.txt").articles
    assert len(articles) == 2 and "孵化载体" not in articles[0].text


@pytest.mark.parametrize(("bracketed", "text", "title"), [
    ("【平罗县党政考察团来卫考察】", "本报讯（记者 彭红兵）9月14日，考察团来我市考察。", "平罗县党政考察团来卫考察"),
    ("【千里送锦旗　情谢帮扶人】", "7月12日9点，葛店开发区新市民公司接到了一面鲜艳的锦旗。", "千里送锦旗 情谢帮扶人"),
    # a column's name over its items stays a label: the item is titled by its first words
    ("【园区动态】", "近日，襄阳高新区举办招聘会。", "襄阳高新区举办招聘会"),
    ("【中关村玫瑰·企业风采】", "近日，襄阳高新区举办招聘会。", "襄阳高新区举办招聘会"),
])
def test_a_bracketed_headline_over_a_reports_first_words_is_its_headline(bracketed, text, title):
    (article,) = parse_page(f"{bracketed}\n\n{text}\n", "p.txt").articles
    assert article.title == title


def test_a_reporters_notebook_label_names_no_author_and_marks_a_commentary():
    page = ("## 数博会升格“国际”\n\n以“数字经济引领新增长”为主题的数博会将于5月在贵阳举办。\n\n"
            "■记者手记\n\n## 戴上VR眼镜 我看到的是未来\n\n上一秒我在观山湖区的大厦里，下一秒就置身阳明洞内。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors, str(a.kind)) for a in articles][1] == ("戴上VR眼镜 我看到的是未来", [], "commentary")


@pytest.mark.parametrize(("label", "after", "pieces"), [
    ("## 延伸阅读", "日前，科技部火炬中心公布2015年国家高新区评价结果，贵阳国家高新区综合排名上升五位。", 2),
    ("## 延伸阅读", "· 贵阳高新区综合排名上升\n· 数博会升格“国际”", 1),  # a list of links: the site's menu
    ("## 相关阅读", "## 参观科学园\n\n民建联议员于5月23日参观香港科学园，了解园区企业的研发、生产、融资与人才情况。",
     2),  # over a headline and its text: a titled box
])
def test_a_related_box_over_sentences_is_a_piece_of_its_own(label, after, pieces):
    page = f"## 乘“云”而上 大数据助力新贵阳建设\n\n贵阳GDP增速居前，大数据产业蓬勃发展。\n\n{label}\n\n{after}\n"
    articles = parse_page(page, "p.txt").articles
    assert len(articles) == pieces and "延伸阅读" not in articles[0].text


def test_an_office_signing_an_item_ends_it_and_the_next_item_opens():
    page = ("## 往期回顾\n\n"
            "赣州开发区、崇义县、上犹县将在赣州开发区建设飞地工业园。（赣州市政府口岸办公室）\n\n"
            "2月26日，赣州“中国稀金谷”投资环境推介会在浙江省宁波市召开。\n")
    articles = parse_page(page, "p.txt").articles
    assert len(articles) == 2 and "口岸办公室" not in articles[0].text


def test_a_box_title_alone_under_a_headline_stack_is_no_headline_and_a_place_colon_line_is_the_headline():
    page = ("作出更大贡献 奋力争先进位\n打好“主动战” 冲刺“半年红”\n\n宿城：千帆竞发势如虹\n\n编者按\n"
            "省委对宿迁提出“省内作出更大贡献”的要求，本报今起开设专栏。\n\n"
            "回首今年一季度，宿城区经济运行起笔不凡、落子精彩。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "宿城：千帆竞发势如虹" and "编者按" not in article.title


def test_a_box_title_after_a_records_first_paragraph_keeps_the_record_one_piece():
    page = ("【标题】火炬高新区跨岛发展助力区域经济提升\n【日期】2019-10-18\n【正文】\n"
            "火炬(翔安)产业区，是厦门跨岛发展恢宏篇章中的重要一页。\n核心提示\n"
            "经过十多年的开发建设，产业区形成了高新技术产业集群。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "产业集群" in article.text


def test_a_phrase_naming_a_place_before_a_colon_is_no_place_headline():
    page = ("“信阳现象”的启示\n\n□《华兴时报》记者 史静波\n\n4月19日至20日，记者跟随采访团走进信阳。\n\n"
            "腾飞信阳：产业转型的华丽蝶变\n\n在全面深化改革的时代潮头，信阳抢抓机遇。\n")
    assert len(parse_page(page, "p.txt").articles) == 1


def test_a_districts_name_before_a_colon_after_a_storys_parts_opens_the_next_piece():
    page = ("信阳高新区：探索科技前沿 引领发展新动力\n\n"
            "信阳高新区位于信阳市中心城区北部，区位优势明显，发展潜力巨大。\n\n"
            "一、信阳高新区背景\n\n信阳高新区成立于1992年，2015年升级为国家高新区。\n\n"
            "二、发展历程\n\n三十余年来，信阳高新区从一片荒地成长为产业新城。\n\n"
            "开封祥符区：汉新科技城崛起\n\n引言：祥符区的时代机遇与汉新科技城的诞生，得益于郑开同城化的推进。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["信阳高新区：探索科技前沿 引领发展新动力", "开封祥符区：汉新科技城崛起"]


def test_bulleted_short_lines_under_a_photo_series_label_are_its_photos():
    page = ("兰州:黄河之滨也很美\n\n皋兰山下，黄河之滨。采访团走进兰州，感受生态文明建设成果。\n\n"
            "组图\n■兰州黄河楼\n■兰州湿地公园\n■黄河母亲雕塑\n")
    articles = parse_page(page, "p.txt").articles
    photos = [a for a in articles if str(a.kind) == "photo"]
    assert [c.text for a in photos for c in a.captions] == ["兰州黄河楼", "兰州湿地公园", "黄河母亲雕塑"]


def test_a_run_of_captioned_photos_after_a_signed_text_are_photo_news_each():
    # a real page (中工网 图片新闻): a text signed by its reporter, then five photos, each caption with its credit
    page = Path(__file__).parent / "quality" / "pages" / "361-zhonggongwang-indent.txt"
    articles = parse_page(page.read_text("utf-8"), page.name).articles
    assert [str(a.kind) for a in articles] == ["brief"] + ["photo"] * 5  # the report's kind as the page's gold has it
    assert not articles[0].captions or all(c.text.startswith("杨汛桥镇") for c in articles[0].captions)


def test_a_heading_over_the_next_stop_of_a_tour_is_a_part_of_the_story():
    page = ("“见证青岛”采风团走进上合示范区\n"
            "青岛新闻网6月3日讯（记者 任俊峰）6月3日，“见证青岛”采风团走进上合示范区和大沽河旅游度假区。\n"
            "上合示范区：奋力打造五大中心\n"
            "采访的第一站，记者来到了上合示范区，这里正打造五大中心。\n"
            "大沽河旅游度假区：打造“胶州版”西湖\n"
            "第二站，记者来到了青岛大沽河旅游度假区。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [s.heading for s in article.sections if s.heading] == ["上合示范区：奋力打造五大中心",
                                                                  "大沽河旅游度假区：打造“胶州版”西湖"]


def test_on_a_page_of_posts_a_heading_without_its_record_is_a_sub_heading():
    page = ("## 浙江德清：“小县城”闯出产业发展新天地\n发布时间：2022-06-24 14:16:00　来源：新华社\n\n"
            "新华社杭州6月23日电　联合国全球地理信息知识与创新中心成功落地，德清的产业发展引人关注。\n\n"
            "## 创新引领持续扩大产业群\n\n5月20日，联合国全球地理信息知识与创新中心成立仪式以线上方式举行。\n\n"
            "## “黑科技”何以在这里层出不穷\n发布时间：2022-01-24　来源：新华社\n\n"
            "地处中部的合肥，“科创之路”有何特色？\n\n"
            "## 原始创新怎么有更多源头活水？\n\n春节前，传来好消息：中国科大团队创造新纪录。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["浙江德清：“小县城”闯出产业发展新天地", "“黑科技”何以在这里层出不穷"]


@pytest.mark.parametrize(("line", "kind"), [
    ("HUANGGANG DAILY 中共黄冈市委机关报", LineKind.MASTHEAD), ("洛阳新闻·综合", LineKind.MASTHEAD),
    ("2017年09月24日 来源：浙江在线", LineKind.FURNITURE), ("来源 宁波市委党史研究室", LineKind.EDITOR),
    ("——摘编自2023年第四期《创新》", LineKind.EDITOR), ("（摘编自2023年第四期《创新》）", LineKind.EDITOR),
    ("光谷｜上市公司总数达到60家", LineKind.HEADING),
    # a folio across a rule is the page's own line
    ("2 ───────────── 四川日报", LineKind.MASTHEAD), ("四川日报 ──────── A02", LineKind.MASTHEAD),
    # short words side by side that are no site's tools stay headings
    ("科技创新 产业升级", LineKind.HEADING), ("打印", LineKind.HEADING), ("中关村新政 助企发展", LineKind.HEADING),
])
def test_a_papers_own_lines_and_a_pieces_source_lines_are_no_headings(line, kind):
    (typed,) = type_lines(line)
    assert typed.kind == kind


def test_photo_captions_listed_over_a_reports_news_mark_are_its_captions():
    # a real page (中原新闻网): five captions between the headline's record and `中原新闻网邯郸讯（吴明杰）…`
    page = Path(__file__).parent / "quality" / "pages" / "577-zhongyuanxinwenwang-indent.txt"
    (article,) = parse_page(page.read_text("utf-8"), page.name).articles
    assert article.authors == ["吴明杰"] and article.text.startswith("近日")
    assert [c.text for c in article.captions][2:] == ["一站式服务中心", "美的邯郸工业园", "河北汉光重工有限责任公司"]


def test_an_outlets_name_alone_under_a_headline_is_its_source_not_its_headline():
    page = ("巴士的報 Bastille Post\n\n甯漢豪︰先後於北都四個新發展區設展館 有助招商引資\n\n香港電台\n\n"
            "2026年03月22日 16:05 最後更新:17:10\n\n政府正提速推動北部都會區發展，今年將設展館招商。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "甯漢豪︰先後於北都四個新發展區設展館 有助招商引資" and "香港電台" not in article.text


def test_a_headline_with_a_comma_over_its_source_line_opens_the_page():
    # a weak (comma) headline at the page's top with 来源：… under it: nothing before it to go on, a headline
    page = ("唐山高新技术产业开发区管理委员会\n首页 > 新闻中心 > 高新要闻\n2024年6月29日　星期六\n\n"
            "摘下“重工业城市”标签，唐山崛起机器人“兵团”\n来源：澎湃新闻\n"
            "机器人产业被誉为“制造业皇冠顶端的明珠”，是发展新质生产力的热门领域。\n"
            "在京津冀协同发展6大产业链布局中，唐山承担了机器人产业发展的重任。\n\n"
            "唐山高新区获批机器人特色基地\n"
            "近日，唐山高新区获批国内首个以机器人产业命名的特色基地。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["摘下“重工业城市”标签，唐山崛起机器人“兵团”",
                                                  "唐山高新区获批机器人特色基地"]
    assert not result.left_out


def test_titled_photos_under_a_photo_columns_label_are_photos_ending_at_their_credits():
    page = ("浙江工人日报\n2018年8月2日　星期四\n"
            "丽水市总举办庆“五一”万人健步走活动\n"
            "本报讯 记者吴晓静 通讯员章明飞报道 丽水市总工会日前举办庆“五一”万人健步走活动。\n"
            "图片新闻\n"
            "庆元职工拔河迎“五一”\n"
            "日前，由庆元县总工会、浙江庆元工业园区联合举办的职工拔河比赛在园区举行。\n"
            "经过激烈角逐，浙江梦天木业有限公司等获得前三名。通讯员柳庭和 记者孟万成 摄\n"
            "劳模工匠馆“打卡”\n"
            "近来，绍兴劳模工匠馆成为炙手可热的暑期打卡地，不少家长带着孩子前来参观。\n"
            "通讯员周子健、黄翊宸 摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles][1:] == ["庆元职工拔河迎“五一”", "劳模工匠馆“打卡”"]
    # each a photo, its photographers its authors, its caption findable as its text
    assert [(a.kind, a.authors) for a in articles[1:]] == [("photo", ["柳庭和", "孟万成"]),
                                                          ("photo", ["周子健", "黄翊宸"])]
    assert "绍兴劳模工匠馆" in articles[2].text


@pytest.mark.parametrize(("kicker", "title"), [
    ("大庆高新区——", "新兴产业项目引领转型创新"),
    ("“国”字号园区巡礼——", "徐州铜山区：这个“国”字号，够“卷”"),  # a title with commas under the dash
])
def test_a_line_ending_on_a_dash_over_the_title_is_its_kicker(kicker, title):
    page = (f"齐齐哈尔日报\n2022年5月6日　星期五\n\n{kicker}\n{title}\n经济日报记者　倪伟龄\n"
            "近日，记者来到大庆高新区采访，项目经理告诉记者，这里原来是苇塘。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title) == (kicker, title)


def test_a_heading_opening_on_a_part_the_headline_lists_is_a_sub_heading():
    page = ("新城 新业 新江 新路\n\n科技日报记者　李丽云\n\n"
            "初夏的松花江北岸，塔吊林立，车流不息。姜元平驾车驶上施工小道。\n\n"
            "新城：拓展的空间\n\n鸟瞰松花江以北平坦的大地，已经划成整齐的片区，宽阔的道路穿插其中。\n\n"
            "新业：集聚的产业\n\n科技创新城已入驻企业200余家，新兴产业集聚成势。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [s.heading for s in article.sections if s.heading] == ["新城：拓展的空间", "新业：集聚的产业"]


def test_an_exclaiming_line_with_commas_over_a_lead_in_is_its_headline_on_a_page_without_blank_lines():
    page = ("衡阳晚报\n2025年3月5日　星期三\n■档案\n"
            "衡阳高新区：落实“三高四新”战略，展现“衡阳担当”“衡阳力量”！\n"
            "衡阳新闻网讯 记者李洋杰 通讯员唐笑报道 12月17日，湖南省科技厅发布全省高新区绩效评价结果。\n"
            "衡阳高新区始终把科技创新摆在首位，作为引领发展的第一动力。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "衡阳高新区：落实“三高四新”战略，展现“衡阳担当”“衡阳力量”！"
    assert article.authors == ["李洋杰", "唐笑"]


def test_a_long_exclaiming_line_first_under_the_page_header_is_its_headline():
    # no blank lines on the page: the first line under the header, with commas and a ！ but no 。, heads the text
    page = ("姑苏晚报\n2024年4月16日　星期二\nA05　城事·高新\n责任编辑 陈 洁 美术编辑 周 敏\n"
            "导读▶A07　吴中·太湖　▶A12　健康\n"
            "古韵添新绿，高新结硕果！全国晚报社长总编增强“四力”苏州行活动见闻\n"
            "2019年中国晚报工作者协会会长会议在完成各项议程后，与会代表走进苏州高新区。\n"
            "■记者提问\n记者提问：南通和苏州仅一江之隔，苏州工业园区的经验如何输出？\n")
    result = parse_page(page, "p.txt")
    assert result.articles[0].title == "古韵添新绿，高新结硕果！全国晚报社长总编增强“四力”苏州行活动见闻"
    assert not result.left_out and all("提问" not in a.authors for a in result.articles)
    assert not any("导读" in a.title + a.text for a in result.articles)


def test_a_bare_line_ending_on_a_dash_over_a_bold_headline_is_its_kicker_across_a_blank_line():
    page = ("**泉州日报**\n\n2025年9月2日　星期二\n\n中央及省级主流媒体来泉开展主题采访活动——\n\n"
            "**探寻活力中国的泉州实践**\n\n"
            "8月18日至20日，由中宣部组织的“活力中国调研行”主题采访活动在泉州开展。\n")
    result = parse_page(page, "p.txt")
    (article,) = result.articles
    assert (article.kicker, article.title) == ("中央及省级主流媒体来泉开展主题采访活动——", "探寻活力中国的泉州实践")
    assert not result.left_out


def test_a_documents_title_broken_before_what_the_document_is_is_one_headline():
    page = ("九江日报\n2024年6月3日　星期一\n\n■链接\n\n国务院关于同意九江共青城高新技术产业园区\n\n"
            "升级为国家高新技术产业开发区的批复\n\n江西省人民政府：你省关于九江共青城高新技术产业园区升级的请示收悉。现批复如下。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "国务院关于同意九江共青城高新技术产业园区升级为国家高新技术产业开发区的批复"


def test_a_heading_telling_an_event_after_a_storys_text_opens_the_next_piece():
    # a sub-heading names a part of the story; …采访报道启动 tells news of its own
    page = ("鲁中晨报\n2025年10月29日　星期三\n\n淄博高新区举办“有景有爱”“文明出行”秩序成景活动\n"
            "　　5月25日，淄博高新区宣传新闻中心联合多部门开展文明出行活动。\n"
            "　　今年以来，淄博高新区以“厚道淄博”为主线，持续擦亮文明底色。\n"
            "“品质提升看淄企”系列采访报道启动\n"
            "　　近日，“品质提升看淄企”系列采访报道在淄博高新区正式启动。\n"
            "　　采访组将走进区内重点企业，记录企业品质提升的故事。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["淄博高新区举办“有景有爱”“文明出行”秩序成景活动", "“品质提升看淄企”系列采访报道启动"]


def test_a_numbered_heading_after_text_is_a_part_of_the_piece_commas_or_not():
    page = ("宿迁日报\n2024年6月3日　星期一\n\n宿迁湖滨新区15个重大项目集中开工\n\n"
            "本报讯 近日，宿迁湖滨新区15个重大项目集中开工，总投资达40亿元。\n\n"
            "一、聚焦产业升级，构建现代产业体系\n\n湖滨新区围绕主导产业，引进一批补链强链项目。\n\n"
            "二、赋能智慧发展，打造创业创新高地\n\n新区建设科创载体，服务创新创业。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "新区建设科创载体" in article.text


def test_an_interviewers_question_set_as_a_heading_is_a_part_of_the_interview():
    page = ("绵阳日报\n2024年3月5日　星期二\n\n向着国家“高”“新”园区再起航\n\n"
            "昨日，成都商报记者专访全国人大代表、绵阳市长林书成。\n\n"
            "成都商报：今年绵阳经济主要有什么变化？\n\n林书成：绵阳高新区的产值增长了12%，科技城建设全面提速。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "林书成：绵阳高新区的产值增长了12%" in article.text


def test_a_short_line_ending_on_a_comma_over_a_headline_is_its_kicker():
    page = ("开封日报\n2026年4月14日 星期二\n第5版 中原·科创\n\n"
            "科技部发布2020年国家高新区排名，\n河南省国家高新区创新实力稳步提升\n"
            "近日，科技部发布了2020年国家高新区总体排名，郑州高新区位列第17位，洛阳高新区位列第37位。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.kicker, article.title) == ("科技部发布2020年国家高新区排名，", "河南省国家高新区创新实力稳步提升")
    assert article.text.startswith("近日，科技部发布")


PAGES = Path(__file__).resolve().parent / "quality" / "pages"


def test_numbered_items_under_a_column_label_are_items_not_headlines():
    # ■简讯 / 1.近日，… / 2.华声在线3月14日讯… / 3.湘潭县融媒体中心5月19日讯: a column's items, on a hard-wrapped page
    page = PAGES / "880-hunankejibao-hardwrap.txt"
    articles = parse_page(read_page(page).text, page.name).articles
    assert [a.text[:5] for a in articles[:3]] == ["近日,湖南", "3月14日", "在长株潭都"]
    assert [a.authors for a in articles[:3]] == [["唐丽", "雷宇"], [], ["潘文琦"]]


def test_a_figure_the_column_broke_after_a_lead_in_runs_on():
    # 1.本报讯 记者薛海燕 蒋波报道：4月2 / 8日，…: the date goes on, the spaced lead-in is no two-part headline
    page = PAGES / "867-cangwuwanbao-hardwrap.txt"
    item = next(a for a in parse_page(read_page(page).text, page.name).articles if a.authors == ["薛海燕", "蒋波"])
    assert item.text.startswith("4月28日，江苏连云港市长三角地区产业项目签约仪式")


def test_a_column_wide_line_ending_on_a_comma_is_text_no_kicker():
    # 本届兰洽会上，高新区共邀请嘉宾270余人， / 签约各类招商引资项目39个，…: a sentence the column broke
    page = PAGES / "920-jiuquanribao-hardwrap.txt"
    first = parse_page(read_page(page).text, page.name).articles[0]
    assert "本届兰洽会上，高新区共邀请嘉宾270余人，签约各类招商引资项目39个" in first.text.replace("\n", "")


def _titled(page_name: str, title: str):
    page = PAGES / page_name
    return next((a for a in parse_page(read_page(page).text, page.name).articles if a.title == title), None)



def test_a_line_telling_who_said_the_headline_is_its_kicker():
    # …调研园区发展时要求 / 强化集约集聚推动园区专业化发展 / 在实施…前列 / a caption / 怀化新闻网讯（记者 底健）…
    article = _titled("908-shaoyangribao-noblank.txt", "强化集约集聚推动园区专业化发展")
    assert article is not None and article.kicker == "雷绍业在怀化经开区、中方县、怀化高新区调研园区发展时要求"
    assert "底健" in article.authors and "怀化新闻网讯" not in article.text


def test_the_words_stressed_under_the_speaker_are_the_headline_and_the_line_under_them_its_subtitle():
    # 引题 (who stressed it) / 主题 (what was stressed) / 副题: the middle line is the title, never the kicker
    page = ("王某在某某高新区调研时强调\n\n加快建设创新型产业集群\n\n打造具有全国影响力的智能制造高地\n\n"
            "本报讯（记者 李明）5月8日，市委书记王某深入某某高新区调研企业发展情况。他强调，要加快建设创新型产业"
            "集群，打造具有全国影响力的智能制造高地。\n\n王某先后来到三家企业，察看生产线，了解订单情况。\n")
    article = parse_page(page, "speech.txt").articles[0]
    assert (article.kicker, article.title, article.subtitle) == (
        "王某在某某高新区调研时强调", "加快建设创新型产业集群", "打造具有全国影响力的智能制造高地")



def test_a_zone_with_its_other_name_in_brackets_and_a_colon_is_a_headline_broken_at_the_colon():
    # 龙岩高新区(经开区): / 7个项目集中开竣工 总投资13.81亿元
    article = _titled("904-minbeiribao-hardwrap.txt", "龙岩高新区(经开区):7个项目集中开竣工 总投资13.81亿元")
    assert article is not None and article.zone == "龙岩高新区"



def test_a_heading_telling_a_first_flight_is_news_of_its_own():
    # 立足赣州建造永磁“航母” / its text / 共青城南湖机场正式开航 / its text
    article = _titled("936-ciduwanbao-indent.txt", "共青城南湖机场正式开航")
    assert article is not None


def test_bracketed_sub_headings_inside_a_story_are_its_parts():
    # 【经济保持平稳发展】 after the text of a 数据新闻 (taken for a column's label before); **【打造医药产业集群…】**
    data = _titled("937-zhangzhouribao-hash.txt", "厦门火炬高新区规上工业总产值1911亿元")
    assert data is not None and "科技部公布最新的全国高新区评价结果" in data.text
    assert [s.heading for s in data.sections][1:3] == ["经济保持平稳发展", "高新区综合排名前移"]
    feature = _titled("928-yanjiwanbao-bold.txt", "延边:十大产业集群加快成势")
    assert feature is not None and len([s for s in feature.sections if s.heading]) >= 2



def test_of_a_three_line_heading_the_middle_line_is_the_title():
    # 引题 / 主题 / 副题: 贵阳市政协赴经开区调研 / 深入推进开发区“五优”改革 / 在贵阳贵安高质量发展中展现新风采
    article = _titled("820-guizhoudushibao-noblank.txt", "深入推进开发区“五优”改革")
    assert article is not None and article.kicker == "贵阳市政协赴经开区调研"
    assert article.subtitle and article.subtitle.startswith("在贵阳贵安高质量发展中")


@pytest.mark.parametrize(("page", "title", "kicker"), [
    # 贵阳市2018年第1次工业项目集中开工投产 / 息烽5个…: a column-wide line over a short unfinished heading
    ("851-liangshanribao-hardwrap.txt", "息烽5个工业项目集中开工投产", "贵阳市2018年第1次工业项目集中开工投产"),
    # （省高科协供稿） / 冲刺全年目标， / 遂宁高新区举行…仪式 / 44个…: a comma kicker under a photo credit
    ("883-suiningribao-hardwrap.txt", "遂宁高新区举行重大项目集中开竣工仪式", "冲刺全年目标，"),
    # 荆门园区“开工季”系列报道之三 / 高新区·掇刀区6个重大项目集中开工 / 总投资…: a series' line, the event the title
    ("972-jingmenwanbao-hardwrap.txt", "高新区·掇刀区6个重大项目集中开工", "荆门园区“开工季”系列报道之三"),
    # 永川高新区凤凰湖工业园—— / 做的比说的好…: a kicker ending in a dash is never half of a broken headline
    ("948-rongchangbao-hardwrap.txt", "做的比说的好 干的比签的好", "永川高新区凤凰湖工业园——"),
])
def test_a_real_pages_headline_has_its_kicker(page, title, kicker):
    article = _titled(page, title)
    assert article is not None and article.kicker == kicker


@pytest.mark.parametrize(("page", "title", "words"), [
    # 常熟经济开发区28个…签约 / 18日，常熟经济技术开发区…: a report opening on its day alone
    ("795-changshuribao-hardwrap.txt", "常熟经济开发区28个重点项目集中开工、签约", "18日，常熟经济技术开发区"),
    # 强工兴产新局面… / 转型发展：工业筑基，…: a colon after a word divides the story
    ("815-rizhaoribao-double.txt", "强工兴产新局面，枣庄转型发展谱新篇", "高质量发展是全面建设社会主义现代化国家"),
    # …枣庄高新区 (a Q&A) / 莱芜区做强“工业强区”硬支撑 / 7月4日上午，…: a district the piece never named
    ("930-laiwuribao-double.txt", "莱芜区做强“工业强区”硬支撑", "7月4日上午"),
    # …营造良好的发展环境。 / 【广告】… / 滨海新签约5个电子信息产业项目: an advert ends the piece above
    ("963-dongtairibao-hardwrap.txt", "滨海新签约5个电子信息产业项目", "记者从县工信局获悉"),
    ("851-liangshanribao-hardwrap.txt", "息烽5个工业项目集中开工投产", "近日，笔者从贵阳市"),
])
def test_a_real_pages_piece_holds_its_text(page, title, words):
    article = _titled(page, title)
    assert article is not None and words in article.text.replace("\n", "")


@pytest.mark.parametrize("mark", ["## ", ""])
def test_each_numbered_headline_under_a_list_banner_is_an_item_of_its_own_titled_without_its_number(mark):
    page = (f"{mark}2022年度全省国家高新区十大新闻\n\n"
            f"{mark}1.滁州高新区升级为国家高新区\n\n国务院近日批复，同意滁州高新技术产业开发区升级为国家高新区。\n\n"
            f"{mark}2.合肥高新区一批新学校交付使用\n\n近年来，合肥高新区人口不断增加，一批新学校于9月交付使用。\n\n"
            f"{mark}3.淮南56个项目参加全省集中开工\n\n据了解，淮南市56个项目参加全省第四批集中开工，总投资300亿元。\n")
    articles = [a for a in parse_page(page, "p.txt").articles if a.text]
    assert [(a.title, a.zone) for a in articles] == [
        ("滁州高新区升级为国家高新区", "滁州高新区"), ("合肥高新区一批新学校交付使用", "合肥高新区"),
        ("淮南56个项目参加全省集中开工", None)]


def test_numbered_headings_of_a_piece_that_announces_no_list_stay_its_parts():
    page = ("# 滁州高新区推进产业升级\n\n本报讯 近日，滁州高新区出台产业升级方案，明确三方面举措。\n\n"
            "## 1.培育主导产业\n\n围绕智能家电、新能源等产业，加快项目建设。\n\n"
            "## 2.优化营商环境\n\n推行帮代办服务，企业办事不出园区。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "滁州高新区推进产业升级" and "帮代办" in article.text


def test_points_numbered_on_their_topic_after_a_reports_text_stay_in_it():
    page = ("建区十五年：株洲高新区概况\n\n株洲高新区是1992年经国务院批准的国家级高新区。\n\n"
            "1、产业布局。“一区三园多基地”，即河西示范园、董家段高科园、田心高科园。\n\n"
            "2、经济实力。十多年来，株洲高新区千方百计招商引资，经济总量持续增长。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "一区三园多基地" in article.text and "千方百计" in article.text


def test_a_photo_series_set_among_a_storys_paragraphs_is_the_storys_own():
    page = ("超大型数据中心集群：贵安的靓丽名片\n文/图　石照昌\n\n"
            "今年初，国务院文件明确提出，支持贵州在实施数字经济战略上抢新机。\n\n"
            "组图\n贵安华为云数据中心。\n腾讯贵安七星数据中心。\n\n"
            "作为国家级新区，贵安新区自成立以来，立足大数据产业发展，一大批超大型数据中心在黔中大地拔地而起。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == ["贵安华为云数据中心。", "腾讯贵安七星数据中心。"]
    assert "抢新机" in article.text and "拔地而起" in article.text and "组图" not in article.text


def test_a_photo_news_column_after_a_storys_paragraphs_is_an_item_of_its_own():
    # 组图 among a story's paragraphs is the story's own; 图片新闻 is a column: its photo and text stand alone
    page = ("# 长春新区抢占数字经济发展“新赛道”\n\n"
            "据吉林日报讯(记者 孙红丽)智慧金融、服务外包、数字创意、工业互联网等新业态在长春新区加快集聚。\n\n"
            "作为长春市经济发展的主战场、主阵地,长春新区在数字经济新赛道上抢占先机。\n\n"
            "# 图片新闻\n\n这是“吉林一号”卫星在太空中拍摄的长春新区俯瞰图。(长光卫星技术股份有限公司供图)\n\n"
            "长春新区是全国第17个国家级新区,规划面积约499平方公里。\n")
    story, *photos = parse_page(page, "p.txt").articles
    assert "抢占先机" in story.text and not story.captions and "第17个国家级新区" not in story.text
    assert photos[0].kind == "photo" and photos[0].captions[0].text.startswith("这是“吉林一号”卫星")


@pytest.mark.parametrize("deck", ["——推动国家高新区高质量发展的几点思考", "——国家高新区转型发展路径研究"])
def test_an_essays_deck_saying_it_reasons_in_parts_keeps_its_bare_headings_as_its_parts(deck):
    page = (f"做实做好“高”和“新”两篇文章\n{deck}\n\n"
            "创新驱动是国家命运所系。国家高新区是我国发展高新技术产业的重要阵地，已走过三十多年历程。"
            "习近平总书记指出，看一个高新区是不是有竞争力，关键是看能不能把“高”和“新”两篇文章做实做好。\n\n"
            "当前，在推动形成新发展格局的背景下，国家高新区应坚持用新发展理念指导实际工作，不断解决好"
            "发展动力不足、发展不平衡等中长期问题，建设成区域创新驱动发展示范区和高质量发展先行区。\n\n"
            "新时代国家高新区的发展定位\n\n"
            "国家高新区建设作为国家战略，于上世纪80年代被首次提出，逐步形成各具特色的产业开发区。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [s.heading for s in article.sections] == [None, "新时代国家高新区的发展定位"]


def test_on_a_page_marking_every_heading_a_heading_under_a_byline_or_lettered_after_text_is_a_part():
    page = ("# 海南高新技术产业迸发新势能\n\n武威 吕超 王凯\n\n# 科技赋能美好生活\n\n"
            "领绿色健康码出行，5G远程测温预警系统在医院派上用场，科技产品走进寻常百姓家。\n\n"
            "# A 引培并举高质量发展势头足\n\n海口国家高新区引进培育并举，一批高新技术企业落户园区。\n\n"
            "# 三亚崖州湾科技城见证崛起中的“创新之城”\n\n本报讯 近日，全国媒体行走进三亚崖州湾科技城。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["海南高新技术产业迸发新势能", "三亚崖州湾科技城见证崛起中的“创新之城”"]
    assert [s.heading for s in articles[0].sections] == ["科技赋能美好生活", "A 引培并举高质量发展势头足"]


@pytest.mark.parametrize("key", ["对话人：", "特邀嘉宾:"])
def test_a_talks_guests_key_over_their_names_is_no_headline_and_no_text(key):
    page = ("襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n\n"
            f"湘赣携手，在推动高质量发展上破题蓄力\n{key}\n尹双红 本报评论员\n杨兴东 湖南日报评论员\n\n"
            "尹双红：中部地区是我国重要粮食生产基地、能源原材料基地。\n\n杨兴东：发展新质生产力是推动高质量发展的内在要求。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["襄阳高新区举办人才招聘会", "湘赣携手，在推动高质量发展上破题蓄力"]
    assert key.rstrip("：:") not in articles[1].text and "新质生产力" in articles[1].text


def test_a_documents_whole_title_is_its_headline_however_long_and_with_no_blank_line_under_it():
    # issuer, 关于, what it answers: a heading past a headline's length, the salutation right under it
    page = ("安阳晚报\n2024年7月4日\n\n【建议答复】\n"
            "郑州高新技术产业开发区管理委员会关于对市第十五届人民代表大会第四次会议B461号建议的答复\n"
            "白天玺代表:\n您好,您提出的建议收悉。经研究,现答复如下。\n\n高新区将加快推进相关工作。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title.endswith("B461号建议的答复") and article.text.startswith("白天玺代表")


def test_a_papers_organ_and_printer_line_is_its_header_and_a_caption_over_the_first_headline_is_its_pieces():
    # 中共…委机关报　…融媒体中心出版: the paper's colophon; 图为… over the first headline: that piece's photo
    page = ("今日柳城\n中共柳城县委机关报　　柳城县融媒体中心出版\n2022.11.08　星期二\n第2版　县域经济\n"
            "图为开工仪式现场\n柳州客家企业数十亿元项目开工奠基\n3月23日,柳州客家企业投资建设的项目开工奠基。\n")
    result = parse_page(page, "p.txt")
    (article,) = result.articles
    assert article.title == "柳州客家企业数十亿元项目开工奠基" and article.kicker is None
    assert [c.text for c in article.captions] == ["图为开工仪式现场"]
    assert not result.left_out
