"""The parser's data: typed lines going in, articles coming out.

Kinds and roles are enums (their values are the strings of the JSON and of
`--explain`), so a typo is an AttributeError, not a silent new kind.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from indexer.header import PageHeader
from indexer.text import fold
from search.text.kinds import Kind


class LineKind(enum.StrEnum):
    """What a line of a page is, as the line rules (indexer.lines) see it."""
    HEADING = "heading"            # a headline, kicker, subtitle or sub-heading candidate
    BYLINE = "byline"              # reporters' names with roles (► 张三, 本报记者 张三 北京报道)
    AUTHORS = "authors"            # a line of names only (王帅)
    EDITOR = "editor"              # 责任编辑：张三 (not an author)
    CREDIT = "credit"              # a photo credit (陈敏/摄, 新华社记者 张三 摄, XX供图)
    CONTINUATION = "continuation"  # （下转第3版）, （上接第1版）
    MASTHEAD = "masthead"          # the page's own header: paper, date, page number
    LABEL = "label"                # a column's name: 【高新区动态】, ■ 园区快讯, ## 简讯, 组图, 短评
    FURNITURE = "furniture"        # not news: 导读, weather, 广告, 更正, 扫码阅读 (indexer.furniture)
    PARAGRAPH = "paragraph"


class Column(enum.StrEnum):
    """What a column label says of the items under it."""
    NEWS = "news"              # 简讯, 快讯, 【园区动态】: short items, each an article
    PHOTOS = "photos"          # 组图, 图片新闻: each caption is photo news
    COMMENTARY = "commentary"  # 评论, 短评, 述评: the article under it is a commentary
    INTERVIEW = "interview"    # 访谈, 专访, 对话
    FEATURE = "feature"        # 人物, 特写, 纪实: the piece under it is a feature (通讯)


class Role(enum.StrEnum):
    """What a line does in its article, decided from its neighbours."""
    NONE = ""
    HEADLINE = "headline"
    KICKER = "kicker"      # 引题, above the headline
    SUBTITLE = "subtitle"  # 副题, below the headline (——…)
    SUBHEAD = "subhead"
    BODY = "body"
    CAPTION = "caption"    # a photo caption inside an article
    PHOTO = "photo"        # a caption that is photo news of its own


class CreditPlace(enum.StrEnum):
    """Where a credit's caption stands: before it (陈敏/摄) or either side (图片来源:…)."""
    SUFFIX = "suffix"
    PREFIX = "prefix"
    GLUED = "glued"  # split off the end of its own caption line


@dataclass
class Line:
    """One non-empty line of a page (or one part of it), typed by a rule.

    `text` is what the line contributes, in the page's own script; `number`
    is its line number on the page; `gap` counts blank lines before it.
    """
    kind: LineKind
    text: str
    number: int
    gap: int
    rule: str
    level: int = 0          # 1 for '#', 2 for '##', 0 for a bare line
    role: Role = Role.NONE
    names: list[str] = field(default_factory=list)
    markup: str = ""        # what the rule took off the line (roles, markers), kept for accounting
    place: CreditPlace | None = None
    caption: int | None = None  # a credit: the index of its caption line, if any
    continues: str | None = None  # a continuation marker's text
    broken: bool = False    # a column fragment: the next paragraph is the rest of its sentence
    weak: bool = False      # a heading candidate with commas: a headline only when an article follows
    wide: bool = False      # on a page its column broke, wider than the column: a headline's, no text line's
    variety: str = ""       # what kind of label (Column) or furniture (indexer.furniture.Furniture) it is
    weighed: float | None = None  # a heading the learned model weighed: its log-odds of opening a piece
    owner: object | None = field(default=None, repr=False, compare=False)  # the Article it went to (assembly)

    @property
    def folded(self) -> str:
        """The line's text as rules read it (simplified script, same length)."""
        return fold(self.text)

    @property
    def printed(self) -> str:
        """The line (or its part) as the page printed it, markup included."""
        taken_whole = self.kind in (LineKind.CREDIT, LineKind.LABEL, LineKind.FURNITURE)
        return self.markup if taken_whole else self.markup + self.text


