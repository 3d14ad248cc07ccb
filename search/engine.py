"""Run a search: state -> results page context (hits, facets, totals), the one
context both the HTML page and its JSON twin are built from."""
from __future__ import annotations

import datetime as dt
import heapq
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup

from search import columns, snippets
from search import facets as facet_types
from search.params import SearchState
from search.query import ParsedQuery, field_query, parse

# Facet -> the state's filter values for it; these are counted as if their own
# filter were off, so that choosing one value keeps the others selectable.
MULTI_VALUED = {"zone": "zones", "province": "provinces", "kind": "kinds", "policy": "policies"}


@dataclass
class Hit:
    """One result as shown: highlighted title and fragments, where it matched."""
    id: str
    title: Markup
    kicker: Markup | None
    zone: str | None
    province: str | None
    date: dt.date | None
    date_inferred: bool
    kind: str
    section: str | None
    anchor: str | None
    url: str
    fragments: list[Markup]

    def to_json(self) -> dict:
        """The hit as in the search API (`snippet` holds <mark> tags)."""
        return {"id": self.id, "title": str(self.title), "kicker": str(self.kicker) if self.kicker else None,
                "zone": self.zone, "province": self.province,
                "date": self.date.isoformat() if self.date else None, "date_inferred": self.date_inferred,
                "kind": self.kind, "section": self.section, "url": self.url,
                "snippet": " ".join(str(f) for f in self.fragments)}


