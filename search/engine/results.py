"""Run a search: state -> results page context (hits, facets, totals), the one
context both the HTML page and its JSON twin are built from."""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field

import numpy as np
from markupsafe import Markup

from search import urls
from search.engine import columns
from search.engine import facets as facet_types
from search.engine import marking, snippets
from search.engine.evaluate import Found
from search.engine.params import SearchState
from search.engine.query import ParsedQuery, field_query, parse

# Facet -> the state's filter values for it; these are counted as if their own
# filter were off, so that choosing one value keeps the others selectable.
BEST_PARAGRAPH = "best"  # the anchor of an article's best-matching paragraph (search.web.articles)
MULTI_VALUED = {"zone": "zones", "province": "provinces", "kind": "kinds", "policy": "policies",
                "newspaper": "newspapers", "page_name": "page_names"}


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
    partial: tuple[str, ...] = ()  # matched only by these parts of the query (search.engine.marking)
    source: PageSource | None = None  # what its page declares

    def to_json(self) -> dict:
        """The hit as in the search API (`snippet` holds <mark> tags)."""
        return {"id": self.id, "title": str(self.title), "kicker": str(self.kicker) if self.kicker else None,
                "zone": self.zone, "province": self.province,
                "date": self.date.isoformat() if self.date else None, "date_inferred": self.date_inferred,
                "kind": self.kind, "section": self.section, "url": self.url,
                "snippet": " ".join(str(f) for f in self.fragments), "partial": list(self.partial),
                **(self.source or PageSource()).to_json()}


@dataclass(frozen=True)
class PageSource:
    """What an article's page declares about itself (README: page format)."""
    newspaper: str | None = None
    issue_date: str | None = None  # YYYY-MM-DD
    page_number: str | None = None
    page_name: str | None = None

    @classmethod
    def of(cls, article: dict) -> PageSource:
        """The page facts of a stored article (older indexes have none)."""
        return cls(article.get("newspaper"), article.get("issue_date"), article.get("page_number"),
                   article.get("page_name"))

    def __bool__(self) -> bool:
        return any((self.newspaper, self.issue_date, self.page_number, self.page_name))

    def line(self) -> str:
        """The source as one line: 科技日报 · 2023-08-15 · 第3版 · 高新区."""
        page = f"第{self.page_number}版" if self.page_number else None
        return " · ".join(p for p in (self.newspaper, self.issue_date, page, self.page_name) if p)

    def to_json(self) -> dict:
        """The facts as in the API (every key, null when not declared)."""
        return {"newspaper": self.newspaper, "issue_date": self.issue_date, "page_number": self.page_number,
                "page_name": self.page_name}


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

    One evaluation of the text query gives every match and its score;
    filters, facet counts and the page's order are then worked out over the
    in-memory columns (search.engine.columns). A facet that is filtered on is
    counted as if its own filter were off (matches failing only that filter
    count too), so choosing one zone keeps the others selectable.
    """
    started = time.perf_counter()
    chosen = select(searcher, state)
    cols, docs = chosen.columns, chosen.docs
    facets = {}
    for facet in MULTI_VALUED:
        counted = np.concatenate([docs, chosen.almost[facet]]) if facet in chosen.almost else docs
        facets[facet] = getattr(cols, facet).counts(counted)
    # Years and the timeline count the matches failing only the date range
    # too, like the other facets: a bar outside the range can stretch it.
    dated = np.concatenate([docs, chosen.almost["date"]]) if "date" in chosen.almost else docs
    months, kept_months = (dict(zip(*(v.tolist() for v in np.unique(cols.month[d], return_counts=True))))
                           for d in (dated, docs))
    facets["year"] = facet_types.years(months)
    common = marking.common_terms(searcher, chosen.parsed)
    start = (state.page - 1) * state.per_page
    shown = chosen.top(state.page * state.per_page)[start:]
    hits = [make_hit(searcher.stored_fields(d), chosen.parsed, state.params(), common) for d in shown]
    took = (time.perf_counter() - started) * 1000
    return ResultsPage(state, chosen.parsed, chosen.total, hits, facets, facet_types.timeline(state, months, kept_months), took)


@dataclass
class Selection:
    """A state's matches before paging: what every view of results starts from."""
    parsed: ParsedQuery
    columns: columns.Columns
    found: Found  # every match of the text query
    kept: np.ndarray  # rows of found passing every filter
    almost: dict[str, np.ndarray]  # filter name -> docnums failing only that filter
    sort: str  # relevance, newest or oldest
    scored: bool

    @property
    def total(self) -> int:
        """How many matches pass every filter."""
        return len(self.kept)

    @property
    def docs(self) -> np.ndarray:
        """The docnums of the matches passing every filter, ascending."""
        return self.found.docs[self.kept]

    def top(self, k: int, rows: np.ndarray | None = None) -> list[int]:
        """The first k docnums in the state's order, among rows of found (by
        default every kept one). By relevance, a pending run bonus is settled
        only for the documents that could still reach the first k."""
        rows = self.kept if rows is None else rows
        if k <= 0 or not len(rows):
            return []
        found = self.found
        if self.scored and found.bonus[rows].any():
            if k >= len(rows):
                found.resolve(rows)
            else:
                while True:
                    upper = found.upper()[rows]
                    # the k-th highest score any row can still reach
                    floor = np.partition(upper, len(rows) - k)[len(rows) - k]
                    unsettled = rows[(upper >= floor) & (found.bonus[rows] > 0)]
                    if not len(unsettled):
                        break
                    found.resolve(unsettled)
                # Rows below the floor are exact or can't reach it; the first k are above.
                rows = rows[found.upper()[rows] >= floor]
        return self._in_order(rows)[:k].tolist()

    def ordered(self) -> list[int]:
        """Every kept docnum in the state's order."""
        return self.top(len(self.kept))

    def key(self, doc_row: int) -> tuple:
        """The sort key of one row of found (its bonus settled by top())."""
        doc = self.found.docs[doc_row]
        cols = self.columns
        day, rank = int(cols.day[doc]), int(cols.id_rank[doc])
        if self.sort == "oldest":
            return (day or _NO_DAY, rank)
        if self.scored:
            return (-float(self.found.scores[doc_row]), -day, rank)
        return (-day, rank)

    def _in_order(self, rows: np.ndarray) -> np.ndarray:
        """Docnums of rows, sorted: relevance, newest or oldest first; ties
        broken by date (newest first), then id; undated articles last."""
        docs = self.found.docs[rows]
        day, rank = self.columns.day[docs].astype(np.int64), self.columns.id_rank[docs]
        if self.sort == "oldest":
            order = np.lexsort((rank, np.where(day > 0, day, _NO_DAY)))
        elif self.scored:
            order = np.lexsort((rank, -day, -self.found.scores[rows]))
        else:
            order = np.lexsort((rank, -day))
        return docs[order]


