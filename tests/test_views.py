"""The HTML pages over a real seed index: search, filters, facets, article
pages, canonical URLs, errors, escaping and security headers."""
from __future__ import annotations

import re
import shutil
from html import unescape
from itertools import pairwise
from urllib.parse import parse_qsl, urlsplit

import pytest

from indexer.build import build, update


def hits_of(html: str) -> list[str]:
    """Article ids of the hits on a results page, in order."""
    return re.findall(r'<h2 class="title"><a href="/articles/([0-9a-f]{12})', html)


def test_home_shows_corpus_figures_and_top_zones(client):
    html = client.get("/").get_data(as_text=True)
    assert "共收录 <strong>36</strong> 篇文章" in html
    assert re.search(r"涉及 <strong>\d+</strong> 个高新区", html)
    assert "2021-01-15 至 2023-12-27" in html
    assert 'href="/search?zone=' in html
    assert "autofocus" in html


def test_search_highlights_and_links_to_the_best_section(client):
    html = client.get("/search?q=智慧招商").get_data(as_text=True)
    ids = hits_of(html)
    assert ids, "智慧招商 is a heading of the 襄阳 feature"
    assert "<mark>" in html
    link = re.search(r'<a href="(/articles/[0-9a-f]{12}\?q=[^"#]+#s\d+)">', html).group(1)
    article = client.get(unescape(link).split("#")[0]).get_data(as_text=True)
    anchor = unescape(link).split("#")[1]
    section = re.search(rf'<section id="{anchor}" class="section">(.*?)</section>', article, re.DOTALL).group(1)
    assert "<mark>" in section


def test_total_time_and_hit_metadata(client):
    html = client.get("/search?q=专精特新").get_data(as_text=True)
    assert re.search(r'找到 <strong class="total">\d+</strong> 篇', html)
    assert re.search(r"用时 \d+ 毫秒", html)
    assert re.search(r'<span class="date" title="日期由正文推断，仅供参考">约 \d{4}-\d{2}-\d{2}</span>', html)
    assert re.search(r'<span class="kind">(通讯|简讯|图片新闻)</span>', html)


@pytest.mark.parametrize("url, reason", [
    ("/search?q=人才&page=abc", "page 应是正整数"),
    ("/search?q=人才&page=-1", "page 应是正整数"),
    ("/search?q=人才&page=0", "page 最小是 1"),
    ("/search?q=人才&from=2023-13-45", "不是有效日期"),
    ("/search?q=人才&to=20230101", "年月日（2022-03-15）"),
    ("/search?q=人才&from=2023-05-01&to=2023-01-01", "晚于"),
    ("/search?q=人才&sort=best", "sort 只能是"),
    ("/search?q=人才&per_page=51", "per_page 最大是 50"),
    ("/search?q=人才&per_page=0", "per_page 最小是 1"),
    ("/search?q=人才&page=999999999999", "页码太大"),
    ("/search?q=人才&kind=video", "kind 只能是"),
    ("/search?q=人才&page=1&page=2", "只能出现一次"),
    ("/search?q=" + "人" * 3000, "查询太长"),
])
def test_bad_parameters_are_400_with_a_reason(client, url, reason):
    for prefix in ("", "/api"):
        response = client.get(prefix + url)
        assert response.status_code == 400
        body = response.get_data(as_text=True)
        assert reason in (response.json["error"]["message"] if prefix else unescape(body))
        assert "Traceback" not in body


