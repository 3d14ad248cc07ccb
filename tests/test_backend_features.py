"""Backend capabilities as data (search.engine.backends.Features): the code
above the seam reads a backend's flags, never its type or name. Throwaway
backends registered for the test declare flags their type would not suggest."""
from __future__ import annotations

import logging
from dataclasses import replace
from types import SimpleNamespace

import pytest

from search import cli
from search.engine import backends
from search.engine.backends.whoosh import WhooshBackend
from search.web import serve
from tests.conftest import close_app, make_app

WARMED: list[str] = []


class RemoteWhoosh(WhooshBackend):
    """A Whoosh backend by type that declares itself remote, with nothing to warm."""
    features = replace(WhooshBackend.features, remote=True, columns_in_memory=False)

    def warm(self) -> None:
        WARMED.append("remote")


class LocalStranger:
    """No Whoosh backend at all, declaring a local index with columns to warm."""
    features = replace(WhooshBackend.features, remote=False, columns_in_memory=True)


class WarmWhoosh(WhooshBackend):
    """Whoosh's own flags, its warming recorded."""

    def warm(self) -> None:
        WARMED.append("warm")
        super().warm()


class Unable(WhooshBackend):
    """Whoosh by type, declaring neither related articles nor document
    frequencies: asking for either is a failure."""
    features = replace(WhooshBackend.features, related_articles=False, document_frequencies=False)

    def related(self, article_id, text, top):
        raise AssertionError("related() asked of a backend without related articles")

    def doc_frequency(self, field_name, term):
        raise AssertionError("doc_frequency() asked of a backend without document frequencies")


@pytest.fixture()
def registered(monkeypatch):
    monkeypatch.setitem(backends.REGISTERED, "remote", f"{__name__}:RemoteWhoosh")
    monkeypatch.setitem(backends.REGISTERED, "stranger", f"{__name__}:LocalStranger")
    monkeypatch.setitem(backends.REGISTERED, "warm", f"{__name__}:WarmWhoosh")
    monkeypatch.setitem(backends.REGISTERED, "unable", f"{__name__}:Unable")
    WARMED.clear()


@pytest.mark.parametrize(("name", "remote"), [("remote", True), ("stranger", False), ("whoosh", False),
                                              ("xapian", True)])
def test_serve_builds_a_local_index_by_the_remote_flag(name, remote, registered, monkeypatch):
    monkeypatch.setenv("GAOXIN_BACKEND", name)
    assert cli.served_remotely() is remote


@pytest.mark.parametrize(("name", "warmed"), [("remote", []), ("warm", ["warm"])])
def test_a_worker_warms_columns_by_the_flag(name, warmed, registered, seed_index):
    app = make_app(seed_index)
    app.config["BACKEND"] = name
    try:
        serve._open_index(SimpleNamespace(wsgi=app, log=logging.getLogger(__name__)))
        assert WARMED == warmed
    finally:
        close_app(app)


def test_the_app_answers_through_the_registered_backend(registered, seed_index):
    app = make_app(seed_index)
    app.config["BACKEND"] = "warm"
    try:
        with app.test_request_context():
            from search.web.current import backend
            assert type(backend()) is WarmWhoosh
        assert app.test_client().get("/api/search?q=人才").json["total"] > 0
    finally:
        close_app(app)


def test_an_unknown_backend_is_refused_with_the_registered_names():
    from search.index.store import StoreError
    with pytest.raises(StoreError, match="must be whoosh or xapian, not 'elastic'"):
        backends.backend_class("elastic")


def test_pages_leave_out_what_the_backend_cannot_do(registered, seed_index):
    """Without related articles an article has none; without document
    frequencies a query is marked as typed and zone topics rank by counts."""
    app = make_app(seed_index)
    client = app.test_client()
    try:
        hit = client.get("/api/search?q=人才 高新区").json["hits"][0]
        assert client.get(f"/api/articles/{hit['id']}").json["related"]  # Whoosh finds some
        app.config["BACKEND"] = "unable"
        assert client.get(f"/api/articles/{hit['id']}").json["related"] == []
        assert client.get(f"/articles/{hit['id']}").status_code == 200
        assert client.get("/search?q=创新 企业").status_code == 200  # a page not remembered from before
        assert client.get("/api/zones/无锡高新区").json["topics"]
    finally:
        close_app(app)
