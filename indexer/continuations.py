"""Stories continued across pages: `（下转第3版）` on one page, `（上接第1版）` on another.

Text before a page's first headline that follows a 上接第N版 marker is the
tail of a story on page N of the same issue (same newspaper and date, as the
pages' headers or mastheads say). The parser makes it an article of its own,
without a headline (`headless`), so that it is found even when page N is not
in the set. When page N is, the tail is appended to the article on it that
jumps to this page (下转) and is no article of its own any more. (Tail text
the parser left out, with its marker, is joined the same way.)
"""
from __future__ import annotations

from indexer import leads, metadata
from indexer.model import ParseResult, Section
from indexer.text import continues, fold


def _strip_jumps(text: str) -> str:
    for jump in sorted(leads.jumps(fold(text)), key=lambda j: j.span[0], reverse=True):
        text = text[:jump.span[0]] + text[jump.span[1]:]
    return text.strip()


def _append(section: Section, paragraphs: list[str]) -> None:
    for text in paragraphs:
        if section.paragraphs and continues(section.paragraphs[-1], text):
            section.paragraphs[-1] += text  # the sentence the jump broke
        else:
            section.paragraphs.append(text)


def join(results: list[ParseResult]) -> list[tuple[str, str]]:
    """Join continued text into the articles it continues, across the pages
    given; return the (page of the story, page of its tail) pairs joined."""
    joined = []
    pages = {(r.page.issue(), r.page.page): r for r in results if r.page.issue() and r.page.page}
    for result in results:
        headless = [a for a in result.articles if a.headless and a.continued_from]
        tails = headless[:1] or [item for item in result.left_out if item.continued_from]
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
        if headless:
            tail = headless[0]
            _append(section, tail.text.split("\n"))
            article.markup.extend(tail.markup)
            article.authors.extend(n for n in tail.authors if n not in article.authors)
            result.articles.remove(tail)
        for item in [] if headless else tails:
            text = _strip_jumps(item.text)
            if text != item.text.strip():
                article.markup.append(item.text)
            if text:
                _append(section, [text])
        article.continued_on_found = True
        if not headless:
            result.left_out = [item for item in result.left_out if not item.continued_from]
        metadata.fill(article)
        joined.append((origin.source, result.source))
    return joined
