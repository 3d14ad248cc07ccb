"""The filter registry (search.engine.filters): a filter is one row, read by
the URL parameters, filtering and facets, the API, OpenAPI, labels and the
results page; and the engine stays free of the web framework."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from dataclasses import replace

from search.engine import filters
from search.engine.params import SearchState, parse_args
from search.errors import BadParameter
from tests.conftest import packages_loaded_by, searcher_of


def _article_id(value: str) -> str:
    value = value.lower()
    if not re.fullmatch(r"[0-9a-f]{12}", value):
        raise BadParameter(f"参数 article 应是 12 位文章编号，收到“{value[:20]}”")
    return value


# A throwaway filter over a column every index has (the article id): a row,
# and nothing else, added while a test runs.
ARTICLE = filters.Filter("article", "articles", "id", "文章", _article_id, "文章编号（可重复，任一）",
                         {"type": "string", "pattern": "^[0-9a-f]{12}$"}, prefixed=True)


@pytest.fixture()
def with_article_filter(monkeypatch):
    monkeypatch.setattr(filters, "FILTERS", [*filters.FILTERS, ARTICLE])


@pytest.fixture()
def some_ids(seed_index) -> list[str]:
    with searcher_of(seed_index) as searcher:
        return sorted(fields["id"] for fields in searcher.all_stored_fields())[:2]


def test_engine_imports_no_web_framework():
    """Every module of search.engine imported in a fresh interpreter pulls in
    neither Flask nor Werkzeug: URLs and the request belong to search.web."""
    every = ("import importlib, pkgutil, search.engine\n"
             "for m in pkgutil.iter_modules(search.engine.__path__):\n"
             "    importlib.import_module('search.engine.' + m.name)\n")
    assert packages_loaded_by(every, ("flask", "werkzeug")) == []


def test_each_filter_is_one_row_with_unique_names():
    rows = filters.FILTERS
    assert [f.name for f in rows] == ["zone", "province", "kind", "policy", "newspaper", "page_name", "author"]
    assert len({f.field for f in rows}) == len(rows) and len({f.panel for f in rows}) == len(rows)
    page_name = filters.by_name()["page_name"]
    assert (page_name.field, page_name.column, page_name.label, page_name.chip("要闻")) == \
        ("page_names", "page_name", "版面", "版面：要闻")


def test_state_fields_come_from_the_registry():
    state = SearchState("人才", zones=("襄阳高新区",), page_names=("要闻",))
    assert state.zones == ("襄阳高新区",) and state.page_names == ("要闻",) and state.authors == ()
    assert state == parse_args({"q": "人才", "zone": "襄阳高新区", "page_name": "要闻"})
    assert hash(state) == hash(SearchState("人才", page_names=("要闻",), zones=("襄阳高新区",)))
    assert state.toggle("page_names", "要闻") == SearchState("人才", zones=("襄阳高新区",))
    assert state.with_(zones=()).params() == [("q", "人才"), ("page_name", "要闻")]
    with pytest.raises(TypeError):
        SearchState(colours=("red",))
    with pytest.raises(AttributeError):
        _ = state.colours


def test_a_new_row_is_a_url_parameter(with_article_filter, some_ids):
    first, second = some_ids
    state = parse_args({"q": "高新区", "article": [second.upper(), first], "sort": "newest"})
    assert state.articles == (first, second)
    assert state.params() == [("q", "高新区"), ("article", first), ("article", second), ("sort", "newest")]
    assert state.filtered
    with pytest.raises(BadParameter, match="12 位文章编号"):
        parse_args({"article": "nope"})


def test_a_new_row_filters_and_is_faceted(with_article_filter, some_ids, seed_index, app_factory):
    first, _ = some_ids
    client = app_factory(seed_index).test_client()
    data = client.get("/api/search", query_string={"article": first}).json
    assert data["total"] == 1 and data["hits"][0]["id"] == first
    assert data["filters"]["article"] == [first]
    assert sum(data["facets"]["kind"].values()) == 1  # the other facets count the one match
    # its own facet counts as if it were off, like every filter's: each article once
    everything = client.get("/api/search").json
    assert data["facets"]["article"] == everything["facets"]["article"]
    assert data["facets"]["article"][first] == 1 and len(data["facets"]["article"]) == everything["total"]

    html = client.get(f"/search?article={first}").get_data(as_text=True)
    assert 'id="facet-article"' in html and "<h2>文章</h2>" in html
    assert f"文章：{first} ✕" in html  # its chip, labelled by the row
    assert client.get("/search?article=bad").status_code == 400


def test_a_new_row_is_in_openapi(with_article_filter, seed_index, app_factory):
    from openapi_spec_validator import validate
    spec = app_factory(seed_index).test_client().get("/api/openapi.json").json
    validate(spec)
    search = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert search["article"]["description"] == "文章编号（可重复，任一）"
    assert search["article"]["schema"]["items"] == ARTICLE.schema
    assert "article" in {p["name"] for p in spec["paths"]["/api/compare"]["get"]["parameters"]}
    facets = spec["components"]["schemas"]["SearchResults"]["properties"]["facets"]["properties"]
    assert "article" in facets


def test_a_new_row_is_in_the_advanced_form(with_article_filter, some_ids, seed_index, app_factory):
    first, second = some_ids
    client = app_factory(seed_index).test_client()
    response = client.get("/advanced", query_string={"go": "1", "all": "高新区", "article": f"{first}、{second}"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&article={first}&article={second}"


# One-value filters: the section words and the date range's bounds -------------

def test_the_registry_lists_section_and_dates_as_rows():
    rows = filters.SINGLES
    assert [(r.name, r.field, r.label, r.repeated) for r in rows] == [
        ("section", "section", "小标题含", False), ("from", "date_from", "起", False), ("to", "date_to", "止", False)]
    assert all(f.repeated for f in filters.FILTERS)
    state = parse_args({"q": "人才", "section": " 政策 ", "from": "2021-3", "to": "2022"})
    assert [getattr(state, r.field) for r in rows] == ["政策", dt.date(2021, 3, 1), dt.date(2022, 12, 31)]
    assert state.params()[1:] == [("section", "政策"), ("from", "2021-03-01"), ("to", "2022-12-31")]
    assert list(state.filters_json())[-3:] == [r.name for r in rows]
    assert filters.single_chips(state) == [("小标题含“政策”", {"section": ""}),
                                          ("2021-03-01 至 2022-12-31", {"date_from": None, "date_to": None})]


def test_pages_and_openapi_read_the_one_value_rows(seed_index, app_factory, monkeypatch):
    """A row's label and description changed in the registry change the
    results page's chip and date form, the advanced form and the OpenAPI
    parameter."""
    rows = [replace(r, label=f"<{r.name}>", description=f"desc {r.name}") for r in filters.SINGLES]
    monkeypatch.setattr(filters, "SINGLES", rows)
    client = app_factory(seed_index).test_client()
    html = client.get("/search", query_string={"q": "人才", "section": "政策", "from": "2020-01-01"}).text
    assert "&lt;section&gt;“政策” ✕" in html
    assert "<label>&lt;from&gt; <input name=\"from\" value=\"2020-01-01\"" in html
    form = client.get("/advanced", query_string={"q": "人才", "section": "政策", "from": "2020-01-01"}).text
    assert '<label for="f-section">&lt;section&gt;</label><input id="f-section" name="section" value="政策"' in form
    assert '<label for="f-from">日期 &lt;from&gt;</label>' in form and '>&lt;to&gt;</label>' in form
    search = {p["name"]: p for p in client.get("/api/openapi.json").json["paths"]["/api/search"]["get"]["parameters"]}
    assert [search[r.name]["description"] for r in rows] == ["desc section", "desc from", "desc to"]
    assert search["to"]["schema"] == filters.DATE_OR_EMPTY
