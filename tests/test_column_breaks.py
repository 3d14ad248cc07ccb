"""Pages in markups the corpus pages are rewritten in (tests/quality/markup_variants.py):
an OCR that broke every paragraph, caption and tagged item at a narrow
column's width, where a line that fills the column says nothing of where a
piece starts; a page that indents its paragraphs and sets headings flush."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer import lines
from indexer.lines import type_lines
from indexer.model import LineKind
from indexer.parse import parse_page

HEADER = "扬子晚报\n2025年11月20日　星期四\n\n"
REPORT = ("高新区人才新政落地\n"
          "本报讯（记者　张明）近日，常州高新区发布人\n"
          "才新政十条，对新引进的博士给予最高50万元\n"
          "安家补贴，对高层次人才创办的企业给予最高\n"
          "500万元项目资助。据了解，新政实施一个月\n"
          "以来，已有120余名青年人才提交申请，涉及\n"
          "新能源、生物医药和智能制造等产业领域。\n\n")


def test_a_zone_tagged_item_the_column_broke_is_an_item_not_a_headline():
    page = (HEADER + REPORT + "园区快讯\n"
            "【常州国家高新区】在第19届中国常州科技\n"
            "经贸洽谈会开幕式上，常州国家高新区4个产\n"
            "业类项目和1个基金类项目成功签约，分别涉\n"
            "及光伏新能源、汽车零部件等领域。\n"
            "【连云港经开区】2020年以来，连云港经\n"
            "济技术开发区新材料产业厚积薄发，总投资百\n"
            "亿级的光电新材料产业园全面铺开。\n")
    articles = parse_page(page, "p.txt").articles
    assert "在第19届中国常州科技" not in [a.title for a in articles]
    item = next(a for a in articles if "常州科技经贸洽谈会" in a.text)
    assert item.text.startswith("在第19届中国常州科技经贸洽谈会开幕式上") and "光电新材料" not in item.text


def test_a_caption_the_column_broke_keeps_all_its_lines_when_its_credit_is_glued_to_the_last():
    page = (HEADER + REPORT + "“不夜的工厂”\n"
            "8月6日晚在长沙经开区拍摄的三一重工厂房\n"
            "夜景。新华社记者　白田田　摄\n"
            "8月6日晚，工人在三一重工18号厂房泵送\n"
            "装配生产线上作业。新华社记者　白田田　摄\n")
    captions = [c.text for a in parse_page(page, "p.txt").articles for c in a.captions]
    assert "8月6日晚在长沙经开区拍摄的三一重工厂房夜景。" in captions
    assert "8月6日晚，工人在三一重工18号厂房泵送装配生产线上作业。" in captions


def test_a_paragraph_ending_on_a_source_is_no_broken_caption():
    # 新华报业网 glued to a paragraph's end names where the text comes from, not a photographer
    # (a corpus page: a page made up here did not type the source as a credit)
    page = Path(__file__).parent / "quality" / "pages" / "133-ouzhouqiaobao-hardwrap.txt"
    article = next(a for a in parse_page(page.read_text("utf-8"), page.name).articles
                   if a.title == "南京与长江，相依更相生")
    assert "骆敏舟辞去中科院的职务" in article.text


def test_a_column_wide_headline_over_a_report_opening_on_its_date_is_a_headline():
    page = (HEADER + REPORT + "张江（贵安）高科技产业园建设如火如荼推进\n"
            "6月3日，位于贵阳大数据科创城的贵安新区\n"
            "上海张江软件产业园A区项目施工现场，塔吊\n"
            "林立、机器轰鸣，百余名工人开展作业。\n")
    articles = parse_page(page, "p.txt").articles
    assert articles[-1].title == "张江（贵安）高科技产业园建设如火如荼推进"
    assert articles[-1].text.startswith("6月3日，位于贵阳大数据科创城")


@pytest.mark.parametrize("opening", ["近年来，", "今年以来，", "2012年以来，", "5月26-28日，", "2018年6月，",
                                     "2024年，", "10月11日获悉，", "今天(5月28日)，"])
def test_a_column_wide_headline_over_a_report_opening_on_a_period_is_a_headline(opening):
    # …以来，, 近年来，, a span of days, a month, a year, what was learnt that day: a time and a comma open a
    # sentence, never go on with the line above
    body = f"{opening}鄠邑区通过招商引资和产业升级，不断推动区域经济高质量发展，新签约项目十二个，总投资八十亿元。"
    column = "\n".join(body[k:k + 21] for k in range(0, len(body), 21))  # REPORT's column width
    page = HEADER + REPORT + "西户高新区揭牌助力鄠邑区打造科技创新高地\n" + column + "\n"
    typed = {line.text: line.kind for line in type_lines(page)}
    assert typed["西户高新区揭牌助力鄠邑区打造科技创新高地"] == LineKind.HEADING
    assert any(text.startswith(opening) for text, kind in typed.items() if kind == LineKind.PARAGRAPH)


def test_a_column_wide_kicker_ending_on_a_dash_after_a_finished_text_heads_the_next_piece():
    page = (HEADER + REPORT + "为常熟氢能全产业链布下“关键一环”——\n"
            "重塑科技常熟产业化基地竣工投产\n"
            "8月3日，重塑科技常熟产业化基地竣工投产\n"
            "仪式在江苏常熟高新区举行，苏州市副市长\n"
            "吴晓东等出席仪式并共同启动投产按钮。\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.kicker, a.title) for a in articles][-1] == ("为常熟氢能全产业链布下“关键一环”——",
                                                           "重塑科技常熟产业化基地竣工投产")


def test_a_bracket_in_prose_the_column_broke_leaves_both_lines_text():
    page = (HEADER + REPORT + "作为“核心中的核心”，温州高新区（浙南科\n"
            "技城）云创社区初步设计方案近日敲定，规划\n"
            "融入高新科创、乐活生活、高端配套，打造\n"
            "“科创+人才型”社区新标杆。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title == "高新区人才新政落地" and "温州高新区（浙南科技城）云创社区" in article.text


def test_a_date_the_column_broke_is_no_headline_over_the_rest():
    # guard: …截至2023年 / 6月3日，… is one sentence broken inside its date
    page = (HEADER + REPORT + "据统计，高新区高新技术企业截至2023年\n"
            "6月3日，全区高新技术企业总数突破600家，\n"
            "占全市的一半以上。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert article.title == "高新区人才新政落地" and "截至2023年6月3日" in article.text


def test_a_long_line_opening_on_a_lead_in_is_never_a_long_headline():
    page = (HEADER + "报社动态\n\n"
            "本报讯（翁龙航 通讯员 赵若果 记者 王力）陕西农村报铜川市公路局“记者采访基地”在\n\n"
            "210国道金锁关治超检测站正式挂牌成立。本报新闻调查部主任黄河等10多人参加了本次活动。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "本报讯" not in article.title and article.authors == ["翁龙航", "赵若果", "王力"]


def test_a_column_wide_line_opening_on_a_time_is_a_paragraph_though_a_quotation_closes_it():
    page = (HEADER + REPORT + "链接\n"
            "走进商丹园区，到处是一派你追我赶的火热场面\n"
            "，商洛电厂工地上，多支施工队正同步施工。\n"
            "近八年来，商丹园区积极抢抓国家“一带一路”\n"
            "战略和商洛中心城市核心版块建设机遇，初步形\n"
            "成了太阳能光伏、新能源汽车等主导产业。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert "近八年来，商丹园区积极抢抓国家“一带一路”战略" in article.text
    assert article.text.startswith("走进商丹园区")


def test_a_phrase_after_a_reports_opening_paragraph_is_its_first_part():
    page = (HEADER + "生态激活经济，创新引领璧山“绿色崛起”\n"
            "华龙网9月11日13时30讯（记者 欧武夷）\n"
            "今年上半年，重庆市璧山区地区生产总值\n"
            "完成255.2亿元，同比增长10.6%，增\n"
            "速位居重庆渝西片区首位。发展动力从何而来？\n"
            "生态优先绿色发展\n"
            "金山银山就是绿水青山。良好的生态环境\n"
            "，是最珍贵的公共产品。近年来，璧山秉\n"
            "承“生态优先、绿色发展”这一理念，打\n"
            "造“深绿城市”，强化宜居功能。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [s.heading for s in article.sections] == [None, "生态优先绿色发展"]
    assert (article.kind, article.authors) == ("feature", ["欧武夷"])


def test_captions_a_column_broke_under_a_photo_series_label_are_one_photo_each():
    page = (HEADER + REPORT + "组图\n"
            "位于经开区的中科华霖（河南）新材料项目总投\n"
            "资5.1亿元，占地面积90.8亩。\n"
            "1月23日上午，河南中轴股份有限公司车间内\n"
            "，工人们正在打磨汽车发动机用凸轮轴。\n")
    photos = [a for a in parse_page(page, "p.txt").articles if a.kind == "photo"]
    assert [p.captions[0].text for p in photos] == [
        "位于经开区的中科华霖（河南）新材料项目总投资5.1亿元，占地面积90.8亩。",
        "1月23日上午，河南中轴股份有限公司车间内，工人们正在打磨汽车发动机用凸轮轴。"]


def test_a_column_wide_headline_over_a_report_opening_on_a_span_of_days_is_a_headline():
    page = (HEADER + REPORT + "连博会期间海外华文媒体来连采访采风活动\n"
            "9月19日至21日，第五届连博会在市工业展\n"
            "览中心举办，来自加拿大、日本、韩国的主流\n"
            "华文媒体相约港城。\n")
    assert parse_page(page, "p.txt").articles[-1].title == "连博会期间海外华文媒体来连采访采风活动"


def test_a_caption_saying_what_the_photo_shows_keeps_the_lines_a_column_broke_off_it():
    page = (HEADER + "自贸“试验田”创新释放新动能\n"
            "图为中源协和细胞基因工程股份有限公司的科\n"
            "研人员在免疫实验室进行实验。\n"
            "日前，记者走进中国（天津）自由贸易试验区\n"
            "，了解到自贸区挂牌以来已累计推出多项制度\n"
            "创新举措，其中多项在全国复制推广。\n"
            + REPORT)
    article = parse_page(page, "p.txt").articles[0]
    assert [c.text for c in article.captions] == [
        "图为中源协和细胞基因工程股份有限公司的科研人员在免疫实验室进行实验。"]
    assert "免疫实验室" not in article.text


def test_an_issue_number_inside_a_sentence_the_column_broke_is_text_not_the_colophon():
    page = ("齐鲁网　iqilu.com\n\n问政回头看：济南高新区闲置园区迎来新企业\n"
            "齐鲁网·闪电新闻10月21日讯 今晚，《问\n"
            "政山东》播出第115期，济南高新区、青岛高\n"
            "新区、烟台高新区、淄博高新区负责同志来到\n"
            "问政现场，接受问政回头看。节目播出后，济\n"
            "南高新区管委会高度重视、立即进行整改。记\n"
            "者再次来到之前采访的园区探访，发现如今的\n"
            "情形已经大不一样，不少企业已经入驻园区。\n\n"
            "山东代表团向境内外媒体开放\n"
            "齐鲁网·闪电新闻3月8日讯 3月6日下午，\n"
            "十四届全国人大二次会议山东代表团举行全体\n"
            "会议，审议政府工作报告，并向境内外媒体开\n"
            "放。\n")
    first, second = parse_page(page, "p.txt").articles
    assert "播出第115期，济南高新区、青岛高新区" in first.text
    assert second.zone is None, "a sentence of the first article is no masthead naming the page's zone"


@pytest.mark.parametrize(("page", "titles"), [
    # a bar or star before a flush heading is its mark, as on any page
    ("▍浦东｜2022年新增上市企业占全市43%\n"
     "　　中新网上海1月17日电（谢梦圆）17日，记者从上海浦东新区金融工作局了解到，浦东上市公司228家。\n"
     "　　在12家新增的科创板上市公司中，生物医药企业8家、集成电路企业4家。（完）\n"
     "◎光谷｜上市公司总数达到60家\n"
     "　　1月15日上午，湖北省两会召开第二场新闻发布会，介绍了东湖高新区的发展情况。\n"
     "　　全年新增企业超2万家、总数突破12万家，新增上市公司7家。\n",
     ["浦东｜2022年新增上市企业占全市43%", "光谷｜上市公司总数达到60家"]),
    # a bracketed headline set flush loses its brackets
    ("【湘湖镇：真情服务勇担当　企业致谢送锦旗】\n"
     "　　近日，江西景光电子有限公司负责人将一面锦旗送至湘湖镇人民政府，感谢政府为企业解难。\n"
     "　　锦旗虽小，情谊却浓。\n"
     "【一封来自疫情防控一线的感谢信】\n"
     "　　近日，南京市测绘勘察研究院股份有限公司收到一封感谢信。\n",
     ["湘湖镇：真情服务勇担当 企业致谢送锦旗", "一封来自疫情防控一线的感谢信"]),
])
def test_a_flush_heading_on_an_indented_page_loses_its_marks(page, titles):
    assert [a.title for a in parse_page(HEADER + page, "p.txt").articles] == titles


def test_a_headline_with_its_byline_at_the_end_set_flush_on_an_indented_page_is_both():
    page = (HEADER + "科技绵阳 百闻不如一见　□记者 王望\n"
            "——访兰州日报总编辑助理汪世伟\n"
            "　　在参加“百家党报总编重走绵阳看创新”活动前，汪世伟对绵阳已有所了解。\n"
            "　　参观了涪城区燕景堂科技孵化中心后，他说科技创新在绵阳无处不在。\n"
            "　　“中国科技城·绵阳国际科技博览会早有耳闻，这次终于看到了。”汪世伟说。\n"
            "　　他表示，回去后将在兰州日报上推出系列报道，介绍绵阳的创新经验。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert (article.title, article.authors) == ("科技绵阳 百闻不如一见", ["王望"])


def test_the_end_of_a_figure_the_column_broke_is_text_not_debris():
    page = (HEADER + "中新吉林食品区：实干争先　经济质效实现新跃升\n"
            "年初以来，中新吉林食品区牢牢把握推动\n"
            "高质量发展这条主线，凝心聚力抓项目、\n"
            "促招商、兴产业，经济运行呈现稳中向好\n"
            "态势。上半年，规模工业总产值同比增长\n"
            "81.6%，固定资产投资同比增长17\n"
            ".8%。\n"
            "中新食品区重点项目建设进展迅速。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "固定资产投资同比增长17.8%。" in article.text


def test_a_lead_the_column_broke_over_its_byline_keeps_headline_lead_and_text_together():
    page = ("界面新闻·区域经济周刊\n2023-12-15　星期五\n\n"
            "盘点171城“新质生产力”上市公司：北京、深圳、上海、苏州领跑\n"
            "北京以193家高居榜首，深圳以177\n"
            "家紧随其后。上海和苏州分别以165家\n"
            "和109家位列第三和第四。\n"
            "界面新闻记者 | 毛盾\n"
            "随着全球化和资本市场的不断深化，中国\n"
            "企业在A股、港股、美股等市场的上市活\n"
            "动日益频繁，上市公司数量与市值规模持\n"
            "续扩大，各地区产业结构各具特色，上市\n"
            "公司有着明显的区域特征和行业特征。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.title.startswith("盘点171城") and article.authors == ["毛盾"]
    assert "北京以193家高居榜首" in article.text and "随着全球化" in article.text


@pytest.mark.parametrize("under", ["　　17日，由深圳市投资推广署主办的签约仪\n",
                                   "来源：时刻新闻\n17日，由深圳市投资推广署主办的签约仪\n"],
                         ids=["indented", "source"])
def test_a_column_wide_headline_over_an_indented_paragraph_or_its_source_is_a_headline(under):
    # a wrapped line's rest is never indented, and never a field (来源：…): the line over one ends there
    page = (HEADER + REPORT + "光明新区与长沙高新区签署战略合作备忘录\n" + under
            + "式在长沙举行，双方将在人才、产业和科技创\n新等领域开展全方位合作。\n")
    articles = parse_page(page, "p.txt").articles
    assert "光明新区与长沙高新区签署战略合作备忘录" in [a.title for a in articles]
    assert any(a.text.startswith("17日，由深圳市投资推广署") for a in articles)


def test_an_indented_first_line_the_column_broke_is_text_whatever_its_words_look_like():
    # a paragraph's first line opens on the words of the headline (a two-part phrase, spaced): indented, with
    # its rest flush under it, it is text
    page = (HEADER + "“走基层　看纺织”经编万里行活动落下帷幕\n\n"
            "　　5月6日，“走基层　看纺织”经编万里\n行活动最后一站来到浙江杨汛桥，至此，为\n期一年的活动落下帷幕。\n"
            "　　“走基层　看纺织”经编万里行活动由\n中国纺织工业联合会指导，历时一年，先后\n"
            "走进浙江海宁、常熟梅里、江苏常州。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["“走基层 看纺织”经编万里行活动落下帷幕"]
    assert "活动由中国纺织工业联合会指导" in articles[0].text.replace("\n", "")


def test_a_column_wide_line_under_an_editors_line_opens_the_next_piece():
    # 责任编辑 closes a piece: the line under it, however wide, is the next one's headline
    page = (HEADER + REPORT + "责任编辑：王　丹\n"
            "甘肃省将新设4个省级高新技术产业开发区\n"
            "甘肃省政府办公厅近日向张掖市、金昌市、\n"
            "酒泉市人民政府印发同意设立4个省级高新\n区的批复。\n")
    articles = parse_page(page, "p.txt").articles
    assert "甘肃省将新设4个省级高新技术产业开发区" in [a.title for a in articles]


@pytest.mark.parametrize("under", ["图为市长张焕秋在高新区了解重点项目建设情况。\n江城日报记者/丁子航\n"
                                   "本报讯 7月2日、3日，市长张焕秋带领全市重\n",
                                   "本报讯 7月2日、3日，市长张焕秋带领全市重\n"],
                         ids=["caption", "lead-in"])
def test_a_column_wide_headline_over_a_caption_or_a_lead_in_is_a_headline(under):
    page = (HEADER + REPORT + "吉林市长张焕秋带队督查高新区项目建设情况\n" + under
            + "点工作推进落实督查组，到吉林高新区督查项\n目建设情况。\n")
    articles = parse_page(page, "p.txt").articles
    assert "吉林市长张焕秋带队督查高新区项目建设情况" in [a.title for a in articles]


def test_a_line_of_names_the_column_broke_out_of_a_list_is_text_not_a_byline():
    page = (HEADER + REPORT + "枣庄高新区7个重点项目集中启动\n"
            "10月9日上午，枣庄市重点项目建设集中\n启动活动举行。高新区党工委书记、管委会\n"
            "主任王广部，区级领导夏同强、韩昉、张冲、\n马峰、谢辉、邓兴、张忠良、田家增、王鹏\n"
            "伟、赵月彦在我区分会场收看了启动活动。\n")
    article = next(a for a in parse_page(page, "p.txt").articles if a.title.startswith("枣庄高新区"))
    assert article.authors == [] and "马峰、谢辉、邓兴" in article.text and "赵月彦" in article.text


@pytest.mark.parametrize("rest", ["奋力开创“又高又新”高质量发展新局面", "打造“中国电谷”"])
def test_a_zones_headline_broken_at_its_colon_is_one_headline(rest):
    page = (HEADER + REPORT + "郑州高新区：\n" + rest + "\n"
            "十月以来，郑州高新区“好戏连台”：全省\n第二期“三个一批”活动主会场设在郑州\n高新区。\n")
    articles = parse_page(page, "p.txt").articles
    assert f"郑州高新区：{rest}" in [a.title for a in articles]


def test_a_triangle_before_a_sites_name_between_indented_paragraphs_is_a_caption():
    # ▲ bullets a headline (▲江北新区崛起两大千亿级产业集群) or points at a photo: a site's name alone is a caption
    page = ("太原晚报\n2024年11月20日　星期三\n\n山西长治高新区全方位推动高质量发展\n"
            "　　近年来，长治高新区坚持创新驱动，氢能产业链条加速成形。\n▲中极氢能产业生态基地\n"
            "　　在推动信创产业上，园区引进龙芯国产化CPU生产线，形成完整生态。\n▲龙芯信创产业园\n"
            "　　下一步，长治高新区将继续壮大氢能、信创等新兴产业集群。\n"
            "　　园区还将完善配套服务，为企业发展提供全周期保障。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == ["中极氢能产业生态基地", "龙芯信创产业园"]
    assert "在推动信创产业上" in article.text


def test_flush_lines_right_under_each_other_on_an_indented_page_are_one_heading_commas_or_not():
    page = ("解放日报\n2025年7月28日　星期一\n\n中国经济样本观察·县域样本篇\n从咸菜小镇到“科学之城”，硬核张江这样炼成\n"
            "　　上海市浦东新区腹地，有一块220平方公里的土地。\n　　这就是张江科学城。\n"
            "　　30多年前，这里还是一片乡野沃土。\n　　今年前三季度，张江集成电路、生物医药产业规模再创新高。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.kicker == "中国经济样本观察·县域样本篇"
    assert article.title == "从咸菜小镇到“科学之城”，硬核张江这样炼成"


def test_a_name_the_column_broke_at_a_lines_end_is_no_signature_closing_the_piece():
    # …咋有底气了?于恩 / 胜笑答:…: the line ends on half a name at the column's width, the text goes on
    page = ("铁岭日报\n2026年8月20日 星期四\n\n沈阳“东部空间”突破单纯旅游局限\n"
            "新华网辽宁频道讯:据沈阳日报报道,“昔\n日的王滨沟乡穷,穷得乡党委书记于恩胜到\n区里开会都抬不起头。\n"
            "进入2006年,于恩胜有了笑模样,再到\n区里开会,腰板挺直了。咋有底气了?于恩\n"
            "胜笑答:“借了沈阳东部大开发的光。”\n可不,当沈阳确定发展“四大空间”后,王\n"
            "滨沟乡这个东陵区的穷乡镇变成了投资热土,\n尤其是辽宁建华管桩有限公司这个“管桩王”\n的投产,撑起了乡财政的半壁江山。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert "于恩胜笑答" in article.text and not article.authors


def test_a_comma_headline_wider_than_the_column_that_broke_the_text_is_the_next_headline():
    # no blank line under it, but no text line of this page is that wide
    page = ("边城晚报\n2026年3月5日 星期四\n\n怀化高新区打造千亿产业集群\n生产线正在高速运转,厚重的玻璃将500\n"
            "多米长的生产线隔开,生产线内温度达几千\n摄氏度,而工人则在温度适宜的全自动化操\n作室内,对玻璃制造加工流程进行实时检测。\n\n"
            "抢抓“十四五”发展新机遇,衡阳高新区加速产业集群化发展\n衡阳高新区于1992年经省人民政府批准\n"
            "成立,2012年8月19日经国务院批准\n升级为国家高新区(以下统称高新区)。\n")
    assert [a.zone for a in parse_page(page, "p.txt").articles] == ["怀化高新区", "衡阳高新区"]


def test_on_a_page_setting_no_blank_line_between_paragraphs_a_comma_line_after_one_heads_a_piece():
    text = "".join(f"河套深圳园区第{n}批项目签约落地,总投资超过十亿元,带动上下游企业集聚。\n" for n in range(1, 5))
    page = ("訊報\n2026年3月12日 星期四\n\n河套香港青年科創谷啟動\n" + text + "\n"
            "3平方公里,1.5萬科研人: 深圳CBD,想再贏一次\n在960萬平方公里的中國土地上,3.02平方公里是肉眼難辨的一塊。\n"
            + text)
    titles = [a.title for a in parse_page(page, "p.txt").articles]
    assert titles == ["河套香港青年科創谷啟動", "3平方公里,1.5萬科研人: 深圳CBD,想再贏一次"]


def test_topics_joined_by_a_middle_dot_between_pieces_are_a_sections_label_not_a_headline():
    page = ("武汉商报\n2026年11月20日 星期五\n\n光谷商圈夜经济消费蝉联全国TOP5\n\n"
            "记者从东湖高新区获悉，光谷商圈夜经济消费连续两年位列全国前五。\n\n"
            "招聘·就业\n三天两夜，北上学子“试住”光谷\n湖北日报全媒记者 刘洁\n"
            "百闻不如一见。11月13日，武汉光谷迎来一批北方高校的毕业生。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["光谷商圈夜经济消费蝉联全国TOP5", "三天两夜，北上学子“试住”光谷"]
    assert articles[1].authors == ["刘洁"]


def test_a_bracketed_label_over_numbered_items_after_a_text_is_their_column_not_a_sub_heading():
    page = ("黄三角早报\n2025年12月3日 星期三\n\n国家盐碱地综合利用技术创新中心项目落户黄三角农高区\n"
            "该项目位于黄三角农高区,占地面积237.4亩,总建筑面积5.2万平方米。\n\n【金融活水 润泽盐碱地】\n"
            "1.农发行山东省分行牢记嘱托,全力支持盐碱地综合利用。\n2.农发行东营市河口区支行充分发挥政策性金融作用。\n"
            "3.建设银行东营分行主动扛起金融国企责任。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.text[:5] for a in articles[1:]] == ["农发行山东", "农发行东营", "建设银行东"]


def test_a_spaced_headline_over_a_lead_in_the_column_broke_is_no_table():
    # a headline of phrases set apart and a lead-in ending on the first digits of its date (…何世春)11 /
    # 月21日…): two spaced lines with a digit, yet a report's first words are never a table's row
    page = (HEADER + REPORT + "把握行业机遇 加快创新转型 推动汽车及零部件产业做大做强\n"
            "本报讯 (记者 张玉菁 何世春)11\n"
            "月21日上午,市长潘国强主持召开汽车\n"
            "及零部件企业座谈会,面对面听取企业发\n"
            "展情况和意见建议。\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert article.title == "把握行业机遇 加快创新转型 推动汽车及零部件产业做大做强"
    assert article.authors == ["张玉菁", "何世春"]


def test_a_kicker_over_a_headline_opening_on_a_place_is_no_broken_headline():
    # a verbless phrase over a line that names its own subject (a place) and has a verb: a 引题 over its
    # title, not one clause the column broke (第五届高校院所河南科技 / 成果博览会在新乡举行 is one)
    page = (HEADER + REPORT + "天桥工业经济核心引擎\n"
            "济南新材料产业园规上工业企业数量占全区71.9%\n"
            "聚焦动能培育,打造创新服务活力区。一是建设\n"
            "科创平台赋能,与山东大学等高校机构共建产学\n"
            "研平台,济大科技园已培育科技企业103家。\n")
    heads = [line.text for line in type_lines(page) if line.kind == LineKind.HEADING]
    assert "天桥工业经济核心引擎" in heads and "济南新材料产业园规上工业企业数量占全区71.9%" in heads


def test_a_headline_with_a_comma_over_its_source_after_a_finished_text_opens_a_piece():
    page = (HEADER + REPORT + "产、城、人深度融合,济南高新区“四高”建设成色足\n"
            "信息来源：济南高新技术产业开发区管理委员会\n"
            "土地要素是项目建设的重要支撑。今年上半年,\n"
            "高新区累计完成土地供应18537亩,供地面积\n"
            "总量领跑全市,单宗供地面积创全省纪录。\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["高新区人才新政落地", "产、城、人深度融合,济南高新区“四高”建设成色足"]
    assert articles[-1].text.startswith("土地要素是项目建设的重要支撑")


def test_a_column_wide_line_over_a_headline_wider_than_the_column_is_its_kicker():
    # no line of a paragraph runs past the column: a line as wide as it over one that does is a 引题
    first = ("9月25日至26日,由省侨联主办的“海外侨胞故乡行——走进河北”活动在我市举办。昨天下午,考察团一行参观了"
             "高新区国际人才城和以岭健康城,重点了解了我市产业创新开展情况。考察过程中,很多侨胞深刻感受到了家乡"
             "的变化,大家表示要发挥好桥梁作用,增加所在国对石家庄的了解。")
    second = ("10月20日,2021中国生物技术创新大会在成都举行,现场发布产业园区竞争力评价及分析报告,"
              "石家庄高新区综合竞争力位列第7,排名较上年上升1位。")
    column = 17
    page = (HEADER + "海外侨胞故乡行代表团到高新区考察\n"
            + "\n".join(first[k:k + column] for k in range(0, len(first), column)) + "\n\n"
            + "全国生物医药产业园区竞争力评价发布\n石家庄高新区生物医药产业园区排名跃居全国第7位\n"
            + "\n".join(second[k:k + column] for k in range(0, len(second), column)) + "\n")
    article = parse_page(page, "p.txt").articles[-1]
    assert article.kicker == "全国生物医药产业园区竞争力评价发布"
    assert article.title == "石家庄高新区生物医药产业园区排名跃居全国第7位"


def test_a_line_broken_off_inside_a_word_is_the_first_line_of_the_paragraph_under_it():
    # a column break leaves a line of the column's width over the blank line and the rest of its paragraph
    page = (HEADER + "衡阳高新区全力招商引资\n\n近年来，衡阳高新区牢牢坚持“项目为王”发展理念，全力做强招商引资。\n\n"
            "研判产业 测算项目收支\n\n衡阳高新区招商小分队在前期敏\n\n锐地捕捉到了丰宜科技公司信息，迅速反应。\n")
    article, = parse_page(page, "p.txt").articles
    assert "招商小分队在前期敏锐地捕捉到了" in article.text.replace("\n", "")


@pytest.mark.parametrize(("first", "second", "broken"), [
    ("衡阳高新区招商小分队在前期敏", "锐地捕捉到了丰宜科技公司", True),
    ("流域生态保护和高质量发展国家战", "略有关情况，回答了记者提", True),
    ("精准施策稳住经济基本盘面貌一新", "面对经济增长压力，长春高", False),  # 面对 opens its own sentence
    ("国家高新技术企业每平方公里12家", "财联社1月27日电，据深", False),  # a count ends whole
    ("西咸新区法治护航秦创原建设工作", "自全市政法机关“两行动”", False),  # a whole word ends the line
    ("高新区", "区招商", False),  # shorter than a column's line: a heading's own end
])
def test_a_line_breaks_off_inside_a_word_only_where_jieba_reads_one_across_and_neither_side_stands_alone(
        first, second, broken):
    assert lines.broken_in_a_word(first, second) is broken


def test_a_headline_with_the_news_mark_glued_after_it_heads_the_report_whose_byline_opens_the_next_line():
    page = (HEADER + "河南洛阳台商工业园揭牌　本报讯\n(记者常文征 通讯员卫正欣)11月16\n"
            "日上午,河南洛阳台商工业园在河南洛阳工业\n园区揭牌,省委统战部等出席揭牌仪式。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.subtitle) == ("河南洛阳台商工业园揭牌", None)
    assert article.authors == ["常文征", "卫正欣"] and "本报讯" not in article.text


@pytest.mark.parametrize(("lead", "authors"), [
    ("本报讯(记者 林伟 通讯员 勇祖轩\n实习生 袁先鸣) 这两天,", ["林伟", "勇祖轩", "袁先鸣"]),  # the break: a space
    ("中国徐州网-徐州日报讯(文/图 徐报融媒\n记者 颜子舒 通讯员 魏杰)近日,", ["颜子舒", "魏杰"]),  # the outlet's role
])
def test_a_bylines_bracket_broken_by_the_column_between_its_people_keeps_them_apart(lead, authors):
    page = HEADER + "宁波人才创业园增至六家\n" + lead + "位于海曙区高桥\n镇的人才创业园正式开园。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == authors and "实习生" not in article.text