@pytest.mark.parametrize("q", [
    '"unbalanced', "OR", "-", "zone:", "kind:", "AND OR NOT", "人才 OR", "OR 人才", "- 人才",
    "\x00\x01人才\x7f", "(((", "title:", "*", "?", "\\", "%", "' OR 1=1 --", "zone:不存在的地方",
    "foo:bar", "“人才", "人才”补贴“", "－人才", "ｚｏｎｅ：襄阳", "section:\"\"", "人" * 500,
    "<script>alert(1)</script>", "%00", "\u202e人才", "🙂", "NOT",
])
def test_any_query_text_is_answered_never_a_server_error(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 200, response.get_data(as_text=True)
    page = client.get("/search", query_string={"q": q}, follow_redirects=True)
    assert page.status_code == 200


def test_non_canonical_urls_redirect_to_the_canonical_one(client):
    response = client.get("/search?sort=relevance&zone=襄阳&page=1&q=襄阳&utm_source=x")
    assert response.status_code == 302
    target = response.headers["Location"]
    assert parse_qsl(urlsplit(target).query) == [("q", "襄阳"), ("zone", "襄阳高新区")]
    html = client.get(target).get_data(as_text=True)
    assert f'<link rel="canonical" href="{target.replace("&", "&amp;")}">' in html
    assert client.get("/search?zone=B高新区&zone=A高新区").headers["Location"].endswith(
        "zone=A%E9%AB%98%E6%96%B0%E5%8C%BA&zone=B%E9%AB%98%E6%96%B0%E5%8C%BA")


def test_html_and_json_twins_agree(client):
    for url in ["/search?q=人才", "/search?q=高新区&sort=newest&page=2", "/search?kind=brief&per_page=5"]:
        response = client.get(url)
        alternate = re.match(r"<([^>]+)>; rel=\"alternate\"", response.headers["Link"]).group(1)
        assert urlsplit(alternate).path == "/api/search"
        assert parse_qsl(urlsplit(alternate).query) == parse_qsl(urlsplit(url).query)
        data = client.get(alternate).json
        html = response.get_data(as_text=True)
        assert hits_of(html) == [h["id"] for h in data["hits"]]
        assert f'<strong class="total">{data["total"]}</strong>' in html
        for hit in data["hits"]:
            assert hit["title"] in html


def test_zone_filter_facets_and_toggle_links(client):
    data = client.get("/api/search?q=高新区").json
    zone, count = next(iter(data["facets"]["zone"].items()))
    html = client.get("/search?q=高新区").get_data(as_text=True)
    add = re.search(rf'<a href="([^"]+)">{zone}</a> <span class="count">{count}</span>', html).group(1)
    filtered_url = unescape(add)
    filtered = client.get(filtered_url)
    assert filtered.status_code == 200
    body = filtered.get_data(as_text=True)
    assert len(hits_of(body)) == count
    assert all(h["zone"] == zone for h in client.get(filtered_url.replace("/search", "/api/search")).json["hits"])
    # The selected value's link removes the filter again.
    remove = re.search(rf'<a href="([^"]+)" aria-pressed="true" title="去掉这个筛选">✓ {zone}</a>', body).group(1)
    assert unescape(remove) == "/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA"


def test_repeated_zones_are_a_union_and_other_zones_stay_countable(client):
    all_zones = client.get("/api/search").json["facets"]["zone"]
    a, b = list(all_zones)[:2]
    data = client.get("/api/search", query_string=[("zone", a), ("zone", b), ("per_page", "50")]).json
    assert {h["zone"] for h in data["hits"]} == {a, b}
    assert data["total"] == all_zones[a] + all_zones[b]
    assert data["facets"]["zone"] == all_zones  # the zone facet ignores the zone filter


def test_kind_year_and_date_filters(client):
    data = client.get("/api/search?kind=photo&per_page=50").json
    assert data["total"] == data["facets"]["kind"]["photo"] > 0
    assert {h["kind"] for h in data["hits"]} == {"photo"}
    years = client.get("/api/search").json["facets"]["year"]
    year, count = next(iter(years.items()))
    ranged = client.get(f"/api/search?from={year}-01-01&to={year}-12-31&per_page=50").json
    assert ranged["total"] == count
    assert all(h["date"].startswith(year) for h in ranged["hits"])
    html = client.get(f"/search?from={year}-01-01&to={year}-12-31").get_data(as_text=True)
    assert "aria-pressed" in html and f"✓ {year}" in html


def test_section_and_province_filters(client):
    data = client.get("/api/search?section=暖心").json
    assert all(h["zone"] == "苏州高新区" for h in data["hits"]) and data["total"] >= 1
    assert client.get("/api/search?section=不存在的小标题").json["total"] == 0
    jiangsu = client.get("/api/search?province=江苏&per_page=50").json
    assert jiangsu["total"] == jiangsu["facets"]["province"]["江苏"] > 1
    assert {h["province"] for h in jiangsu["hits"]} == {"江苏"}
    assert client.get("/search?province=江苏省").headers["Location"].endswith(
        "province=%E6%B1%9F%E8%8B%8F"), "spellings of a province share one canonical URL"


def test_sorts_are_ordered_and_deterministic(client):
    newest = client.get("/api/search?q=高新区&sort=newest&per_page=50").json["hits"]
    keys = [(h["date"], h["id"]) for h in newest]
    assert [d for d, _ in keys] == sorted((d for d, _ in keys), reverse=True)
    for (d1, i1), (d2, i2) in pairwise(keys):
        assert d1 > d2 or i1 < i2, "ties are broken by id"
    oldest = client.get("/api/search?q=高新区&sort=oldest&per_page=50").json["hits"]
    assert [h["date"] for h in oldest] == sorted(h["date"] for h in oldest)


def test_pages_partition_the_results(client):
    whole = [h["id"] for h in client.get("/api/search?q=高新区&per_page=20").json["hits"]]
    first = [h["id"] for h in client.get("/api/search?q=高新区&per_page=10").json["hits"]]
    second = [h["id"] for h in client.get("/api/search?q=高新区&per_page=10&page=2").json["hits"]]
    assert first + second == whole
    html = client.get("/search?q=高新区").get_data(as_text=True)
    assert 'rel="next" href="/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&amp;page=2"' in html
    beyond = client.get("/search?q=高新区&page=200").get_data(as_text=True)
    assert "这一页没有结果" in beyond and "去最后一页" in beyond


def test_same_corpus_rebuilt_gives_the_same_results(seeds_dir, seed_index, tmp_path, app_factory):
    build(seeds_dir, tmp_path / "again")
    first, second = app_factory(seed_index).test_client(), app_factory(tmp_path / "again").test_client()
    for q in ["高新区", "人才", "企业", ""]:
        for sort in ["relevance", "newest", "oldest"]:
            url = f"/api/search?q={q}&sort={sort}&per_page=50"
            assert [h["id"] for h in first.get(url).json["hits"]] == [h["id"] for h in second.get(url).json["hits"]]


def test_empty_results_help(client):
    html = client.get("/search?q=量子纠缠 引力波").get_data(as_text=True)
    assert "没有找到" in html and "查询理解" in html
    html = client.get("/search?q=人才 量子纠缠").get_data(as_text=True)
    # no article holds both: those holding 人才, said so, and the way to search it alone
    assert "没有找到" not in html and "没有同时包含全部 2 个检索词的文章" in html
    assert re.search(r"只搜“人才”</a>：\d+ 篇", html) and "只搜“量子纠缠”" not in html
    html = client.get("/search?q=帮代办&zone=襄阳高新区").get_data(as_text=True)
    assert re.search(r"去掉全部筛选</a>：\d+ 篇", html)


def test_article_page(client):
    hit = client.get("/api/search?q=暖心").json["hits"][0]
    html = client.get(f"/articles/{hit['id']}?q=暖心").get_data(as_text=True)
    assert re.search(r'<section id="s\d+" class="section">', html)
    assert "<mark>暖心</mark>" in html
    assert "相关文章" in html and ".txt" not in html, "a file name is internal, never shown as a source"
    assert f'<link rel="canonical" href="/articles/{hit["id"]}">' in html
    plain = client.get(f"/articles/{hit['id']}").get_data(as_text=True)
    assert "<mark>" not in plain


@pytest.mark.parametrize("path", ["/articles/xyz", "/articles/000000000000", "/articles/" + "a" * 300,
                                  "/api/articles/xyz", "/api/articles/ffffffffffff", "/nowhere"])
def test_unknown_articles_and_pages_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)


