"""The JSON API: twins of the pages, built from the same contexts."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from search import urls
from search.engine import results as engine
from search.engine.params import parse_args
from search.web import articles
from search.web.current import backend, cache_json
from search.web.openapi import spec
from search.web.views import results_for

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    """Search results as JSON (same parameters as /search)."""
    state = parse_args(request.args)
    page = results_for(state)
    return jsonify({**search_json(page), "cache": cache_json()})


def search_json(page: engine.ResultsPage) -> dict:
    """The JSON form of a results page."""
    state = page.state
    return {
        "query": state.q,
        "total": page.total,
        "page": state.page,
        "per_page": state.per_page,
        "pages": page.pages,
        "sort": state.sort,
        "filters": state.filters_json(),
        "parsed": page.parsed.to_json(),
        "relaxed": page.parsed.relaxed,
        "took_ms": round(page.took_ms, 1),
        "url": urls.search(state),
        "hits": [hit.to_json() for hit in page.hits],
        "facets": page.facets_json(),
        "timeline": page.timeline.to_json() if page.timeline else None,
    }


@bp.get("/articles/<article_id>")
def article(article_id: str):
    """One article as JSON, with related articles."""
    context = articles.get(backend(), article_id, parse_args(request.args))
    return jsonify(context.to_json())


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of this API."""
    return jsonify(spec())
