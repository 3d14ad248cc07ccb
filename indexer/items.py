"""Short items without a headline of their own, and what kind an article is.

Papers print short news with no headline: under a column label (简讯, 快讯,
【园区动态】), after a bullet (●, ◆, ▲), numbered, or one paragraph each
opening with a zone or an organisation (`近日，某某高新区…`). Each is an
article. This module says where one starts; `indexer.assemble` opens it.

It also tells interviews (记者：/答：, 问：/答：) and commentaries (评论员,
短评, 述评, 核心提示) from news by their own words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from indexer import leads, names
from indexer.text import fold
from search.text import gazetteer, segmenter
from search.text.cjk import HAN
from search.text.kinds import Kind

# A bullet or a number that opens an item: ● ◆ ▲ ■ ★ ▶, 1. 1、 ①.
# (2.12月17日下午，…: the number, then the date the item opens on)
ITEM_MARK = re.compile(r"^\s*(?:[●◆◇▲△■□★☆▶►◎○•·]\s*|(?:\d{1,2}|[①②③④⑤⑥⑦⑧⑨⑩])"
                       # a number's stop, or a space after it that no date's unit follows (`11 月20 日` is a date)
                       r"(?:\s*[.、．]\s*|\s+(?![月日年号时点]))(?=\D|\d{1,2}月\d|\d{4}年)"
                       # 1.■江苏4家企业…: a number, then a bullet; ②本报讯…: a circled number alone
                       r"(?:[●◆◇▲△■□★☆▶►◎○•·]\s*)?|[①②③④⑤⑥⑦⑧⑨⑩](?=\D))")
# How news opens: a time (近日, 6月3日, 今年以来), or what a reporter learnt (记者从…获悉).
NEWS_OPENER = re.compile(r"^(?:近日|日前|近期|目前|今年以来|年初以来|上周|本周|昨天|昨日|今天|今日|日前|前不久"
                         r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)|记者(?:从|近日|日前)"
                         r"|\d{4}年\d{1,2}\s*[-—至到]\s*\d{1,2}月"  # 2024年1-9月, a period
                         r"|[^，。]{2,20}?(?:近日|日前|近期|于\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日))")
# The strict form of it, a time and a comma (6月3日，… / 近日，… / 9月19日至21日，…): what a line the
# column broke never goes on with (indexer.lines reads column-wide lines by it)
TIME_OPENING = re.compile(r"^(?:近日|日前|近期|近\S{0,3}年来|(?:今年|年初|去年|\d{4}年|多年)以来"
                          r"|(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日?(?:[至到—\-－~～]\d{1,2})?日(?:上午|下午|晚间|晚|早|凌晨)?"
                          r"(?:获悉)?"  # 10月11日获悉，…: what was learnt that day
                          r"|\d{4}年(?:\d{1,2}月(?:上旬|中旬|下旬|初|底|末)?)?"  # 2018年6月，…, 2024年，…
                          r"|(?:今天|今日|昨天|昨日)[(（]\d{1,2}月\d{1,2}日[)）])[，,]")  # 今天(5月28日)，…
# What continues an item rather than opening one (今年，… does; 今年以来，… opens an item as 近日，… does).
GOES_ON = re.compile(r"^(?:据|此外|同时|另外|其中|该|这|此|他|她|他们|目前，|下一步|未来|截至|今年(?!以来)|去年"
                     r"|“|‘|（|\()")
# A first clause pointing back at what the item before told (…高度评价了本次集中开工项目): its rest
POINTS_BACK = re.compile(r"^[^，。！？]{0,20}?(?:本次|此次|这次|上述|这些|这一)")
QUESTION = re.compile(r"^\s*(?:记者|问|主持人|本报|网友|Q)\s*\d{0,2}\s*[:：]|^\s*问题\s*\d{1,2}\s*[:：]",
                      re.IGNORECASE)
ANSWER = re.compile(rf"^\s*(?:答|A)\s*[:：]|^\s*[{HAN}]{{2,12}}\s*[:：]", re.IGNORECASE)
ASKING = re.compile(rf"^\s*\S{{0,8}}记者\s*[{HAN}]{{2,4}}\s*[:：]\s*$")  # 记者 于彬： over the question
HOST = re.compile(r"^\s*(?:主持人|记者)\s*[:：]")  # who asks in a printed interview
INTERVIEW_WORDS = re.compile(r"专访|访谈|对话|答记者问|访问|实录|^——\s*访|\s——\s*访|^圆桌(?:\s|$)")
# (新华网评, 人民网评: a site's commentary column, its name ending on 网评; 光华言论, 紫金e评: a paper's)
COMMENTARY_WORDS = re.compile(r"评论员|短评|述评|时评|快评|锐评|网评$|社论|社评|评论员文章|核心提示|编者按"
                              r"|^观点$|观点\s|言论(?:\s|$)|[eE]评(?:\s|$)")
ORAL_HISTORY = re.compile(r"口述\s*[:：/／]")
# Who a signed essay's author is, printed after it: （作者系…）, （作者单位：…）: an outside author's opinion
AUTHOR_NOTE = re.compile(r"^\s*[(（]?\s*作者(?:系|为|单位\s*[:：])")
FEATURE_WORDS = re.compile(r"特写|侧记|纪实|速写|手记|见闻|蹲点|走基层|巡礼")
MIN_TURNS = 2


def mark(folded: str) -> int:
    """How many characters of bullet or number open a paragraph (0 for none)."""
    m = ITEM_MARK.match(folded)
    return m.end() if m else 0


def opens_news(folded: str) -> bool:
    """Whether a paragraph opens like a news item (after any bullet)."""
    rest = folded[mark(folded):]
    return bool(NEWS_OPENER.match(rest)) or _zone_first(rest)


def reports(folded: str) -> bool:
    """Whether a text opens on a time and an event, as a report (消息) does:
    `6月3日，…`, `近日，…`, `襄阳高新区昨日…`; a story (通讯) opens on a scene, a
    voice or a thought."""
    rest = folded[mark(folded):]
    return bool(NEWS_OPENER.match(rest) or SUBJECT_THEN_TIME.match(rest))


def _zone_first(folded: str) -> bool:
    """`某某高新区近日…`, `某某高新区管委会日前…`: a zone opening the text."""
    found = gazetteer.find_mentions(folded[:30])
    return bool(found) and found[0].start == 0


def starts_item(folded: str, previous: str, in_column: bool, item_zones: set[str] | None = None,
                led: bool = False, numbered: bool = False) -> bool:
    """Whether a paragraph starts a new headline-less item after `previous`
    (the last paragraph of the item before; both folded).

    Items of a column are printed alike: where the first opened with a
    lead-in (湖北日报讯…), so does every other; else a new item opens with a
    bullet, a time (近日, 6月3日) or a zone the item before never named
    (`item_zones`), unless the column numbers or bullets its items
    (`numbered`: then so does each, and a paragraph without its number goes
    on the item above: 1.网友咨询… / 芜湖市发改委：… / 2.网友提问…). Outside a
    column only a bulleted or numbered paragraph that opens like news is an
    item of its own."""
    if not previous.rstrip().endswith(("。", "！", "？", "”", "）", ")", "…", ".", "!", "?")):
        return False  # a sentence broken by a column: the same item
    if not in_column:
        return bool(mark(folded)) and (opens_news(folded) or lead_sentence(folded))
    if mark(folded) or leads.lead_in(folded) is not None:
        return True  # a bullet, or 本报讯 / a dateline: an item's first words
    if GOES_ON.match(folded) or POINTS_BACK.match(folded):
        return False
    if numbered:
        return False  # items printed alike: where the first opened on its number or bullet, so does every other
    if _another_zone(folded, item_zones or set()) or _another_place(folded, previous):
        return True
    # in a column whose items open with lead-ins, a time alone opens none, but a full date with its year does
    # (2010年4月25日，国务院发展研究中心…: another day's event, never the same item's next paragraph)
    return (not led or FULL_DATE_OPENING.match(folded) is not None) \
        and (_opens_like_news(folded) or _opens_on_purpose(folded)) and not _zone_first(folded)


# A voice's first words: the speaker's name and post in brackets, then a colon
SPEAKER_OPENING = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})\s*[（(][^（()）]{{2,60}}[)）]\s*[:：]")


def speaker_first(folded: str) -> bool:
    """`王德禄（北京长城企业战略研究所所长）：…`: a paragraph giving one person's words, named first."""
    m = SPEAKER_OPENING.match(folded)
    return m is not None and names.is_name(m.group("name"))


