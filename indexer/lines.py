"""Line typing: one declared table of rules, tried in order, first match wins.

Every rule sees the line twice: as printed, and folded (traditional script to
simplified, one character to one, so that offsets agree). Rules recognise on
the folded copy and cut the printed one, so a traditional page keeps its own
script in titles, text and names. To understand a new outlet's style, add a
rule (a name, a docstring, a function) and a fixture page in tests/data/.
`python -m indexer parse FILE --explain` shows which rule typed each line.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer import credits, furniture, header, items, leads, names, photos, records
from indexer.model import Column, CreditPlace, Line, LineKind, Role, drop_joined
from indexer.text import RUN_ON_SPAN, ends_sentence, fold, word_runs_on
from search.text import gazetteer, segmenter
from search.text.cjk import HAN, has_han

MAX_BARE_HEADING = 36      # longer lines are paragraphs, whatever they look like
MAX_SUBTITLE = 48          # ——副题 lines run a little longer
MARKUP_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
TOPIC = re.compile(r"^\s*#[^#\s]{1,30}#")  # #中国尼龙城#: a Weibo post's topic, no heading
COLUMN_BULLETS = "■□●◆◇"  # what a column's name is printed after (■园区快讯)
# (a box may say where its piece ran first: ■延伸阅读（原载2022年6月30日）)
COLUMN_LABEL = re.compile(rf"^(?:【\s*(?P<name>[^】]{{2,12}}?)\s*】"
                          rf"|[{COLUMN_BULLETS}]\s*(?P<name2>[^\s，。！？（(]{{2,10}}))"
                          r"(?:\s*[(（](?:原载|转载|摘自|选自|据)[^()（）]{1,24}[)）])?$")
# A box's title within a piece, alone on its line (with a colon it opens the box's text)
EDITORS_NOTE_WORDS = r"编者按|编者的话|编后语?"  # what an editor's note is titled
PIECE_BOX = rf"核心提示|{EDITORS_NOTE_WORDS}"
# A column's name standing alone: 简讯, 要闻简报, 园区动态, 创新短波, 组图, 短评.
# It may carry an English name and the period it covers: `每周精选丨WND WEEKLY（12.7—12.13）`.
COLUMN_WORD = re.compile(r"^[^\s，。！？：:、]{0,8}(?:简讯|快讯|短讯|简报|动态|速递|速览|资讯|传真|短波|集锦|播报"
                         r"|扫描|纵览|一览|精选|周报|快报|速报|要闻|榜单|数读|政策解读"
                         r"|直通车|面面观|组图|图片新闻|图说|图闻|图片报道|图片说明[:：]?|图注[:：]?|影像|短评|述评|时评|快评|锐评|网评|社论|评论员文章"
                         r"|评论|视角|随笔|杂谈|热评|微评|点评|新论|札记|手记|专访|访谈|问答|圆桌|人物|特写|纪实|走基层|(?<=[^\s上下开终])篇"
                         # a box beside a story: 链接, 新闻背景, 回眸, 人物名片 (a web page's 相关链接: its menu)
                         r"|(?<!相关)链接|新闻背景|背景资料|回眸|名片"
                         # 锋评, 楚评, 东湖评论: a paper's own name for its opinion column (not 好评)
                         rf"|(?<=^[{HAN}])(?<!^[好差])评"
                         rf"|{PIECE_BOX}"
                         # a box of voices: 专家视点, 代表委员声音, 代表建议, 观点摘编 (a headline may end on 声音: no
                         # prefix but whose voices they are)
                         r"|(?<![^\s■□●◆◇【])(?:专家|学者|代表|委员|代表委员|各方|两会|网友|读者|企业家?|群众|基层)?"
                         r"(?:视点|声音|心声|建言|建议)|观点摘编|言论摘编|观点集萃"
                         # readers' letters: 读者来信, 群众来信, 来信照登, 读者之声
                         r"|(?<![^\s■□●◆◇【])(?:读者|群众|网友)?来信(?:照登|选登)?|读者之声)"
                         r"(?:\s*[丨|｜·/]\s*[A-Za-z][A-Za-z .'&-]*)?(?:\s*[(（][\d.\-—～~至月日 ]+[)）])?$")
PHOTO_COLUMN_WORDS = r"组图|图片新闻|图说|图闻|图片报道|图片说明|图注|影像|镜头"  # what names a photo column
# A column of photo news (图片新闻, 图说): its items stand alone, never a piece's own photos (组图, 图片说明)
PHOTO_NEWS = re.compile(r"图片新闻|新闻图片|图片报道|图说|图闻")
COLUMNS = ((Column.PHOTOS, re.compile(PHOTO_COLUMN_WORDS)),
           (Column.COMMENTARY, re.compile(r"评论|短评|述评|时评|快评|锐评|网评|社论|社评|论坛|观点|视角|札记|手记|随笔"
                                          rf"|专家视点|学者视点|杂谈|热评|点评|微评|新论|^[{HAN}]评$")),
           (Column.INTERVIEW, re.compile(r"专访|访谈|对话|问答|圆桌")),
           (Column.FEATURE, re.compile(r"人物|特写|纪实|走基层|深度|调查|通讯|篇$")),  # 园区篇: a part of a 专题
           (Column.NEWS, re.compile(r"简讯|快讯|短讯|简报|动态|速递|速览|资讯|传真|短波|集锦|播报|扫描|纵览|一览"
                                    r"|精选|周报|快报|速报"
                                    r"|直通车|面面观"
                                    r"|新闻|要闻|视窗|前沿|一线"
                                    r"|今日(?!谈)")))  # 今日高新: the day's items (今日谈 is a comment)
SHOWN = re.compile(r"^[^。！？]{2,40}。图为[^。！？]{4,60}。?$")  # a line, then what the photo shows
MAX_SHOWN_CAPTION = 100
# A short line naming a place and nothing else, with a full stop (a headline has none): a caption.
PLACE_CAPTION = re.compile(rf"[{HAN}A-Za-z0-9（）()“”]{{4,22}}(?:园区|园|中心|基地|站|大楼|厂房|车间|广场|实验室"
                           rf"|展厅|港|馆|大桥|片区|生产线"
                           r"|科学城|科技城|新城|产业园)。")
# What opens a photo caption: △ ▲ ↑, 上图：, 图①：, 图1: (taken off), or 图为 (kept)
CAPTION_MARK = re.compile(r"^(?:[△▲↑↓←→]\s*|■\s*(?=[^。！？]{4,40}。$)"  # ■ before one short sentence
                          r"|(?:[上下左右]图|图说|图\s*[①②③④⑤⑥⑦⑧⑨\d]*)\s*[:：]\s*|(?=图为)"
                          # 资料图 布达拉宫。: an archive picture's caption (资料图片 摄于2020年: a credit)
                          r"|资料(?:图片?|照片)\s*[:：]?\s+(?!摄)(?=[^。！？]{2,60}。)"
                          # an export's caption field (图片：新华社 alone is a credit)
                          rf"|{photos.BRACKETED_CAPTION_KEY}\s*|{photos.COLON_CAPTION_KEY}\s*(?=[^。！？]{{4,}}[。！？]))")
SUBTITLE_DASH = re.compile(r"^(?:——|—|──|--|－－)")
NO_HEADING_PUNCT = re.compile(r"[。；;]")  # outside quotation marks; ！ and ？ are fine
COMMAS = re.compile(r"[，,、]")
# (A 引培并举高质量发展势头足: a part lettered, its words in Chinese)
ENUMERATOR = re.compile(rf"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*"
                        rf"|[A-H](?:\s+|[.、．]\s*)(?=[{HAN}]))")
MAX_WEAK_HEADING = 28
MAX_ROLE_ONLY = 12
MAX_PAGE_LINE = 10  # `第3版 要闻`: a page line without a date is short
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|《[^》]*》")


@dataclass(frozen=True)
class Candidate:
    """One line of a page as the rules see it."""
    text: str      # as printed (white space folded)
    folded: str    # simplified script, same length
    number: int
    gap: int
    hashes: bool   # whether the page marks headings with '#'
    top: bool      # no heading or paragraph seen yet on the page
    table: bool = False  # a row of a table (tables_rows)
    wrapped: bool = False  # a line the OCR broke at the column's width, mid-sentence (wrap_width)
    export: int = 0        # a database export: the line number of its first record (indexer.records)
    indent: int = 0        # on a page that indents its paragraphs: 1 for an indented line, -1 for another

    def line(self, kind: LineKind, text: str | None = None, **extra) -> Line:
        """A typed line made from this candidate (the rule table stamps the rule's name)."""
        return Line(kind, self.text if text is None else text, self.number, self.gap, "", **extra)


@dataclass(frozen=True)
class Rule:
    """A line rule: its name (shown by --explain), what it recognises, and
    a function that returns the typed line(s) or None."""
    name: str
    doc: str
    apply: Callable[[Candidate], list[Line] | None]


# A paper's or a site's name and nothing else (正观新闻, 西宁晚报, 潮新闻)
PAPERS_NAME = re.compile(rf"[{HAN}]{{1,6}}(?:日报|晚报|早报|晨报|都市报|商报|时报|导报|周报|新闻网|新闻|网|报)")


def _markup_heading(c: Candidate) -> list[Line] | None:
    m = MARKUP_HEADING.match(c.text)
    if not m or not m.group(2).strip() or TOPIC.match(c.text):
        return None
    text = m.group(2).strip()
    if c.top and PAPERS_NAME.fullmatch(fold(text)):
        return [c.line(LineKind.MASTHEAD)]  # # 正观新闻 at the top: the paper's name set as a heading
    level = min(len(m.group(1)), 2)
    # ## ■ 潍坊高新技术产业规模不断扩大, ## ■ 【济南高新区…建设提速】: a bullet, brackets: the heading's marks
    marks, text, _ = _bullet_and_brackets(text)
    ordinal = HEADING_ORDINAL.match(text)
    if ordinal and not marks:  # # 1　向青年知识分子提供公租房: the piece's number, a mark of its heading
        marks, text = ordinal.group(), text[ordinal.end():]
    bracketed = BRACKETED_HEADLINE.match(text) if not marks else None
    if bracketed and heading_shape(fold(bracketed.group(1))):
        # **【首批签约项目66个 签约总额766亿元】**: brackets inside the markup are the headline's marks too
        marks, text = "【】", bracketed.group(1).strip()
    markup = m.group(1) + marks
    tag = CATEGORY_TAG.match(fold(text))  # ## [坚定信心 竞进提质]周保汉：…: a series' tag over the headline
    if tag and could_be_heading(fold(text)[tag.end():]) and not NEWS_TAG.search(tag.group("tag")):
        brackets = text[tag.start("open")] + text[tag.start("close")]
        return [c.line(LineKind.HEADING, text[tag.start("tag"):tag.end("tag")], level=level,
                       markup=markup + brackets),
                c.line(LineKind.HEADING, text[tag.end():].strip(), level=level, markup=markup)]
    return [c.line(LineKind.HEADING, text, level=level, markup=markup)]


# A heading's number set apart from its words by a space (1　向青年…, 02 经济年均增长20%), not a count (5 家企业)
HEADING_ORDINAL = re.compile(rf"^\d{{1,2}}[\s\u3000]+(?=[{HAN}]{{2}})(?![{HAN}]?[家个项位名亿万元件批座台只条年月日])")


def _bullet_and_brackets(text: str) -> tuple[str, str, bool]:
    """A heading's bullet and, after it, the brackets around its words
    (`■ 【济南高新区“两城两谷”建设提速】`): (the marks, the words, whether
    brackets were among the marks). No bullet, no marks taken."""
    mark = HEADING_MARK.match(text) or DOT_BULLET.match(text)  # (## ·成都高新区妇幼保健院主体封顶: a dot too)
    if not mark or not text[mark.end():].strip():
        return "", text, False
    rest = text[mark.end():].strip()
    bracketed = BRACKETED_HEADLINE.match(rest)
    if bracketed:
        return text[:mark.end()] + "【】", bracketed.group(1).strip(), True
    return text[:mark.end()], rest, False


def _article_date(c: Candidate) -> list[Line] | None:
    # （2024年12月17日） after a text, 2024-06-06 under a title: the day it was printed, never a heading
    if (DATE_IN_BRACKETS.fullmatch(c.folded) or header.is_date_line(c.folded)) and header.printed_date(c.folded):
        return [c.line(LineKind.MASTHEAD)]
    return None


DATE_IN_BRACKETS = re.compile(r"\s*[(（〔［\[]\s*[^()（）〔〕［］\[\]]{6,16}\s*[)）〕］\]]\s*")


MAX_EXPORT_HEAD = 24  # characters of an export's own header line (检索词, 导出时间); a sentence is longer


def _record_field(c: Candidate) -> list[Line] | None:
    if not c.export:
        return None
    if c.number < c.export:
        if len(c.folded) > MAX_EXPORT_HEAD and re.search(r"[。！？]", c.folded):
            return None  # a sentence above the first record is text (reported if in no article), no header
        return [c.line(LineKind.MASTHEAD)]  # the export's own header (检索词, 导出时间)
    found = records.field(c.text)
    if found is None:
        return None
    what, value, at = found
    key = c.text[:at]
    if what == "title":
        return [c.line(LineKind.HEADING, value, level=1, markup=key)]
    if what == "untitled":  # the record's text is an item of its own, titled by its first sentence
        return [c.line(LineKind.LABEL, "", markup=c.text, variety=Column.NEWS)]
    if what == "subtitle":
        return [c.line(LineKind.HEADING, value, level=2, markup=key)]
    if what == "subhead":
        return [c.line(LineKind.HEADING, value, level=3, markup=key)]
    if what == "authors":
        # 林露虹;管轩: a database separates its authors with semicolons
        spaced = re.sub(r"[;；,，、]", " ", fold(value))  # one character for one: spans stay the value's
        spans = names.names_only(spaced) or names.byline(spaced, need_role=False) or []
        return [c.line(LineKind.BYLINE, value, markup=key, names=names.spans_text(value, spans))]
    if what == "text":
        return [c.line(LineKind.PARAGRAPH, value, markup=key)]
    if what == "column":
        return [c.line(LineKind.LABEL, value, markup=c.text, variety=column_of(fold(value)) or Column.NEWS)]
    return [c.line(LineKind.MASTHEAD)]


def _masthead(c: Candidate) -> list[Line] | None:
    # At the top any header line; further down only one that dates the page
    # and says it is a page (星期, 第N版): a footer, or a header the OCR put late.
    if c.top and len(c.folded) <= MAX_HEADER_FIELDS_LINE and len(HEADER_FIELD_SEPARATOR.findall(c.folded)) >= 2 \
            and header.printed_date(c.folded) is not None and not re.search(r"[。！？]", c.folded):
        return [c.line(LineKind.MASTHEAD)]  # OCTOBER 16, 2026 • No. 1021 • PUBLISHED WEEKLY • …: fields of a header
    if len(c.folded) > leads.MAX_MASTHEAD or _jump_line(c) or (furniture.posted(c.folded) and not c.top):
        return None  # a header line is short; （上接第1版） names a page; 发布时间：… 星期五 down a page is a post's
    folded = furniture.DECORATION_EDGES.sub("", c.folded) or c.folded  # ▌▌ A03 ▌▌ 2023.7.26: a framed footer
    if not c.top and DATED_CLAUSE.search(folded):
        return None  # 国务院新闻办公室于2020年7月23日(星期四): a sentence the column broke, the day of an event
    dated = header.printed_date(folded) is not None
    if furniture.kind(folded) == furniture.Furniture.DIGEST and not dated and len(folded) > MAX_PAGE_LINE \
            and not (c.top and WEEKDAY.search(folded)):
        # 甲乙高新区获批国家级孵化器 …… 2版: an entry of a 导读 box, not the page's header (2月10日　星期二　第A6版
        # at the top, its year on the next line, is the header's)
        return None
    if PAGE_BANNER.fullmatch(re.sub(r"^#+|\*\*", "", folded)):
        return [c.line(LineKind.MASTHEAD)]  # ## 潜江高新区专版, **——包头稀土高新区专版**: the page's banner
    if folded.startswith("#"):  # a heading by markup is a headline (`# 仙桃高新区“客堂零”周六`), unless all date
        # (and issue or page: `## 2023年3月8日　第5期`) or the paper's Latin name on the page's first line
        dated_only = header.is_date_line(ISSUE_NUMBER.sub(" ", folded.lstrip("# ")).strip())
        latin_name = c.number == 1 and LATIN_MASTHEAD.fullmatch(folded.lstrip("# ").strip()) is not None
        # (## 2013年9月10日　星期二　癸巳年八月初六, ## A14　财经·园区: the date with its weekday, the page and its
        # name, set as headings at the top)
        header_line = leads.is_masthead(folded.lstrip("# ").strip()) and (
            header.printed_date(folded) is not None or PAGE_AND_NAME.fullmatch(folded.lstrip("# ").strip()))
        return [c.line(LineKind.MASTHEAD)] if c.top and (dated_only or latin_name or header_line) else None
    if (c.top and (leads.is_masthead(folded) or header.is_date_line(folded) or _paper_name(folded)
                   or (re.search(r"[|｜]|\d", folded) and LATIN_SECTION.fullmatch(folded.strip())))) or (
            leads.is_masthead(folded) and (dated or len(folded) <= MAX_PAGE_LINE)) or _running_head(folded):
        return [c.line(LineKind.MASTHEAD)]
    return None


PAGE_AND_NAME = re.compile(rf"[A-Z]?\d{{1,3}}版?\s+[{HAN}·]{{2,10}}")  # A14　财经·园区: a page, then its name
HEADER_FIELD_SEPARATOR = re.compile(r"\s[•·|｜]\s")  # a header's fields set apart by dots or bars
MAX_HEADER_FIELDS_LINE = 120
WEEKDAY = re.compile(r"星期[一二三四五六日天]|(?<![\d一二三四五六七八九十])周[一二三四五六日天](?![\d年月])")
RUNNING_HEAD = re.compile(rf"(?P<name>[{HAN}]{{2,10}})\s+(?P<rest>.+)")
# A date a sentence gives an event (…于2020年7月23日, 在3月5日): no page is dated so
DATED_CLAUSE = re.compile(r"[于在至从到将已]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")
# A page's banner, wherever the OCR put it: 潜江高新区专版, ——包头稀土高新区专版, 沈阳高新区（浑南区）专版, …特刊
PAGE_BANNER = re.compile(r"\s*[—―－-]*\s*[^，。！？：:\s][^，。！？：:]{1,24}?(?:专版|专刊|特刊|增刊)\s*")


def _running_head(folded: str) -> bool:
    """A publication's name over or beside a page, anywhere on it: with the
    issue's date (`今日绵竹　2026年1月21日`, a running head) or its English name
    (`中国科技产业　CHINA SCIENCE AND TECHNOLOGY INDUSTRY`), or its page's number across a rule
    (a folio: `2 ───── 四川日报`); no headline ends so."""
    m = RUNNING_HEAD.fullmatch(folded.strip())
    issue = ISSUE_OF.fullmatch(folded.strip())  # 2021年12月27日《今日高新区》资讯: a digest's issue, dated
    rest = FOLIO.sub("", m.group("rest")) if m else ""  # 柳州日报　2022年10月31日　3: the folio after the date
    latin = LATIN_FIRST.fullmatch(folded.strip())  # HUANGGANG DAILY 中共黄冈市委机关报
    return (bool(m) and (header.is_date_line(rest) or bool(LATIN_MASTHEAD.fullmatch(m.group("rest"))))) or (
        issue is not None and header.is_date_line(issue.group("date"))) or (
        RULED_FOLIO.fullmatch(folded.strip()) is not None) or (
        latin is not None and (leads.is_masthead(latin.group("rest")) or latin.group("rest").endswith("机关报"))) or (
        PAPER_SECTION.fullmatch(folded.strip()) is not None)


LATIN_FIRST = re.compile(r"[A-Z][A-Z .'&-]{3,}?\s+(?P<rest>[^A-Za-z\s].*)")
# The paper's name and the page's section: 洛阳新闻·综合
PAPER_SECTION = re.compile(PAPERS_NAME.pattern + rf"\s*[·•|｜]\s*[{HAN}]{{2,4}}")


# A page's foot: its number and the paper's name on either side of a rule (`2 ───────── 四川日报`)
RULED_FOLIO = re.compile(rf"[A-Za-z]?\d{{1,3}}\s*[─━—_=\-]{{3,}}\s*{PAPERS_NAME.pattern}"
                         rf"|{PAPERS_NAME.pattern}\s*[─━—_=\-]{{3,}}\s*[A-Za-z]?\d{{1,3}}")


ISSUE_NUMBER = re.compile(r"\s*(?:总?第\s*\d{1,5}\s*期|第\s*[A-Za-z]?\d{1,2}\s*版)\s*")
FOLIO = re.compile(r"\s+(?:第\s*)?[A-Za-z]?\d{1,2}\s*版?$")
ISSUE_OF = re.compile(r"(?P<date>[\d年月日.\-/]{6,12})\s*《[^》]{2,12}》\s*(?:资讯|快讯|要闻|简报|动态|播报)?")


PAPER_LINE = re.compile(rf"^(?P<paper>{names.OUTLET})(?:\s|·|$)")
LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Z .·'&-]{3,}$")
# An English paper's section and page: REGIONAL | WESTERN CHINA 14, 14 | BUSINESS
LATIN_SECTION = re.compile(r"(?:\d{1,3}\s*[|｜]\s*)?[A-Z][A-Z &'-]{1,30}(?:\s*[|｜]\s*[A-Z][A-Z &'-]{1,30})*"
                           r"(?:\s+\d{1,3})?")


def _paper_name(folded: str) -> bool:
    """The paper's name at a page's top (`人民日报`, `中国新闻网`, `大众日报
    DAZHONG DAILY · 2022`, `HUBEI DAILY`): no headline has a colon-free
    outlet name followed only by header words."""
    line = folded.strip()
    if len(line) > (60 if LATIN_MASTHEAD.match(line) else 40) or re.search(r"[：:。！？，,“”《》]", line):
        return False  # HAIKOU NATIONAL HIGH-TECH ZONE NEWSLETTER: an English masthead runs longer
    m = PAPER_LINE.match(line)
    rest = line[m.end():] if m else line
    return bool(m and (re.fullmatch(r"[A-Za-z0-9 .·'&年第期版\-]*", rest) or header.is_date_line(rest)
                       or SITE_AFTER.fullmatch(rest))) or bool(LATIN_MASTHEAD.match(line)) or bool(
        ACCOUNT.fullmatch(line))  # 湖北日报 2024年6月3日: the name and the issue's date


SITE_AFTER = re.compile(rf"\s*[·•|｜]\s*[{HAN}A-Za-z0-9.]{{2,12}}")  # 烟台晚报 · 水母网: the paper and its site or app
# 珠海高新发布, 成都发布: an account's name over its post (a short place name; 榜单发布 is news)
NEWS_RELEASED = (r"排名|结果|榜单|名单|报告|数据|政策|成果|方案|意见|办法|规划|公告|通知|信息|新闻"
                 r"|正式|首次|集中|重磅|同步")
ACCOUNT = re.compile(rf"(?![{HAN}]*(?:{NEWS_RELEASED}))[{HAN}]{{2,6}}(?:发布|客户端|融媒)")


def _jump_line(c: Candidate) -> list[Line] | None:
    found = [jump.span for jump in leads.jumps(c.folded)] + leads.column_jumps(c.folded)
    rest = c.folded
    for start, end in found:
        rest = rest.replace(c.folded[start:end], "")
    if found and not rest.strip():
        return [c.line(LineKind.CONTINUATION, continues=c.text)]
    return None


def _editor(c: Candidate) -> list[Line] | None:
    if names.editor_line(c.folded):
        return [c.line(LineKind.EDITOR)]
    return None


# A TV or video script's marks (【导语】…, 【同期声】…, 【解说】…): what kind of passage follows
SCRIPT_MARK = re.compile(r"^【\s*(?:导语|正文|同期声|同期|解说|口播|现场声|现场|画面|字幕|主持人|演播室)\s*】\s*")
# A script's or wire record's fields naming people: 【记者】杨海灵, 【编辑】张洁
ROLE_FIELD = re.compile(r"^【\s*(?P<role>记者|摄像|摄影|通讯员|作者|编辑|责编|监制|制片|审核)\s*】\s*(?P<rest>\S.*)$")
SCRIPT_EDITORS = ("编辑", "责编", "监制", "制片", "审核")


def _script_mark(c: Candidate) -> list[Line] | None:
    mark = SCRIPT_MARK.match(c.folded)
    if mark and c.folded[mark.end():].strip():
        return [c.line(LineKind.PARAGRAPH, c.text[mark.end():], markup=c.text[:mark.end()])]
    field = ROLE_FIELD.match(c.folded)
    if field is None:
        return None
    if field.group("role") in SCRIPT_EDITORS:
        return [c.line(LineKind.EDITOR)]
    spans = names.byline(field.group("rest"), need_role=False) or []
    start = field.start("rest")
    return [c.line(LineKind.BYLINE, names=names.spans_text(c.text, [(s + start, e + start) for s, e in spans]))]


def _marked_byline(c: Candidate) -> list[Line] | None:
    m = names.BYLINE_MARK.match(c.folded)
    if not m or COLUMN_WORD.match(c.folded[m.end():].strip()) or PHOTO_COLUMN_FIRST.match(c.folded[m.end():]):
        return None  # ■简讯, ■图说园区: a column's name
    if furniture.PAGE_POINTERS.fullmatch(c.folded) or furniture.kind(c.folded[m.end():]) == furniture.Furniture.DIGEST:
        return None  # ▶4版 姚江·民生 ▶5版 四明·文化, ■导读 ▶A07版 车市：…: pointers to other pages, no byline
    rest = c.folded[m.end():]
    if rest.rstrip().endswith("摄"):
        return None  # ■记者 刘建新 摄: a photo's credit after the mark
    titled = TITLED_NAME.fullmatch(rest)  # □王胜光（中国科学院科技战略咨询研究院研究员）: a name and what he is
    if titled and names.POSITION.search(titled.group("what")):
        rest = rest[:titled.end("name")]
    if names.ORGANISATION.fullmatch(rest.strip()):
        return [c.line(LineKind.BYLINE, variety="body")]  # ◎ 湘潭高新区管委会: a body signs it, no person
    spans = names.byline(rest, need_role=False)
    if spans is None and m.group().strip() in BAR_MARKS:
        return None  # ▍浦东｜2022年新增上市企业…: a bar marks headings as well; only a byline's words make it one
    if spans is None:  # a mark says "byline" on its own: take what reads as names
        if len(rest) > MAX_MARKED_BYLINE or re.search(r"[。！？]", rest):
            return None  # ◆大皖新闻讯 淮南与合肥…。: an item's text after its bullet
        spans = names.marked_names(rest)
        dotted = SERIES_NAME.fullmatch(rest.strip())
        if not spans or (dotted and not all(map(names.is_name, dotted.group().split("·")))):
            # ■区县·园区: words joined by a middle dot that are not all names title a column
            return None  # ■ 园区快讯: a column label, not a byline
        lead = leads.lead_in(rest)
        if lead is not None and len(lead.names) > len(spans) and max(e for _, e in lead.drop) >= len(rest.rstrip()):
            spans = lead.names  # ●四川在线消息(记者 秦勇 杨国庆): a news mark's names, 杨国庆 too (国庆 is a word)
    found = names.spans_text(c.text, [(s + m.end(), e + m.end()) for s, e in spans])
    return [c.line(LineKind.BYLINE, names=found)]


MAX_MARKED_BYLINE = 40
BAR_MARKS = ("▍", "▌", "┃")  # a bar before a line: a heading's mark or a byline's (▍记者:赵丹丹 邓健)
PHOTO_COLUMN_FIRST = re.compile(rf"\s*(?:{PHOTO_COLUMN_WORDS})[{HAN}]{{1,6}}\s*$")  # ■图说园区: a photo column's name
SERIES_NAME = re.compile(rf"[{HAN}]{{2,6}}(?:·[{HAN}]{{2,6}})+")
TITLED_NAME = re.compile(rf"\s*(?P<name>[{HAN}]{{2,4}})\s*[(（](?P<what>[^()（）]{{2,40}})[)）]\s*")


# A photo series' label with its title: 组图：晚报名家走进茶乡山城
SERIES_TITLE = re.compile(r"^[■□◆●]?\s*(?:组图|图片新闻|图片报道)(?:\s*[:：·]\s*|\s+)[^\s。！？][^。！？]{1,30}$")


def _column_label(c: Candidate) -> list[Line] | None:
    heading = MARKUP_HEADING.match(c.text)
    start = len(heading.group(1)) if heading else 0  # `## 简讯`: a label in heading markup
    m = COLUMN_LABEL.match(c.folded[start:].strip())
    if m:
        group = "name" if m.group("name") else "name2"
        offset = start + (len(c.folded[start:]) - len(c.folded[start:].lstrip()))
        name = c.text[offset + m.start(group):offset + m.end(group)]
    elif COLUMN_WORD.match(c.folded[start:].strip()):
        name = c.text[start:].strip()
    elif SERIES_TITLE.match(c.folded[start:].strip()):
        name = c.text[start:].strip()  # 组图：晚报名家走进茶乡山城: a photo series and its title
    else:
        return None
    column = column_of(fold(name))
    if column is None or names.editor_line(fold(name)) or furniture.DIGEST_TITLE.match(c.folded[start:].strip()) \
            or furniture.NOTICE_TITLE.match(c.folded[start:].strip()) \
            or names.byline(fold(name), strict=True) is not None or furniture.posted(c.folded) \
            or furniture.FONT_SIZES.match(c.folded) or furniture.AD_LABEL.match(c.folded[start:].strip()):
        # 【责任编辑：李萌】: an editor line in brackets; 【本期导读】, ■公示: a 导读 box, a notice (furniture);
        # 【記者魏雲日／新竹報導】: a byline in brackets; 【原载2013年8月23日】: when the clip first ran;
        # 【字号 大 中 小】: an e-paper page's tools; 【招聘】, 【拍卖公告】: a run of adverts or notices
        return None
    return [c.line(LineKind.LABEL, name, markup=c.text, variety=column)]


def _section_labels(typed: list[Line]) -> None:
    """A bare line of topics joined by a middle dot after a page's text has begun (`招聘·就业` over the next
    headline): the section of the pieces under it, a column's label, never a headline. (At the page's top
    such a line names the page: its header.)"""
    text_seen = False
    for line in typed:
        if line.kind == LineKind.PARAGRAPH:
            text_seen = True
        elif text_seen and line.kind == LineKind.HEADING and not line.level and _section_name(line.folded.strip()):
            line.kind, line.role, line.rule, line.variety = LineKind.LABEL, Role.NONE, "section-label", Column.NEWS


# A headline announcing a list of news, each item under its own numbered headline: 十大新闻, 十件大事, 年度盘点
LIST_BANNER = re.compile(r"[十\d]{1,2}(?:大|件)(?:新闻|事件|大事|要闻|亮点|成果|看点)|年度盘点|大事盘点")
LIST_NUMBER = re.compile(r"^\d{1,2}[.、．]\s*(?=\D)|^[一二三四五六七八九十]{1,2}、")


def list_number(folded: str) -> int | None:
    """The number a list's item opens on (`1.`, `一、`), or None."""
    m = LIST_NUMBER.match(folded)
    if m is None:
        return None
    digits = m.group().strip(" .、．")
    return int(digits) if digits.isdigit() else header.chinese_number(digits)


def _list_banners(typed: list[Line]) -> None:
    """A heading announcing a list (2022年度全省国家高新区十大新闻) whose next heading or text is a
    numbered headline (1.滁州高新区升级为国家高新区): the list's name over its items, a label, no article."""
    for k, line in enumerate(typed):
        if line.kind != LineKind.HEADING or not LIST_BANNER.search(line.folded):
            continue
        following = next((t for t in typed[k + 1:] if t.kind in (LineKind.HEADING, LineKind.PARAGRAPH)), None)
        if following is not None and following.kind == LineKind.HEADING and LIST_NUMBER.match(following.folded):
            line.kind, line.role, line.rule, line.variety = LineKind.LABEL, Role.NONE, "list-banner", Column.NEWS


SECTION_NAME = re.compile(rf"[{HAN}]{{2,4}}(?:[·•][{HAN}]{{2,4}})+")


def _section_name(folded: str) -> bool:
    """Topics joined by a middle dot, no place among them (`招聘·就业`, `城事·园区`, not `南宁·中关村`): a
    section's name over its pieces."""
    if not SECTION_NAME.fullmatch(folded):
        return False
    words = [w for part in re.split(r"[·•]", folded) for w in segmenter.tag(part)]
    return all(pos not in ("ns", "nr", "nt", "nz", "j") for _, pos in words)


def column_of(folded_name: str) -> Column | None:
    """What a column label promises of the items under it (None: not a column name)."""
    for column, pattern in COLUMNS:
        if pattern.search(folded_name):
            return column
    return Column.NEWS if COLUMN_LABEL.match(folded_name) is None else None


def _furniture(c: Candidate) -> list[Line] | None:
    heading = None if TOPIC.match(c.text) else MARKUP_HEADING.match(c.text)
    folded = c.folded[len(heading.group(1)):] if heading else c.folded
    found = furniture.kind(folded)
    keyed = RECORD_KEY.match(folded)
    if found is None and keyed:  # 【提示】▶2版 我市持续…: an export's field holding a 导读 entry
        found = furniture.kind(folded[keyed.end():])
    if found is None and not (c.top or heading) and furniture.long_notice(folded):
        found = furniture.Furniture.NOTICE
    if found is None or (found == furniture.Furniture.COLOPHON and _sourced_byline(folded) is not None):
        return None  # 来源：《当代党员》 冯驿驭 王雪: the piece's source and its authors, a byline
    if found == furniture.Furniture.COLOPHON and SOURCE_ALONE.match(folded):
        return None  # （摘自《中国软科学》2014年第11期，作者…）: an excerpt's source, its issue no colophon
    if found == furniture.Furniture.COLOPHON and c.wrapped and "，" in c.folded:
        return None  # 政山东》播出第115期，济南高新区、青岛高 / …: a sentence the column broke, not 第1234期
    if c.table and found == furniture.Furniture.NAVIGATION and MARKDOWN_ROW.match(c.folded):
        return None  # | 1 | 中关村 | 98 |: a table's row between bars, not a menu
    return [c.line(LineKind.FURNITURE, markup=c.text, variety=found)]


RECORD_KEY = re.compile(rf"^【[{HAN}]{{2,4}}】\s*")  # 【提示】, 【版权】: a field's name in an export
MARKDOWN_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
# (any source will do before a keyed author: 来源：杨凌农科传媒集团 作者：万英俊)
SOURCED = re.compile(rf"^\s*(?:来源|稿源|转自)\s*[:：]\s*(?:《[^》]{{1,16}}》|{names.OUTLET}"
                     rf"|[^\s:：，。]{{2,16}}(?=\s+(?:作者|记者)\s*[:：]))\s+"
                     r"(?P<key>(?:作者|记者)\s*[:：]\s*)?")


# 作者：付忠保 胡志强 邓军 来源：国家电网报, 王海燕 龚臻 来源：浙江日报: the authors, then the source
SOURCE_AFTER = re.compile(r"^(?P<who>\S.{1,40}?)\s+(?:来源|稿源)\s*[:：]\s*[^\s，。]{2,20}\s*$")


def _sourced_byline(folded: str) -> list[tuple[int, int]] | None:
    """Name spans of `来源：《当代党员》 冯驿驭 王雪 周丹` (a source, then its authors)
    or of `作者：付忠保 胡志强 来源：国家电网报` (the authors, then the source)."""
    m = SOURCED.match(folded)
    after = SOURCE_AFTER.match(folded) if not m else None
    if after:
        return names.byline(after.group("who"), need_role=False, strict=True)
    if not m:
        return None
    # 来源：拉萨日报 作者：次央卓: the key is a role, any name will do after it (a Tibetan one has no surname)
    start = m.start("key") if m.group("key") else m.end()
    spans = names.byline(folded[start:], need_role=False, strict=not m.group("key"))
    return [(s + start, e + start) for s, e in spans] if spans else None


def _is_caption(text: str) -> bool:
    """Text before a credit on its line that is a caption, not part of the
    credit (`新华社记者` of `新华社记者 张三 摄` is no caption)."""
    text = text.strip()
    return len(text) >= MIN_GLUED_CAPTION and not names.ROLES.fullmatch(text) and names.byline(
        text, need_role=False) is None and not names.OUTLET_ONLY.fullmatch(text)


MIN_GLUED_CAPTION = 5
# A caption glued to a bare `（来源：…）` is short; a longer text with one is a paragraph noting its source.
MAX_SOURCED_CAPTION = 60
SOURCE_CREDIT = re.compile(r"\s*[(（]?\s*(?:来源|稿源)")
PHOTO_WORD = re.compile(r"摄|图|照|影|供图|photo", re.IGNORECASE)  # what says a credit is a photo's


def _credit(c: Candidate) -> list[Line] | None:
    mark = names.BYLINE_MARK.match(c.folded)  # ■记者 刘建新 摄: a mark before the credit
    found = credits.credit(c.folded) or (credits.shifted(credits.credit(c.folded[mark.end():]), mark.end())
                                         if mark else None)
    if not found or _sourced_byline(c.folded) is not None or (
            leads.source_note(c.folded) == (0, len(c.folded)) and not PHOTO_WORD.search(c.folded)):
        # （来源：北京晚报） alone under a text: where the piece came from (a source line), no photo's credit
        return None  # 来源：《当代党员》 冯驿驭: a piece's source and authors, not a photo's
    glued = credits.trailing(c.folded)
    if glued and _is_caption(c.folded[:glued[0]]):
        return None  # 俯瞰西安高新区景色 高新区供图: a caption and its credit (caption-with-credit)
    who = c.text[found.who[0]:found.who[1]].strip()
    return [c.line(LineKind.CREDIT, who, place=found.place,
                   names=names.spans_text(c.text, found.photographers), markup=c.text)]


# Where a reprinted piece first ran, after its byline: 本报记者 李丽云（原载2011年7月7日科技日报一版）
INNER_REPRINT = re.compile(r"\s+(?:原载|原刊|摘自|转载自)\S.*$")
REPRINT_NOTE = re.compile(r"\s*[(（]\s*(?:原载|原刊|摘自|转载自|来源[:：]?|据)[^()（）]{2,30}[)）]\s*$")


BODY_AS_AUTHOR = re.compile(rf"(?:作者|撰稿|供稿|文|图文|文图)\s*[:：/／]\s*"
                            rf"(?:{names.ORGANISATION.pattern}|{names.OUTLET})")


AGENCY_WORDS_AND_PICTURES = re.compile(rf"(?:图文|文图)\s*[/／]\s*{names.OUTLET}发?")


def _byline(c: Candidate) -> list[Line] | None:
    sourced = _sourced_byline(c.folded) or names.english_byline(c.text)
    if sourced:
        return [c.line(LineKind.BYLINE, names=names.spans_text(c.text, sourced))]
    inner = c.folded.strip()
    reprint = REPRINT_NOTE.search(inner)
    if reprint and reprint.start() > 0:
        inner = inner[:reprint.start()]
    offset = 0
    bracketed = inner[:1] in "(（【[" and inner[-1:] in ")）】]"
    if bracketed:
        # （记者 陈治中 原载本报2010年10月14日）: where the clip first ran, inside its byline's brackets
        inner, offset = INNER_REPRINT.sub("", inner[1:-1]), 1
    if BODY_AS_AUTHOR.fullmatch(inner):  # 作者：高新区宣传新闻中心: a body signs it, no person
        return [c.line(LineKind.BYLINE, variety="body")]
    spans = names.byline(inner, need_role=not bracketed)  # （张三 李四） closes an article too
    if spans is None and len(inner) <= MAX_ROLE_ONLY and names.ROLES.fullmatch(inner):
        spans = []  # 新华社记者, 本报评论员: a byline whose names stand elsewhere (or nowhere)
    words = inner.split()
    if spans is None and 1 < len(words) <= MAX_JOINT_OUTLETS and names.ROLES.fullmatch(words[-1]) \
            and all(names.OUTLET_ONLY.fullmatch(w) for w in words[:-1]):
        spans = []  # 新安晚报 安徽网 大皖新闻记者: the reporters of outlets that print a story together
    if spans is None and AGENCY_WORDS_AND_PICTURES.fullmatch(inner):
        spans = []  # 图文/新华社发: the piece's words and pictures, sent out by an agency: a byline, no person
    if spans is None:
        return None
    found = names.spans_text(c.text, [(s + offset, e + offset) for s, e in spans])
    if inner.endswith(("：", ":")) and found:
        # 记者 于彬： over what he asks: the interviewer's turn, its own line (an interview goes on under it)
        return [c.line(LineKind.BYLINE, names=found, variety=SPEAKER)]
    return [c.line(LineKind.BYLINE, names=found)]


MAX_JOINT_OUTLETS = 4  # outlets and their reporter's role on a byline line: 新安晚报 安徽网 大皖新闻记者
SPEAKER = "speaker"  # a byline's variety: the reporter's turn in an interview (记者 于彬：)


def _author_names(c: Candidate) -> list[Line] | None:
    if c.wrapped:
        return None  # …夏同强、韩昉、 / 马峰、谢辉、邓兴、张忠良、王鹏 / 伟、…: a list the column broke
    spans = names.names_only(c.folded)
    signed = spans is None and (spans := names.signature(c.folded)) is not None
    if spans is None:
        # ——闫丽（据天津日报）: the signature, then where the piece first ran (a source note)
        at = max(c.folded.rfind("（"), c.folded.rfind("("))
        tail = c.folded[at:].rstrip() if at > 0 else ""
        signed = bool(tail) and leads.source_note(tail) == (0, len(tail)) \
            and (spans := names.signature(c.folded[:at].rstrip())) is not None
    if spans is None:
        return None
    # ——杨学明, 审判长 岑宏宇: a signed piece (an opinion), not a reporter's
    return [c.line(LineKind.AUTHORS, names=names.spans_text(c.text, spans), variety="signature" if signed else "")]


# A site or account named alone in brackets on a line of its own: （中国高邮）, （高新发布）
SOURCE_ALONE = re.compile(rf"^\s*[(（](?:中国[{HAN}]{{2,4}}|[{HAN}]{{2,6}}(?:网|发布|在线|融媒|头条|客户端))[)）]\s*$"
                          r"|^\s*[(（]?\s*原(?:标题|题)\s*[:：]\s*\S"  # 原标题：… of a reprint: where it came from
                          r"|^\s*(?:转自|转载自|稿源)\s*[:：]\s*(?:\S{2,16}|https?://\S+)\s*$"  # 转自：成都日报锦观
                          # 来源 宁波市委党史研究室, ——摘编自2023年第四期《创新》, （摘编自…）
                          rf"|^\s*来源\s+[{HAN}]{{2,20}}\s*$|^\s*[—-]{{1,2}}\s*(?:摘编自|摘自|选自|转自|据)\S.{{0,30}}$"
                          r"|^\s*[(（](?:摘编自|摘自)[^()（）]{2,40}[)）]?\s*$"
                          # （作者系随州市人大常委会副主任…）, 作者单位：…: who the signed author is, no text
                          r"|^\s*[(（]\s*(?:作者系|作者为|作者单位\s*[:：])[^()（）]{2,80}[)）]\s*$"
                          r"|^\s*作者单位\s*[:：][^。！？]{2,60}。?\s*$")  # (作者系统地…: a sentence, unbracketed)


def _source_line(c: Candidate) -> list[Line] | None:
    writer = leads.digest_writer(c.folded)
    if writer and leads.source_note(c.folded) == (0, len(c.folded)):  # （摘自…《人民日报》 姚雪青/文）
        return [c.line(LineKind.BYLINE, names=names.spans_text(c.text, [writer]))]
    if leads.source_note(c.folded, bodies=False) == (0, len(c.folded)) or SOURCE_ALONE.match(c.folded):
        return [c.line(LineKind.EDITOR)]  # kept with its article, in no field, and it ends the article
    return None


def _office_note(c: Candidate) -> list[Line] | None:
    # (a rule of its own: the pages the heading model learned from close their pieces on papers' notes)
    if leads.source_note(c.folded) == (0, len(c.folded)):
        return [c.line(LineKind.EDITOR)]
    return None


def _caption_with_credit(c: Candidate) -> list[Line] | None:
    found = credits.trailing(c.folded)
    if not found:
        return None
    start, credit = found
    sourced = SOURCE_CREDIT.match(c.folded[start:])  # （来源：…）: a photo's, or a text's
    if (len(c.folded[:start].strip()) > MAX_SOURCED_CAPTION and sourced and not PHOTO_WORD.search(c.folded[start:])) \
            or "作者" in c.folded[start:]:
        return None  # …连续4年保持两位数增长。（来源：合肥高新发布）, （来源：经济日报 作者：…）: a text's source
    caption = c.text[:start].strip()
    # a mark, or the number of a series' photo (①嘉宾参观恒力重工。): no part of the caption
    mark = CAPTION_MARK.match(fold(caption)) or photos.PHOTO_NUMBER.match(caption)
    if mark:
        caption = caption[mark.end():].lstrip()
    who = c.text[credit.who[0]:credit.who[1]].strip()
    return [c.line(LineKind.PARAGRAPH, caption, role=Role.CAPTION,
                   markup=c.text.strip()[:mark.end()] if mark else ""),
            Line(LineKind.CREDIT, who, c.number, 0, "", place=CreditPlace.GLUED,
                 names=names.spans_text(c.text, credit.photographers), markup=c.text[start:])]


def _scene_caption(c: Candidate) -> list[Line] | None:
    if c.wrapped:
        return None  # as wide as the column and unfinished: its rest is on the next line
    scene = c.folded.rstrip().removesuffix("。")  # 开工仪式现场。: a scene, its full stop or not
    bracketed = re.fullmatch(r"[（(]([^（）()]{2,12})[）)]", scene)
    if bracketed and re.search(r"(?:效果图|示意图|规划图|鸟瞰图|实景图)$", bracketed.group(1)):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]  # （项目效果图）: what the picture above is
    if len(scene) <= photos.MAX_SCENE_CAPTION and photos.SCENE_CAPTION.search(scene) \
            and not re.search(r"[。！？，,：:；]", scene):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]
    if len(c.folded) <= MAX_SHOWN_CAPTION and SHOWN.search(c.folded):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]  # 高新产业发展突飞猛进。图为…: what the photo shows
    if PLACE_CAPTION.fullmatch(c.folded) and not re.search(r"[，,：:；]|是|将|已|了|正在|表示|认为", c.folded):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]  # 坪山新区生物医药创新产业园。: a place under a photo
    return None


