"""Each article records when it was first indexed, kept across rebuilds and
updates of unchanged pages; feeds are ordered by it (`<updated>` is it) and
results can be sorted by it (sort=indexed, 最新收录)."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from indexer.build import build, update
from tests.conftest import SEEDS, searcher_of

ATOM = "{http://www.w3.org/2005/Atom}"
OLD_PAGE = "日期: 2015-03-02\n\n# 甲乙高新区十年前的旧闻\n\n本报讯 甲乙高新区当年出台人才政策，补贴研发团队。\n"


def _first_seen(root: Path) -> dict[str, object]:
    with searcher_of(root) as searcher:
        return {d["id"]: d["indexed"] for d in searcher.all_stored_fields()}


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.mark.parametrize("again", [build, update], ids=["rebuild", "update"])
def test_an_old_dated_article_indexed_today_tops_the_feed(pages: Path, tmp_path: Path, app_factory, again):
    root = tmp_path / "ix"
    build(pages, root)
    before = _first_seen(root)
    (pages / "zz_old.txt").write_text(OLD_PAGE, "utf-8")
    again(pages, root)
    after = _first_seen(root)
    (new,) = set(after) - set(before)
    assert {i: after[i] for i in before} == before, "unchanged pages keep their first-indexed time"
    assert after[new] > max(before.values())

    client = app_factory(root).test_client()
    feed = ET.fromstring(client.get("/search.atom?q=人才").get_data())
    entries = feed.findall(ATOM + "entry")
    assert entries[0].find(ATOM + "id").text.endswith(new), "the article new to the corpus comes first"
    stamp = f"{after[new]:%Y-%m-%dT%H:%M:%S}Z"
    assert entries[0].find(ATOM + "updated").text == feed.find(ATOM + "updated").text == stamp
    assert [e.find(ATOM + "updated").text for e in entries] == \
        sorted((e.find(ATOM + "updated").text for e in entries), reverse=True)

    by_indexed = client.get("/api/search?q=人才&sort=indexed").get_json()["hits"]
    assert by_indexed[0]["id"] == new and by_indexed[0]["indexed_at"] == stamp
    assert client.get(f"/api/articles/{new}").get_json()["indexed_at"] == stamp
    assert client.get("/api/search?q=人才&sort=newest").get_json()["hits"][0]["id"] != new, "its date is old"
    html = client.get("/search?q=人才&sort=indexed").get_data(as_text=True)
    assert '<strong aria-current="true">最新收录</strong>' in html


def test_a_changed_headline_is_a_new_article(pages: Path, tmp_path: Path):
    root = tmp_path / "ix"
    (pages / "zz_old.txt").write_text(OLD_PAGE, "utf-8")
    build(pages, root)
    before = _first_seen(root)
    (pages / "zz_old.txt").write_text(OLD_PAGE.replace("旧闻", "旧事"), "utf-8")
    build(pages, root)
    after = _first_seen(root)
    assert len(set(after) - set(before)) == 1 and len(after) == len(before)
