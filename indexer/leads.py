"""What stands at the start and end of an article's text, and jump markers.

- Lead-ins open a news article: `本报讯`, `XX日报讯`, `【XX网讯】`, datelines
  `新华社北京9月12日电`, `XX网南京5月8日消息`, `XX网X月X日电`, each optionally
  followed by a byline in brackets `（记者 张三 通讯员 李四）`. Markers (…讯),
  bracketed bylines and datelines are taken off the text (a dateline is kept
  as the article's `dateline`).
- A bracketed byline also closes an article: `…发展。（记者 张三 实习生 李四）`.
- Jump markers continue a story on another page: `（下转第3版）`, `（上接第1版）`, `（下转P.20）`,
  `转第X版`; they never stay in the text.
- A masthead line is the page's own header: `科技日报 2023年8月15日 星期二 第3版`.

Functions read folded text and return spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer import names
from indexer.names import OUTLET, Span
from search.text import gazetteer
from search.text.cjk import HAN

NEWS_MARK = re.compile(rf"^(?:【(?P<bracketed>[^】]{{1,30}}?(?:讯|报道|消息|[\d一二三四五六七八九十]日电)"
                       rf"(?:[，,\s]*发自[{HAN}]{{2,8}})?"
                       rf"|[A-Za-z]{{0,6}}(?:{OUTLET}))】"
                       # [Newtalk新聞]: a site's name in square brackets
                       rf"|[\[［](?:{OUTLET}|[A-Za-z]{{2,10}}(?:新闻|网))[\]］]"
                       # 新安晚报 安徽网 大皖客户端讯: several outlets before the mark
                       # (大江网/大江新闻客户端讯: joined by a slash)
                       # (华龙网-新重庆客户端5月16日20时25分讯: joined by a dash, with the minute)
                       # (荆楚网（湖北日报网）讯: an outlet's other name in brackets)
                       # (南宁云—南宁新闻网讯: an app's brand, a dash, then the outlet)
                       # (新江苏·中国江苏网讯: a brand, a dot; 第1眼TV-华龙网讯: a brand with letters and figures)
                       rf"|(?P<outlet>(?:[{HAN}A-Za-z\d]{{2,8}}\s*[\-－—·•]\s*)?"
                       rf"{OUTLET}(?:[(（][^()（）]{{2,10}}[)）])?(?:\s*[\s\-－—、/／]\s*{OUTLET}){{0,3}})"
                       # (海峡导报·1月22日讯: a dot, then the day; 三秦都市报—秦闻讯, 福建日报APP-新福建3月24日讯: a
                       # dash, then the outlet's brand; 大众日报淄博融媒体中心·鲁中网…讯: its bureau, then its site)
                       rf"(?:[{HAN}]{{1,8}}?(?:融媒体中心|融媒中心|记者站|分社))?"
                       rf"(?:·[{HAN}]{{0,8}}|[\-－—][{HAN}]{{1,6}})?[{HAN}]{{0,6}}?"
                       # 中国台湾网5月23日宁乡县讯, 佛山新闻网2018年11月28日讯, 华龙网9月11日13时30讯
                       # (株洲新闻网328日讯: the month's 月 an OCR dropped)
                       rf"(?:(?:\d{{4}}年)?(?:\d{{1,2}}月\d{{1,2}}|\d{{3,4}})日(?:\d{{1,2}}时(?:\d{{1,2}}分?)?)?)?"
                       rf"[{HAN}]{{0,6}}?讯"
                       # 中国改革报•改革网报道（祖智慧/通讯员：…）: outlets and 报道 before the reporters' bracket
                       # (冀时客户端报道　…: or before the text, set apart)
                       rf"|{OUTLET}(?:\s*[·•]\s*{OUTLET}){{0,3}}报道(?=\s*[(（]|[\s　:：])"
                       rf"|(?P<desk>(?:本报|本刊|本网)?综合(?:报道|报导|消息))(?=[\s(（:：])"  # 本报综合报道
                       # 人民网郑州（记者慎志远）, 河南日报客户端（记者…）: an outlet, where it filed, its reporters
                       # (长沙晚报掌上长沙12月16日（高新麓谷记者 …）: its app and the day too)
                       rf"|{OUTLET}[{HAN}]{{0,6}}?(?:\d{{1,2}}月\d{{1,2}}日)?(?=\s*[(（][^()（）]{{0,8}}?记者)"
                       # 据中国高新技术产业导报报道，, 据中国台湾网 7月12日…, 据经济日报 记者黄鑫报道
                       rf"|据\s*(?:{OUTLET})(?:\s*(?:报道|消息))?(?=[\s,，:：(（])\s*[,，:：]?"
                       rf"|[(（〔](?:[{HAN}]{{1,8}}[／/])?[{HAN}]{{0,12}}?(?:讯|综合报道|综合报导)[)）〕]"  # （苏州讯）
                       # （泸州新闻网）, （国际在线福建频道）, （洛江区融媒体中心）: an outlet in brackets, text after
                       rf"|[(（](?:{OUTLET}(?:[{HAN}]{{2,6}}频道)?|[{HAN}]{{2,10}}融媒体?中心)[)）](?=\S)"
                       rf"|(?P<bare>本报|本刊|本网)(?=[\s(（])"
                       rf"|(?P<plain>(?:[{HAN}]{{2,12}}[/／])?[{HAN}]{{2,12}}?讯)(?=[\s(（【:：])"  # 滨州日报/滨州网讯
                       # 呼和浩特讯今年以来，…: a mark glued to the time the text opens on (no 通讯, 快讯 …)
                       rf"|[{HAN}]{{2,12}}?(?<![通资简快喜])讯(?=今年以来|近日|日前|近期|昨[天日]|今[天日]"
                       r"|\d{1,2}月\d{1,2}日|\d{1,2}日[，,])"
                       # 信阳消息（首席记者 李亚云）: a place's 消息 before its reporters
                       rf"|(?!(?:{OUTLET})消息)[{HAN}]{{2,8}}?消息(?=\s*[(（][^)）]{{0,8}}?(?:记者|通讯员))"
                       # 本报9日讯, 早报1月6日讯, or the day alone: 12月17日讯2024年…
                       rf"|(?P<dated>(?:[{HAN}]{{1,12}}?|(?=\d{{1,2}}月))(?:\d{{1,2}}月)?\d{{1,2}}日讯))")
# (新海南客户端、南海网、南国都市报6月30日消息: several outlets' news of a day)
DATELINE = re.compile(rf"^(?:{OUTLET}(?:\s*[\s\-－—、·]\s*{OUTLET}){{0,3}}\s?)?[{HAN}]{{0,8}}?"
                      rf"(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日"
                      rf"|[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日|\d{{1,2}}日)(?:专电|电|消息)"
                      # 据新华社电（记者 孟含琪）: an agency's wire without place or day
                      rf"|^据(?:{OUTLET})电(?=\s*[(（])"
                      # 荆楚网客户端—荆楚网消息
                      rf"|^(?:{OUTLET})(?:\s*[\s\-－—·]\s*{OUTLET}){{0,3}}消息(?=[\s(（:：,，])"
                      # 国际在线福建频道消息: an outlet's channel or bureau for a province
                      rf"|^(?:{OUTLET})\s*[{HAN}]{{2,4}}(?:频道|记者站|站)\s*消息(?=[\s(（:：,，])"
                      # 国际在线江苏报道（…）, 国际在线四川消息: the outlet's news from a province
                      rf"|^(?:{OUTLET})(?P<province>[{HAN}]{{2,3}})(?:消息|报道)(?=\s*[(（]|[\s:：,，])"
                      rf"|^(?:{OUTLET})\d{{1,2}}月\d{{1,2}}日[{HAN}]{{2,8}}?(?:电|消息)"  # 中国台湾网5月24日郑州消息
                      # 东方网记者熊芳雨9月7日报道：, 新华网北京9月7日报道：: the outlet, its reporter, the day
                      rf"|^(?:{OUTLET})(?:记者(?P<reporter>[{HAN}]{{2,3}}))?[{HAN}]{{0,6}}?\d{{1,2}}月\d{{1,2}}日报道(?=[\s:：,，])"
                      # 天津12月18日（记者 张道正）: a place and a date, then the byline in brackets
                      rf"|^[{HAN}]{{2,8}}?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?=\s*[(（](?:本报)?(?:记者|通讯员))")
BRACKETED = re.compile(r"\s*[(（【\[〔]\s*(?P<inner>[^)）】\]〕]{1,50}?)\s*[)）】\]〕]")
LEAD_SEPARATOR = re.compile(r"[\s:：—\-]+")
AGENCY_DATELINE = re.compile(rf"[(（][{HAN}]{{0,8}}?记者\s*(?P<rest>[{HAN}]{{3,12}}?)"
                             r"(?P<date>(?:\d{1,2}月)?\d{1,2}日)(?:电|讯)[)）]\s*")
# An unbracketed byline right after a news mark: 记者陈志明报道：, 记者 张三 李四 报道
REPORTED_BY = re.compile(rf"\s*(?:本报|本台|本网)?记者\s*(?P<names>[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*)"
                         r"\s*报道\s*[:：]?\s*")
# Reporters named after a news mark up to 报道 and its colon, roles and names glued or listed with 、
# (or a space after 报道: 本报讯　主任记者吕兴琳　首席记者陶刚报道　昨日上午，…)
REPORTED_TAIL = re.compile(r"\s*(?P<by>[^，。！？:：\s][^，。！？:：]{1,47}?)报道(?:\s*[:：]\s*|\s+)")
TRAILING_BYLINE = re.compile(r"[(（【\[]\s*(?P<inner>[^()（）【】\[\]]{1,50}?)\s*[)）】\]]\s*$")
# a page's number, or a spread's (第02-03版)
PAGE_NUMBER = r"(?:[A-Za-z]\d{1,3}|\d{1,2}(?:\s*[-—－]\s*\d{1,2})?|[一二三四五六七八九十]{1,3})"
JUMP = re.compile(r"[(（]\s*(?P<verb>下转|上接|紧接|接|转|续|紧转|续见|见)\s*(?:第\s*)?(?P<page>" + PAGE_NUMBER
                  + r")\s*(?:版|页)[^)）]{0,12}[)）]"
                  r"|(?:^|(?<=[。！？”\s]))(?P<verb2>下转|上接|紧接|转|接)第?(?P<page2>" + PAGE_NUMBER + r")版\s*$"
                  r"|(?:^|(?<=[。！？”\s]))(?P<verb3>下转|上接|紧接)第?(?P<page3>[A-Za-z]\d{1,2})\s*$"
                  # a magazine's pages: （下转P.20）, （上接P18）
                  r"|[(（]\s*(?P<verb4>下转|上接|紧接|转|续|接)\s*P\.?\s*(?P<page4>\d{1,3})\s*[)）]")
MASTHEAD = re.compile(r"^[A-Z]\d{1,3}(?:\s|$)|(?:星期|周)[一二三四五六日天]|农历"
                      r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
                      r"|第\s*" + PAGE_NUMBER
                      + r"\s*版|^\s*" + PAGE_NUMBER + r"\s*版\s*$|(?:^|\s)[A-Za-z]?\d{1,2}\s*版(?:\s|$)|版\s*次"
                      # NO.22-23　2014年1月30日: a newsletter's issue number and day
                      r"|^NO\.?\s*\d{1,4}(?:\s*[-—]\s*\d{1,4})?\s+\d{4}\s*年"
                      # 第37卷第1期: a periodical's volume and issue; 2023年1月9日—1月15日: the week a weekly covers
                      r"|第\s*\d{1,4}\s*卷\s*第\s*\d{1,4}\s*期"
                      r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—\-–~～至]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")


@dataclass
class Lead:
    """A lead-in at a paragraph's start: what to take off, names it gives,
    and where the kept text starts."""
    drop: list[Span] = field(default_factory=list)
    names: list[Span] = field(default_factory=list)
    dateline: Span | None = None  # `新华社北京9月12日电`: where and when, kept apart from the text


# A tag of place or topic opening an item: 【广东河源】南都讯…, 【全国】9月25日，… (not 【XX讯】, not a box label)
TAG = rf"【(?P<tag>[{HAN}·]{{2,8}})】"
OPENING_TAG = re.compile(rf"^\s*{TAG}(?=\S)")
NOT_A_TAG = re.compile(r"(?:讯|报道|消息)$|^(?:核心提示|编者按|导语|提要|内容提要)$")


def tag_of(piece: str) -> str | None:
    """The place or topic of a tag taken off an item's start (`【河北石家庄】`), or None."""
    m = re.fullmatch(rf"\s*{TAG}\s*", piece)
    return m.group("tag") if m and not NOT_A_TAG.search(m.group("tag")) else None


