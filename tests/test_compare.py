"""The compare view (/compare and /api/compare) over the seed index."""
from __future__ import annotations

from markupsafe import escape

from urllib.parse import parse_qsl, urlsplit

import re

import jsonschema
import pytest

from tests.test_api import schema_of


@pytest.fixture(scope="module")
def spec(app):
    return app.test_client().get("/api/openapi.json").json


def test_without_zones_the_zones_with_most_matches_are_compared(client, spec):
    data = client.get("/api/compare?q=企业").json
    jsonschema.validate(data, schema_of(spec, "Compare"))
    assert data["zones_chosen"] is True
    counts = data["zones"]
    columns = [c["zone"] for c in data["columns"]]
    assert len(columns) == 4
    # The columns are the zones with most matches (ties broken by best match).
    assert sorted(counts[z] for z in columns) == sorted(counts.values())[-4:]
    for column in data["columns"]:
        assert column["total"] == counts[column["zone"]]
        search = client.get("/api/search", query_string={"q": "企业", "zone": column["zone"]}).json
        assert column["total"] == search["total"]
        assert [h["id"] for h in column["hits"]] == [h["id"] for h in search["hits"][:3]]
        assert all(h["zone"] == column["zone"] for h in column["hits"])
    # The URL names the chosen zones, so a bookmark keeps the same columns.
    assert [v for k, v in parse_qsl(urlsplit(data["url"]).query) if k == "zone"] == sorted(columns)


def test_named_zones_are_the_columns_most_matches_first_with_highlighted_fragments(client):
    data = client.get("/api/compare", query_string=[("q", "人才补贴"), ("zone", "赣州"), ("zone", "济宁高新区")]).json
    assert data["zones_chosen"] is False
    assert [c["zone"] for c in data["columns"]] == ["济宁高新区", "赣州高新区"]
    assert all(c["total"] >= 1 for c in data["columns"])
    jining = data["columns"][0]["hits"][0]
    assert "<mark>人才补贴</mark>" in jining["snippet"]


def test_a_zone_without_matches_gets_an_empty_column(client):
    data = client.get("/api/compare", query_string=[("q", "帮代办"), ("zone", "平顶山"), ("zone", "无锡")]).json
    by_zone = {c["zone"]: c for c in data["columns"]}
    assert by_zone["无锡高新区"]["total"] == 0 and by_zone["无锡高新区"]["hits"] == []
    assert by_zone["平顶山高新区"]["total"] == 1
    html = client.get("/compare", query_string=[("q", "帮代办"), ("zone", "平顶山高新区"),
                                                 ("zone", "无锡高新区")]).get_data(as_text=True)
    assert "没有匹配的文章" in html


def test_page_and_twin_show_the_same_columns_and_links(client):
    url = "/compare?q=%E4%BA%BA%E6%89%8D"
    response = client.get(url)
    assert response.status_code == 200
    data = client.get(url.replace("/compare", "/api/compare")).json
    html = response.get_data(as_text=True)
    assert html.count('<section class="column"') == len(data["columns"])
    for column in data["columns"]:
        assert column["zone"] in html
        for hit in column["hits"]:
            assert f'href="{escape(hit["url"])}"' in html
    assert response.headers["Link"].startswith("</api/compare?q=")
    # Columns can be removed and zones with matches added, staying in /compare.
    assert 'class="remove" href="/compare?' in html
    assert "加入对比" in html


def test_sort_and_paging_are_dropped_by_redirect(client):
    response = client.get("/compare?q=%E4%BA%BA%E6%89%8D&sort=newest&page=2&zone=%E6%B5%8E%E5%AE%81")
    assert response.status_code == 302
    target = response.headers["Location"]
    assert dict(parse_qsl(urlsplit(target).query)) == {"q": "人才", "zone": "济宁高新区"}


def test_every_results_page_with_matches_links_to_compare_with_its_filters(client):
    html = client.get("/search?q=%E4%BA%BA%E6%89%8D&kind=brief&sort=newest").get_data(as_text=True)
    assert 'class="compare-link" href="/compare?q=%E4%BA%BA%E6%89%8D&amp;kind=brief"' in html
    empty = client.get("/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD").get_data(as_text=True)
    assert 'class="compare-link"' not in empty, "nothing to compare on an empty page"


def test_bad_parameters_are_400_not_500(client):
    assert client.get("/compare?from=2023-13-01").status_code == 400
    assert client.get("/api/compare?kind=video").json["error"]["status"] == 400


def test_corpus_text_is_escaped_in_compare(hostile_client):
    for q in ("标签", "恶意 标题"):
        response = hostile_client.get("/compare", query_string={"q": q})
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert "alert(&quot;x&quot;)" in html or "alert(&#34;x&#34;)" in html, "the hostile page is compared"
        assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_the_page_says_how_zones_were_chosen_even_when_they_tie(client):
    data = client.get("/api/compare?q=帮代办").json
    counts = list(data["zones"].values())
    how = data["how_chosen"]
    if len(counts) > 4 and counts[3] == counts[4]:
        assert "同为" in how or "分不出" in how, how
    assert "匹配最多的 4 个高新区" not in client.get("/compare?q=帮代办").get_data(as_text=True)


def test_how_chosen_names_ties_at_the_cut():
    from search.web.compare import ComparePage
    from search.engine.params import SearchState

    def page(counts):
        columns = [None] * min(4, len(counts))
        return ComparePage(SearchState(q="x"), None, True, columns, [(f"z{i}", n) for i, n in enumerate(counts)], 0)
    assert "分不出" in page([1] * 16).how_chosen()
    assert page([5, 4, 3, 2, 1]).how_chosen().startswith("匹配篇数最多的 4 个高新区")
    assert "第 3 至 4 个与另外 2 个同为 2 篇" in page([5, 4, 2, 2, 2, 2]).how_chosen()
    assert "全部 3 个" in page([3, 2, 1]).how_chosen()


def test_any_zone_of_the_index_can_be_added(client):
    html = client.get("/compare?q=人才").get_data(as_text=True)
    start = html.index('<form class="zone-picker"')
    picker = html[start:html.index("</form>", start)]
    assert '<option value="无锡高新区">' in picker or "无锡高新区" in html
    options = re.findall(r'<option value="([^"]+)">', picker)
    assert len(options) > 10, "every zone in the index, not only those with matches"
    hidden = re.findall(r'<input type="hidden" name="zone" value="([^"]+)">', picker)
    assert len(hidden) == 4, "the columns shown stay when one is added"
    params = [("q", "人才")] + [("zone", z) for z in hidden] + [("zone", "無錫")]
    response = client.get("/compare", query_string=params)
    target = client.get(response.location) if response.status_code == 302 else response
    assert target.status_code == 200
    assert target.get_data(as_text=True).count('<section class="column"') == 5


def test_the_json_twin_names_every_filter_of_the_registry_but_the_zones(client):
    from search.engine import filters
    data = client.get("/api/compare", query_string=[("q", "人才"), ("author", "闫石"), ("kind", "brief")]).json
    assert set(data["filters"]) == {f.name for f in filters.FILTERS if f.name != "zone"} | {"section", "from", "to"}
    assert data["filters"]["author"] == ["闫石"] and data["filters"]["kind"] == ["brief"]
