"""An article's zone, zones, policies, date and id, from its own words.

Zones are found on the folded copy (`深圳高新區` is 深圳高新区). The headline's
zone wins; else `XX高新区：` opening the headline names it even when XX is no
known place; else the zone the text names most (first on a tie).

Dates: the page's stated date (header line, manifest, masthead) when there is
one. Otherwise each article's date is inferred from its own text only; an
article whose text dates nothing takes the page's estimate, the latest date
that an article of the page dates by itself (so no date is ever made of the
year of one article and the day of another), marked inferred as well.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter

from indexer import dates, furniture, header, leads, lines, records
from indexer.model import Article
from indexer.text import fold
from search.text import gazetteer, segmenter
from search.text.cjk import HAN

POLICY = re.compile(r"《([^《》\n]{2,80})》")
# A headline about many zones at once: 全省高新区, 3家高新区, 排名, 名单.
MANY_WORDS = (r"(?:全省|全市|全国|各地|多地|我省|我市)(?=[^，。]{0,6}(?:高新|园区|开发区|产业园))"
              r"|[\d一二三四五六七八九十百两]+(?:家|个"
              r"|大)(?:国家级?)?高新区|高新区(?:排名|榜单|名单|数量|总数)"
              r"|排名|排行|榜单|名单|百强|评价结果|考核结果")
MANY_WITHOUT_NATIONAL = re.compile(MANY_WORDS)
MANY_ZONES = re.compile(MANY_WORDS
                        # 国家高新区营收…: the national zones as a whole; not one zone's aim (争创一流国家级高新区)
                        + r"|(?<!一流)(?<!创)(?<!建设)(?<!升级为)(?<!建成)国家级?高新(?:区|技术产业开发区)(?!：)")
# A national zone a headline names, no city's aim (湛江需要国家级高新区)
NATIONAL_ZONE = re.compile(r"(?<!需要)(?<!争创)(?<!申报)(?<!创建)(?<!申建)国家级?高新区")
MANY = 3           # zones named before an article may be about many
MIN_LEAD = 12      # characters of a paragraph that can be an article's lead
DOMINANT = 0.5     # share of mentions that makes one zone the subject
HEADLINE_ZONE = re.compile(rf"^([{HAN}]{{2,8}}?" + gazetteer.ZONE_SUFFIX + r")(?:[(（][^)）]*[)）])?\s*[:：]")


def fill(article: Article, headlined: bool = True) -> None:
    """Zones and policies from the article's words (`headlined`: its title is a
    printed headline, not its first sentence)."""
    article.zones = named_zones(article)
    article.zone = own_zone(article, headlined)
    if article.zone is None and not article.zones:
        # a photo credited to a zone's office (沈阳高新区管委会 供图) shows that zone
        credited = {m.zone for c in article.captions if c.credit for m in _known(c.credit)}
        if len(credited) == 1:
            article.zone = credited.pop()
            article.zones = [article.zone]
    article.policies = list(dict.fromkeys(m.group(1).strip() for m in POLICY.finditer(_words(article))))


def _words(article: Article) -> str:
    """Every word an article prints: its headlines, sub-headings, text and captions, a line each."""
    headings = [s.heading for s in article.sections if s.heading]
    return "\n".join([article.kicker or "", article.title, article.subtitle or "", *headings,
                      article.text, *(c.text for c in article.captions)])


def named_zones(article: Article) -> list[str]:
    """The zones the gazetteer knows that an article's own words name (headlines, text, captions), first
    named first: not a zone a pass gave it from the paper's city or the item's place tag."""
    found = gazetteer.find_mentions(fold(_words(article)))
    return list(dict.fromkeys(m.zone for m in found if gazetteer.is_known(m.zone)))


def _known(text: str) -> list[gazetteer.Mention]:
    return [m for m in gazetteer.find_mentions(fold(text)) if gazetteer.is_known(m.zone)]


def own_zone(article: Article, headlined: bool = True) -> str | None:
    """The one national zone an article is about, or None (see the module's
    docstring): never a zone the gazetteer does not know, never the first of
    many named in a ranking, a list or a province-wide report. An item's title
    made of its first sentence (not `headlined`) says nothing of many zones:
    …距离沪苏浙最近的国家级高新区，近年来，慈湖高新区… is about one."""
    title = fold(article.title)
    in_title = list(dict.fromkeys(m.zone for m in _known(article.title)))
    # 学府产业园区(原太原高新技术产业开发区): a park the text says was the zone is that zone wherever named
    renamed = _renamed_zones(fold(article.text))
    in_title = in_title or list(dict.fromkeys(z for name, z in renamed.items() if name in title))
    if len(in_title) == 1:
        return in_title[0]
    if len(in_title) > 1:
        opening = HEADLINE_ZONE.match(title)  # 甲高新区：与乙高新区共建… is about 甲
        first = _known(opening.group(1)) if opening else []
        return first[0].zone if first else None
    kicker_zone = gazetteer.whole_name(fold(article.kicker or ""))
    if kicker_zone and gazetteer.is_known(kicker_zone):
        return kicker_zone  # 贵阳高新区 over 综合评价排名升至全国第37位: the zone's name is the piece's subject
    if headlined and NATIONAL_ZONE.search(title) and not MANY_WITHOUT_NATIONAL.search(title):
        cities = gazetteer.cities_named(title)
        zone = gazetteer.city_zone(cities.pop()) if len(cities) == 1 else None
        if zone is not None:
            return zone  # 茂名氢能产业基地选址国家高新区西南片区: the one city's national zone, not all of them
        placed = lines.PLACE_COLON.match(title)  # 璧山：依托国家高新区…: the place's own national zone
        zone = gazetteer.canonical(f"{placed.group(1)}高新区") if placed else None
        if zone is not None and gazetteer.is_known(zone):
            return zone
    if headlined and MANY_ZONES.search(title):
        article.many_zones = True
        return None
    for line in (article.kicker or "", article.subtitle or ""):
        named = list(dict.fromkeys(m.zone for m in _known(line)))
        if len(named) == 1:
            return named[0]
    every = gazetteer.find_mentions(fold(_own_text(article)))
    body = [m for m in every if gazetteer.is_known(m.zone)]
    if GENERIC_ZONE.search(title) and len({m.zone for m in every}) == 1 and body:
        return body[0].zone  # 高新区33个项目集中签约 over a text naming 宁波高新区 alone: the headline's 高新区
    # the lead: the first paragraph of a sentence's length (not a figure over it: 1755.5亿元)
    lead_text = next((p for p in article.text.split("\n") if len(p) >= MIN_LEAD), article.text.split("\n", 1)[0])
    # one of a list of places the piece went to (…、信阳高新技术开发区、信阳产业集聚区…) is no subject
    folded_lead = fold(lead_text)
    lead = {m.zone for m in _known(lead_text)
            if "、" not in (folded_lead[m.start - 1:m.start], folded_lead[m.end:m.end + 1])}
    named = {m.zone for m in every}  # zones the gazetteer does not know count as others named
    # a zone named once, after the lead, is a passing mention, not the subject
    counts = Counter(m.zone for m in body)
    # (长治市委…赴高新区… in the lead, 长治市高新区 the one zone named, later: the lead's 高新区 is that zone;
    # holding it to the lead's city kept 4 of the 9 the corpus gains and lost 1 of its 2 losses)
    lead_zone = next(iter(named)) if len(named) == 1 and GENERIC_ZONE.search(folded_lead) else None
    # (秀洲光伏…入选… over a text naming 秀洲国家高新区 once: the headline's place is the zone's own name)
    counts = Counter({z: n for z, n in counts.items() if n >= 2 or z in lead or z == lead_zone
                      or _stem_in(z, title)})
    body = [m for m in body if m.zone in counts]
    if not counts:
        return None
    ranked = counts.most_common()
    top, top_count = ranked[0]
    if len(named) >= MANY and top_count < len(every) * DOMINANT:
        return None  # many zones, none the subject: a list, a ranking, a province-wide report
    if len(ranked) == 1:
        return top
    total = sum(counts.values())
    second_count = ranked[1][1]
    if len(ranked) >= MANY and top_count < total * DOMINANT:
        return None  # many zones, none the subject: a list, a ranking, a province-wide report
    if top_count == second_count:
        tied = {z for z, n in ranked if n == top_count}
        if len(tied) > 2:
            return None
        return next(m.zone for m in body if m.zone in tied)  # the first named of two
    return top


def _stem_in(zone: str, title: str) -> bool:
    """Whether a headline names a zone's own place, the stem of one of its names (秀洲 of 秀洲高新区), not
    its city's (承德：… names the city, of which the zone is one part)."""
    known = gazetteer.zones().get(zone)
    if known is None:
        return False
    stems = {STEM_ENDING.sub("", n) for n in (zone, *known.short_names)} - {known.city, known.province}
    return any(len(stem) >= 2 and stem in title for stem in stems)


