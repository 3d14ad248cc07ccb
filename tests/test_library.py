"""The per-process index handle: one reused searcher, changes noticed at most
every check interval, jieba loaded when the app is made."""
from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np

from indexer.build import update
from search.index.state import Budgets
from search.index.store import Library


def test_one_searcher_is_reused_until_the_index_changes(seed_index):
    library = Library(seed_index, check_seconds=0)
    try:
        first = library.searcher()
        assert library.searcher() is first
        assert library.cached("n", lambda s: s.doc_count()) == 36
    finally:
        library.close()


def test_changes_are_noticed_only_after_the_check_interval(seeds_copy, tmp_path, data_dir):
    root = tmp_path / "index"
    update(seeds_copy, root)
    slow, eager = Library(root, check_seconds=3600), Library(root, check_seconds=0)
    try:
        before = slow.searcher()
        eager.searcher()
        version = eager.version
        shutil.copy(data_dir / "hostile.txt", seeds_copy / "hostile.txt")
        update(seeds_copy, root)
        assert slow.searcher() is before and before.doc_count() == 36
        assert eager.searcher().doc_count() == 37
        assert eager.version != version
        assert eager.cached("n", lambda s: s.doc_count()) == 37
    finally:
        slow.close()
        eager.close()


def test_jieba_is_loaded_when_the_app_is_created(tmp_path):
    code = ("from search.text import segmenter; from search.web.app import create_app; "
            f"create_app({{'INDEX': {str(tmp_path)!r}}}); print(segmenter.load.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.stdout.strip() == "1", result.stderr


def test_repeated_results_are_remembered_until_the_index_changes(seeds_copy, tmp_path, data_dir, app_factory):
    root = tmp_path / "index"
    update(seeds_copy, root)
    app = app_factory(root)
    client = app.test_client()
    first = client.get("/api/search?q=人才补贴").json
    again_response = client.get("/api/search?q=人才补贴")
    again = again_response.json
    assert first["cache"] is None and again["cache"]["computed_at"] <= again["cache"]["served_at"]
    assert {**again, "cache": None} == first, "the same URL is answered from memory (the same took_ms too)"
    assert again_response.headers["X-Cache"] == "hit" and int(again_response.headers["Age"]) >= 0
    page = client.get("/search?q=人才补贴").get_data(as_text=True)
    assert "取自缓存" in page, "a remembered page says so, with when it was computed"
    assert app.extensions["library"].remembered == 1, "the page and its twin share the computed results"
    shutil.copy(data_dir / "hostile.txt", seeds_copy / "hostile.txt")
    update(seeds_copy, root)
    after = client.get("/api/search?q=人才补贴").json
    assert after["total"] == first["total"] + 1, "an index change forgets remembered results"


def test_remembered_results_are_bounded_and_can_be_turned_off(seed_index):
    library = Library(seed_index, check_seconds=0, budgets=Budgets(results_pages=2))
    calls = []
    try:
        for key in ["a", "b", "a", "c", "a", "b"]:
            library.recent(key, lambda s, k=key: calls.append(k) or k)
        assert calls == ["a", "b", "c", "b"], "least recently used is dropped first"
        off = Library(seed_index, check_seconds=0, budgets=Budgets(results_pages=0))
        off.recent("a", lambda s: calls.append("x"))
        off.recent("a", lambda s: calls.append("x"))
        assert calls[-2:] == ["x", "x"]
        off.close()
    finally:
        library.close()


def test_refining_a_query_reuses_its_matches(seed_index):
    from search.engine import results as engine
    from search.engine.backends.whoosh import WhooshBackend
    from search.engine.backends import whoosh_columns as columns
    from search.engine.params import parse_args
    from search.engine.query import parse
    from search.index.store import open_index
    ix, _, _ = open_index(seed_index)
    with ix.searcher() as searcher:
        columns.forget(searcher)
        pages = [engine.run(WhooshBackend(searcher), parse_args(q)) for q in
                 ({"q": "人才"}, {"q": "人才", "kind": "brief"}, {"q": "人才", "zone": "济宁"},
                  {"q": "人才", "sort": "newest"}, {"q": "招商"})]
        plan = lambda q: parse(q).plan()  # noqa: E731 (matches are remembered by plan)
        assert columns.remembered_keys(searcher) == [(plan("人才"), True), (plan("人才"), False), (plan("招商"), True)]
        columns.forget(searcher)
        fresh = engine.run(WhooshBackend(searcher), parse_args({"q": "人才", "kind": "brief"}))
        assert fresh.shown == pages[1].shown and fresh.total == pages[1].total
    ix.close()


def test_remembered_matches_are_never_changed_in_place(seed_index):
    from search.engine.backends import whoosh_columns as columns
    from search.engine import results as engine
    from search.engine.backends import whoosh
    from search.engine.params import parse_args
    from search.index import state
    from search.index.store import open_index
    ix, _, _ = open_index(seed_index)
    with ix.searcher() as searcher:
        columns.forget(searcher)
        selection = whoosh.select(searcher, engine.request_of(parse_args({"q": "高新区招商"})))
        kept = state.of(searcher.reader()).matches
        shared = kept.get(kept.keys()[0]).value
        before = (shared.scores.copy(), shared.bonus.copy())
        assert shared.bonus.any(), "the query has bonuses to settle"
        selection.top(10)  # settles bonuses on its own copy
        assert np.array_equal(shared.scores, before[0]) and np.array_equal(shared.bonus, before[1])
        assert not shared.scores.flags.writeable and not shared.bonus.flags.writeable
    ix.close()
