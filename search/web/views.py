"""The HTML pages: home, results, article. Each is built from the same
context as its JSON twin (search.web.api) and names it in a Link header."""
from __future__ import annotations

import datetime as dt
import time

from flask import Blueprint, make_response, redirect, render_template, request
from werkzeug.datastructures import MultiDict

from search import urls
from search.engine import filters, results as engine
from search.engine.backends import Backend
from search.engine.params import SearchState, parse_args
from search.engine.query import FIELD_LABELS, KIND_LABELS
from search.index.fields import author_value
from search.web import articles, citations, hits, labels
from search.web.labels import SORT_LABELS
from search.web.current import backend, backend_of, library, served_from_cache
from search.web.facets import by_province, date_shortcuts

bp = Blueprint("pages", __name__)


def with_alternate(html: str, api_url: str, canonical: str | None = None):
    """An HTML response naming its JSON twin (and its canonical URL) in a Link header."""
    response = make_response(html)
    links = [(api_url, "alternate", "application/json")] + ([(canonical, "canonical")] if canonical else [])
    response.headers["Link"] = urls.link_header(*links)
    return response


@bp.get("/")
def home():
    """Search box, corpus figures and the zones with most articles."""
    figures = library().cached("overview", lambda searcher: engine.overview(backend_of(searcher)))
    return render_template("index.html", figures=figures, state=SearchState())


@bp.get("/search")
def search():
    """The results page; non-canonical URLs redirect to the canonical one."""
    state = parse_args(request.args)
    within = request.args.get("within", "").strip()
    if within:  # 在结果中检索: the new words are added to the query (AND)
        narrowed = state.with_(q=f"{state.q} {within}".strip())
        return redirect(urls.search(parse_args(MultiDict(narrowed.params()))), 302)  # checked again: length
    if list(request.args.items(multi=True)) != state.params():
        return redirect(urls.search(state), 302)
    page = results_for(state)
    suggestions = clause_counts(backend(), page) if not page.total or page.parsed.relaxed else []
    html = render_template("search.html", page=page, state=state, suggestions=suggestions,
                           cached=served_from_cache(), now=time.time(), engine=library().status())
    return with_alternate(html, urls.search(state, "/api/search"), urls.search(state))


def clause_counts(backend: Backend, page: engine.ResultsPage) -> list[dict]:
    """Ways out of an empty result: the same query without filters, and each
    searched piece alone, with how many articles each would find."""
    state, out = page.state, []
    if state.filtered:
        plain = SearchState(q=state.q, sort=state.sort, per_page=state.per_page)
        out.append({"label": "去掉全部筛选", "count": backend.total(engine.request_of(plain)),
                    "url": urls.search(plain)})
    clauses = [c for group in page.parsed.groups for c in group if c.query is not None]
    if len(clauses) > 1:
        for clause in clauses:
            text = f"{clause.field}:{clause.text}" if clause.field else clause.text
            if clause.phrase:
                text = f'"{text}"'
            alone = state.with_(q=text)
            out.append({"label": f"只搜“{text}”", "count": backend.total(engine.request_of(alone)),
                        "url": urls.search(alone)})
    return [s for s in out if s["count"]]



def results_for(state: SearchState) -> engine.ResultsPage:
    """The results page of a state, remembered per worker until the index
    changes (the HTML page and its JSON twin share one computation)."""
    def compute(searcher) -> engine.ResultsPage:
        found = backend_of(searcher)
        return hits.presented(found, engine.run(found, state))
    return library().recent(("search", state), compute)


@bp.get("/articles/<article_id>")
def article(article_id: str):
    """One article, marked for the search it was found by (its parameters
    in the URL, also the way back), with its source, a citation and related
    articles."""
    state = parse_args(request.args)
    context = articles.get(backend(), article_id, state)
    html = render_template("article.html", article=context, state=state)
    return with_alternate(html, urls.article(article_id, api=True), urls.article(article_id))


@bp.app_template_filter("when")
def when(date, inferred: bool = False) -> str:
    """A date for display; inferred dates are marked approximate (约)."""
    if not date:
        return "日期不详"
    text = date.isoformat() if hasattr(date, "isoformat") else str(date)
    return f"约 {text}" if inferred else text


# The readers are in China: times are shown there, the zone named (the
# server's own clock may be UTC, 8 hours off). China keeps no summer time.
CHINA_TIME = dt.timezone(dt.timedelta(hours=8), "北京时间")


@bp.app_template_filter("clock")
def clock(seconds: float) -> str:
    """A moment as a time of day in China, to the second, its zone named."""
    return dt.datetime.fromtimestamp(seconds, CHINA_TIME).strftime("%H:%M:%S %Z")


@bp.app_template_filter("href")
def href(state: SearchState, base: str = "/search") -> str:
    """A search state's URL in a template: {{ state|href }}, {{ state|href('/compare') }}."""
    return urls.search(state, base)


@bp.app_context_processor
def helpers() -> dict:
    """Helpers for templates: facet links and the page window."""
    return {"year_state": year_state, "page_window": page_window, "kind_labels": KIND_LABELS,
            "field_labels": FIELD_LABELS, "by_province": by_province, "urls": urls,
            "date_shortcuts": lambda state: date_shortcuts(state, dt.date.today()), "author_url": author_url,
            "cite_formats": citations.FORMAT_LABELS, "sort_labels": SORT_LABELS, "described": labels.described,
            "filter_rows": filters.by_name, "filter_panels": filters.panels, "single_chips": filters.single_chips,
            "single": filters.single}


def author_url(name: str) -> str:
    """The results page of every article by this author, newest first."""
    return urls.search(SearchState(authors=(author_value(name),), sort="newest"))


def year_state(state: SearchState, year: int) -> tuple[SearchState, bool]:
    """The state filtered to one year, or unfiltered if it already is; and
    whether the year is the current filter."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if state.date_from == first and state.date_to == last:
        return state.with_(date_from=None, date_to=None), True
    return state.with_(date_from=first, date_to=last), False


def page_window(current: int, pages: int, width: int = 2) -> list[int]:
    """Page numbers to link around the current page (first and last included)."""
    numbers = {1, pages, *range(max(1, current - width), min(pages, current + width) + 1)}
    return sorted(numbers)