def select(searcher, state: SearchState) -> Selection:
    """Evaluate the text query once and apply the state's filters in memory."""
    parsed = parse(state.q)
    cols = columns.of(searcher)
    scored = not parsed.is_empty and state.sort == "relevance"
    if parsed.is_empty:
        found = columns.every(searcher)
    else:
        found = columns.remembered(searcher, (state.q, scored),
                                   lambda: columns.matches(searcher, parsed.plan(), scored))
    passes = _tests(searcher, state, cols, found.docs)
    almost: dict[str, np.ndarray] = {}
    if passes:
        failed = np.zeros(len(found), dtype=np.int32)
        for mask in passes.values():
            failed += ~mask
        kept = np.flatnonzero(failed == 0)
        for name, mask in passes.items():
            almost[name] = found.docs[(failed == 1) & ~mask]
    else:
        kept = np.arange(len(found))
    return Selection(parsed, cols, found, kept, almost, state.sort, scored)


def _tests(searcher, state: SearchState, cols: columns.Columns, docs: np.ndarray) -> dict[str, np.ndarray]:
    """The state's filters, each as a bool per matched doc, named by facet."""
    passes = {}
    for facet, attr in MULTI_VALUED.items():
        wanted = set(getattr(state, attr))
        if wanted:
            passes[facet] = getattr(cols, facet).having(docs, wanted)
    if state.section:
        section = field_query("section", state.section)
        inside = columns.matches(searcher, section, scored=False).docs if section is not None else []
        passes["section"] = np.isin(docs, inside)
    if state.date_from or state.date_to:
        low = state.date_from.toordinal() if state.date_from else 1
        high = state.date_to.toordinal() if state.date_to else dt.date.max.toordinal()
        day = cols.day[docs]
        passes["date"] = (low <= day) & (day <= high)
    return passes


_NO_DAY = dt.date.max.toordinal() + 1


