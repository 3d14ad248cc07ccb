"""The backend seam (search.engine.backends): a backend gets a request (a
plan, the filters, the order) and answers with article ids and counts; the
Whoosh backend over real indexes."""
from __future__ import annotations

import re

import pytest

from indexer.build import update
from search.engine import results as engine
from search.engine.backends.whoosh import WhooshBackend
from search.engine.params import parse_args
from tests.conftest import packages_loaded_by, searcher_of

STATES = [{"q": "人才"}, {"q": "高新区", "sort": "newest"}, {"q": "企业", "kind": "brief"},
          {"q": "招商", "from": "2021", "to": "2023"}, {}, {"q": "创新 -襄阳", "sort": "oldest"}]


@pytest.mark.parametrize("params", STATES)
def test_results_pages_carry_article_ids(params, seed_index, client):
    with searcher_of(seed_index) as searcher:
        page = engine.run(WhooshBackend(searcher), parse_args({**params, "per_page": "5"}))
    assert all(isinstance(i, str) and re.fullmatch(r"[0-9a-f]{12}", i) for i in page.shown)
    api = client.get("/api/search", query_string={**params, "per_page": "5"}).json
    assert page.shown == [hit["id"] for hit in api["hits"]] and page.total == api["total"]


@pytest.mark.parametrize("params", STATES)
def test_a_page_is_a_slice_of_every_match_in_order(params, seed_index):
    with searcher_of(seed_index) as searcher:
        backend = WhooshBackend(searcher)
        request = engine.request_of(parse_args(params))
        every = backend.ids(request)
        assert backend.total(request) == len(every) == len(set(every))
        assert backend.ids(request, limit=3) == every[:3]
        for start in (0, 3):
            answer = backend.search(request, start, 3)
            assert answer.ids == every[start:start + 3] and answer.total == len(every)
        kinds = sum(n for _, n in answer.facets["kind"])  # every article has one kind
        assert kinds == len(every) if "kind" not in params else kinds > len(every)


def test_a_request_holds_the_plan_not_the_text():
    request = engine.request_of(parse_args({"q": "人才补贴 zone:襄阳", "section": "政策", "kind": "brief"}))
    texts = [v for v in vars(request).values() if isinstance(v, str)]
    assert texts == ["relevance"]  # the sort; the query is there as its plan
    assert request.chosen == (("kind", ("brief",)),) and request.sectioned


def test_articles_are_read_by_id_in_order_from_their_live_document(seeds_copy, tmp_path):
    root = tmp_path / "index"
    update(seeds_copy, root)
    page = sorted(seeds_copy.glob("*.txt"))[0]
    with searcher_of(root) as searcher:
        backend = WhooshBackend(searcher)
        ids = backend.ids(engine.request_of(parse_args({"q": "高新区"})), limit=3)
        stored = backend.articles([ids[2], "000000000000", ids[0]])
        assert [s["id"] for s in stored] == [ids[2], ids[0]]  # in order, the unknown id left out
        first = backend.ids(engine.request_of(parse_args({"q": "襄阳"})))[0]
    # The same article (same source and title: the same id) with a new sentence:
    # the update deletes its old document and adds a new one.
    text = page.read_text("utf-8")
    page.write_text(text.rstrip("\n") + "\n\n新增的测试句子写到了蜂鸟工厂。\n", "utf-8")
    update(seeds_copy, root)
    with searcher_of(root) as searcher:
        backend = WhooshBackend(searcher)
        found = backend.ids(engine.request_of(parse_args({"q": "蜂鸟工厂"})))
        assert len(found) == 1
        (article,) = backend.articles(found)
        assert "蜂鸟工厂" in engine.load_article(article)["text"]
        assert first in backend.ids(engine.request_of(parse_args({"q": "襄阳"})))


def test_the_whoosh_backend_answers_every_question_of_the_protocol():
    import inspect

    from search.engine.backends import Backend
    asked = {name for name, _ in inspect.getmembers(Backend, inspect.isfunction) if not name.startswith("_")}
    assert asked >= {"search", "total", "ids", "groups", "articles", "related", "values", "days", "doc_count",
                     "doc_frequency"}
    for name in asked:
        assert inspect.signature(getattr(WhooshBackend, name)) == inspect.signature(getattr(Backend, name)), name


def test_the_engine_proper_imports_no_whoosh():
    """Every module of search.engine but the backends' (the query reader,
    the plan, the filter registry, phrases, parameters, results...) imports
    no Whoosh module: Whoosh is one backend's business
    (search.engine.backends.whoosh*, search.index's Whoosh modules)."""
    engine = ("import importlib, pkgutil, search.engine, search.engine.backends\n"
              "for m in pkgutil.iter_modules(search.engine.__path__):\n"
              "    importlib.import_module('search.engine.' + m.name)\n")
    assert packages_loaded_by(engine, ("whoosh",)) == []
    # the check sees Whoosh when it is there
    assert "whoosh" in packages_loaded_by(engine + "import search.engine.backends.whoosh\n", ("whoosh",))
