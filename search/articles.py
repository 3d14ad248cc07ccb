"""One article as its page and its JSON twin show it: the stored article,
highlighted when a query is given, and related articles (more-like-this)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from search import snippets, urls
from search.engine import load_article
from search.errors import BadParameter, NotFound
from search.query import MAX_QUERY_CHARS, parse

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

    def to_json(self) -> dict:
        """The API form: the parsed article, its URL, province and related articles."""
        data = dict(self.data)
        data["province"] = self.province
        data["url"] = urls.article(data["id"])
        data["sections"] = [{"anchor": s.anchor, "heading": s.heading, "text": s.text} for s in self.sections]
        data["related"] = self.related
        return data


def get(searcher, article_id: str, q: str = "") -> ArticlePage:
    """The article page context; NotFound for unknown or malformed ids."""
    if not ID_PATTERN.fullmatch(article_id):
        raise NotFound(f"文章编号“{article_id[:40]}”格式不对：应是 12 位十六进制字符")
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        raise NotFound(f"没有编号为 {article_id} 的文章，它可能已从索引中删除")
    if len(q) > MAX_QUERY_CHARS:
        raise BadParameter(f"查询太长：{len(q)} 个字符，最多 {MAX_QUERY_CHARS} 个")
    stored = searcher.stored_fields(docnum)
    data = load_article(stored)
    matcher = snippets.matcher(parse(q).highlight_terms() if q else [])
    sections = [Section(f"s{i}", s["heading"],
                        snippets.highlight(s["heading"], matcher) if s["heading"] else None,
                        [snippets.highlight(p, matcher) for p in s["text"].split("\n") if p],
                        s["text"])
                for i, s in enumerate(data["sections"])]
    captions = [(snippets.highlight(c["text"], matcher), c["credit"]) for c in data["captions"]]
    return ArticlePage(data, stored.get("province"), q, snippets.highlight(data["title"], matcher),
                       snippets.highlight(data["kicker"], matcher) if data.get("kicker") else None,
                       snippets.highlight(data["subtitle"], matcher) if data.get("subtitle") else None,
                       sections, captions, related(searcher, docnum, data["text"]))


def related(searcher, docnum: int, text: str) -> list[dict]:
    """Articles most like this one (Whoosh's more-like-this over its body)."""
    out = []
    if not text.strip():  # Whoosh's more_like raises on an empty text: nothing is like nothing
        return out
    for hit in searcher.more_like(docnum, "text", text=text, top=RELATED):
        date = hit.get("date")
        out.append({"id": hit["id"], "title": hit["title"], "zone": hit.get("zone"),
                    "date": date.date().isoformat() if date else None,
                    "date_inferred": bool(hit.get("date_inferred")), "url": urls.article(hit["id"])})
    return out
