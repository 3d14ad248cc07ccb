"""search.engine.backends.whoosh_evaluate against Whoosh's own matchers, on a real index with several
segments, deleted documents and posting lists of many blocks; and the exact
top-k that settles run bonuses lazily."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as Q

from bench.corpus import generate
from bench.queries import QUERIES
from whoosh.query import Term

from indexer.build import WRITER_OPTIONS, build
from search.engine.backends import whoosh_columns as columns
from search.engine import results as engine
from search.engine.backends import whoosh
from search.engine.backends.whoosh_evaluate import Unsupported, evaluate
from search.engine.params import parse_args
from search.engine.phrases import cover
from search.engine.backends.whoosh_compile import to_whoosh
from search.engine.query import parse
from search.index import state
from search.index.store import open_index
from tests.conftest import searcher_of

EXTRA = ["-襄阳", "人才 -补贴", "zone:襄阳 人才", "人才 OR 补贴 OR 招商", "title:人才", "section:服务",
         '"高新区 助推"', "科技创新 人才补贴", "kind:brief 企业", "人才奖励", "高新区", "国家高新区", "5g",
         "杨天卓", "author:杨天卓 企业", "王帅 OR 杨天卓"]
TEXTS = sorted({p["q"] for p in QUERIES if "q" in p} | set(EXTRA))


@pytest.fixture(scope="module")
def index(tmp_path_factory, seeds_dir) -> Path:
    """600 generated articles and the seed pages, built by two processes
    (two segments), then with one page's articles deleted and left in their
    segment (as an index written by other means may have them; our updates
    merge deletions away)."""
    base = tmp_path_factory.mktemp("evaluate")
    pages = base / "pages"
    generate(600, pages, seed=5)
    for page in seeds_dir.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    root = base / "index"
    build(pages, root, procs=2)
    first = sorted(pages.glob("0*.txt"))
    ix = open_index(root)[0]
    with ix.writer(**WRITER_OPTIONS) as writer:
        assert writer.delete_by_query(Term("source", first[0].name))
        writer.merge = False  # keep the segments, deletions and all
    ix.close()
    return root


@pytest.fixture(scope="module", params=["live", "stock"])
def searcher(index, request):
    """The app's searcher (BM25F on live documents), and one with Whoosh's
    stock BM25F: search.engine.backends.whoosh_evaluate must equal Whoosh's matchers under both."""
    if request.param == "live":
        with searcher_of(index) as searcher:
            yield searcher
    else:
        ix = open_index(index)[0]
        with ix.searcher() as searcher:
            yield searcher
        ix.close()


def test_the_index_has_what_the_comparison_needs(searcher):
    assert len(searcher.reader().leaf_readers()) >= 2
    assert any(r.has_deletions() for r, _ in searcher.reader().leaf_readers())
    assert searcher.doc_frequency("grams", "高新") > 300, "posting lists of several 128-posting blocks"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("scored", [True, False], ids=["scored", "unscored"])
def test_same_matches_and_scores_as_whoosh(searcher, text, scored):
    query = parse(text).plan()
    reference = columns.whoosh_matches(searcher, to_whoosh(query), scored)
    found = evaluate(searcher, query, scored)
    found.resolve_all()
    assert found.docs.tolist() == [d for _, d in reference]
    if scored:
        np.testing.assert_allclose(found.scores, [s for s, _ in reference], rtol=1e-9)


@pytest.mark.parametrize("text", ["人才 补贴 量子纠缠", "科技创新 人才 \"招商引资\" 引力波",
                                  "招商 园区 -上海 量子纠缠"])
def test_loosened_plans_match_whoosh_too(searcher, text):
    """The looser forms of a query no article answers whole (all words but
    one, then any one) are plans like any other: the same matches and scores."""
    relaxations = parse(text).relaxations()
    assert len(relaxations) == 2
    for relaxed in relaxations:
        query = relaxed.plan()
        reference = columns.whoosh_matches(searcher, to_whoosh(query), True)
        found = evaluate(searcher, query, True)
        found.resolve_all()
        assert found.docs.tolist() == [d for _, d in reference] and reference
        np.testing.assert_allclose(found.scores, [s for s, _ in reference], rtol=1e-9)