FULL_DATE_OPENING = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,]")


# A purpose clause an item opens with (为进一步规范涉企收费行为，…; 为牢牢守住…底线，近日，…)
PURPOSE = re.compile(r"^为了?[^，。！？]{2,30}[，,]")


def _opens_like_news(folded: str) -> bool:
    return bool(NEWS_OPENER.match(folded)) or SUBJECT_THEN_TIME.match(folded) is not None


# What a government item opens with, whatever follows its purpose clause: 为进一步…，, 为切实…，
GOVERNMENT_PURPOSE = re.compile(r"^为了?(?:进一步|切实|全面|持续|深入|扎实|加快|更好)")


def _opens_on_purpose(folded: str) -> bool:
    """A paragraph opening on why (为…，) then when and who, as a column's item
    does (为牢牢守住…底线，近日，XX局…), or on a government item's own words
    (`为进一步…，`, `为切实…，`) whatever follows."""
    m = PURPOSE.match(folded)
    return m is not None and (GOVERNMENT_PURPOSE.match(folded) is not None or _opens_like_news(folded[m.end():]))


# A body, then when it acted (康乐及文化事务署今日（22日）公布, 国家矿山安全监察局云南局上周六…):
# a news item's first words; not a text going on about its subject (该公司近日…)
SUBJECT_THEN_TIME = re.compile(rf"^(?![该这此其])[{HAN}]{{2,20}}?(?:今天|今日|昨天|昨日|近日|日前|早前"
                               rf"|上周[一二三四五六日]?|本周|\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)(?=[（(，,\s{HAN}])")
