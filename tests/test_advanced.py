"""The advanced-search form and 在结果中检索: both end on the same canonical
/search URL that the search box and the syntax give."""
from __future__ import annotations

from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit

from werkzeug.datastructures import MultiDict

from search import urls
from search.engine.params import parse_args
from search.web.advanced import compose


def _landing(client, params: list[tuple[str, str]]) -> list[tuple[str, str]]:
    response = client.get("/advanced?" + urlencode(params + [("go", "1")]))
    assert response.status_code == 302, response.get_data(as_text=True)
    target = urlsplit(response.location)
    assert target.path == "/search"
    assert client.get(response.location).status_code == 200, "lands on a canonical URL: no second redirect"
    return parse_qsl(target.query)


def test_every_field_is_written_into_the_canonical_url(client):
    params = _landing(client, [("all", "人才"), ("phrase", "“帮代办”"), ("any", "专精特新、小巨人"),
                               ("none", "广告 -招聘"), ("title", "高新区"), ("zone", "无锡，襄阳"),
                               ("province", ""), ("kind", "brief"), ("kind", "feature"), ("from", "2020"),
                               ("to", "2023-6"), ("sort", "newest"), ("per_page", "20"), ("section", "")])
    assert params == [("q", '人才 "帮代办" 专精特新 OR 小巨人 -广告 -招聘 title:高新区'),
                      ("zone", "无锡高新区"), ("zone", "襄阳高新区"), ("kind", "brief"), ("kind", "feature"),
                      ("from", "2020-01-01"), ("to", "2023-06-30"), ("sort", "newest"), ("per_page", "20")]


def test_the_form_finds_what_the_same_syntax_finds(client):
    params = _landing(client, [("phrase", "人才补贴"), ("zone", "")])
    assert client.get("/api/search?" + urlencode(params)).json["total"] == \
        client.get("/api/search?q=%22人才补贴%22").json["total"] > 0


def test_the_form_is_filled_from_the_current_search(client):
    html = unescape(client.get("/advanced?q=人才补贴&zone=无锡高新区&kind=brief&from=2021-01-01").get_data(
        as_text=True))
    assert 'name="all" value="人才补贴"' in html and 'name="zone" value="无锡高新区"' in html
    assert 'value="brief" checked' in html and 'name="from" value="2021-01-01"' in html
    assert '<option value="无锡高新区">' in html, "a zone picker of every zone in the index"


def test_a_bad_field_shows_the_form_again_with_the_reason(client):
    response = client.get("/advanced?" + urlencode([("all", "人才"), ("from", "2023"), ("to", "2020"), ("go", "1")]))
    body = unescape(response.get_data(as_text=True))
    assert response.status_code == 400 and "晚于" in body and 'name="all" value="人才"' in body


def test_the_header_links_to_advanced_search_with_the_state(client):
    html = unescape(client.get("/search?q=人才&kind=brief&page=2").get_data(as_text=True))
    link = urls.with_query("/advanced", [("q", "人才"), ("kind", "brief")])
    assert f'<a href="{link}">高级检索</a>' in html


def test_searching_within_results_adds_the_words_and_keeps_filters(client):
    html = unescape(client.get("/search?q=人才&kind=feature").get_data(as_text=True))
    assert '<input type="hidden" name="kind" value="feature">' in html and 'name="within"' in html
    response = client.get("/search?" + urlencode({"q": "人才", "kind": "feature", "within": "补贴"}))
    assert response.status_code == 302
    assert parse_qsl(urlsplit(response.location).query) == [("q", "人才 补贴"), ("kind", "feature")]
    narrowed = client.get("/api/search?q=人才 补贴&kind=feature").json["total"]
    assert narrowed <= client.get("/api/search?q=人才&kind=feature").json["total"]


def test_compose_ignores_empty_fields_and_quotes():
    assert compose(MultiDict([("all", " "), ("phrase", '"'), ("any", ""), ("go", "1")])) == MultiDict([("q", "")])
    state = parse_args(compose(MultiDict([("none", "-"), ("title", "招商 引资")])))
    assert state.q == "title:招商 title:引资"


def test_the_form_has_author_newspaper_and_page_name_fields_that_reach_the_url(client):
    html = unescape(client.get("/advanced").get_data(as_text=True))
    for name in ("author", "newspaper", "page_name"):
        assert f'name="{name}"' in html
    assert '<option value="杨天卓">' in html, "an author picker of every byline in the index"
    params = _landing(client, [("author", "杨天卓、戴国梁"), ("newspaper", "科技日报"), ("page_name", "高新区")])
    assert params == [("newspaper", "科技日报"), ("page_name", "高新区"), ("author", "戴国梁"), ("author", "杨天卓")]
    filled = unescape(client.get("/advanced?" + urlencode(params)).get_data(as_text=True))
    assert 'name="author" value="戴国梁、杨天卓"' in filled and 'name="newspaper" value="科技日报"' in filled


def test_exclusions_and_title_words_go_back_to_their_own_fields(client):
    q = '人才 "帮代办" 专精特新 OR 小巨人 -广告 -无锡 title:高新区 zone:襄阳'
    html = unescape(client.get("/advanced?" + urlencode({"q": q})).get_data(as_text=True))
    assert 'name="all" value="人才 "帮代办" 专精特新 OR 小巨人 zone:襄阳"' in html
    assert 'name="none" value="广告 无锡"' in html and 'name="title" value="高新区"' in html
    # and the form gives the same search back
    fields = [("all", '人才 "帮代办" 专精特新 OR 小巨人 zone:襄阳'), ("none", "广告 无锡"), ("title", "高新区")]
    assert parse_args(MultiDict(_landing(client, fields))).q == \
        '人才 "帮代办" 专精特新 OR 小巨人 zone:襄阳 -广告 -无锡 title:高新区'
    # OR keeps its words together; NOT and phrases stay as typed
    from search.web.advanced import split_query
    assert split_query('title:招商 OR title:引资 NOT -x -"a b"') == {
        "all": 'title:招商 OR title:引资 NOT -x -"a b"', "none": "", "title": ""}