# A news mark naming the place an item was filed from: 【平顶山讯】, （焦作讯）, 信阳讯
FILED_FROM = re.compile(rf"\s*[【(（]?\s*(?P<place>[{HAN}]{{2,6}}?)市?讯\s*[】)）]?\s*")


def filed_from(piece: str) -> str | None:
    """The city a news mark taken off an item's start says it was filed from (`【平顶山讯】`), or None."""
    m = FILED_FROM.fullmatch(piece)
    return m.group("place") if m and m.group("place") in gazetteer.cities_named(m.group("place")) else None


def lead_in(folded: str) -> Lead | None:
    """The lead-in of an article's first paragraph, or None. A tag of place
    opening it (`【广东河源】`) is taken off as well, and alone makes a lead-in."""
    tag = OPENING_TAG.match(folded)
    if tag and not NOT_A_TAG.search(tag.group("tag")):
        offset = tag.end()
        after = _lead_in(folded[offset:]) or Lead()
        return Lead(drop=[tag.span(), *((s + offset, e + offset) for s, e in after.drop)],
                    names=[(s + offset, e + offset) for s, e in after.names],
                    dateline=(after.dateline[0] + offset, after.dateline[1] + offset) if after.dateline else None)
    return _second_mark(folded, _lead_in(folded))


