"""The benchmark corpus generator and query translation (the benchmarks
themselves are run by `make bench`, not by the test suite)."""
from __future__ import annotations

import filecmp

from bench.corpus import generate
from bench.query import Fts5
from indexer.build import build
from search.index.store import open_index


def test_generated_pages_parse_into_the_articles_asked_for_and_repeat_exactly(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    pages = generate(40, first, seed=7)
    generate(40, second, seed=7)
    names = sorted(p.name for p in first.iterdir())
    assert len(names) == pages and filecmp.cmpfiles(first, second, names, shallow=False)[0] == names
    assert all(p.read_text("utf-8").startswith("日期: 20") for p in first.iterdir())
    report = build(first, tmp_path / "ix")
    assert report.articles == 40 and not report.skipped
    ix, _, _ = open_index(tmp_path / "ix")
    with ix.searcher() as searcher:
        zones = {fields.get("zone") for fields in searcher.all_stored_fields()}
    ix.close()
    assert len(zones) > 5, "zones are drawn from the gazetteer, not copied from the seeds"


def test_query_syntax_becomes_fts5_expressions():
    assert Fts5.match("人才 补贴") == '"人才" AND "补贴"'
    assert Fts5.match('"招商引资"') == '"招商引资"'
    assert Fts5.match("瞪羚企业 OR 独角兽") == '"瞪羚企业" OR "独角兽"'
    assert Fts5.match("招商 -上海") == '("招商") NOT "上海"'
    assert Fts5.match("人才補貼") == '"人才补贴"'
    assert Fts5.match("") is None