@dataclass
class ResultsPage:
    """A page of results with everything the page and the API show."""
    state: SearchState
    parsed: ParsedQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    timeline: facet_types.Timeline | None = None
    took_ms: float = 0.0

    @property
    def pages(self) -> int:
        """How many pages the results fill."""
        return max(1, -(-self.total // self.state.per_page))

    def facets_json(self) -> dict[str, dict[str, int]]:
        """Facet counts as {facet: {value: count}}, most frequent first."""
        return {name: {str(value): count for value, count in pairs} for name, pairs in self.facets.items()}


def load_article(stored: dict) -> dict:
    """The parsed article kept in the index (the `article` stored field)."""
    return json.loads(stored["article"])


def run(searcher, state: SearchState) -> ResultsPage:
    """Search, count, facet and highlight one page of results.

    One pass of the text query over the index gives every match and its
    score; filters, facet counts and the page's order are then worked out
    over the in-memory columns (search.columns). A facet that is filtered on
    is counted as if its own filter were off (matches failing only that
    filter count too), so choosing one zone keeps the others selectable.
    """
    started = time.perf_counter()
    chosen = select(searcher, state)
    parsed, cols, kept, almost = chosen.parsed, chosen.columns, chosen.kept, chosen.almost
    docs = [d for _, d in kept]
    facets = {}
    for facet in MULTI_VALUED:
        counted = docs + almost[facet] if facet in almost else docs
        facets[facet] = _facet_counts(cols, facet, counted)
    months = Counter(cols.month[d] for d in docs)
    facets["year"] = facet_types.years(months)
    matcher = snippets.matcher(parsed.highlight_terms())
    start = (state.page - 1) * state.per_page
    ordered = heapq.nsmallest(state.page * state.per_page, kept, key=chosen.order)
    hits = [make_hit(searcher.stored_fields(d), matcher, state.q) for _, d in ordered[start:]]
    took = (time.perf_counter() - started) * 1000
    return ResultsPage(state, parsed, len(kept), hits, facets, facet_types.timeline(state, months), took)


@dataclass
class Selection:
    """A state's matches before paging: what every view of results starts from."""
    parsed: ParsedQuery
    columns: columns.Columns
    kept: list[tuple[float, int]]  # (score, docnum) passing every filter
    almost: dict[str, list[int]]  # filter name -> docnums failing only that filter
    order: object  # sort key for kept items, as the state asks


def select(searcher, state: SearchState) -> Selection:
    """Run the text query once and apply the state's filters in memory."""
    parsed = parse(state.q)
    cols = columns.of(searcher)
    scored = not parsed.is_empty and state.sort == "relevance"
    if parsed.is_empty:
        found = columns.every(searcher)
    else:
        found = columns.remembered(searcher, (state.q, scored),
                                   lambda: columns.matches(searcher, parsed.whoosh(), scored))
    tests = _tests(searcher, state, cols)
    kept: list[tuple[float, int]] = []
    almost: dict[str, list[int]] = {name: [] for name in tests}
    for item in found:
        failed = None
        for name, test in tests.items():
            if not test(item[1]):
                if failed is not None:
                    break
                failed = name
        else:
            if failed is None:
                kept.append(item)
            else:
                almost[failed].append(item[1])
    return Selection(parsed, cols, kept, almost, _order(state, scored, cols))


def _tests(searcher, state: SearchState, cols: columns.Columns) -> dict:
    """The state's filters as docnum -> bool tests, named by facet."""
    tests = {}
    for facet, attr in MULTI_VALUED.items():
        wanted = set(getattr(state, attr))
        if not wanted:
            continue
        if facet == "policy":
            tests[facet] = lambda d, w=wanted: not w.isdisjoint(cols.policy.get(d, ()))
        else:
            values = getattr(cols, facet)
            tests[facet] = lambda d, w=wanted, v=values: v[d] in w
    if state.section:
        section = field_query("section", state.section)
        inside = set(searcher.docs_for_query(section)) if section is not None else set()
        tests["section"] = inside.__contains__
    if state.date_from or state.date_to:
        low = state.date_from.toordinal() if state.date_from else 1
        high = state.date_to.toordinal() if state.date_to else dt.date.max.toordinal()
        tests["date"] = lambda d: low <= cols.day[d] <= high
    return tests


def _facet_counts(cols: columns.Columns, facet: str, docs: list[int]) -> list[tuple[str, int]]:
    if facet == "policy":
        counts = Counter(p for d in docs for p in cols.policy.get(d, ()))
    else:
        values = getattr(cols, facet)
        counts = Counter(values[d] for d in docs)
    return _counted(counts)


def _order(state: SearchState, scored: bool, cols: columns.Columns):
    """Sort key for (score, docnum): relevance, newest or oldest; ties broken
    by date (newest first), then id; undated articles last either way."""
    day, ident = cols.day, cols.id
    if state.sort == "oldest":
        return lambda item: (day[item[1]] or _NO_DAY, ident[item[1]])
    if scored:
        return lambda item: (-item[0], -day[item[1]], ident[item[1]])
    return lambda item: (-day[item[1]], ident[item[1]])


_NO_DAY = dt.date.max.toordinal() + 1


def _counted(groups: dict) -> list[tuple[str, int]]:
    # search.columns holds "" for a document without a value: not a value.
    pairs = [(k, v) for k, v in groups.items() if k]
    return sorted(pairs, key=lambda kv: (-kv[1], str(kv[0])))


def make_hit(stored: dict, matcher: snippets.Matcher, q: str) -> Hit:
    """A Hit from a stored document: the section that matched best, and up to
    three fragments from the body (or captions, or the lead when only the
    title matched)."""
    article = load_article(stored)
    sections = article["sections"]
    counts = [len(matcher.spans((s["heading"] or "") + "\n" + s["text"])) for s in sections]
    best = max(range(len(sections)), key=lambda i: (counts[i], -i)) if sections else None
    body = article["text"]
    fragments = snippets.fragments(body, matcher)
    if not fragments:
        captions = "\n".join(c["text"] for c in article["captions"] if c["text"])
        fragments = snippets.fragments(captions, matcher) or ([snippets.lead(body)] if body else [])
    anchor = f"s{best}" if best is not None and counts[best] else None
    date = stored.get("date")
    url = article_url(article["id"], q, anchor)
    return Hit(id=article["id"], title=snippets.highlight(article["title"], matcher),
               kicker=snippets.highlight(article["kicker"], matcher) if article.get("kicker") else None,
               zone=article.get("zone"), province=stored.get("province"),
               date=date.date() if date else None, date_inferred=bool(article.get("date_inferred")),
               kind=article["kind"], section=sections[best]["heading"] if anchor else None,
               anchor=anchor, url=url, fragments=fragments)


def article_url(article_id: str, q: str = "", anchor: str | None = None) -> str:
    """An article's page, carrying the query for highlighting, at a section."""
    url = f"/articles/{article_id}"
    if q:
        url += "?" + urlencode({"q": q})
    if anchor:
        url += "#" + anchor
    return url


@dataclass
class Overview:
    """Corpus figures for the home page."""
    articles: int
    zones: int
    first: dt.date | None
    last: dt.date | None
    top_zones: list[tuple[str, int]]

    def to_json(self) -> dict:
        """The figures as JSON."""
        return {"articles": self.articles, "zones": self.zones,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None,
                "top_zones": dict(self.top_zones)}


def zone_totals(searcher) -> list[tuple[str, int]]:
    """Every zone in the index with its number of articles, most first."""
    cols = columns.of(searcher)
    return _counted(Counter(cols.zone[d] for _, d in columns.every(searcher)))


def overview(searcher, top: int = 12) -> Overview:
    """Articles, zones, date range and the zones with most articles."""
    cols = columns.of(searcher)
    days = [cols.day[d] for _, d in columns.every(searcher) if cols.day[d]]
    first = dt.date.fromordinal(min(days)) if days else None
    last = dt.date.fromordinal(max(days)) if days else None
    zones = zone_totals(searcher)
    return Overview(searcher.doc_count(), len(zones), first, last, zones[:top])


def clause_counts(searcher, page: ResultsPage) -> list[dict]:
    """Ways out of an empty result: the same query without filters, and each
    searched piece alone, with how many articles each would find."""
    state, out = page.state, []
    if state.filtered:
        plain = SearchState(q=state.q, sort=state.sort, per_page=state.per_page)
        out.append({"label": "去掉全部筛选", "count": len(select(searcher, plain).kept), "url": plain.url()})
    clauses = [c for group in page.parsed.groups for c in group if c.query is not None]
    if len(clauses) > 1:
        for clause in clauses:
            text = f"{clause.field}:{clause.text}" if clause.field else clause.text
            if clause.phrase:
                text = f'"{text}"'
            alone = state.with_(q=text)
            out.append({"label": f"只搜“{text}”", "count": len(select(searcher, alone).kept), "url": alone.url()})
    return [s for s in out if s["count"]]


def every_match(searcher, state: SearchState, limit: int | None = None, newest: bool = False):
    """(parsed query, stored fields of every match) in the state's order, or
    newest first: for exports, which take all results, not one page."""
    selection = select(searcher, state.with_(sort="newest") if newest else state)
    if limit is None:
        ordered = sorted(selection.kept, key=selection.order)
    else:
        ordered = heapq.nsmallest(limit, selection.kept, key=selection.order)
    return selection.parsed, (searcher.stored_fields(d) for _, d in ordered)
