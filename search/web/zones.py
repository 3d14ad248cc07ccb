"""Zone pages: every zone in the corpus grouped by province (/zones), and one
zone's articles, topics and policy documents (/zones/<zone>), with JSON twins."""
from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from flask import Blueprint, jsonify, make_response, redirect, render_template

from search import urls
from search.engine import results as engine
from search.engine.backends import Backend
from search.engine.params import SearchState
from search.engine.query import zone_value
from search.errors import NotFound
from search.text import gazetteer, segmenter
from search.text.terms import RUNS
from search.text.normalize import normalize
from search.web.current import backend, backend_of, library
from search.web.facets import by_province
from search.web.views import with_alternate

bp = Blueprint("zones", __name__)
ARTICLES_SHOWN = 50
TOPICS = 12
# jieba's part-of-speech tags of topics: nouns, other proper nouns,
# organisations, works. Verbs (v, vn: 投用), adjectives (抢眼), idioms and
# abbreviations (深化, 同比) say what was done, not what about.
TOPIC_TAGS = frozenset({"n", "nz", "nt", "nw"})
# What a noun tag still lets through: rates (完成率, 通过率) are figures, and
# some verbs are tagged as nouns in jieba's dictionary (督导, 申报).
RATE_SUFFIX = "率"


def zone_counts(backend: Backend) -> dict[str, list[tuple[str, int]]]:
    """Province -> [(zone, articles)], provinces by total articles."""
    return dict(by_province(engine.zone_totals(backend)))


@dataclass
class ZonePage:
    """One zone: its gazetteer entry, articles newest first, topics, policies."""
    name: str
    province: str | None
    full_name: str | None
    total: int
    articles: list[dict]
    topics: list[str]
    policies: list[tuple[str, str]]

    def to_json(self) -> dict:
        """The API form."""
        return {"zone": self.name, "province": self.province, "full_name": self.full_name,
                "total": self.total, "articles": self.articles, "topics": self.topics,
                "policies": [{"title": t, "article": a} for t, a in self.policies],
                "search_url": urls.search(SearchState(zones=(self.name,)))}


def zone_page(backend: Backend, name: str) -> ZonePage:
    """The zone's page context; NotFound when no article is about it."""
    zone = zone_value(name)
    ids = backend.ids(engine.request_of(SearchState(zones=(zone,), sort="newest")))
    if not ids:
        raise NotFound(f"没有关于“{name[:40]}”的文章")
    articles, texts, policies = [], [], Counter()
    first_mention: dict[str, str] = {}
    for stored in backend.articles(ids):
        data = engine.load_article(stored)
        texts.append(data["text"])
        for policy in data["policies"]:
            policies[policy] += 1
            first_mention.setdefault(policy, data["id"])
        if len(articles) < ARTICLES_SHOWN:
            articles.append({"id": data["id"], "title": data["title"], "kind": data["kind"],
                             "date": data["date"], "date_inferred": data["date_inferred"],
                             "url": urls.article(data["id"])})
    topics = zone_topics(backend, texts, zone)
    known = gazetteer.zones().get(zone)
    return ZonePage(zone, known.province if known else None, known.full_name if known else None,
                    len(ids), articles, topics,
                    [(p, first_mention[p]) for p, _ in policies.most_common()])


def zone_topics(backend: Backend, texts: list[str], zone: str, top: int = TOPICS) -> list[str]:
    """The words that set a zone's articles apart: how often each whole word
    occurs in them (jieba's words, so no fragments of longer words), weighted
    by how rare the word is across the index (tf-idf, so 企业 and 项目, found
    everywhere, sink). Only content words count (nouns, verbs, idioms): no
    place or person names, numbers, times or function words; no verbs."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word, tag in segmenter.tag(text):
            word = normalize(word)
            if (tag in TOPIC_TAGS and len(word) > 1 and RUNS.fullmatch(word) and not word.isascii()
                    and not word.endswith(RATE_SUFFIX) and word not in topic_verbs()):
                counts[word] += 1
    total = backend.doc_count()
    names = {zone, zone.removesuffix("高新区")}

    def weight(word: str) -> float:
        if not backend.features.document_frequencies:  # the words' counts alone
            return counts[word]
        return counts[word] * math.log((1 + total) / (1 + backend.doc_frequency("text", word)))

    chosen: list[str] = []
    for word in sorted(counts, key=lambda w: (-weight(w), w)):
        if word not in names and gazetteer.canonical(word) is None:
            chosen.append(word)
            if len(chosen) == top:
                break
    return chosen


@functools.cache
def topic_verbs() -> frozenset[str]:
    """Verbs jieba's dictionary tags as nouns (search/data/topic_verbs.txt)."""
    text = resources.files("search").joinpath("data", "topic_verbs.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@bp.get("/zones")
def zones_html():
    """Every zone in the corpus with its article count, by province."""
    grouped = zone_counts(backend())
    response = make_response(render_template("zones.html", grouped=grouped, state=SearchState()))
    response.headers["Link"] = urls.link_header(("/api/zones", "alternate", "application/json"))
    return response


@bp.get("/api/zones")
def zones_json():
    """The zones as JSON: {province: {zone: articles}}."""
    return jsonify({"provinces": {p: dict(zs) for p, zs in zone_counts(backend()).items()}})


def _canonical(name: str, api: bool):
    """A redirect to the zone's canonical URL when `name` is another spelling
    (/zones/无锡, /zones/無錫 -> /zones/无锡高新区), else None."""
    canonical = zone_value(name)
    return redirect(urls.zone(canonical, api), 301) if canonical != name else None


@bp.get("/zones/<name>")
def zone_html(name: str):
    """One zone's page."""
    if moved := _canonical(name, api=False):
        return moved
    page = library().cached(("zone", name), lambda searcher: zone_page(backend_of(searcher), name))
    return with_alternate(render_template("zone.html", zone=page, state=SearchState(zones=(page.name,))),
                          urls.zone(page.name, api=True), urls.zone(page.name))


@bp.get("/api/zones/<name>")
def zone_json(name: str):
    """One zone as JSON."""
    if moved := _canonical(name, api=True):
        return moved
    page = library().cached(("zone", name), lambda searcher: zone_page(backend_of(searcher), name))
    return jsonify(page.to_json())