def lead_in_alone(folded: str) -> bool:
    """Whether a line is a lead-in and nothing else (`本报讯`, the rest of the report on the lines below)."""
    lead = lead_in(folded)
    return lead is not None and bool(lead.drop) and max(end for _start, end in lead.drop) >= len(folded.rstrip())


def _second_mark(folded: str, lead: Lead | None) -> Lead | None:
    """`长江商报消息 本报讯（记者 吴凌 通讯员 张珊妮）`: a reprint's source before
    the paper's own news mark; the reporters are the second mark's."""
    if lead is None or lead.names:
        return lead
    end = max(e for _, e in [*lead.drop, *([lead.dateline] if lead.dateline else [])])
    at = end + len(folded[end:]) - len(folded[end:].lstrip())
    then = _lead_in(folded[at:]) if NEWS_MARK.match(folded[at:]) else None
    if then is None or not then.names:
        return lead
    return Lead(drop=[*lead.drop, *((s + at, e + at) for s, e in then.drop)],
                names=[(s + at, e + at) for s, e in then.names], dateline=lead.dateline)


MARK_THEN_NAMES = re.compile(rf"^[{HAN}A-Za-z]{{2,16}}?讯\s+(?P<names>\S.*)$")


def _lead_in(folded: str) -> Lead | None:
    lead = Lead()
    pos = 0
    m = NEWS_MARK.match(folded)
    agency = AGENCY_DATELINE.match(folded)
    opening = BRACKETED.match(folded)
    if not (m or agency) and opening and names.byline(opening.group("inner")):
        # 〔記者陳志明／台北報導〕 opening the text: a byline, taken off
        start = opening.start("inner")
        lead.names = [(start + s, start + e) for s, e in names.byline(opening.group("inner"))]
        lead.drop.append(opening.span())
        return lead
    body = ORGANISATION_FIRST.match(opening.group("inner")) if opening and not (m or agency) else None
    if body and (spans := names.names_only(opening.group("inner")[body.end():])):
        # (经济发展局 吕博文)8月14日上午，…: the office that sent it in and its writer, opening the text
        start = opening.start("inner") + body.end()  # (the body's pattern takes the spaces after it)
        lead.names = [(start + s, start + e) for s, e in spans]
        lead.drop.append(opening.span())
        return lead
    marked = MARK_THEN_NAMES.match(opening.group("inner")) if opening and not (m or agency) else None
    if marked and names.names_only(marked.group("names")) is not None:
        # （大公网四川频道讯 高欣）: the news mark and its reporters in one bracket
        start = opening.start("inner") + marked.start("names")
        lead.names = [(start + s, start + e) for s, e in names.names_only(marked.group("names"))]
        lead.drop.append(opening.span())
        return lead
    if agency:  # （中央社记者陈志明台北12日电）: byline and dateline in one bracket
        lead.drop.append(agency.span())
        name = _name_before_place(folded, agency.start("rest"), agency.start("date"))
        lead.names = [name] if name else []
        pos = agency.end()
    elif m:
        lead.drop.append(m.span())
        pos = m.end()
        if m.group("bracketed"):  # 【科学网 郑金武报道】: the reporter inside the mark
            start = m.start("bracketed")
            lead.names = [(start + s, start + e) for s, e in _names_in_mark(m.group("bracketed"))]
    else:
        m = DATELINE.match(folded)
        if m and m.groupdict().get("province") and m.group("province") not in gazetteer.provinces():
            m = None  # 新华网深度报道: what the piece is, no province
        if not m:
            return _opening_byline(folded)
        lead.dateline = (0, m.end())
        if m.groupdict().get("reporter"):
            start, end = m.span("reporter")
            if end - start == 3 and any(folded.startswith(place, start + 2) for place in gazetteer.provinces()
                                        | gazetteer.cities_named(folded[start + 2:m.end()])):
                end -= 1  # 记者张三北京9月7日报道: a two-character name, then where it was filed
            lead.names = [(start, end)]
        pos = m.end()
    b = BRACKETED.match(folded, pos)
    if b:
        inner = b.group("inner")
        spans = names.byline(inner) or names.names_only(inner)
        marked = bool(lead.drop + ([lead.dateline] if lead.dateline else []))
        if spans is None and marked and AGENCY_NAME.fullmatch(inner) and inner[0] in names.surnames()[0]:
            spans = [(0, len(inner))]  # 中新网内江7月6日电 （袁牟知博）: after a mark, a bracket is its reporter
        if spans is None and marked:
            spans = names.glued_pair(inner)  # 中新社保定六月二十四日电(吕子豪高欣华): two names the OCR ran together
        if spans is not None:
            start = b.start("inner")
            lead.names = [(start + s, start + e) for s, e in spans]
            lead.drop.append((pos, b.end()))
            pos = b.end()
    elif (lead.drop or lead.dateline) and (t := REPORTED_TAIL.match(folded, pos)) and (
            found := names.byline(re.sub(r"[、，,]", " ", t.group("by")), need_role=False)):
        # 咸宁网讯 记者张欢、特约记者李婷婷、通讯员吴丰报道：, 本报讯 王志民、杨锦宏、记者徐凌霄报道：
        start = t.start("by")
        lead.names = [(start + s, start + e) for s, e in found]
        lead.drop.append((pos, t.end()))
        pos = t.end()
    elif (r := _unbracketed_byline(folded, pos)) is not None:
        # 中新社武汉5月19日电 作者 武一力, XX网讯 记者张三 通讯员李四 …: names
        # right after the mark or dateline, then the text
        lead.names, end = r
        lead.drop.append((pos, end))
        pos = end
    elif lead.drop and (r := REPORTED_BY.match(folded, pos)):
        spans = [(m.start() + r.start("names"), m.end() + r.start("names"))
                 for m in re.finditer(r"\S+", r.group("names"))]
        if all(names.is_name(folded[s:e]) for s, e in spans):
            lead.names = spans
            lead.drop.append((pos, r.end()))
            pos = r.end()
    if lead.drop:
        sep = LEAD_SEPARATOR.match(folded, pos)
        if sep and sep.end() > pos:
            lead.drop.append((pos, sep.end()))
    return lead


