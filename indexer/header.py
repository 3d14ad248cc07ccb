"""A page's own facts: newspaper, issue date, page number (版次), page name (版名).

A page states them in header lines at its top, one `key: value` a line
(`日期: 2023-08-15`, `报纸: 科技日报`, `版次: 3`, `版名: 高新区`; English keys and
traditional script work too), or in a masthead line printed on the page
(`科技日报 2023年8月15日 星期二 第3版`). The date can also come from the
folder's manifest (indexer.dates).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from indexer import dates
from indexer.text import fold
from search.text.cjk import HAN

KEYS = {"日期": "date", "date": "date", "出版日期": "date",
        "报纸": "newspaper", "报名": "newspaper", "报刊": "newspaper", "newspaper": "newspaper", "paper": "newspaper",
        "版次": "page", "版号": "page", "page": "page",
        "版名": "page_name", "版面": "page_name", "section": "page_name", "频道": "page_name", "栏目": "page_name",
        # printed in header blocks, read by nothing: taken off so that they are no headline
        "星期": "", "weekday": "", "农历": "", "期号": "", "总期号": ""}
HEADER_TOP = 8  # key lines stand among the first lines of a page, maybe after the paper's name
MAX_ABOVE_KEYS = 32  # characters of a line above key lines: a name or a site's menu, no text
# A page's header block stands among its first lines, a colophon among its last, blank ones
# counted: what says which issue a page is (the parse and the cheap scan read the same lines)
HEADER_LINES = 16
HEADER_LINE = re.compile(r"^\s*(?P<key>[^\s:：]{1,12})\s*[:：]\s*(?P<value>.+?)\s*$")
MASTHEAD_PAGE = re.compile(r"第\s*([A-Za-z]?\d{1,2})\s*版|(?:^|\s)([A-Za-z]?\d{1,2})\s*版(?:\s|$)")
# The page's name printed after its number (第7版 理论·学习, A04版：观点·泉城, 第三版 要闻)
MASTHEAD_PAGE_NAME = re.compile(r"(?:第\s*[A-Za-z]?\d{1,2}\s*版|第[一二三四五六七八九十]{1,3}版"
                                r"|(?:^|\s)[A-Za-z]?\d{1,2}\s*版)"
                                rf"\s*[:：]?\s*(?P<name>[{HAN}]{{2,6}}(?:[·•][{HAN}]{{2,6}})*)(?=\s|$)")
NOT_A_PAGE_NAME = re.compile(r"^(?:星期|周[一二三四五六日天]|农历|责任|编辑|本版|[一二〇零○]{2,}|共\S*版)")


@dataclass
class PageHeader:
    """What a page says about itself; every field may be missing."""
    date: dt.date | None = None
    newspaper: str | None = None
    page: str | None = None
    page_name: str | None = None

    def issue(self) -> tuple[str, dt.date] | None:
        """The issue this page belongs to (newspaper, date), when the date is known."""
        return (self.newspaper or "", self.date) if self.date else None


def split(text: str) -> tuple[PageHeader, str]:
    """Take the header lines off a page's top: (what they say, the rest).

    Header lines are the first non-empty lines of the form `key: value` with
    a known key; an invalid date is no header line (it stays as text)."""
    header = PageHeader()
    lines = text.split("\n")
    taken: set[int] = set()
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        m = HEADER_LINE.match(line)
        field = KEYS.get(fold(m.group("key")).lower()) if m else None
        if field is None:
            if seen < HEADER_TOP and len(line.strip()) <= MAX_ABOVE_KEYS and not re.search(r"[。！？]", line) \
                    and not taken:
                continue  # `人民网`, `首页 > 湖北 > 园区·高新` above `日期: …`: the paper's name, its menu
            break
        taken.add(i)
        if not field:
            continue
        value = m.group("value")
        if field == "date":
            value = dates.parse_iso(value) or printed_date(value)  # 日期：2024年06月03日 too
            if value is None:
                taken.discard(i)
                break
        elif field == "page":
            # 版次：04　2023年12月25日: the page, then the day (a bare key, 版次：, names no page)
            value = page_number(value) or (page_number(value.split()[0]) if value.split() else None) or value
        setattr(header, field, value)
        if header.date is None and field != "date":
            header.date = printed_date(m.group("value"))  # one key line may give the page and the day
    if not taken:
        return header, text
    # header lines become blank lines, so that line numbers stay the page's own
    return header, "\n".join("" if i in taken else line for i, line in enumerate(lines))


def page_number(text: str) -> str | None:
    """The page number a text prints (`第3版`, `A3版`, `3`), upper case."""
    folded = fold(text).strip()
    if re.fullmatch(r"[A-Za-z]?\d{1,2}", folded):
        return folded.upper().lstrip("0") or "0"
    chinese = re.search(r"第([一二三四五六七八九十]{1,3})版", folded)
    if chinese:
        return str(chinese_number(chinese.group(1)))
    m = MASTHEAD_PAGE.search(folded)
    if m:
        found = (m.group(1) or m.group(2)).upper()
        return found[0] + found[1:].lstrip("0") if found[0].isalpha() else found.lstrip("0")
    return None


def printed_page_name(text: str) -> str | None:
    """The page's name a masthead line prints after the page number (`第7版 理论·学习`: 理论·学习)."""
    m = MASTHEAD_PAGE_NAME.search(fold(text).strip())
    if m is None or NOT_A_PAGE_NAME.match(m.group("name")):
        return None
    return m.group("name")


