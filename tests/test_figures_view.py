"""The figures view (/figures, /api/figures, /figures.csv) and search by
figure (`人才补贴>=1000万元`), on the seed index and on hand-made pages,
through the Flask app for the logic and the real server for what a person
sees."""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from html import unescape

import pytest

from indexer.build import build
from tests.conftest import live_server

JINING_SENTENCE = ("以落实青年人才生活补贴、首次购房补贴等各项人才支持政策为重点,"
                   "发放各类青年人才补贴9000多万元,以政策活力吸引人才集聚“虹吸效应”。")

PAGES = {
    "a.txt": "# 襄阳高新区：人才新政落地\n\n本报讯 襄阳高新区今年发放青年人才补贴500万元，引进人才300人。\n",
    "b.txt": "# 无锡高新区：人才新政见效\n\n本报讯 无锡高新区今年发放青年人才补贴2000万元，新增企业40家。\n",
    "c.txt": "# 乐山高新区：人才新政加码\n\n本报讯 乐山高新区今年发放青年人才补贴1.5亿元。\n",
    "hostile.txt": "# 济宁高新区：<script>alert(1)</script>\n\n本报讯 =HYPERLINK(\"x\")<b>人才补贴</b>共计3000万元。\n",
}


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    pages = tmp_path_factory.mktemp("figure-pages")
    for name, text in PAGES.items():
        (pages / name).write_text(text, "utf-8")
    root = tmp_path_factory.mktemp("figure-index")
    build(pages, root)
    return root


@pytest.fixture(scope="module")
def small(small_index):
    from tests.conftest import close_app, make_app
    app = make_app(small_index)
    yield app.test_client()
    close_app(app)


def _cells(data: dict, measure: str) -> list[dict]:
    (row,) = [r for r in data["rows"] if r["measure"] == measure]
    return [cell for cells in row["cells"].values() for cell in cells]


def test_seed_talent_subsidies_list_jining_9000_wan_with_its_sentence(client):
    data = client.get("/api/figures?q=人才 补贴").get_json()
    assert "济宁高新区" in data["zones"] and len(data["rows"]) > 3
    (cell,) = [c for c in _cells(data, "青年人才补贴") if c["zone"] == "济宁高新区"]
    assert (cell["text"], cell["value"], cell["unit"], cell["qualifiers"]) == ("9000多万元", 9e7, "元", ["多"])
    assert cell["sentence"] == JINING_SENTENCE
    path, anchor = cell["url"].split("#")
    page = client.get(path).get_data(as_text=True)
    (span,) = re.findall(rf'<span class="sentence" id="{anchor}">(.*?)</span>', page)
    assert unescape(re.sub("<[^>]+>", "", span)) == JINING_SENTENCE


def test_the_figures_page_under_gunicorn_links_each_figure_to_its_sentence(seed_index):
    with live_server(seed_index, workers=1) as base:
        with urllib.request.urlopen(base + "/figures?q=" + urllib.parse.quote("人才 补贴")) as response:
            html = response.read().decode()
            assert "/api/figures?" in response.headers["Link"]
        found = re.search(r'<a class="value" href="(/articles/[0-9a-f]{12}\?[^"#]*#(s\d+-\d+-\d+))">9000多万元</a>\s*'
                          r'<q class="sentence">(.*?)</q>', html)
        assert found and "<mark>9000多万元</mark>" in found.group(3)
        with urllib.request.urlopen(base + unescape(found.group(1))) as response:
            article = response.read().decode()
        assert f'id="{found.group(2)}"' in article
        with urllib.request.urlopen(base + "/figures.csv?q=" + urllib.parse.quote("人才 补贴")) as response:
            rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig"))))
            assert response.headers["Content-Disposition"].isascii()
    assert rows[0][:3] == ["指标", "高新区", "原文数字"]
    assert ["青年人才补贴", "济宁高新区", "9000多万元", "多", "90000000"] in [r[:5] for r in rows]
    assert all(r[7] for r in rows[1:])  # never a figure without its sentence