def _thing_caption(c: Candidate) -> list[Line] | None:
    if not c.wrapped and _names_a_thing(c.folded):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]  # 建园之初的松山湖。: what the photo shows, no sentence
    return None


MAX_THING_CAPTION = 24  # characters of a caption that names what a photo shows
MAX_THING_MODIFIER = 4  # words of the clause before its last 的 (正在 / 加速 / 建设 / 的)
NOT_A_THING = ("是", "为", "有", "说", "将", "就是", "成为", "这", "我们")


def _names_a_thing(folded: str) -> bool:
    """A short line that names a thing and ends on a full stop, no sentence
    (`建园之初的松山湖。`, `正在崛起的新区。`, `中光原生产线。`): jieba's last
    word a noun, no verb after the last 的 and no more than a short clause
    before it. A report's sentence tells who did what (副市长高巍陪同调研。)."""
    thing = folded.strip()
    if not thing.endswith("。") or len(thing) > MAX_THING_CAPTION or not has_han(thing[:1]) \
            or re.search(r"[，,；;：:！？!?、“”\d]", thing[:-1]):
        return False
    words = [(w, p) for w, p in segmenter.tag(thing[:-1]) if w.strip()]
    if len(words) < 2 or not words[-1][1].startswith("n") or words[0][1].startswith(("v", "r", "p", "c", "d")) \
            or any(w in NOT_A_THING for w, _ in words):
        return False
    last_of = max((k for k, (w, _) in enumerate(words) if w == "的"), default=-1)
    if any(p in ("ul", "uz", "ug") for _, p in words):
        return False  # 了, 着, 过: an action told, a sentence
    verbs = [k for k, (_, p) in enumerate(words) if p.startswith("v") or p == "i"]  # an idiom acts as a verb
    return all(k < last_of for k in verbs) and (not verbs or last_of <= MAX_THING_MODIFIER)