# (a zone's endings, and those its short names end on too: 东湖示范区, 杨凌农高区)
STEM_ENDING = re.compile(rf"(?:{gazetteer.ZONE_SUFFIX}|开发区|园区|示范区|农高区)$")
MIN_RENAMED = 4  # characters of a park's name (学府园区)
RENAMED = re.compile(rf"(?P<name>[{HAN}]{{2,12}})[(（]\s*原(?P<zone>[^()（）]{{4,20}})[)）]")


def _renamed_zones(folded: str) -> dict[str, str]:
    """The names a text gives a zone by its former name in brackets (`学府产业园区(原太原高新技术产业开发区)`)."""
    found = {}
    for m in RENAMED.finditer(folded):
        zones = [z.zone for z in _known(m.group("zone"))]
        name = re.split(r"[的在和与及是为]", m.group("name"))[-1]  # 入选…的学府产业园区: the name after the words
        if len(zones) == 1 and len(name) >= MIN_RENAMED:
            found[name] = zones[0]
    return found


def _own_text(article: Article) -> str:
    return "\n".join([article.dateline or "", article.text, *(c.text for c in article.captions)])


# 高新区 after a word (在高新区, 走进高新区, 来高新区调研, 莅临高新区, 入驻高新区, 报道高新区), not the end of a
# zone's name (某某高新区)
# (not 如东经济开发区（高新区）: a park's other name, its own, not the city's zone)
# (落户高新区: the zone a firm settles in; 西户高新区: another zone's name, the gazetteer's or not)
GENERIC_ZONE = re.compile(r"(?:^|[，。、；：“\s]|(?<![区园城])（|[该本全我在于到与和及同从向对为进来赴至临察观驻入访]"
                          # 我市高新区, 从市高新区: the city's
                          r"|落户|报道|(?:^|[，。、；：“\s]|[我本全该到在来赴从于与和同向对为至])市)高新区")


