"""The reader's self-check (search.index.whoosh_read.trusted) on what it must
catch and what it must let through: a Whoosh release that stores positions
differently in the same framing is caught (answers equal Whoosh's), and an
index after updates of every size is still read directly (no false alarm)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, pack_uint

from bench.corpus import generate
from indexer.build import build, update
from search.index import whoosh_read
from tests.conftest import searcher_of

PHRASES = ['"区管委会"', '"帮代办"', '"高新区"', '"人才补贴"', '"管委会"', '"科技创新"', '"招商引资"', "企业 服务"]


def _answers(client, queries) -> list:
    out = []
    for q in queries:
        data = client.get("/api/search", query_string={"q": q, "per_page": 50}).json
        out.append((q, data["total"], [h["id"] for h in data["hits"]]))
    return out


def _absolute_encode(self, poslist):
    import pickle
    return pack_uint(len(poslist)) + pickle.dumps(list(poslist), 2)


def _absolute_decode(self, valuestring):
    import pickle
    if not valuestring.endswith(b"."):
        valuestring += b"."
    return list(pickle.loads(valuestring[_INT_SIZE:]))


def test_a_release_storing_absolute_positions_is_distrusted_and_answers_equal_whooshs(
        seeds_copy, tmp_path, app_factory, monkeypatch, seed_index):
    reference = _answers(app_factory(seed_index).test_client(), PHRASES)
    monkeypatch.setattr(Positions, "encode", _absolute_encode)
    monkeypatch.setattr(Positions, "decode_positions", _absolute_decode)
    root = tmp_path / "ix"
    build(seeds_copy, root)
    client = app_factory(root).test_client()
    assert _answers(client, PHRASES) == reference
    kept = whoosh_read.state.of(client.application.extensions["library"].searcher().reader())
    assert kept.codec_ok is False and "decoded positions" in kept.codec_problem


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir) -> tuple[Path, Path]:
    """600 generated articles and the seed pages (posting lists of several
    blocks), built once in two processes (two segments); each test updates a copy."""
    base = tmp_path_factory.mktemp("updates")
    pages = base / "pages"
    generate(600, pages, seed=7)
    for page in seeds_dir.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    build(pages, base / "index", procs=2)
    return pages, base / "index"


def _changed(pages: Path, share: float, delete: bool = False) -> None:
    files = sorted(pages.glob("*.txt"))
    for path in files[: max(1, round(share * len(files)))]:
        if delete:
            path.unlink()
        else:
            path.write_text(path.read_text("utf-8") + "\n本版另讯：某高新区发布人才补贴新政，服务企业。\n", "utf-8")


@pytest.mark.parametrize("share, delete", [(0.0, False), (0.1, False), (0.5, False), (0.1, True)],
                         ids=["one-page", "10%", "50%", "deletions-only"])
def test_an_updated_index_is_still_read_directly(built, tmp_path, monkeypatch, share, delete):
    # A run of a few blocks, as 1,000 postings are at 100,000 articles: the
    # first segment's deleted documents fall inside it.
    monkeypatch.setattr(whoosh_read, "CHECKED_POSTINGS", 250)
    pages, root = tmp_path / "pages", tmp_path / "index"
    shutil.copytree(built[0], pages)
    shutil.copytree(built[1], root, symlinks=True)
    _changed(pages, share, delete)
    update(pages, root)
    with searcher_of(root) as searcher:
        reader = searcher.reader()
        if share < 0.5:  # half the pages changed: the old segments are merged away
            assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
        assert whoosh_read.trusted(reader), whoosh_read.state.of(reader).codec_problem
