"""Split one decoded newspaper page into articles. Pure: text in, articles out.

The pipeline, one module a step:
1. `indexer.lines`: every line typed by the first rule of one declared table
   (markup heading, masthead, jump marker, byline, credit, names, caption,
   bare heading, paragraph), recognising on a folded (simplified) copy;
2. `indexer.structure`: which headings open articles; kicker, headline,
   subtitle or sub-heading;
3. `indexer.photos`: captions inside articles, or photo news of their own;
4. `indexer.assemble`: articles, sentences rejoined across breaks, lead-ins,
   bylines and jump markers taken off the text, left-out text kept;
5. `indexer.metadata`: zones, policies, dates, ids.
See README, "Page format", for the rules in prose.
"""
from __future__ import annotations


from indexer import header, items, kind_model, metadata, photos, records, structure, zone_model
from indexer.furniture import CREDITED_SOURCE, Furniture, is_pager, posted
from indexer.assemble import assemble as _assemble
from indexer.assemble import derived_title
from indexer.header import PageHeader
from indexer.lines import type_lines
from indexer.manifest import merged
from indexer.model import Article, Caption, Line, LineKind, ParseResult, Section
from indexer.names import is_name

__all__ = ["Article", "Caption", "ParseResult", "Section", "is_name", "parse_page"]


def header_lines(typed: list[Line], lines: int | None = None, posts: int | None = None) -> list[str]:
    """What says which page this is: the header lines and the colophon
    (`2024年 总第26298期`, `主办：某某高新区管委会`) among the page's first and
    last header.HEADER_LINES of its `lines` lines (the paper's line over each
    article of an export dates those articles only: metadata.record_dates);
    the lines saying when articles were posted only on a page of one article
    (on a list of them each dates its own). `posts`: how many such lines a
    cheaper count found on the whole page, when `typed` is only its ends (the
    lines in `typed` are counted too: a post's time glued to a text's end is
    a line of its own only once typed)."""
    posts = max(posts or 0, sum(1 for t in typed if t.kind == LineKind.FURNITURE and posted(t.folded)))
    ends = [t for t in typed if lines is None or t.number <= header.HEADER_LINES
            or t.number > lines - header.HEADER_LINES]
    # an export's fields above its first title (【网站】, 【日期】 over a record without one) are the page's
    first_title = next((t.number for t in typed if t.kind == LineKind.HEADING and t.rule == "record-field"), None)
    return [t.text for t in ends if (t.kind == LineKind.MASTHEAD and (
        t.rule not in ARTICLES_OWN or _export_head(t)
        or (t.rule == "record-field" and first_title is not None and t.number < first_title))) or (
        t.kind == LineKind.FURNITURE and t.variety == Furniture.COLOPHON and not (posts > 1 and posted(t.folded))
        and not CREDITED_SOURCE.match(t.folded)) or (
        t.kind == LineKind.FURNITURE and is_pager(t.folded))]


# Header-like lines that belong to one article, not to the page: an export's
# record fields and an article's own date line (metadata.record_dates reads them).
ARTICLES_OWN = ("record-field", "article-date")


def _export_head(line: Line) -> bool:
    """A line of an export's own header, above its first record (the paper's
    name, 导出时间): the page's, where a record's fields are the record's."""
    return line.rule == "record-field" and records.field(line.text) is None


def parse_page(text: str, source: str, declared: PageHeader | None = None) -> ParseResult:
    """Split a decoded page into articles with all their fields filled in;
    `declared`: what the folder's manifest says of the page (indexer.manifest)."""
    page, text = header.split(text)
    typed = type_lines(text)
    masthead = [t.text for t in typed if t.kind == LineKind.MASTHEAD]
    page = merged(page, declared)
    head = header_lines(typed, text.count("\n") + 1)  # (the passes below touch no header line)
    header.from_masthead(head, page)
    structure.assign_roles(typed)
    has_text = any(t.kind in (LineKind.HEADING, LineKind.PARAGRAPH) for t in typed)
    untitled = has_text and not structure.fallback_headline(typed)
    photos.resolve(typed)
    builder = _assemble(typed, source, untitled)
    articles = [a for a in builder.articles if a.title or a.text or a.captions]
    for article in articles:
        headlined = bool(article.title)
        if not headlined:
            article.title = derived_title(article.text or " ".join(c.text for c in article.captions), article.headless)
        metadata.fill(article, headlined)
    items.page_kinds(articles, page.page_name)
    kind_model.weigh(articles)  # a report or a feature, as the learned model weighs what the rules gave
    metadata.date_all(articles, page.date)
    metadata.record_dates(articles, typed, page.date)
    metadata.export_date(articles, head, page.date)
    metadata.tagged_place_zone(articles)  # an item's own place tag outranks the paper's city
    metadata.local_zone(articles, page.newspaper, header_lines(typed))
    metadata.city_zone(articles)  # the paper's own city first: its 高新区 is its zone
    zone_model.weigh(articles)  # of the zones each names, the one the learned model finds it is about
    for article in articles:
        article.page = page
    metadata.assign_ids(articles)
    return ParseResult(source, articles, typed, builder.left_out, masthead + builder.furniture, page, untitled)