LEAD_ROLE = re.compile(rf"\s*(?:作者|(?:本报|本台|本网|全媒体|融媒体|特约|新华社|中新社)?记者|通讯员|实习生|撰文|文"
                       rf"|图|(?P<editor>[{HAN}]{{0,4}}编辑))\s*[:：/／]?\s*")  # 每经编辑 陈俊杰: named, no author
LEAD_NAME = re.compile(rf"([{HAN}]{{2,3}})(?=[\s、，,]|$)")


# 每经记者 黄海 2024年…: a short name of the outlet will do when a space follows the reporter's name
BYLINE_OUTLET = re.compile(rf"(?:{OUTLET}|本报|本台|本网)(?=(?:全媒体|融媒体|特约)?记者)"
                           rf"|[{HAN}]{{2,4}}(?=记者\s*[{HAN}]{{2,3}}\s)"
                           # 记者杨洪伦 26日，…: no outlet, the reporter and then the day the text opens with
                           rf"|(?=记者\s*[{HAN}]{{2,3}}\s+(?:\d{{1,2}}月)?\d{{1,2}}日)")


def _opening_byline(folded: str) -> Lead | None:
    """`徐州日报全媒体记者 范海杰 7月23日至25日，…`: an outlet's reporter
    named at the text's start with no mark before, then the text."""
    glued = GLUED_REPORTED.match(folded)  # 晨报记者刘畅报道　昨天，…: the name glued between 记者 and 报道
    if glued and names.is_name(glued.group("name")) and glued.end() < len(folded):
        return Lead(drop=[(0, glued.end())], names=[glued.span("name")])
    shared = OUTLETS_REPORTED.match(folded)  # 中国经济导报 中国发展网 冯博 记者梁喜俊报道　近日，…
    people = names.byline(shared.group("by")) if shared and shared.end() < len(folded) else None
    if people:
        return Lead(drop=[(0, shared.end())], names=people)
    outlet = BYLINE_OUTLET.match(folded)
    found = _unbracketed_byline(folded, outlet.end()) if outlet else None
    if found is None or found[1] >= len(folded):
        return None
    return Lead(drop=[(0, found[1])], names=found[0])


