"""Results as a person sees them: hits with marked titles and fragments,
page facts, links at the right place, and the timeline, made from what the
engine returns (search.engine.results: document numbers and counts)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
import datetime as dt
import time

from markupsafe import Markup

from search import urls
from search.engine.query import ParsedQuery
from search.engine.results import ResultsPage, load_article
from search.web import facets, marking, snippets

BEST_PARAGRAPH = "best"  # the anchor of an article's best-matching paragraph (search.web.articles)


def presented(searcher, page: ResultsPage) -> ResultsPage:
    """The page with its hits and timeline made (a new object: the engine's is
    left as it is), the time taken added."""
    started = time.perf_counter()
    common = marking.common_terms(searcher, page.parsed)
    made = [make_hit(searcher.stored_fields(d), page.parsed, page.state.params(), common) for d in page.shown]
    timeline = facets.timeline(page.state, page.months, page.kept_months)
    took = page.took_ms + (time.perf_counter() - started) * 1000
    return dataclasses.replace(page, hits=made, timeline=timeline, took_ms=took)


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
    partial: tuple[str, ...] = ()  # matched only by these parts of the query (search.web.marking)
    source: PageSource | None = None  # what its page declares
    authors: tuple[str, ...] = ()
    indexed: dt.datetime | None = None  # when first indexed (UTC)

    def to_json(self) -> dict:
        """The hit as in the search API (`snippet` holds <mark> tags)."""
        return {"id": self.id, "title": str(self.title), "kicker": str(self.kicker) if self.kicker else None,
                "zone": self.zone, "province": self.province,
                "date": self.date.isoformat() if self.date else None, "date_inferred": self.date_inferred,
                "kind": self.kind, "section": self.section, "url": self.url,
                "snippet": " ".join(str(f) for f in self.fragments), "partial": list(self.partial),
                "authors": list(self.authors),
                "indexed_at": f"{self.indexed:%Y-%m-%dT%H:%M:%S}Z" if self.indexed else None,
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


def make_hit(stored: dict, parsed: ParsedQuery, search: list[tuple[str, str]] | None,
             common: frozenset[str] = frozenset()) -> Hit:
    """A Hit from a stored document: the section that matched best, and up to
    three fragments from the body (or captions, or the lead when only the
    title matched), marked as search.web.marking says (parts of the query when
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
               source=PageSource.of(article), authors=tuple(article.get("authors") or ()),
               indexed=stored.get("indexed"))


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


