"""The registry of value filters: one row per filter (zone, province, kind,
policy, newspaper, 版面, author). The URL parameters and their canonical order
(search.engine.params), the search state's fields, filtering and facet
counting (search.engine.results over search.engine.columns), the API's
`filters` and OpenAPI parameters, labels, chips, facet panels and the
advanced form all read these rows: adding a filter is adding a row (and the
index column it reads). The text filter `section` and the date range are not
value filters; search.engine.params keeps them.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from search.engine.query import KIND_LABELS, KINDS, province_value, zone_value
from search.errors import BadParameter
from search.index.schema import author_value, policy_value
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
