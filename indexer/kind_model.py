"""A learned second opinion on an article's kind: a story told at length (通讯, `feature`) or a report
(消息, `brief`)?

The assembler's rules (`indexer.assemble`, `indexer.items.kind_of`) call a piece a feature when it has
sub-headings, a byline over a text that does not open on an event, or tells a story; a report when it
opens with 本报讯 or a dateline, or its headline tells an event. Papers and readers draw the line by
more than that: the length, the paragraphs, a scene or a reporter on the spot, people quoted at length,
a headline that reads as a theme rather than an event. Once every rule has spoken, this module weighs
an article the rules left a report or a feature with a logistic model over those signs and the rules'
own answer. The weights are data (`indexer/data/kind_model.json`, read by `indexer.learned`), fitted by
`tests/quality/train_kind_model.py` on the real-page corpus. Interviews, commentaries and photo news,
which their own words and layout mark, are never weighed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from indexer import items, learned, structure
from indexer.model import Article
from indexer.text import fold
from search.text.kinds import Kind

NAME = "kind_model"
RULES_SAY = "rules_feature"  # the feature holding the rules' answer: a feature
# Log-odds the model needs against the rules' answer to overrule it. None: the rules' answer is one of the
# features it weighs. On pages held out of its fit (1334-1658, fitted on 1-1333) found+zone+kind was 65.5%
# with the rules alone, 66.5% with no margin, 66.0% with a margin of 0.5
MARGIN = 0.0
# characters of text an article needs before the model weighs it: a few lines say too little of how the
# piece is told, and the rules' word stands (a short signed piece is a story by its byline)
MIN_WEIGHED = 120
MIN_SUPPORT = 5  # articles of the fit a feature must be true at before the model weighs it

# a reporter on the spot: 记者看到, 记者走进…
REPORTER_THERE = re.compile(r"记者(?:看到|了解到|走进|来到|发现|注意到|采访|跟随)")
# people quoted at length: ”…说, ”…表示, ”…告诉记者
SPOKEN = re.compile(r"”[，,]?\S{0,8}?(?:说|表示|介绍|告诉记者)")
# a scene opening the text: 走进…, 清晨…, a quotation
SCENE_OPENING = re.compile(r"^(?:走进|来到|在|清晨|夜幕|初冬|初春|盛夏|金秋|冬日|春日|“)")

# the writer speaking as 我 outside anyone's quoted words: an essay, a reporter's notes
FIRST_PERSON = re.compile(r"我(?!国|省|市|区|县|们国)")
# words in double quotation marks, as the model was fitted (lines.QUOTED also takes 「」, ‘’ and 《》 away:
# a 我 in a Taiwan paper's 「…」 quote counts here)
DOUBLE_QUOTED = re.compile(r"“[^“”]*”")


def model() -> dict:
    """The fitted model: its bias, a weight per feature and how it was fitted."""
    return learned.weights(NAME)


def _bucket(name: str, value: float, cuts: tuple[float, ...]) -> str:
    """A feature naming the range `value` falls in (`length<=300`, `paragraphs>6`)."""
    return next((f"{name}<={cut}" for cut in cuts if value <= cut), f"{name}>{cuts[-1]}")


def features(article: Article) -> dict[str, bool]:
    """What the model weighs of an article the rules called a report or a feature."""
    text = article.text
    paragraphs = [p for p in text.split("\n") if p]
    first = fold(paragraphs[0]) if paragraphs else ""
    title = fold(article.title or "")
    headings = sum(1 for s in article.sections if s.heading)
    quotes = text.count("“")
    found = {
        RULES_SAY: article.kind == Kind.FEATURE,
        "subheads": headings >= 1, "subheads_2": headings >= 2,
        "bylined": article.bylined, "lead_in": article.lead_in, "dateline": bool(article.dateline),
        _bucket("authors", len(article.authors), (0, 1, 2)): True,
        _bucket("length", len(text), (300, 700, 1500)): True,
        _bucket("paragraphs", len(paragraphs), (1, 3, 6)): True,
        "first_reports": items.reports(first), "first_time": items.TIME_OPENING.match(first) is not None,
        "first_scene": SCENE_OPENING.match(first) is not None,
        "event_title": structure.EVENT_ENDING.search(title) is not None,
        "title_colon": bool(re.search(r"[：:]", title)), "title_two_parts": bool(re.search(r"[\s，,]", title)),
        "title_quote": "“" in title, "title_asks": bool(re.search(r"[？！?!]", title)),
        "title_figure": bool(re.search(r"\d", title)),
        _bucket("title", len(title), (0, 10, 20)): True,
        "kicker": bool(article.kicker), "subtitle": bool(article.subtitle), "column": bool(article.column_label),
        "captions": bool(article.captions),
        "quotes_dense": bool(text) and quotes * 500 / len(text) >= 2, "quotes_some": quotes >= 1,
        "reporter_there": REPORTER_THERE.search(text) is not None,
        "spoken": len(SPOKEN.findall(text)) >= 2,
        "continued": bool(article.continued_from or article.continues_on or article.headless),
        "first_person": FIRST_PERSON.search(DOUBLE_QUOTED.sub("", text)) is not None,
    }
    return {name: True for name, on in found.items() if on}


def weigh(articles: list[Article]) -> None:
    """Each report or feature of `MIN_WEIGHED` characters or more, as the model weighs it: the rules'
    answer overruled beyond `MARGIN` where the model has seen each of the article's signs often enough
    (`MIN_SUPPORT`). While `recording()`, the rules' answer stays and the features are kept under
    `id(article)`."""
    kept = learned.recorder(NAME)
    for article in articles:
        if article.kind not in (Kind.BRIEF, Kind.FEATURE) or len(article.text) < MIN_WEIGHED:
            continue  # a few lines: the rules' word (a short signed piece is a story by its byline)
        found = features(article)
        if kept is not None:
            kept[id(article)] = found
            continue
        if not learned.supported(NAME, found, MIN_SUPPORT):
            continue
        odds = learned.log_odds(NAME, found)
        said = article.kind == Kind.FEATURE
        if said and odds < -MARGIN:
            article.kind = Kind.BRIEF
        elif not said and odds > MARGIN:
            article.kind = Kind.FEATURE


@contextmanager
def recording() -> Iterator[dict[int, dict[str, bool]]]:
    """Let the rules alone decide, and keep the features of each article weighed."""
    with learned.recording(NAME) as kept:
        yield kept
