"""Exports of any search: CSV of every match (for Excel) and an Atom feed of
the newest matches (to follow a topic in a feed reader). Both take the
parameters of /search."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import quote

from flask import Blueprint, Response, current_app, render_template, request, stream_with_context

from search import urls
from search.engine import results as engine
from search.engine.params import parse_args
from search.engine.query import KIND_LABELS
from search.web import citations, labels, marking, snippets
from search.web.current import library
from search.web.hits import PageSource, make_hit

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


@bp.get("/search.csv")
def search_csv():
    """Every match as CSV, UTF-8 with a BOM so that Excel reads it right:
    Chinese column names, dates and kinds in words; `lang=en` gives the
    English names and codes of the API."""
    state = parse_args(request.args)
    english = request.args.get("lang", "") == "en"
    parsed, matches = engine.every_match(library().searcher(), state)
    matcher = snippets.matcher(parsed.highlight_terms())

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS if english else CSV_HEADINGS)
        yield "\ufeff" + buffer.getvalue()
        for stored in matches:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(_row(stored, parsed, matcher, words=not english))
            yield buffer.getvalue()

    return Response(stream_with_context(lines()), mimetype="text/csv",
                    headers={"Content-Disposition": attachment(state)})


@bp.get("/feeds")
def feeds():
    """How to follow a search: the feed's URL to copy into a feed reader, in
    words (the feed itself is XML, which a browser shows raw)."""
    state = parse_args(request.args)
    feed = urls.absolute(state.with_(page=1, per_page=10).url("/search.atom"))
    return render_template("feeds.html", state=state, feed=feed,
                           entries=int(current_app.config["FEED_ENTRIES"]))


@bp.get("/search.atom")
def search_atom():
    """The newest matches as an Atom feed."""
    state = parse_args(request.args)
    parsed, matches = engine.every_match(library().searcher(), state, limit=int(current_app.config["FEED_ENTRIES"]),
                                         newest=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = xml_text(f"高新区报道检索：{state.q or '全部文章'}")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = urls.tag(state.url("/search.atom"))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=urls.absolute(state.url("/search.atom")))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=urls.absolute(state.url()))
    updated = ET.SubElement(feed, f"{{{ATOM}}}updated")
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = "gaoxin-search"
    newest = None
    for stored in matches:
        hit = make_hit(stored, parsed, None)
        # when the article entered the index (entries come in that order), not its date:
        # an old-dated article indexed today is news to a subscriber
        indexed = stored.get("indexed")
        stamp = (f"{indexed:%Y-%m-%dT%H:%M:%S}Z" if indexed else
                 f"{hit.date.isoformat()}T00:00:00Z" if hit.date else "1970-01-01T00:00:00Z")
        newest = newest or stamp
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = urls.tag(urls.article(hit.id))
        ET.SubElement(entry, f"{{{ATOM}}}title").text = xml_text(hit.title.striptags())
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html",
                      href=urls.absolute(urls.article(hit.id)))
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        if hit.zone:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(hit.zone))
        if hit.source:
            # the page's facts: a category each (readers filter on them) and the summary's first line
            for scheme, value in (("newspaper", hit.source.newspaper), ("page_name", hit.source.page_name)):
                if value:
                    ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(value), scheme=scheme)
        summary = " ".join(f.striptags() for f in hit.fragments)
        if hit.source:
            summary = f"【{hit.source.line()}】 {summary}"
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = xml_text(summary)
    updated.text = newest or "1970-01-01T00:00:00Z"
    body = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml")
