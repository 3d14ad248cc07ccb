"""Citing: selected hits (check boxes in a GET form, or all on the page)
exported as GB/T 7714 text, RIS and EndNote tagged files, each read back;
one citation builder for the article page, the CSV and the exports; no
claim about the data's source that the data does not make."""
from __future__ import annotations

import csv
import io
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlencode

import pytest
import rispy

from indexer.build import build

# The tags an EndNote tagged record may hold (EndNote's import filter).
ENDNOTE_TAG = re.compile(r"%[0-9A-Z@!#$&()*+^>~\[\]<=?] \S.*")


class _CiteForm(HTMLParser):
    """The results page's cite form as a browser sees it: its action, its
    check boxes and hidden fields, its submit buttons."""

    def __init__(self):
        super().__init__()
        self.action, self.inside = None, False
        self.boxes: list[tuple[str, str]] = []
        self.hidden: list[tuple[str, str]] = []
        self.buttons: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "cite-form" in (a.get("class") or ""):
            self.action, self.inside = a["action"], True
        elif self.inside and tag == "input" and a.get("type") == "checkbox":
            self.boxes.append((a["name"], a["value"]))
        elif self.inside and tag == "input" and a.get("type") == "hidden":
            self.hidden.append((a["name"], a["value"]))
        elif self.inside and tag == "button":
            self.buttons.append((a["name"], a["value"]))

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def _form(client, path: str) -> _CiteForm:
    form = _CiteForm()
    form.feed(client.get(path).get_data(as_text=True))
    assert form.action == "/cite" and ("format", "ris") in form.buttons
    return form


def _submit(client, form: _CiteForm, ticked: list[tuple[str, str]], fmt: str):
    """What a browser sends: the hidden fields, the ticked boxes, the button pressed."""
    response = client.get(form.action + "?" + urlencode(form.hidden + ticked + [("format", fmt)]))
    assert response.status_code == 200, response.get_data(as_text=True)
    return response


def parse_endnote(text: str) -> list[dict[str, list[str]]]:
    """EndNote tagged records, every line checked against the tag list."""
    records = []
    for block in text.lstrip("\ufeff").replace("\r\n", "\n").strip().split("\n\n"):
        record: dict[str, list[str]] = {}
        for line in block.split("\n"):
            assert ENDNOTE_TAG.fullmatch(line), line
            record.setdefault(line[1], []).append(line[3:])
        records.append(record)
    return records


def _article(client, article_id: str) -> dict:
    return client.get(f"/api/articles/{article_id}").get_json()


def test_ticked_hits_download_as_ris_that_a_parser_reads(client):
    form = _form(client, "/search?q=人才")
    ids = [value for name, value in form.boxes if name == "id"]
    assert len(ids) == 10
    response = _submit(client, form, [("id", ids[0]), ("id", ids[3])], "ris")
    assert response.mimetype == "application/x-research-info-systems"
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    assert unquote(response.headers["Content-Disposition"]).endswith(".ris")
    records = rispy.loads(response.get_data(as_text=True).lstrip("\ufeff"))
    assert [r["id"] for r in records] == [ids[0], ids[3]]
    for record in records:
        article = _article(client, record["id"])
        assert record["type_of_reference"] == "NEWS"
        assert record["title"] == article["title"]
        assert record.get("authors", []) == article["authors"]
        assert record["urls"] == [f"http://localhost/articles/{record['id']}"]
        assert "secondary_title" not in record, "the seed pages declare no newspaper: none is made up"
        if article["date_inferred"]:
            assert record["notes"] == ["日期由正文推断，版面未印日期"]
            assert record["date"] == article["date"].replace("-", "/")


def test_all_on_this_page_cites_every_hit_in_order_as_endnote(client):
    form = _form(client, "/search?q=高新区&per_page=20")
    response = _submit(client, form, [("all", "1")], "enw")
    records = parse_endnote(response.get_data(as_text=True))
    hits = client.get("/api/search?q=高新区&per_page=20").get_json()["hits"]
    assert len(records) == len(hits) == 20
    for record, hit in zip(records, hits, strict=True):
        assert record["0"] == ["Newspaper Article"]
        assert record["U"] == [f"http://localhost/articles/{hit['id']}"]
        assert record["T"] == [re.sub(r"</?mark>", "", hit["title"])]
        assert record.get("A", []) == hit["authors"]