def make_hit(stored: dict, parsed: ParsedQuery, search: list[tuple[str, str]] | None,
             common: frozenset[str] = frozenset()) -> Hit:
    """A Hit from a stored document: the section that matched best, and up to
    three fragments from the body (or captions, or the lead when only the
    title matched), marked as search.engine.marking says (parts of the query when
    the article matches only by parts; `common` terms left unmarked). Its
    URL carries `search` (the state's parameters) and points at the best
    sub-section when that has a heading, else at the best paragraph (`best`)."""
    article = load_article(stored)
    marks = marking.marking(parsed, marking.article_pieces(article), common)
    matcher = marks.matcher
    sections = article["sections"]
    body = article["text"]
    best, counts = best_section(sections, body, matcher)
    fragments = snippets.fragments(body, matcher)
    if not fragments:
        captions = "\n".join(c["text"] for c in article["captions"] if c["text"])
        fragments = snippets.fragments(captions, matcher) or ([snippets.lead(body)] if body else [])
    anchor = None
    if best is not None and counts[best]:
        # a section without a heading is the whole text: its tint would read as "all of it matched"
        anchor = f"s{best}" if sections[best]["heading"] else BEST_PARAGRAPH
    date = stored.get("date")
    url = urls.article(article["id"], search, anchor)
    return Hit(id=article["id"], title=snippets.highlight(article["title"], matcher),
               kicker=snippets.highlight(article["kicker"], matcher) if article.get("kicker") else None,
               zone=article.get("zone"), province=stored.get("province"),
               date=date.date() if date else None, date_inferred=bool(article.get("date_inferred")),
               kind=article["kind"], section=sections[best]["heading"] if anchor else None,
               anchor=anchor, url=url, fragments=fragments, partial=marks.partial,
               source=PageSource.of(article))


def best_section(sections: list[dict], body: str, matcher: snippets.Matcher) -> tuple[int | None, list[int]]:
    """The section that matched most (the first on ties; None without
    sections) and each section's matches: where a hit leads and where the
    article page marks its best paragraph."""
    counts = _section_counts(sections, matcher.spans(body), matcher)
    return (max(range(len(sections)), key=lambda i: (counts[i], -i)) if sections else None), counts


def _section_counts(sections: list[dict], body_spans: list[tuple[int, int]], matcher: snippets.Matcher) -> list[int]:
    """Matches in each section (its heading, and its part of the body: the
    body is the sections' texts joined by line breaks, empty ones left out),
    from the body's spans, so that the body is folded and searched once."""
    counts, start = [], 0
    for section in sections:
        text = section["text"]
        end = start + len(text)
        inside = sum(1 for s, e in body_spans if start <= s and e <= end) if text else 0
        counts.append(inside + (len(matcher.spans(section["heading"])) if section["heading"] else 0))
        if text:
            start = end + 1
    return counts


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
    return columns.of(searcher).zone.counts(columns.every(searcher).docs)


def overview(searcher, top: int = 12) -> Overview:
    """Articles, zones, date range and the zones with most articles."""
    days = columns.of(searcher).day[columns.every(searcher).docs]
    days = days[days > 0]
    first = dt.date.fromordinal(int(days.min())) if len(days) else None
    last = dt.date.fromordinal(int(days.max())) if len(days) else None
    zones = zone_totals(searcher)
    return Overview(searcher.doc_count(), len(zones), first, last, zones[:top])


def clause_counts(searcher, page: ResultsPage) -> list[dict]:
    """Ways out of an empty result: the same query without filters, and each
    searched piece alone, with how many articles each would find."""
    state, out = page.state, []
    if state.filtered:
        plain = SearchState(q=state.q, sort=state.sort, per_page=state.per_page)
        out.append({"label": "去掉全部筛选", "count": select(searcher, plain).total, "url": plain.url()})
    clauses = [c for group in page.parsed.groups for c in group if c.query is not None]
    if len(clauses) > 1:
        for clause in clauses:
            text = f"{clause.field}:{clause.text}" if clause.field else clause.text
            if clause.phrase:
                text = f'"{text}"'
            alone = state.with_(q=text)
            out.append({"label": f"只搜“{text}”", "count": select(searcher, alone).total, "url": alone.url()})
    return [s for s in out if s["count"]]


def every_match(searcher, state: SearchState, limit: int | None = None, newest: bool = False):
    """(parsed query, stored fields of every match) in the state's order, or
    newest first: for exports, which take all results, not one page."""
    selection = select(searcher, state.with_(sort="newest") if newest else state)
    ordered = selection.ordered() if limit is None else selection.top(limit)
    return selection.parsed, (searcher.stored_fields(d) for d in ordered)