def test_corpus_markup_is_escaped_everywhere(hostile_client):
    for url in ["/search?q=恶意", "/search?q=标签", "/search?q=人才补贴", "/api/search?q=恶意"]:
        body = hostile_client.get(url).get_data(as_text=True)
        assert "<script>" not in body and "<img" not in body and "<b>" not in body
    data = hostile_client.get("/api/search?q=恶意 标题").json
    assert data["hits"], "the hostile page is indexed"
    hit = data["hits"][0]
    assert "&lt;script&gt;" in hit["title"] and "<mark>" in hit["title"]
    page = hostile_client.get(hit["url"]).get_data(as_text=True)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_security_headers_and_no_outside_assets(client):
    for url in ["/", "/search?q=人才", "/api/search?q=人才", "/nowhere", "/search?page=x"]:
        response = client.get(url)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        if response.mimetype == "text/html":
            body = response.get_data(as_text=True)
            assert not re.search(r'(src|href)="(https?:)?//', body)
            assert '<html lang="zh-CN">' in body


@pytest.mark.parametrize("cache_from", [None, 1], ids=["default", "every-term-cached"])
def test_new_index_is_picked_up_without_restart(seeds_copy, tmp_path, data_dir, app_factory, monkeypatch,
                                                cache_from):
    # With every posting list kept in the term cache, a stale cache would
    # still answer from the old generation.
    if cache_from is not None:
        monkeypatch.setenv("GAOXIN_TERM_CACHE_FROM", str(cache_from))
    root = tmp_path / "index"
    build(seeds_copy, root)
    client = app_factory(root).test_client()
    assert client.get("/api/search?q=恶意").json["total"] == 0
    shutil.copy(data_dir / "hostile.txt", seeds_copy / "hostile.txt")
    update(seeds_copy, root)
    assert client.get("/api/search?q=恶意").json["total"] == 1
    (seeds_copy / "hostile.txt").unlink()
    build(seeds_copy, root)
    assert client.get("/api/search?q=恶意").json["total"] == 0
    assert client.get("/api/search").json["total"] == 36