def test_gbt_list_is_the_article_pages_citation_numbered(client):
    form = _form(client, "/search?q=人才")
    ids = [value for name, value in form.boxes if name == "id"][:3]
    text = _submit(client, form, [("id", i) for i in ids], "gbt").get_data(as_text=True).lstrip("\ufeff")
    lines = text.rstrip("\r\n").split("\r\n")
    assert lines == [f"[{n}] {_article(client, i)['citation']}" for n, i in enumerate(ids, 1)]
    page = unescape(client.get(f"/articles/{ids[0]}").get_data(as_text=True))
    assert f'<p class="citation">{lines[0][4:]}</p>' in page


def test_a_page_that_declares_its_newspaper_is_cited_with_it(tmp_path: Path, app_factory):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("日期: 2023-08-15\n报纸: 科技日报\n版次: 3\n版名: 高新区\n\n"
                                 "# 甲乙高新区人才新政出台\n\n► 王思远 李明 赵强 孙丽\n\n"
                                 "本报讯 甲乙高新区出台人才新政。\n", "utf-8")
    build(pages, tmp_path / "ix")
    client = app_factory(tmp_path / "ix").test_client()
    (hit,) = client.get("/api/search?q=人才新政").get_json()["hits"]
    cite = f"/cite?id={hit['id']}&format="
    assert client.get(cite + "gbt").get_data(as_text=True) == \
        "\ufeff[1] 王思远, 李明, 赵强, 等. 甲乙高新区人才新政出台[N]. 科技日报, 2023-08-15(3).\r\n"
    (record,) = rispy.loads(client.get(cite + "ris").get_data(as_text=True).lstrip("\ufeff"))
    assert (record["secondary_title"], record["year"], record["start_page"], record["section"]) == \
        ("科技日报", "2023", "3", "高新区")
    assert record["authors"] == ["王思远", "李明", "赵强", "孙丽"] and "notes" not in record
    (enw,) = parse_endnote(client.get(cite + "enw").get_data(as_text=True))
    assert (enw["J"], enw["8"], enw["P"], enw["&"]) == (["科技日报"], ["2023/08/15"], ["3"], ["高新区"])
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?q=人才新政&lang=en").get_data(as_text=True)
                                           .lstrip("\ufeff"))))
    assert rows[0]["citation"] == "王思远, 李明, 赵强, 等. 甲乙高新区人才新政出台[N]. 科技日报, 2023-08-15(3)."


def test_the_csv_cites_each_article_as_its_page_does(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?q=人才").get_data(as_text=True).lstrip("\ufeff"))))
    assert rows and all(r["引用（GB/T 7714）"] == _article(client, r["编号"])["citation"] for r in rows[:5])


@pytest.mark.parametrize("query, status, reason", [
    ("format=ris", 400, "没有选中文章"),
    ("id=0123456789ab&format=bib", 400, "format"),
    ("id=../etc&format=ris", 400, "格式不对"),
    ("id=0123456789ab&format=ris", 404, "没有编号为"),
    ("all=1&format=gbt", 400, "没有选中文章"),
    ("&".join(f"id={n:012x}" for n in range(101)), 400, "最多引用 100 篇"),
])
def test_bad_cite_requests_say_why(client, query, status, reason):
    response = client.get("/cite?" + query)
    assert response.status_code == status
    assert reason in response.get_json(silent=True)["error"]["message"] if response.is_json else \
        reason in response.get_data(as_text=True)


def test_no_page_claims_a_source_the_data_does_not_declare(client):
    hit = client.get("/api/search?q=人才").get_json()["hits"][0]
    for path in ("/", "/search?q=人才", f"/articles/{hit['id']}", "/zones", "/advanced"):
        html = client.get(path).get_data(as_text=True)
        assert "科技日报" not in html, path  # no seed page declares a newspaper
