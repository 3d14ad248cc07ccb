"""An article's zone, zones, policies, date and id, from its own words.

Zones are found on the folded copy (`深圳高新區` is 深圳高新区). The headline's
zone wins; else `XX高新区：` opening the headline names it even when XX is no
known place; else the zone the text names most (first on a tie).

Dates: the page's stated date (header line, manifest, masthead) when there is
one. Otherwise each article's date is inferred from its own text only; an
article whose text dates nothing takes the page's estimate, the latest date
that an article of the page dates by itself (so no date is ever made of the
year of one article and the day of another), marked inferred as well.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter

from indexer import dates
from indexer.model import Article
from indexer.text import fold
from search.text import gazetteer
from search.text.cjk import HAN

POLICY = re.compile(r"《([^《》\n]{2,80})》")
HEADLINE_ZONE = re.compile(rf"^([{HAN}]{{2,8}}?" + gazetteer.ZONE_SUFFIX + r")(?:[(（][^)）]*[)）])?\s*[:：]")


def fill(article: Article) -> None:
    """Zones and policies from the article's words."""
    headings = [s.heading for s in article.sections if s.heading]
    everything = fold("\n".join([article.kicker or "", article.title, article.subtitle or "", *headings,
                                 article.text, *(c.text for c in article.captions)]))
    article.zones = list(dict.fromkeys(m.zone for m in gazetteer.find_mentions(everything)))
    title = fold(article.title)
    title_zones = gazetteer.find_mentions(title) or gazetteer.find_mentions(fold(article.kicker or ""))
    headline_zone = HEADLINE_ZONE.match(title)
    if title_zones:
        article.zone = title_zones[0].zone
    elif headline_zone:  # `XX高新区：…` names its zone even when XX is no known place
        article.zone = gazetteer.canonical(headline_zone.group(1))
        if article.zone not in article.zones:
            article.zones.insert(0, article.zone)
    else:
        body = gazetteer.find_mentions(fold(_own_text(article)))
        counts = Counter(m.zone for m in body)
        if counts:
            first = {z: n for n, z in reversed(list(enumerate(m.zone for m in body)))}
            article.zone = max(counts, key=lambda z: (counts[z], -first[z]))
    text = "\n".join([article.kicker or "", article.title, article.subtitle or "", *headings,
                      article.text, *(c.text for c in article.captions)])
    article.policies = list(dict.fromkeys(m.group(1).strip() for m in POLICY.finditer(text)))


def _own_text(article: Article) -> str:
    return article.text + "\n" + "\n".join(c.text for c in article.captions)


def date_all(articles: list[Article], issue_date: dt.date | None) -> None:
    """Dates for a page's articles (see the module's docstring)."""
    if issue_date:
        for article in articles:
            article.date, article.date_inferred = issue_date, False
        return
    for article in articles:
        article.date = dates.infer(_own_text(article))
        article.date_inferred = article.date is not None
    estimate = max((a.date for a in articles if a.date), default=None)
    for article in articles:
        if article.date is None and estimate is not None:
            article.date, article.date_inferred = estimate, True


def assign_ids(articles: list[Article]) -> None:
    """Stable ids from source file and title (and order among equal titles).

    They survive rebuilds and other pages being added; editing a headline
    gives the article a new id, as it should.
    """
    seen: Counter[str] = Counter()
    for article in articles:
        key = f"{article.source}\n{article.title}"
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\n{seen[key]}".encode()).hexdigest()
        article.id = digest[:12]
