"""Pages exported from a newspaper database: one record an article, its
fields on key lines (CNKI's `【标题】…`, `【作者】…`, `【日期】…`, `【正文】`, or
`标题：` … `正文：`).

The title field is read as a `#` headline, the subtitle and kicker fields as
`##` lines, the author field as a byline (indexer.lines); the other fields
(paper, date, 版次, 分类号, the 正文 marker) are the record's header lines,
and a record's own date dates its article: an export gathers articles of
many issues on one page.
"""
from __future__ import annotations

import datetime as dt
import re

from indexer import dates, header
from indexer.text import fold

# The key of a field line, in brackets (【标题】) or before a colon (标题：), and its value.
FIELD = re.compile(r"^\s*(?:【\s*(?P<bracketed>[^】]{1,6}?)\s*】|(?P<keyed>[^\s:：【】]{2,6})\s*[:：])"
                   r"\s*(?P<value>.*)$")
TITLE_KEYS = {"标题", "题名", "正标题", "主标题"}
SUBTITLE_KEYS = {"副标题", "副题"}
KICKER_KEYS = {"引题", "肩题"}
AUTHOR_KEYS = {"作者", "责任者"}
TEXT_KEYS = {"正文", "全文"}
DATE_KEYS = {"日期", "出版日期", "发表日期", "发布时间", "发布日期"}
# Fields of a record read by nothing but kept with the page's header.
OTHER_KEYS = {"报纸名称", "报纸", "报名", "来源", "版次", "版号", "版名", "分类号", "专题", "专辑", "关键词",
              "作者单位", "文献来源", "数据库", "字数", "年", "期", "稿件序号", "序号", "稿号", "稿件编号",
              "网站", "频道"}
# A sub-heading inside a record's text (小标题：“国字号”孵化明日之星)
SUBHEAD_KEYS = {"小标题"}
# The column a record stands in (短评, 园区动态): a column label over its article.
COLUMN_KEYS = {"栏目", "专栏", "栏目名称"}


KNOWN_KEYS = TITLE_KEYS | SUBTITLE_KEYS | KICKER_KEYS | AUTHOR_KEYS | TEXT_KEYS | DATE_KEYS | OTHER_KEYS | COLUMN_KEYS \
    | SUBHEAD_KEYS


def _field(line: str) -> tuple[str, str, int] | None:
    """(key, value, where the value starts) of a field line: the key read
    in simplified script (【標題】 is 【标题】), the value as printed."""
    m = FIELD.match(fold(line))  # fold keeps the length: the value's span is the printed one's
    if not m:
        return None
    return m.group("bracketed") or m.group("keyed"), line[m.start("value"):].strip(), m.start("value")


def first_record(raw_lines: list[str]) -> int:
    """For a database export (a title field and a text field, each at least
    once), the line number (from 1) of its first field line; the lines above
    it are the export's own header. 0 for any other page."""
    keys = [(number, found[0]) for number, raw in enumerate(raw_lines, start=1) if (found := _field(raw))]
    if not (any(k in TITLE_KEYS for _, k in keys) and any(k in TEXT_KEYS for _, k in keys)):
        return 0
    return next(number for number, k in keys if k in KNOWN_KEYS)


def field(line: str) -> tuple[str, str, int] | None:
    """What a record's line is: (what, its value, where the value starts),
    `what` one of "title", "untitled" (a record whose title field is empty),
    "subtitle" (a 副题 or 引题), "subhead" (a 小标题 inside the text), "authors", "column"
    (the record's 栏目), "text" (the text's first words on its field's line),
    "header" (paper, date, 版次, 分类号, the 正文 marker, a field left empty);
    None for a line of text."""
    found = _field(line)
    if not found:
        return None
    key, value, at = found
    if key in TITLE_KEYS:
        return ("title" if value else "untitled"), value, at  # 【标题】 left empty still opens a record
    if key in (SUBTITLE_KEYS | KICKER_KEYS) and value:
        return "subtitle", value, at
    if key in AUTHOR_KEYS and value:
        return "authors", value, at
    if key in SUBHEAD_KEYS and value:
        return "subhead", value, at
    if key in COLUMN_KEYS and value:
        return "column", value, at
    if key in TEXT_KEYS and value:
        return "text", value, at  # 【正文】本报讯（记者…）8月12日…: the text starts on the field's line
    if key in KNOWN_KEYS:
        return "header", value, at  # 【作者】 with no name: the record's, no byline and no label
    return None


def field_date(folded: str) -> dt.date | None:
    """The date a record's date field gives, or None."""
    found = _field(folded)
    if not found or found[0] not in DATE_KEYS:
        return None
    return dates.parse_iso(found[1][:10]) or header.printed_date(found[1])  # 【日期】2026年1月19日　星期一