def drop_joined(typed: list[Line], joined: set[int]) -> None:
    """Take out of `typed`, in place, the lines (by id) whose text a rule
    joined onto another line: once, after the rule's pass (a del for each
    as found would copy the page's lines each time)."""
    if joined:
        typed[:] = [t for t in typed if id(t) not in joined]


@dataclass
class Section:
    """A run of paragraphs under one sub-heading (None before the first)."""
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The section's paragraphs, one a line."""
        return "\n".join(self.paragraphs)


@dataclass
class Caption:
    """A photo caption and its credit (either may be empty), and the
    photographers the credit names (the authors of photo news)."""
    text: str
    credit: str | None
    photographers: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One article as the parser found it; `to_json()` gives the public form."""
    source: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    kind: Kind = Kind.BRIEF
    authors: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    date: dt.date | None = None
    date_inferred: bool = False
    zone: str | None = None
    zones: list[str] = field(default_factory=list)
    many_zones: bool = False  # its headline speaks of many zones at once (广西高新区数量达到12家): no zone is its own
    policies: list[str] = field(default_factory=list)
    dateline: str | None = None  # `新华社北京9月12日电`: where and when a report was filed
    id: str = ""
    # Text taken off the article's lines that is in no field above: byline
    # roles, lead-in markers, continuation markers. Kept so that every
    # character of a page can be accounted for (tests/test_parse_properties).
    markup: list[str] = field(default_factory=list)
    bylined: bool = False            # a byline line above the text names its authors
    lead_in: bool = False            # the text opens with 本报讯 or a dateline (a news report, 消息)
    continues_on: str | None = None  # the page named by a 下转第N版 marker
    continued_from: str | None = None
    continued_on_found: bool = False  # its continuation was found and joined
    headless: bool = False  # the rest of a story from another page, printed without its headline
    column_label: str | None = None  # the label of the news column it is an item of (都市圈·孝感)
    page: PageHeader = field(default_factory=lambda: PageHeader())  # the facts of the page it is printed on

    @property
    def text(self) -> str:
        """The body: every paragraph, one a line, without headings or captions."""
        return "\n".join(p for s in self.sections for p in s.paragraphs)

    def to_json(self) -> dict:
        """The article as the keys of `python -m indexer parse --json`."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "zone": self.zone,
            "zones": self.zones,
            "date": self.date.isoformat() if self.date else None,
            "date_inferred": self.date_inferred,
            "kind": str(self.kind),
            "authors": self.authors,
            "sections": [{"heading": s.heading, "text": s.text()} for s in self.sections],
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "policies": self.policies,
            "dateline": self.dateline,
            "text": self.text,
            # what the page declares about itself (header lines, manifest, masthead)
            "newspaper": self.page.newspaper,
            "issue_date": self.page.date.isoformat() if self.page.date else None,
            "page_number": self.page.page,
            "page_name": self.page.page_name,
        }


@dataclass
class LeftOut:
    """Text of a page that went into no article, and why (`continued_from`:
    the page a 上接第N版 marker names, for text that continues a story there)."""
    line: int
    text: str
    reason: str
    continued_from: str | None = None


@dataclass
class ParseResult:
    """The articles of a page, the text that went into none, and the page's facts."""
    source: str
    articles: list[Article]
    lines: list[Line] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    masthead: list[str] = field(default_factory=list)
    page: PageHeader = field(default_factory=lambda: PageHeader())
    untitled: bool = False  # no headline was recognised: the page is one article

    @property
    def left_out_chars(self) -> int:
        """How many characters of the page went into no article."""
        return sum(len(item.text) for item in self.left_out)

    @property
    def notes(self) -> list[str]:
        """What a person loading this page should be told, one line each."""
        notes = []
        if self.left_out:
            reasons = sorted({item.reason for item in self.left_out})
            numbers = ", ".join(str(i.line) for i in self.left_out if i.line)
            where = f"lines {numbers}: " if numbers else ""
            notes.append(f"{self.source}: {self.left_out_chars} characters belong to no article "
                         f"({where}{'; '.join(reasons)})")
        if self.untitled:
            notes.append(f"{self.source}: no headline recognised; the page is kept as one article")
        for article in self.articles:
            if article.continues_on and not article.continued_on_found:
                notes.append(f"{self.source}: “{article.title}” continues on page {article.continues_on} "
                             f"(下转第{article.continues_on}版), which is not in this page set")
        return notes
