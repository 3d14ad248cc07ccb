"""The article page as a researcher uses it: reached from a hit at the right
place, back to the same results, with what a citation needs."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

from search.engine.params import SearchState
from search.web.articles import get


def test_a_hit_links_to_a_section_only_when_it_has_a_heading(client):
    for q in ("人才", "招商", "帮代办", "智慧招商"):
        for hit in client.get(f"/api/search?q={q}&per_page=50").json["hits"]:
            anchor = urlsplit(hit["url"]).fragment
            data = client.get(f"/api/articles/{hit['id']}").json
            if anchor.startswith("s"):
                assert data["sections"][int(anchor[1:])]["heading"], (q, hit["url"])
            else:
                assert anchor in ("", "best"), hit["url"]


def test_the_best_paragraph_is_marked_and_is_where_the_hit_leads(client):
    hit = next(h for h in client.get("/api/search?q=人才补贴").json["hits"] if urlsplit(h["url"]).fragment == "best")
    html = client.get(hit["url"].split("#")[0]).get_data(as_text=True)
    best = re.search(r'<p id="best" class="best">(.*?)</p>', html, re.S)
    assert best and "<mark>" in best.group(1)
    assert html.count('id="best"') == 1


def test_the_article_carries_the_whole_search_back(client):
    search = "/search?q=人才&zone=济宁高新区&kind=brief&sort=newest&per_page=20"
    hit = client.get("/api" + search).json["hits"][0]
    assert dict(parse_qsl(urlsplit(hit["url"]).query)) == dict(parse_qsl(urlsplit(search).query))
    html = unescape(client.get(hit["url"].split("#")[0]).get_data(as_text=True))
    back = re.search(r'<p class="back"><a href="([^"]+)">', html).group(1)
    assert parse_qsl(urlsplit(back).query) == parse_qsl(urlsplit(search).query), "filters, sort and page kept"


def test_partial_matches_are_explained_on_the_article_too(client):
    hit = next(h for h in client.get("/api/search?q=人才补贴").json["hits"] if h["partial"])
    html = client.get(hit["url"].split("#")[0]).get_data(as_text=True)
    assert "部分匹配" in html and "<mark>补贴</mark>" in html


def test_citation_in_gb_t_7714_form(seed_index):
    from search.engine.backends.whoosh import WhooshBackend
    from search.index.store import open_index
    ix, _, _ = open_index(seed_index)
    with ix.searcher() as searcher:
        some = next(d for d in searcher.all_stored_fields() if d.get("authors"))
        page = get(WhooshBackend(searcher), some["id"], SearchState())
        data = page.data
        authors = data["authors"]
        expected_who = ", ".join(authors[:3]) + (", 等" if len(authors) > 3 else "")
        assert page.citation().startswith(f"{expected_who}. {data['title']}[N]. [报纸名不详], ")
        if data["date_inferred"]:
            assert page.citation().endswith(f"[{data['date']}].")
        page.source = type(page.source)("科技日报", "2023-08-15", "3", "高新区")
        assert page.citation().endswith("[N]. 科技日报, 2023-08-15(3).")
    ix.close()


def test_the_page_shows_the_citation_a_permalink_and_the_legend_of_inferred_dates(client):
    hit = client.get("/api/search?q=人才").json["hits"][0]
    html = unescape(client.get(hit["url"]).get_data(as_text=True))
    assert re.search(r'<p class="citation">.+\[N\]\. .+\.</p>', html)
    assert re.search(r'<input id="permalink" readonly value="http://localhost/articles/[0-9a-f]{12}">', html)
    if hit["date_inferred"]:
        assert '<p class="legend-inferred">' in html
    results = client.get("/search?q=人才").get_data(as_text=True)
    assert '<p class="legend-inferred">' in results, "the seeds' dates are inferred: the legend is on the page"


def test_the_marked_paragraph_is_inside_the_section_a_hit_leads_to(client):
    for q in ("人才补贴", "人才", "招商", "服务"):
        for hit in client.get(f"/api/search?q={q}").json["hits"]:
            anchor = urlsplit(hit["url"]).fragment
            if not anchor.startswith("s"):
                continue
            html = client.get(hit["url"].split("#")[0]).get_data(as_text=True)
            section = re.search(rf'<section id="{anchor}" class="section">(.*?)</section>', html, re.S).group(1)
            assert 'id="best"' not in html or 'id="best"' in section, (q, hit["url"])