# Where the people in a photo stand: 曹观友（左）, 刘子健（右3起）, 左起…, 前排…
PERSON_POSITION = re.compile(r"[(（](?:左|右|中|前排|后排)[一二三四五六七八九十\d]*(?:起)?[)）]"
                             r"|(?:^|[，。])(?:左起|右起|从左至右|从左到右|前排左起|后排左起)")
MAX_POSITION_CAPTION = 140


def _position_caption(c: Candidate) -> list[Line] | None:
    """A short text saying where the people in a photo stand is its caption."""
    if len(c.folded) <= MAX_POSITION_CAPTION and PERSON_POSITION.search(c.folded) \
            and len(re.findall(r"[。！？]", c.folded)) <= 1 and not leads.lead_in(c.folded):
        return [c.line(LineKind.PARAGRAPH, role=Role.CAPTION)]
    return None


def _marked_caption(c: Candidate) -> list[Line] | None:
    m = CAPTION_MARK.match(c.folded)
    if not m or not c.text[m.end():].strip():
        return None
    return [c.line(LineKind.PARAGRAPH, c.text[m.end():].strip(), role=Role.CAPTION,
                   markup=c.text[:m.end()], broken=c.wrapped)]


# An English headline: a capital or a figure first, up to 14 words, no full stop at its end.
ENGLISH_HEADLINE = re.compile(r"^[A-Z0-9](?:[^.。!?:;]|(?<=\d)\.(?=\d)){2,90}(?<![.,:;])$")  # …up 14.6% in revenue


