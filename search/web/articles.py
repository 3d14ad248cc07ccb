"""One article as its page and its JSON twin show it: the stored article,
highlighted for the search it was found by (its best paragraph marked, its
parts marked when it matches only by parts), its source and a citation, and
related articles (more-like-this)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from markupsafe import Markup

from search import urls
from search.engine.backends import Backend
from search.engine.params import SearchState
from search.engine.query import parse
from search.engine.results import load_article
from search.errors import NotFound
from search.text.figures import paragraphs as paragraphs_of
from search.text.figures import sentence_anchor, sentences
from search.web import citations, marking, snippets
from search.web.hits import BEST_PARAGRAPH, PageSource, best_section

ID_PATTERN = re.compile(r"[0-9a-f]{12}")
RELATED = 5


@dataclass
class Section:
    """A section with its stable anchor (s0, s1, ...) and marked paragraphs."""
    anchor: str
    heading: str | None
    heading_html: Markup | None
    paragraphs: list[Markup]
    text: str


@dataclass
class ArticlePage:
    """Everything the article page and /api/articles/<id> show."""
    data: dict
    province: str | None
    q: str
    title: Markup
    kicker: Markup | None
    subtitle: Markup | None
    sections: list[Section]
    captions: list[tuple[Markup, str | None]]
    related: list[dict]
    source: PageSource
    partial: tuple[str, ...] = ()  # matched only by these parts of the query
    best: tuple[int, int] | None = None  # (section, paragraph) that matched most: id BEST_PARAGRAPH
    indexed: dt.datetime | None = None  # when first indexed (UTC)

    best_anchor = BEST_PARAGRAPH

    def citation(self) -> str:
        """The article cited in GB/T 7714-2015 form (search.web.citations),
        with its page's facts."""
        return citations.gbt7714(citations.Reference.of({**self.data, **self.source.to_json()}))

    def to_json(self) -> dict:
        """The API form: the parsed article, its URL, province and related articles."""
        data = dict(self.data)
        data["province"] = self.province
        data["url"] = urls.article(data["id"])
        data["sections"] = [{"anchor": s.anchor, "heading": s.heading, "text": s.text} for s in self.sections]
        data["related"] = self.related
        data["citation"] = self.citation()
        data["indexed_at"] = f"{self.indexed:%Y-%m-%dT%H:%M:%S}Z" if self.indexed else None
        return data


def get(backend: Backend, article_id: str, state: SearchState = SearchState()) -> ArticlePage:
    """The article page context for the search it was found by (`state`:
    its query is marked); NotFound for unknown or malformed ids."""
    if not ID_PATTERN.fullmatch(article_id):
        raise NotFound(f"文章编号“{article_id[:40]}”格式不对：应是 12 位十六进制字符")
    found = backend.articles([article_id])
    if not found:
        raise NotFound(f"没有编号为 {article_id} 的文章，它可能已从索引中删除")
    stored = found[0]
    data = load_article(stored)
    marks = marking.marking(parse(state.q), marking.article_pieces(data)) if state.q else None
    matcher = marks.matcher if marks else snippets.matcher([])
    # the best paragraph is in the section a hit leads to (search.engine.results.best_section)
    best_index, counts = best_section(data["sections"], data["text"], matcher)
    sections, best, most = [], None, 0
    for i, s in enumerate(data["sections"]):
        paragraphs = paragraphs_of(s["text"])
        for j, p in enumerate(paragraphs):
            found = len(matcher.spans(p)) if i == best_index and counts[i] else 0
            if found > most:
                best, most = (i, j), found
        sections.append(Section(f"s{i}", s["heading"],
                                snippets.highlight(s["heading"], matcher) if s["heading"] else None,
                                [anchored(p, i, j, matcher) for j, p in enumerate(paragraphs)], s["text"]))
    captions = [(snippets.highlight(c["text"], matcher), c["credit"]) for c in data["captions"]]
    return ArticlePage(data, stored.get("province"), state.q, snippets.highlight(data["title"], matcher),
                       snippets.highlight(data["kicker"], matcher) if data.get("kicker") else None,
                       snippets.highlight(data["subtitle"], matcher) if data.get("subtitle") else None,
                       sections, captions, related(backend, article_id, data["text"]), PageSource.of(data),
                       marks.partial if marks else (), best, stored.get("indexed"))


def anchored(paragraph: str, section: int, number: int, matcher: snippets.Matcher) -> Markup:
    """A paragraph marked, each sentence in a span with its anchor: the
    figures view links to the sentence a figure stands in."""
    return Markup("").join(Markup('<span class="sentence" id="{}">{}</span>').format(
        sentence_anchor(section, number, k), snippets.highlight(sentence, matcher))
        for k, sentence in enumerate(sentences(paragraph)))


def related(backend: Backend, article_id: str, text: str) -> list[dict]:
    """Articles most like this one (over its body), as the page and the API
    list them; none when the backend cannot find them (its features)."""
    out = []
    for hit in backend.related(article_id, text, RELATED) if backend.features.related_articles else []:
        date = hit.get("date")
        out.append({"id": hit["id"], "title": hit["title"], "zone": hit.get("zone"),
                    "date": date.date().isoformat() if date else None,
                    "date_inferred": bool(hit.get("date_inferred")), "url": urls.article(hit["id"])})
    return out
