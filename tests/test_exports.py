"""CSV and Atom exports of a search: parsed back and compared with the API."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def test_csv_holds_every_match_in_the_api_order(client):
    response = client.get("/search.csv?q=高新区&sort=newest")
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
    text = hostile_client.get("/search.csv?q=恶意").get_data(as_text=True)
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