# What only goes on a sentence: a structural particle, or a pause mark
SENTENCE_REST = re.compile(r"^(?:的|了|地|得|着|过)(?![士确])|^[，,、；;。]")


UNCLOSED_TITLE = re.compile(r"《[^》]*$")  # a book title's 《 with no 》 after it on the line
# A report's time, then a comma: how a text opens (2月19日，…, 近日，…), never a headline
TIME_THEN_COMMA = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?"
                             r"|近日|日前|今年以来|近年来|昨天|昨日|今天|今日)[，,]")


def heading_shape(folded: str) -> str | None:
    """"strong" for a short line with no sentence punctuation outside
    quotation marks (headlines may ask or exclaim: `如何留住人才？`, `好消息！…`;
    a leading `一、` or `（二）` does not count); "weak" for a shorter one with
    commas (`政策给力，企业有底气`), which is a headline only when an article
    follows it; None for anything else."""
    limit = MAX_SUBTITLE if SUBTITLE_DASH.match(folded) else MAX_BARE_HEADING
    if any(jump.onward and not folded[jump.span[1]:].strip() for jump in leads.jumps(folded)):
        return None  # …延伸产业链、（下转第3版）: a text's last words and where it goes on
    if not has_han(folded):  # an English headline: words, not characters
        return "strong" if ENGLISH_HEADLINE.match(folded) else None
    if len(folded) > limit or folded.endswith((":", "：", "，", ",", "、")):
        return None
    if SENTENCE_REST.match(folded):
        return None  # 的背后，是一场…: a sentence's rest the column broke, no headline opens on a particle
    if UNCLOSED_TITLE.search(folded):
        return None  # 1985年,中央做出《关于科技体制改革: a book title the column broke open, text going on
    if TIME_THEN_COMMA.match(folded):
        return None  # 2月19日,肇庆高新区举行…: a report's first words (a headline sets a date apart otherwise)
    bare = QUOTED.sub("", ENUMERATOR.sub("", folded))
    if NO_HEADING_PUNCT.search(bare):
        return None
    if COMMAS.search(bare):
        return "weak" if len(folded) <= MAX_WEAK_HEADING else None
    return "strong"


def could_be_heading(folded: str) -> bool:
    """A line shaped like a headline without doubt (see heading_shape)."""
    return heading_shape(folded) == "strong"


def _table_row(c: Candidate) -> list[Line] | None:
    if c.table:
        return [c.line(LineKind.PARAGRAPH, role=Role.BODY)]
    return None


TITLE_BEFORE_LEAD = re.compile(r"^(?P<title>[^\s。！？，,：:]{6,30})\s+(?P<rest>\S.{9,}|[^\s。！？，,]{0,6}讯)$")
RUN_IN_TITLE = re.compile(r"^【(?P<title>[^【】]{9,60})】\s*(?P<rest>\S.{9,})$")
# 【园区】, [调研], [坚定信心 竞进提质]: a category's or a series' tag before a headline
CATEGORY_TAG = re.compile(rf"^\s*(?P<open>[【〔［\[])\s*(?P<tag>[{HAN}·]{{2,8}}(?: [{HAN}·]{{2,8}})?)\s*"
                          r"(?P<close>[】〕］\]])(?=\S)")
NEWS_TAG = re.compile(r"(?:讯|报道|消息)$")  # 【本报讯】 opens a text, never a headline
BRACKETED_HEADLINE = re.compile(r"^【([^【】]{2,60})】$")  # 【宁乡：千年古邑焕发璀璨光芒】: a headline in 【】


def _unfinished(folded: str) -> bool:
    """A line that reads as a heading of any length: no sentence's end (a
    closing quotation mark is none), no 。 or ； outside quotations, and no
    pause at its end (：，、)."""
    return not (SENTENCE_END.search(folded) or NO_HEADING_PUNCT.search(QUOTED.sub("", folded))
                or folded.endswith(("：", ":", "，", ",", "、")))


def _opens_on_lead_in(folded: str) -> bool:
    """Whether a line opens on a report's lead-in, after an item's bullet or number if any
    (`◎大众网泰安6月10日讯…`, `3.湘潭县融媒体中心5月19日讯`)."""
    return leads.lead_in(folded[items.mark(folded):]) is not None


def _unindented_heading(c: Candidate) -> list[Line] | None:
    if c.indent != -1 or c.table or len(c.folded) > MAX_LONG_HEADLINE or not _unfinished(c.folded):
        return None
    if BRACKETED_HEADLINE.match(c.text):
        return None  # 【湘湖镇：真情服务勇担当】: a headline in brackets, the brackets its markup (bracketed-headline)
    if _opens_on_lead_in(c.folded):
        return None  # 本报金华10月2日电　（记者…）: a report's first words, however set
    mark = heading_mark(c.folded)
    if mark and not c.folded[mark.end():].strip():
        return None
    if mark and PHOTO_MARK.match(c.folded) and _names_a_scene(c.folded[mark.end():]):
        return None  # ▲中极氢能产业生态基地: a photo's caption (caption-mark), not a bulleted headline
    text = c.text[mark.end():] if mark else c.text
    # with commas it is a headline only when an article follows, or its deck (see indexer.structure)
    return [c.line(LineKind.HEADING, text, markup=mark.group() if mark else "",
                   weak=bool(COMMAS.search(QUOTED.sub("", fold(text)))))]


PHOTO_MARK = re.compile(r"^[▲△]")  # a triangle points at a photo, or bullets a headline
# What a photo shows when a caption only names it: a site (…产业生态基地, …产业园, …生产线)
SCENE_NOUN = re.compile(r"(?:基地|产业园|园区|工厂|车间|生产线|厂房|大楼|展厅|实验室|工地|码头|大桥"
                        r"|外景|一角|全景|夜景)$")
MAX_NAMED_SCENE = 16


def _names_a_scene(folded: str) -> bool:
    """A short name of a site and nothing more (`中极氢能产业生态基地`, `龙芯信创产业园`):
    what a caption says of its photo; a headline says what happened there."""
    text = folded.strip()
    return len(text) <= MAX_NAMED_SCENE and SCENE_NOUN.search(text) is not None and not re.search(r"[，,、：:]", text)


# A sentence's end, and not a headline's closing quotation mark (…发展“方法论”)
SENTENCE_END = re.compile(r"[。！？!?；;…][”」』’）)]*\s*$")
LEADING_HEADING_MARK = re.compile(r"^[◎☆★]\s*(?=\S)")  # ◎外國記者中關村體驗共享單車: a headline's mark
HEADING_BAR = re.compile(r"^[▍▌▎▏┃]\s*")  # a bar before a heading, on a page of any markup
HEADING_MARK = re.compile(r"^[▲△■□●◆◇◎★☆▶►]\s*")  # ▲江北新区崛起两大千亿级产业集群: a heading's bullet
HEADLINE_BULLET = re.compile(r"^[■□●◆◇]\s*")  # ■芜湖25家企业入围…: a headline's bullet, no word of it
DOT_BULLET = re.compile(r"^[·•]\s*(?=\S)")  # ## ·成都高新区妇幼保健院主体封顶: a dot, in a marked heading


def headline_bullet(text: str) -> str | None:
    """The bullet a heading's printed line opens on (`■`, `·`), or None."""
    m = HEADLINE_BULLET.match(text) or DOT_BULLET.match(text)
    return m.group().strip() if m else None


def heading_mark(folded: str) -> re.Match | None:
    """The mark a heading opens on, if any: a bullet (▲, ■), a bar (▍) or a star (◎)."""
    return HEADING_MARK.match(folded) or HEADING_BAR.match(folded) or LEADING_HEADING_MARK.match(folded)


# A byline printed at the end of its headline's line: `科技绵阳 百闻不如一见　□记者 王望`, or names alone behind
# a byline's mark (`益阳高新区：向“高”而攀 向“新”而行 □杨玉菡 高政研 龙吉妮`)
HEADLINE_BYLINE = re.compile(r"^(?P<head>\S.{3,40}?)\s+(?P<by>[□■►▶]?\s*\S{0,8}?(?:记者|通讯员)\s*\S.{1,20}"
                             rf"|[□■►▶]\s*[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}}){{0,5}})$")


def _headline_byline(c: Candidate) -> list[Line] | None:
    m = HEADLINE_BYLINE.match(c.folded)
    if not m or c.wrapped or c.indent == 1 or not could_be_heading(m.group("head")) \
            or leads.lead_in(m.group("head") + " ") is not None:
        return None  # 新华社南京5月9日电　新华社记者 朱程: a dateline, not a headline
    by = c.folded[m.start("by"):]
    mark = names.BYLINE_MARK.match(by)
    spans = names.byline(by[mark.end():] if mark else by) or (mark and names.names_only(by[mark.end():]))
    if not spans:
        return None
    at = m.start("by") + (mark.end() if mark else 0)
    return [c.line(LineKind.HEADING, c.text[:m.end("head")]),
            Line(LineKind.BYLINE, c.text[m.start("by"):], c.number, 0, "",
                 names=names.spans_text(c.text, [(at + s, at + e) for s, e in spans]))]


def _bare_heading(c: Candidate) -> list[Line] | None:
    if c.indent == 1:
        return None  # an indented line is text on a page that indents its paragraphs
    marks, words, bracketed = _bullet_and_brackets(c.text)
    if bracketed and heading_shape(fold(words)):
        # ■【自贡携手川航打造…】: a bullet and brackets set a headline apart, on a page of any markup
        # (on a page that marks its headings, one of theirs)
        return [c.line(LineKind.HEADING, words, markup=marks, level=2 if c.hashes else 0)]
    bar = HEADING_BAR.match(c.folded) or LEADING_HEADING_MARK.match(c.folded)
    if bar and could_be_heading(c.folded[bar.end():]):  # ▍浦东｜2022年新增上市企业占全市43%, ◎外国记者…
        return [c.line(LineKind.HEADING, c.text[bar.end():], markup=c.text[:bar.end()])]
    run_in = RUN_IN_TITLE.match(c.text)  # 【平顶山高新区再添国家级名片】近日，…: a post's title run into its text
    if run_in and heading_shape(fold(run_in.group("title"))) and not NEWS_TAG.search(fold(run_in.group("title"))) \
            and not leads.lead_in(c.folded):
        return [c.line(LineKind.HEADING, run_in.group("title"), markup="【】"),
                c.line(LineKind.PARAGRAPH, run_in.group("rest"))]
    glued = TITLE_BEFORE_LEAD.match(c.text)  # 浏阳经开区95%企业已复工 湖南日报2月18日讯（记者…）: a lost line break
    if glued and not c.hashes and heading_shape(fold(glued.group("title"))) == "strong" \
            and leads.lead_in(fold(glued.group("rest"))) is not None and not leads.lead_in(c.folded):
        return [c.line(LineKind.HEADING, glued.group("title")), c.line(LineKind.PARAGRAPH, glued.group("rest"))]
    # 【地评线】按下高质量区域一体化发展“快进键”: a column's tag over a headline
    tag = CATEGORY_TAG.match(c.folded)  # 〔园区〕泸州国家高新区…, [调研]…: a category's tag too
    # (a column-wide line the OCR broke goes on below: a paragraph under its column's tag, 【常州高新区】在第19届…)
    if tag and not c.hashes and not c.wrapped and could_be_heading(c.folded[tag.end():]) \
            and not NEWS_TAG.search(tag.group("tag")) and has_han(c.folded[tag.end():]) \
            and not header.is_date_line(c.folded[tag.end():]):
        inner = c.text[tag.start("tag"):tag.end("tag")]
        brackets = c.text[tag.start("open")] + c.text[tag.start("close")]
        return [c.line(LineKind.HEADING, inner, markup=brackets), c.line(LineKind.HEADING, c.text[tag.end():])]
    bracketed = BRACKETED_HEADLINE.match(c.text)
    if bracketed and heading_shape(fold(bracketed.group(1))) and not (c.hashes and not c.text.startswith("#")):
        return [c.line(LineKind.HEADING, bracketed.group(1).strip(), markup="【】")]
    if c.wrapped:
        return None  # as long as the column is wide and unfinished: a broken paragraph
    # On a '#' page only a ——subtitle may stand bare; elsewhere any short line may be a heading.
    if c.hashes and not SUBTITLE_DASH.match(c.folded):
        return None
    if _opens_on_lead_in(c.folded) or items.QUESTION.match(c.folded):
        return None  # 本报讯…, 3.湘潭县融媒体中心5月19日讯 open a text, whatever their length; 记者：…？ asks
    shape = heading_shape(c.folded)
    mark = HEADLINE_BULLET.match(c.text)  # (not ▶, a pointer to another page: 导读's mark)
    if shape and mark and c.text[mark.end():].strip():
        # ■芜湖25家企业入围全省百强高新技术企业: the bullet sets the headline apart, no word of it
        return [c.line(LineKind.HEADING, c.text[mark.end():], markup=c.text[:mark.end()], weak=shape == "weak")]
    if shape:
        return [c.line(LineKind.HEADING, weak=shape == "weak")]
    return None


def _paragraph(c: Candidate) -> list[Line] | None:
    glued = GLUED_POST.search(c.folded)
    if glued and glued.start() > 0:  # 8月14日，…绘制工作... 2020-08-17 15:50:29: a list's summary and its time
        return [c.line(LineKind.PARAGRAPH, c.text[:glued.start()].rstrip()),
                c.line(LineKind.FURNITURE, c.text[glued.start():].strip(), markup=c.text[glued.start():],
                       variety=furniture.Furniture.COLOPHON)]
    return [c.line(LineKind.PARAGRAPH, broken=c.wrapped)]


