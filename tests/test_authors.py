"""Author search: `author:` in a query, `author=` as a filter and facet,
authors found by a plain query (below matches in the text), and the article
page's names linking to their articles."""
from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from indexer.build import build
from indexer.names import is_name
from search.index.schema import author_value
from tests.conftest import live_server

NAME = "杨天卓"  # the byline of 赣州高新区助推高企高质量发展 (seeds/002_…)
TITLE = "赣州高新区助推高企高质量发展"


def _api(client, **params) -> dict:
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def _titles(found: dict) -> list[str]:
    return [re.sub(r"</?mark>", "", h["title"]) for h in found["hits"]]


@pytest.mark.parametrize("params", [{"q": NAME}, {"q": f"author:{NAME}"}, {"q": "author：楊天卓"},
                                    {"author": NAME}, {"q": "高新区", "author": NAME}])
def test_an_author_finds_the_article_it_wrote(client, params):
    found = _api(client, **params)
    assert _titles(found) == [TITLE]
    assert NAME in found["hits"][0]["authors"]


def test_the_author_filter_is_a_facet_that_keeps_the_others_selectable(client):
    found = _api(client, author=NAME)
    assert found["filters"]["author"] == [NAME]
    assert found["facets"]["author"][NAME] == 1
    everything = _api(client)
    assert len(everything["facets"]["author"]) > 30  # every seed byline
    assert "戴国梁" in found["facets"]["author"]  # the co-author, one click away


def test_an_author_filter_with_spaces_or_traditional_characters_redirects_to_its_canonical_name(client):
    assert author_value(" 楊天卓 ") == NAME
    response = client.get("/search", query_string={"author": "楊 天卓"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/search?" + urlencode({"author": NAME})


def test_a_too_long_author_is_a_400_in_chinese(client):
    response = client.get("/api/search", query_string={"author": "名" * 51})
    assert response.status_code == 400
    assert "author" in response.get_json()["error"]["message"]


def test_an_author_match_ranks_below_matches_in_the_text(tmp_path: Path, app_factory):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(
        "# 甲乙高新区人才新政出台\n\n► 王思远\n\n本报讯 甲乙高新区出台人才新政，补贴研发团队。\n\n"
        "# 丙丁高新区表彰科技工作者\n\n► 李明\n\n本报讯 丙丁高新区表彰了王思远等十名科技工作者。\n\n"
        "# 王思远：扎根园区的工程师\n\n► 赵强\n\n本报讯 戊己高新区一位工程师的故事。\n", "utf-8")
    root = tmp_path / "ix"
    build(pages, root)
    client = app_factory(root).test_client()
    plain = _titles(_api(client, q="王思远"))
    # the headline, then the text, then the byline
    assert plain == ["王思远：扎根园区的工程师", "丙丁高新区表彰科技工作者", "甲乙高新区人才新政出台"]
    assert _titles(_api(client, q="author:王思远")) == ["甲乙高新区人才新政出台"]
    # a phrase is words in the text, not a name
    assert _titles(_api(client, q='"王思远"')) == plain[:2]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_through_the_server_the_name_finds_the_article_and_its_page_links_the_authors(seed_index):
    with live_server(seed_index, workers=1) as base:
        api = json.loads(_get(f"{base}/api/search?q={quote(NAME)}"))
        assert _titles(api) == [TITLE]
        results = _get(f"{base}/search?q={quote(NAME)}")
        hit_links = re.findall(r'<h2 class="title"><a href="([^"]+)">', results)
        assert len(hit_links) == 1 and TITLE in results
        assert 'id="facet-author"' in results
        article = _get(base + unescape(hit_links[0]))
        byline = re.search(r'<span class="byline">(.*?)</span>', article).group(1)
        links = dict((name, unescape(href)) for href, name in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', byline))
        assert set(links) == {NAME, "戴国梁"}
        by_author = _get(base + links[NAME])
        assert TITLE in by_author and f"作者：{NAME}" in by_author


def test_a_chosen_author_stays_in_the_facet_beyond_the_first_fifteen(client):
    everything = _api(client)["facets"]["author"]
    last = list(everything)[-1]  # fewest articles, last by name: outside the first 15 of 40-odd
    assert list(everything).index(last) >= 15
    html = client.get("/search?" + urlencode({"author": last})).get_data(as_text=True)
    facet = html[html.index('id="facet-author"'):]
    facet = facet[:facet.index("</section>")]
    assert f"✓ {last}</a>" in facet and facet.count("<li") == 16


@pytest.mark.parametrize("name", ["濮勇", "贲海", "蒯军"])
def test_surnames_of_the_hundred_families_that_are_rare_still_name_a_person(name):
    assert is_name(name)