# (OCR reads the 〇 of a year as a letter O or a zero: 二O二六年, 二0二六年)
DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0, "0": 0, "０": 0, "ｏ": 0,
          "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_DATE = re.compile(r"(?<![\dA-Za-z])([一二](?:[〇零○ＯOo0０ｏ一二三四五六七八九]){3})年"
                          r"(?:([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日)?")


def chinese_number(text: str) -> int:
    """一 .. 三十一 as a number."""
    if "十" not in text:
        return DIGITS[text]
    tens, _, ones = text.partition("十")
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)


def arabic_date(text: str) -> str:
    """A masthead date in Chinese numerals (二〇二三年八月十五日) written in
    digits, and a year of the Republic (中华民国114年, Taiwan's papers) as AD."""
    text = CHINESE_DATE.sub(lambda m: f"{_chinese_count(m.group(1))}年" + (
        f"{chinese_number(m.group(2))}月{chinese_number(m.group(3))}日" if m.group(2) else ""), text)
    text = ENGLISH_DATE.sub(_english_date, text)
    return ROC_YEAR.sub(_roc_date, text)


def _roc_date(m: re.Match) -> str:
    """A date of the Republic's years (民國一一四年六月十日, 114年6月3日) as AD in digits."""
    year = m.group("year") or m.group("bare")
    year = int(year) if year.isdigit() else _chinese_count(year)
    date = f"{year + ROC_OFFSET}年"
    if m.group("month"):
        month, day = (int(x) if x.isdigit() else _chinese_count(x) for x in (m.group("month"), m.group("day")))
        date += f"{month}月{day}日"
    return date


def _chinese_count(text: str) -> int:
    """一一四, 一百一十四, 十 as a number: read digit by digit, or by its 百 and 十."""
    if "百" not in text and "十" not in text:
        return int("".join(str(DIGITS[c]) for c in text))
    hundreds, mark, rest = text.partition("百")
    if not mark:
        return chinese_number(text)
    rest = rest.lstrip("零〇")  # 一百零五
    return (DIGITS[hundreds] if hundreds else 1) * 100 + (chinese_number(rest) if rest else 0)


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# An English paper's date (China Daily, Global Times): Monday, June 3, 2024; 3 June 2024
# (a weekend edition dates its days: FRIDAY-SUNDAY, JUNE 12-14, 2026, the first of them the issue's)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
ENGLISH_DATE = re.compile(rf"(?:{WEEKDAY}(?:\s*[-–]\s*{WEEKDAY})?,?\s*)?"
                          rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?,?"
                          rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH}),?)"
                          r"\s+(?P<year>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def _english_date(m: re.Match) -> str:
    month = MONTHS.index((m.group("month") or m.group("month2"))[:3].lower()) + 1
    return f"{m.group('year')}年{month}月{int(m.group('day') or m.group('day2'))}日"


# 中华民国114年, 民國一一四年六月十日; a Taiwan paper's masthead prints the year bare too, with its month
# and day (114年6月3日: no AD year has three digits and a day in a masthead)
ROC_NUMBER = r"[〇零○一二三四五六七八九十百]"
ROC_YEAR = re.compile(rf"(?:(?:中华民国|民国)\s*(?P<year>\d{{2,3}}|{ROC_NUMBER}{{2,6}})\s*年"
                      rf"|(?<![\d.])(?P<bare>1[0-4]\d)\s*年(?=\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日))"
                      rf"(?:\s*(?P<month>\d{{1,2}}|{ROC_NUMBER}{{1,3}})\s*月\s*(?P<day>\d{{1,2}}|{ROC_NUMBER}{{1,3}})\s*日)?")
ROC_OFFSET = 1911


