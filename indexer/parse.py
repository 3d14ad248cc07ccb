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

import datetime as dt

from indexer import dates, metadata, photos, structure
from indexer.assemble import derived_title
from indexer.assemble import assemble as _assemble
from indexer.lines import type_lines
from indexer.model import Article, Caption, LineKind, ParseResult, Section
from indexer.names import is_name
from indexer.text import fold

__all__ = ["Article", "Caption", "ParseResult", "Section", "is_name", "parse_page"]


def parse_page(text: str, source: str, issue_date: dt.date | None = None) -> ParseResult:
    """Split a decoded page into articles with all their fields filled in."""
    header_date, text = dates.split_header(text)
    typed = type_lines(text)
    masthead = [t.text for t in typed if t.kind == LineKind.MASTHEAD]
    issue_date = header_date or issue_date or _masthead_date(masthead)
    structure.assign_roles(typed)
    has_text = any(t.kind in (LineKind.HEADING, LineKind.PARAGRAPH) for t in typed)
    untitled = has_text and not structure.fallback_headline(typed)
    photos.resolve(typed)
    builder = _assemble(typed, source, untitled)
    articles = [a for a in builder.articles if a.title or a.text or a.captions]
    for article in articles:
        if not article.title:
            article.title = derived_title(article.text or " ".join(c.text for c in article.captions))
        metadata.fill(article)
    metadata.date_all(articles, issue_date)
    metadata.assign_ids(articles)
    result = ParseResult(articles, [], typed, builder.left_out, masthead)
    result.notes = _notes(result, source, untitled)
    return result


def _masthead_date(masthead: list[str]) -> dt.date | None:
    """The issue date a page's masthead prints (`2023年8月15日 星期二`)."""
    for line in masthead:
        m = dates.FULL_DATE.search(fold(line))
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def _notes(result: ParseResult, source: str, untitled: bool) -> list[str]:
    notes = []
    if result.left_out:
        reasons = sorted({item.reason for item in result.left_out})
        notes.append(f"{source}: {result.left_out_chars} characters belong to no article "
                     f"(lines {', '.join(str(i.line) for i in result.left_out)}: {'; '.join(reasons)})")
    if untitled:
        notes.append(f"{source}: no headline recognised; the page is kept as one article")
    return notes