def test_missing_index_is_a_503_not_a_traceback(tmp_path, app_factory):
    client = app_factory(tmp_path / "none").test_client()
    for url in ["/", "/search?q=人才", "/api/search?q=人才"]:
        response = client.get(url)
        assert response.status_code == 503
        assert "索引暂不可用" in response.get_data(as_text=True)


def test_undated_articles_sort_last_both_ways(seeds_copy, tmp_path, app_factory):
    from indexer.build import build
    (seeds_copy / "undated.txt").write_text("# 无日期高新区人才补贴新政\n\n"
                                            "某高新区出台人才补贴办法，文中没有任何日期。\n", "utf-8")
    root = tmp_path / "ix"
    build(seeds_copy, root)
    client = app_factory(root).test_client()
    for sort in ("newest", "oldest"):
        hits = client.get("/api/search", query_string={"q": "人才", "sort": sort, "per_page": 50}).json["hits"]
        assert hits[-1]["date"] is None and all(h["date"] for h in hits[:-1]), sort


@pytest.mark.parametrize("query", ["zone=%C2%A8", "policy=《》", "zone=+襄阳+", "policy=%E3%80%8A+%E3%80%8B",
                                   "province=%EF%BC%A1", "zone=無錫&zone=无锡"])
def test_one_redirect_reaches_the_canonical_url(client, query):
    first = client.get("/search?" + query)
    if first.status_code == 302:
        assert client.get(first.headers["Location"]).status_code == 200, first.headers["Location"]


def test_an_empty_policy_is_no_filter_in_the_page_or_the_api(client):
    assert client.get("/api/search?policy=《》").json["total"] == client.get("/api/search").json["total"]


def test_the_400_page_keeps_the_query_in_the_search_box(client):
    response = client.get("/search?q=人才补贴&from=2023-13")
    assert response.status_code == 400
    assert 'name="q" type="search" value="人才补贴"' in response.get_data(as_text=True)


def test_declared_page_facts_and_typed_text_are_escaped_on_every_new_surface(seeds_copy, tmp_path, app_factory):
    import csv
    import io
    import xml.etree.ElementTree as ET
    from urllib.parse import quote

    from indexer.build import build
    page = sorted(seeds_copy.glob("*.txt"))[0]
    (seeds_copy / "dates.tsv").write_text(f"{page.name}\t2023-08-15\t<script>alert(1)</script>\t3\t=1+2\n", "utf-8")
    (seeds_copy / "second.txt").write_text("报纸: <b>另一报</b>\n\n# 某某高新区人才新政\n\n某某高新区出台人才新政。\n",
                                           "utf-8")
    build(seeds_copy, tmp_path / "ix")
    client = app_factory(tmp_path / "ix").test_client()
    hit = client.get("/api/search?newspaper=<script>alert(1)</script>").json["hits"][0]
    hostile = '<script>"\'&'
    for url in ["/search", "/search?newspaper=<script>alert(1)</script>", hit["url"].split("#")[0],
                "/advanced?q=" + quote(hostile), "/feeds?q=" + quote(hostile), "/search?q=" + quote(hostile),
                "/compare?q=" + quote(hostile), "/search?q=人才&from=" + quote(hostile)]:
        body = client.get(url).get_data(as_text=True)
        assert "<script>" not in body and "<b>" not in body, url
    rows = list(csv.reader(io.StringIO(client.get("/search.csv?newspaper=<script>alert(1)</script>")
                                       .get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[1][12] == "'=1+2", "a formula-looking page name is defused"
    feed = client.get("/search.atom?newspaper=<script>alert(1)</script>").get_data()
    assert ET.fromstring(feed).find("{http://www.w3.org/2005/Atom}entry") is not None and b"<script>" not in feed