MAX_LEAD_SENTENCE = 30  # characters: an item's title sentence is short


def lead_sentence(folded: str) -> bool:
    """A bulleted item that opens with its title as a sentence of its own, the
    text run on after it: `■高新区项目建设掀起新高潮。9月，株洲高新区…`."""
    rest = folded[mark(folded):]
    first, end, after = rest.partition("。")
    return bool(end) and bool(after.strip()) and len(first) <= MAX_LEAD_SENTENCE \
        and not re.search(r"[，,；;：:]", first) \
        and not (_point_number(folded) and (_doing_first(first) or len(first) <= MAX_POINT_TOPIC))


MAX_POINT_TOPIC = 6  # characters of a numbered point's topic (1、产业布局。…), shorter than any news item's title
# What a numbered point opens on: a verb, an adverb or a set phrase (强化组织领导, 畅通法企联系, 全力以赴抓项目),
# where a news item's title opens on who or what (高新区项目建设掀起新高潮)
DOING = ("v", "vn", "vd", "a", "ad", "d", "i", "j", "l", "p")


def _doing_first(sentence: str) -> bool:
    """Whether a sentence opens on what to do rather than on its subject: a numbered point of a text."""
    words = [pos for word, pos in segmenter.tag(sentence) if word.strip()]
    return bool(words) and words[0] in DOING


# The number a paragraph opens with, and how it is set off (2、, 2., （2）, ②)
POINT_NUMBER = re.compile(r"^\s*(?:(?P<arabic>\d{1,2})(?P<sep>[.、．])|[(（](?P<bracketed>\d{1,2})[)）]"
                          r"|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩]))")


def _point_number(folded: str) -> tuple[str, int] | None:
    m = POINT_NUMBER.match(folded)
    if m is None:
        return None
    if m.group("circled"):
        return "circled", "①②③④⑤⑥⑦⑧⑨⑩".index(m.group("circled")) + 1
    if m.group("bracketed"):
        return "bracketed", int(m.group("bracketed"))
    return m.group("sep"), int(m.group("arabic"))


def next_point(folded: str, paragraphs: Iterable[str]) -> bool:
    """Whether a numbered paragraph (`2、畅通法企联系。…`) goes on a list the text above began
    (`1、强化组织领导。…`, numbered alike): the text's next point, no item of its own. (`paragraphs`
    are read only for a paragraph numbered 2 or more.)"""
    number = _point_number(folded)
    if number is None or number[1] < 2:
        return False
    return any(_point_number(fold(p)) == (number[0], number[1] - 1) for p in paragraphs)


# A place opening a paragraph: 南昌市新建区…, 弋阳县…, 株洲市…
PLACE_FIRST = re.compile(rf"^(?:[{HAN}]{{2,3}}[省市])?[{HAN}]{{2,3}}(?:市|区|县|州)(?=[{HAN}])")


def _another_place(folded: str, previous: str) -> bool:
    """A column's paragraph opening with a city, district or county the item
    before never named (`南昌市新建区以招商引资为引擎…` after an item on 弋阳)."""
    m = PLACE_FIRST.match(folded)
    return bool(m) and m.group() not in previous and not GOES_ON.match(folded)


