"""The registry of value filters: one row per filter (zone, province, kind,
policy, newspaper, 版面, author). The URL parameters and their canonical order
(search.engine.params), the search state's fields, filtering and facet
counting (search.engine.results over search.engine.backends.whoosh_columns), the API's
`filters` and OpenAPI parameters, labels, chips, facet panels and the
advanced form all read these rows: adding a filter is adding a row (and the
index column it reads).

The filters with one value each, kept in a state field of their own (the
section words, the two bounds of the date range), are rows of `SINGLES`: the
URL parameters, the state, the API's `filters`, OpenAPI, labels, chips and
the forms read them the same way.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from search.engine.query import KIND_LABELS, KINDS, province_value, zone_value
from search.errors import BadParameter
from search.index.fields import author_value, policy_value
from search.text import kinds


@dataclass(frozen=True)
class Filter:
    """One filter: how its URL parameter reads, where its values are in the
    index, how the pages name it."""
    name: str  # URL parameter, facet and API `filters` key: page_name
    field: str  # SearchState attribute holding the chosen values: page_names
    column: str  # the index column with each article's value(s): page_name
    label: str  # what the pages call it (facet heading): 版面
    canonical: Callable[[str], str]  # a URL value as the index keeps it; BadParameter when invalid
    description: str  # the OpenAPI parameter's description
    schema: dict = field(default_factory=lambda: {"type": "string"})  # OpenAPI schema of one value
    longest: int = 50  # characters in one value
    many_per_article: bool = False  # the column holds a comma-separated list (policies, authors)
    shown: Callable[[str], str] = str  # a value as the pages show it (a kind's Chinese name)
    prefixed: bool = False  # a chosen value's chip and label read 'label：value'
    panel: int = 100  # the facet panel's place in the sidebar (zones first, a new filter last)
    top: int | None = None  # facet values listed (chosen ones always), None = all
    only_as_choice: bool = False  # a panel only when there is more than one value to choose
    split_in_form: bool = True  # the advanced form's field is a list typed with separators
    form_choices: bool = False  # the advanced form offers the index's values
    repeated: bool = True  # any number of values (OR'd)

    def chip(self, value: str) -> str:
        """A chosen value as its chip and label read: 无锡高新区, 简讯, 《条例》, 版面：要闻."""
        return f"{self.label}：{self.shown(value)}" if self.prefixed else self.shown(value)


def spaced(value: str) -> str:
    """A name as the index keeps it (a page's own spelling), white space tidied."""
    return " ".join(unicodedata.normalize("NFKC", value).split())


def kind_value(value: str) -> str:
    """An article kind's canonical name (news, brief, ... or their Chinese names)."""
    kind = KINDS.get(value.lower())
    if kind is None:
        raise BadParameter(f"参数 kind 只能是 {kinds.described()}，收到“{value}”")
    return kind


_DECLARED = {"type": "string", "maxLength": 50}

# In URL order: the canonical query string lists filters in this order.
FILTERS: list[Filter] = [
    Filter("zone", "zones", "zone", "高新区", zone_value, "高新区（可重复，任一）", panel=0),
    Filter("province", "provinces", "province", "省份", province_value, "省份（可重复，任一）", panel=1),
    Filter("kind", "kinds", "kind", "体裁", kind_value, "体裁", {"type": "string", "enum": kinds.values()},
           shown=lambda kind: KIND_LABELS[kind], panel=2, split_in_form=False),
    Filter("policy", "policies", "policy", "提到的政策文件", policy_value,
           "文中提到的政策文件（《》内的标题，可重复，任一）", {"type": "string", "maxLength": 200}, longest=200,
           many_per_article=True, shown=lambda title: f"《{title}》", panel=5, top=15, split_in_form=False),
    Filter("newspaper", "newspapers", "newspaper", "报纸", spaced, "报纸（页面声明的，可重复，任一）", _DECLARED,
           prefixed=True, panel=3, only_as_choice=True, form_choices=True),
    Filter("page_name", "page_names", "page_name", "版面", spaced, "版名（页面声明的，可重复，任一）", _DECLARED,
           prefixed=True, panel=4, only_as_choice=True, form_choices=True),
    Filter("author", "authors", "authors", "作者", author_value, "作者（全名，可重复，任一）", _DECLARED,
           many_per_article=True, prefixed=True, panel=6, top=15, form_choices=True),
]


def by_name() -> dict[str, Filter]:
    """The filters by URL name (read at call time: a test may add a row)."""
    return {f.name: f for f in FILTERS}


def by_field() -> dict[str, Filter]:
    """The filters by SearchState field."""
    return {f.field: f for f in FILTERS}


def panels() -> list[Filter]:
    """The filters in the sidebar's order."""
    return sorted(FILTERS, key=lambda f: f.panel)


@dataclass(frozen=True)
class Single:
    """A filter with one value, kept in a SearchState field of its own."""
    name: str  # URL parameter and API `filters` key: from
    field: str  # SearchState attribute: date_from
    label: str  # what the pages call it: 起
    canonical: Callable[[str], object]  # a URL value as the state keeps it (`empty` if blank); BadParameter if invalid
    description: str  # the OpenAPI parameter's description
    schema: dict  # OpenAPI schema of the value
    written: Callable[[object], str] = str  # the state's value as the canonical URL writes it
    empty: object = None  # the state's value when the filter is off
    bound: bool = False  # one end of the date range (the two ends make one chip)
    repeated: bool = False  # one value only


SECTION_LONGEST = 100  # characters of the section filter's words


def section_value(value: str) -> str:
    """The section filter's words, white space around them dropped."""
    value = value.strip()
    if len(value) > SECTION_LONGEST:
        raise BadParameter(f"参数 section 太长，最多 {SECTION_LONGEST} 个字符")
    return value


# A day, a month or a year: 2022-03-15, 2022-3, 2022, 2022/3/15, 2022.03,
# 2022年3月15日 (full-width digits are folded first). `from` takes the
# period's first day, `to` its last; the canonical URL has the full day.
_DATE = re.compile(r"(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?)?\s*年?")


def date_bound(name: str, value: str) -> dt.date | None:
    """A date range's bound `from` (the period's first day) or `to` (its
    last day) from a year, a month or a day; None when blank."""
    value = unicodedata.normalize("NFKC", value).strip()
    if not value:
        return None
    found = _DATE.fullmatch(value)
    if not found:
        raise BadParameter(f"参数 {name} 应是日期：年（2022）、年月（2022-03）或年月日（2022-03-15），"
                           f"收到“{value[:40]}”")
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        if month is not None and not 1 <= month <= 12:
            raise ValueError(month)
        if day is not None:
            return dt.date(year, month, day)
        if name == "from":
            return dt.date(year, month or 1, 1)
        if month is None:
            return dt.date(year, 12, 31)
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        raise BadParameter(f"参数 {name} 不是有效日期：“{value[:40]}”") from None


# a day, a month or a year, or empty for none (the server reads `to=` as no
# end); it also reads 2022/3/15 and 2022年3月 and redirects pages to the full day
DATE_OR_EMPTY = {"type": "string", "pattern": r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", "maxLength": 10}

# In URL order, after the value filters.
SINGLES: list[Single] = [
    Single("section", "section", "小标题含", section_value, "小标题中的词语",
           {"type": "string", "maxLength": SECTION_LONGEST}, empty=""),
    Single("from", "date_from", "起", lambda value: date_bound("from", value),
           "起始日期（含）：YYYY、YYYY-MM 或 YYYY-MM-DD，取该年/月的第一天；空 = 不限", DATE_OR_EMPTY,
           written=dt.date.isoformat, bound=True),
    Single("to", "date_to", "止", lambda value: date_bound("to", value),
           "结束日期（含）：YYYY、YYYY-MM 或 YYYY-MM-DD，取该年/月的最后一天，不早于 from；空 = 不限", DATE_OR_EMPTY,
           written=dt.date.isoformat, bound=True),
]


def single(name: str) -> Single:
    """The one-value filter with URL name `name`."""
    return next(row for row in SINGLES if row.name == name)


def single_chips(state) -> list[tuple[str, dict]]:
    """The one-value filters that are on in a SearchState, each as its chip's
    text and the changes that take it off, in URL order: 小标题含“…”, and the
    date range as one chip (2021-01-01 至 …) taken off whole."""
    out: list[tuple[str, dict]] = []
    for row in SINGLES:
        value = getattr(state, row.field)
        if not row.bound and value:
            out.append((f"{row.label}“{value}”", {row.field: row.empty}))
    bounds = [row for row in SINGLES if row.bound]
    low, high = (getattr(state, row.field) for row in bounds)
    if low or high:
        out.append((f"{low or '…'} 至 {high or '…'}", {row.field: row.empty for row in bounds}))
    return out