CITY_OFFICE = r"市?(?:委|政府|长|副市长|人大|政协)"  # 鞍山市委书记, 鞍山市长: a city's own officials
# Development zones of other kinds a headline may name: 经开区, 经济(技术)开发区, 综合保税区, 自贸(试验)区
OTHER_KIND_OF_ZONE = re.compile(r"经开区|经济(?:技术)?开发区|综合保税区|保税港区|自贸(?:试验)?区|自由贸易试验区")


# A foot's address field, up to the next field: 地址：吉林省长春市高新技术产业开发区火炬路1518号
ADDRESS_FIELD = re.compile(r"(?:地址|地點|社址)\s*[:：]\s*\S+")


def local_zone(articles: list[Article], newspaper: str | None, masthead: list[str] = ()) -> None:
    """A city paper's `高新区` is its city's zone (郑州晚报: 郑州高新区), and so is
    a zone's own paper's or page's (a masthead naming one zone: `天津滨海高新区
    园区动态`): for an article that names no other zone but speaks of 高新区."""
    zone = gazetteer.city_zone(fold(newspaper)) if newspaper else None
    # a zone's own paper (郑州高新区报) or page speaks of its zone even where it names none
    own_paper = zone is not None and [m.zone for m in _known(newspaper or "")] == [zone]
    if zone is None:
        # (an address says where the paper sits, not whose it is: 地址：长春市高新技术产业开发区火炬路…)
        named = {m.zone for line in masthead for m in _known(ADDRESS_FIELD.sub("", line))}
        zone, own_paper = (named.pop(), True) if len(named) == 1 else (None, False)
    if zone is None:
        return
    home, province = (gazetteer.zones()[zone].city, gazetteer.zones()[zone].province) if gazetteer.is_known(zone) \
        else (None, None)
    for article in articles:
        lead = fold(f"{article.title}\n{article.text}")
        if article.zone is not None or (article.many_zones and not own_paper) or not set(article.zones) <= {zone} \
                or not (own_paper or GENERIC_ZONE.search(lead)) or OTHER_KIND_OF_ZONE.search(fold(article.title or "")):
            continue  # (济宁经开区：锚定… in 济宁高新区报: a headline naming another kind of zone is about that one)
        # `…召开粤东西北高新区建设…座谈会，韶关、梅州…参加`: the 高新区 of other cities, not the paper's;
        # …认定宁波江北等14家省级高新区…诸暨高新区…: zones of other places the gazetteer does not hold
        # (鞍山市委书记王世伟到高新区调研 in 锦州日报: the city the first 高新区 sentence names has a zone
        # of its own; a city named later in passing, …发挥与深圳已有合作机制优势, says nothing of it)
        first = next(iter(_zone_sentences(lead)), "")
        # (its officials, 鞍山市委书记, inspect their own city's zone; 青岛客商一行 visit the paper's)
        cities = {c for c in gazetteer.cities_named(first) if re.search(rf"{c}{CITY_OFFICE}", first)}
        # (邢台：储能电池项目试产在即 in 唐山晚报: a headline opening on another place and a colon)
        placed = lines.PLACE_COLON.match(fold(article.title or ""))
        elsewhere = not own_paper and (
            (placed is not None and home is not None and home not in placed.group(1)
             and placed.group(1) not in (province or "") and "高新" not in placed.group(1)
             and any(pos == "ns" for _, pos in segmenter.tag(placed.group(1))))
            or len(_places_listed_with_zone_words(lead) - {home, province}) >= 2
            or any(_another_place_zone(m.zone) for m in gazetteer.find_mentions(lead))
            or (bool(cities) and home not in cities
                and any(gazetteer.city_zone(c) not in (None, zone) for c in cities)))
        # 驻马店高新区入选… on 新乡高新区's own page: a headline naming another place's zone is about that one
        if not elsewhere and not any(_another_place_zone(m.zone)
                                     for m in gazetteer.find_mentions(fold(article.title or ""))):
            article.zone = zone
            article.zones = [zone]


