"""URL parameters <-> search state. The URL is the state: one state has one
canonical query string (fixed parameter order, defaults left out, repeated
values sorted), and every invalid parameter is a 400 with a reason in Chinese.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from search.engine import filters
from search.engine.query import MAX_QUERY_CHARS
from search.errors import BadParameter

# value: by the figures a query's conditions name (search.engine.conditions)
SORTS = ("relevance", "newest", "oldest", "indexed", "value")
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50
MAX_RESULTS_DEEP = 2000  # page * per_page: deeper pages cost more than they help
MAX_FILTER_VALUES = 20
# One value each: the query, the one-value filters (search.engine.filters.SINGLES), the page's settings.
_SINGLE = ("q", *(row.name for row in filters.SINGLES), "sort", "page", "per_page")
_PLAIN = ("q", *(row.field for row in filters.SINGLES), "sort", "page", "per_page")


@dataclass(frozen=True, init=False)
class SearchState:
    """Everything that decides a results page. The chosen values of each
    value filter (search.engine.filters) read as attributes named by the
    filter's `field`: state.zones, state.page_names, ... (() when none)."""
    q: str
    chosen: tuple[tuple[str, tuple[str, ...]], ...]  # (filter name, values), in registry order, none empty
    section: str
    date_from: dt.date | None
    date_to: dt.date | None
    sort: str
    page: int
    per_page: int

    def __init__(self, q: str = "", *, section: str = "", date_from: dt.date | None = None,
                 date_to: dt.date | None = None, sort: str = "relevance", page: int = 1,
                 per_page: int = DEFAULT_PER_PAGE, **values: tuple[str, ...]):
        """A state from its query, plain settings and filter values by field (zones=(...), ...)."""
        fields = filters.by_field()
        unknown = set(values) - set(fields)
        if unknown:
            raise TypeError(f"SearchState has no filter {', '.join(sorted(unknown))}")
        chosen = tuple((f.name, tuple(values[f.field])) for f in filters.FILTERS if values.get(f.field))
        for name, value in zip(("q", "chosen", *_PLAIN[1:]),
                               (q, chosen, section, date_from, date_to, sort, page, per_page), strict=True):
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> tuple[str, ...]:
        # Only for what is not a dataclass field: a filter's values by its field name.
        row = filters.by_field().get(name)
        if row is None:
            raise AttributeError(f"SearchState has no attribute {name}")
        return self.values(row.name)

    def values(self, name: str) -> tuple[str, ...]:
        """The chosen values of the filter with URL name `name`."""
        return next((values for chosen, values in self.chosen if chosen == name), ())

    def params(self) -> list[tuple[str, str]]:
        """The canonical parameters, in their fixed order, defaults left out."""
        out: list[tuple[str, str]] = []
        if self.q:
            out.append(("q", self.q))
        out += [(f.name, value) for f in filters.FILTERS for value in self.values(f.name)]
        out += [(row.name, row.written(value)) for row in filters.SINGLES if (value := getattr(self, row.field))]
        if self.sort != "relevance":
            out.append(("sort", self.sort))
        if self.page != 1:
            out.append(("page", str(self.page)))
        if self.per_page != DEFAULT_PER_PAGE:
            out.append(("per_page", str(self.per_page)))
        return out

    def query_string(self) -> str:
        """The canonical query string, without '?' ('' for the default state)."""
        return urlencode(self.params())

    def with_(self, **changes) -> SearchState:
        """A copy with changes (plain fields or filter fields); any change but
        a page change goes back to page 1."""
        if "page" not in changes:
            changes["page"] = 1
        current = {name: getattr(self, name) for name in _PLAIN}
        current.update((f.field, self.values(f.name)) for f in filters.FILTERS)
        return SearchState(**{**current, **changes})

    def toggle(self, name: str, value: str) -> SearchState:
        """Add a value to a filter (by field: zones, page_names, ...) or remove it if present."""
        current = getattr(self, name)
        values = tuple(v for v in current if v != value) if value in current else tuple(sorted({*current, value}))
        return self.with_(**{name: values})

    def filters_json(self) -> dict:
        """The filters as the JSON answers give them (null when not set)."""
        return {**{f.name: list(self.values(f.name)) for f in filters.FILTERS},
                **{row.name: row.written(value) if (value := getattr(self, row.field)) else None
                   for row in filters.SINGLES}}

    @property
    def filtered(self) -> bool:
        """True when any filter narrows the results."""
        return bool(self.chosen) or any(getattr(self, row.field) for row in filters.SINGLES)