def test_figures_are_escaped_in_the_page_and_the_csv(small):
    html = small.get("/figures?q=人才补贴").get_data(as_text=True)
    assert "<b>人才补贴</b>" not in html and "&lt;b&gt;人才补贴&lt;/b&gt;" in html and "<script>" not in html
    rows = list(csv.reader(io.StringIO(small.get("/figures.csv?q=人才补贴").get_data(as_text=True).lstrip("\ufeff"))))
    sentences = [r[7] for r in rows[1:]]
    assert any(s.startswith("'=HYPERLINK") for s in sentences) and not any(s.startswith("=") for s in sentences)


def test_a_condition_keeps_the_articles_whose_figure_meets_it_sorted_by_value(small):
    data = small.get("/api/search?q=人才补贴>=1000万元&sort=value").get_json()
    assert [h["zone"] for h in data["hits"]] == ["乐山高新区", "济宁高新区", "无锡高新区"]
    assert small.get("/api/search?q=人才补贴<1000万元").get_json()["total"] == 1
    assert small.get("/api/search?q=人才补贴 >= 2亿元").get_json()["total"] == 0
    figures = small.get("/api/figures?q=人才补贴>=1000万元").get_json()
    assert sorted(c["text"] for c in _cells(figures, "青年人才补贴")) == ["1.5亿元", "2000万元"]


def test_the_results_page_offers_to_sort_by_value_only_with_a_condition(small):
    assert "数值从大到小" in small.get("/search?q=人才补贴%3E%3D1000万元").get_data(as_text=True)
    assert "数值从大到小" not in small.get("/search?q=人才补贴").get_data(as_text=True)


@pytest.mark.parametrize("path", ["/api/search?q=人才补贴>=很多", "/figures?q=补贴>=万元",
                                  "/api/figures?q=补贴<=1.2.3元"])
def test_a_condition_without_a_number_is_a_400_in_chinese(small, path):
    response = small.get(path)
    assert response.status_code == 400 and "数值" in response.get_data(as_text=True)


def test_the_compare_view_links_to_the_figures_of_its_columns(client):
    html = client.get("/compare?q=人才").get_data(as_text=True)
    link = unescape(re.search(r'class="figures-link" href="([^"]+)"', html).group(1))
    assert link.startswith("/figures?") and "zone=" in link
    data = client.get(link.replace("/figures", "/api/figures")).get_json()
    assert data["zones"] and set(data["zones"]) <= set(data["filters"]["zone"])


def test_figures_are_stored_with_each_article(small_index):
    from tests.conftest import searcher_of
    with searcher_of(small_index) as searcher:
        stored = [json.loads(f["figures"]) for f in searcher.all_stored_fields()]
    assert sorted(f["text"] for figures in stored for f in figures) == sorted(
        ["500万元", "300人", "2000万元", "40家", "1.5亿元", "3000万元"])


def test_the_figures_json_validates_against_the_openapi_description(client):
    import jsonschema
    spec = client.get("/api/openapi.json").json
    data = client.get("/api/figures?q=投资").json
    assert data["rows"]
    jsonschema.validate(data, {**spec["components"]["schemas"]["Figures"], "components": spec["components"]})
    assert "/api/figures" in spec["paths"]


def test_figures_of_one_sentence_share_it_in_their_cell(client):
    html = client.get("/figures?q=人才 补贴").get_data(as_text=True)
    (cell,) = [c for c in re.findall(r'<div class="figure">(.*?)</div>', html, re.S) if ">3万元</a>" in c]
    assert [v for v in re.findall(r'<a class="value"[^>]*>([^<]+)</a>', cell)] == ["5万元", "3万元", "2万元"]
    assert cell.count('<q class="sentence">') == 1
    assert re.search(r"<mark>5万元</mark>、<mark>3万元</mark>、<mark>2万元</mark>奖励", cell)
