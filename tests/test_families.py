"""The families of real-page faults, each in the forms newspapers print it:
page headers and dates, furniture, items without a headline, zones."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from indexer.lines import type_lines
from indexer.model import LineKind
from indexer.parse import parse_page

ARTICLE = "# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n"


@pytest.mark.parametrize("header", [
    "湖北日报\n2024年6月3日 星期一\n第3版 要闻\n责任编辑：张三",
    "第3版\n要闻\n二〇二四年六月三日 星期一\n农历甲辰年四月廿七",
    "湖北日报 2024.06.03",
    "湖北日报 2024年6月3日",
    "2024/06/03\n星期一\n第3版",
    "责任编辑：张三\n2024-06-03\n湖北日报",
    "湖北日报 2024年\n6月3日 星期一\n第3版",
    "日期: 2024-06-03",
    "湖北日报\n2024年 总第26298期 今日8版\n第3版 要闻 6月3日 星期一",
    "聯合報\n中華民國113年6月3日 星期一\nA10 兩岸·產經",
    "台灣導報\n中華民國一一三年六月三日　星期一\n第5版　大陸．產經",  # the Republic's year in numerals
    "青年日報\n民國一百一十三年六月三日 星期一",
    "台灣醒報\n113年6月3日（星期一）\nA6　兩岸．中國",  # the Republic's year bare, as Taiwan prints it
    "CHINA DAILY\nMonday, June 3, 2024",  # an English paper's date
    "3 June 2024",
    "日期：2024年06月03日",  # a key line with the date in words
    "亞洲週刊\n2024年6月3日—6月9日　第38卷第22期",  # a weekly: the week it covers, its volume and issue
])
def test_the_header_block_dates_the_page_in_every_print_form(header):
    result = parse_page(f"{header}\n\n{ARTICLE}", "p.txt")
    assert [a.title for a in result.articles] == ["襄阳高新区举办人才招聘会"]
    assert result.articles[0].date == dt.date(2024, 6, 3) and not result.articles[0].date_inferred
    assert result.articles[0].kicker is None, "a header line is no kicker"


def test_a_header_with_a_weekday_and_no_year_anywhere_dates_the_page_in_the_latest_year_that_fits():
    result = parse_page(f"點新聞\n6月3日　星期一\n科技　內地科教\n\n{ARTICLE}", "p.txt")
    (article,) = result.articles
    today = dt.date.today()
    fits = [year for year in range(1990, today.year + 1) if dt.date(year, 6, 3).weekday() == 0
            and dt.date(year, 6, 3) <= today]
    assert article.date == dt.date(fits[-1], 6, 3) and not article.date_inferred  # 2024 until 2030


def test_a_bilingual_papers_bold_name_over_its_date_is_its_header_however_wide_its_latin_letters():
    # a Latin letter is half a character wide: CHINA DAILY 中國日報 is a paper's name, not a headline
    page = ("**CHINA DAILY 中國日報**\nHONG KONG EDITION　香港版\nMonday, June 3, 2024\nCHINA | 中國·園區 | Page 8\n\n"
            + ARTICLE.replace("# 襄阳高新区举办人才招聘会", "**襄阳高新区举办人才招聘会**"))
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date) for a in result.articles] == [("襄阳高新区举办人才招聘会", dt.date(2024, 6, 3))]


def test_a_site_and_its_app_over_the_date_are_the_header_not_a_byline():
    page = "长城网 · 冀云\n2022年2月16日 星期三 农历正月十六\n\n" + ARTICLE.replace("# ", "")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.authors) for a in result.articles] == [("襄阳高新区举办人才招聘会", [])]
    assert not result.left_out


def test_a_markup_headline_naming_a_weekday_is_no_header_line():
    page = "日期: 2024-06-03\n\n# 仙桃高新区“三清零”周六见成效\n\n本报讯 近日，仙桃高新区清零“三无”企业13家。\n"
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["仙桃高新区“三清零”周六见成效"] and not result.left_out


def test_a_papers_name_printed_spaced_out_is_part_of_its_header():
    page = "昆 明 信 息 港 电子版\n2024-06-03 星期一\n第3版 网评·经济\n\n" + ARTICLE.replace("# ", "")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.kicker, article.date) == ("襄阳高新区举办人才招聘会", None, dt.date(2024, 6, 3))


@pytest.mark.parametrize("furniture", [
    "今日导读\n光谷新增专精特新企业12家 ▶2版\n襄阳高新区签约项目30个 ▶4版",
    "▶今日导读\n光谷新增专精特新企业12家 ▶2版\n襄阳高新区签约项目30个 ▶4版",
    "今天白天 多云转晴 23℃～31℃ 东南风2级",
    "广告\n招商热线：0710-1234567",
    "更正\n本报5月30日第2版《某某》一文中“张三”应为“张四”，特此更正。",
    "扫码阅读全文",
    "新闻线索热线：66810110 微信公众号：南国都市报 扫码下载“南国+”客户端 爆料有奖",
    "本版数据来源：Wind 制表：周莹",
    "本版稿件除署名外均由株洲高新区（天元区）融媒体中心提供",
    "本版图片除署名外均为资料图片",
    "投资有风险 入市需谨慎",
    "MCI (P) 027/03/2024",
    "点击上方蓝字 关注我们",
    "往期推荐\n▶ 合肥高新区2020年度“高新英才”名单公示\n▶ 权威发布｜合肥高新区科技创新政策兑现指南",
    "分享 收藏 点赞 在看",
    "点赞 12 在看 8 分享",
    "园区经济 > 高新区 专栏文章合集\n共4篇 按时间倒序\n上一页 1 下一页",
    "2020年第12期 56",
    "CHINA-HIGH-TECH ZONES-PHOTOS (CN)",
    "今日绵竹 2026年1月21日",
    "本栏稿件综合自新吴发布、常州高新区发布等",
    "本版综合中新社、人民日报等报道",
    "读者来信：请发送至本刊编辑部邮箱",
    "本文来源：新华社",
    "新华社音视频部制作",
    "Source: Xinhua| 2018-01-24 16:08:56|Editor: Liangyu",
    "本站转载内容仅供交流，版权归原作者所有",
    "欢迎分享 点赞 收藏",
    "关注公众号，随时阅读陕西工人报",
    "中国科技产业 CHINA SCIENCE AND TECHNOLOGY INDUSTRY",
    "（本文不构成投资建议）",
    "本栏编辑：刘萌",
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
    "01版：要闻 02版：要闻 03版：综合",
    "广告 某某日报社广告中心 0791-86847000",
    "聯合新聞網 udn.com 訂報專線：(02)8692-5588",
    "打印本页 关闭窗口 返回顶部",
    "■公示\n甲乙市2026年第一批拟认定高新技术企业名单已在市科技局网站公示，公示期为4月28日至5月12日。",
    "■通知\n甲乙市2026年度科技型中小企业评价\n工作已经启动，请符合条件的企业于5月31日前填报。",
    "张江高新区闵行园扩区调整已近五年。本版今起推出“南部科创”系列报道，记录园区里的新变化，敬请关注。",
    "本版由襄阳高新区党工委宣传部协办",
    "本版文章轉載自內地及港台媒體",
    "“读者来信”栏目今起开通。欢迎读者来信讲述您眼中的园区变化，来信请寄本报编辑部。",
    "下期预告：晋中开发区的“科教引擎”",
    "▶下期预告　A08版　苏南国家自主创新示范区建设观察",
    "节水护水　人人有责（公益广告）",
    "本期访谈全文较长，限于篇幅，本报摘要刊发，完整内容请扫描下方二维码阅读。",
    "澳門力報出版　　地址：澳門提督馬路　　電話：2835 1234　　網址：www.exmoo.com",
    "征稿　“晚晴”副刊常年征集反映老年生活的散文、随笔、诗词，来稿请注明“晚晴副刊”，一经采用即付稿酬。",
    "（5—10条见明日本版）",
    "Page 4 | COMMERCE · SCIENCE PARKS",
    "Editor: Zhao Hongyi   Designer: Wang Ling",
    "INSIDE: Startup street map, Page 5 | Autumn tech fair in pictures, Page 7",
    "CHINA  14",
    "Z-PARK CO-WORKING · Desks from 1,500 yuan a month · Call (010) 6259 0000",
    # a paper's foot: who prints it and how to reach it
    "都市日報有限公司出版　　地址：香港九龍觀塘",
    "台灣時報社　高雄市苓雅區　　本版諮詢：(07)7262525",
    "本版政策咨询热线：020-84601234　　来信请寄：番禺区市桥街清河东路　番禺日报社",
    "读者拍客投稿：wbck_pic@163.com　　皖北晨刊社出版　　地址：淮北市淮海中路",
    "DIGITIMES　電子時報　　客服專線：(02)8712-8866　　本報言論不代表本公司立場",
    "頭條日報出版　　讀者熱線：2960 0000　　電郵：news@headlinedaily.hk",
    # an ad's terms side by side
    "紫金花城·精装现房　火热认购中",
    "张江科学城·创新园区　研发办公楼宇整层招租",
    "亲子研学　低空观光　周末特惠",
    # classified ads, each ending on its phone
    "昆明高新区某电子企业诚聘普工20名，男女不限，18-40岁，包吃住，月薪2500元起。电话：13888012345",
    "高新区海源北路旁，标准厂房800平方米出租，水电齐全，可办环评。电话：13700651234",
    "刊登分类广告请带身份证原件　　广告内容由刊登者负责　　生活新报社广告部",
    "■广告　诚招园区配套服务商　详询保定高新区企业服务中心",
    "本版导读\n▶合肥一企业被世行“封杀”\n▶徽州大道高架桥有望本周开建\n▶凤台路西延有望本周竣工通车",
])
def test_furniture_is_in_no_article(furniture):
    result = parse_page(f"{ARTICLE}\n{furniture}\n", "p.txt")
    assert [a.title for a in result.articles] == ["襄阳高新区举办人才招聘会"]
    text = re.sub(r"\s", "", "".join(a.title + a.text for a in result.articles))  # (the text's spaces are folded)
    for line in furniture.split("\n"):
        assert re.sub(r"\s", "", line) not in text


def test_a_bullet_before_a_headline_is_no_word_of_its_title():
    page = ("■芜湖25家企业入围全省百强高新技术企业\n"
            "本报讯(记者 杨正毛)安徽省高新技术企业认定管理工作领导小组近日公布百强名单，芜湖25家企业入围。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "芜湖25家企业入围全省百强高新技术企业" and article.authors == ["杨正毛"]


def test_headings_opening_on_the_same_bullet_under_a_label_are_the_columns_items():
    page = ("## 成都·高新区\n\n## ·“新谷国际创新中心”主体竣工\n\n"
            "日前,位于成都高新区的全国首家纯民营国家级科技企业孵化器“新谷国际创新中心”主体竣工。\n\n"
            "## ·成都高新区妇幼保健院主体封顶\n\n"
            "成都高新区与四川大学华西第二医院合作共建的成都高新区妇幼保健院近日主体封顶。\n\n"
            "## ·中电阳光信息港正式投运\n\n近日,成都中电阳光信息港开园暨项目集中签约仪式在成都高新区举行。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["“新谷国际创新中心”主体竣工", "成都高新区妇幼保健院主体封顶", "中电阳光信息港正式投运"]


def test_a_news_paragraph_ending_on_a_phone_number_is_its_text():
    line = "高新区人才招聘会将于下周六在市民中心举行，届时200余家企业提供岗位3000个，联系电话：0551-1234567"
    (article,) = parse_page(f"{ARTICLE}{line}\n", "p.txt").articles
    assert "联系电话：0551-1234567" in article.text


def test_an_organisations_address_in_a_sentence_of_an_article_is_its_text():
    line = "汕尾新区(高新区)管理委员会办公地址:汕尾市城区红草镇沿河路88号;电话:38268888。"
    (article,) = parse_page(f"{ARTICLE}{line}\n", "p.txt").articles
    assert "沿河路88号" in article.text


def test_the_zone_in_the_address_of_a_papers_foot_makes_no_article_that_zones():
    # 地址：…高新技术产业开发区…: where the paper sits, not whose paper it is
    page = ("城市晚报\n2024年6月3日 星期一\n\n冬季百亿重大项目签约活动举行\n"
            "本报讯 近日，一批重大项目在高新区集中签约，签约项目32个。\n\n"
            "地址：吉林省长春市高新技术产业开发区火炬路1518号　爆料电话：0431-88601901\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone is None


@pytest.mark.parametrize("guide", [
    "■办事指南　企业开办“一件事”\n办理流程：1.登录江苏政务服务网企业开办专区　2.在线填报、电子签名　3.领取营业执照",
    "■侨务指南　归侨侨眷身份确认\n办理地点：县级侨务部门　　所需材料：身份证、户口簿　　咨询电话：0591-87654321",
])
def test_a_service_guides_box_is_furniture_in_no_article(guide):
    articles = parse_page(f"{ARTICLE}\n{guide}\n", "p.txt").articles
    text = re.sub(r"\s", "", "".join(a.title + a.text for a in articles))
    assert [a.title for a in articles] == ["襄阳高新区举办人才招聘会"]
    assert not any(re.sub(r"\s", "", line) in text for line in guide.split("\n"))


@pytest.mark.parametrize("digest", ["■导读　A07版　天际汽车：从麓谷驶向全国",
                                    "■導讀　第八版　橫琴合作區：澳企落戶再提速",
                                    "▶导读　第5版：科技特派员走进田间地头"])
def test_a_digest_entry_led_by_its_page_on_a_bare_page_is_furniture(digest):
    page = ("长沙日报\n2024年6月3日　星期一\n\n襄阳高新区举办人才招聘会\n\n"
            f"本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n\n{digest}\n长沙日报社出版\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["襄阳高新区举办人才招聘会"] and "版" not in articles[0].text


@pytest.mark.parametrize("label", ["## 简讯", "快讯", "【园区动态】", "■创新短波", "要闻简报",
                                   "## 每周精选丨GX WEEKLY（12.7—12.13）", "## 榜单", "政策解读", "代表委员声音",
                                   "## 代表建议", "■建言"])
def test_items_under_a_column_label_are_articles_of_their_own(label):
    page = (f"{ARTICLE}\n{label}\n\n近日，宜昌高新区一企业研发的新型电池通过验收。（记者 李四）\n\n"
            "6月1日，孝感高新区举办产业对接会，签约项目12个。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, str(a.kind)) for a in articles] == [
        ("襄阳高新区", "brief"), ("宜昌高新区", "brief"), ("孝感高新区", "brief")]
    assert articles[1].authors == ["李四"] and articles[2].authors == []
    assert all(label.strip("#【】■ ") not in a.title + a.text for a in articles)


def test_each_voice_of_a_box_of_experts_is_a_commentary_of_its_own_and_a_headline_ending_on_voices_no_label():
    voices = ("专家视点\n\n刘会武（中科院科技政策与管理科学研究所副研究员）：“企业是衡量园区的最重要标志。”\n\n"
              "王德禄（北京长城企业战略研究所所长）：“要建立世界一流的研发中心和科学城。”\n"
              "王德禄认为，园区要把研发放在首位。\n\n"
              "曲建（中国综合开发研究院副院长）：“应该给予各开发区充分试验的空间。”\n")
    said = "据介绍，招聘会设置了智能制造、生物医药、新能源汽车等专区，吸引了省内外多所高校的应届毕业生参加。"
    report = ARTICLE + said * 3 + "\n"  # (a commentary label after a short text is the piece's own mark)
    articles = parse_page(f"{report}\n{voices}", "p.txt").articles
    assert [(a.text[:3], str(a.kind)) for a in articles[1:]] == [
        ("刘会武", "commentary"), ("王德禄", "commentary"), ("曲建（", "commentary")]
    assert "研发放在首位" in articles[2].text and all("专家视点" not in a.title + a.text for a in articles)
    for headline in ("听听企业的声音", "园区企业的建议"):  # whose voices: a headline's words, no box's name
        heard = parse_page(f"{ARTICLE}\n{headline}\n\n近日，宜昌高新区召开企业座谈会，20家企业负责人参加。\n", "p.txt")
        assert [line.kind for line in heard.lines if line.text == headline] != [LineKind.LABEL]


@pytest.mark.parametrize("label", ["■今日高新", "## 简讯"])
def test_items_of_a_column_opening_on_what_they_are_for_are_articles_of_their_own(label):
    # a government item says why first (为…，), then when and who; all three about the same zone
    page = (f"{ARTICLE}\n{label}\n\n近日，襄阳高新区5家企业入选省级新材料领军企业培育库。\n\n"
            "为牢牢守住师生饮食安全底线，近日，襄阳高新区市场监管局启动学校食堂专项检查。\n\n"
            "为切实规范国家基本公共卫生服务项目管理，襄阳高新区卫生健康事业中心开展专项督导。\n\n"
            "为进一步规范涉企收费行为，襄阳高新区开展涉企收费专项整治。（伊巍 张召辉）\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:4] for a in articles[1:]] == ["近日，襄", "为牢牢守", "为切实规", "为进一步"]
    assert articles[4].authors == ["伊巍", "张召辉"] and not articles[2].authors


def test_in_a_column_a_paragraph_opening_on_since_the_year_began_opens_the_next_item():
    # 今年以来，… opens an item as 近日，… does (今年，该区… goes on the item above)
    page = (f"{ARTICLE}\n一线传真\n\n近日，省工商联一行到淄博高新区专题调研民营企业发展情况。\n\n"
            "今年以来，淄博高新区市场监管局坚持“监管+服务”并重，助力企业发展。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:4] for a in articles[1:]] == ["近日，省", "今年以来"]


def test_a_zone_named_deep_in_a_long_first_sentence_opens_no_new_item_after_a_caption():
    # …中关村创客小镇等12个上下游项目…: a firm named far into the sentence is no other zone's news
    page = ("山西长治高新区全方位推动高质量发展\n"
            "2021年6月,长治高新区被国家发改委等五部委表彰为“2020年度真抓实干成效明显的产业转型升级示范区”。\n"
            "▲中极氢能产业生态基地\n"
            "在推动信创产业上,2021年2月28日,以龙芯国产化CPU生态为核心,引入了联想开天、神州数码、卓怡恒通、"
            "量子芯云、中关村创客小镇等12个上下游项目集中签约落地,初步形成了完整信创产业链。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "完整信创产业链" in article.text and [c.text for c in article.captions] == ["中极氢能产业生态基地"]


def test_in_a_column_of_led_items_a_full_date_opens_the_next_item():
    # items open with lead-ins (北海讯…); a paragraph opening on a date with its year is another day's event
    page = (f"{ARTICLE}\n■简讯\n\n北海讯（记者/蓝永前）北海工业园区再传捷报，获批国家外贸转型升级基地。\n\n"
            "2010年4月25日，国务院发展研究中心副主任一行到中电北海产业园参观考察。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:8] for a in articles[1:]] == ["北海工业园区再传", "2010年4月2"]


def test_a_column_numbering_its_items_sets_them_apart_by_number_its_answers_go_on_each():
    # a hotline column: each numbered question, then the office's answer naming its own city
    page = ("巢湖晨刊\n2026年4月21日 星期二\n\n小区脏乱环境需要改善\n\n合肥市民何先生致电本报反映小区环境脏乱。\n\n"
            "【民声有应】\n1.网友咨询:泰山路长江大桥什么时候动工?\n"
            "芜湖市发改委:泰山路长江大桥已列入国家发改委规划,正在开展前期工作。\n"
            "2.12月17日下午,网友提问:芜溧高速能否西延,对接峨山东路?\n"
            "芜湖市交通运输局回复:目前芜溧高速到峨山东路没有相关延伸规划。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text.split("\n")[-1][:6] for a in articles[1:]] == ["芜湖市发改委", "芜湖市交通运"]
    assert articles[1].text.startswith("网友咨询") and articles[2].text.startswith("12月17日下午")


def test_a_bulleted_items_lead_in_on_a_column_wide_line_is_its_text_not_a_headline():
    # ◎ marks the items; the first item's lead-in is broken inside its bracket at the column's width
    page = ("泰山晚报\n2024年6月11日 星期二\n\n泰安高新区新增10家瞪羚企业\n\n"
            "本报讯 近日，泰安高新区10家企业入选省级瞪羚企业名单，数量居全市首位。\n\n"
            "◎园区短波\n◎大众网·海报新闻泰安6月10日讯（见习\n记者 聂鹏）6月10日上午，新材料产业园\n"
            "项目签约仪式在泰安举行，这是泰安实施产业兴市战略的具体行动。\n"
            "据了解，此次签约的新材料产业园项目将打造新材料全产业链新高地。\n")
    item = parse_page(page, "p.txt").articles[-1]
    assert item.authors == ["聂鹏"] and item.text.startswith("6月10日上午，新材料产业园项目签约仪式")


def test_a_round_up_is_one_brief_an_item_under_its_headline():
    page = ("孝感高新区 园区动态\n2024-06-03\n\n# 这些项目落户开工\n\n"
            "5月27日，一批新能源项目在高新区集中签约，总投资50亿元。\n\n"
            "5月28日，孝感高新区首批开工项目12个，总投资超30亿元。\n\n"
            "日前，高新区企业某某电子入选省级专精特新企业名单。\n\n"
            "省电视台报道高新区企业某某药业完成第三次增资。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, str(a.kind), a.kicker) for a in articles] == [("孝感高新区", "brief", "这些项目落户开工")] * 4
    assert [a.text[:5] for a in articles] == ["5月27日", "5月28日", "日前，高新", "省电视台报"]


def test_a_zones_headline_over_paragraphs_opening_on_it_is_one_story_no_round_up():
    page = ("济宁高新区报\n2026年4月16日 星期四\n\n# 济宁高新区:提升产业能级助推高质量发展\n\n"
            "济宁高新区深入贯彻落实全市重点项目现场观摩总结大会精神,大抓产业、大抓项目。\n\n"
            "今年以来,济宁高新区聚焦产业基础高级化、产业链现代化,实施重点产业项目100个。\n\n"
            "济宁高新区党工委书记刘章箭说:“聚力培强四大园区,全力助企攀登,当好排头兵。”\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["济宁高新区:提升产业能级助推高质量发展"]


@pytest.mark.parametrize(("page", "zone"), [
    ("孝感高新区 园区动态\n2024-06-03\n\n# 某某电子新品发布\n\n"
     "本报讯 6月1日，某某电子发布新一代储能电池，能量密度提升20%。\n", "孝感高新区"),
    ("郑州高新区报\n2019年12月6日 星期五\n第2版 园区要闻\n\n## 全年建设道路26条\n\n"  # a paper named after it
     "今年以来，全区建设道路26条，总长度达到32公里，新增绿地面积12万平方米。\n", "郑州高新区"),
    ("济宁高新区报\n2026年3月6日 星期五\n\n## 济宁经开区:锚定建设“济西工业新城”\n\n"  # another kind of zone's news
     "今年以来，全区新开工项目26个，总投资达到132亿元。\n", None),
    ("新乡高新区专版\n2024-06-03\n\n# 驻马店高新区入选全国农药产能重点园区\n\n"  # another place's zone, headlined
     "本报讯 近日，工信部公布全国农药产能重点园区名单，高新区榜上有名。\n", None),
])
def test_a_zones_own_paper_gives_its_zone_to_news_that_names_none(page, zone):
    assert [a.zone for a in parse_page(page, "p.txt").articles] == [zone]


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


def test_a_report_with_sub_headings_is_told_in_parts_and_its_source_line_is_no_heading():
    # a sub-headed piece is a feature (通讯) though a lead-in opens it: 14 of the corpus' 21 such pieces
    page = ("# 西安高新区获批全国首个硬科技创新示范区\n\n"
            "本报讯 1月4日记者获悉，西安高新区获批全国首个硬科技创新示范区。\n\n"
            "## 二十项工程\n\n据介绍，西安高新区将围绕20项创新驱动工程展开。\n\n据中国网\n")
    article, = parse_page(page, "p.txt").articles
    assert (str(article.kind), [s.heading for s in article.sections]) == ("feature", [None, "二十项工程"])
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


def test_headlines_in_brackets_numbered_bulleted_items_and_a_table_of_contents():
    page = ("今日宁乡\n宁乡市融媒体中心主办 2023年 第1386期\n7月27日 星期四 癸卯年六月初十\n第2版 要闻\n\n"
            "本期导读\nA1 宏观｜支持滨海新区高质量发展政策出台\nB5 园区｜产业链集中采访走进合肥高新区\n\n"
            "【宁乡：千年古邑焕发璀璨光芒】\n\n6月1日，网络媒体采访活动来到了宁乡高新区。\n\n园区速览\n\n"
            "1.■江苏4家企业获评省专精特新中小企业。近日，常州高新区4家企业入选。\n\n"
            "2.■成都电子信息产业功能区重点项目集中开工。集中开工仪式在成都高新区举行。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == [
        "宁乡：千年古邑焕发璀璨光芒", "江苏4家企业获评省专精特新中小企业", "成都电子信息产业功能区重点项目集中开工"]
    assert result.articles[0].date == dt.date(2023, 7, 27)
    assert not any("合肥" in a.text or "■" in a.text for a in result.articles)


def test_a_ranking_printed_as_numbered_lines_stays_in_its_article():
    parks = ["中关村科技园", "苏州工业园区", "上海张江高新技术产业开发区", "广州经济技术开发区", "天津经开区",
             "武汉东湖高新区", "深圳高新区", "青岛经济技术开发区", "大连经开区", "昆山经济技术开发区"]
    rows = "\n".join(f"{k} {park}" for k, park in enumerate(parks, start=1))
    page = (f"# 产业园区百强榜出炉\n\n本报讯 日前，百强产业园区排行榜发布，前十名如下。\n\n排名 园区\n{rows}\n\n"
            "# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n")
    articles = parse_page(page.replace("# ", ""), "p.txt").articles
    assert [a.title for a in articles] == ["产业园区百强榜出炉", "襄阳高新区举办人才招聘会"]
    assert "10 昆山经济技术开发区" in articles[0].text


def test_a_web_page_copied_as_text_keeps_only_its_article():
    page = ("某某网 首页 | 新闻 | 济南 | 区县 | 评论 | 数字报\n您现在的位置：首页 > 济南新闻 > 区县新闻 > 正文\n\n"
            "济南高新区举办人才招聘会\n\n2024-07-11 13:52:08 来源：某某网-济南日报\n\n作者：郝倩 通讯员 门波\n\n"
            "分享到： 微信 微博 QQ空间\n\n本报讯 近日，济南高新区举办人才招聘会，120家企业提供岗位。\n\n"
            "【纠错】 【打印本页】 【关闭窗口】\n\n"
            "相关新闻\n· 章丘新年首签20个项目108亿元\n· 济南各区县抢跑“春天里”\n\n"
            "上一篇：济南起步区深化开放合作\n下一篇：天桥区重点项目集中开工\n\n"
            "某某网简介 | 广告服务 | 联系我们 | 版权声明\n鲁ICP备05001934号\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.authors, article.date) == (
        "济南高新区举办人才招聘会", ["郝倩", "门波"], dt.date(2024, 7, 11))
    assert article.text == "近日，济南高新区举办人才招聘会，120家企业提供岗位。"


def test_an_english_article_on_a_chinese_page():
    page = ("某某日报\nCHINA DAILY\n2023年6月5日 星期一 MONDAY, JUNE 5, 2023\n\n"
            "10 high-tech zones to be developed\n\nThe majority of new zones will be in central regions\n\n"
            "By Zhang Zhihao | China Daily\n\nChina will develop 10 new State-level high-tech zones.\n\n"
            "The new zones have been selected, the ministry said.\n\n"
            "襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n")
    english, chinese = parse_page(page, "p.txt").articles
    assert (english.title, english.subtitle, english.authors, str(english.kind)) == (
        "10 high-tech zones to be developed", "The majority of new zones will be in central regions",
        ["Zhang Zhihao"], "brief")
    assert english.date == dt.date(2023, 6, 5) and "By Zhang" not in english.text
    assert chinese.title == "襄阳高新区举办人才招聘会"


def test_a_deck_with_commas_under_a_headline_is_its_subtitle():
    page = ("总投资136亿！襄阳高新区14个大项目集中签约\n都是科技含量高的新动能项目，预计产值498.6亿元\n"
            "项目签约现场。本报记者 修从涛 摄\n本报6月28日讯（记者 修从涛） 襄阳高新区举行项目集中签约仪式。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.subtitle, article.authors) == ("都是科技含量高的新动能项目，预计产值498.6亿元", ["修从涛"])
    assert article.text == "襄阳高新区举行项目集中签约仪式。"


def test_short_caption_lines_of_a_photo_series_with_credits_under_them():
    page = (f"{ARTICLE}\n组图\n\n南车株机地铁生产车间\n本报记者 郭立亮 摄\n\n新型环保产业\n本报记者 郭立亮 摄\n")
    articles = parse_page(page.replace("# ", ""), "p.txt").articles
    assert [(str(a.kind), a.title, a.authors) for a in articles[1:]] == [
        ("photo", "南车株机地铁生产车间", ["郭立亮"]), ("photo", "新型环保产业", ["郭立亮"])]


def test_a_short_bare_line_under_a_hash_headline_and_over_its_byline_is_its_deck():
    page = ("# 网上重大主题宣传活动走进大连高新区\n70余位网媒共鉴大连新图景\n\n"
            "①嘉宾参观恒力重工。大连新闻传媒集团记者钟启钢 摄\n\n"
            "大连新闻传媒集团记者杨旭\n\n四月的大连，山海含笑，生机盎然。\n\n16日下午，参访团来到大连高新区。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.subtitle, article.authors) == ("70余位网媒共鉴大连新图景", ["杨旭"])
    assert article.text.startswith("四月的大连") and "16日下午" in article.text


def test_a_long_headline_over_a_continuation_marker_is_the_storys_headline():
    page = ("湖北日报\n2024年6月3日\n\n"
            "奋发向未来！“新天衢·向未来”全国知名媒体襄阳高新区（东津新区）行进式集中采访活动今日正式启动\n"
            "（上接第1版）\n王健简要介绍了襄阳高新区概况，并对各位记者的到来表示欢迎。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title.startswith("奋发向未来！") and article.text.startswith("王健简要介绍")
    assert not parse_page(page, "p.txt").left_out


def test_a_sub_heading_under_a_continued_storys_marker_stays_in_it():
    page = ("## 从“不东不西”到“左右逢源”\n\n（上接第1版）\n\n## 从区位劣势到区位优势\n\n"
            "曾几何时，荣昌“不东不西”的区位，一度让荣昌尴尬和无奈。\n\n"
            "## 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["从“不东不西”到“左右逢源”", "襄阳高新区举办人才招聘会"]
    assert [s.heading for s in articles[0].sections] == ["从区位劣势到区位优势"]


def test_a_continued_storys_marker_down_a_page_after_a_data_box_opens_that_story_under_its_headline():
    page = ("娄底晚报\n2025年5月27日 星期二\n\n全省园区前三季度技工贸总收入增长17.7%\n"
            "红网时刻10月27日讯 近日,记者从省商务厅获悉,全省园区经济稳中有进。\n\n数读\n"
            "技工贸总收入　33249.56亿元　增长17.7%\n专利申请受理数　17904件\n\n（上接A01版）\n"
            "朱健:高新区要当好衡阳高质量发展的“主力部队”\n昨日下午,市委副书记、代理市长朱健在高新区调研。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles[-1] == "朱健:高新区要当好衡阳高质量发展的“主力部队”"


def test_a_speakers_words_under_a_headline_are_its_subtitle():
    page = "河套科技园区开园 逾60家企业进驻\n李家超：打造完整创科产业链\n\n本报讯 近日，河套科技园区开园。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.subtitle) == ("河套科技园区开园 逾60家企业进驻", "李家超：打造完整创科产业链")
    zone_first = parse_page("引题一句话\n襄阳高新区：主标题在第二行\n\n本报讯 近日，襄阳高新区召开会议。\n", "p.txt")
    assert zone_first.articles[0].title == "襄阳高新区：主标题在第二行"


def test_who_attended_is_the_subtitle_under_a_two_line_headline():
    page = "北京大学校长来潍调研\n李明刘运刘建军参加活动\n\n本报讯 7月31日，北京大学校长一行来潍坊高新区调研。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.subtitle) == ("北京大学校长来潍调研", "李明刘运刘建军参加活动")


def test_a_line_adding_figures_under_a_headline_is_its_subtitle():
    page = "咸宁市军民融合产业加快壮大\n已有规上企业38家\n\n本报讯 近日，咸宁高新区召开军民融合产业推进会。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.subtitle) == ("咸宁市军民融合产业加快壮大", "已有规上企业38家")
    longer = ("住渝全国政协委员离京返渝\n共向大会提交联名提案11件个人提案105件\n\n"
              "本报讯 3月3日，住渝全国政协委员离京返渝。\n")
    (article,) = parse_page(longer, "p.txt").articles
    assert article.title == "住渝全国政协委员离京返渝"
    # a short kicker over a headline with figures stays the kicker, and so does one that exclaims
    for kicker, title in (("项目建设", "总投资87.07亿元！20个项目集中落户黄石大冶湖核心区"),
                          ("“全国百强”再进位!", "宁乡经开区连续5年上榜园区产业高质量发展百强榜单")):
        (article,) = parse_page(f"{kicker}\n{title}\n\n本报讯 近日，相关项目集中落户。\n", "p.txt").articles
        assert (article.kicker, article.title) == (kicker, title)
    # a kicker of two phrases over a headline with a figure stays the kicker
    kicked = "培育“企业森林” 壮大“百亿企业”\n高新区新增43家龙头企业\n\n本报讯 近日，漯河高新区公布名单。\n"
    (article,) = parse_page(kicked, "p.txt").articles
    assert (article.kicker, article.title) == ("培育“企业森林” 壮大“百亿企业”", "高新区新增43家龙头企业")


def test_brackets_inside_a_headlines_markup_are_its_marks_and_a_labels_stay_a_label():
    page = ("**【园区动态】**\n\n近日，襄阳高新区举办人才招聘会。\n\n"
            "**【首批签约项目66个　签约总额766亿元】**\n\n本报讯 近日，沈阳高新区举行签约仪式。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["襄阳高新区举办人才招聘会", "首批签约项目66个 签约总额766亿元"]


def test_a_numbered_line_under_a_title_is_the_pieces_first_part_not_its_title():
    page = ("国家高新区提高自主创新能力建设创新型园区研究\n一、创新的空间集聚与高新区\n\n"
            "创新比生产具有更高的空间集聚特征，高新区是创新集聚之地。\n\n二、建设创新型园区的背景\n\n"
            "当前，国家高新区正处于转型期。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "国家高新区提高自主创新能力建设创新型园区研究"
    assert [s.heading for s in article.sections] == ["一、创新的空间集聚与高新区", "二、建设创新型园区的背景"]


def test_excerpts_under_a_label_end_at_their_source_notes_which_name_their_authors():
    page = ("学习时报\n2026年3月16日\n\n【观点摘编】\n"
            "高新区是高新技术开发区的简称，是依托智力密集和开放环境的集中区域。\n"
            "（摘自《华东经济管理》2012年第1期，作者胡俊峰）\n1985年，中央做出《关于科技体制改革\n"
            "的决定》，提出要在全国选择若干智力资源密集的地区。\n（摘自《中国软科学》2014年第11期，作者陈向东、刘志春）\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.authors for a in articles] == [["胡俊峰"], ["陈向东", "刘志春"]]
    assert "中央做出《关于科技体制改革的决定》" in articles[1].text and "摘自" not in articles[1].text


def test_a_title_in_brackets_run_into_its_text_after_a_space_is_the_items_headline():
    page = ("黑河日报\n2026年5月20日\n\n"
            "【国家高新区联合调查组来区考察】 4月1日，由中办调研室副主任带队的联合调查组来区考察。\n"
            "【副省长马淑洁来大庆调研】 6月26日至27日，副省长马淑洁率省科委等部门来大庆调研。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["国家高新区联合调查组来区考察", "副省长马淑洁来大庆调研"]


def test_who_presided_and_who_reported_are_subtitles_under_a_meetings_headline():
    page = ("## 市七届人大四次会议隆重开幕\n## 虢正贵主持大会并宣布开幕\n## 刘革安作政府工作报告\n\n"
            "本报讯 2月9日上午，市七届人大四次会议在市会议中心隆重开幕。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "市七届人大四次会议隆重开幕"


def test_speakers_excerpts_each_open_under_their_words_with_the_speakers_line_no_title():
    page = ("## 建设世界一流高科技园区会议发言摘登\n## “企业是衡量园区的最重要标志”\n"
            "## 刘会武（中科院科技政策与管理科学研究所副研究员）\n\n评价一个园区，首先要看企业。\n\n"
            "## “做出亿万级的产业集群才是中国要解决的大问题”\n## 王德禄（北京长城企业战略研究所所长）\n\n"
            "园区要做出亿万级的产业集群。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["“企业是衡量园区的最重要标志”", "“做出亿万级的产业集群才是中国要解决的大问题”"]


def test_a_headings_number_set_apart_is_its_mark_and_a_numbered_part_stays_a_part():
    page = ("# 院士专家论道光谷\n\n本报讯 近日，一场高峰论坛在光谷举行。（记者 李俊）\n\n"
            "# 1　向青年知识分子提供公租房\n\n东湖高新区应向青年知识分子提供公租房。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["院士专家论道光谷", "向青年知识分子提供公租房"]
    parts = ("**省政府工作报告里的“德州元素”**\n□本报记者王志冕\n1月27日上午，山东省人代会在济南开幕。\n"
             "**1 先导激光雷达项目建成投产**\n2025年10月21日，先导激光雷达项目投产仪式在我市举行。\n"
             "**2 集成电路圆片增长19.2%**\n省政府工作报告提到集成电路圆片增长19.2%。\n")
    (article,) = parse_page(parts, "p.txt").articles
    assert [s.heading for s in article.sections][1:] == ["先导激光雷达项目建成投产", "集成电路圆片增长19.2%"]


def test_an_excerpt_note_under_a_document_ends_it_and_is_no_title():
    page = ("云南法制报\n2026年7月7日 星期二\n昆明高新技术产业开发区条例\n"
            "　　第一条 为了促进昆明高新技术产业开发区的建设和发展，制定本条例。\n"
            "　　第二条 本条例适用于昆明高新技术产业开发区。\n（节选）\n"
            "昆明将打造全国重要的生物医药研发生产基地\n　　本报讯 近日，昆明高新区发布生物医药产业规划。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["昆明高新技术产业开发区条例", "昆明将打造全国重要的生物医药研发生产基地"]
    assert "节选" not in articles[0].text and articles[1].kicker is None


def test_a_line_opening_on_a_date_and_a_comma_is_a_reports_first_words_never_a_headline():
    page = ("民营经济报\n2026年3月2日 星期一\n\n■一周要闻\n\n2月19日,肇庆高新区举行2024年第\n"
            "一季度重大项目集中开工活动,共有16个\n项目集中开工,总投资约62亿元。\n\n"
            "5月8日,湛江经济技术开发区在上海举办\n招商推介会,现场签约项目12个。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles if a.title and a.title.startswith(("2月19日", "5月8日"))] == []
    assert any("肇庆高新区举行2024年第一季度重大项目" in a.text for a in articles)


def test_a_framed_ad_between_stories_is_furniture_whatever_its_lines_look_like():
    page = ("河北青年报\n2026年10月14日 星期三\n\n石家庄：让人才和城市一同成长\n\n本报讯 近日，石家庄出台人才新政。\n\n"
            "┏━━━━━━━━━━━━━━┓\n招聘\n石家庄高新区某生物医药企业诚聘\n药物研发工程师5名　质量检验员10名\n"
            "提供人才公寓　五险一金\n简历投递：hr2026@example.cn\n┗━━━━━━━━━━━━━━┛\n\n"
            "石家庄高新区：三十而立，新城崛起\n\n本报讯 三十年来，石家庄高新区从无到有。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["石家庄：让人才和城市一同成长", "石家庄高新区：三十而立，新城崛起"]
    assert not any("诚聘" in a.text or "药物研发工程师" in a.text for a in result.articles)


def test_a_chronological_feature_is_not_a_round_up():
    page = ("# 从一间厂房到一座产业园\n\n记者 张三\n\n"
            "2019年3月，孝感高新区引进第一家电池企业。\n\n"
            "2021年6月，这家企业的二期工厂投产。\n\n"
            "2023年5月，孝感高新区新能源产业园开园。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["从一间厂房到一座产业园"]


def test_a_story_its_days_tell_of_what_the_headline_names_is_not_a_round_up():
    page = ("# 大源实业西北总部落地丝路科学城\n\n"
            "3月20日，大源实业考察团来到西安高新区丝路科学城，洽谈西北总部选址。\n\n"
            "4月9日，西安市与榆林市举行区域合作交流会，大源实业在会上签约丝路科学城总部项目。\n\n"
            "5月16日，大源实业西北总部正式落地丝路科学城，将汇聚产业链上下游20余家企业。\n\n"
            "日前，大源实业西北总部在丝路科学城的办公区投入使用。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["大源实业西北总部落地丝路科学城"]


def test_a_newsletters_numbered_items_are_articles_each_their_numbers_no_part_of_their_headlines():
    page = ("黄冈高新区工作简报\n2023年第5期\n\n"
            "一、张家胜赴黄冈高新技术产业开发区调研\n"
            "10月12日，市委副书记张家胜到黄冈高新区调研重点项目建设，察看企业生产经营情况。\n"
            "二、中国共产党黄冈高新技术产业开发区代表会议胜利召开\n"
            "10月14日，中国共产党黄冈高新技术产业开发区代表会议召开，选举产生出席市党代会代表。\n"
            "三、袁善腊到高新区调研\n"
            "10月15日，袁善腊到黄冈高新区调研园区建设，要求加快项目落地。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == [
        "张家胜赴黄冈高新技术产业开发区调研", "中国共产党黄冈高新技术产业开发区代表会议胜利召开", "袁善腊到高新区调研"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_advert_under_its_label_is_furniture_up_to_the_next_piece(gap):
    page = gap.join([
        "安徽法制报\n2022年8月16日　星期二", "【招聘】",
        "马鞍山慈湖高新区某新材料企业因扩产需要，招聘操作工30名，缴纳五险一金，提供食宿。报名电话：0555-2345678",
        "慈湖高新区上半年新签约工业项目24个", "今年上半年，马鞍山慈湖高新区新签约工业项目24个，总投资额64.6亿元。",
        "【拍卖公告】",
        "受马鞍山市花山区人民法院委托，本公司定于2022年8月30日上午10时在本公司拍卖厅公开拍卖工业用房一处。",
        "总投资50亿元科技园项目落户马鞍山",
        "5月10日上午，总投资50亿元的中南高科马鞍山创智科技园项目正式落户马鞍山。"]) + "\n"
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["慈湖高新区上半年新签约工业项目24个", "总投资50亿元科技园项目落户马鞍山"]
    assert not any("招聘" in a.text or "拍卖" in a.text for a in articles)


def test_an_e_paper_articles_record_lines_are_no_text_and_name_its_authors():
    page = ("黄海晨刊 2024年3月12日 第06版\n筑巢引凤 日照人才公寓“拎包入住”\n"
            "作者：张珊　　稿件来源：直播日照　　点击数：326\n【字号 大 中 小】\n"
            "日照市打造多处人才公寓，改善各类人才住房条件。\n"
            "上一篇　　下一篇：济宁高端装备产业招商推介会举行　　返回目录\n"
            "点击数：1462　　分享到：微信　微博　QQ空间\n稿件来源：大众日报\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("筑巢引凤 日照人才公寓“拎包入住”", ["张珊"])
    assert article.text == "日照市打造多处人才公寓，改善各类人才住房条件。"


def test_items_tagged_with_their_place_are_items_with_that_places_zone():
    page = ("中国高新区\n2024年8月22日\n\n# 高新区动态\n\n"
            "【广东河源】南都讯 记者张昊 通讯员程学勇 昨日，河源市高新区升级为国家级高新区已获国务院批准。\n\n"
            "【河北石家庄】9月25日，考察团参观了高新区国际人才城。高新区工委书记陪同考察。（石家庄日报）\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, a.authors) for a in articles] == [("源城高新区", ["张昊", "程学勇"]), ("石家庄高新区", [])]
    assert not any("【" in a.text or "南都讯" in a.text for a in articles)


def test_an_item_opening_with_a_place_the_item_before_never_named_is_its_own():
    page = (f"{ARTICLE}\n【园区动态】\n\n近日，省工信厅负责人赴弋阳高新技术产业园区开展专题调研。\n\n"
            "南昌市新建区以招商引资为引擎，组织24个重大项目集中开工。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:6] for a in articles[1:]] == ["近日，省工信", "南昌市新建区"]


def test_an_items_place_tag_outranks_the_papers_city():
    page = ("北京晚报\n2024年6月3日 星期一\n\n# 高新区短波\n\n"
            "【湖北孝感】近日，市人大常委会主任来到市高新区调研高新技术企业发展情况。\n\n"
            "【福建厦门】近日，厦门火炬高新区举办项目签约仪式。\n\n【四川成都】近日，成都高新区重点项目集中开工。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["孝感高新区", "厦门火炬高新区", "成都高新区"]


def test_a_column_label_naming_a_place_outranks_the_papers_city():
    page = ("武汉晨报\n2024年6月3日 星期一\n\n# 光谷企业新品发布\n\n本报讯 近日，东湖高新区一企业发布新品。\n\n"
            "【都市圈·孝感】\n\n"
            "近日，市人大常委会主任周先来到市高新区调研高新技术企业发展情况。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["东湖高新区", "孝感高新区"]


def test_bulleted_news_after_an_article_is_an_item_of_its_own():
    page = f"{ARTICLE}\n●6月1日，孝感高新区举办产业对接会，签约项目12个。\n"
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["襄阳高新区", "孝感高新区"]


def test_long_items_bulleted_like_captions_under_a_news_label_are_items_each():
    page = (f"{ARTICLE}\n■园区动态\n\n"
            "▲2月9日上午，上海张江国家自主创新示范区创新创业服务中心举行揭牌仪式，市总工会有关负责人出席，"
            "并为首批入驻的二十家创新型企业代表颁发入驻证书，现场还签约了三个服务项目，助力园区企业发展。\n\n"
            "▲今年3月5日，上海市人大常委会副主任、市总工会主席一行来到紫竹国家高新技术产业开发区，"
            "调研园区职工服务工作，先后参观紫竹高新区职工之家、职工食堂，并与企业职工代表座谈交流。\n")
    result = parse_page(page, "p.txt")
    assert [a.zone for a in result.articles] == ["襄阳高新区", "张江高新区", "紫竹高新区"] and not result.left_out


def test_a_long_bulleted_line_under_a_news_label_is_an_item_whatever_it_opens_on():
    page = (f"{ARTICLE}\n◆快讯\n▲2013年嘉兴秀洲经贸洽谈会暨浙商创业创新重大项目签约仪式在秀洲国家高新区举行，"
            "共签约项目32个，总投资185亿元，其中外资项目8个，涵盖光伏新能源、智能制造等产业领域。\n")
    result = parse_page(page, "p.txt")
    assert [a.zone for a in result.articles] == ["襄阳高新区", "嘉兴高新区"] and not result.left_out


def test_a_bulleted_item_the_column_broke_under_a_news_label_is_an_item_not_a_caption():
    page = ("襄阳高新区举办人才招聘会\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个，吸引\n"
            "求职者5000余人次，达成就业意向1200余人，为\n企业发展提供了有力的人才支撑和智力保障。\n"
            "园区快讯\n▲近日，在国务院办公厅最新公布的\n第二批双创示范基地名单中，孝感高新\n区榜上有名，"
            "成为全省首个国家双创\n示范基地，园区创新创业生态持续优化。\n"
            "▲9月24日，宜昌市委老干部局组织\n老同志赴宜昌高新区调研，先后参观\n了多家企业和湿地公园。\n"
            "▲在湖北省107个重点特色产业集群中，荆\n门高新区生物医药产业集群已成为高质\n量发展的代表性产业之一。\n")
    result = parse_page(page, "p.txt")
    assert [a.zone for a in result.articles] == ["襄阳高新区", "孝感高新区", "宜昌高新区", "荆门高新区"]
    assert not result.left_out


def test_a_numbered_items_news_mark_comes_off_it_and_names_its_reporters():
    page = (f"{ARTICLE}\n■园区快讯\n\n①本报讯（记者陈林森 通讯员陈金针）泉州高新区外资招商推介会签约项目20个。\n\n"
            "②本报讯（记者张晓明）龙岩高新区新增高新技术企业12家。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, a.authors) for a in articles[1:]] == [("泉州高新区", ["陈林森", "陈金针"]),
                                                          ("龙岩高新区", ["张晓明"])]
    assert not any("本报讯" in a.text for a in articles)


def test_a_quotation_and_who_said_it_under_it_sign_no_piece():
    page = ("# 20年，我爱滨江\n\n　　20年间，滨江从杭州最小的孩子成长为创新高地。\n"
            "“希望滨江成为现代科技城，一个天堂硅谷”\n——首任滨江区委书记 王铁军\n"
            "　　1997年我们组建滨江区的时候，杭州市委市政府寄予厚望。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == [] and "1997年" in article.text


@pytest.mark.parametrize("attribution", ["——乔宁", "——首任滨江区委书记 王铁军"])
def test_who_said_a_pull_quote_is_kept_with_the_piece_in_none_of_its_text(attribution):
    page = ("张江人工智能岛的类脑芯片\n\n本报记者 张三\n\n不仅因为园区上空飞行巡检的无人机,更重要的是它的氛围。\n\n"
            f"“通过100万这类小的网络做到复杂的行为,就是类脑芯片。”\n\n{attribution}\n\n"
            "乔宁2019年底带着团队从瑞士苏黎世来到张江人工智能岛,开始了创业。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert attribution not in article.text and attribution in article.markup
    assert "乔宁2019年底" in article.text and article.authors == ["张三"]


def test_a_pull_quote_set_apart_inside_a_piece_never_opens_the_next_one():
    page = ("# 银川经开区追光逐日\n\n本报记者 张三\n\n"
            "银川经济技术开发区坚持新能源产业和新材料产业“双轮驱动”，产业集群加速成形。\n\n"
            "“天津中环这个项目的落地，为开发区‘十四五’开了一个好头。”\n"
            "——银川经济技术开发区负责人\n\n"
            "今年以来，开发区围绕光伏全产业链招商，引进项目12个，总投资180亿元。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "引进项目12个" in article.text and "——银川经济技术开发区负责人" not in article.text


def test_an_items_first_sentence_calling_its_zone_a_national_one_names_no_many_zones():
    page = (f"{ARTICLE}\n■简讯\n\n作为八百里皖江最前沿、距离沪苏浙最近的国家级高新区，近年来，慈湖高新区积极抢抓"
            "长三角一体化发展机遇，等高对接沪苏浙。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.zone for a in articles] == ["襄阳高新区", "马鞍山慈湖高新区"]


@pytest.mark.parametrize(("later", "zone"), [
    ("这里是长治市高新区承接智能制造产业的重要载体之一。", "长治高新区"),  # the zone the lead's 高新区 is
    ("企业负责人曾在西安高新区、宝鸡高新区工作多年。", None),  # two zones named in passing: neither is it
])
def test_a_leads_bare_high_tech_zone_is_the_one_zone_the_text_names_later(later, zone):
    page = ("# 老同志走进高新区看转型\n\n9月24日，长治市委老干部局组织市级老同志赴高新区和漳泽湖湿地公园，"
            "就长治市转型发展和城市建设新成果进行调研，先后参观了多家企业。\n\n"
            f"在山西智创城5G电子智造基地，老同志们乘车参观了园区全貌。{later}\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == zone


def test_items_set_apart_by_a_mark_alone_on_a_line_are_items_each_whole():
    page = (f"{ARTICLE}\n【巾帼动态】\n◎\n为更好地发挥女性人才在科技创新中的作用，江阴高新区成立女科技工作者协会。\n"
            "8月5日下午，为更好地促进女性科技工作者的成长，协会举行首场沙龙。\n◎\n"
            "为贯彻国家创新驱动战略，紫竹高新区妇联成立巾帼创新工作室。\n"
            "2025年暑期，紫竹高新区妇联带领区域内的企业开展交流活动。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.zone for a in articles] == ["襄阳高新区", "江阴高新区", "紫竹高新区"]
    assert "首场沙龙" in articles[1].text


def test_a_credit_over_a_caption_under_a_photo_label_credits_that_photo_whose_caption_runs_on():
    page = (f"{ARTICLE}\n■图说园区\n克拉玛依日报全媒体首席记者　闵勇　摄\n"
            "2022年6月16日，从空中俯瞰下的克拉玛依高新技术产业开发区。当天，\n"
            "中国政府网发布消息，国务院同意克拉玛依高新技术产业开发区升级为国家高\n"
            "新技术产业开发区，实行现行的国家高新技术产业开发区政策。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(str(a.kind), a.authors) for a in articles] == [("brief", []), ("photo", ["闵勇"])]
    assert articles[1].captions[0].text.endswith(
        "当天，中国政府网发布消息，国务院同意克拉玛依高新技术产业开发区升级为国家高新技术产业开发区，实行现行的国家高新技术产业开发区政策。")


def test_a_photo_series_label_with_its_title_after_a_space_is_no_headline():
    page = (f"{ARTICLE}\n■组图 重点项目奏响奋斗乐章\n\n中兵长智科技有限责任公司智能制造生产线。\n\n"
            "山西纳安健康科技有限公司流水线作业有序进行。\n")
    articles = parse_page(page, "p.txt").articles
    assert [str(a.kind) for a in articles] == ["brief", "photo", "photo"]
    assert all("组图" not in a.title for a in articles)


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


def test_全国_in_a_headline_about_one_zones_cluster_is_no_many_zones_headline():
    page = ("# 本溪制药产业集群被认定为全国首批10个创新型产业集群试点之一\n\n"
            "本报讯 本溪制药创新型产业集群依托本溪高新区，形成了七大产业园区。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["本溪高新区"]


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


def test_a_rankings_rows_of_a_rank_and_a_zone_stay_in_the_article_as_a_table():
    page = ("## 河南省国家高新区创新实力稳步提升\n近日，科技部发布了国家高新区排名，郑州高新区位列第17位。\n"
            "■图表　2020年河南国家高新区全国排名\n排名　园区\n17　郑州高新区\n37　洛阳高新区\n66　新乡高新区\n"
            "（来源：中国企业新闻网）\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "37 洛阳高新区" in article.text and article.zone is None  # a ranking: many zones, none its own


def test_a_data_boxs_rows_of_a_count_and_its_figure_are_text_on_a_page_that_indents_its_paragraphs():
    page = ("甲乙高新区多项经济指标逆势增长\n\n　　今年以来，甲乙高新区各项重点指标进度良好，主要指标增速全市第一。\n\n"
            "数据\n已备案高新技术企业　351家\n自治区级瞪羚企业　18家\n新型产业技术研究机构　15家\n\n"
            "　　今年来，甲乙高新区重大项目建设开花结果，一批项目建成投产。\n\n"
            "　　开放枢纽初见雏形。甲乙综合保税区外贸进出口额持续增长。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles][0] == "甲乙高新区多项经济指标逆势增长"
    assert "自治区级瞪羚企业 18家" in "\n".join(a.text for a in articles)
    assert not any("351家" in (a.title or "") + "".join(s.heading or "" for s in a.sections) for a in articles)


def test_a_photo_series_is_photo_news_each():
    page = (f"{ARTICLE}\n组图\n\n襄阳高新区一家企业的生产车间。\n张三 摄\n\n"
            "宜昌高新区一家企业的研发中心。\n李四 摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [str(a.kind) for a in articles] == ["brief", "photo", "photo"]
    assert [a.authors for a in articles[1:]] == [["张三"], ["李四"]]
    assert "组图" not in "".join(a.title for a in articles)


def test_a_credit_for_all_the_photos_above_names_the_photographers_of_each():
    page = (f"{ARTICLE}\n■组图\n\n襄阳高新区一家企业的生产车间。\n\n宜昌高新区一家企业的研发中心。\n\n"
            "以上图片均由本报记者张三、李四摄\n")
    articles = parse_page(page, "p.txt").articles
    assert [(str(a.kind), a.authors) for a in articles[1:]] == [("photo", ["张三", "李四"])] * 2


def test_photos_listed_under_a_piece_bylined_words_and_photos_are_its_reporters():
    page = ("# 甲乙高新区观摩活动剪影\n\n本报记者张晓明李正博文/图\n\n"
            "金色九月，硕果累累，甲乙大地处处洋溢着收获的希望。为期三天的观摩会圆满结束。\n\n图片说明：\n\n"
            "1.甲乙高新区锂电池生产线项目是省级重点项目，总投资50亿元。\n\n"
            "2.甲乙高新区电芯总部基地是新能源产业基地的重要组成部分。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(str(a.kind), a.authors) for a in articles] == [("feature", ["张晓明", "李正博"])] + [
        ("photo", ["张晓明", "李正博"])] * 2


@pytest.mark.parametrize(("page", "photographer"), [
    ("襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n\n"
     "在位于文昌市的商业发射中心，一号发射工位开展了吊装训练，为未来发射奠定基础。\n海南日报记者 袁琛 摄\n\n"
     "扫码阅读海南日报客户端\n", "袁琛"),
    ("【园区快讯】\n\n昨日记者从大连高新区管委会了解到，天地软件园二期开工建设。\n\n"  # credited on its own line
     "站在大窑湾港28楼眺望全貌，等待卸货的轮船停在远处海面的锚地上（李政葳/摄）\n\n"
     "大连日报社 地址：大连市中山区民权街11号\n", "李政葳"),
])
def test_a_photo_at_the_end_of_a_page_is_its_own_article(page, photographer):
    articles = parse_page(page, "p.txt").articles
    assert [(str(a.kind), a.authors) for a in articles] == [("brief", []), ("photo", [photographer])]


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


BARE_REPORT = ("海归博士回国创业 转型为科技型企业家\n\n"
               "本报讯 近日，苏州高新区举办海归人才创业大赛，32个项目进入决赛。\n\n")


def test_a_comma_headline_set_apart_after_finished_text_opens_the_next_article():
    page = BARE_REPORT + ("合肥市产业链集中采访走进高新区，看看媒体记者怎么说\n\n"
                          "12月3日和4日，合肥市产业链集中采访走进合肥高新区，共计20家企业。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["海归博士回国创业 转型为科技型企业家",
                                                  "合肥市产业链集中采访走进高新区，看看媒体记者怎么说"]
    assert result.articles[1].zone == "合肥高新区"


def test_a_comma_line_with_its_rest_under_it_is_a_paragraph_not_a_headline():
    page = BARE_REPORT + "合肥市产业链集中采访走进高新区，看看\n媒体记者怎么说，共计20家企业接受采访。\n"
    result = parse_page(page, "p.txt")
    assert len(result.articles) == 1
    assert "看看媒体记者怎么说" in result.articles[0].text.replace("\n", "")


def test_a_paragraph_ending_with_its_source_is_text_not_a_caption():
    source = "（来源：合肥高新发布）"
    body = ("据悉，目前合肥高新区已集聚健康医疗企业260余家，涵盖新药研发、生产制造、原料辅材、外包服务等全产业链条，"
            "年产销规模近500亿元。")
    result = parse_page(BARE_REPORT + body + source + "\n", "p.txt")
    assert len(result.articles) == 1 and body in result.articles[0].text
    assert source not in result.articles[0].text and not result.articles[0].captions


INTERVIEW_TAIL = ("\n\n问题1：听完工作报告，您有什么感想体会？\n\n"
                  "答：倍受鼓舞。作为全市创新发展的主战场，高新区将瞄准前沿领域，建设珠海未来科技城。\n")


def test_a_long_headline_set_apart_is_a_headline_and_a_cut_column_name_its_kicker():
    headline = "高新区党工委副书记、区管委会主任王小彬：聚焦“四个联动”主动作为举全区之力支持配合服务合作区建设"
    page = BARE_REPORT + "【在线访谈】\n文字实录｜\n" + headline + INTERVIEW_TAIL
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["海归博士回国创业 转型为科技型企业家", headline]
    interview = result.articles[1]
    assert interview.kicker.endswith("文字实录｜") and interview.kind == "interview"
    assert interview.zone == "珠海高新区", "高新区 in a sentence naming one city with one zone"


def test_a_quotation_source_line_under_a_text_is_no_headline():
    source = "——《在辽宁考察时的讲话》（2013年8月28日-31日），《人民日报》2013年9月2日"
    page = BARE_REPORT + source + "\n\n学习札记\n\n高新区要择优引入企业和项目，不能装进篮子都是“菜”。\n"
    assert len(parse_page(page, "p.txt").articles) == 1


@pytest.mark.parametrize("text, zone", [
    ("作为全市创新发展的主战场，高新区将持续深化管理体制改革，建设珠海未来科技城。", "珠海高新区"),
    ("高新区是科技的集聚地。杨学明，中国科学院大连化学物理研究所研究员。", None),  # the city in no 高新区 sentence
    ("高新区与珠海、中山两市的企业签约，共建产业园。", None),  # two cities: neither
    ("长春北湖科技园位于高新区长东北科技创新中心核心区。", "长春高新区"),  # of two zones, the city's own
])
def test_a_city_named_where_the_text_speaks_of_its_zone_gives_that_zone(text, zone):
    result = parse_page(f"学习札记\n\n科技创新的集聚地\n\n{text}\n", "p.txt")
    assert [a.zone for a in result.articles] == [zone]


def test_a_sentence_a_blank_line_broke_stays_one_paragraph():
    page = BARE_REPORT + "近年来,宁波高新区博士后管\n\n理一直注重建立“企业和博士后”双对象培育，实现全覆盖。\n"
    result = parse_page(page, "p.txt")
    assert len(result.articles) == 1


def test_bold_headlines_with_a_kicker_a_deck_and_numbered_sub_headings():
    page = ("石家庄日报\n2022年6月22日 星期三\n\n"
            "项目建设年 投资河北正当时\n**石家庄高新区：科技新城 创领未来**\n\n"
            "石家庄高新区目前实际管辖面积78平方公里，常住人口超过30万人。\n\n一、区位\n\n"
            "石家庄高新区位于省会城市二环与三环之间的黄金区位。\n\n"
            "**石药集团两大高科技项目落户石家庄经开区**\n年产值将达100亿元 可解决就业4000人\n\n"
            "2016年12月29日，石家庄经济技术开发区与石药控股集团签约。（记者 王 巍）\n")
    result = parse_page(page, "p.txt")
    first, second = result.articles
    assert (first.kicker, first.title) == ("项目建设年 投资河北正当时", "石家庄高新区：科技新城 创领未来")
    assert [s.heading for s in first.sections if s.heading] == ["一、区位"]
    assert (second.title, second.subtitle) == ("石药集团两大高科技项目落户石家庄经开区",
                                               "年产值将达100亿元 可解决就业4000人")
    assert second.kind == "brief", "a short report under a two-line headline is news"
    assert second.authors == ["王巍"], "a name spaced to line up is one name"
    assert "*" not in first.title + second.title and not result.left_out


def test_a_page_that_indents_its_paragraphs_has_its_headings_unindented():
    page = ("南京日报\n2024年9月14日 星期六\n"
            "园区篇\n南京高新技术开发区：科技攀“高”，“新”潮澎湃\n"
            "\u3000\u3000有统计显示，南京高新区“一区15园”，集聚全市一半以上的高新技术企业。\n"
            "▲江北新区崛起两大千亿级产业集群\n\u3000\u3000本报记者 朱晓露 夏思宇\n"
            "\u3000\u3000上半年，江北新区集成电路产业主营业务同比增长20%。\n"
            "长三角，崛起创新高地\n——南京江北新区发展解码\n"
            "\u3000\u3000新华社南京5月9日电 新华社记者 朱程\n"
            "\u3000\u3000南京江北新区，是国家级综合功能区。\n"
            "▲无锡高新区：解码产业园发展“方法论”\n"
            "\u3000\u3000“停车难！”无锡高新区微纳园的业主最近常向园区反映。\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("南京高新技术开发区：科技攀“高”，“新”潮澎湃", []), ("江北新区崛起两大千亿级产业集群", ["朱晓露", "夏思宇"]),
        ("长三角，崛起创新高地", ["朱程"]), ("无锡高新区：解码产业园发展“方法论”", [])]
    assert result.articles[2].subtitle == "南京江北新区发展解码" and "新华社" not in result.articles[2].text
    assert result.articles[0].kicker == "园区篇" and result.articles[0].zone == "南京高新区"


def test_a_short_heading_after_a_news_report_opens_the_next_piece():
    # a report (news mark, no byline) has no sub-headings; an agency's dateline may head a feature that has
    report = "何立峰：苏州工业园区累计实现“三个万”\n\n（苏州讯）国务资政李显龙昨天在苏州市出席活动。\n\n"
    story = "三十而立 非凡园区\n\n1994年，新中政府间首个旗舰合作项目启动开工建设。\n"
    assert [a.title for a in parse_page(report + story, "p.txt").articles] == [
        "何立峰：苏州工业园区累计实现“三个万”", "三十而立 非凡园区"]
    feature = report.replace("（苏州讯）", "中国侨网11月20日电 ")
    assert [a.title for a in parse_page(feature + story, "p.txt").articles] == ["何立峰：苏州工业园区累计实现“三个万”"]


def test_a_heading_over_text_about_the_same_zone_is_a_sub_heading_of_the_story():
    story = ("西安高新区交出靓丽“年中答卷”\n\n"
             "伴随着一栋栋建筑拔地而起，西安高新区上半年生产总值达1513.55亿元。\n\n"
             "“稳”字引领 推动产业增速领跑\n\n据了解，西安高新区今年共规划重点项目137个。\n")
    (article,) = parse_page(story, "p.txt").articles
    assert [s.heading for s in article.sections if s.heading] == ["“稳”字引领 推动产业增速领跑"]
    other = story.replace("据了解，西安高新区今年", "据了解，宝鸡高新区今年")
    assert len(parse_page(other, "p.txt").articles) == 2, "text about another zone: the next article"


def test_bulleted_items_that_open_with_their_title_sentence_are_articles_each():
    page = ("株洲日报\n2025年12月1日 星期一\n第4版 园区·快讯\n责任编辑：谭晓燕\n\n"
            "■高新区项目建设掀起新高潮。9月，株洲高新区集中开工项目32个，总投资126亿元。\n\n"
            "■市领导观摩博鲁斯潘精密机床项目。7月，市领导一行来到项目现场，详细了解建设进度。\n\n"
            "■采风团走进株洲高新区。11月26日至28日，采风团走进园区企业。\n")
    result = parse_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["高新区项目建设掀起新高潮", "市领导观摩博鲁斯潘精密机床项目",
                                                  "采风团走进株洲高新区"]
    assert all("■" not in a.text for a in result.articles)


def test_a_collection_without_a_page_date_dates_each_article_by_its_own_date_line():
    page = ("烟台晚报 · 水母网\n园区经济 > 高新区 专栏文章合集\n\n"
            "四链融合！烟台新能源汽车产业园构建“产业生态”雨林\n\n三年前，两位博士来到烟台高新区创业。\n\n"
            "（齐鲁晚报·齐鲁壹点 杜晓丹 秦雪丽）\n\n（2024年12月17日）\n\n（责任编辑：王冰）\n\n"
            "让世界听见烟台声音\n\n8月1日至2日，33位外媒记者走进烟台高新区。\n\n（2022年8月5日）\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date, a.authors) for a in result.articles] == [
        ("四链融合！烟台新能源汽车产业园构建“产业生态”雨林", dt.date(2024, 12, 17), ["杜晓丹", "秦雪丽"]),
        ("让世界听见烟台声音", dt.date(2022, 8, 5), [])]
    assert result.page.newspaper == "烟台晚报"
    dated = "日期: 2025-01-02\n\n" + page  # the page's own date wins over an article's line
    assert {a.date for a in parse_page(dated, "p.txt").articles} == {dt.date(2025, 1, 2)}


def test_a_wechat_post_is_dated_by_its_post_line_and_its_account_is_no_headline():
    page = ("珠海高新发布\n\n一季度重点项目集中签约！45个项目总投资超100亿元\n"
            "珠海高新发布 2026-01-27 18:30 广东\n点击上方蓝字 关注我们\n\n"
            "1月26日上午，珠海高新区举行2026年一季度重点项目集中签约仪式。\n\n分享 收藏 点赞 在看\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.date, article.zone) == (
        "一季度重点项目集中签约！45个项目总投资超100亿元", dt.date(2026, 1, 27), "珠海高新区")


def test_bold_sets_sub_headings_too_and_a_bar_marks_a_headline():
    page = ("证券日报网 · 公司产业\n2023-02-03 星期五\n\n**国家级高新区发展正当时 相关上市公司提前布局**\n\n"
            "证券时报记者 刘俊伶\n\n11月9日晚间，科技部印发了国家高新区发展规划。\n\n"
            "**国家级高新区生产总值**\n**十年增长2.8倍**\n\n截至今年9月，国家高新区总数达173家。\n\n"
            "▍浦东｜2022年新增上市企业占全市43%\n\n中新网上海1月17日电（谢梦圆）17日，记者从浦东新区获悉。\n")
    first, second = parse_page(page, "p.txt").articles
    assert (first.title, first.authors) == ("国家级高新区发展正当时 相关上市公司提前布局", ["刘俊伶"])
    assert "截至今年9月" in first.text
    assert (second.title, second.authors, second.text) == (
        "浦东｜2022年新增上市企业占全市43%", ["谢梦圆"], "17日，记者从浦东新区获悉。")


def test_a_post_dates_its_items_and_bare_links_under_a_recommendation_box_are_furniture():
    page = ("珠海高新发布\n\n一季度重点项目集中签约！45个项目总投资超100亿元\n"
            "珠海高新发布 2026-01-27 18:30 广东\n\n"
            "1月26日上午，珠海高新区举行2026年一季度重点项目集中签约仪式。\n\n【园区动态】\n\n"
            "6月27日，珠海高新区举行2025年6月重点项目签约仪式，预计达产产值突破10亿元。\n\n"
            "2024年1-9月，珠海高新区半导体与集成电路产业规上企业共52家。\n\n"
            "往期推荐\n珠海高新区2025年经济运行情况发布\n▶ 唐家湾：古镇新颜迎客来\n编辑：高新发布编辑部\n")
    result = parse_page(page, "p.txt")
    assert len(result.articles) == 3, [a.title for a in result.articles]
    assert {a.date for a in result.articles} == {dt.date(2026, 1, 27)}
    assert not any("唐家湾" in a.title + a.text or "经济运行情况发布" in a.title for a in result.articles)


def test_a_story_going_on_in_the_next_column_keeps_its_text_whole():
    page = ("# 科技金融赋能投早投小投硬科技的创新实践\n\n"
            "郑州高新区设立科技金融服务中心，为企业提供“一站式”融资服务，（转下栏）\n\n"
            "（接上栏）累计为200余家科技型企业提供贷款30亿元。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "转下栏" not in article.text and "接上栏" not in article.text
    assert "累计为200余家科技型企业提供贷款30亿元" in article.text and not article.continues_on


def test_an_app_copy_dates_each_article_by_the_date_under_its_title():
    page = ("学习平台 > 综合 > 园区创新\n\n中国光谷：打造原始创新策源新高地\n来源：新华社\n2024-06-06\n\n"
            "作为我国第一根光纤的诞生地，中国光谷持续推动创新。\n\n【责任编辑：李萌】\n\n"
            "兰州高新区科技金融“一站式”服务助企发展\n来源：中国高新技术产业导报\n2024-08-12\n\n"
            "近年来，兰州高新区深入实施创新驱动发展战略。\n")
    result = parse_page(page, "p.txt")
    assert [(a.title, a.date) for a in result.articles] == [
        ("中国光谷：打造原始创新策源新高地", dt.date(2024, 6, 6)),
        ("兰州高新区科技金融“一站式”服务助企发展", dt.date(2024, 8, 12))]


@pytest.mark.parametrize("rule", ["——————————————", "＊　＊　＊", "-----"])
def test_a_rule_between_two_pieces_ends_the_first(rule):
    page = ("香港肇庆社团总会到肇考察 共赏家乡变化新貌\n\n记者 张苑卉 通讯员 彭达明\n\n"
            f"近日，香港肇庆社团总会考察团走访广宁竹海大观。\n\n{rule}\n\n"
            "外地媒体走读肇庆 探寻产业发展密码\n\n近日，肇庆市开展外媒走读活动，记者团走访鼎湖智能装备产业园。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == [
        "香港肇庆社团总会到肇考察 共赏家乡变化新貌", "外地媒体走读肇庆 探寻产业发展密码"]


def test_an_item_tagged_with_a_zone_is_about_it():
    page = ("## 简讯\n\n【无锡高新区】国产首台28纳米关键尺寸电子束量测量产设备日前在锡下线。\n\n"
            "【连云港经开区】连云港经开区新签约项目12个。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["无锡高新区", None]


def test_a_title_made_from_a_text_stops_at_its_first_line():
    page = ("# 南昌高新区“链”上发力\n\n　　南昌弘益药业有限公司是行业内一家老牌企业。\n\n■数读\n1755.5亿元\n"
            "南昌高新区1-10月规上工业总产值，同比增长18.8%\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["南昌高新区“链”上发力", "1755.5亿元"]
    assert articles[1].zone == "南昌高新区", "the lead is the first line of a sentence's length"


def test_a_list_of_web_articles_dates_each_by_its_posted_line():
    page = ("国际在线 > 地方频道 > 华媒看中国\n\n海外华媒聚焦粤港澳大湾区\n2019-09-14 16:53 来源：中国新闻网\n\n"
            "来自14个国家和地区的19位华文媒体代表走进广州高新区。\n\n"
            "台湾联合报记者到山东淄博进行专题采访\n2012-12-14 09:30 来源：台湾网\n\n"
            "近日，台湾联合报记者走进淄博高新区采访。\n")
    result = parse_page(page, "p.txt")
    assert [a.date for a in result.articles] == [dt.date(2019, 9, 14), dt.date(2012, 12, 14)]
    portal = page.replace("2019-09-14 16:53 来源", "发布时间：2019-09-14 来源")
    portal = portal.replace("2012-12-14 09:30 来源", "发布时间：2012-12-14 来源")  # a portal's form
    assert [a.date for a in parse_page(portal, "p.txt").articles] == [dt.date(2019, 9, 14), dt.date(2012, 12, 14)]
    single = page[:page.index("台湾联合报")]  # one article: its posted line dates the page
    assert parse_page(single, "p.txt").page.date == dt.date(2019, 9, 14)


def test_an_english_heading_of_a_sentences_length_after_a_feature_is_the_next_headline():
    page = ("High-tech zones up the game\n\nBy Andrew Moody | China Daily Europe\n\n"
            "China's ancient capital is home to the terracotta warriors.\n\n"
            "China to promote quality development of national high-tech zones\n\n"
            "China will build national high-tech zones with better layout by 2025.\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == [
        "High-tech zones up the game", "China to promote quality development of national high-tech zones"]


def test_a_figures_box_is_a_piece_of_its_own_and_its_rows_are_text():
    page = ("河套港深創科香港園區開園 逾60間企業進駐\n\n位於落馬洲河套地區的港深創新及科技園香港園區昨日開園。\n\n"
            "數讀河套\n181億元 政府2021年向港深創科園公司注資\n逾60間 簽署租約的企業和機構\n約八成 已租出樓面面積\n"
            "200萬平方米 兩期發展總樓面面積\n280米 西面跨河連接橋全長\n")
    first, box = parse_page(page, "p.txt").articles
    assert box.title == "數讀河套" and "逾60間 簽署租約的企業和機構" in box.text


def test_dated_lines_over_a_text_whose_author_shot_its_photos_are_its_captions():
    captions = ["5月30日，在海口国家高新区药谷工业园，工作人员在车间操控设备。",
                "5月28日，俯瞰海口国家高新区美安科技新城。"]
    text = "海口国家高新区于1991年经国务院批准成立，是我国第一批国家级高新区。自贸港建设以来，园区新签约项目30个。"
    lines = ["海口国家高新区：名企云集气象新", *captions, text, "本报记者 李天平 通讯员 陈慧玲 图/文"]
    (article,) = parse_page("\n\n".join(lines), "p.txt").articles
    assert ([c.text for c in article.captions], article.text, article.authors) == (captions, text, ["李天平", "陈慧玲"])


HEADLINE = "【动态】“万千气象看绵竹”2026年一季度媒体行聚焦绵竹产业发展"


def test_a_headline_as_wide_as_a_hard_wrapped_column_is_a_headline_over_its_byline():
    rows = ["1月15日，“万千气象看绵竹", "”2026年一季度媒体行活动走进", "绵竹，来自每日经济新闻、中国证券",
            "报、证券时报、第一财经等10余家", "财经媒体的记者，聚焦绵竹“三个千", "亿产业园区”建设、工业经济发展等",
            "方面进行了采访。"]
    page = ("今日绵竹\n2026年1月21日 星期三\n绵竹高新区新签约项目12个\n本报讯 近日，绵竹高新区新签约\n"
            "项目12个，总投资86亿元。\n━━━━━━━━━━━━━━━━\n"
            f"{HEADLINE}\n周韵 尹翔 唐劲东 文/图\n" + "\n".join(rows) + "\n")
    first, second = parse_page(page, "p.txt").articles
    # the column's tag before it (【动态】) is the headline's kicker
    assert (second.kicker, second.title, second.authors) == ("动态", HEADLINE[4:], ["周韵", "尹翔", "唐劲东"])


def test_two_short_phrases_stacked_are_a_two_level_sub_heading():
    page = ("高新法院 为法治化营商环境注入“强心剂”\n\n"
            "2025年，成都高新技术产业开发区人民法院审结知识产权案件同比增长17.81%。\n\n"
            "护企问需“零距离”\n精准回应发展诉求\n\n过去一年里，法院把服务从“法庭内”延伸到“园区里”。\n\n"
            "转自：成都日报锦观\n\n▶更多园区新闻请登录中国经济网\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [s.heading for s in article.sections if s.heading][0].startswith("护企问需“零距离”")
    assert "成都日报锦观" not in article.text and "请登录" not in article.text


def test_a_short_name_over_a_sites_menu_is_the_pages_header():
    page = ("学习强国\n学习平台 > 综合 > 园区创新\n\n中国光谷：打造原始创新策源新高地\n2024-06-06\n\n"
            "作为我国第一根光纤的诞生地，中国光谷持续推动创新。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["中国光谷：打造原始创新策源新高地"]


def test_a_boxed_link_beside_a_story_is_a_piece_of_its_own():
    story_lines = ["南宁高新区多项经济指标逆势增长", "", "文｜林灵 欧阳钢桥", "",
                   "今年以来，南宁高新区各项重点指标进度良好。", ""]
    box_lines = ["┌────────────┐", "│链接", "│广西国家级高新区数量位居西部省份前列",
                 "│ 去年，6个高新区工业总产值达到4000亿元。│", "└────────────┘"]
    story, box = parse_page("\n".join(story_lines + box_lines), "p.txt").articles
    assert (box.kicker, box.title) == ("链接", "广西国家级高新区数量位居西部省份前列")
    assert "│" not in box.text + story.text


@pytest.mark.parametrize(("line", "kind"), [
    ("【责任编辑：李萌】", LineKind.EDITOR),  # an editor line in brackets, not a column's name
    ("发布日期：2020-12-16　来源：新经济发展局", LineKind.FURNITURE),  # a web page's meta line
])
def test_bracketed_editors_and_web_meta_lines_are_typed_as_such(line, kind):
    assert [t.kind for t in type_lines(line)] == [kind]


def test_numbered_lines_under_a_captions_key_are_captions_however_long():
    # 图片说明： over the page's photos: each numbered line says what one shows, never the text above
    long_caption = "白水县牧原畜果结合产业化项目是2017年市级重点建设项目，总投资14.5亿元，" * 2
    page = (f"{ARTICLE}\n图片说明：\n1.{long_caption}\n"
            "2.高新区星美锂电池生产线项目是2017年省级重点项目，总投资50亿元。\n")
    articles = parse_page(page, "p.txt").articles
    assert [str(a.kind) for a in articles] == ["brief", "photo", "photo"]
    assert "白水县" not in articles[0].text and "图片说明" not in articles[0].text
    assert articles[1].captions[0].text.startswith("白水县牧原")


def test_a_photo_series_label_right_under_a_headline_holds_the_pieces_own_photos():
    # headline / ■组图 / short captions / the text: the captions are the piece's, the text its text
    page = ("呼和浩特日报\n2024年12月27日　星期五\n\n**构筑呼和浩特新质生产力基石**\n\n■组图\n"
            "优然牧业赛科星研究院技术人员正在进行高产奶牛胚胎研究\n中环产业园展厅\n绿树成荫。\n\n"
            "近年来，呼和浩特市持续放大区位及资源优势，积极培育和发展新质生产力，2023年总产值达2430亿元。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "构筑呼和浩特新质生产力基石" and article.text.startswith("近年来")
    assert [c.text for c in article.captions] == [
        "优然牧业赛科星研究院技术人员正在进行高产奶牛胚胎研究", "中环产业园展厅", "绿树成荫。"]


def test_bold_titles_run_into_their_items_title_them():
    page = ("巴彦淖尔日报\n2026年6月10日 星期三\n\n**■园区快讯**\n"
            "**磁谷建设**　记者从包头稀土高新区日前召开的稀土工作会议上获悉，今年将新增磁材企业十家。\n\n"
            "**北海产业园撬动千亿产业**　中国电子北海产业园项目于2007年正式启动以来，已集聚企业百余家。\n\n"
            "**汇川区1-4月工业产值同比增长26.48%**　近日,记者从遵义市工业和能源局获悉,汇川区工业增长较快。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["磁谷建设", "北海产业园撬动千亿产业", "汇川区1-4月工业产值同比增长26.48%"]
    assert articles[0].text.startswith("记者从包头") and articles[1].text.startswith("中国电子北海产业园")
    assert articles[2].text.startswith("近日")


def test_a_bullet_and_brackets_before_a_headline_are_its_marks_not_its_title():
    page = ("资阳日报\n2026年12月8日 星期二\n\n**川内园区简讯**\n\n"
            "■**乐山高新区落户90亿元异质结电池项目**\n9月24日下午，乐山高新区签约国盛异质结电池项目。\n\n"
            "■【自贡携手川航打造川南渝西航空货运物流枢纽基地】\n12月7日，自贡市与四川航空集团公司签约。\n\n"
            "■ **【济南高新区“两城两谷”建设提速】**\n近日，济南高新区发布“两城两谷”建设方案。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["乐山高新区落户90亿元异质结电池项目", "自贡携手川航打造川南渝西航空货运物流枢纽基地",
                      "济南高新区“两城两谷”建设提速"]


def test_a_photo_series_at_a_pages_top_is_no_header_and_its_captions_name_no_papers_zone():
    # the series' captions name a zone and its picture source line a body: neither makes the page that zone's
    page = ("## 广西科技报\nGUANGXI SCIENCE & TECHNOLOGY NEWS\n2025年6月12日　星期四\n第3版　园区·创新\n\n"
            "## 组图\n桂林高新区创意产业园\n桂林高新区高新开发大厦\n本版图片来源:桂林高新区\n\n"
            "## 广西高新区数量达到12家\n"
            "人民网南宁11月25日电(王勇)11月23日,自治区政府召开广西高新区创新能力提升计划新闻发布会。\n")
    result = parse_page(page, "p.txt")
    assert [c.text for a in result.articles for c in a.captions] == ["桂林高新区创意产业园", "桂林高新区高新开发大厦"]
    assert result.articles[-1].title == "广西高新区数量达到12家" and result.articles[-1].zone is None


def test_a_pieces_points_under_one_bullet_stay_in_it_whatever_they_open_on():
    page = ("北部湾晨报\n2025年11月20日 星期四\n\n一图读懂北海向海经济\n"
            "◆2017年4月,习近平总书记在广西北海市考察时指出,要打造好向海经济。\n"
            "◆在国家战略层面,北海汇聚了西部陆海新通道等多重战略机遇。\n"
            "◆目前,北海市向海产业中,仅工业就初步形成了绿色化工、电子信息等产业集群。\n"
            "文案策划|唐朵朵 喻千桓 视觉设计|喻千桓\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "目前,北海市" in article.text and "文案策划" not in article.text


def test_an_items_number_before_a_year_is_its_number():
    page = (f"{ARTICLE}\n■园区简讯\n\n1.山东省工业和信息化厅公布了专精特新中小企业名单,淄博高新区获批20家。\n\n"
            "2.2019年11月2日,淄博高新区生物医药产业创新园派员参加中国生物技术创新大会。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:4] for a in articles[1:]] == ["山东省工", "2019"]


def test_a_city_label_over_a_headline_names_the_city_whose_bare_gaoxinqu_the_piece_speaks_of():
    page = ("辽宁法治报\n2026年4月29日 星期三\n\n■本溪\n科技部生物技术发展中心一行到高新区调研\n"
            "4月27日,国家科技部中国生物技术发展中心主任一行到高新区调研医药产业发展情况。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == "本溪高新区"


def test_a_park_the_text_says_was_the_zone_names_the_zone_in_the_headline():
    page = ("临汾日报\n2026年4月20日 星期一\n\n学府产业园区入选国家双创示范基地\n\n"
            "近日,山西转型综合改革示范区学府产业园区榜上有名,成为全国45家区域示范基地之一。\n\n"
            "入选国家第二批双创示范基地的学府产业园区(原太原高新技术产业开发区),目前共有各类入区企业3700余家。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == "太原高新区"


@pytest.mark.parametrize(("headline", "zone"), [
    ("茂名氢能产业基地选址国家高新区西南片区", "茂名高新区"),  # the one city's national zone
    ("宁波将加快推进国家高新区“一区多园”建设", "宁波高新区"),
    ("湛江需要国家级高新区", None),  # an aim, no zone yet
    ("全省国家高新区营收增长12%", None),  # the province's zones together
])
def test_a_headline_naming_one_city_and_its_national_zone_is_about_that_zone(headline, zone):
    page = f"中国石油报\n2026年5月8日 星期五\n\n{headline}\n\n近日，有关部门召开会议，研究部署园区建设工作。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == zone


def test_a_credit_naming_the_day_the_photo_was_shot_is_a_credit_in_no_text():
    page = ("雄安何以担重任？\n\n春天总有故事发生。雄安新区横空出世，承载着千年大计。\n\n"
            "俯瞰河北省容城县县城\n(新华社记者 杨世尧 4月1日摄)\n\n"
            "按照中央部署，河北雄安新区是又一具有全国意义的新区。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [(c.text, c.photographers) for c in article.captions] == [("俯瞰河北省容城县县城", ["杨世尧"])]
    assert "杨世尧" not in article.text and "全国意义" in article.text


def test_two_bare_lines_over_a_marked_headline_are_its_kicker_but_captions_under_a_series_label_stay_captions():
    page = ("医师报\n2024年8月8日 星期四\n\n优质医疗资源扩容下沉\n开放床位343张 医护人员202人\n"
            "## 聊城市人民医院高新区院区正式启用\n\n鲁网7月26日讯 7月26日，聊城市人民医院高新区院区启用仪式举行。\n\n"
            "组图\n庐阳区政务服务中心 7×24小时自助服务器\n庐阳区政务服务中心 跨省通办专区\n"
            "## 以“政府跑腿”换“企业减负”\n\n庐阳区全程代办服务正式启动，为重大项目提供全程免费代办服务。\n")
    result = parse_page(page, "p.txt")
    assert [(a.kicker, a.title) for a in result.articles if a.text and a.kind != "photo"][:1] == [
        ("优质医疗资源扩容下沉 开放床位343张 医护人员202人", "聊城市人民医院高新区院区正式启用")]
    assert not result.left_out, "a marked headline after the series' captions heads the next piece"
    assert result.articles[-1].title == "以“政府跑腿”换“企业减负”" and "全程代办" in result.articles[-1].text
    captions = [c.text for a in result.articles for c in a.captions]
    assert "庐阳区政务服务中心 7×24小时自助服务器" in captions


def test_under_a_label_numbering_its_items_a_paragraph_without_a_number_goes_on_the_item_above():
    page = (f"{ARTICLE}\n快讯\n\n1.衡阳高新区于1992年经省人民政府批准成立，2012年升级为国家高新区。\n\n"
            "7月21日，衡阳高新区召开“十四五”规划编制动员会，建立了联络人制度。\n\n"
            "2.怀化高新区坚持产城融合的发展理念，构建“一区两园”空间布局。\n")
    articles = parse_page(page, "p.txt").articles[1:]
    assert len(articles) == 2 and "联络人制度" in articles[0].text
    assert articles[1].zone == "怀化高新区"


def test_a_date_with_a_space_in_it_opens_no_numbered_item():
    page = (f"{ARTICLE}\n简讯\n\n11 月20 日，咸宁市成功举办“工友杯”高技能人才技能大赛。\n\n"
            "经过紧张激烈角逐，卫汉装备科技有限公司获得一等奖。\n\n"
            "12月5日，湖北省“工友杯”职工创业创新大赛成果展在宜昌高新区举办。\n")
    articles = parse_page(page, "p.txt").articles[1:]
    assert [a.text.split("，")[0] for a in articles] == ["11 月20 日", "12月5日"]
