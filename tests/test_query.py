"""Reading user query text: syntax, fallbacks, synonyms, highlight terms, and
that no text at all makes it fail."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.engine.backends.whoosh_compile import to_whoosh
from search.engine.query import QueryTooLong, parse


def clauses(text: str) -> list[dict]:
    return [c for group in parse(text).to_json()["all"] for c in (group if isinstance(group, list) else [group])]


def test_words_are_anded_and_cut_whole_at_query_time():
    parsed = parse("人才补贴 专精特新小巨人")
    assert len(parsed.groups) == 2
    assert clauses("高新技术企业")[0]["words"] == ["高新技术企业"]  # not 高新 + 技术 + 企业


def test_phrase_quotes_of_every_kind():
    for text in ['"智慧招商"', "“智慧招商”", "＂智慧招商＂"]:
        (clause,) = clauses(text)
        assert clause["type"] == "phrase" and clause["text"] == "智慧招商"


def test_exclusion_or_and_fields():
    parsed = parse("人才 OR 补贴 -襄阳 NOT 无锡 zone:衡阳 kind:简讯 title:招商 section:暖心 policy:条例")
    assert [c.text for c in parsed.groups[0]] == ["人才", "补贴"]
    assert [c.text for c in parsed.excluded] == ["襄阳", "无锡"]
    fields = {c.field: c.value or c.text for group in parsed.groups for c in group if c.field}
    assert fields == {"zone": "衡阳高新区", "kind": "brief", "title": "招商", "section": "暖心", "policy": "条例"}


@pytest.mark.parametrize("text, note", [
    ('"人才', "引号没有配对"), ("OR 人才", "OR 前面没有词语"), ("人才 OR", "OR 后面没有词语"),
    ("zone:", "zone: 后面没有内容"), ("- 人才", "减号后面没有词语"), ('""', "空的引号"),
    ("人才 NOT", "NOT 后面没有词语"), ("，。！", "没有可搜索的文字"),
])
def test_malformed_pieces_are_dropped_with_a_note(text, note):
    parsed = parse(text)
    assert any(note in n for n in parsed.notes), parsed.notes
    to_whoosh(parsed.plan())


def test_unknown_fields_are_plain_text():
    (clause,) = clauses("foo:人才")
    assert clause["type"] == "words" and clause["words"] == ["foo", "人才"]


def test_synonyms_expand_and_are_shown():
    (clause,) = clauses("高企")
    assert clause["expansions"] == ["高新技术企业"]
    assert "高新技术企业" in parse("高企").highlight_terms()


def test_traditional_and_full_width_queries_are_normalised():
    assert clauses("專精特新")[0]["words"] == ["专精特新"]
    assert clauses("Ｃｏｓｔｃｏ")[0]["words"] == ["costco"]
    assert clauses("zone:襄陽")[0]["value"] == "襄阳高新区"


def test_highlight_terms_skip_filters_and_exclusions():
    assert parse("人才 -襄阳 zone:无锡").highlight_terms() == ["人才"]


def test_too_long_is_refused():
    with pytest.raises(QueryTooLong):
        parse("人" * 501)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('人才补贴高新區 "“”-－:：ORANDNOT()zonekindtitle\x00\t*?\\')),
               max_size=60))
def test_no_text_makes_the_reader_fail(text):
    parsed = parse(text)
    to_whoosh(parsed.plan())
    parsed.to_json()
    parsed.highlight_terms()
