"""The corpus health report: per page, what came out and what looks wrong.

`python -m indexer check` prints it; `build` and `update` end with its
summary. An article looks wrong when it is empty, has no zone, is very long
and names many zones (several articles run together), or carries a credit,
byline or marker in its text (what a line rule would have taken off, so a
rule missed a line), or its own text dates it months away from the date its
page states (never re-dated silently: the page's date stands, flagged). A
page looks wrong when a header or furniture line reads as news.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from indexer import dates, lines
from indexer.corpus import ParsedPage
from indexer.furniture import Furniture
from indexer.model import Article, Line, LineKind

RUN_TOGETHER_CHARS = 6000
RUN_TOGETHER_ZONES = 6
# A header or furniture line this long with a clause in it reads as news: a rule
# took text out of every article (a colophon or a tool's name glued by the OCR to
# a paragraph: `主办：某某管委会。本次大会…`). Notices, 导读 teasers and weather
# are sentences by nature and are not counted.
NEWS_LIKE_CHARS = 40
NEWS_CLAUSE = re.compile(r"[，。！？；][^，。！？；]{4,}[，。！？；]")
SENTENCES_BY_NATURE = (Furniture.NOTICE, Furniture.DIGEST, Furniture.WEATHER)
DATE_DRIFT = dt.timedelta(days=120)  # "more than a few months" between a text's own dates and its page's


@dataclass
class PageHealth:
    """One page's figures and the articles on it that look wrong."""
    name: str
    articles: int
    left_out: int
    problems: list[str] = field(default_factory=list)
    furniture: int = 0  # characters of page furniture (masthead, 导读, notices, labels) kept out of articles
    news_in_furniture: list[str] = field(default_factory=list)  # header or furniture lines that read as news


def article_problems(article: Article) -> list[str]:
    """What looks wrong with one article, in words."""
    found = []
    label = f"“{article.title[:24]}”"
    if not article.text.strip():
        found.append(f"{label}: empty text")
    if article.zone is None:
        found.append(f"{label}: no zone")
    if len(article.text) > RUN_TOGETHER_CHARS and len(article.zones) >= RUN_TOGETHER_ZONES:
        found.append(f"{label}: {len(article.text)} characters naming {len(article.zones)} zones "
                     "(several articles run together?)")
    for paragraph in article.text.split("\n"):
        rule = lines.leak(paragraph)
        if rule:
            found.append(f"{label}: credit, byline or marker in the text ({rule}): “{paragraph[:40]}”")
            break
    if article.date and not article.date_inferred:
        own = dates.infer(article.text)
        if own and abs(own - article.date) > DATE_DRIFT:
            found.append(f"{label}: its text dates it {own.isoformat()}, its page {article.date.isoformat()}")
    return found


def news_in_furniture(typed: list[Line]) -> list[str]:
    """The page's header and furniture lines that read as news, in words: text a
    line rule kept out of every article (reported, never dropped quietly)."""
    return [f"a {line.variety or 'header'} line reads as news (rule {line.rule}, line {line.number}): "
            f"“{line.text[:40]}”"
            for line in typed if line.kind in (LineKind.MASTHEAD, LineKind.FURNITURE)
            and line.variety not in SENTENCES_BY_NATURE
            and len(line.text) >= NEWS_LIKE_CHARS and NEWS_CLAUSE.search(line.folded)]


def page_health(page: ParsedPage) -> PageHealth:
    """The health of one parsed page."""
    problems = [p for article in page.result.articles for p in article_problems(article)]
    furniture = sum(len(piece) for piece in page.result.masthead)
    return PageHealth(page.name, len(page.result.articles), page.result.left_out_chars, problems, furniture,
                      news_in_furniture(page.result.lines))


def summary(pages: list[PageHealth], skipped: int = 0) -> str:
    """One line over all pages."""
    left_out = sum(p.left_out for p in pages)
    pages_left = sum(1 for p in pages if p.left_out)
    flagged = sum(len(p.problems) for p in pages)
    articles = sum(p.articles for p in pages)
    line = (f"health: {len(pages)} pages, {articles} articles, {left_out} characters in no article"
            f" ({pages_left} pages), {flagged} articles that look wrong")
    news = sum(len(p.news_in_furniture) for p in pages)
    line += f", {news} header or furniture lines that read as news" if news else ""
    return line + (f", {skipped} pages skipped" if skipped else "")


def render(pages: list[PageHealth]) -> list[str]:
    """The report, one line a page and one a problem."""
    out = []
    for page in pages:
        out.append(f"{page.name}\t{page.articles} articles\t{page.left_out} characters in no article"
                   f"\t{page.furniture} characters of page furniture (python -m indexer parse FILE --explain)")
        out.extend(f"  {problem}" for problem in [*page.news_in_furniture, *page.problems])
    return out