def _another_place_zone(zone: str) -> bool:
    """A zone the gazetteer does not hold, of a place (诸暨高新区, a province's), not
    a province's word for its zones (广东省高新技术产业开发区考核办法: the province's rules)."""
    return not gazetteer.is_known(zone) and zone.removesuffix("高新区").removesuffix("省") not in gazetteer.provinces()


def _places_listed_with_zone_words(text: str) -> set[str]:
    """The places a sentence speaking of 高新区 lists (韶关、梅州、汕尾…), each
    next to an enumeration comma."""
    found = set()
    for sentence in _zone_sentences(text):
        words = segmenter.tag(sentence)
        found |= {w for k, (w, pos) in enumerate(words) if pos == "ns" and (
            (k + 1 < len(words) and words[k + 1][0] == "、") or (k > 0 and words[k - 1][0] == "、"))}
    return found


def _cities_by_zone_words(text: str) -> set[str]:
    """The cities named in the sentences of a text that speak of 高新区."""
    return {c for sentence in _zone_sentences(text) for c in gazetteer.cities_named(sentence)}


def _zone_sentences(text: str) -> list[str]:
    """The sentences (and lines) of a text that speak of 高新区 without naming a zone's own."""
    return [sentence for sentence in re.split(r"[。！？\n]", text) if GENERIC_ZONE.search(sentence)]


