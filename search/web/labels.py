"""How a search state reads in words: its filters as short labels, for page
titles, chips and export file names (one wording everywhere), and the sort
orders' names."""
from __future__ import annotations

from search.engine import filters
from search.engine.params import SORTS, SearchState

SORT_LABELS = dict(zip(SORTS, ("相关度", "最新", "最早", "最新收录", "数值从大到小"), strict=True))


def filter_labels(state: SearchState) -> list[str]:
    """Each filter of a state as a short label, in the URL's order:
    襄阳高新区, 湖北, 简讯, 《条例》, 报纸：…, 版面：…, 作者：…, 小标题含“…”, 2021-01-01 至 …"""
    labels = [filters.by_name()[name].chip(value) for name, values in state.chosen for value in values]
    return labels + [text for text, _ in filters.single_chips(state)]


def described(state: SearchState, separator: str = " · ") -> str:
    """The query and the filters in one line ('' when there is neither)."""
    return separator.join(p for p in (state.q, *filter_labels(state)) if p)
