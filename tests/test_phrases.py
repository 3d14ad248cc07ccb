"""search.engine.backends.whoosh_phrases.Run matches exactly the documents Whoosh's Phrase matches."""
from __future__ import annotations

import pytest
from whoosh import query as Q

from search.engine.backends.whoosh_phrases import Run
from search.text.analysis import bigrams, words
from tests.conftest import searcher_of

RUNS = ["高新区", "招商引资", "专精特新小巨人", "高新技术企业", "人才补贴", "区助推", "没有这种说法的连续文字",
        "帮代办"]


@pytest.fixture(scope="module")
def searcher(seed_index):
    with searcher_of(seed_index) as searcher:
        yield searcher


@pytest.mark.parametrize("run", RUNS)
def test_run_finds_what_phrase_finds(searcher, run):
    grams = [g for g, _, _, _ in bigrams(run)]
    cut = [w for w, _, _, _ in words(run, index_mode=False)]
    for field, terms in (("grams", grams), ("text", cut), ("title", cut)):
        if len(terms) < 2:
            continue
        ours = searcher.search(Run(field, terms, overlapping=field == "grams"), limit=None)
        whoosh = searcher.search(Q.Phrase(field, terms), limit=None)
        assert sorted(ours.docs()) == sorted(whoosh.docs()), (run, field)
    if run == "高新区":
        assert len(searcher.search(Run("grams", grams), limit=None)) > 20


def test_run_inside_other_queries(searcher):
    run = Run("grams", ["招商", "商引", "引资"])
    combined = Q.AndMaybe(Q.Term("text", "企业"), run)
    assert len(searcher.search(combined, limit=None)) == len(searcher.search(Q.Term("text", "企业"), limit=None))
    matcher = run.matcher(searcher, searcher.context())
    ids = list(matcher.all_ids())
    assert ids == sorted(searcher.search(Q.Phrase("grams", ["招商", "商引", "引资"]), limit=None).docs())


def test_bigram_fallback_is_skipped_only_for_common_words(searcher, monkeypatch):
    from search.engine import plan, query
    from search.engine.backends.whoosh_compile import to_whoosh
    monkeypatch.setattr(plan, "FALLBACK_SKIP_MIN", 1)
    common = to_whoosh(plan.Fallback(plan.Run("grams", ("高新", "新区"), overlapping=True), "高新区"))
    rare = to_whoosh(plan.Fallback(plan.Run("grams", ("帮代", "代办"), overlapping=True), "帮代办"))
    assert not common.matcher(searcher, searcher.context()).is_active()
    assert rare.matcher(searcher, searcher.context()).is_active()
    # What the skipped fallback would have added is already found by the words.
    words = set(searcher.docs_for_query(to_whoosh(query.parse("高新区").plan())))
    grams = set(searcher.docs_for_query(Run("grams", ["高新", "新区"], overlapping=True)))
    assert grams <= words
    monkeypatch.setattr(plan, "FALLBACK_SKIP_MIN", 10**9)
    assert common.matcher(searcher, searcher.context()).is_active()