def tagged_place_zone(articles: list[Article]) -> None:
    """An item tagged with its place (`【河北石家庄】…高新区工委书记…`) that
    speaks of 高新区 and names no zone is about that city's one zone; one
    tagged with a zone (`【无锡高新区】`) that names no other is about it."""
    for article in articles:
        tags = [t for t in map(leads.tag_of, article.markup) if t]
        named = {m.zone for m in _known(tags[0])} if tags else set()
        if len(named) == 1 and article.zone is None and set(article.zones) <= named:
            article.zone = named.pop()  # 【无锡高新区】…在锡…: the tag names the zone itself
            article.zones = [article.zone]
            continue
        if article.zone is not None or article.zones or article.many_zones \
                or not GENERIC_ZONE.search(fold(article.text)):
            continue
        # an item's own tag, else the city its news mark says it was filed from (【平顶山讯】), else its
        # column's label naming a place (【都市圈·孝感】 over its items)
        filed = next((f for f in map(leads.filed_from, article.markup) if f), None)
        # (■本溪 over a headline: a label naming a city alone, the headline's kicker now)
        kicker = fold(article.kicker or "").strip()
        label = article.column_label or (kicker if kicker in gazetteer.cities_named(kicker) else "")
        place = fold(tags[0]) if tags else fold(filed) if filed else fold(label)
        # the tag may name the province first: 河北石家庄, 安徽合肥
        zone = next((z for k in range(len(place)) if (z := gazetteer.city_zone(place[k:]))), None)
        if zone is not None:
            article.zone, article.zones = zone, [zone]


def city_zone(articles: list[Article]) -> None:
    """An article that names no zone but speaks of 高新区 and, in the same
    sentences, of one city, a city with one national zone, is about that zone
    (`…珠海…高新区将持续深化…`: 珠海高新区); two cities named, or a city
    with several zones, leave it without one."""
    for article in articles:
        if article.zone is not None or article.zones or article.many_zones:
            continue
        text = fold(f"{article.title}\n{article.text}")
        if not GENERIC_ZONE.search(text):
            continue
        # the city in a sentence that speaks of 高新区 (not 中国科学院大连化学物理研究所 elsewhere)
        cities = _cities_by_zone_words(text)
        zone = gazetteer.city_zone(cities.pop()) if len(cities) == 1 else None
        if zone is not None:
            article.zone, article.zones = zone, [zone]


def date_all(articles: list[Article], issue_date: dt.date | None) -> None:
    """Dates for a page's articles (see the module's docstring)."""
    if issue_date:
        for article in articles:
            article.date, article.date_inferred = issue_date, False
        return
    for article in articles:
        article.date = dates.infer(_own_text(article))
        article.date_inferred = article.date is not None
    estimate = max((a.date for a in articles if a.date), default=None)
    for article in articles:
        if article.date is None and estimate is not None:
            article.date, article.date_inferred = estimate, True


def record_dates(articles: list[Article], typed: list, issue_date: dt.date | None) -> None:
    """A database export's articles each take the date of their own record
    (its date field, between its title and the next title), not the page's.
    On a page that states no date of its own, an article takes the date a
    line of its own prints (`（2024年12月17日）` after its text), and a post's
    time line (`合肥晚报 2024-07-08 07:45 安徽` under its title) dates its
    article and the items after it, up to the next post."""
    first_line: dict[int, int] = {}
    for line in typed:
        if line.owner is not None:
            first_line.setdefault(id(line.owner), line.number)
    ordered = sorted(((first_line[id(a)], k) for k, a in enumerate(articles) if id(a) in first_line))
    if not ordered:
        return
    fields = [(line.number, day) for line in typed if line.rule == "record-field"
              and (day := records.field_date(fold(line.text)))]
    if len(fields) == 1 and fields[0][0] < ordered[0][0]:
        # one date field, above the first record: the export's issue date, every record's
        for _, index in ordered:
            articles[index].date, articles[index].date_inferred = fields[0][1], False
    posts: list[tuple[int, dt.date]] = []
    for index, line in enumerate(typed):
        post = line.kind == "furniture" and (line.variety == "navigation" or furniture.posted(fold(line.text))) \
            and not header.COPY_TIME.search(fold(line.text))  # 检索时间：…: when the copy was made
        if line.rule == "record-field":
            day = records.field_date(fold(line.text))
        elif issue_date is None and (line.rule == "article-date" or post):
            day = header.printed_date(line.text)
        else:
            continue
        if day is None:
            continue
        # the article whose lines the date line stands among (or the first, above them all); a
        # post's line over a headline (【发稿时间】… over the next item) heads the article below it
        at = max((i for i, (start, _) in enumerate(ordered) if start <= line.number), default=0)
        glued = index > 0 and typed[index - 1].number == line.number  # …绘制工作... 2020-08-17 15:50: its item's
        # (and a record's date field above its title: 【出版日期】2018-07-09 / 【引题】… / 【标题】…)
        if (post and not glued and _over_a_headline(typed, index)) or (
                line.rule == "record-field" and _heads_next_record(typed, index)):
            at = next((i for i, (start, _) in enumerate(ordered) if start > line.number), at)
        if post:
            if posts and at <= posts[-1][0] < len(ordered) - 1:
                at = posts[-1][0] + 1  # one post a piece: the next post's piece is the next one
            posts.append((at, day))
        else:
            articles[ordered[at][1]].date, articles[ordered[at][1]].date_inferred = day, False
    _date_runs(articles, ordered, posts)
    _dated_by_their_mastheads(articles, typed, ordered)