def test_a_reader_it_does_not_trust_goes_through_whoosh(searcher):
    query = parse("人才 补贴 -广告").plan()
    reference = columns.whoosh_matches(searcher, to_whoosh(query), True)
    kept = state.of(searcher.reader())
    kept.codec_ok = False  # as after a failed self-check (tests/test_codec_check.py)
    try:
        with pytest.raises(Unsupported):
            evaluate(searcher, query, True)
        found = columns.matches(searcher, query, True)
    finally:
        kept.codec_ok = True
    assert len(found) == len(reference) > 0
    assert found.docs.tolist() == [d for _, d in reference]
    np.testing.assert_allclose(found.scores, [s for s, _ in reference], rtol=1e-9)


def test_what_is_not_a_plan_is_refused(searcher):
    with pytest.raises(Unsupported):
        evaluate(searcher, Q.Prefix("text", "人"), True)  # a Whoosh query is no plan


@pytest.mark.parametrize("text", ["科技创新", "新能源汽车", "企业上市", "高新区招商", "产业发展"])
def test_lazy_top_k_equals_settling_everything_first(searcher, text):
    state = parse_args({"q": text})
    lazy = whoosh.select(searcher, engine.request_of(state))
    assert lazy.found.bonus.any(), "the query has run bonuses to settle"
    pending_before = int((lazy.found.bonus > 0).sum())
    first = lazy.top(10)
    assert int((lazy.found.bonus > 0).sum()) < pending_before
    eager = whoosh.select(searcher, engine.request_of(state))
    fresh = columns.matches(searcher, parse(text).plan(), True)
    fresh.resolve_all()
    eager.found = fresh
    for k in (1, 3, 10, 25):
        assert lazy.top(k) == eager.top(k)[:k] == eager.ordered()[:k]
    assert first == eager.ordered()[:10]
    assert lazy.total == eager.total


def test_lazy_top_k_within_a_subset_of_rows(searcher):
    lazy = whoosh.select(searcher, engine.request_of(parse_args({"q": "科技创新"})))
    rows = lazy.kept[::3]
    fresh = columns.matches(searcher, parse("科技创新").plan(), True)
    fresh.resolve_all()
    expected = sorted(fresh.docs[rows].tolist(),
                      key=lambda d: (-fresh.scores[np.searchsorted(fresh.docs, d)],
                                     -int(lazy.columns.day[d]), int(lazy.columns.id_rank[d])))
    assert lazy.top(5, rows) == expected[:5]


@pytest.mark.parametrize("frequencies, picks", [
    ([5, 5, 5], [0, 2]),
    ([9, 1, 2, 9], [0, 1, 3]),
    ([100, 1, 50, 100, 1, 100], [0, 2, 4, 5]),
    ([100, 3, 2, 100, 1, 100, 1, 7], [0, 2, 4, 6, 7]),
])
def test_cover_takes_first_and_last_never_skips_two_and_costs_least(frequencies, picks):
    assert cover(frequencies) == picks


def test_long_posting_lists_are_kept_and_the_cache_stays_within_its_budget(searcher):
    from search.index import whoosh_read, state
    state.attach(searcher.reader(), state.Budgets(term_cache_from=50))
    cache = whoosh_read.term_cache(searcher.reader())
    query = parse("高新区 人才").plan()
    first = evaluate(searcher, query, True)
    assert cache, "long lists were kept"
    kept = list(cache.values())
    second = evaluate(searcher, query, True)
    assert second.docs.tolist() == first.docs.tolist() and np.array_equal(second.scores, first.scores)
    assert all(a is b for a, b in zip(kept, cache.values(), strict=True)), "the second evaluation read nothing again"
    budget = max(whoosh_read._size(p) for p in kept) + 1
    state.attach(searcher.reader(), state.Budgets(term_cache_from=50, term_cache_bytes=budget))
    cache = whoosh_read.term_cache(searcher.reader())
    evaluate(searcher, query, True)
    assert len(cache) >= 1 and sum(whoosh_read._size(p) for p in cache.values()) <= budget
    state.attach(searcher.reader(), state.Budgets())