# Outlets printing a report together, then its writers and 报道, set apart from the text: the byline
OUTLETS_REPORTED = re.compile(rf"^(?P<by>(?:{OUTLET})(?:\s+(?:{OUTLET}))*\s+[^。！？，,]{{2,30}}?)报道[\s:：]+")
# …记者许晨颖报道：: after an outlet, a short name of one, or a county's media centre
# (盐城市大丰区融媒体中心记者许晨颖报道：)
GLUED_REPORTED = re.compile(rf"^(?:{OUTLET}|[{HAN}]{{2,12}}?(?:融媒体中心|新闻中心|传媒中心)|[{HAN}]{{2,4}}?)?"
                            rf"(?:全媒体|融媒体)?记者(?P<name>[{HAN}]{{2,3}}?)报道[\s:：]+")


def _unbracketed_byline(folded: str, pos: int) -> tuple[list[Span], int] | None:
    """Role-and-name pairs right after a lead's mark (`记者 张三 通讯员 李四 `),
    each name followed by a space: the names and where the text starts."""
    found: list[Span] = []
    at = pos
    while (role := LEAD_ROLE.match(folded, at)) and role.end() > at:
        k = role.end()
        names_here = []
        while (m := LEAD_NAME.match(folded, k)) and names.is_name(m.group(1)):
            names_here.append(m.span(1))
            k = m.end()
            sep = re.match(r"[\s、，,]+", folded[k:])
            if not sep:
                break
            k += sep.end()
        if not names_here:
            break
        if not role.group("editor"):
            found.extend(names_here)
        at = k
    return (found, at) if found else None


