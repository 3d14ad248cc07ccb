"""Facet helpers: zones grouped by province, and the timeline of matches
(years, or months when the matches span a short range)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from search import urls
from search.engine.params import SearchState
from search.text import gazetteer

UNKNOWN_PROVINCE = "（省份不详）"
MONTHS_UP_TO = 24  # matches spread over at most this many months: one bar a month


def by_province(zone_counts: list[tuple[str, int]]) -> list[tuple[str, list[tuple[str, int]]]]:
    """[(province, [(zone, count)])]: zones by count within each province,
    provinces by their total, zones the gazetteer does not place last."""
    grouped: dict[str, list[tuple[str, int]]] = {}
    for zone, count in zone_counts:
        grouped.setdefault(gazetteer.province_of(zone) or UNKNOWN_PROVINCE, []).append((zone, count))
    for zones in grouped.values():
        zones.sort(key=lambda zc: (-zc[1], zc[0]))
    return sorted(grouped.items(), key=lambda kv: (kv[0] == UNKNOWN_PROVINCE, -sum(c for _, c in kv[1]), kv[0]))


@dataclass
class Bar:
    """One period of the timeline."""
    label: str  # 2023 or 2023-05
    start: dt.date
    end: dt.date
    count: int
    url: str  # selects the period, stretches or narrows the range to it, or clears it (_target)
    selected: bool  # within the current date range

    def to_json(self) -> dict:
        """The bar as in the search API."""
        return {"period": self.label, "from": self.start.isoformat(), "to": self.end.isoformat(),
                "count": self.count, "url": self.url, "selected": self.selected}


@dataclass
class Timeline:
    """How the matches spread over time: a bar a year, or a month; with a
    month strip of the selected range (`detail`) when the bars are years."""
    unit: str  # "year" or "month"
    bars: list[Bar]
    detail: Timeline | None = None

    @property
    def peak(self) -> int:
        """The highest bar's count."""
        return max((b.count for b in self.bars), default=0)

    def describe(self) -> str:
        """The timeline as a sentence, for screen readers and text browsers."""
        unit = "年" if self.unit == "year" else "月"
        parts = [f"{b.label}：{b.count} 篇" for b in self.bars if b.count]
        return f"匹配文章按{unit}分布：" + "；".join(parts) + "。"

    def to_json(self) -> dict:
        """The timeline as in the search API."""
        return {"unit": self.unit, "bars": [b.to_json() for b in self.bars],
                "detail": self.detail.to_json() if self.detail else None}


def timeline(state: SearchState, months: dict[int, int], kept: dict[int, int] | None = None) -> Timeline | None:
    """The timeline of a results page from month counts ({yyyymm: n}) of the
    matches passing every filter but the date range (`months`) and of those
    passing the range too (`kept`, by default the same); None when no match
    has a date. Bars span every month or year with matches, so that a range
    can be stretched; a selected range of up to MONTHS_UP_TO months also
    gets its month strip."""
    months = {m: n for m, n in months.items() if m and n}  # 0: undated (search.engine.backends.whoosh_columns)
    if not months:
        return None
    main = _strip(state, months)
    kept = {m: n for m, n in (months if kept is None else kept).items() if m and n}
    if main.unit == "year" and kept and (state.date_from or state.date_to):
        low = state.date_from or dt.date(min(kept) // 100, min(kept) % 100, 1)
        high = state.date_to or dt.date(max(kept) // 100, max(kept) % 100, 1)
        first, last = low.year * 100 + low.month, high.year * 100 + high.month
        if _span(first, last) <= MONTHS_UP_TO:
            main.detail = _strip(state, {m: n for m, n in kept.items() if first <= m <= last}, first, last)
    return main


def _span(first: int, last: int) -> int:
    return (last // 100 - first // 100) * 12 + last % 100 - first % 100 + 1


def _strip(state: SearchState, months: dict[int, int], first: int | None = None,
           last: int | None = None) -> Timeline:
    first = min(months) if first is None else first
    last = max(months) if last is None else last
    span = _span(first, last)
    if span <= MONTHS_UP_TO:
        periods = []
        year, month = divmod(first, 100)
        for _ in range(span):
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            periods.append((f"{year}-{month:02d}", start, end, months.get(year * 100 + month, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        unit = "month"
    else:
        years: dict[int, int] = {}
        for m, n in months.items():
            years[m // 100] = years.get(m // 100, 0) + n
        periods = [(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), years.get(y, 0))
                   for y in range(first // 100, last // 100 + 1)]
        unit = "year"
    bars = [Bar(label, start, end, count, urls.search(_target(state, start, end)), _inside(state, start, end))
            for label, start, end, count in periods]
    return Timeline(unit, bars)


def _inside(state: SearchState, start: dt.date, end: dt.date) -> bool:
    """Is the period within the state's date range (when there is one)?"""
    if not (state.date_from or state.date_to):
        return False
    return (state.date_from or dt.date.min) <= start and end <= (state.date_to or dt.date.max)


def _target(state: SearchState, start: dt.date, end: dt.date) -> SearchState:
    """Where a bar leads, so that two clicks select a range without a script:
    with no range, to its period; with one, a bar outside stretches the range
    to it, a bar inside narrows the range to it, and the range itself clears."""
    if state.date_from == start and state.date_to == end:
        return state.with_(date_from=None, date_to=None)
    if not (state.date_from or state.date_to) or _inside(state, start, end):
        return state.with_(date_from=start, date_to=end)
    low = min(state.date_from, start) if state.date_from else None
    high = max(state.date_to, end) if state.date_to else None
    return state.with_(date_from=low, date_to=high)


def date_shortcuts(state: SearchState, today: dt.date) -> list[tuple[str, SearchState, bool]]:
    """(label, state, is current) for the common ranges: 近一年 and 近三年
    up to today (open-ended, so a bookmark keeps taking in new pages), and
    不限 when a range is set."""
    out = []
    for label, years_back in (("近一年", 1), ("近三年", 3)):
        start = _years_before(today, years_back) + dt.timedelta(days=1)
        out.append((label, state.with_(date_from=start, date_to=None),
                    state.date_from == start and state.date_to is None))
    if state.date_from or state.date_to:
        out.append(("不限", state.with_(date_from=None, date_to=None), False))
    return out


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
