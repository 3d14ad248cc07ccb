"""Bylines and datelines of every shape: authors are people only."""
from __future__ import annotations

import pytest

from indexer import names
from indexer.parse import parse_page

BODY = "襄阳高新区近日召开人才工作会议，部署全年工作。"


@pytest.mark.parametrize(("lines", "authors"), [
    (f"某某网讯 记者张三 通讯员李四 {BODY}", ["张三", "李四"]),
    (f"某某日报全媒体记者 张三\n\n{BODY}", ["张三"]),
    (f"本报评论员 张三\n\n{BODY}", ["张三"]),
    (f"{BODY}（记者 张三 襄阳市融媒体中心 李四 王五）", ["张三", "李四", "王五"]),
    (f"{BODY}\n\n记者 张三 通讯员 李四", ["张三", "李四"]),
    (f"中新社武汉5月19日电 作者 武一力 {BODY}", ["武一力"]),
    (f"□记者 仪博文 报道\n\n{BODY}", ["仪博文"]),
    (f"{BODY}\n\n记者：何曼 编辑：琪琪", ["何曼"]),
    (f"{BODY}\n\n记者 何曼\n\n编审 田旻佳", ["何曼"]),  # an editor who reviews, no author
    (f"{BODY}\n\n——杨学明", ["杨学明"]),
    (f"新华社记者\n\n{BODY}", []),
    (f"{BODY}（据《工人日报》）", []),
    (f"本报9日讯（记者李爱民 韩丽平）{BODY}", ["李爱民", "韩丽平"]),
    (f"天山网-新疆日报记者 郭倩\n\n{BODY}", ["郭倩"]),
    (f"{BODY}\n\n大众日报淄博融媒体中心记者 李鸿斐 通讯员 仇慧清", ["李鸿斐", "仇慧清"]),  # a bureau, unseparated
    (f"农业科技报—中国农科新闻网记者　王朝阳\n\n{BODY}", ["王朝阳"]),  # outlets joined by a dash
    (f"今日重庆杂志 高维微\n\n{BODY}", ["高维微"]),
    (f"（草原云•内蒙古新闻网记者 周蕾）{BODY}", ["周蕾"]),
    (f"华龙网5月14日6时讯（记者 欧武夷）{BODY}", ["欧武夷"]),
    (f"鉅亨網記者張韶雯／台北\n\n{BODY}", ["張韶雯"]),
    (f"红网时刻6月2日讯（记者 王嫣 秦楼王进文）{BODY}", ["王嫣", "秦楼", "王进文"]),
    (f"{BODY}\n\n河南日报客户端记者 李岚 田宜龙/文", ["李岚", "田宜龙"]),
    (f"来源：《当代党员》 冯驿驭 王雪 周丹\n\n{BODY}", ["冯驿驭", "王雪", "周丹"]),
    (f"新华社北京10月2日电 题：襄阳高新区召开人才工作会议\n\n新华社记者陈芳、盖博铭\n\n{BODY}\n\n{BODY}",
     ["陈芳", "盖博铭"]),
    (f"某某日报全媒体记者 范海杰 7月23日，{BODY}", ["范海杰"]),
    (f"本报记者 李丽云 高博（原载2011年7月7日科技日报一版）\n\n{BODY}", ["李丽云", "高博"]),
    (f"每经记者 黄海 每经编辑 陈俊杰 {BODY}", ["黄海"]),  # an outlet's short name; its editor no author
    (f"天津12月18日（记者 张道正）{BODY}", ["张道正"]),  # a place and a date without 电
    (f"{BODY}记者 孙庆辉 文/图", ["孙庆辉"]),  # a byline glued to the text's end, no brackets
    (f"{BODY}（综合央视网、光明网、荆楚网）", []),  # where it was compiled from: outlets, no people
    (f"{BODY}\n\n记者丨赵化 薛冠南", ["赵化", "薛冠南"]),  # 丨 as a bar
    (f"{BODY}\n\n傅强 洪友芳 萧明 赖小军", ["傅强", "洪友芳", "萧明", "赖小军"]),  # common surnames
    (f"{BODY}\n\n蹇玮杰 谯华勇", ["蹇玮杰", "谯华勇"]),  # surnames of Sichuan, rare elsewhere
    (f"{BODY}（拓兆兵）", ["拓兆兵"]),  # of the north-west
    (f"{BODY}\n\n茆同风 张三", ["茆同风", "张三"]),  # of Jiangsu
    (f"{BODY}\n\n孙佃潇 撒伟", ["孙佃潇", "撒伟"]),
    (f"{BODY}（撰写人：杨庆）", ["杨庆"]),
    (f"新华网石家庄6月13日专电（记者　周吉仲）{BODY}", ["周吉仲"]),
    (f"据新华社电（记者　孟含琪）{BODY}", ["孟含琪"]),
    (f"来源：拉萨日报 作者：次央卓\n\n{BODY}", ["次央卓"]),  # a source, then its author: a Tibetan name
    (f"来源：杨凌农科传媒集团　作者：万英俊\n\n{BODY}", ["万英俊"]),  # a media group as the source
    (f"作者：付忠保　胡志强　邓军　　来源：国家电网报\n\n{BODY}", ["付忠保", "胡志强", "邓军"]),  # authors, then source
    (f"王海燕　龚臻　　来源：浙江日报\n\n{BODY}", ["王海燕", "龚臻"]),
    (f"本报讯　主任记者吕兴琳　首席记者陶刚报道　{BODY}", ["吕兴琳", "陶刚"]),  # 报道, then a space
    (f"本报讯　丰城台报道　{BODY}", []),  # a county station, no person
    (f"中国报道讯（姚荃茂 报道）{BODY}", ["姚荃茂"]),  # a name, not a place, before 报道
    (f"中国经济导报、中国发展网讯　倪晗、记者沈贞海报道　{BODY}", ["倪晗", "沈贞海"]),  # outlets joined by 、
    (f"{BODY}（大紀元記者方惠萱台灣報導）", ["方惠萱"]),  # the name, where it was filed from, 報導
    (f"新網記者歸鴻亭台北特稿\n\n{BODY}", ["歸鴻亭"]),
    (f"CNEWS匯流新聞網記者王佐銘、施建宏／苗栗報導\n\n{BODY}", ["王佐銘", "施建宏"]),  # a Latin brand first
    (f"新唐人亞太電視 柯國棟 林秋霞 台灣新竹採訪報導\n\n{BODY}", ["柯國棟", "林秋霞"]),  # a station
    (f"[Newtalk新聞]{BODY}", []),  # a site's name in square brackets opens the text
    (f"昌吉州融媒体中心　刘茜\n\n{BODY}", ["刘茜"]),  # a media centre stands for the role
    (f"【記者魏雲日／新竹報導】\n\n{BODY}", ["魏雲日"]),  # a byline in brackets, no column label
    (f"財訊快報／記者李純君報導\n\n{BODY}", ["李純君"]),  # the name with 報導 glued on
    (f"记者杨洪伦 26日，{BODY}", ["杨洪伦"]),  # no outlet: the reporter, then the day the text opens with
    (f"长江商报消息 本报讯（记者 吴凌 通讯员 张珊妮）{BODY}", ["吴凌", "张珊妮"]),  # a reprint's source, then its mark
    (f"{BODY}（□魏东 李广寅 报道）", ["魏东", "李广寅"]),  # a name before 报道, no place
    (f"{BODY}（记者 魏东 石家庄报道）", ["魏东"]),  # a place before 报道
    (f"文图 | 何峰\n\n{BODY}", ["何峰"]),  # 文图 is a role, not a name of surname 文
    (f"每经记者：杨弃非 淡忠奎　每经编辑：杨欢\n\n{BODY}", ["杨弃非", "淡忠奎"]),  # an outlet's editor is no author
    (f"{BODY}（河南手机报记者 张钧彦 视频摄制 赵逸伦 刘克军）", ["张钧彦", "赵逸伦", "刘克军"]),  # video credits
    (f"本报讯（记者陆增安通讯员欧阳钢桥甘晓旭）{BODY}", ["陆增安", "欧阳钢桥", "甘晓旭"]),  # printed without spaces
    (f"长沙晚报讯（记者 伍玲 通讯员 谢喜阳陈雅）{BODY}", ["伍玲", "谢喜阳", "陈雅"]),  # the more common surname
    (f"□本报记者骆坚忠见习记者谢紫婕\n\n{BODY}", ["骆坚忠", "谢紫婕"]),
    (f"本报记者王晓宁崔正博文/图\n\n{BODY}", ["王晓宁", "崔正博"]),  # 文/图 glued to the last name
    (f"记者：汪奇文 余国庆　报道员：刘天一\n\n{BODY}", ["汪奇文", "余国庆", "刘天一"]),
    (f"{BODY}（供稿：陈紫君）", ["陈紫君"]),
    (f"{BODY}（来源：经济日报　作者：国家高新区发展战略研究会 丁飞燕）", ["丁飞燕"]),  # a source, then its author
    (f"{BODY}（据红网时刻新闻记者 陈彦兵）", ["陈彦兵"]),
    (f"红网时刻 通讯员 易建军 李洁霞 记者 宋美君 衡阳报道\n\n{BODY}", ["易建军", "李洁霞", "宋美君"]),
    (f"中新网内江7月6日电 （袁牟知博）{BODY}", ["袁牟知博"]),  # after a dateline, a bracket is its reporter
    (f"中新社保定六月二十四日电(吕子豪高欣华){BODY}", ["吕子豪", "高欣华"]),  # two names run together
    (f"本报天津4月28日电 记者武自然报道:{BODY}", ["武自然"]),  # after a dateline, who reported it
    (f"大江网/大江新闻客户端讯全媒体记者杨文超、肖立宇报道:{BODY}", ["杨文超", "肖立宇"]),  # outlets by a slash
    (f"{BODY}——杨学明", ["杨学明"]),  # a signature glued to the last sentence
    (f"□王胜光（中国科学院科技战略咨询研究院研究员）\n\n{BODY}", ["王胜光"]),  # a name and what he is
    (f"○孙伟良　郭帅新\n\n{BODY}", ["孙伟良", "郭帅新"]),  # every byline mark: one list for bylines and credits
    (f"＼大公報記者盧靜怡\n\n{BODY}", ["盧靜怡"]),
    (f"★文/张玉荣\n\n{BODY}", ["张玉荣"]),  # a star before the byline
    (f"本报讯（记者 高倩荷 见习生 陈炽明）{BODY}", ["高倩荷", "陈炽明"]),  # 见习生 is a role
    (f"{BODY}\n\n（据人民日报海外版）", []),  # an outlet's edition names no one
    (f"国际在线辽宁频道消息（王巍）：{BODY}", ["王巍"]),  # an outlet's provincial channel's news mark
    (f"东方网记者熊芳雨9月7日报道：{BODY}", ["熊芳雨"]),  # outlet, reporter, day, 报道
    (f"东方网记者张三北京9月7日报道：{BODY}", ["张三"]),  # …and where it was filed
    (f"冀时客户端报道　{BODY}", []),  # an app's 报道 before the text
    (f"国际在线江苏报道（韩小强 通讯员 轲晓渚）{BODY}", ["韩小强", "轲晓渚"]),  # an outlet's news from a province
    (f"国际在线四川消息 {BODY}", []),
    (f"{BODY}（徐科文邱付平）", ["徐科文", "邱付平"]),  # two names glued in the closing bracket
    (f"{BODY}（高新区管委会）", []),  # a body in the closing bracket, no two names
    (f"{BODY}\n\n——希扬", ["希扬"]),  # a pen name signs an opinion piece
    (f"{BODY}\n\n——浙江日报报业集团社长、党委书记 姜军", ["姜军"]),  # a dash, a position and a name
    (f"{BODY}\n\n——王胜光（中国科学院科技战略咨询研究院研究员）", ["王胜光"]),  # a name, then the post in brackets
    # pen names of unknown surname among the names a role heads
    (f"{BODY}\n\n（大象新闻中心记者 夏继锋 向光 笑薇 丁阳 同五）", ["夏继锋", "向光", "笑薇", "丁阳", "同五"]),
    (f"南宁云—南宁新闻网讯(记者 庞丽娜 杜佳徽){BODY}", ["庞丽娜", "杜佳徽"]),  # an app's brand, a dash, the site
    (f"第1眼TV-华龙网讯(记者 曹建){BODY}", ["曹建"]),  # a brand of letters and figures, a dash, the site
    (f"本报讯(记者殷聪 海曙记者站张黎升 毛一波){BODY}", ["殷聪", "张黎升", "毛一波"]),  # a bureau, glued to its name
    (f"大江网/新余头条客户端讯 余高新报道:{BODY}", []),  # a zone's desk (新余高新区), no person
    (f"中国经济导报 中国发展网 冯博 记者梁喜俊报道  {BODY}", ["冯博", "梁喜俊"]),  # outlets, writers, 报道, the text
    (f"株洲新闻网328日讯(记者 文金凤 通讯员 刘笑贝){BODY}", ["文金凤", "刘笑贝"]),  # an OCR dropped the 月
    (f"新海南客户端、南海网、南国都市报6月30日消息(记者 李文韬){BODY}", ["李文韬"]),  # three outlets' news of a day
    (f"{BODY}\n\n(中共平顶山市委网信办供稿 平顶山日报记者 田秀忠/文)", ["田秀忠"]),  # who supplied it, then who wrote
    (f"本报讯（YMG全媒体记者　信召红　通讯员　许亨通）{BODY}", ["信召红", "许亨通"]),  # a paper's Latin initials
    (f"（大公网四川频道讯 高欣）{BODY}", ["高欣"]),  # the news mark and its reporter in one bracket
    (f"{BODY}\n\n——闫丽（据天津日报）", ["闫丽"]),  # a signature, then where the piece first ran
    (f"中新网 长春1月19日电 (高龙安){BODY}", ["高龙安"]),  # a space between the outlet and the dateline
    (f"●四川在线消息(记者 秦勇 杨国庆)\n{BODY}", ["秦勇", "杨国庆"]),  # a bullet's news mark; 国庆 is a word too
    (f"新安晚报 安徽网 大皖新闻记者\n\n{BODY}", []),  # outlets printing a story together, their reporter unnamed
    (f"{BODY}\n\n(江苏广电苏州中心站/施志鹄 编辑/徐玮琪)", ["施志鹄"]),
    (f"{BODY}\n\n▍记者:赵丹丹 邓健", ["赵丹丹", "邓健"]),  # a bar before the byline
    (f"{BODY}(记 者 沈宏臣)", ["沈宏臣"]),  # the role set letter-spaced
    (f"{BODY}\n\n（区委报道组 周大正 黄日聪）", ["周大正", "黄日聪"]),  # a body's reporting team in brackets
    (f"中国宁波网采访人员陈章升 通讯员张天叶 郭志强\n\n{BODY}", ["陈章升", "张天叶", "郭志强"]),  # 采访人员 for 记者
    (f"{BODY}\n\n采写:狄英娜 高天鼎 刘名美", ["狄英娜", "高天鼎", "刘名美"]),  # who gathered and wrote it
    (f"{BODY}\n\n■导读　▶A07版　车市：国庆购车季提前开启　　▶A10版　民生：中心城区新增停车位", []),  # pointers
    (f"{BODY}\n\n(文章来源:工业矿物网)", []),  # where the piece first ran  # a station's reporter; its editor no author
    (f"遵义市新闻传媒中心 涂林念 樊明富 李燕\n\n{BODY}", ["涂林念", "樊明富", "李燕"]),  # a city's media centre
    (f"中国徐州网-徐州日报讯(文/图 徐州融媒\n记者 颜子舒 通讯员 魏杰 陈凯伟){BODY}",  # a bracket the column broke
     ["颜子舒", "魏杰", "陈凯伟"]),
    (f"海峡导报·1月22日讯(记者 陈磊){BODY}", ["陈磊"]),  # the outlet, a dot, the day's news mark
    (f"三秦都市报—秦闻讯(记者 杨娜){BODY}", ["杨娜"]),  # the outlet, a dash, its brand's news mark
    (f"福建日报APP-新福建3月24日讯(记者 戴敏 通讯员 陈天长){BODY}", ["戴敏", "陈天长"]),  # an app, its brand, the day
    (f"大众日报淄博融媒体中心·鲁中网2月28日讯(记者 孔艳 通讯员 徐浩){BODY}", ["孔艳", "徐浩"]),  # a bureau, its site
    (f"长沙晚报掌上长沙12月16日(高新麓谷记者 陈丹妮 柯鸣){BODY}", ["陈丹妮", "柯鸣"]),  # a paper, its app, the day
    (f"{BODY}\n\n图文/新华社发", []),  # the agency that sent the words and pictures out: no one named
    (f"人民网郑州(记者慎志远){BODY}", ["慎志远"]),  # the outlet and where it filed, no mark, then its reporter
    (f"河南日报客户端(记者王永乐通讯员夏宝莲){BODY}", ["王永乐", "夏宝莲"]),  # an app, its reporters unspaced
    (f"{BODY}\n\n(记者 耿欣 图片 刘清羽)", ["耿欣", "刘清羽"]),  # who took the pictures: 图片 is a role
    (f"{BODY}\n\n（甘谷县新闻中心 颉定武）", ["颉定武"]),  # a county's newsroom and its reporter (颉, a surname)
    (f"{BODY}\n\n活动现场 图片来源于金牛区", []),  # 图片 opening a word (图片来源): no role, no names after it
    (f"{BODY}\n\n（来源：洛阳市委宣传部　作者：韩露）", ["韩露"]),  # a source, then its author, in brackets
    (f"{BODY}\n\n摘自网易新闻", []),  # the portal 网易 (易 is a surname, 网 an outlet's end): no one
    (f"{BODY}\n\n（据网易许昌）", []),
    (f"（国际华文媒体联盟记者续炳义报道）{BODY}", ["续炳义"]),  # 续, a surname of the hundred families
    (f"{BODY}(记者 刘晓磊 □ 马翔)", ["刘晓磊", "马翔"]),  # a mark between the two reporters
    (f"(经济发展局 吕博文){BODY}", ["吕博文"]),  # the office that sent it in, then its writer, opening the text
    (f"{BODY}\n\n（据《中国有色金属报》　贾婷婷）", ["贾婷婷"]),  # the paper it ran in, then its writer
    # officials signing an address: each post, then its holder (under the headline, or at the end)
    (f"市委书记 许峰 市长 包鸣\n\n{BODY}", ["许峰", "包鸣"]),
    (f"{BODY}\n\n中共河源市高新区工委　书记　孙锋\n河源市高新区管委会　主任　刘大荣", ["孙锋", "刘大荣"]),
])
def test_authors_are_the_people_a_byline_names(lines, authors):
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n{lines}\n", "p.txt").articles
    assert article.authors == authors
    for marker in ("记者", "通讯员", "融媒体中心", "编辑", "——", "《工人日报》", "书记"):
        assert marker not in article.text, article.text


