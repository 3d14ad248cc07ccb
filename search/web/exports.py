"""Exports of any search: CSV of every match (for Excel) and an Atom feed of
the newest matches (to follow a topic in a feed reader). Both take the
parameters of /search."""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Iterator
from urllib.parse import quote
from xml.sax.saxutils import XMLGenerator

from flask import Blueprint, Response, current_app, render_template, request, stream_with_context

from search import urls
from search.engine import results as engine
from search.engine.params import parse_args
from search.engine.query import KIND_LABELS
from search.web import citations, labels, marking, snippets
from search.web.current import backend_of, library
from search.web.hits import PageSource, make_hit
from search.web.streaming import streamed

bp = Blueprint("exports", __name__)
# Column names for `lang=en` (the API's words and codes), then the default, for people.
CSV_COLUMNS = ("id", "title", "zone", "province", "date", "date_inferred", "kind", "url", "fragment",
               "newspaper", "issue_date", "page_number", "page_name", "citation")
CSV_HEADINGS = ("编号", "标题", "高新区", "省份", "日期", "日期说明", "体裁", "链接", "摘要",
                "报纸", "出版日期", "版次", "版名", "引用（GB/T 7714）")
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
ATOM = "http://www.w3.org/2005/Atom"
NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def csv_cell(text: str) -> str:
    """Corpus text is untrusted: a cell starting like a formula (=, +, -, @)
    would run in Excel, so it gets a leading apostrophe (OWASP's advice)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def xml_text(text: str) -> str:
    """Text with every character XML 1.0 does not allow taken out (C0
    controls, U+FFFE, U+FFFF, lone surrogates): a query or a page holding one
    would make the feed unreadable to every feed reader."""
    return NOT_XML_CHAR.sub("", text)


def _row(stored: dict, parsed, matcher: snippets.Matcher, words: bool) -> list[str]:
    # Leaner than a results-page hit (no section scoring, no title marks):
    # an export may have tens of thousands of rows. The parts of the query
    # are looked for only when the query as typed is not in the body.
    article = engine.load_article(stored)
    body = article["text"]
    found = (snippets.fragments(body, matcher, limit=1)
             or snippets.fragments(body, marking.marking(parsed, [body]).matcher, limit=1) or [snippets.lead(body)])
    date = article.get("date") or ""
    inferred = bool(article.get("date_inferred") and date)
    source = PageSource.of(article)
    if words:
        date_note, kind = ("由正文推断（约）" if inferred else "见报日期") if date else "", KIND_LABELS[article["kind"]]
    else:
        date_note, kind = "1" if inferred else "0", article["kind"]
    return [article["id"], csv_cell(article["title"]), article.get("zone") or "", stored.get("province") or "",
            date, date_note, kind, urls.absolute(urls.article(article["id"])), csv_cell(found[0].striptags()),
            csv_cell(source.newspaper or ""), source.issue_date or "", csv_cell(source.page_number or ""),
            csv_cell(source.page_name or ""), csv_cell(citations.gbt7714(citations.Reference.of(article)))]


def file_name(state, today: dt.date, what: str = "高新区报道") -> str:
    """The export's file name: 高新区报道_<query and filters>_<date>.csv,
    characters no file system takes left out, cut to 60 characters."""
    query = _NOT_IN_NAMES.sub("", labels.described(state, "_")).strip()[:60] or "全部文章"
    return f"{what}_{query}_{today.isoformat()}.csv"


def attachment(state, what: str = "高新区报道", ascii_name: str = "gaoxin-search") -> str:
    """The Content-Disposition of a CSV export (RFC 6266): an ASCII
    fallback, then the UTF-8 name percent-encoded (a header holds ASCII
    only: gunicorn refuses anything else)."""
    today = dt.date.today()
    return (f'attachment; filename="{ascii_name}-{today.isoformat()}.csv"; '
            f"filename*=UTF-8''{quote(file_name(state, today, what), safe='')}")


def limit_note(limit: int, total: int, english: bool) -> str:
    """The last line of an export cut at its row limit (EXPORT_ROWS)."""
    if english:
        return f"(export limit reached: {total} matches, this file holds the first {limit})"
    return f"（已达导出上限：共 {total} 条匹配，本文件只含前 {limit} 条；请缩小检索条件分批导出）"


@bp.get("/search.csv")
def search_csv():
    """Every match (up to EXPORT_ROWS, the last line says when there were
    more) as CSV, UTF-8 with a BOM so that Excel reads it right: Chinese
    column names, dates and kinds in words; `lang=en` gives the English names
    and codes of the API. Streamed: the header row at once, then the rows in
    chunks (search.web.streaming)."""
    state = parse_args(request.args)
    english = request.args.get("lang", "") == "en"
    limit = int(current_app.config["EXPORT_ROWS"])
    searcher = library().searcher()
    found = engine.matches(backend_of(searcher), state, limit=limit)
    matcher = snippets.matcher(found.parsed.highlight_terms())
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue()

    first = "\ufeff" + line(CSV_COLUMNS if english else CSV_HEADINGS)
    last = [line([limit_note(limit, found.total, english)])] if found.total > limit else []
    rows = (line(_row(stored, found.parsed, matcher, words=not english)) for stored in found.stored)
    return Response(stream_with_context(streamed(searcher, first, rows, last)), mimetype="text/csv",
                    headers={"Content-Disposition": attachment(state)})


@bp.get("/feeds")
def feeds():
    """How to follow a search: the feed's URL to copy into a feed reader, in
    words (the feed itself is XML, which a browser shows raw)."""
    state = parse_args(request.args)
    feed = urls.absolute(urls.search(state.with_(page=1, per_page=10), "/search.atom"))
    return render_template("feeds.html", state=state, feed=feed,
                           entries=int(current_app.config["FEED_ENTRIES"]))


class _Xml:
    """A streamed XML writer (the standard library's XMLGenerator) whose
    output is taken piece by piece; every text and attribute escaped."""

    def __init__(self) -> None:
        self.out = io.StringIO()
        self.xml = XMLGenerator(self.out, encoding="utf-8", short_empty_elements=True)

    def element(self, name: str, text: str | None = None, **attrs: str) -> None:
        """One element with its text (XML 1.0's forbidden characters left out)."""
        self.xml.startElement(name, {k: xml_text(v) for k, v in attrs.items()})
        if text is not None:
            self.xml.characters(xml_text(text))
        self.xml.endElement(name)

    def taken(self) -> str:
        """What was written since the last call."""
        text = self.out.getvalue()
        self.out.seek(0)
        self.out.truncate()
        return text


def _stamp(hit, indexed) -> str:
    """When an entry was updated for a subscriber: when its article entered
    the index (entries come in that order), not its date: an old-dated
    article indexed today is news to a subscriber."""
    if indexed:
        return f"{indexed:%Y-%m-%dT%H:%M:%S}Z"
    return f"{hit.date.isoformat()}T00:00:00Z" if hit.date else "1970-01-01T00:00:00Z"


def _entry(xml: _Xml, found: tuple) -> str:
    hit, indexed = found
    stamp = _stamp(hit, indexed)
    xml.xml.startElement("entry", {})
    xml.element("id", urls.tag(urls.article(hit.id)))
    xml.element("title", hit.title.striptags())
    xml.element("link", rel="alternate", type="text/html", href=urls.absolute(urls.article(hit.id)))
    xml.element("updated", stamp)
    if hit.zone:
        xml.element("category", term=hit.zone)
    if hit.source:
        # the page's facts: a category each (readers filter on them) and the summary's first line
        for scheme, value in (("newspaper", hit.source.newspaper), ("page_name", hit.source.page_name)):
            if value:
                xml.element("category", term=value, scheme=scheme)
    summary = " ".join(f.striptags() for f in hit.fragments)
    if hit.source:
        summary = f"【{hit.source.line()}】 {summary}"
    xml.element("summary", summary)
    xml.xml.endElement("entry")
    return xml.taken()


@bp.get("/search.atom")
def search_atom():
    """The newest matches (FEED_ENTRIES of them; a subtitle says when there
    were more) as an Atom feed, streamed like the CSV."""
    state = parse_args(request.args)
    limit = int(current_app.config["FEED_ENTRIES"])
    searcher = library().searcher()
    found = engine.matches(backend_of(searcher), state, limit=limit, newest=True)
    hits = ((make_hit(stored, found.parsed, None), stored.get("indexed")) for stored in found.stored)
    newest = next(hits, None)  # the most recently indexed first: its time is the feed's
    xml = _Xml()
    xml.xml.startDocument()
    xml.xml.startElement("feed", {"xmlns": ATOM})
    xml.element("title", f"高新区报道检索：{state.q or '全部文章'}")
    if found.total > limit:
        xml.element("subtitle", f"最新 {limit} 条，共 {found.total} 条匹配")
    xml.element("id", urls.tag(urls.search(state, "/search.atom")))
    xml.element("link", rel="self", href=urls.absolute(urls.search(state, "/search.atom")))
    xml.element("link", rel="alternate", type="text/html", href=urls.absolute(urls.search(state)))
    xml.element("updated", _stamp(*newest) if newest else "1970-01-01T00:00:00Z")
    xml.xml.startElement("author", {})
    xml.element("name", "gaoxin-search")
    xml.xml.endElement("author")
    first = xml.taken()
    entries = (_entry(xml, hit) for hit in itertools.chain([newest] if newest else [], hits))

    def closing() -> Iterator[str]:
        xml.xml.endElement("feed")
        xml.xml.endDocument()
        yield xml.taken()
    return Response(stream_with_context(streamed(searcher, first, entries, closing())),
                    mimetype="application/atom+xml")
