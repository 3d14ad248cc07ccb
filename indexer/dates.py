"""Issue dates: stated by the page, or inferred from an article's text.

A page states its issue date in one of three ways (the first wins):
1. a header line at its top: `日期: 2023-08-15` (indexer.header);
2. the manifest `dates.tsv` in the seeds folder (indexer.manifest);
3. a masthead line it prints: `科技日报 2023年8月15日 星期二 第3版`.
Without either, an article's date is inferred: the latest fully dated event in
its text (`2023年12月27日`, or `6月24日` taking the year from the nearest
explicit `YYYY年` in the text), marked inferred. No clue, no date.
"""
from __future__ import annotations

import datetime as dt
import re

FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})(?:[-—~至](\d{1,2}))?日")
MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})(?:[-—~至](\d{1,2}))?日")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def parse_iso(value: str) -> dt.date | None:
    """A YYYY-MM-DD string as a date, None when it is not a real date."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers make none (2月30日)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer(text: str) -> dt.date | None:
    """The latest fully dated event in a text, or None when there is none."""
    found: list[dt.date] = []
    full_spans = [m.span() for m in FULL_DATE.finditer(text)]
    for m in FULL_DATE.finditer(text):
        day = real_date(int(m.group(1)), int(m.group(2)), int(m.group(4) or m.group(3)))
        if day:
            found.append(day)
    years = [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)]
    if years:
        for m in MONTH_DAY.finditer(text):
            if any(s <= m.start() < e for s, e in full_spans):
                continue  # the month and day of a full date, already counted
            # nearest by the characters between them; on a tie, the year before
            year = min(years, key=lambda y: (max(m.start() - y[1], y[0] - m.end(), 0), y[0] > m.start()))[2]
            day = real_date(year, int(m.group(1)), int(m.group(3) or m.group(2)))
            if day:
                found.append(day)
    found = [day for day in found if day <= dt.date.today()]  # 到2035年…: a plan's day, not when it was written
    return max(found) if found else None
