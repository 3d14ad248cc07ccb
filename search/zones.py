"""Zone pages: every zone in the corpus grouped by province (/zones), and one
zone's articles, topics and policy documents (/zones/<zone>), with JSON twins."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from flask import Blueprint, jsonify, make_response, render_template
from whoosh import query as Q
from whoosh import sorting

from search import engine, gazetteer
from search.app import library
from search.errors import NotFound
from search.params import SearchState
from search.query import zone_value

bp = Blueprint("zones", __name__)
ARTICLES_SHOWN = 50
TOPICS = 12
UNKNOWN_PROVINCE = "（省份不详）"


def zone_counts(searcher) -> dict[str, list[tuple[str, int]]]:
    """Province -> [(zone, articles)], provinces by total articles."""
    results = searcher.search(Q.Every(), limit=1, groupedby={"zone": sorting.FieldFacet("zone")},
                              maptype=sorting.Count)
    grouped: dict[str, list[tuple[str, int]]] = {}
    for zone, count in results.groups("zone").items():
        if zone:
            grouped.setdefault(gazetteer.province_of(zone) or UNKNOWN_PROVINCE, []).append((zone, count))
    for zones in grouped.values():
        zones.sort(key=lambda zc: (-zc[1], zc[0]))
    return dict(sorted(grouped.items(), key=lambda kv: (-sum(c for _, c in kv[1]), kv[0])))


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
                "search_url": SearchState(zones=(self.name,)).url()}


def zone_page(searcher, name: str) -> ZonePage:
    """The zone's page context; NotFound when no article is about it."""
    zone = zone_value(name)
    results = searcher.search(Q.Term("zone", zone), limit=None,
                              sortedby=engine.sort_facet(SearchState(sort="newest"), scored=False))
    if results.is_empty():
        raise NotFound(f"没有关于“{name[:40]}”的文章")
    docnums = list(results.docs())
    articles, policies = [], Counter()
    first_mention: dict[str, str] = {}
    for hit in results:
        stored = hit.fields()
        data = engine.load_article(stored)
        for policy in data["policies"]:
            policies[policy] += 1
            first_mention.setdefault(policy, data["id"])
        if len(articles) < ARTICLES_SHOWN:
            articles.append({"id": data["id"], "title": data["title"], "kind": data["kind"],
                             "date": data["date"], "date_inferred": data["date_inferred"],
                             "url": engine.article_url(data["id"])})
    topics = [term for term, _ in searcher.key_terms(docnums, "text", numterms=TOPICS * 2)
              if len(term) > 1 and term not in zone][:TOPICS]
    known = gazetteer.zones().get(zone)
    return ZonePage(zone, known.province if known else None, known.full_name if known else None,
                    len(docnums), articles, topics,
                    [(p, first_mention[p]) for p, _ in policies.most_common()])


@bp.get("/zones")
def zones_html():
    """Every zone in the corpus with its article count, by province."""
    grouped = zone_counts(library().searcher())
    response = make_response(render_template("zones.html", grouped=grouped, state=SearchState()))
    response.headers["Link"] = '</api/zones>; rel="alternate"; type="application/json"'
    return response


@bp.get("/api/zones")
def zones_json():
    """The zones as JSON: {province: {zone: articles}}."""
    return jsonify({"provinces": {p: dict(zs) for p, zs in zone_counts(library().searcher()).items()}})


@bp.get("/zones/<name>")
def zone_html(name: str):
    """One zone's page."""
    page = zone_page(library().searcher(), name)
    response = make_response(render_template("zone.html", zone=page, state=SearchState(zones=(page.name,))))
    response.headers["Link"] = f'</api/zones/{page.name}>; rel="alternate"; type="application/json"'
    return response


@bp.get("/api/zones/<name>")
def zone_json(name: str):
    """One zone as JSON."""
    return jsonify(zone_page(library().searcher(), name).to_json())