def _names_in_mark(inner: str) -> list[Span]:
    """Personal names inside a bracketed news mark, outlets and roles left out."""
    found = []
    # 明报专讯: the outlet's own mark; 本报记者张丽真惠州十五日电: the reporter, the place, the day
    inner = re.sub(r"(?:专讯|特讯|讯|报道|消息|(?:\d{1,2}月)?[\d一二三四五六七八九十]{1,3}日电)$", "", inner)
    for word, (start, end) in names.tokens(inner):
        role = names.ROLES.match(word)
        skip = role.end() if role and not names.is_name(word) else 0
        rest = word[skip:]
        if rest and names.is_name(rest) and not re.fullmatch(OUTLET, rest) and rest not in gazetteer.cities_named(rest):
            found.append((start + skip, end))  # (【平顶山讯】: the city it was filed from, no reporter)
        elif role and len(rest) >= 4:  # 张丽真惠州: a name, then the place it was filed from
            size = next((n for n in (3, 2) if len(rest) - n >= 2 and names.is_name(rest[:n])), 0)
            if size:
                found.append((start + skip, start + skip + size))
    return found


def _name_before_place(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The name that opens `记者XXX台北` (three characters when a place of two
    or more still follows, else two)."""
    for size in (3, 2):
        if end - (start + size) >= 2 and names.is_name(folded[start:start + size]):
            return start, start + size
    return None


# （台湾网、淄博市台办联合报道）, 〔台灣網〕, （据《工人日报》）, （完）, （节选）: a piece's source or its end
SOURCE_NOTE = re.compile(r"\s*(?:[(（〔][^()（）〔〕]{2,30}(?:联合报道|联合采写)[)）〕]"
                         r"|〔\s*(?P<site>[^〔〕]{2,16})\s*〕"  # 〔台灣網〕: a Taiwan paper's source
                         r"|[(（]\s*(?:(?:据|摘自|来源|文章来源|转载自|转自|稿件来源"
                         r"|原载|综合)\s*[:：]?\s*)?(?P<inner>[^()（）]{2,36}?)\s*[)）]"
                         r"|(?:据|摘自|来源[:：])\s*《[^》]{2,16}》|[(（]\s*(?:完|终)\s*[)）]"
                         rf"|^\s*(?:据|摘自|转自|(?:来源|来自)[:：])\s*(?:{OUTLET}))\s*$")  # 据中国网 alone


# An English paper's source note: (Xinhua), (SD News), (China Daily)
LATIN_SOURCE = re.compile(r"Xinhua|CGTN|AFP|Reuters|AP|[A-Z]{1,4}\s?News"
                          r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:News|Daily|Times|Post)")
# When and where a reprinted item first ran: （2020年1月15日刊）, （本报2021年5月资料）, （新湖南客户端 2024年4月16日）
# （某某检察院供稿，2012年4月）: who sent it in, then when; an archive's note on an old item: （2016年资料图）,
# （2010年“营口探营”系列报道）
DATED_NOTE = re.compile(rf"(?:(?:{OUTLET}|本报|本刊|[{HAN}]{{2,12}}(?:供稿|供图))\s*[，,]?)?"
                        rf"\s*\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"
                        rf"\s*(?:刊|资料|报道|[A-Z]?\d{{0,2}}\s*版)?"
                        rf"(?:\s*[，,]\s*据\s*[^，,()（）]{{2,16}})?"  # （2014年8月，据河北新闻网）
                        rf"|\d{{4}}\s*年[^()（）]{{0,16}}?(?:资料图?|系列报道|报道)"
                        rf"|本报综合|综合报道|(?:本报|本刊)?资料")
# An office's short name signing an item it sent in: （益盟办）, （集聚办）, （高新区党政办）
OFFICE = re.compile(rf"[{HAN}]{{1,8}}(?:办|局|委|中心|政协|人大)|[{HAN}]{{2,12}}办公室")  # （赣州市政府口岸办公室）
# A government body or a desk that sent the piece in: （高邮市人民政府）, （贵州省科技厅）, （长春高新区管委会）,
# （当地供稿 宝鸡市委宣传部）, （德州日报新媒体出品）
GOVERNMENT_BODY = re.compile(rf"(?:[{HAN}]{{0,6}}供稿\s*)?"
                             rf"(?:{OFFICE.pattern}|[{HAN}]{{2,10}}(?:厅|部|政府|管委会|委员会|工委))"
                             rf"|[{HAN}]{{2,12}}(?:新媒体|融媒体?)?出品")
# What a bracket at a text's end may hold to be a source note: a paper, a title, an office, a date
NAMED_SOURCES = (re.compile(rf"{OUTLET}|《[^》]+》"), OFFICE, DATED_NOTE, LATIN_SOURCE)


def source_note(folded: str, bodies: bool = True) -> tuple[int, int] | None:
    """Where a note of a piece's source or end stands at a text's end
    (`（据《工人日报》）`, `（央视网）`, `据《中国工人》`, `（完）`), or None; with `bodies`, a
    government body's too (`（贵州省科技厅）`: indexer.lines reads a line of one by a rule of its own)."""
    m = SOURCE_NOTE.search(folded)
    if not m:
        return None
    inner = m.group("inner") or m.group("site")
    said = re.match(r"\s*[(（]\s*(?:据|摘自|来源|文章来源|转载自|转自|稿件来源|原载|综合)", m.group()) \
        or (inner is not None and re.fullmatch(r"\s*(?:节选|摘编|节录|摘录)\s*", inner) is not None)  # （节选）
    if inner is not None and not said and not any(p.fullmatch(inner.strip()) for p in NAMED_SOURCES) \
            and not (bodies and GOVERNMENT_BODY.fullmatch(inner.strip())):
        return None  # （有关部门） is text; （央视网） names a source, （益盟办） the office that sent it
    before = folded[:m.start()].rstrip()
    if re.fullmatch(r"\s*《[^》]{2,16}》", before):
        return 0, len(folded)  # 《人民日报》（2024年04月24日 11版）: the paper, then when and where
    if before and not before.endswith(("。", "！", "？", "”", "…", "!", "?", "）", ".", '"')):
        return None  # (an English text ends with a full stop)
    return m.start(), len(folded)


TRAILING_EDITOR = re.compile(r"(?<=[。！？”」!?])\s*[(（](?P<inner>[^()（）]{2,30})[)）]\s*\d{0,8}\s*$")


ORGANISATION_FIRST = re.compile(rf"{names.ORGANISATION.pattern}\s+")  # 经济发展局 吕博文: the body, then its people
DIGEST_WRITER = re.compile(rf"(?P<name>[{HAN}]{{2,4}})\s*[/／]\s*(?:文|图文|文图)\s*[)）]\s*$"
                           # （据《中国有色金属报》　贾婷婷）: the paper in its title marks, then its writer
                           rf"|^[(（]\s*(?:据|摘自|摘编自|选自|转自|来源[:：])\s*《[^》]{{2,20}}》\s+(?P<name2>[{HAN}]{{2,4}})\s*[)）]$")


def digest_writer(note: str) -> Span | None:
    """The writer a digest's source note names (`（摘自5月24日《人民日报》　姚雪青/文）`)."""
    m = DIGEST_WRITER.search(note)
    group = "name" if m and m.group("name") else "name2"
    return m.span(group) if m and names.is_name(m.group(group)) else None


def trailing_editor(folded: str) -> int | None:
    """Where an editor's note glued to a text's end starts (`…成立。（编辑：林宏翰）1141231`,
    a wire's editor and its date code), or a typesetter's or editor's code (`…发展。②13`,
    `…意義。（nc）`), or None:
    no author, no text."""
    m = TRAILING_EDITOR.search(folded)
    if m and names.editor_line(f"（{m.group('inner')}）"):
        return m.start()
    code = TYPESET_CODE.search(folded)
    return code.start() if code else None


# …发展。②13, or an editor's initials in a Hong Kong paper: …更深遠的意義。（nc）
TYPESET_CODE = re.compile(r"(?<=[。！？”」!?])\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]\d{1,3}|[(（][a-z]{1,4}[)）])\s*$")


def trailing_byline(folded: str) -> tuple[int, list[Span]] | None:
    """(where it starts, name spans) for a bracketed byline that ends a
    paragraph or is the whole line: `…发展。（记者 张三 实习生 李四）`."""
    m = TRAILING_BYLINE.search(folded)
    if not m:
        return _trailing_roles(folded)
    before = folded[:m.start()].rstrip()
    if before and not before.endswith(("。", "！", "？", "”", "…", "!", "?")):
        return None
    inner = re.sub(r"\s+原载.*$", "", m.group("inner"))  # （陈珍妮　原载2009年8月26日《新闻晚报》）
    sourced = SOURCED_AUTHOR.match(inner)  # （来源：经济日报 作者：某某研究会 丁飞燕）: the authors after the source
    if sourced:
        spans = names.byline(inner[sourced.end():])
        return (m.start(), [(m.start("inner") + sourced.end() + s, m.start("inner") + sourced.end() + e)
                            for s, e in spans]) if spans else None
    spans = names.byline(inner) if before else names.byline(inner, need_role=False)
    if spans is None and before:
        spans = names.byline(inner, need_role=False, strict=True)  # （张三 李四）: known surnames only
    if spans is None and before and len(inner.strip()) == names.GLUED_PAIR_LENGTH \
            and not names.ORGANISATION.fullmatch(inner.strip()):
        pair = names.glued_pair(inner.strip())  # （徐科文邱付平）: two names the OCR glued
        offset = len(inner) - len(inner.lstrip())
        spans = [(offset + s, offset + e) for s, e in pair] if pair else None
    if spans is None:
        return None
    start = m.start("inner")
    return m.start(), [(start + s, start + e) for s, e in spans]


def record_authors(folded: str) -> list[str]:
    """The people a post's record line names in its author field (`来源：温州网　作者：杜一川
    2016-02-01`, `作者：记者 林建安　编辑：高婷婷`); none for a body (作者：办公室)."""
    m = AUTHOR_FIELD.search(folded) or EXCERPT_AUTHOR.search(folded)
    if m is None:
        return []
    spans = names.byline(m.group("names"), need_role=False)
    return names.spans_text(m.group("names"), spans) if spans else []


AUTHOR_FIELD = re.compile(r"作者\s*[:：|｜]\s*(?P<names>.+?)\s*"
                          r"(?=\s(?:编辑|责编|责任编辑|来源|稿件来源|时间|发布|审核|浏览|点击)|\s\d{4}[-年]|\s*[)）]\s*$|$)")
# An excerpt's source note naming its authors: （摘自《中国软科学》2014年第11期，作者陈向东、刘志春）
EXCERPT_AUTHOR = re.compile(r"[(（]\s*(?:摘编?自|选自|原载|转载自)[^()（）]*?[，,]\s*作者\s*[:：]?\s*"
                            r"(?P<names>[^()（）]+?)\s*[)）]\s*$")
# （来源：经济日报 作者：…）, （中共平顶山市委网信办供稿 平顶山日报记者 田秀忠/文）: who supplied it, then its authors
SOURCED_AUTHOR = re.compile(r"^\s*(?:(?:来源|稿源|转自)\s*[:：]\s*[^\s:：]{2,16}\s+(?=作者)"
                            rf"|[{HAN}]{{2,20}}供稿\s+(?=\S))")
AGENCY_NAME = re.compile(rf"[{HAN}]{{2,4}}")
SIGNED_END = re.compile(rf"(?<=[。！？”])\s*(?:——|－－|--)\s*(?P<name>[{HAN}]{{2,4}})\s*$")


def trailing_signature(folded: str) -> tuple[int, Span] | None:
    """(where it starts, the name) of a signature glued to a text's last
    sentence: `…把握好高新区的发展新机会。——杨学明`."""
    m = SIGNED_END.search(folded)
    return (m.start(), m.span("name")) if m and names.is_name(m.group("name")) else None
# A byline without brackets after a paragraph's last sentence: `…讲话精神。记者 孙庆辉 文/图`.
TRAILING_ROLES = re.compile(rf"(?<=[。！？”])\s*(?P<inner>[{HAN}]{{0,8}}?(?:记者|通讯员)"
                            r"\s*[^。！？，,；;“”]{2,30}?)\s*$")


def _trailing_roles(folded: str) -> tuple[int, list[Span]] | None:
    m = TRAILING_ROLES.search(folded)
    spans = names.byline(m.group("inner"), strict=True) if m else None
    if not spans:
        return None
    start = m.start("inner")
    return m.start(), [(start + s, start + e) for s, e in spans]


@dataclass(frozen=True)
class Jump:
    """A jump marker: its span, whether the story goes on (True) or comes
    from (False) the other page, and that page's number as printed."""
    span: Span
    onward: bool
    page: str


def jumps(folded: str) -> list[Jump]:
    """Every jump marker in a text."""
    found = []
    for m in JUMP.finditer(folded):
        verb = m.group("verb") or m.group("verb2") or m.group("verb3") or m.group("verb4")
        page = m.group("page") or m.group("page2") or m.group("page3") or m.group("page4")
        found.append(Jump(m.span(), verb in ("下转", "转", "紧转", "续见", "见"), page))
    return found


# A story going on in the next column of the same page: （转下栏）, （接上栏）. Taken
# off the text like a jump marker; the story is neither ended nor continued elsewhere.
COLUMN_JUMP = re.compile(r"[(（]\s*(?:转下栏|接上栏|下转\S{0,3}栏|上接\S{0,3}栏|转左栏|转右栏)\s*[)）]")


def column_jumps(folded: str) -> list[Span]:
    """Where a text says it goes on in another column of its page."""
    return [m.span() for m in COLUMN_JUMP.finditer(folded)]


MAX_MASTHEAD = 60  # characters: a page's header line is short


def is_masthead(folded: str) -> bool:
    """A page-header line (paper, date, weekday, page number), not article text."""
    line = ENGLISH_DATE.sub(" ", folded).strip()  # 星期一 MONDAY, JUNE 5, 2023: its commas are the date's
    return len(line) <= MAX_MASTHEAD and not re.search(r"[。！？，,]", line) and bool(MASTHEAD.search(line))


ENGLISH_DATE = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\s*,?|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP"
                          r"|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}\s*,\s*\d{4}", re.IGNORECASE)