def export_date(articles: list[Article], head: list[str], issue_date: dt.date | None) -> None:
    """An export that states no issue date (`导出日期：2023-09-18`): its
    records dated by no field or line of their own, only by inference from
    their text, take the day the export was made, the date its header
    gives (a header's date wins over inference); still marked inferred, as
    no issue date it is."""
    if issue_date is not None:
        return
    day = next((found for line in head if header.COPY_TIME.search(fold(line))
                and (found := header.printed_date(line))), None)
    if day is None:
        return
    for article in articles:
        if article.date is None or article.date_inferred:
            article.date, article.date_inferred = day, True


def _date_runs(articles: list[Article], ordered: list[tuple[int, int]], runs: list[tuple[int, dt.date]]) -> None:
    """Each (first piece, day) of `runs` dates the pieces in page order from
    its first up to the next run's first."""
    for k, (at, day) in enumerate(runs):
        for _, index in ordered[at:runs[k + 1][0] if k + 1 < len(runs) else len(ordered)]:
            articles[index].date, articles[index].date_inferred = day, False


def _heads_next_record(typed: list, at: int) -> bool:
    """Whether only record fields stand between a date field and the next
    title field (the record's own head), no text of the record before it."""
    for line in typed[at + 1:]:
        if line.rule != "record-field":
            return False
        if line.kind == "heading" and line.level == 1:
            return True
    return False


def _over_a_headline(typed: list, at: int) -> bool:
    """Whether the first content line after typed[at] (past furniture) is a headline or its kicker."""
    k = at + 1
    while k < len(typed) and typed[k].kind in ("furniture", "masthead", "editor"):
        k += 1
    return k < len(typed) and typed[k].role in ("headline", "kicker")


def _dated_by_their_mastheads(articles: list[Article], typed: list, ordered: list[tuple[int, int]]) -> None:
    """An e-paper or database export prints the paper's line over each
    article (`桂林日报 2024年10月10日 第01版：头版`): when such lines give
    more than one date, each dates the articles under it, up to the next."""
    # (a clip's note of where it first ran, （原载本报2017年1月11日）, is the clip's: no paper's line)
    heads = [(k, day) for k, line in enumerate(typed)
             if line.kind == "masthead" and line.rule == "masthead" and (day := header.printed_date(line.text))
             and leads.source_note(fold(line.text)) is None]
    if len({day for _, day in heads}) < 2:
        return
    # each dates from the first piece under it, or from the piece whose headline it stands right under
    # (## 湛江乡村这一年的五个关键词 / 湛江云媒　2025-12-03 / its text: a list's post and its day)
    runs = []
    for k, day in heads:
        under = next((i for i, (start, _) in enumerate(ordered) if start > typed[k].number), len(ordered))
        if under > 0 and k > 0 and typed[k - 1].kind == "heading" and ordered[under - 1][0] <= typed[k - 1].number:
            under -= 1
        runs.append((under, day))
    _date_runs(articles, ordered, runs)


def assign_ids(articles: list[Article]) -> None:
    """Stable ids from source file and title (and order among equal titles).

    They survive rebuilds and other pages being added; editing a headline
    gives the article a new id, as it should.
    """
    seen: Counter[str] = Counter()
    for article in articles:
        key = f"{article.source}\n{article.title}"
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\n{seen[key]}".encode()).hexdigest()
        article.id = digest[:12]
