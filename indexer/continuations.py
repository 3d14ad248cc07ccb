"""Stories continued across pages: `（下转第3版）` on one page, `（上接第1版）` on another.

Text before a page's first headline that follows a 上接第N版 marker is the
tail of a story on page N of the same issue (same newspaper and date, as the
pages' headers or mastheads say). When that page is in the set, the tail is
appended to the article on it that jumps to this page (下转), and the text no
longer counts as left out; otherwise it stays reported with its marker.
"""
from __future__ import annotations

from indexer import leads, metadata
from indexer.model import ParseResult, Section
from indexer.text import continues, fold


def _strip_jumps(text: str) -> str:
    for jump in sorted(leads.jumps(fold(text)), key=lambda j: j.span[0], reverse=True):
        text = text[:jump.span[0]] + text[jump.span[1]:]
    return text.strip()


def join(results: list[ParseResult]) -> list[tuple[str, str]]:
    """Join continued text into the articles it continues, across the pages
    given; return the (page of the story, page of its tail) pairs joined."""
    joined = []
    pages = {(r.page.issue(), r.page.page): r for r in results if r.page.issue() and r.page.page}
    for result in results:
        tails = [item for item in result.left_out if item.continued_from]
        if not tails or not result.page.issue():
            continue
        origin = pages.get((result.page.issue(), tails[0].continued_from))
        if origin is None or origin is result:
            continue
        article = next((a for a in reversed(origin.articles) if a.continues_on == result.page.page), None)
        if article is None:
            continue
        section = article.sections[-1] if article.sections else None
        if section is None:
            section = Section(None)
            article.sections.append(section)
        for item in tails:
            text = _strip_jumps(item.text)
            if text != item.text.strip():
                article.markup.append(item.text)
            if not text:
                continue
            if section.paragraphs and continues(section.paragraphs[-1], text):
                section.paragraphs[-1] += text
            else:
                section.paragraphs.append(text)
        article.continued_on_found = True
        result.left_out = [item for item in result.left_out if not item.continued_from]
        metadata.fill(article)
        joined.append((origin.source, result.source))
    return joined