# A time glued to a web list's summary: `…绘制工作... 2020-08-17 15:50:29`
GLUED_POST = re.compile(r"(?<=[。！？…\.])\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


# A bold word opening a box or a note: 编者按, 导言, 内容提要, 记者手记
LABEL_WORD = re.compile(r"(?:编者按|编后|导言|导语|内容提要|提要|按语|记者手记|小贴士|链接|背景)$")
# `**磁谷建设**　记者从…`: a bold title run into the item it heads
BOLD_RUN_IN = re.compile(r"^\s*\*\*\s*(?P<title>[^*]{2,30}?)\s*\*\*[\s\u3000]*(?P<rest>[^*\s].{9,})$")


def bold_run_in(raw: str) -> re.Match | None:
    """A bold title run into a news item's text (`**磁谷建设**　记者从包头稀土高新区…`,
    `**示范基地**3月1日，…`): a phrase, no sentence, no numbered point (`**一是…。**`),
    no label (编者按, 导言, 更正: their own rules) and no furniture (**今日天气**　晴…)."""
    m = BOLD_RUN_IN.match(raw)
    if not m:
        return None
    title, rest = fold(m.group("title")), fold(m.group("rest"))
    # (a title may open on a count, **3家药城企业跻身研发百强**; not on a point's number or a date, **2023年…**)
    if re.search(r"[。！？!?，,：:；;、【】]", title) or ENUMERATOR.match(title) \
            or re.match(r"\d+\s*[.、．)）]|\d{4}\s*年|\d{1,2}\s*月|\d+\s*$", title) \
            or COLUMN_WORD.match(title) or LABEL_WORD.match(title) or furniture.kind(title) is not None \
            or names.editor_line(title):
        return None
    if furniture.kind(rest) is not None or furniture.kind(f"{title} {rest}") is not None \
            or PAPERS_NAME.fullmatch(title):
        return None  # **今日天气**　晴转多云…, **潜江新闻网**　版权所有…: furniture in bold
    return m


def _bold_run_in(c: Candidate) -> list[Line] | None:
    m = bold_run_in(c.text)
    if not m:
        return None
    return [c.line(LineKind.HEADING, m.group("title").strip(), level=2, markup="****"),
            c.line(LineKind.PARAGRAPH, m.group("rest").strip())]


RULES: tuple[Rule, ...] = (
    Rule("record-field", "a database export's field: 【日期】2019-10-18, 【版次】A06, 【正文】 (indexer.records)",
         _record_field),
    Rule("bold-run-in", "**磁谷建设**　记者从…: a bold title run into the news item it heads", _bold_run_in),
    Rule("script-mark", "a script's marks and people: 【导语】…, 【同期声】…, 【记者】杨海灵", _script_mark),
    Rule("masthead", "the page's header: paper, date in any form, 星期, 农历, 第N版", _masthead),
    Rule("article-date", "a date alone in brackets after an article: （2024年12月17日）", _article_date),
    Rule("byline-mark", "► 杨柳 黄可, ■ 张三: names after a byline mark", _marked_byline),
    Rule("column-label", "【高新区动态】, ■ 园区快讯, ## 简讯, 要闻简报, 组图, 短评: a column's name, never an article",
         _column_label),
    Rule("furniture", "导读 and ▶2版 entries, weather, 广告, 更正/声明/启事, 扫码阅读, 本版邮箱, 刊号: not news",
         _furniture),
    Rule("markup-heading", "`# 标题`, `## 小标题`: a heading by markup", _markup_heading),
    Rule("jump-marker", "a line that is only a jump marker: （下转第3版）, （上接第1版）", _jump_line),
    Rule("editor-line", "责任编辑：张三, （编辑 李四）, 编辑/校对/美编: editors, not authors", _editor),
    Rule("photo-credit", "陈敏/摄, 新华社记者 张三 摄, 图片来源:X, X供图, 资料图片, （图/记者 X摄）", _credit),
    Rule("byline-roles", "本报记者 张三 北京报道, 文/张三, （记者 张三 实习生 李四）", _byline),
    Rule("author-names", "a line of personal names only (known surnames): 王帅, 徐浩 赵斯亮; a signature: ——杨学明",
         _author_names),
    Rule("source-line", "据《工人日报》, （摘自《人民日报》）, （央视网）, （完）: where a piece came from, or its end",
         _source_line),
    Rule("office-note", "（高邮市人民政府）, （贵州省科技厅）: the government body that sent a piece in, at its end",
         _office_note),
    Rule("caption-with-credit", "a caption that ends with its credit: …车间一角。赵六 摄", _caption_with_credit),
    Rule("headline-byline", "a headline with its byline at the line's end: 科技绵阳 百闻不如一见　□记者 王望",
         _headline_byline),
    Rule("unindented-heading", "on a page that indents its paragraphs (　　), a line that is not indented and"
         " ends no sentence: ▲江北新区崛起两大千亿级产业集群", _unindented_heading),
    Rule("caption-mark", "△ or ▲ before a photo caption", _marked_caption),
    Rule("scene-caption", "a short scene without a credit: 宜昌高新区一角, 位于…的物流中心, …夜景", _scene_caption),
    Rule("thing-caption", "a line naming a thing, no sentence: 建园之初的松山湖。, 中光原生产线。", _thing_caption),
    Rule("position-caption", "where the people in a photo stand: 曹观友（左）和周游斌向嘉宾敬酒。", _position_caption),
    Rule("table-row", "a row of a table inside an article: cells apart, figures in the rows", _table_row),
    Rule("bare-heading", "a short line without sentence punctuation (no '#' on the page), or a ——subtitle",
         _bare_heading),
    Rule("paragraph", "anything else", _paragraph),
)


# Rules that take a line off an article's text: a paragraph they would take is a leak.
TAKEN_OFF = ("byline-mark", "column-label", "furniture", "jump-marker", "editor-line", "photo-credit",
             "byline-roles", "source-line", "office-note")


def leak(paragraph: str) -> str | None:
    """The rule that would have taken (part of) an article's paragraph off
    its text, or None: the leak markers of `indexer check`, from the very
    recognisers that type a page's lines."""
    text = " ".join(paragraph.split())
    folded = fold(text)
    candidate = Candidate(text, folded, 0, 0, False, False)
    for rule in RULES:
        if rule.name in TAKEN_OFF and rule.apply(candidate):
            return rule.name
    if len(text) <= MAX_WEAK_HEADING and rule_applies("author-names", candidate):
        return "author-names"
    if credits.trailing(folded):
        return "caption-with-credit"
    if leads.jumps(folded):
        return "jump-marker"
    if leads.lead_in(folded) and leads.lead_in(folded).drop:
        return "lead-in"
    if leads.trailing_byline(folded) or leads.source_note(folded):
        return "byline-roles"
    return None


def rule_applies(name: str, candidate: Candidate) -> bool:
    """Whether the named rule takes a candidate line."""
    return bool(next(rule for rule in RULES if rule.name == name).apply(candidate))


# A line set letter-spaced, each character apart by one space (`■园 区 动 态`, `营 口 辽 阳 高 新 区 揭 牌`):
# one word each, never names (spaced names stand apart by more: `王 巍　　李 强`)
LETTER_SPACED = re.compile(rf"[^{HAN}\s]{{0,2}}[{HAN}](?:[ \u3000][{HAN}]){{3,}}[^{HAN}\s]{{0,2}}")


def type_lines(text: str) -> list[Line]:
    """Type every non-empty line of a page by the first rule that takes it,
    then the page-level passes: the header block at the top, furniture blocks."""
    raw_lines = [_bold_as_markup(BOX_SIDES.sub("", raw)) for raw in _rejoin_brackets(text.split("\n"))]
    export = records.first_record(raw_lines)
    # an export's title fields are its headlines, as `#` lines are
    hashes = bool(export) or any(line.lstrip().startswith("#") and not TOPIC.match(line.lstrip()) for line in raw_lines)
    tables = tables_rows(raw_lines)
    width = wrap_width(raw_lines)
    wraps_across_blanks = width is not None and _wraps_across_blanks(raw_lines, width)
    # paragraphs indented (　　) and whole lines: a line that is not indented is no paragraph
    indenting = width is None and not hashes and indents_paragraphs(raw_lines)
    typed: list[Line] = []
    gap = 0
    top = True
    for number, raw in enumerate(raw_lines, start=1):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            gap += 1
            continue
        if LETTER_SPACED.fullmatch(raw.strip()):
            line = line.replace(" ", "")  # 园 区 动 态, 营 口 辽 阳 高 新 区 揭 牌: a heading set letter-spaced
        wrapped = (width is not None and width - WRAP_SLACK - _indent_width(raw) <= len(line) <= width + WRAP_SLACK
                   and (not line.endswith(SENTENCE_ENDS) or _time_opens_quote_ends(line))
                   # a page that breaks its lines mid-sentence goes on on the next line, not after a blank one
                   and (wraps_across_blanks or not _blank_after(raw_lines, number))
                   and (_opens_indented_paragraph(raw, raw_lines, number) or (
                       len(line) >= width - WRAP_SLACK
                       and not ZONE_HEADLINE.match(fold(line))
                       # (a lead-in sets its marks and names apart: 1.本报讯 记者薛海燕 蒋波报道：4月2)
                       and (not TWO_PART.search(line) or _opens_on_lead_in(fold(line)))
                       and not SUBTITLE_DASH.match(line) and not _news_follows(raw_lines, number)
                       # 为常熟氢能全产业链布下“关键一环”—— after a finished text: a kicker over its title
                       and not (KICKER_DASH.search(line) and (not typed or ends_sentence(typed[-1].text)))
                       and not _new_part_follows(raw, raw_lines, number)
                       # under an editor's line a piece has ended: the next one opens on its headline
                       and not (typed and gap == 0 and typed[-1].kind == LineKind.EDITOR)))) \
            or _english_runs_on(line, raw_lines, number)
        # 杭州高新区（滨江）：打造…, 长春北湖科技园开园 打造…: headlines as wide as the column
        indent = (1 if INDENT.match(raw) else -1) if indenting else 0
        candidate = Candidate(line, fold(line), number, gap, hashes, top, number in tables, wrapped, export, indent)
        for rule in RULES:
            found = rule.apply(candidate)
            if found:
                break
        wide = width is not None and len(line) > width + WRAP_SLACK
        for typed_line in found:
            typed_line.rule = typed_line.rule or rule.name
            typed_line.wide = wide
        typed.extend(found)
        # the header block may hold short lines (版名) among its sure lines
        top = top and all(_header_short(t) or t.kind not in (LineKind.PARAGRAPH, LineKind.HEADING) for t in found)
        gap = 0
    _header_block(typed)
    _furniture_blocks(typed)
    _framed_adverts(typed)
    _affiliations(typed)
    _headlines_over_jumps(typed)
    _accounts_over_posts(typed)
    _long_headlines(typed, hashes)
    _kickers_over_headlines(typed)
    _headlines_over_bylines(typed)
    _site_over_its_menu(typed)
    _rests_of_paragraphs(typed)
    _heads_of_paragraphs(typed)
    _speakers_over_headings(typed)
    _broken_headlines(typed, hard_wrapped=width is not None)
    _section_labels(typed)
    _list_banners(typed)
    _quotes_attributed(typed)
    if hashes:
        _bare_lines_by_markup(typed)
    else:
        _numbered_headlines(typed)
    return typed


def _quotes_attributed(typed: list[Line]) -> None:
    """A dash and a person right under a whole quotation (`“希望滨江成为现代科技城…”` /
    `——首任滨江区委书记 王铁军`) says who said it, a heading with the quotation, no
    signature of the piece."""
    for k in range(1, len(typed)):
        line, above = typed[k], typed[k - 1]
        if line.kind == LineKind.AUTHORS and line.rule == "author-names" and SUBTITLE_DASH.match(line.text) \
                and QUOTATION_LINE.fullmatch(above.text.strip()):
            line.kind, line.rule, line.names = LineKind.HEADING, "bare-heading", []


QUOTATION_LINE = re.compile(r"[“「][^“”「」]{4,60}[”」]?")
# A pull quote set apart in a piece: a quotation standing alone (its sentence's end inside or after it) …
WHOLE_QUOTATION = re.compile(r"[“「][^“”「」]{4,80}[”」][。！？!?]?")
# … and who said it: a dash, a post if any, a name (——乔宁, ——首任滨江区委书记 王铁军), or a post alone
# (——东湖高新区招才局相关负责人)
PULL_QUOTE_ATTRIBUTION = re.compile(r"(?:——|—|－－|--)\s*(?:[^\s，。！？“”]{1,20}\s)?(?P<name>[^\s，。！？“”]{2,4})"
                                    r"|(?:——|—|－－|--)\s*[^\s，。！？“”]{1,24}(?:负责人|主任|书记|局长|处长|总经理|董事长"
                                    r"|院长|校长|教授|代表|委员|经理|厂长|专家|研究员|工程师|创始人)")


def pull_quote(quotation: str, attribution: str) -> bool:
    """Whether two lines are a pull quote and who said it (`“把‘不可能’变成‘可能’。”` / `——金德平`)."""
    m = PULL_QUOTE_ATTRIBUTION.fullmatch(fold(attribution).strip())
    return m is not None and (m.group("name") is None or names.is_name(m.group("name"))) \
        and WHOLE_QUOTATION.fullmatch(fold(quotation).strip()) is not None
MAX_SPEAKER_LINE = 24  # characters of a kicker naming who speaks: 全国人大代表、蚌埠市委书记马军：


def _speakers_over_headings(typed: list[Line]) -> None:
    """A short line ending with a colon right over a heading names who says
    the heading's words (`全国人大代表、蚌埠市委书记马军：` / `抓创新不是选择题，
    而是“生存题”`): the headline's kicker, no unfinished text."""
    joined: set[int] = set()
    for k in range(len(typed) - 1):
        line, below = typed[k], typed[k + 1]
        if _zone_headline_broken_at_colon(line, below):
            # 郑州高新区： / 奋力开创“又高又新”…新局面: a zone's headline the column broke at its colon
            below.text, below.gap, below.kind, below.rule = line.text.rstrip() + below.text, line.gap, \
                LineKind.HEADING, "broken-headline"
            joined.add(id(line))
            continue
        if line.kind == LineKind.PARAGRAPH and line.role == Role.NONE and line.rule == "paragraph" \
                and len(line.text) <= MAX_SPEAKER_LINE and line.text.rstrip().endswith(("：", ":")) \
                and below.kind == LineKind.HEADING and below.gap <= min(1, line.gap) \
                and not re.search(r"[。！？]", line.text):  # (a page spacing every line sets it apart alike)
            line.kind, line.rule = LineKind.HEADING, "speaker-kicker"
    drop_joined(typed, joined)


def _zone_headline_broken_at_colon(line: Line, below: Line) -> bool:
    """A zone's name and a colon alone on a line, set apart above, right over a
    heading or an unfinished line of a headline's length: one headline broken
    at its colon (`郑州高新区：` / `奋力开创“又高又新”高质量发展新局面`)."""
    if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or below.gap or below.role != Role.NONE \
            or not line.text.rstrip().endswith(("：", ":")) or not (line.gap or below.kind == LineKind.HEADING):
        return False
    # (the zone's other name in brackets after it: 龙岩高新区(经开区)：)
    name = re.sub(r"[(（][^()（）]{1,8}[)）]$", "", fold(line.text.rstrip().rstrip("：:")))
    if not gazetteer.whole_name(name):
        return False
    rest = fold(below.text)
    return below.kind == LineKind.HEADING or (
        below.kind == LineKind.PARAGRAPH and len(rest) <= MAX_BARE_HEADING and _unfinished(rest))


MAX_BROKEN_HEADLINE = 40  # characters of a headline the OCR broke over two lines, joined
MIN_BROKEN_SUBJECT = 8     # characters of the subject line of a broken headline
MAX_BROKEN_PREDICATE = 12  # characters of its predicate line
BREAKS_OFF = re.compile(r"(?:的|之|和|与|及|而|并|、|，|,)$")  # 我省新增3家国家级的 / …: no headline ends so


def _broken_headlines(typed: list[Line], hard_wrapped: bool = False) -> None:
    """Two heading lines that read as one clause are one headline the OCR (or
    a narrow column) broke: a subject with no verb over its predicate
    (`昌吉州国投集团考察团` / `赴克拉玛依市考察交流`, `白银上半年规上工业增加值`
    / `增长15.2%`), or a first line that cannot end (`…3家国家级` /
    `科技企业孵化器`). A kicker says something of its own: it has a verb
    (`南都记者专访…`), or parts set apart (`新时代 新征程·…`)."""
    merged: set[int] = set()  # lines joined into the one above them: dropped once, at the end
    k, j = 0, 1  # the line that may go on, and the one that may be its rest
    while j < len(typed):
        first, second = typed[k], typed[j]
        if first.markup.strip("# ") or second.markup.strip("# ") or first.number == second.number \
                or first.rule in ("comma-kicker", "wide-kicker") or KICKER_DASH.search(first.text) \
                or gazetteer.whole_name(fold(first.text)):
            # (a 引题 over its title says its own clause: …“开门红”——, 济南市莱芜高新区 alone)
            k, j = j, j + 1  # a tag (〔园区〕), a mark (▲): a line of its own kind, not half a headline
            continue
        # `# 我省新增3家国家级` / `科技企业孵化器`: the markup on the first half only
        bare_rest = first.kind == LineKind.HEADING and first.level and second.level == 0 \
            and second.kind in (LineKind.PARAGRAPH, LineKind.HEADING) \
            and second.role == Role.NONE and not second.gap and len(second.text) <= MAX_BROKEN_PREDICATE \
            and _cannot_end(fold(first.text))
        # 再造一个新承 / 德: a headline's last word the OCR broke, its last character or two alone below
        word_rest = first.kind == LineKind.HEADING and second.kind in (LineKind.PARAGRAPH, LineKind.HEADING) \
            and not second.gap and second.level == 0 and _word_broken(fold(first.text), fold(second.text))
        if (bare_rest or word_rest or (first.kind == LineKind.HEADING and second.kind == LineKind.HEADING
                          and first.level == second.level and second.gap < 2
                          and (_one_clause(fold(first.text), fold(second.text))
                               or (hard_wrapped and not second.gap and _wrapped_clause(fold(first.text),
                                                                                       fold(second.text)))))) \
                and len(first.text) + len(second.text) <= MAX_BROKEN_HEADLINE and not SUBTITLE_DASH.match(second.text):
            first.text = first.text + second.text
            merged.add(id(second))
            j += 1
            continue
        k, j = j, j + 1
    drop_joined(typed, merged)


def _word_broken(first: str, second: str) -> bool:
    """A line of one or two characters whose word begins at the end of the line above (`…超五` / `成`,
    `…新承` / `德`): the rest of that line, never a line of its own."""
    return re.fullmatch(rf"[{HAN}]{{1,2}}", second.strip()) is not None and word_runs_on(first, second)


def _cannot_end(first: str) -> bool:
    """Whether a heading line breaks off where no headline ends: an attribute
    with its noun to come (…3家国家级), 的, a conjunction, a comma."""
    head = segmenter.tag(first)
    return bool(head) and (head[-1][1] == "b" or BREAKS_OFF.search(first) is not None
                           or _opens_unclosed(first) or _document_title_goes_on(first))


# What a government document's title ends on: 关于…的通知, 关于同意…的批复
DOCUMENT_KIND = re.compile(r"(?:通知|批复|意见|决定|办法|规定|方案|公告|通告|函|报告|纲要|规划|细则|复函|决议"
                           r"|条例|计划|答复|通报)$")


def document_title(folded: str) -> bool:
    """A government document's whole title: who issues it, 关于, and what it is at its end
    (`…管理委员会关于对…第B461号建议的答复`), a heading however long."""
    at = folded.find("关于")
    return 0 <= at <= MAX_DOCUMENT_ISSUER and DOCUMENT_KIND.search(folded) is not None


MAX_DOCUMENT_ISSUER = 24  # characters before 关于 in a whole title: 郑州高新技术产业开发区管理委员会, joint issuers


def _document_title_goes_on(first: str) -> bool:
    """A document's title begun (关于…) and not ended on what the document is
    (`国务院关于同意九江共青城高新技术产业园区` / `升级为国家高新技术产业开发区的批复`)."""
    at = first.find("关于")
    return 0 <= at <= MAX_ISSUER and DOCUMENT_KIND.search(first) is None


MAX_ISSUER = 12  # characters of who issues a document before its 关于 (国务院, 某某市人民政府办公室)


def _opens_unclosed(text: str) -> bool:
    """A quotation or a title opened and not closed (…江苏宿迁腾“云 / 上”): the line breaks off."""
    return any(text.count(opening) > text.count(closing) for opening, closing in ("“”", "《》", "「」", "（）"))


# A space, a pause or an opened bracket in a heading line: its parts stand apart, the line is whole
SET_APART = re.compile(r"[\s·|｜:：!！?？，,〔【(（]")


def _one_clause(first: str, second: str) -> bool:
    """Whether two heading lines read as one broken clause (see _broken_headlines)."""
    head, tail = segmenter.tag(first), segmenter.tag(second)
    if head and tail and _cannot_end(first):
        return True  # …江苏宿迁腾“云”而 / 上, …腾“云 / 上”: the clause or the quotation goes on below
    if not head or not tail or SET_APART.search(first):
        return False
    verbless = not any(tag.startswith("v") for _, tag in head)
    # a long subject, a short predicate: no comma in it, no person's name ending the subject (a speaker's line)
    return verbless and tail[0][1] in ("v", "p") and len(tail[0][0]) <= 2 and head[-1][1] != "nr" \
        and len(first) >= MIN_BROKEN_SUBJECT and len(second) <= MAX_BROKEN_PREDICATE and not re.search(r"[，,]", second)


def _wrapped_clause(first: str, second: str) -> bool:
    """On a page the OCR broke at the column's width, two heading lines right
    under each other that make one clause only together: a subject without a
    verb over a line with one (`第五届高校院所河南科技` / `成果博览会在新乡举行`),
    a verb over the figure it acts on (`西安交大创新工程签约` / `15个合作项目`), or a
    line with a verb ending on a time or a figure (`江油市举行2020年第三季度` / `重点项目集中开工仪式`)."""
    head, tail = segmenter.tag(first), segmenter.tag(second)
    if not head or not tail or SET_APART.search(first) or len(first) < MIN_BROKEN_SUBJECT:
        return False
    verb = ("v", "vn", "vd")
    if not any(tag in verb for _, tag in head):  # (a line ending on a quotation closes a phrase: a kicker)
        # (a line opening on a place names its own subject: `天桥工业经济核心引擎` / `济南新材料产业园…占全区71.9%`,
        # a kicker over its title)
        return any(tag in verb for _, tag in tail) and not first.endswith(("”", "」", "》")) and tail[0][1] != "ns"
    if head[-1][1] in ("mq", "t") or (head[-1][1] == "m" and re.fullmatch(r"\D*[家个批座项位款种条只台]", head[-1][0])):
        # 江油市举行2020年第三季度 / 重点项目集中开工仪式: a verb, then when, then what;
        # 武汉或将诞生首家 / “准万亿”市值上市公司: a count with its noun to come (…全市第一 is whole)
        return True
    return head[-1][1] == "v" and tail[0][1] == "m" and not any(tag in verb for _, tag in tail)


# Captions told by their words alone (a scene, where people stand), not by a credit or a mark
UNMARKED_CAPTIONS = ("scene-caption", "position-caption", "thing-caption")


def _rests_of_paragraphs(typed: list[Line]) -> None:
    """A line right under a paragraph line that breaks off mid-sentence
    (`…省级知识产权试点园区、` / `省级创业型园区。`) is that paragraph's rest,
    whatever its words look like: no caption stands inside a sentence."""
    for k, line in enumerate(typed[1:], start=1):
        before = typed[k - 1]
        if line.role != Role.CAPTION or line.rule not in UNMARKED_CAPTIONS \
                or before.kind != LineKind.PARAGRAPH or before.role != Role.NONE:
            continue
        if line.rule == "thing-caption":
            # a thing's name reads as a noun phrase; after a blank line too, or after a quotation's
            # close (…“小巨人” / 企业或省级专精特新的企业。), it can be a sentence's rest
            rest = not re.search(r"[。！？!?…][”’\"]?\s*$", before.text)
        else:  # 软件园三期诚毅大街 / 软件园三期一角: two captions
            rest = not line.gap and not ends_sentence(before.text) and len(before.text) >= photos.MIN_BROKEN_LINE
        if rest:
            line.role, line.rule = Role.NONE, "paragraph"


def _heads_of_paragraphs(typed: list[Line]) -> None:
    """A bare line of a column's width that breaks off inside a word the paragraph under it ends
    (`衡阳高新区招商小分队在前期敏` / `锐地捕捉到了…`, `…发展国家战` / `略有关情况，…`): that paragraph's first
    line, which a column break set apart, never a heading. Headlines end on a whole word."""
    for k, line in enumerate(typed[:-1]):
        under = typed[k + 1]
        if line.kind == LineKind.HEADING and line.level == 0 and not line.markup \
                and under.kind == LineKind.PARAGRAPH and under.role == Role.NONE and under.gap < 2 \
                and broken_in_a_word(fold(line.text), fold(under.text)):
            line.kind, line.role, line.rule = LineKind.PARAGRAPH, Role.NONE, "paragraph"


def broken_in_a_word(first: str, second: str) -> bool:
    """Whether a line of a column's width, no space inside, breaks off in a word the next line ends: jieba
    reads a word across the join, the line's own last word is a single character (no count: `8号`, `12家`
    end whole), and the next line's own first word is no word of its own (a single character, or one jieba
    only guessed), nor a preposition (自全市…, 图为…)."""
    first, second = first.strip(), second.strip()
    if len(first) < MIN_COLUMN_LINE or re.search(r"\s", first) or not word_runs_on(first, second):
        return False
    last = segmenter.tag(first[-RUN_ON_SPAN:])[-1][0]
    word, tag = segmenter.tag(second[:RUN_ON_SPAN])[0]
    if len(last) != 1 or re.search(r"\d.$", first) or tag.startswith("p"):
        return False
    return len(word) == 1 or not (segmenter.load().has_word(word) or tag.startswith(("nr", "ns", "nt")))


MIN_COLUMN_LINE = 12  # characters of the shortest line a column break leaves whole above its rest


NUMBERED_HEADLINE = re.compile(r"^(?P<number>(?P<n>\d{1,2})\s*[.．、]\s*)(?P<rest>\S.*)$")
MIN_NUMBERED_HEADLINES = 3


def _numbered_headlines(typed: list[Line]) -> None:
    """A page whose pieces are numbered (`1. 一串串神秘数字…`, `2. …`, an
    app's topic list): when the first numbered line opens the page's text
    and at least three follow in order, the numbers mark the headlines as
    `#` would, and the other headings are the pieces' sub-headings. Numbered
    points inside an article come after its headline and text."""
    numbered = []
    for k, line in enumerate(typed):
        m = NUMBERED_HEADLINE.match(line.text)
        if m and line.kind in (LineKind.HEADING, LineKind.PARAGRAPH) and line.role == Role.NONE \
                and len(m.group("rest")) <= MAX_LONG_HEADLINE and _unfinished(fold(m.group("rest"))):
            numbered.append((k, int(m.group("n")), m))
    if len(numbered) < MIN_NUMBERED_HEADLINES or [n for _, n, _ in numbered] != list(range(1, len(numbered) + 1)):
        return
    if any(t.kind in (LineKind.PARAGRAPH, LineKind.HEADING) for t in typed[:numbered[0][0]]):
        return  # text before the first: numbered points of an article
    first = numbered[0][0]
    if (first and typed[first - 1].kind == LineKind.LABEL) or all(
            items.opens_news(fold(m.group("rest"))) or leads.lead_in(fold(m.group("rest"))) for _, _, m in numbered):
        return  # ■简讯 / 1.近日，… / 2.华声在线3月14日讯…: a column's numbered items, opening as news does
    for k, _, m in numbered:
        line = typed[k]
        line.kind, line.level, line.rule, line.weak = LineKind.HEADING, 1, "numbered-headline", False
        line.text, line.markup = m.group("rest"), m.group("number")
    for line in typed:
        if line.kind == LineKind.HEADING and line.level == 0:
            line.level = 2


MAX_NUMBERED_SUBHEAD = 16  # 一、区位, （二）生物医药: a numbered sub-heading is a phrase


def _bare_lines_by_markup(typed: list[Line]) -> None:
    """On a page whose headlines carry markup, bare lines that belong to a
    heading all the same: a short line right above a `#` headline is its
    kicker (项目建设年 投资河北正当时), one right under it its deck
    (年产值将达100亿元 可解决就业4000人), and a numbered phrase standing
    alone (一、区位) a sub-heading."""
    for k, line in enumerate(typed):
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or line.rule != "paragraph":
            continue
        folded = fold(line.text)
        before = typed[k - 1] if k else None
        after = typed[k + 1] if k + 1 < len(typed) else None
        # (a line ending on a dash leads to the title under it across a blank line too: 主题采访活动—— / **…**)
        two_over = k + 2 < len(typed) and after is not None and after.kind == LineKind.PARAGRAPH \
            and after.role == Role.NONE and after.rule == "paragraph" and not after.gap \
            and could_be_heading(fold(after.text)) and not typed[k + 2].gap \
            and typed[k + 2].kind == LineKind.HEADING and typed[k + 2].level
        if after is not None and after.kind == LineKind.HEADING and after.level \
                and (not after.gap or (after.gap == 1 and KICKER_DASH.search(folded) is not None)) \
                and could_be_heading(folded) and (before is None or before.kind != LineKind.PARAGRAPH or line.gap):
            line.kind, line.rule = LineKind.HEADING, "kicker-over-markup"
        elif two_over and could_be_heading(folded) and (before is None or (
                before.kind not in (LineKind.PARAGRAPH, LineKind.LABEL) or line.gap)):  # (组图 / two captions / ## …)
            # 优质医疗资源扩容下沉 / 开放床位343张 医护人员202人 / ## 聊城市…院区正式启用: a kicker of two lines
            line.kind, line.rule = LineKind.HEADING, "kicker-over-markup"
            after.kind, after.rule = LineKind.HEADING, "kicker-over-markup"
        elif before is not None and before.kind == LineKind.HEADING and before.level and not line.gap \
                and heading_shape(folded) is not None:
            line.kind, line.rule = LineKind.HEADING, "deck-under-markup"
        elif ENUMERATOR.match(folded) and len(folded) <= MAX_NUMBERED_SUBHEAD and could_be_heading(folded) \
                and line.gap and (after is None or after.gap):
            line.kind, line.level, line.rule = LineKind.HEADING, 2, "numbered-subhead"


# A heading opening on a word and a colon (山西太谷：…, 新城：拓展的空间): a place's headline or a part's name
PLACE_COLON = re.compile(r"^([^：:\s，。]{2,8})[：:]\s*\S")
# A kicker telling who said the headline's words: 雷绍业在…调研园区发展时要求, …座谈时强调
SPEECH_KICKER = re.compile(r"(?:时|上|中)(?:强调|指出|要求|表示|提出|寄语)$")
# A kicker ends with a dash that leads to the title under it (…凸显产业集群效应—— / 乘风起势强根基)
KICKER_DASH = re.compile(r"(?:——|—|──|--)\s*$")
MAX_SITE_NAME = 16  # 渭南国家高新技术产业开发区 over its menu


def _site_over_its_menu(typed: list[Line]) -> None:
    """A short name over the page's first line of web or app navigation
    (`学习强国` / `学习平台 > 综合 > 园区创新`), maybe with its English name
    between them (`DALIAN HI-TECH INDUSTRIAL ZONE`), is the site's name: the page's header."""
    english = len(typed) >= 3 and LATIN_MASTHEAD.fullmatch(typed[1].text.strip()) is not None
    menu = typed[2] if english else typed[1] if len(typed) >= 2 else None
    if menu is not None and typed[0].kind in (LineKind.HEADING, LineKind.PARAGRAPH) \
            and not typed[0].markup.strip("# ") \
            and typed[0].role == Role.NONE and len(typed[0].text) <= MAX_SITE_NAME and menu.kind == LineKind.FURNITURE \
            and menu.variety == furniture.Furniture.NAVIGATION:
        for line in typed[:2] if english else typed[:1]:
            line.kind, line.rule, line.role = LineKind.MASTHEAD, "page-header", Role.NONE


def _accounts_over_posts(typed: list[Line]) -> None:
    """An outlet's or account's name alone right over a post's time line and
    the post's own title (`平顶山日报` / `23-2-17 12:41 来自 微博网页版` /
    `【…】…`) is who posted it: furniture of a timeline, no headline. Over an
    untitled post the name is all the title it has."""
    for k in range(len(typed) - 2):
        line, after, title = typed[k], typed[k + 1], typed[k + 2]
        if line.kind in (LineKind.HEADING, LineKind.PARAGRAPH) and line.role == Role.NONE and not line.level \
                and after.kind == LineKind.FURNITURE and furniture.posted(after.folded) \
                and title.kind == LineKind.HEADING \
                and (names.OUTLET_ONLY.fullmatch(line.folded.strip()) or ACCOUNT.fullmatch(line.folded.strip())):
            printed = line.printed
            line.kind, line.rule, line.variety = LineKind.FURNITURE, "account-line", furniture.Furniture.NAVIGATION
            line.markup, line.level = printed, 0


MAX_COMMA_KICKER = 24  # characters of a 引题 that ends on a comma (科技部发布2020年国家高新区排名，)
MIN_SHORTER_HEADING = 3  # characters a headline under a column-wide kicker falls short of it by


def _kickers_over_headlines(typed: list[Line]) -> None:
    """A line right over a heading, where a piece may open (under the page's
    header or a label, after a finished text, a byline or a source line),
    over the heading's text: the headline's 引题, no sentence the heading goes
    on. Either a short line ending on a comma (`科技部发布2020年国家高新区排名，`
    / `河南省国家高新区创新实力稳步提升` / `近日,…`), or, on a hard-wrapped
    page, a line as wide as the column over a short unfinished heading
    (`贵阳市2018年第1次工业项目集中开工投产` / `息烽5个工业项目集中开工投产` /
    `近日，…`) or a heading wider than the column (`全国生物医药产业园区竞争力评价发布` /
    `石家庄高新区生物医药产业园区排名跃居全国第7位`): a paragraph's lines run to its end, a short
    line that ends no sentence is no paragraph's last, and no line of a paragraph runs past the column."""
    for k in range(len(typed) - 2):
        line, below, text = typed[k], typed[k + 1], typed[k + 2]
        above = typed[k - 1] if k else None
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or line.rule != "paragraph" \
                or below.kind != LineKind.HEADING or below.level or below.gap > 1 \
                or not could_be_heading(fold(below.text)) \
                or text.kind not in (LineKind.PARAGRAPH, LineKind.HEADING) or text.role != Role.NONE:
            continue
        comma = not line.broken and len(line.text) <= MAX_COMMA_KICKER and line.text.rstrip().endswith(("，", ","))
        wide = line.broken and line.gap > 0 and not ends_sentence(line.text) \
            and not re.search(r"[，,。；;]", line.text) and text.kind == LineKind.PARAGRAPH \
            and (len(below.text) <= len(line.text) - MIN_SHORTER_HEADING or below.wide) \
            and not _opens_unclosed(line.text) and not _opens_unclosed(below.text)
        opens_here = above is None or above.kind in (*PAGE_TOP, LineKind.LABEL, LineKind.AUTHORS, LineKind.BYLINE,
                                                    LineKind.EDITOR, LineKind.CREDIT) \
            or (above.kind == LineKind.PARAGRAPH and ends_sentence(above.text))
        if (comma or wide) and opens_here:
            line.kind, line.rule = LineKind.HEADING, "comma-kicker" if comma else "wide-kicker"
            line.broken = False


def _headlines_over_bylines(typed: list[Line]) -> None:
    """A line right over a named byline, a ——subtitle or a report's lead-in, after a finished
    sentence (or nothing, or furniture), is a headline, however wide it
    runs: on a hard-wrapped page a headline can fill the column
    (`【动态】“万千气象看绵竹”2026年一季度媒体行聚焦绵竹产业发展` / `周韵 尹翔 文/图`)."""
    # found once: this loop only turns plain paragraphs into headings, so the page's first
    # heading-or-text line stays where it is
    first_text = next((k for k, t in enumerate(typed) if t.kind == LineKind.HEADING
                       or (t.kind == LineKind.PARAGRAPH and t.role == Role.NONE)), None)
    for k, line in enumerate(typed):
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or k + 1 >= len(typed):
            continue
        after, before = typed[k + 1], typed[k - 1] if k else None
        over = (after.kind in (LineKind.BYLINE, LineKind.AUTHORS) and bool(after.names) and not after.gap) or (
            after.kind == LineKind.HEADING and bool(SUBTITLE_DASH.match(after.text))) or (
            after.kind == LineKind.PARAGRAPH and _report_opening(after.folded)) or (  # over 《欧洲侨报》讯（记者 …）
            after.kind == LineKind.FURNITURE and furniture.records_its_article(after.folded)
            and not after.gap and after.number != line.number) or (  # over a web copy's record: 发布日期：…, 索引号：…
            (k == first_text and _over_lead_and_byline(typed, k))) or (  # over 对话人： and the guests' names
            after.kind == LineKind.PARAGRAPH and GUESTS_KEY.match(after.folded) is not None and k + 2 < len(typed)
            and typed[k + 2].kind in (LineKind.BYLINE, LineKind.AUTHORS) and bool(typed[k + 2].names))
        folded = fold(line.text)
        if not over or ends_sentence(folded) or len(folded) > MAX_LONG_HEADLINE or _report_opening(folded) \
                or GUESTS_KEY.match(folded) \
                or (before is not None and before.kind == LineKind.PARAGRAPH and not ends_sentence(before.text)):
            continue
        line.kind, line.rule, line.broken = LineKind.HEADING, "headline-over-byline", False


# 特邀嘉宾：, 对话嘉宾：, 主持人： over the names: who takes part in a talk, no headline
GUESTS_KEY = re.compile(r"^\s*(?:特邀|对话|访谈|座谈|圆桌|本期)?(?:嘉宾|主持人?|参与人|对话人|访谈对象)\s*[:：]\s*$")


MAX_LEAD = 100  # characters of a lead (two sentences at most) between a headline and its byline


def lead_over_byline(lead: Line, byline: Line) -> bool:
    """A sentence or two over a named byline: a piece's lead printed between
    its headline and its byline (`北京以193家高居榜首…。` / `界面新闻记者 | 毛盾`)."""
    return lead.kind == LineKind.PARAGRAPH and lead.role == Role.NONE and len(lead.text) <= MAX_LEAD \
        and len(re.findall(r"[。！？]", lead.text)) <= 2 and byline.kind in (LineKind.BYLINE, LineKind.AUTHORS) \
        and bool(byline.names)


def _over_lead_and_byline(typed: list[Line], k: int) -> bool:
    """Whether line k stands over a lead and a named byline; asked of a page's
    first text line (`盘点171城“新质生产力”上市公司：北京、深圳、上海、苏州领跑` /
    `北京以193家高居榜首…。` / `界面新闻记者 | 毛盾`): a headline, however many pauses it has."""
    return byline_under_lead(typed, k + 1) is not None


def byline_under_lead(typed: list[Line], at: int) -> int | None:
    """The index of the named byline under a lead that starts at line `at`
    (on a hard-wrapped page the lead runs over the lines the column broke), or None."""
    end = at  # the lead's last line
    while end < len(typed) and typed[end].kind == LineKind.PARAGRAPH and typed[end].role == Role.NONE \
            and typed[end].broken:
        end += 1
    if end + 1 >= len(typed):
        return None
    lead = typed[at] if end == at else \
        Line(LineKind.PARAGRAPH, "".join(t.text for t in typed[at:end + 1]), typed[at].number, 0, "")
    return end + 1 if lead_over_byline(lead, typed[end + 1]) else None


def _report_opening(folded: str) -> bool:
    """A report's first words (本报讯…, 新华社…电), not a place tag (【动态】) opening a headline."""
    lead = leads.lead_in(folded)
    return lead is not None and (bool(lead.names) or lead.dateline is not None or not leads.OPENING_TAG.match(folded))


# What kind of piece follows, said before its headline: `特写：探访…`, `文字实录` over the title.
GENRE = r"(?:文字实录|实录|特写|专访|访谈|对话|述评|评论|短评|时评|快评|通讯|侧记|手记|纪实|综述|调查|解读)"
GENRE_KICKER = re.compile(rf"^{GENRE}(?:摘登|摘编|录)?\s*[丨|｜:：]?$")  # 访谈摘登 over its title
GENRE_PREFIX = re.compile(rf"^{GENRE}\s*[丨|｜:：]\s*\S")
MAX_LONG_HEADLINE = 64  # 高新区党工委副书记、区管委会主任王小彬：聚焦“四个联动”…: long headlines exist


def _long_headlines(typed: list[Line], hashes: bool) -> None:
    """A line too long for a heading's shape that is one all the same: on a
    page without markup whose paragraphs stand apart, set apart by blank
    lines on both sides (or under a heading line), after a line that ended
    its sentence, and itself
    without a sentence's end. Text always ends with punctuation; a column
    fragment has its rest right under it."""
    if hashes:
        return
    for k, line in enumerate(typed):
        before = typed[k - 1] if k else None
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or line.rule != "paragraph" or before is None \
                or not (line.gap or before.kind in (LineKind.HEADING, LineKind.LABEL, *PAGE_TOP)):
            continue
        folded = fold(line.text)
        if before.kind == LineKind.HEADING and GENRE_KICKER.match(before.folded) and not line.gap \
                and len(folded) <= MAX_LONG_HEADLINE and _unfinished(folded):
            line.kind, line.rule, line.weak = LineKind.HEADING, "long-headline", True  # 文字实录 / its title
            continue
        after = typed[k + 1] if k + 1 < len(typed) else None
        # over a report's lead-in (衡阳新闻网讯 …), or first under the page's header, a line may exclaim,
        # and needs no blank line under it
        led = after is not None and after.kind == LineKind.PARAGRAPH \
            and (leads.lead_in(after.folded) is not None
                 or before.kind in PAGE_TOP) \
            and re.search(r"[！？!?]", folded) is not None and not re.search(r"[。；;]", folded)
        if not (MAX_BARE_HEADING < len(folded) or led) or len(folded) > MAX_LONG_HEADLINE \
                or (ends_sentence(folded) and not led) \
                or not (_unfinished(folded) or led) \
                or folded.startswith(("—", "-")) \
                or _opens_on_lead_in(folded):
            # ——《在辽宁考察时的讲话》: a source; 本报讯…, ◎大众网泰安6月10日讯…: a text, its item's bullet or not
            continue
        # (a document's whole title needs no blank line under it: `…关于…的答复` / `白天玺代表：`)
        if after is None or not (after.gap or led or document_title(folded)) \
                or after.kind not in (LineKind.PARAGRAPH, LineKind.HEADING) \
                or (before.kind == LineKind.PARAGRAPH and not ends_sentence(before.text)):
            continue
        line.kind, line.rule, line.weak = LineKind.HEADING, "long-headline", True


PAGE_TOP = (LineKind.MASTHEAD, LineKind.EDITOR, LineKind.FURNITURE)  # what a page's first headline stands under
MAX_JUMP_HEADLINE = 60  # a continued story's headline repeated over （上接第1版）, long ones too


def _headlines_over_jumps(typed: list[Line]) -> None:
    """The line right over a （上接第1版） marker is the continued story's
    headline, however long (`奋发向未来！“新天衢·向未来”…采访活动启动`), when it
    ends no sentence."""
    for k in range(1, len(typed)):
        jump, line = typed[k], typed[k - 1]
        if jump.kind != LineKind.CONTINUATION or any(j.onward for j in leads.jumps(jump.folded)):
            continue
        if line.kind == LineKind.PARAGRAPH and line.role == Role.NONE and len(line.text) <= MAX_JUMP_HEADLINE \
                and not line.text.rstrip().endswith(SENTENCE_ENDS[:3] + ("；", "，")):
            line.kind, line.rule = LineKind.HEADING, "jump-headline"


AFFILIATION = re.compile(r"(?:大学|学院|研究院|研究所|研究中心|智库|协会|学会|委员会|党校|中心)[^，。]{0,12}"
                         r"(?:院长|所长|主任|教授|研究员|副研究员|讲师|博士|秘书长|会长|理事长|专家|学者)?$"
                         r"|(?:院长|所长|主任|教授|研究员|讲师|博士|秘书长|会长|理事长|首席经济学家|分析师)$")


def _affiliations(typed: list[Line]) -> None:
    """A short line right under a byline or a line of names, before the text,
    that says who the author is (中南财经政法大学数字经济研究院执行院长): the
    author's title, kept with the byline, never a sub-heading."""
    for before, line in zip(typed, typed[1:], strict=False):
        if before.kind in (LineKind.AUTHORS, LineKind.BYLINE) and line.kind == LineKind.HEADING \
                and line.level == 0 and AFFILIATION.search(line.folded):
            line.kind, line.rule, line.names = LineKind.BYLINE, "author-title", []


ZONE_HEADLINE = re.compile(rf"^[{HAN}]{{2,10}}?{gazetteer.ZONE_SUFFIX}(?:[(（][^)）]{{1,8}}[)）])?[:：]")
TWO_PART = re.compile(rf"[{HAN}”」]\s[“「{HAN}]")  # Chinese prose has no spaces; a two-part headline has one
MAX_BRACKET_TAIL = 12
MAX_BYLINE_TAIL = 30  # a bracketed byline's rest may run longer: 记者 颜子舒 通讯员 魏杰 陈凯伟)
BYLINE_ROLE = re.compile(r"记者|通讯员|实习生")


# A box's sides drawn on its lines (`│链接`, `│ “广西高新区…”│`): decoration, like its ┌──┐ rules
BOX_SIDES = re.compile(r"^\s*[│┃║]\s?|\s?[│┃║]\s*$")
BOLD_LINE = re.compile(r"^\s*(?P<mark>[▲△■□●◆◇◎★☆▶►]\s*)?\*\*\s*(?P<inner>[^*]+?)\s*\*\*\s*$")  # ■ **…** too


def _bold_as_markup(raw: str) -> str:
    """A whole line in bold (`**石家庄高新区：科技新城 创领未来**`, markdown
    copied from an e-paper) is a heading by markup, written as `##`: bold
    sets headlines and sub-headings alike, so which it is is decided as on
    a `##` page. Bold inside a line is emphasis: its marks go."""
    m = BOLD_LINE.match(raw)
    if not m:
        if bold_run_in(raw):
            return raw  # its marks set its title apart (bold-run-in)
        return INLINE_BOLD.sub(r"\g<inner>", raw)  # **【青岛】**青岛高新区…, **记者：**…: emphasis, not a heading
    return "## " + (m.group("mark") or "") + m.group("inner")


INLINE_BOLD = re.compile(r"\*\*(?P<inner>[^*\n]{1,40}?)\*\*")


def _rejoin_brackets(raw_lines: list[str]) -> list[str]:
    """A bracket the OCR broke across two lines (`（长江日报记者汪文汉 彭年` /
    `通讯员赵睿）`, `【大湾区时报讯，发` / `自湖南郴州】7月24日，…`) joined on the first
    line; the second becomes blank, so
    that line numbers stay the page's own."""
    out = list(raw_lines)
    for i in range(len(out) - 1):
        line, after = out[i], out[i + 1].strip()
        opened = sum(line.count(b) for b in "（(【") - sum(line.count(b) for b in "）)】")
        close = min((k for k in (after.find("）"), after.find(")"), after.find("】")) if k >= 0), default=-1)
        long_tail = close <= MAX_BYLINE_TAIL and BYLINE_ROLE.search(after[:close]) is not None \
            and not re.search(r"[，,。；;]", after[:close])
        if opened > 0 and after and 0 <= close and (close <= MAX_BRACKET_TAIL or long_tail) \
                and not re.search("[（(【]", after[:close]) \
                and _bracketed_apparatus(line, after[:close]):
            # the break between two of a byline's people stood for a space (…通讯员 勇祖轩 / 实习生 袁先鸣）), not
            # the one inside an outlet's role (（文/图 徐报融媒 / 记者 颜子舒…）: a name is three characters at most)
            space = " " if BYLINE_ROLE.match(after) and re.search(rf"(?:^|[^{HAN}])[{HAN}]{{2,3}}$", line.rstrip()) \
                else ""
            out[i], out[i + 1] = line.rstrip() + space + after, ""
    return out


def _bracketed_apparatus(line: str, tail: str) -> bool:
    """Whether a bracket left open at a line's end holds a byline or a news
    mark (`（长江日报记者汪文汉 彭年` / `通讯员赵睿）`) or opens the line: prose
    broken inside a bracket (`…温州高新区（浙南科` / `技城）…`) is a wrapped
    line like any other."""
    stripped = line.strip()
    opening = max(stripped.rfind(b) for b in "（(【")
    inner = (stripped[opening + 1:] + tail).strip()
    return opening <= 1 or opening >= len(stripped) - 1 or stripped[opening - 1] in "讯电" \
        or re.search(r"记者|通讯员|讯|报道|摄|供图|编辑|^据", inner) is not None \
        or names.names_only(inner) is not None  # …功能区。（徐展新　陈文嫣 / ）


INDENT = re.compile(r"^(?:\u3000|[ \t]{2,})")
MIN_INDENTED = 3
MIN_INDENTED_SHARE = 0.3


def indents_paragraphs(raw_lines: list[str]) -> bool:
    """Whether a page indents its paragraphs (首行缩进, `　　…`): at least
    three of its lines of ten or more characters, and a good share of them."""
    long_lines = [raw for raw in raw_lines if len(raw.strip()) >= 10]
    indented = sum(1 for raw in long_lines if INDENT.match(raw))
    return indented >= MIN_INDENTED and indented >= MIN_INDENTED_SHARE * len(long_lines)


ENGLISH_FUNCTION_WORDS = "of|in|on|and|the|to|for|with|at|by|from|a|an|as|that|or|its|their|his|her"
ENDS_ON_FUNCTION_WORD = re.compile(rf"\s(?:{ENGLISH_FUNCTION_WORDS})$", re.IGNORECASE)


def _english_runs_on(line: str, raw_lines: list[str], number: int) -> bool:
    """An English line with the next line right under it opening in lower
    case or ending on a word that leads on (of, the, to): a sentence
    word-wrapped at the column's edge (…will be conducted from next /
    Thursday through…), never a headline (the text under one opens with a
    capital; a headline does not end on `on`)."""
    following = raw_lines[number].strip() if number < len(raw_lines) else ""
    return bool(following) and not has_han(line) and not line.endswith((".", "!", "?")) and (
        (following[0].islower() and following[0].isascii()) or ENDS_ON_FUNCTION_WORD.search(line) is not None)


WRAP_SLACK = 2        # a wrapped line may fall short of the width by a character or two
MIN_WRAPPED_SHARE = 0.5
MIN_WRAP_LINES = 8
SENTENCE_ENDS = ("。", "！", "？", "”", "…", "：", "；", "!", "?")


def wrap_width(raw_lines: list[str]) -> int | None:
    """The column width at which the OCR broke the lines of a hard-wrapped
    page (most lines of ten or more characters within a character or two of
    it), or None for a page whose paragraphs are whole lines."""
    lengths = [len(" ".join(raw.split())) for raw in raw_lines]
    lengths = [n for n in lengths if n >= 10]
    if len(lengths) < MIN_WRAP_LINES:
        return None
    best = max(range(min(lengths), max(lengths) + 1),
               key=lambda w: sum(1 for n in lengths if w - WRAP_SLACK <= n <= w))
    share = sum(1 for n in lengths if best - WRAP_SLACK <= n <= best) / len(lengths)
    return best if share >= MIN_WRAPPED_SHARE else None


def _time_opens_quote_ends(line: str) -> bool:
    """A column-wide line opening on a time and a comma (近八年来，…) is a
    paragraph's first line: a closing quotation mark at its end (…“一带一路”)
    ends no sentence."""
    return bool(items.TIME_OPENING.match(fold(line))) and line.endswith(("”", "」", "’"))


def _news_follows(raw_lines: list[str], number: int) -> bool:
    """Whether the line after line `number` (1-based) opens a report on a time
    (`6月3日，…`): a column-wide line over it is the piece's headline, not a
    paragraph's first line (a date the column broke, …截至2023年 / 6月3日，, is
    no headline's shape: indexer.lines.heading_shape)."""
    following = raw_lines[number].strip() if number < len(raw_lines) else ""
    if re.search(r"[\d年月]$", raw_lines[number - 1].strip()) and re.match(r"\d", following):
        return False  # …报道：4月2 / 8日，…, …于5月 / 18日，: a date the column broke, no time opening a report
    return bool(items.TIME_OPENING.match(fold(following)))


# A line a broken sentence never goes on to: a field of the piece's apparatus (来源：…, 记者：…,
# 发布时间：…). (Not a date alone: the page header prints one under its masthead lines too.)
APPARATUS = re.compile(r"^\s*(?:来源|稿源|作者|记者|编辑|责任编辑|责编|通讯员|摄影|发布时间|时间|日期|原标题)\s*[:：]")


def _new_part_follows(raw: str, raw_lines: list[str], number: int) -> bool:
    """Whether the raw line after line `number` (1-based) starts something new,
    so that line `number` ends where it stands however wide it is: an indented
    line under an unindented one (a paragraph's first line, 首行缩进: a wrapped
    line's rest is never indented), a field of the apparatus under a headline
    (`来源：时刻新闻`) or a caption (`图为…`)."""
    following = raw_lines[number] if number < len(raw_lines) else ""
    if not following.strip():
        return False
    folded = fold(following.strip())
    # nor a photo's caption (图为…): it opens something of its own
    return bool(INDENT.match(following) and not INDENT.match(raw)) or bool(APPARATUS.match(following)) \
        or bool(CAPTION_MARK.match(folded))


def _indent_width(raw: str) -> int:
    """How many characters a printed indent takes at the start of a raw line (two for `　　`)."""
    m = INDENT.match(raw)
    return len(raw) - len(raw.lstrip()) if m else 0


def _opens_indented_paragraph(raw: str, raw_lines: list[str], number: int) -> bool:
    """Whether line `number` (1-based) is an indented first line (首行缩进) with
    its rest under it, not indented: a paragraph the column broke, whatever its
    words look like (`　　“走基层　看纺织”中国经编` / `万里行活动…`); a heading
    is not indented on a page that indents its paragraphs."""
    following = raw_lines[number] if number < len(raw_lines) else ""
    return bool(INDENT.match(raw)) and bool(following.strip()) and not INDENT.match(following)


def _blank_after(raw_lines: list[str], number: int) -> bool:
    """Whether the raw line after line `number` (1-based) is blank (or the page ends)."""
    return number >= len(raw_lines) or not raw_lines[number].strip()


def _wraps_across_blanks(raw_lines: list[str], width: int) -> bool:
    """Whether a hard-wrapped page sets a blank line under its wrapped lines
    too (every line spaced), so that a blank line says nothing of a break."""
    wrapped = [k for k, raw in enumerate(raw_lines, start=1)
               if width - WRAP_SLACK <= len(" ".join(raw.split())) <= width + WRAP_SLACK
               and not raw.rstrip().endswith(SENTENCE_ENDS)]
    return sum(1 for k in wrapped if _blank_after(raw_lines, k)) * 2 > len(wrapped)


TABLE_CELLS = re.compile(r"\t+|\s{2,}|\s*[|｜]\s*|\u3000+")
MIN_CELLS = 3


def _cells(raw: str) -> int:
    """How many cells a raw line holds when its parts stand apart (tabs, runs
    of spaces, bars), or when it is short and spaced: `企业 2023年 2024年`."""
    stripped = raw.strip().strip("|｜")
    if leads.lead_in(stripped) is not None:
        return 0  # 本报讯 (记者 张三 李四)11: a report's first words, spaced, under a spaced headline
    parts = [p for p in TABLE_CELLS.split(stripped) if p.strip()]
    if len(parts) >= MIN_CELLS:
        return len(parts)
    words = stripped.split()
    if len(words) == 2 and not re.search(r"[。！？；，：:]", stripped) and (
            (FIGURE_CELL.fullmatch(words[1]) and len(words[0]) <= MAX_LABEL_CELL)
            or (RANK_CELL.fullmatch(words[0]) and len(words[1]) <= MAX_LABEL_CELL)):
        # 已备案高新技术企业　351家: a data box's row, what it counts and the figure;
        # 37　洛阳高新区: a ranking's row, the rank and who holds it
        return 2
    if len(stripped) <= 60 and len(words) >= MIN_CELLS and not re.search(r"[。！？；，]", stripped) \
            and all(len(w) <= 16 for w in words) and not ENGLISH_WORDS.search(stripped):
        return len(words)
    return 0


# A figure and its unit (351家, 270.47亿元, 3700余家, 45家（占全省90%）, ↑16.0%): a data row's second cell
FIGURE_CELL = re.compile(r"(?:逾|约|近|超|超过|达|↑|↓)?[\d.,，%]+(?:余|多)?[^\s\d()（）]{0,4}"
                         r"(?:[(（][^()（）]{1,12}[)）])?")
MAX_LABEL_CELL = 24
RANK_CELL = re.compile(r"第?\d{1,4}(?:名|位)?")
# `zones to be developed`, `Bureau of Guangdong-Macao`: English words in a sentence, no table's cells
ENGLISH_WORDS = re.compile(rf"[A-Za-z]{{2,}}\s+[a-z]{{2,}}\s+[a-z]{{2,}}"
                           rf"|[A-Za-z]{{2,}}\s+(?:{ENGLISH_FUNCTION_WORDS})\s+[A-Za-z]")


def tables_rows(raw_lines: list[str]) -> set[int]:
    """Line numbers (from 1) of table rows: runs of two or more lines with the
    same number of cells (one more or less), at least one of them with figures."""
    rows: set[int] = set()
    cells = [_cells(raw) for raw in raw_lines]
    i = 0
    while i < len(raw_lines):
        if not cells[i]:
            i += 1
            continue
        j = i + 1
        while j < len(raw_lines) and (abs(cells[j] - cells[i]) <= 1 and cells[j] or not raw_lines[j].strip()):
            j += 1
        run = [k for k in range(i, j) if cells[k]]
        if len(run) >= 2 and any(re.search(r"\d", raw_lines[k]) for k in run[1:]):
            rows.update(k + 1 for k in run)
        i = j
    return rows


HEADER_SHORT = 12  # 版名 and the paper's name are short
MAX_NAME_LINE = 20  # `无锡高新区（新吴区） 双语新闻`: a publication's name, not a heading


def _header_block(typed: list[Line]) -> None:
    """The page's header block: at the top, before any article, the lines of
    masthead, date, 第N版, editors and colophon, in any order; short lines among
    them (版名, the paper's name) belong to it too, up to its last sure line."""
    last_sure = -1
    for i, line in enumerate(typed):
        if line.rule == "record-field" and line.kind == LineKind.HEADING:
            break  # an export's first record's title: its fields below are the record's, not the page's
        sure = line.kind in (LineKind.MASTHEAD, LineKind.EDITOR) or (
            line.kind == LineKind.FURNITURE and line.variety in (furniture.Furniture.COLOPHON,
                                                                 furniture.Furniture.WEATHER)
            and not _post_record_under_title(typed, i) and not furniture.CREDITED_SOURCE.match(line.folded))
        if line.kind == LineKind.LABEL and line.variety == Column.PHOTOS:
            break  # 组图 / its captions: the page's first piece, however short its lines
        short = _header_short(line)
        if sure:
            last_sure = i
        elif not short:
            break
    for line in typed[:last_sure + 1]:
        if line.kind in (LineKind.HEADING, LineKind.LABEL, LineKind.PARAGRAPH):
            line.text = line.printed.lstrip("# ") or line.text
            line.kind, line.rule, line.role, line.level, line.markup = (LineKind.MASTHEAD, "page-header", Role.NONE,
                                                                        0, "")


MAX_DIGEST_TEASER = 160
NUMBERED_ENTRY = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*\S")
MAX_DIGEST_ENTRY = 40
MAX_DIGEST_LINES = 16


def _post_record_under_title(typed: list[Line], i: int) -> bool:
    """A post's own record (发布时间：…) between a short line and the text: its
    article's, the line over it the title (`创新更澎湃` / `发布时间：2021-12-02` /
    the text), not the page's header (over a heading it is the page's)."""
    following = typed[i + 1] if i + 1 < len(typed) else None
    return 0 < i and typed[i - 1].kind != LineKind.MASTHEAD and furniture.records_its_article(typed[i].folded) \
        and following is not None and following.kind == LineKind.PARAGRAPH and following.role == Role.NONE


def _header_short(line: Line) -> bool:
    """A short line that may belong to a header block (版名, a paper's or
    zone's name: `孝感高新区 园区动态`): no sentence in it."""
    longest = HEADER_SHORT if line.kind != LineKind.PARAGRAPH else MAX_NAME_LINE  # a heading this long is a title
    # (spaces do not count: a paper prints its name spaced out, `昆 明 信 息 港 电子版`; a Latin letter is half a
    # character's width: `CHINA DAILY 中國日報` is as wide as a name of nine characters)
    return line.kind in (LineKind.HEADING, LineKind.LABEL, LineKind.PARAGRAPH) \
        and _printed_width(re.sub(r"\s", "", line.text)) <= longest \
        and not re.search(r"[。！？，；]", line.text)


def _printed_width(text: str) -> float:
    """A text's width in Chinese characters: a Latin letter, a digit or an ASCII mark is half of one."""
    return sum(0.5 if ord(c) < 0x80 else 1 for c in text)


def _furniture_blocks(typed: list[Line]) -> None:
    """Lines under a furniture heading are furniture: a notice's text, an ad,
    the entries of a 导读 box (up to its last ▶N版 pointer)."""
    i = 0
    while i < len(typed):
        line = typed[i]
        if line.kind != LineKind.FURNITURE or not furniture.opens_block(line.variety, fold(line.markup).lstrip("# ")):
            i += 1
            continue
        end = _block_end(typed, i, line.variety)
        for inner in typed[i + 1:end]:
            if inner.kind != LineKind.FURNITURE:
                printed = inner.printed
                inner.kind, inner.rule, inner.role, inner.variety = (LineKind.FURNITURE, "furniture-block",
                                                                     Role.NONE, line.variety)
                inner.markup, inner.level = printed, 0
        i = max(end, i + 1)


FRAME_TOP = re.compile(r"\s*[┏╔┌╭][━═─—\s]*[┓╗┐╮]?\s*")
FRAME_BOTTOM = re.compile(r"\s*[┗╚└╰][━═─—\s]*[┛╝┘╯]?\s*")
AD_WORD = re.compile(r"^(?:招聘|招商|广告|诚聘|招租|出租|招生)$")
MAX_FRAMED_LINES = 12


def _framed_adverts(typed: list[Line]) -> None:
    """The lines inside a box the page draws (┏━━┓ … ┗━━┛) are an advert when one of them is an
    ad's (招商热线…, 岗位：…, 广告) or its title says what it sells (招聘, 招商): ad furniture, all of them."""
    i = 0
    while i < len(typed):
        if not FRAME_TOP.fullmatch(typed[i].text):
            i += 1
            continue
        end = next((k for k in range(i + 1, min(len(typed), i + MAX_FRAMED_LINES + 2))
                    if FRAME_BOTTOM.fullmatch(typed[k].text)), None)
        if end is None:
            i += 1
            continue
        inside = typed[i + 1:end]
        if any((t.kind == LineKind.FURNITURE and t.variety == furniture.Furniture.ADVERT)
               or AD_WORD.match(fold(t.text).strip()) for t in inside):
            for inner in inside:  # (其中 招聘 / 石家庄高新区某企业诚聘 / 岗位… / 简历投递…: one ad)
                printed = inner.printed
                inner.kind, inner.rule, inner.role, inner.variety = (LineKind.FURNITURE, "framed-advert",
                                                                     Role.NONE, furniture.Furniture.ADVERT)
                inner.markup, inner.level = printed, 0
        i = end + 1


CONTACT = re.compile(r"电话|热线|地址|网址|微信|www|http|\d{7,}|咨询")
MAX_AD_LINE = 40
MAX_NOTICE_LINES = 3


def _over_its_record(typed: list[Line], at: int) -> bool:
    """A line right over a post's record (`潍坊高新 2024年05月24日 18:30 山东`): the next post's headline."""
    return at + 1 < len(typed) and typed[at + 1].kind == LineKind.FURNITURE \
        and furniture.records_its_article(typed[at + 1].folded)


POINTED_ENTRY = re.compile(r"^[▶►→☞]\s*\S")


def _block_end(typed: list[Line], start: int, variety: str) -> int:
    """The index after the last line of a furniture block opened at `start`."""
    end = start + 1
    if variety == furniture.Furniture.NAVIGATION:  # 相关新闻 and the links under it
        while end < len(typed) and (furniture.LINK_ENTRY.match(typed[end].folded)
                                    or typed[end].kind == LineKind.FURNITURE) \
                and len(typed[end].folded) <= MAX_DIGEST_ENTRY + 10:
            end += 1
        # links printed bare (no ·, ▶): a run of headline-like lines that the page's
        # furniture, an editor line or the page's end closes, not an article's text
        run = start + 1
        while run < len(typed) and typed[run].kind in (LineKind.HEADING, LineKind.PARAGRAPH, LineKind.BYLINE) \
                and (could_be_heading(typed[run].folded) or furniture.LINK_ENTRY.match(typed[run].folded)) \
                and len(typed[run].folded) <= MAX_DIGEST_ENTRY + 10 and not _over_its_record(typed, run):
            run += 1
        closed = run == len(typed) or typed[run].kind in (LineKind.FURNITURE, LineKind.EDITOR, LineKind.MASTHEAD)
        return max(run, end) if closed else end
    if variety == furniture.Furniture.DIGEST:
        for k in range(start + 1, min(len(typed), start + 1 + MAX_DIGEST_LINES)):
            text = typed[k].folded
            # a teaser of a few sentences ending in its page (…相继落户。（详见第6版）) is an entry too
            teaser = furniture.POINTER.search(text) is not None and len(text) <= MAX_DIGEST_TEASER
            if (len(text) > MAX_DIGEST_ENTRY or re.search(r"[。！？]", text)) and not teaser:
                break
            listed = NUMBERED_ENTRY.match(text) is not None and typed[k].gap == 0 and end == k  # 【本期要目】 1．…
            # 本版导读 / ▶合肥一企业被世行“封杀” / ▶…: entries each behind a pointer's mark, right under it
            pointed = POINTED_ENTRY.match(text) is not None and typed[k].gap == 0 and end == k
            if furniture.POINTER.search(text) or furniture.LEADING_PAGE.match(text) \
                    or typed[k].kind == LineKind.FURNITURE or listed or pointed:
                end = k + 1
        return end
    # 【招聘】 / its ad: one run of lines, up to a blank line or a heading (the page's next piece)
    labelled = furniture.AD_LABEL.match(fold(typed[start].markup or typed[start].text).strip()) is not None
    for k in range(start + 1, len(typed)):
        line = typed[k]
        if line.kind not in (LineKind.PARAGRAPH, LineKind.HEADING, LineKind.FURNITURE) or line.level == 1:
            break
        if labelled and k > start + 1 and (line.gap or line.kind == LineKind.HEADING):
            break
        if variety == furniture.Furniture.ADVERT and not (labelled and k == start + 1) and (line.gap >= 2 or (
                len(line.text) > MAX_AD_LINE and not CONTACT.search(line.folded))):
            break
        after = typed[k + 1] if k + 1 < len(typed) else None
        if line.kind == LineKind.HEADING and after is not None and after.kind == LineKind.PARAGRAPH \
                and len(after.text) > MAX_AD_LINE:
            break  # a headline over a text: the next article, not the ad's last line
        if variety == furniture.Furniture.NOTICE and (k - start > MAX_NOTICE_LINES or line.kind == LineKind.HEADING):
            break
        end = k + 1
        if variety == furniture.Furniture.NOTICE and re.search(r"特此\S{2}[。！]?$|作废[。！]?$", line.folded):
            break
    return end
