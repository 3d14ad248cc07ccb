"""Facet helpers: zones grouped by province, and the timeline of matches
(years, or months when the matches span a short range)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from search import gazetteer
from search.params import SearchState

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
    url: str  # filters to the period, or back out of it when it is the filter
    selected: bool

    def to_json(self) -> dict:
        """The bar as in the search API."""
        return {"period": self.label, "from": self.start.isoformat(), "to": self.end.isoformat(),
                "count": self.count, "url": self.url, "selected": self.selected}


@dataclass
class Timeline:
    """How the matches spread over time: a bar a year, or a month."""
    unit: str  # "year" or "month"
    bars: list[Bar]

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
        return {"unit": self.unit, "bars": [b.to_json() for b in self.bars]}


def timeline(state: SearchState, months: dict[int, int]) -> Timeline | None:
    """The timeline of a results page from its month counts ({yyyymm: n});
    None when no match has a date."""
    months = {m: n for m, n in months.items() if m and n}  # 0: undated (search.columns)
    if not months:
        return None
    first, last = min(months), max(months)
    span = (last // 100 - first // 100) * 12 + last % 100 - first % 100 + 1
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
    bars = []
    for label, start, end, count in periods:
        selected = state.date_from == start and state.date_to == end
        target = state.with_(date_from=None, date_to=None) if selected else state.with_(date_from=start, date_to=end)
        bars.append(Bar(label, start, end, count, target.url(), selected))
    return Timeline(unit, bars)


def years(months: dict[int, int]) -> list[tuple[int, int]]:
    """Year counts from month counts, most matches first."""
    counts: dict[int, int] = {}
    for m, n in months.items():
        if m:
            counts[m // 100] = counts.get(m // 100, 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