def parse_args(args: Mapping) -> SearchState:
    """Validate request arguments (a MultiDict, or a mapping of a name to a
    value or a list of values) into a SearchState; BadParameter (400) with
    the reason when any is invalid. Unknown parameters are ignored."""
    args = _Args(args)
    for name in _SINGLE:
        if len(args.getlist(name)) > 1:
            raise BadParameter(f"参数 {name} 只能出现一次")
    q = args.get("q").strip()
    if len(q) > MAX_QUERY_CHARS:
        raise BadParameter(f"查询太长：{len(q)} 个字符，最多 {MAX_QUERY_CHARS} 个")
    values = {f.field: _values(args, f.name, f.canonical, f.longest) for f in filters.FILTERS}
    singles = {row.field: row.canonical(args.get(row.name)) for row in filters.SINGLES}
    date_from, date_to = singles["date_from"], singles["date_to"]
    if date_from and date_to and date_from > date_to:
        raise BadParameter(f"起始日期 {date_from} 晚于结束日期 {date_to}")
    sort = args.get("sort").strip() or "relevance"
    if sort not in SORTS:
        raise BadParameter(f"参数 sort 只能是 {'、'.join(SORTS)}，收到“{sort}”")
    per_page = _int(args, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    page = _int(args, "page", 1, 1, None)
    if page * per_page > MAX_RESULTS_DEEP:
        raise BadParameter(f"页码太大：最多查看前 {MAX_RESULTS_DEEP} 条结果，请缩小范围")
    return SearchState(q, sort=sort, page=page, per_page=per_page, **singles, **values)


class _Args:
    """Request arguments read the same way from a MultiDict (Werkzeug's, or
    anything with getlist) or a plain mapping; the engine needs no web library."""

    def __init__(self, args: Mapping):
        self._args = args

    def getlist(self, name: str) -> list[str]:
        """Every value given for name."""
        if hasattr(self._args, "getlist"):
            return list(self._args.getlist(name))
        value = self._args.get(name)
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    def get(self, name: str) -> str:
        """The first value given for name, '' when none."""
        given = self.getlist(name)
        return given[0] if given else ""


def _values(args: _Args, name: str, canonical, longest: int = 50) -> tuple[str, ...]:
    raw = [v.strip() for v in args.getlist(name) if v.strip()]
    if len(raw) > MAX_FILTER_VALUES:
        raise BadParameter(f"参数 {name} 最多 {MAX_FILTER_VALUES} 个")
    for v in raw:
        if len(v) > longest:
            raise BadParameter(f"参数 {name} 的值太长：{v[:20]}…")
    # canonical forms, stripped again (NFKC can make white space: ¨ -> " ̈")
    # and empty ones dropped (《》), so that one redirect reaches the canonical URL
    return tuple(sorted({c for v in raw if (c := canonical(v).strip())}))


def _int(args: _Args, name: str, default: int, low: int, high: int | None) -> int:
    value = args.get(name).strip()
    if not value:
        return default
    if not value.isascii() or not value.isdigit():
        raise BadParameter(f"参数 {name} 应是正整数，收到“{value[:40]}”")
    number = int(value)
    if number < low:
        raise BadParameter(f"参数 {name} 最小是 {low}，收到 {number}")
    if high is not None and number > high:
        raise BadParameter(f"参数 {name} 最大是 {high}，收到 {number}")
    return number