def _another_zone(folded: str, item_zones: set[str]) -> bool:
    """A paragraph whose first sentence is about a zone the item never named."""
    first = re.split(r"[。！？]", folded, maxsplit=1)[0]
    named = {m.zone for m in gazetteer.find_mentions(first)}
    if not named or named & item_zones:
        return False
    if not item_zones:  # an item about no zone yet: only a zone opening the text is another's
        return _zone_first(folded)
    # the zone stands in the first clause or two (作为…，大连高新区…)
    return _zone_first(folded) or opens_news(folded) or bool(
        {m.zone for m in gazetteer.find_mentions(first[:FIRST_CLAUSES])} - item_zones)


FIRST_CLAUSES = 40  # characters of a first sentence where its subject stands


def new_zone(folded: str, article_zones: set[str]) -> bool:
    """Whether a news-like paragraph is about a zone its article never named:
    `近日，乙高新区…` after an item about 甲高新区."""
    if not article_zones or not opens_news(folded):
        return False
    # the zone stands in the first clause or two (a firm's name deep in a long sentence, …中关村创客小镇等12个
    # 项目…, is no subject)
    first_clause = re.split(r"[。！？]", folded, maxsplit=1)[0][:FIRST_CLAUSES]
    named = {m.zone for m in gazetteer.find_mentions(first_clause)}
    return bool(named) and not named & (article_zones or set())


# What a page's name says its pieces are: theory or opinion (第7版 理论·学习, 理论周刊, 第3版 评论) or the
# essays and poems of a literary supplement (第4版 晚晴·副刊, 文艺副刊)
PAGE_KINDS = ((re.compile(r"^(?:理论|评论|言论)"), Kind.COMMENTARY), (re.compile(r"副刊|^文艺|^文学"), Kind.FEATURE))


def page_kinds(articles: list, page_name: str | None) -> None:
    """On a page of theory or opinion every news-like piece is a commentary, on a literary supplement
    a story (通讯), unless it opens as a report does (本报讯, a dateline): a news item the page also prints."""
    kind = next((k for pattern, k in PAGE_KINDS if page_name and pattern.search(page_name)), None)
    if kind is None:
        return
    for article in articles:
        if article.kind in (Kind.BRIEF, Kind.FEATURE) and not article.lead_in:
            article.kind = kind


# A subtitle saying whom the piece talks with: ——访三河市委书记张金波, ——专访…主任王小彬
VISITED = re.compile(rf"^——\s*专?访(?!问|谈)[^，。！？]{{2,60}}?(?P<name>[{HAN}]{{2,3}})$")


def _visits_a_person(folded: str) -> bool:
    """Whether a `——访…` subtitle ends on a person's name: an interview with them (——访筹建中的…工业园 visits
    a place: no interview)."""
    m = VISITED.match(folded.strip())
    return m is not None and (names.is_name(m.group("name")) or names.is_name(m.group("name")[-2:]))


def kind_of(paragraphs: list[str], labels: list[str], default: Kind, column: str | None = None) -> Kind:
    """Interview, commentary, or the kind the layout gave (`labels`: kicker,
    byline and title words that describe the piece; `column`: what the column
    label over it promised, a Column value)."""
    if column in (Kind.COMMENTARY, Kind.INTERVIEW, Kind.FEATURE):
        return Kind(column)
    folded = [fold(p) for p in paragraphs]
    questions = sum(1 for p in folded if QUESTION.match(p))
    answers = sum(1 for p in folded if ANSWER.match(p) and not QUESTION.match(p))
    described = fold(" ".join(labels))
    questions += sum(1 for label in labels if ASKING.match(fold(label)))  # 记者 于彬： on a line of its own
    # turns enough, or a 主持人/记者 asking and someone answering
    if questions and answers and (questions + answers >= MIN_TURNS * 2 - 1 or any(HOST.match(p) for p in folded)) or (
            INTERVIEW_WORDS.search(described) and questions + answers >= MIN_TURNS) or (
            INTERVIEW_WORDS.search(fold(" ".join(labels[:2])))) or (  # 专访… in the headline or its kicker
            ORAL_HISTORY.search(described)) or (  # 口述：沈伟国 采访：郭继: told by the one interviewed
            any(_visits_a_person(fold(label)) for label in labels)):
        return Kind.INTERVIEW
    if COMMENTARY_WORDS.search(described) or (folded and folded[0].startswith("核心提示")) \
            or any(AUTHOR_NOTE.match(fold(label)) for label in labels):
        return Kind.COMMENTARY
    if default == Kind.BRIEF and FEATURE_WORDS.search(fold(" ".join(labels[:3]))):
        return Kind.FEATURE  # 特写：探访…, ——…采访团走进新区侧记: the piece says what it is
    return default
