"""A Whoosh release that changes how postings are stored must not break
search: the reader's self-check (search.index.whoosh_read.trusted) notices and
Whoosh's own matchers answer, with the same results."""
from __future__ import annotations

import logging

import pytest
from whoosh.codec import whoosh3

from bench.queries import QUERIES
from search.index import whoosh_read

PARAMS = [p for p in QUERIES if "q" in p][:12] + [{"q": "人才补贴"}, {"q": "高新区 人才"}, {"q": '"帮代办"'}]


def _answers(client) -> list:
    out = []
    for params in PARAMS:
        response = client.get("/api/search", query_string={**params, "per_page": 10})
        assert response.status_code == 200, (params, response.status_code)
        data = response.json
        out.append((data["total"], [h["id"] for h in data["hits"]], data["facets"]["zone"]))
    return out


@pytest.fixture()
def reference(seed_index, app_factory) -> list:
    return _answers(app_factory(seed_index).test_client())


def test_a_block_with_one_more_field_is_answered_through_whoosh(seed_index, app_factory, reference, monkeypatch,
                                                                caplog):
    original = whoosh3.W3LeafMatcher._read_data

    def with_extra_field(self):
        original(self)
        self._data = (*self._data, b"new in the next release")  # Whoosh reads by index: unaffected

    monkeypatch.setattr(whoosh3.W3LeafMatcher, "_read_data", with_extra_field)
    client = app_factory(seed_index).test_client()
    with caplog.at_level(logging.WARNING, logger="search.index.whoosh_read"):
        assert _answers(client) == reference
    warnings = [r for r in caplog.records if "Whoosh's matchers" in r.getMessage()]
    assert len(warnings) == 1, "said once per reader, not once per query"
    reader = client.application.extensions["library"].searcher().reader()
    assert whoosh_read.trusted(reader) is False


def test_postings_decoded_wrong_are_caught_by_the_self_check(seed_index, app_factory, reference, monkeypatch):
    original = whoosh_read._block

    def shifted(matcher, with_values):
        found = original(matcher, with_values)
        return whoosh_read.Postings(found.docs + 1, found.weights, found.values)  # a silent misreading

    monkeypatch.setattr(whoosh_read, "_block", shifted)
    assert _answers(app_factory(seed_index).test_client()) == reference


def test_a_sound_reader_is_trusted(seed_index, app_factory):
    client = app_factory(seed_index).test_client()
    client.get("/api/search?q=人才")
    assert whoosh_read.trusted(client.application.extensions["library"].searcher().reader()) is True


def _column_cases(seed_index):
    from search.index.store import open_index

    ix, _, _ = open_index(seed_index)
    reader = ix.reader()
    cases = [(segment, name) for segment, _ in reader.leaf_readers() for name in reader.schema.names()
             if reader.schema[name].column_type and segment.has_column(name)]
    return ix, reader, cases


def test_columns_read_in_one_go_equal_whooshs_column_readers(seed_index):
    ix, reader, cases = _column_cases(seed_index)
    try:
        assert {name for _, name in cases} >= {"id", "zone", "province", "kind", "policy", "date", "month"}
        for segment, name in cases:
            for translate in (True, False):
                assert whoosh_read.column_values(segment, name, translate) == \
                    list(segment.column_reader(name, translate=translate)), (name, translate)
    finally:
        reader.close()
        ix.close()


def test_a_column_read_wrong_in_one_go_is_read_through_whoosh(seed_index, monkeypatch):
    original = whoosh_read._var_bytes
    monkeypatch.setattr(whoosh_read, "_var_bytes", lambda column: original(column)[1:] + [b"?"])  # shifted by one
    ix, reader, cases = _column_cases(seed_index)
    try:
        for segment, name in cases:
            assert whoosh_read.column_values(segment, name) == list(segment.column_reader(name, translate=True)), name
    finally:
        reader.close()
        ix.close()
