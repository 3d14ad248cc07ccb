"""The small things that misled: page titles name the filters, the 约 legend
on every page that shows an inferred date, cache times in China's time with
the zone named, CSV file names that name the filters."""
from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import unquote, urlencode

from search.engine.params import parse_args
from search.web.exports import file_name
from search.web.labels import described
from search.web.views import clock

FILTERED = {"q": "企业", "zone": "襄阳高新区", "kind": "feature", "author": "杨天卓",
            "from": "2021-01-01", "to": "2023-06-30"}


def _title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))


def test_a_results_title_names_the_query_and_every_filter(client):
    title = _title(client.get("/search?" + urlencode(FILTERED)).get_data(as_text=True))
    assert title == "企业 · 襄阳高新区 · 通讯 · 作者：杨天卓 · 2021-01-01 至 2023-06-30 · 搜索结果 · 高新区报道检索"
    assert _title(client.get("/search").get_data(as_text=True)) == "搜索结果 · 高新区报道检索"
    paged = _title(client.get("/search?q=高新区&page=2").get_data(as_text=True))
    assert paged == "高新区 · 搜索结果（第 2 页） · 高新区报道检索"


def test_the_compare_title_names_the_filters_too(client):
    title = _title(client.get("/compare?" + urlencode({"q": "人才", "kind": "brief"})).get_data(as_text=True))
    assert title.startswith("人才 · 简讯 · 各高新区对比")


def test_the_csv_file_name_names_the_filters(client):
    state = parse_args(FILTERED)
    assert file_name(state, dt.date(2026, 12, 6)) == \
        "高新区报道_企业_襄阳高新区_通讯_作者：杨天卓_2021-01-01 至 2023-06-30_2026-12-06.csv"
    response = client.get("/search.csv?" + urlencode({"q": "人才", "zone": "济宁高新区"}))
    name = unquote(response.headers["Content-Disposition"].split("filename*=UTF-8''")[1])
    assert name.startswith("高新区报道_人才_济宁高新区_")
    assert described(parse_args({"policy": "a/b"}), "_") == "《a/b》"  # the / is taken out of file names
    assert "/" not in file_name(parse_args({"policy": "a/b"}), dt.date(2026, 12, 6))


def test_compare_and_zone_pages_explain_their_inferred_dates(client):
    # the seed pages print no dates: every date is inferred (约)
    for path in ("/compare?q=人才", "/zones/无锡高新区"):
        html = client.get(path).get_data(as_text=True)
        assert "约 20" in html, path
        assert '<p class="legend-inferred">' in html, path


def test_cache_times_are_china_time_with_the_zone_named():
    noon_utc = dt.datetime(2026, 12, 6, 4, 5, 6, tzinfo=dt.UTC).timestamp()
    assert clock(noon_utc) == "12:05:06 北京时间"


def test_a_cached_results_page_shows_china_time(client):
    client.get("/search?q=人才补贴")
    html = client.get("/search?q=人才补贴").get_data(as_text=True)
    assert re.search(r"取自缓存：\d\d:\d\d:\d\d 北京时间 检索", html)
