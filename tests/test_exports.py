"""CSV and Atom exports of a search: parsed back and compared with the API."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote

ATOM = "{http://www.w3.org/2005/Atom}"


def test_csv_holds_every_match_in_the_api_order(client):
    response = client.get("/search.csv?q=高新区&sort=newest&lang=en")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    raw = response.get_data()
    assert raw.startswith("\ufeff".encode("utf-8")), "a BOM, so Excel reads UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    api = client.get("/api/search?q=高新区&sort=newest&per_page=50").json
    assert len(rows) == api["total"] > 10, "every match, not one page"
    assert [r["id"] for r in rows] == [h["id"] for h in api["hits"]]
    first, hit = rows[0], api["hits"][0]
    assert (first["zone"], first["date"], first["kind"]) == (hit["zone"], hit["date"], hit["kind"])
    assert first["url"] == "http://localhost/articles/" + hit["id"]
    assert "<mark>" not in first["fragment"] and first["fragment"]


def test_csv_keeps_corpus_text_from_becoming_markup_or_formulas(hostile_client):
    text = hostile_client.get("/search.csv?q=恶意&lang=en").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0]["title"].startswith("恶意高新区：<script>")  # data stays data in a CSV
    assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in rows)


def test_atom_feed_is_well_formed_newest_first(client):
    response = client.get("/search.atom?q=人才")
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.get_data())
    assert feed.tag == ATOM + "feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(ATOM + required) is not None
    entries = feed.findall(ATOM + "entry")
    api = client.get("/api/search?q=人才&sort=newest&per_page=50").json
    assert [e.find(ATOM + "id").text.rsplit("/", 1)[1] for e in entries] == [h["id"] for h in api["hits"]]
    stamps = [e.find(ATOM + "updated").text for e in entries]
    assert stamps == sorted(stamps, reverse=True)
    assert feed.find(ATOM + "updated").text == stamps[0]
    for entry in entries:
        assert entry.find(ATOM + "link").get("href").startswith("http://localhost/articles/")


def test_results_page_links_its_exports(client):
    html = client.get("/search?q=人才&zone=济宁高新区").get_data(as_text=True)
    assert 'href="/search.csv?q=%E4%BA%BA%E6%89%8D&amp;zone=' in html
    assert 'href="/search.atom?q=%E4%BA%BA%E6%89%8D&amp;zone=' in html


def test_exports_refuse_bad_parameters(client):
    assert client.get("/search.csv?from=2023-99-01").status_code == 400
    assert client.get("/search.atom?sort=x").status_code == 400


def test_csv_for_people_has_chinese_columns_words_and_a_named_file(client):
    response = client.get("/search.csv?q=人才补贴")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:9] == ["编号", "标题", "高新区", "省份", "日期", "日期说明", "体裁", "链接", "摘要"]
    assert rows[0][9:] == ["报纸", "出版日期", "版次", "版名", "引用（GB/T 7714）"]
    assert {r[5] for r in rows[1:]} <= {"由正文推断（约）", "见报日期", ""} and {r[6] for r in rows[1:]} <= {
        "通讯", "简讯", "图片新闻"}
    disposition = response.headers["Content-Disposition"]
    assert disposition.isascii()
    name = unquote(disposition.split("filename*=UTF-8''")[1])
    assert re.fullmatch(r"高新区报道_人才补贴_\d{4}-\d{2}-\d{2}\.csv", name)
    odd = client.get("/search.csv?q=" + quote('a/b:"c"*?')).headers["Content-Disposition"]
    assert unquote(odd.split("filename*=UTF-8''")[1]).startswith("高新区报道_abc_")


def test_page_facts_reach_the_api_the_csv_and_the_feed(tmp_path, seeds_copy, app_factory):
    from indexer.build import build
    first, second = sorted(seeds_copy.glob("*.txt"))[:2]
    (seeds_copy / "dates.tsv").write_text(f"{first.name}\t2023-08-15\t科技日报\t3\t高新区\n"
                                          f"{second.name}\t\t中国高新技术产业导报\t第5版\t园区\n", "utf-8")
    build(seeds_copy, tmp_path / "ix")
    client = app_factory(tmp_path / "ix").test_client()
    data = client.get("/api/search?newspaper=科技日报&per_page=50").json
    assert data["total"] > 0 and data["filters"]["newspaper"] == ["科技日报"]
    assert {(h["newspaper"], h["issue_date"], h["page_number"], h["page_name"]) for h in data["hits"]} == {
        ("科技日报", "2023-08-15", "3", "高新区")}
    assert set(data["facets"]["newspaper"]) == {"科技日报", "中国高新技术产业导报"}, "the other stays selectable"
    everything = client.get("/api/search?per_page=1").json["facets"]
    assert set(everything["newspaper"]) == {"科技日报", "中国高新技术产业导报"}
    assert set(everything["page_name"]) == {"高新区", "园区"}
    html = client.get("/search").get_data(as_text=True)
    assert 'id="facet-newspaper"' in html and 'id="facet-page_name"' in html, "two values: a facet"
    assert "科技日报 · 2023-08-15 · 第3版 · 高新区" in html
    rows = list(csv.reader(io.StringIO(client.get("/search.csv?newspaper=科技日报").get_data(as_text=True)
                                       .lstrip("\ufeff"))))
    assert rows[1][9:13] == ["科技日报", "2023-08-15", "3", "高新区"]
    feed = ET.fromstring(client.get("/search.atom?newspaper=科技日报").get_data())
    entry = feed.find(ATOM + "entry")
    assert entry.find(ATOM + "summary").text.startswith("【科技日报 · 2023-08-15 · 第3版 · 高新区】")
    assert {c.get("term") for c in entry.findall(ATOM + "category")} >= {"科技日报", "高新区"}


def test_one_newspaper_in_the_index_is_no_facet(client):
    html = client.get("/search").get_data(as_text=True)
    assert 'id="facet-newspaper"' not in html


def test_a_subscribe_page_gives_the_feed_url_to_copy(client):
    html = client.get("/search?q=人才&kind=brief").get_data(as_text=True)
    assert 'href="/feeds?q=%E4%BA%BA%E6%89%8D&amp;kind=brief"' in html
    page = client.get("/feeds?q=人才&kind=brief").get_data(as_text=True)
    feed = re.search(r'<input id="feed-url" readonly value="([^"]+)">', page).group(1)
    assert feed == "http://localhost/search.atom?q=%E4%BA%BA%E6%89%8D&amp;kind=brief"
    assert client.get(feed.replace("&amp;", "&").replace("http://localhost", "")).mimetype == "application/atom+xml"
    assert "怎样订阅" in page


def test_empty_results_offer_no_exports_or_compare(client):
    html = client.get("/search?q=量子纠缠态").get_data(as_text=True)
    assert "没有找到" in html
    assert "/search.csv" not in html and "/compare?" not in html and "/feeds?" not in html


def test_csv_stops_at_its_row_limit_and_says_so_in_its_last_line(app, client):
    total = client.get("/api/search?q=高新区").json["total"]
    app.config["EXPORT_ROWS"] = 3
    try:
        for lang, words in (("en", "export limit reached"), ("", "已达导出上限")):
            rows = list(csv.reader(io.StringIO(client.get(f"/search.csv?q=高新区&lang={lang}").get_data(as_text=True))))
            assert len(rows) == 1 + 3 + 1 and words in rows[-1][0] and str(total) in rows[-1][0]
        app.config["EXPORT_ROWS"] = total
        rows = list(csv.reader(io.StringIO(client.get("/search.csv?q=高新区").get_data(as_text=True))))
        assert len(rows) == 1 + total and "上限" not in rows[-1][0]
    finally:
        app.config["EXPORT_ROWS"] = 20000


def test_atom_feed_says_when_there_were_more_matches_than_entries(app, client):
    total = client.get("/api/search?q=高新区").json["total"]
    app.config["FEED_ENTRIES"] = 2
    try:
        feed = ET.fromstring(client.get("/search.atom?q=高新区").get_data())
        assert len(feed.findall(ATOM + "entry")) == 2 and f"共 {total} 条" in feed.find(ATOM + "subtitle").text
        few = ET.fromstring(client.get("/search.atom?q=高新区&zone=济宁高新区").get_data())
        assert few.find(ATOM + "subtitle") is None
    finally:
        app.config["FEED_ENTRIES"] = 50


def test_an_export_keeps_reading_its_searcher_while_a_new_index_replaces_it(seeds_copy, tmp_path, app_factory):
    """An export streams while the worker's other requests go on; one of
    them may open a new index generation: the export's searcher stays open
    to its last row, then is closed."""
    from indexer.build import build
    root = tmp_path / "index"
    build(seeds_copy, root)
    app = app_factory(root)
    client = app.test_client()
    total = client.get("/api/search?q=高新区").json["total"]
    response = client.get("/search.csv?q=高新区&lang=en", buffered=False)
    chunks = iter(response.response)
    first = next(chunks)
    assert first.startswith("\ufeff".encode())
    old = app.extensions["library"].searcher()
    build(seeds_copy, root)  # a new generation, opened by the next request
    assert client.get("/api/search?q=高新区").status_code == 200
    assert app.extensions["library"].searcher() is not old
    rest = b"".join(chunks)
    response.close()
    rows = list(csv.DictReader(io.StringIO((first + rest).decode("utf-8-sig"))))
    assert len(rows) == total
    assert old.is_closed
