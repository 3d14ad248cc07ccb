"""`python -m indexer parse FILE --explain`: how each line of a page was read.

One row a line: its number, the kind and role it got, the rule that typed
it, the article it went to, and its text; then every piece of text that went
into no article, with the reason. This is how a user loading a new outlet's
pages sees why an article came out wrong.
"""
from __future__ import annotations

from indexer.model import LineKind, ParseResult

WIDTH = 60


def _article_of_lines(result: ParseResult) -> dict[int, int]:
    """Line index -> number of the article (1-based) it went to, as the
    assembly recorded it (0: no article)."""
    number = {id(article): k for k, article in enumerate(result.articles, start=1)}
    return {i: number.get(id(line.owner), 0) for i, line in enumerate(result.lines)}


def render(result: ParseResult) -> list[str]:
    """The explanation of one parsed page, as lines of text."""
    out = [f"== {result.source}: {len(result.articles)} articles, "
           f"{result.left_out_chars} characters in no article"]
    page = result.page
    facts = [f"{k} {v}" for k, v in (("newspaper", page.newspaper), ("date", page.date), ("page", page.page),
                                      ("page name", page.page_name)) if v]
    if facts:
        out.append("page: " + ", ".join(str(f) for f in facts))
    out.append(f"{'line':>5}  {'kind':12} {'role':9} {'rule':20} {'art':>3}  text")
    owner = _article_of_lines(result)
    for i, line in enumerate(result.lines):
        text = line.text if len(line.text) <= WIDTH else line.text[:WIDTH] + "…"
        level = f"{'#' * line.level} " if line.kind == LineKind.HEADING and line.level else ""
        where = str(owner[i]) if owner[i] else "-"
        extra = f"  [names: {' '.join(line.names)}]" if line.names else ""
        if line.weighed is not None:  # the heading model's say: log-odds of a new piece (indexer.heading_model)
            extra += f"  [heading model {line.weighed:+.1f}]"
        out.append(f"{line.number:>5}  {line.kind.value:12} {line.role.value or '-':9} {line.rule:20} {where:>3}  "
                   f"{level}{text}{extra}")
    for article_no, article in enumerate(result.articles, start=1):
        out.append(f"article {article_no}: {article.kind.value}, zone {article.zone or '-'}, "
                   f"authors {'、'.join(article.authors) or '-'}: {article.title}")
    for item in result.left_out:
        out.append(f"left out, line {item.line} ({len(item.text)} characters, {item.reason}): {item.text[:WIDTH]}")
    return out
