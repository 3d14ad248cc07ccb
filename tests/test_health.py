"""The engine's state as an operator sees it: `/health` (through the real
`python -m search serve`), `python -m indexer check` and one line on the
results page when queries are answered through Whoosh's matchers."""
from __future__ import annotations

import json
import shutil
import sys
import urllib.request

import pytest
from whoosh.codec import whoosh3

from indexer import cli
from indexer.build import build, update
from search.index import whoosh_read
from search.index.schema import SCHEMA_VERSION
from tests.conftest import live_server

FALLBACK_LINE = "索引读取自检未通过"


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def _with_a_field_more_in_every_block(monkeypatch) -> None:
    """Whoosh's writer as a next release might write: one more field in each
    postings block (Whoosh reads by index, unaffected; ours is not)."""
    original = whoosh3.dumps

    def dumps(obj, protocol):
        if sys._getframe(1).f_code.co_name == "_write_block" and len(obj) == 3:  # the data, not its header
            obj = (*obj, b"new in the next release")
        return original(obj, protocol)
    monkeypatch.setattr(whoosh3, "dumps", dumps)


@pytest.fixture()
def updated_by_a_newer_whoosh(seeds_copy, tmp_path, data_dir, monkeypatch):
    """The seed index, then an update (written by Whoosh's own writer) by a
    Whoosh that writes blocks differently: only the last segment is new."""
    root = tmp_path / "ix"
    build(seeds_copy, root)
    shutil.copy(data_dir / "photos.txt", seeds_copy / "extra.txt")
    with monkeypatch.context() as patched:
        _with_a_field_more_in_every_block(patched)
        update(seeds_copy, root)
    return root


def test_health_says_what_is_live_and_that_postings_are_read_directly(seed_index):
    with live_server(seed_index, workers=1) as base:
        status, body = _get(base + "/health")
    data = json.loads(body)
    assert status == 200 and data["status"] == "ok" and data["postings"] == "direct"
    assert data["documents"] == 36 and data["schema_version"] == SCHEMA_VERSION
    assert data["generation"] == (seed_index / "current").resolve().name and data["built_at"].startswith("20")
    assert data["fallback_reason"] is None


def test_a_last_segment_written_differently_is_the_fallback_everywhere_the_operator_looks(
        updated_by_a_newer_whoosh, capsys):
    root = updated_by_a_newer_whoosh
    with live_server(root, workers=1) as base:
        status, body = _get(base + "/health")
        _, page = _get(base + "/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA")  # 高新区
        _, api = _get(base + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA")
    data = json.loads(body)
    assert status == 200 and data["status"] == "degraded" and data["postings"] == "fallback"
    assert "ValueError" in data["fallback_reason"], data
    assert page.count(FALLBACK_LINE) == 1 and json.loads(api)["total"] > 0
    assert cli.main(["check", "--seeds", str(root.parent / "seeds"), "--index", str(root)]) == 1
    assert "postings   FALLBACK: answered through Whoosh's matchers" in capsys.readouterr().out


def test_the_results_page_of_a_sound_index_has_no_fallback_line(client):
    page = client.get("/search?q=高新区").get_data(as_text=True)
    assert "查询理解" in page and FALLBACK_LINE not in page


def test_health_without_an_index_is_503_in_json(app_factory, tmp_path):
    response = app_factory(tmp_path / "none").test_client().get("/health")
    assert response.status_code == 503 and response.json["status"] == "unavailable"
    assert "no index at" in response.json["error"]


def test_a_misreading_is_the_fallback_on_the_page(seed_index, app_factory, monkeypatch):
    original = whoosh_read._block

    def shifted(matcher, with_values):
        found = original(matcher, with_values)
        return whoosh_read.Postings(found.docs + 1, found.weights, found.values)
    monkeypatch.setattr(whoosh_read, "_block", shifted)
    client = app_factory(seed_index).test_client()
    assert FALLBACK_LINE in client.get("/search?q=高新区").get_data(as_text=True)
    assert client.get("/health").json["fallback_reason"].startswith("segment ")
