"""The parser over the five seed pages and the hand-made awkward shapes."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from indexer.pages import read_page
from indexer.parse import parse_page

# Every article of every seed page: (title, zone, kind, authors), in page order.
SEED_ARTICLES = {
    "000_5c6340680174560a.txt": [
        ("襄阳高新区：“三力”引来“群凤栖”", "襄阳高新区", "feature", ["杨柳", "黄可", "肖阳", "王懿"]),
        ("乐山高新区：“链条式”育企关口前移", "乐山高新区", "brief", []),
        ("昆山高新区获信贷支持500亿元", "昆山高新区", "brief", ["金晓"]),
        ("无锡高新区： 13家小巨人企业入选国家队", "无锡高新区", "brief", ["王秀刚", "仇珩"]),
        ("济宁高新区： 着力打造青年人才集聚微生态", "济宁高新区", "brief", ["张嘉村", "刘政"]),
        ("平顶山高新区： 力促四级帮代办一次办好", "平顶山高新区", "brief", ["石艳蕾"]),
        ("广东省惠州市惠城区西湖智谷产业园举行产业生态圈启动暨战略合作…", None, "photo", ["龙跃梅"]),
    ],
    "001_01366610fb89b663.txt": [
        ("衡阳高新区全力招商引资建“五好”", "衡阳高新区", "feature", ["邓小山", "王慧", "项卉卉", "刘安"]),
        ("乐山高新区科技惠企行动促发展", "乐山高新区", "brief", ["尹恒吉"]),
        ("无锡高新区：143个重大项目完成投资247.04亿元", "无锡高新区", "brief", ["张安宇"]),
        ("济南高新区：上半年重大项目进场交易23.69亿元", "济南高新区", "brief", ["王帅"]),
        ("石嘴山高新区：“三跨”职工创新联盟揭牌", "石嘴山高新区", "brief", ["王文君"]),
        ("抚州高新区社会事业局联合钟岭街道象山社区开展暑假课堂第二课—…", "抚州高新区", "photo", []),
        ("景德镇高新区提升航空产业能级", "景德镇高新区", "brief", ["程业久"]),
    ],
    "002_8968b2ca1426f6e0.txt": [
        ("赣州高新区助推高企高质量发展", "赣州高新区", "feature", ["杨天卓", "戴国梁"]),
        ("连云港高新区加速培育专精特新", "连云港高新区", "brief", ["徐浩", "赵斯亮"]),
        ("鄂尔多斯高新区“三清零”见成效", "鄂尔多斯高新区", "brief", []),
        ("临江高新区(钱塘区): 上榜高质量发展建设共同富裕示范区", "临江高新区", "brief", ["郑雨欣"]),
        ("桂林高新区: “企业伴员”助26亿元新项目建成", "桂林高新区", "brief", ["徐莹波"]),
        ("珠海高新区: 15个重点项目投资总额超25亿元", "珠海高新区", "brief", ["朱高轩"]),
        ("自贡高新区首批驻外人才工作站——自贡高新区驻成都人才工作站分…", "自贡高新区", "photo", []),
    ],
    "003_b3fdcb65e7ab6180.txt": [
        ("苏州高新区跑出创新驱动“加速度”", "苏州高新区", "feature", ["施为"]),
        ("贵阳高新区:2020年7项经济指标增速达两位数", "贵阳高新区", "brief", ["曾帅"]),
        ("济宁高新区:“链条招商”打造特色产业集聚区", "济宁高新区", "brief", ["张阳"]),
        ("长治高新区:提档升级构建“十个一”产业新生态", "长治高新区", "brief", ["贾奕"]),
        ("中国科协“海智计划”基地 落户咸阳高新区", "咸阳高新区", "brief", ["戈清平"]),
        ("重庆九龙坡携手火石创造 共建中国生物医药产业互联网中心", None, "brief", ["李争粉"]),
        ("烟台高新区谋划2021年招商思路", "烟台高新区", "brief", ["孙晓玮"]),
        ("投资约150万元的平顶山高新区首个物流园区综合充电站项目即将…", "平顶山高新区", "photo", ["樊子嘉"]),
    ],
    "004_d8775a86bc729a6f.txt": [
        ("随州高新区营造招商护商新“航标”", "随州高新区", "feature", ["钟克波", "郭海洲"]),
        ("湘潭高新区：实行“专人+代办”管理专班服务", "湘潭高新区", "brief", ["刘澜"]),
        ("江门高新区：“民营企业税讲堂”开讲", "江门高新区", "brief", ["何榕", "卢春燕"]),
        ("宁波高新区：博士后工作站再增新动能", "宁波高新区", "brief", ["缪海鸿"]),
        ("徐州高新区彰显人才「强磁场」效应", "徐州高新区", "brief", ["闫石"]),
        ("为进一步深化校企合作,近日,广西自然资源职业技术学院机电工程…", "桂林高新区", "photo", []),
        ("洛阳高新区新增16家市级企业研发中心", "洛阳高新区", "brief", ["王思臣"]),
    ],
}

CREDIT_LEAK = re.compile(r"图片来源|/摄|记者/|►|本报讯")


def parse_file(path: Path):
    page = read_page(path)
    return parse_page(page.text, page.name)


def seed_articles(seeds_dir: Path, name: str):
    return parse_file(seeds_dir / name).articles


@pytest.mark.parametrize("name", sorted(SEED_ARTICLES))
def test_seed_page_articles(seeds_dir, name):
    found = [(a.title, a.zone, a.kind, a.authors) for a in seed_articles(seeds_dir, name)]
    assert found == SEED_ARTICLES[name]


@pytest.mark.parametrize("name", sorted(SEED_ARTICLES))
def test_no_caption_credit_or_byline_leaks_into_text(seeds_dir, name):
    for article in seed_articles(seeds_dir, name):
        assert not CREDIT_LEAK.search(article.text), article.title
        for author in article.authors:
            assert not article.text.rstrip().endswith(author), (article.title, author)
        if article.kind != "photo":
            for caption in article.captions:
                if caption.text:
                    assert caption.text not in article.text


def test_kicker_on_the_headline_line_is_split(seeds_dir):
    lead = seed_articles(seeds_dir, "000_5c6340680174560a.txt")[0]
    assert lead.kicker == "“链”上聚力 内控潜力 平台助力"
    assert [s.heading for s in lead.sections] == [None, "深挖潜力 老树发新枝", "智慧招商 精准提质效"]


def test_two_line_headline_and_two_level_subheadings(seeds_dir):
    lead = seed_articles(seeds_dir, "003_b3fdcb65e7ab6180.txt")[0]
    assert lead.kicker == "项目推进数量和服务“速度”双双刷出最新高度"
    assert [s.heading for s in lead.sections] == [
        None, "暖心 “手把手”服务就如及时雨", "贴心 开工进程搭乘了特快“专列”", "安心 让创业者无后顾之忧"]


@pytest.mark.parametrize("name, fragment", [
    ("001_01366610fb89b663.txt", "向衡阳高新区10个相关部门下达“任务书”"),   # across a photo and its caption
    ("001_01366610fb89b663.txt", "在前期敏锐地捕捉到了"),                       # fragment right under a sub-heading
    ("000_5c6340680174560a.txt", "2021年智能制造示范工厂和优秀场景名单"),       # plain column break
    ("000_5c6340680174560a.txt", "发布昆山高新区“‘一百百千’火炬贷”产品。“火炬贷”针对"),
    ("003_b3fdcb65e7ab6180.txt", "建设期内院所平台累计引进孵化科技型企业"),     # across a credit-only photo
    ("004_d8775a86bc729a6f.txt", "在随州大数据产业园成立全资子公司"),
])
def test_sentences_broken_across_columns_are_rejoined(seeds_dir, name, fragment):
    assert any(fragment in a.text for a in seed_articles(seeds_dir, name))


def test_captions_and_credits(seeds_dir):
    hengyang = seed_articles(seeds_dir, "001_01366610fb89b663.txt")[0]
    assert [(c.text, c.credit) for c in hengyang.captions] == [
        ("衡阳高新区政务中心首批“帮代办”专员正式上岗,变企业“找上门”为服务“送到家”。", "陈敏")]
    ganzhou = seed_articles(seeds_dir, "002_8968b2ca1426f6e0.txt")[0]
    assert [(c.text, c.credit) for c in ganzhou.captions] == [
        ("赣州吉锐新能源科技股份有限公司工作人员正在开展科研实验。", "赣州高新区")]
    xiangtan = seed_articles(seeds_dir, "004_d8775a86bc729a6f.txt")[1]
    assert [(c.text, c.credit) for c in xiangtan.captions] == [("", "湘潭高新区")]
    assert xiangtan.text.startswith("“手把手指导我们准备资料")


def test_photo_news_keeps_its_caption_and_credit(seeds_dir):
    photo = seed_articles(seeds_dir, "000_5c6340680174560a.txt")[-1]
    assert photo.captions[0].credit == "科技日报记者/龙跃梅"
    assert photo.text.endswith("签约入园。")


def test_zone_variants_are_normalised(seeds_dir):
    linjiang = seed_articles(seeds_dir, "002_8968b2ca1426f6e0.txt")[3]
    assert linjiang.zone == "临江高新区"
    leshan = seed_articles(seeds_dir, "000_5c6340680174560a.txt")[1]
    assert leshan.zones == ["乐山高新区", "重庆高新区"]   # 广安 is no national zone: never invented; verbs not taken


def test_policies_are_collected(seeds_dir):
    leshan = seed_articles(seeds_dir, "000_5c6340680174560a.txt")[1]
    assert leshan.policies == ["乐山高新区支持科技创新八条政策(试行)", "乐山高新区企业创新积分制工作实施方案"]


def test_dates_are_inferred_and_marked(seeds_dir):
    zhuhai = seed_articles(seeds_dir, "002_8968b2ca1426f6e0.txt")[5]
    assert (zhuhai.date.isoformat(), zhuhai.date_inferred) == ("2023-12-27", True)
    ordos = seed_articles(seeds_dir, "002_8968b2ca1426f6e0.txt")[2]
    # Ordos names no full date itself: it takes its page's, still marked inferred.
    assert (ordos.date.isoformat(), ordos.date_inferred) == ("2023-12-27", True)


def test_ids_are_stable_short_url_safe_and_unique(seeds_dir):
    ids = []
    for name in SEED_ARTICLES:
        first = [a.id for a in seed_articles(seeds_dir, name)]
        assert first == [a.id for a in seed_articles(seeds_dir, name)]
        ids += first
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[0-9a-f]{12}", i) for i in ids)


def test_json_has_exactly_the_documented_keys(seeds_dir):
    article = seed_articles(seeds_dir, "000_5c6340680174560a.txt")[0]
    assert set(article.to_json()) == {"id", "source", "title", "kicker", "subtitle", "zone", "zones", "date",
                                      "date_inferred", "kind", "authors", "sections", "captions",
                                      "policies", "dateline", "text", "newspaper", "issue_date", "page_number",
                                      "page_name"}


# --- hand-made pages -----------------------------------------------------------

def test_hand_made_two_level_headings(data_dir):
    feature, brief = parse_file(data_dir / "two_level_headings.txt").articles
    assert (feature.kicker, feature.title, feature.zone) == ("引题一句 再加一句", "襄阳高新区：主标题在第二行",
                                                             "襄阳高新区")
    assert [s.heading for s in feature.sections] == [None, "暖心 “手把手”服务就如及时雨", "贴心 第二个小标题"]
    assert "第二节正文在这里被栏目切断了。" in feature.text
    assert (brief.authors, brief.kind) == (["王五", "赵六"], "brief")
    assert brief.text.startswith("近日,丙丁高新区")


def test_hand_made_bare_markup(data_dir):
    result = parse_file(data_dir / "bare_markup.txt")
    assert [a.title for a in result.articles] == ["随江高新区营造招商新航标", "湘江高新区科技惠企行动促发展",
                                                  "岳江高新区：税讲堂开讲"]
    feature = result.articles[0]
    assert [s.heading for s in feature.sections] == [None, "“项目放随江,我放心”", "研判产业 测算项目收支"]
    assert "随江高新区招商小分队在前期敏锐地捕捉到了科技公司信息。" in feature.text
    assert result.articles[1].authors == ["尹恒吉", "张安宇"]
    assert result.articles[2].authors == ["徐浩", "赵斯亮"]
    assert result.notes and "belong to no article" in result.notes[0]
    assert all("说明文字" not in a.text for a in result.articles)


def test_hand_made_photos(data_dir):
    feature, photo, brief, last = parse_file(data_dir / "photos.txt").articles
    assert "向衡江高新区10个相关部门" in feature.text and "院所平台累计" in feature.text
    assert [(c.text, c.credit) for c in feature.captions] == [
        ("衡江高新区政务中心首批“帮代办”专员正式上岗。", "陈敏"), ("", "衡江高新区")]
    assert feature.authors == ["邓小山", "王文君"]
    assert (photo.kind, photo.zone, photo.captions[0].credit) == ("photo", "抚州高新区", "抚州高新区")
    assert (brief.title, brief.authors) == ("景江高新区提升航空产业能级", ["程业久"])
    assert (last.kind, last.authors, last.title) == ("photo", ["樊子嘉"], "平江高新区首个综合充电站即将投入运营")


def test_date_header_wins_over_inference(data_dir):
    (article,) = parse_file(data_dir / "dated_header.txt").articles
    assert (article.date.isoformat(), article.date_inferred) == ("2023-08-15", False)


@pytest.mark.parametrize("word, expected", [
    ("王帅", True), ("欧阳晓明", True), ("项卉卉", True), ("暖心", False), ("服务企业就是服务发展", False),
    ("王", False), ("代红玉", True), ("阎明", True), ("代表说", False), ("凤凰山", False),
])
def test_author_names_are_recognised_by_surname(word, expected):
    from indexer.parse import is_name
    assert is_name(word) is expected


def test_a_city_papers_generic_zone_is_its_citys_zone():
    page = ("郑州晚报\n2024年6月3日 星期一\n\n# 高新区召开全区领导干部大会\n\n"
            "本报讯 昨日，高新区召开全区领导干部大会，部署全年工作。\n")
    result = parse_page(page, "p.txt")
    assert result.page.newspaper == "郑州晚报"
    assert [a.zone for a in result.articles] == ["郑州高新区"]
    provincial = parse_page(page.replace("郑州晚报", "河南日报"), "p.txt")
    assert [a.zone for a in provincial.articles] == [None]  # a province has many zones


def test_a_city_papers_zone_is_not_one_a_name_sets_apart_but_is_where_firms_settle():
    page = ("咸阳晚报\n2024年6月3日 星期一\n\n# 西户高新区揭牌助力鄠邑区打造科技创新高地\n\n"
            "本报讯 昨日，西户高新区在鄠邑区揭牌，首批12家企业入驻。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == [None]  # 西户高新区: a name, not 咸阳's
    settled = page.replace("西户高新区在鄠邑区揭牌，首批12家企业入驻", "首批12家企业落户高新区")
    assert [a.zone for a in parse_page(settled, "p.txt").articles] == ["咸阳高新区"]


def test_a_place_and_a_colon_over_its_national_zone_names_that_zone():
    page = ("# 璧山:依托国家高新区打造金融创新高地\n\n"
            "本报讯 9月7日，市金融办副主任来璧调研金融创新工作，依托璧山国家高新区，璧山正积极打造金融创新高地。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["璧山高新区"]
    many = page.replace("璧山:依托国家高新区", "依托国家高新区")
    assert [a.zone for a in parse_page(many, "p.txt").articles] == [None]  # national zones at large


def test_a_zone_named_once_after_the_lead_is_the_subject_when_the_headline_names_its_place():
    page = ("## 生态也是生产力 璧山工业4年迈进“千亿俱乐部”\n\n璧山国家高新区。通讯员 曾清龙 摄\n\n"
            "华龙网5月14日6时讯（记者 欧武夷）璧山国家高新技术产业区内区，有一条双向8车道的聚金工业大道。\n\n"
            "众泰进驻璧山，首要理由就是“小而美的生态城”。近年来，一个个大项目在“绿城”落地生根。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["璧山高新区"]
    city = page.replace("璧山工业4年", "重庆工业4年")  # the city's name: the zone no more than pictured
    assert [a.zone for a in parse_page(city, "p.txt").articles] == [None]


def test_a_city_papers_generic_zone_in_a_list_of_other_cities_is_not_its_citys():
    page = ("郑州晚报\n2024年6月3日 星期一\n\n# 省科技厅召开高新区建设座谈会\n\n"
            "本报讯 昨日，省科技厅召开高新区建设座谈会，韶关、梅州、汕尾市政府和高新区管委会负责同志参加。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == [None]  # their 高新区, not 郑州's


def test_a_city_papers_generic_zone_in_a_sentence_naming_another_city_is_that_citys():
    # 锦州日报 prints 鞍山's news: the first 高新区 sentence names 鞍山, a city with a zone of its own
    page = ("锦州日报\n2024年6月3日 星期一\n\n# 鞍山市委书记王世伟到高新区调研\n\n"
            "本报讯 昨日，鞍山市委书记王世伟到高新区调研激光产业园建设。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["鞍山高新区"]
    local = page.replace("鞍山市委书记王世伟", "市委书记").replace("鞍山", "")
    assert [a.zone for a in parse_page(local, "p.txt").articles] == ["锦州高新区"]


def test_a_city_papers_generic_zone_under_another_places_headline_is_not_its_citys():
    page = ("唐山晚报\n2024年6月3日 星期一\n\n# 邢台：储能电池项目试产在即\n\n"
            "本报讯 近日，位于高新区的储能电池项目进入试产阶段，预计年底达产。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == [None]  # 邢台's 高新区, not 唐山's
    local = page.replace("邢台：", "")
    assert [a.zone for a in parse_page(local, "p.txt").articles] == ["唐山高新区"]


def test_a_city_papers_generic_zone_beside_other_places_zones_is_not_its_citys():
    # zones the gazetteer does not hold (provincial ones) of other places: a province's list, not the city's zone
    page = ("杭州日报\n2024年6月3日 星期一\n\n# 浙江14家省级高新技术产业园区出炉\n\n"
            "本报讯 省政府正式认定宁波江北等14家省级高新区。在高新区创建制下，诸暨高新区以环保装备为主攻方向。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == [None]


@pytest.mark.parametrize("said", ["我市高新区", "市高新区"])
def test_a_city_papers_own_city_zone_said_as_the_citys(said):
    page = ("河源晚报\n2021年7月19日 星期一\n\n# 绩效考核蝉联第一\n\n"
            f"本报讯 记者昨日获悉，{said}在省级高新区绩效考核中获得高分。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["源城高新区"]


def test_a_headline_on_one_zones_aim_to_be_a_national_zone_is_about_that_zone():
    page = ("# 争创一流国家级高新区\n\n惠州日报评论员\n\n习近平总书记的重要讲话催人奋进。\n\n"
            "仲恺高新区，这个29年前经国务院批准成立的国家级高新区，在“双区”时代肩负新使命。\n\n"
            "从全市层面看，仲恺高新区是全市电子信息产业发展的龙头。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.zone == "惠州仲恺高新区"


@pytest.mark.parametrize("visit", ["莅临高新区考察", "入驻高新区", "走访高新区企业"])
def test_a_city_papers_visit_verbs_before_its_generic_zone(visit):
    page = f"绵阳日报\n2013年3月12日 星期二\n\n# 青岛客商一行考察\n\n本报讯 3月7日，青岛客商一行{visit}。\n"
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["绵阳高新区"]


def test_a_data_boxs_source_names_no_zone_for_the_whole_page():
    page = ("黔东南日报\n2026.11.26 星期四\n第6版 园区·榜单\n\n# 遵义高新区累计到位资金633.89亿元\n\n"
            "遵义高新区累计引进企业235家。\n\n数据来源：遵义高新技术产业开发区\n\n# 安顺实现综合经济实力历史性跨越\n\n"
            "10月16日晚，党的二十大代表、安顺市市委书记围绕高新区发展作了介绍。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["遵义高新区", None]


def test_a_news_mark_naming_a_city_gives_no_author_and_the_citys_zone_to_its_bare_gaoxinqu():
    page = ("濮阳早报\n2026年3月2日 星期一\n\n# 旌旗高舞风帆劲 破浪前行正当时\n\n"
            "【平顶山讯】记者近日到高新区伊顿公司采访时看到，干净整洁的车间里工人们正忙着生产。\n\n"
            "# 焦作：“拼”项目开新局\n\n【焦作讯】（记者 陈学桦）2月21日，焦作市一季度开发区高质量发展推进会召开。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.zone, a.authors) for a in articles] == [("平顶山高新区", []), (None, ["陈学桦"])]


def test_a_byline_over_the_first_headline_is_its_pieces_and_a_sentence_set_under_hash_divides_it():
    page = ("抚顺日报\n2026年3月10日 星期二\n\n经济日报评论员\n# 奋力闯出新时代东北振兴之路\n\n"
            "振兴东北地区等老工业基地是我国的重大发展战略。\n\n# 奔跑，是知重负重、迎难而上的勇毅和担当。\n\n"
            "沈阳是我国重要的装备制造业基地。\n\n# 沈阳高新区新增高企120家\n\n本报讯 近日，沈阳高新区公布名单。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, str(a.kind)) for a in articles] == [("奋力闯出新时代东北振兴之路", "commentary"),
                                                         ("沈阳高新区新增高企120家", "brief")]
    assert [s.heading for s in articles[0].sections][1:] == ["奔跑，是知重负重、迎难而上的勇毅和担当。"]
    bylined = parse_page("本报记者 张建平\n# 襄阳高新区：处处皆风景\n\n盛夏时节，襄阳高新区生机盎然。\n", "p.txt")
    assert bylined.articles[0].authors == ["张建平"]
    # a byline-like line in the page's header block is the header's, reported and no author
    headed = parse_page("匯流新聞網\n地方新聞｜苗栗 專題報導\n2025年12月19日 星期五\n\n"
                        "# 苗栗產業轉型\n\n苗栗縣正迎來產業轉型。\n", "p.txt")
    assert headed.articles[0].authors == [] and headed.left_out


def test_a_sentence_broken_at_a_date_and_its_weekday_down_a_page_never_dates_the_page():
    page = ("陇东报\n2026年4月16日　星期四\n第5版　答记者问\n\n关中—天水经济区发展规划发布会答问摘登\n\n"
            "【答记者问】\n记者从国务院新闻办公室获悉，国务院\n新闻办于2009年6月25日(星期四)上\n"
            "午10时举行新闻发布会，介绍关中—天水\n经济区发展规划有关情况。\n")
    result = parse_page(page, "p.txt")
    assert [a.date for a in result.articles] == [dt.date(2026, 4, 16)]


def test_a_headlines_bare_gaoxinqu_is_the_one_zone_its_text_names_however_late():
    page = ("余姚日报\n2026年5月8日 星期五\n\n# 高新区33个项目集中签约和开竣工\n\n"
            "“打造一流城市，跻身第一方阵。”号角催人进，实干勇担当！\n\n"
            "2月2日，宁波高新区举行重大项目集中签约、开工、竣工活动。\n")
    assert parse_page(page, "p.txt").articles[0].zone == "宁波高新区"


def test_a_letter_spaced_label_or_headline_reads_as_its_word_never_as_names():
    page = ("寿光日报\n2026年5月20日 星期三\n\n■园 区 动 态\n\n1.近日，寿光高新区举行项目签约活动，"
            "5个项目落户。\n\n营 口 辽 阳 高 新 区 揭 牌\n\n3月1日上午，营口国家高新技术产业开发区揭牌，"
            "同日，辽阳国家高新技术产业开发区揭牌。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.authors for a in articles] == [[], []]
    assert articles[1].title == "营口辽阳高新区揭牌" and articles[1].zone is None


def test_a_headlines_last_word_broken_onto_a_line_of_its_own_is_joined_back():
    page = ("衡水晚报\n2026年4月22日 星期三\n\n## 承德高新区:勇敢担当 再造一个新承\n德\n"
            "不久前,荣森海姆输送系统公司在承德高新区顺利投产。\n\n"
            "## 北京经开区产业项目投资比重超五\n成\n\n北京奔驰汽车技改项目、小米智能制造产业基地项目开工。\n")
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["承德高新区:勇敢担当 再造一个新承德", "北京经开区产业项目投资比重超五成"]


def test_an_english_weekend_page_dates_itself_and_keeps_its_section_line_and_foot_out_of_its_pieces():
    page = ("CHINA DAILY USA\nchinadailyusa.com\nFRIDAY-SUNDAY, JUNE 12-14, 2026 | WEEKEND EDITION\n"
            "REGIONAL | WESTERN CHINA 14\n\nInnovative enterprises flock to Chengdu\n- By YUAN SHENGGAO\n\n"
            "Chengdu gives entrepreneurs a strong sense of belonging. The city has become a magnet for startups.\n\n"
            "Editor: ZHANG CHUNYAN  |  Designer: WANG JIE  |  Page 14\n"
            "To subscribe, visit chinadailyusa.com/subscribe  |  Follow us on social media @ChinaDailyUSA\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.date, article.authors) == (
        "Innovative enterprises flock to Chengdu", dt.date(2026, 6, 12), ["YUAN SHENGGAO"])
    assert "Page 14" not in article.text and "subscribe" not in article.text and "WESTERN" not in article.text


def test_a_headline_made_of_a_per_cent_figure_is_no_debris():
    page = ("新疆法治报\n2026年4月28日 星期二\n\n1476件\n乌鲁木齐知识产权法庭共受理知识产权案件1476件。\n\n"
            "41%\n记者从乌鲁木齐市高新区(新市区)政府获悉,高新技术企业占全新疆的41%。\n")
    assert [a.title for a in parse_page(page, "p.txt").articles] == ["1476件", "41%"]


def test_a_short_unpunctuated_line_between_finished_paragraphs_is_an_uncredited_caption():
    page = ("湖南工人报\n2026年5月1日 星期五\n\n**首个“株洲工匠日”燃动制造名城**\n"  # headlines marked, text bare
            "10月25日是“株洲工匠日”。株洲高新区召开工匠表彰大会。\n获奖职工上台领奖\n"
            "作为新中国首批重点建设的8个工业城市之一，株洲工匠辈出。\n工人在株洲高新区生产车间内加工零件。\n"
            "今年以来，株洲高新区新增技能人才3000余名。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == ["获奖职工上台领奖", "工人在株洲高新区生产车间内加工零件。"]
    assert "获奖职工" not in article.text and "加工零件" not in article.text