@pytest.mark.parametrize(("record", "authors"), [
    ("来源：温州网–温州都市报　作者：杜一川　2016-02-01 07:13:00", ["杜一川"]),
    ("发布日期：2021-03-12　来源：中国企业报　作者：本报记者 龚友国", ["龚友国"]),
    ("来源：都市快报　作者：记者 林建安　编辑：高婷婷", ["林建安"]),
    ("发布时间：2015-03-31 10:27:35　|　作者：办公室", []),  # an office, no person
])
def test_the_author_field_of_a_posts_record_names_its_authors(record, authors):
    page = (f"## 浙南科技城首个重大项目启动建设\n{record}\n"
            "温州网讯 昨天上午，中国科学院温州生物材料与工程研究所举行奠基仪式。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == authors and "温州网讯" not in article.text


def test_a_bracketed_byline_saying_where_the_clip_first_ran_signs_the_piece():
    # flush under indented paragraphs, on a bare page: a byline, not the next headline
    page = f"襄阳高新区晋升国家级\n\n　　{BODY}\n　　{BODY}\n（记者 陈治中 原载本报2010年10月14日）\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["陈治中"] and "原载" not in article.text


def test_a_lead_in_with_its_date_before_its_place_comes_off_the_text():
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n中国台湾网5月23日宁乡县讯 {BODY}\n", "p.txt").articles
    assert article.text == BODY and article.lead_in


def test_a_news_mark_of_the_day_alone_comes_off_the_text():
    # 12月17日讯2024年…: an item's mark with no outlet before its date, glued to the text
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n12月17日讯{BODY}\n", "p.txt").articles
    assert article.text == BODY and article.lead_in


@pytest.mark.parametrize(("lead", "authors"), [
    ("佛山新闻网2018年11月28日讯 珠江时报记者马一右 见习记者甘绮婷报道：", ["马一右", "甘绮婷"]),  # the year too
    ("华龙网9月11日13时30讯（记者 欧武夷）", ["欧武夷"]),  # the hour and minute, no 分
])
def test_a_news_mark_dated_to_the_year_or_the_minute_comes_off_the_text(lead, authors):
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n{lead}{BODY}\n", "p.txt").articles
    assert article.text == BODY and article.authors == authors


@pytest.mark.parametrize("mark", ["呼和浩特讯", "包头讯"])
def test_a_place_mark_glued_to_the_time_the_text_opens_on_comes_off_it(mark):
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n{mark}今年以来，{BODY}\n", "p.txt").articles
    assert article.text == f"今年以来，{BODY}" and article.lead_in


def test_a_photographers_byline_under_a_headline_names_no_author_of_the_text():
    page = f"# 襄阳高新区召开人才工作会议\n\n极目新闻记者 赵贝\n摄影 极目新闻记者 刘中灿\n\n{BODY}\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["赵贝"] and "刘中灿" not in article.text


def test_a_bracketed_station_opening_the_text_comes_off_it():
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n【Now新闻台】{BODY}\n", "p.txt").articles
    assert article.text == BODY


@pytest.mark.parametrize("mark", ["本报综合报道 ", "（苏州讯）", "〔財經中心／綜合報導〕", "【园区讯】",
                                  "据中国高新技术产业导报报道，", "（泸州新闻网）", "（国际在线福建频道）",
                                  "（洛江区融媒体中心）", "【平顶山讯】"])
def test_a_desk_or_place_mark_without_names_comes_off_the_text(mark):
    (article,) = parse_page(f"# 襄阳高新区召开人才工作会议\n\n{mark}{BODY}\n", "p.txt").articles
    assert article.text == BODY and article.authors == []


@pytest.mark.parametrize(("byline", "authors"), [("□记者 王望", ["王望"]),
                                                  ("□杨玉菡 高政研 龙吉妮", ["杨玉菡", "高政研", "龙吉妮"])])
def test_a_byline_at_the_end_of_its_headline_line_is_taken_off_it(byline, authors):
    page = f"科技绵阳 百闻不如一见　{byline}\n\n近日，绵阳高新区举办开放日活动。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("科技绵阳 百闻不如一见", authors)


@pytest.mark.parametrize(("line", "caption", "photographers"), [
    # an outlet and a name glued
    ("大庆石化新建60万吨/年乙烯装置。海外网姜舒译摄", "大庆石化新建60万吨/年乙烯装置。", ["姜舒译"]),
    ("大庆石化新建60万吨/年乙烯装置。（归鸿亭摄影）", "大庆石化新建60万吨/年乙烯装置。", ["归鸿亭"]),
    ("大庆石化新建60万吨/年乙烯装置。（大庆石化公司图片）", "大庆石化新建60万吨/年乙烯装置。", []),
    ("大庆石化新建60万吨/年乙烯装置。香港中通社資料圖片", "大庆石化新建60万吨/年乙烯装置。", []),  # an outlet's archive
    ("大庆石化新建60万吨/年乙烯装置。原图：大公报", "大庆石化新建60万吨/年乙烯装置。", []),  # the picture's source
    # the page's note on its pictures, glued to the last caption
    ("大庆石化新建60万吨/年乙烯装置。(本版图片均为资料图)", "大庆石化新建60万吨/年乙烯装置。", []),
])
def test_a_caption_credited_to_an_outlets_reporter_glued_to_it(line, caption, photographers):
    page = f"# 大庆不只有油田\n\n{line}\n\n海外网1月12日电 说到大庆，人们的第一反应自然是油田。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert [(c.text, c.photographers) for c in article.captions] == [(caption, photographers)]


def test_an_agencys_words_and_pictures_line_closes_its_piece_naming_no_one():
    page = ("## 组图\n\n## 养老助餐服务温暖“夕阳红”\n\n"
            "12月2日,在湖南湘江新区麓谷街道麓景社区,老年人在老年食堂吃午餐。\n\n"
            "近期,湖南湘江新区麓谷街道麓景社区的老年食堂对社区老年人开放。该食堂为老人提供营养均衡的午餐。\n\n"
            "图文/新华社发\n")
    articles = parse_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["养老助餐服务温暖“夕阳红”"]
    assert articles[0].authors == [] and "新华社发" not in articles[0].text and "老年食堂对社区" in articles[0].text


def test_a_reprint_note_naming_an_outlet_and_a_province_names_no_one():
    page = "# 我和兰州高新区\n\n大学毕业后，高骞便来到兰州高新区工作。（据中新网甘肃）\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == []


def test_a_credit_after_a_backslash_mark_is_the_captions():
    page = ("# 香港海洋公园迎来大熊猫\n\n＼大公報記者盧靜怡\n\n"
            "採訪團昨日到訪海洋公園，了解熊貓經濟成果。\n\n"
            "圖：採訪團到海洋公園，了解熊貓經濟成果。＼大公報記者黃洋港攝\n")
    (article,) = parse_page(page, "p.txt").articles
    assert [c.text for c in article.captions] == ["採訪團到海洋公園，了解熊貓經濟成果。"]  # 圖： says what it is
    assert "黃洋港" not in article.text


def test_a_news_mark_under_an_intro_goes_on_with_the_report():
    page = ("# 沈阳长春哈尔滨大连决定联手打造经济共同体\n\n"
            "酝酿近半年的首届东北四城市市长峰会昨日成功举行，大厅的坐椅排成正方形，四位市长两两相对，气氛热烈。\n\n"
            "本报讯　主任记者吕兴琳　首席记者陶刚报道　昨日上午，四城市在长春召开首届市长峰会。\n")
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["吕兴琳", "陶刚"] and "本报讯" not in article.text


def test_a_sites_name_in_square_brackets_comes_off_the_text():
    (article,) = parse_page(f"# 紅色資本入侵科學園區\n\n[Newtalk新聞]{BODY}\n", "p.txt").articles
    assert article.text == BODY


def test_a_headline_opening_with_a_word_that_starts_like_a_role_names_no_one():
    (article,) = parse_page(f"文化进工地 党旗高高飘\n\n{BODY}\n", "p.txt").articles
    assert (article.title, article.authors) == ("文化进工地 党旗高高飘", [])


@pytest.mark.parametrize(("caption", "photographers"), [
    ("图为拉萨市才纳国家现代农业示范园区的工作人员正在育苗。西藏日报记者　洛桑　摄", ["洛桑"]),
    ("图为林芝市易贡茶场的员工正在茶田间采茶。本报记者　白玛泽旺　摄", ["白玛泽旺"]),
    ("图为林芝市易贡茶场的员工正在茶田间采茶。新华网　达娃　摄", ["达娃"]),  # an outlet stands for the role
])
def test_a_credited_photo_over_the_first_headline_is_photo_news_whatever_its_photographers_name(
        caption, photographers):
    # a name after a role needs no Han surname (Tibetan, Mongolian, Uyghur names); the photo is kept as news
    page = ("西藏日报\n2025年11月6日　星期四\n\n" + caption + "\n\n"
            "拉萨经开区激活产业发展新动能\n\n近年来，拉萨经开区坚持稳中求进工作总基调，积极引导企业发展。\n")
    result = parse_page(page, "p.txt")
    photo = result.articles[0]
    assert photo.kind == "photo" and photo.authors == photographers
    assert "摄" not in photo.text and not result.left_out


def test_an_archive_pictures_caption_between_paragraphs_is_no_text():
    # 资料图 opens a stock picture's caption as 图为 does; its credit glued to it
    page = f"# 拉萨经济技术开发区成为西藏经济新引擎\n\n{BODY}\n\n资料图 布达拉宫。新华网 达娃 摄\n\n{BODY}\n"
    (article,) = parse_page(page, "p.txt").articles
    assert [(c.text, c.credit) for c in article.captions] == [("布达拉宫。", "新华网 达娃")]
    assert "布达拉宫" not in article.text and "资料图" not in article.text


def test_a_credited_captions_number_in_its_series_is_no_part_of_it():
    page = f"# 襄阳高新区召开人才工作会议\n\n{BODY}\n\n①嘉宾参观恒力重工。大连新闻传媒集团记者钟启钢 摄\n"
    captions = [c.text for a in parse_page(page, "p.txt").articles for c in a.captions]
    assert captions == ["嘉宾参观恒力重工。"]


def test_an_outlets_brand_joined_by_a_dot_before_its_news_mark_is_the_lead_in():
    page = "# 靖江新开工38个重大产业项目\n\n新江苏·中国江苏网讯 (顾介铸 朱娜 贾秋敏)近日，靖江市集中开工38个项目。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == ["顾介铸", "朱娜", "贾秋敏"] and "网讯" not in article.text


@pytest.mark.parametrize(("byline", "authors"), [("记者 尹哲 太原晚报", ["尹哲"]),
                                                 ("（浙江之声记者沈亭亭、上虞台）", ["沈亭亭"])])
def test_the_reporters_outlet_after_the_names_is_no_author(byline, authors):
    page = f"# 太原市重点推进30个招商引资项目\n\n{byline}\n\n近日，太原市召开招商引资项目推进会。\n"
    (article,) = parse_page(page, "p.txt").articles
    assert article.authors == authors and "太原晚报" not in article.text


@pytest.mark.parametrize("label", ["## 读者来信", "■群众来信", "来信照登"])
def test_a_readers_letter_under_its_label_is_signed_with_the_writers_place_and_name(label):
    page = ("# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会，120家企业提供岗位3000余个。\n\n"
            f"{label}\n\n高新园区建设别图虚名\n\n前些天，到荆州、武汉等地办事，沿公路看到不少“高新园区”的标牌。"
            "名不符实的标牌为什么到处都是呢？\n\n湖北监利县 郑东平\n")
    articles = parse_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [
        ("襄阳高新区举办人才招聘会", []), ("高新园区建设别图虚名", ["郑东平"])]
    assert "来信" not in articles[1].text and "监利县" not in articles[1].text


@pytest.mark.parametrize(("line", "authors"), [("区委报道组 周大正 黄日聪", ["周大正", "黄日聪"]),
                                               ("市委报道组 张三", ["张三"]),
                                               ("高新区管委会 张三", None)])  # an office alone makes no byline
def test_a_press_teams_name_stands_for_the_role_of_the_reporters_after_it(line, authors):
    spans = names.byline(line)
    assert ([line[s:e] for s, e in spans] if spans else None) == authors
