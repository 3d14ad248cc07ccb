"""The compare view: one query, one column per zone, each with its best
matches and fragments side by side ("how do other zones handle 人才补贴?").

/compare takes the results page's parameters. The zones to compare are its
`zone=` values; with none, the zones with most matches. Sort and paging do
not apply (each column is its zone's best matches), so they are dropped from
the canonical URL.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Blueprint, jsonify, make_response, redirect, render_template, request

from search import urls
from search.engine import results as engine
from search.engine.backends import Backend
from search.engine.params import DEFAULT_PER_PAGE, SearchState, parse_args
from search.engine.query import ParsedQuery
from search.text import gazetteer
from search.web import marking
from search.web.current import backend, backend_of, library
from search.web.hits import make_hit

bp = Blueprint("compare", __name__)
PER_ZONE = 3  # best matches shown in each column
AUTO_ZONES = 4  # columns when no zone is named


@dataclass
class Column:
    """One zone's column: how many matches it has and the best of them."""
    zone: str
    province: str | None
    total: int
    hits: list[engine.Hit]
    results_url: str  # all this zone's matches on the results page

    def to_json(self) -> dict:
        """The column as in the compare API."""
        return {"zone": self.zone, "province": self.province, "total": self.total,
                "results_url": self.results_url, "zone_url": urls.zone(self.zone),
                "hits": [hit.to_json() for hit in self.hits]}


@dataclass
class ComparePage:
    """The compare view's context, shared by the page and its JSON twin."""
    state: SearchState  # its zones are the columns, whether named or chosen
    parsed: ParsedQuery
    chosen: bool  # True when the zones were picked as those with most matches
    columns: list[Column]
    zone_counts: list[tuple[str, int]]  # every zone with matches, most first
    took_ms: float

    def how_chosen(self) -> str:
        """How the columns were chosen, in words; honest about ties at the cut
        (with every zone at one match, the four shown are four of many)."""
        shown, counts = len(self.columns), [n for _, n in self.zone_counts]
        if not self.chosen:
            return f"所选的 {shown} 个高新区"
        if not counts:
            return "没有高新区有匹配文章"
        if len(counts) <= shown:
            return f"有匹配文章的全部 {len(counts)} 个高新区，按匹配篇数排列"
        cut = counts[shown - 1]
        tied = counts.count(cut)
        if counts[shown] != cut:
            return f"匹配篇数最多的 {shown} 个高新区（共 {len(counts)} 个高新区有匹配文章）"
        inside = counts[:shown].count(cut)
        if tied == len(counts):
            return (f"有匹配文章的 {len(counts)} 个高新区都是 {cut} 篇，篇数分不出多少；这里按各自最相关的一篇"
                    f"选出 {shown} 个，可在下面加入其他高新区")
        return (f"按匹配篇数选出 {shown} 个高新区；第 {shown - inside + 1} 至 {shown} 个与另外 {tied - inside} 个"
                f"同为 {cut} 篇，按各自最相关的一篇选出（共 {len(counts)} 个高新区有匹配文章）")

    def adding(self, zone: str) -> SearchState:
        """The compare state with one more column."""
        return self.state.with_(zones=tuple(sorted({*self.state.zones, zone})))

    def removing(self, zone: str) -> SearchState:
        """The compare state without one column."""
        return self.state.with_(zones=tuple(z for z in self.state.zones if z != zone))

    def to_json(self) -> dict:
        """The JSON twin."""
        state = self.state
        return {"query": state.q, "parsed": self.parsed.to_json(), "zones_chosen": self.chosen,
                "how_chosen": self.how_chosen(),
                # every filter of the registry but the zones, which are the columns
                "filters": {name: value for name, value in state.filters_json().items() if name != "zone"},
                "url": urls.search(state, "/compare"), "columns": [c.to_json() for c in self.columns],
                "zones": dict(self.zone_counts), "took_ms": round(self.took_ms, 1)}


def compare_state(state: SearchState) -> SearchState:
    """The state as the compare view reads it: no sort, no paging."""
    return state.with_(sort="relevance", page=1, per_page=DEFAULT_PER_PAGE)


def compare(backend: Backend, state: SearchState, per_zone: int = PER_ZONE) -> ComparePage:
    """Columns for the state's zones, or for the zones with most matches;
    either way the zone with most matches (then the best match) comes first."""
    started = time.perf_counter()
    chosen_state = state.with_(zones=())
    query = engine.read(chosen_state)
    parsed = query[1]
    zone_counts = backend.groups(engine.request_of(chosen_state, query), "zone")
    counts = dict(zone_counts)
    chosen = not state.zones
    if chosen:
        zones = [z for z, _ in zone_counts[:AUTO_ZONES]]
    else:  # named zones in the same order: most matches first, then the rest
        zones = [z for z, _ in zone_counts if z in state.zones] + [z for z in state.zones if z not in counts]
    common = marking.common_terms(backend, parsed)
    columns = []
    for zone in zones:
        alone = state.with_(zones=(zone,))
        ids = backend.ids(engine.request_of(alone, query), limit=per_zone) if zone in counts else []
        hits = [make_hit(stored, parsed, alone.params(), common) for stored in backend.articles(ids)]
        columns.append(Column(zone, gazetteer.province_of(zone), counts.get(zone, 0), hits, urls.search(alone)))
    shown = state.with_(zones=tuple(sorted(zones))) if chosen else state
    took = (time.perf_counter() - started) * 1000
    return ComparePage(shown, parsed, chosen, columns, zone_counts, took)


def _page() -> tuple[SearchState, ComparePage | None]:
    state = parse_args(request.args)
    canonical = compare_state(state)
    if list(request.args.items(multi=True)) != canonical.params():
        return canonical, None
    return canonical, compared(canonical)


def compared(state: SearchState) -> ComparePage:
    """The compare view of a canonical state, remembered per worker until the
    index changes (shared by the page and its twin)."""
    return library().recent(("compare", state), lambda searcher: compare(backend_of(searcher), state))


@bp.get("/compare")
def compare_html():
    """The compare page; other spellings of the same state redirect."""
    state, page = _page()
    if page is None:
        return redirect(urls.search(state, "/compare"), 302)
    all_zones = [zone for zone, _ in engine.zone_totals(backend())]
    response = make_response(render_template("compare.html", page=page, state=state, all_zones=all_zones))
    response.headers["Link"] = urls.link_header((urls.search(state, "/api/compare"), "alternate", "application/json"),
                                                (urls.search(state, "/compare"), "canonical"))
    return response


@bp.get("/api/compare")
def compare_json():
    """The compare view as JSON (same parameters as /compare)."""
    state = compare_state(parse_args(request.args))
    return jsonify(compared(state).to_json())