# Every print form of an issue date: 2024年6月3日, 二〇二四年六月三日 (made
# arabic first), 2024.06.03, 2024/06/03, 2024-06-03, 2024年06月03日.
PRINTED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                          r"|([./\-])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d)"
                          # 2024 2·1: a designed masthead's year over its month·day
                          r"|\s+(\d{1,2})\s*·\s*(\d{1,2})(?!\d))")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_ONLY = re.compile(r"^[\s(（]*(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                       r"|([./\-])\s*\d{1,2}\s*\1\s*\d{1,2})"
                       r"|\d{1,2}\s*月\s*\d{1,2}\s*日)[\s)）]*(?:(?:星期|周)[一二三四五六日天])?\s*$")


def printed_date(text: str) -> dt.date | None:
    """The first full issue date a text prints, in any of the forms above."""
    folded = arabic_date(fold(text))
    for m in PRINTED_DATE.finditer(folded):
        if m.group(2):
            day = dates.real_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif m.group(5):
            day = dates.real_date(int(m.group(1)), int(m.group(5)), int(m.group(6)))
        else:
            day = dates.real_date(int(m.group(1)), int(m.group(7)), int(m.group(8)))
        if day:
            return day
    return None


def is_date_line(folded: str) -> bool:
    """A line that is only a date (and maybe its weekday): `2024.06.03`,
    `二〇二四年六月三日 星期一`, `6月3日 星期一`."""
    if DATE_ONLY.match(arabic_date(folded)):
        return True
    # FRIDAY-SUNDAY, JUNE 12-14, 2026 | WEEKEND EDITION: the date, and beside it words of the edition
    parts = [p.strip() for p in re.split(r"\s[|｜]\s", folded)]
    return len(parts) > 1 and sum(1 for p in parts if DATE_ONLY.match(arabic_date(p))) == 1 \
        and all(DATE_ONLY.match(arabic_date(p)) or EDITION_WORDS.fullmatch(p) for p in parts)


EDITION_WORDS = re.compile(r"[A-Za-z][A-Za-z &'-]{1,30}")  # WEEKEND EDITION, INTERNATIONAL EDITION


# When a copy was made, not when the paper came out: 导出时间, 下载日期, 打印时间.
COPY_TIME = re.compile(r"(?:导出|下载|检索|打印|生成|采集|抓取|访问|浏览)(?:时间|日期)")


def block_date(lines: list[str]) -> dt.date | None:
    """The issue date a page's header block gives: a full date on any of its
    lines, else a month and day on one line with the year on another; never
    the time a copy was made (`导出时间：2025-03-03`)."""
    lines = [line for line in lines if not COPY_TIME.search(fold(line))]
    for line in lines:
        found = printed_date(line)
        if found:
            return found
    text = " ".join(arabic_date(fold(line)) for line in lines)
    month_day = MONTH_DAY.search(text)
    year = re.search(r"(?<!\d)((?:19"
                     r"|20)\d{2})\s*年", text) or re.search(r"(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/])", text)
    if month_day and year:
        return dates.real_date(int(year.group(1)), int(month_day.group(1)), int(month_day.group(2)))
    weekday = WEEKDAY_NAME.search(text)
    if month_day and weekday:
        # 2月6日　星期四 and no year anywhere: the latest year that day fell on that weekday
        month, day = int(month_day.group(1)), int(month_day.group(2))
        wanted = "一二三四五六".find(weekday.group(1)) if weekday.group(1) not in "日天" else 6
        return next((found for year in range(dt.date.today().year, MIN_YEAR - 1, -1)
                     if (found := dates.real_date(year, month, day)) and found.weekday() == wanted
                     and found <= dt.date.today()), None)
    return None


WEEKDAY_NAME = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
MIN_YEAR = 1990  # the earliest issue year a weekday alone is read as


# A paper's name opening a masthead line: 郑州晚报, 中国高新技术产业导报, 人民网.
PAPER = re.compile(rf"^(?P<paper>[{HAN}]{{2,12}}?(?:日报|晚报|早报|晨报|商报|时报|导报|周报|报|新闻网|网))"
                   r"(?=\s|·|$|\d|[A-Z])")


def from_masthead(lines: list[str], header: PageHeader) -> None:
    """Fill what the header lines left open from the page's masthead lines."""
    if header.date is None:
        header.date = block_date(lines)
    for line in lines:
        if header.page is None:
            header.page = page_number(line)
        if header.page_name is None:
            header.page_name = printed_page_name(line)
        if header.newspaper is None and (paper := PAPER.match(fold(line).strip())):
            header.newspaper = line.strip()[:paper.end("paper")]  # 郑州晚报 of `郑州晚报 2024年…`
