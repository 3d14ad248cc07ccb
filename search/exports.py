"""Exports of any search: CSV of every match (for Excel) and an Atom feed of
the newest matches (to follow a topic in a feed reader). Both take the
parameters of /search."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from flask import Blueprint, Response, current_app, request, stream_with_context

from search import engine, marking, snippets, urls
from search.app import library
from search.params import parse_args

bp = Blueprint("exports", __name__)
CSV_COLUMNS = ("id", "title", "zone", "province", "date", "date_inferred", "kind", "url", "fragment")
ATOM = "http://www.w3.org/2005/Atom"
NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _cell(text: str) -> str:
    """Corpus text is untrusted: a cell starting like a formula (=, +, -, @)
    would run in Excel, so it gets a leading apostrophe (OWASP's advice)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def xml_text(text: str) -> str:
    """Text with every character XML 1.0 does not allow taken out (C0
    controls, U+FFFE, U+FFFF, lone surrogates): a query or a page holding one
    would make the feed unreadable to every feed reader."""
    return NOT_XML_CHAR.sub("", text)


def _row(stored: dict, parsed, matcher: snippets.Matcher) -> list[str]:
    # Leaner than a results-page hit (no section scoring, no title marks):
    # an export may have tens of thousands of rows. The parts of the query
    # are looked for only when the query as typed is not in the body.
    article = engine.load_article(stored)
    body = article["text"]
    found = (snippets.fragments(body, matcher, limit=1)
             or snippets.fragments(body, marking.marking(parsed, body).matcher, limit=1) or [snippets.lead(body)])
    date = article.get("date") or ""
    return [article["id"], _cell(article["title"]), article.get("zone") or "", stored.get("province") or "",
            date, "1" if article.get("date_inferred") and date else "0", article["kind"],
            urls.absolute(urls.article(article["id"])), _cell(found[0].striptags())]


@bp.get("/search.csv")
def search_csv():
    """Every match as CSV, UTF-8 with a BOM so that Excel reads it right."""
    state = parse_args(request.args)
    parsed, matches = engine.every_match(library().searcher(), state)
    matcher = snippets.matcher(parsed.highlight_terms())

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        yield "\ufeff" + buffer.getvalue()
        for stored in matches:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(_row(stored, parsed, matcher))
            yield buffer.getvalue()

    name = "gaoxin-search.csv"
    return Response(stream_with_context(lines()), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


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
        hit = engine.make_hit(stored, parsed, "")
        stamp = f"{hit.date.isoformat()}T00:00:00Z" if hit.date else "1970-01-01T00:00:00Z"
        newest = newest or stamp
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = urls.tag(urls.article(hit.id))
        ET.SubElement(entry, f"{{{ATOM}}}title").text = xml_text(hit.title.striptags())
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html",
                      href=urls.absolute(urls.article(hit.id)))
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        if hit.zone:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(hit.zone))
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = xml_text(" ".join(f.striptags() for f in hit.fragments))
    updated.text = newest or "1970-01-01T00:00:00Z"
    body = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml")
