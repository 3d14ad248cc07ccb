"""A learned second opinion on an article's zone: of the national zones it
names, which one is it about, if any?

The rules (`indexer.metadata`) pick the zone from where and how often each is
named; they err most where one zone is named once or twice, in passing or as
the subject, and where a few are named at once. Once every rule has spoken,
this module weighs each zone the article names with a logistic model over how
it is named (in the headline, the kicker, a sub-heading; where it is first
named; how often, and its share of the mentions; in a list; beside words of
another kind of zone or another city) and the rules' own answer. The weights
are data (`indexer/data/zone_model.json`, read by `indexer.learned`), fitted
by `tests/quality/train_zone_model.py` on the real-page corpus.

A zone set by a pass the model does not see (a paper's own city, an item's
place tag) and not named in the text stands: the model weighs names only.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from indexer import learned, metadata
from indexer.model import Article
from indexer.text import fold
from search.text import gazetteer

NAME = "zone_model"
RULES_SAY = "rules"  # the feature holding the rules' answer: this zone is the article's


def _bucket(name: str, value: float, cuts: tuple[float, ...]) -> str:
    """A feature naming the range `value` falls in (`count<=2`, `first_at>1000`)."""
    return next((f"{name}<={cut}" for cut in cuts if value <= cut), f"{name}>{cuts[-1]}")


def features(article: Article, zone: str) -> dict[str, bool]:
    """What the model weighs of one zone an article names."""
    title, text = fold(article.title or ""), fold(article.text)
    above = fold(f"{article.kicker or ''} {article.subtitle or ''}")
    headings = fold(" ".join(s.heading for s in article.sections if s.heading))
    every = gazetteer.find_mentions(text)
    known = [m for m in every if gazetteer.is_known(m.zone)]
    mine = [m for m in known if m.zone == zone]
    in_title = {m.zone for m in gazetteer.find_mentions(title)}
    cities = gazetteer.cities_named(title)
    first = min((m.start for m in mine), default=None)
    found = {
        RULES_SAY: article.zone == zone,
        "rules_none": article.zone is None,
        "in_title": zone in in_title, "title_other": bool(in_title - {zone}),
        "in_kicker": zone in {m.zone for m in gazetteer.find_mentions(above)},
        "in_heads": zone in {m.zone for m in gazetteer.find_mentions(headings)},
        _bucket("count", len(mine), (0, 1, 2, 4)): True,
        _bucket("share", len(mine) / max(len(known), 1), (0.34, 0.5, 0.99)): True,
        _bucket("distinct", len({m.zone for m in every}), (1, 2, 4)): True,
        _bucket("first_at", 10**6 if first is None else first, (0, 30, 100, 300, 1000)): True,
        "first_named": bool(known) and known[0].zone == zone,
        # one of a list (…、信阳高新区、…): a place the piece went through, seldom its subject
        "listed": any("、" in (text[m.start - 1:m.start], text[m.end:m.end + 1]) for m in mine),
        "generic_title": bool(metadata.GENERIC_ZONE.search(title)),
        "generic_text": bool(metadata.GENERIC_ZONE.search(text[:300])),
        "many_title": bool(metadata.MANY_ZONES.search(title)),
        "national_title": bool(metadata.NATIONAL_ZONE.search(title)),
        "other_kind": bool(metadata.OTHER_KIND_OF_ZONE.search(text)),
        "other_kind_title": bool(metadata.OTHER_KIND_OF_ZONE.search(title)),
        "title_city_is_zones": any(gazetteer.city_zone(c) == zone for c in cities),
        "title_city_other": any(gazetteer.city_zone(c) != zone for c in cities),
        _bucket("length", len(text), (200, 600, 1500)): True,
        "many_zones_flag": article.many_zones,
        "no_title": not article.title,
    }
    return {name: True for name, on in found.items() if on}


def weigh(articles: list[Article]) -> None:
    """Each article's zone, of those it names, as the model weighs them (a zone it names not, set by
    a pass that knows the paper or the item's place tag, stands). While `recording()`, the rules'
    answer stays and the features are kept under `(id(article), zone)`."""
    kept = learned.recorder(NAME)
    for article in articles:
        named = metadata.named_zones(article)
        if not named or (article.zone is not None and article.zone not in named):
            continue
        weighed = {zone: features(article, zone) for zone in named}
        if kept is not None:
            kept.update({(id(article), zone): found for zone, found in weighed.items()})
            continue
        odds = {zone: learned.log_odds(NAME, found) for zone, found in weighed.items()}
        best = max(named, key=lambda zone: odds[zone])  # (the first named of equals)
        article.zone = best if odds[best] > 0 else None


@contextmanager
def recording() -> Iterator[dict[tuple[int, str], dict[str, bool]]]:
    """Let the rules alone decide, and keep the features of each zone weighed."""
    with learned.recording(NAME) as kept:
        yield kept

