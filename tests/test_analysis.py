"""The analyzer: Whoosh's contract, normalisation, sub-words, phrases, highlights."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import highlight
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import QueryParser

from search.text.analysis import analyzer, words
from search.text.normalize import normalize

TEXTS = st.text(st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x4F00),
                          st.sampled_from(list("高新区襄阳專精特新小巨人企業，。 Costco１２３ab5G.%"))),
                max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["index", "query"]))
def test_tokens_point_at_their_text_and_positions_increase(text, mode):
    norm = normalize(text)
    assert len(norm) == len(text)
    last = -1
    for token in analyzer()(text, positions=True, chars=True, mode=mode):
        assert norm[token.startchar:token.endchar] == token.text
        assert token.pos >= last
        last = token.pos


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_query_words_are_the_index_words_at_the_same_positions(text):
    index_words = {(w, p) for w, p, _, _ in words(text, index_mode=True)}
    assert {(w, p) for w, p, _, _ in words(text, index_mode=False)} <= index_words


def test_index_mode_adds_inner_words_at_the_word_position():
    found = [(w, p) for w, p, _, _ in words("襄阳高新区专精特新小巨人企业", index_mode=True)]
    assert ("高新区", 1) in found and ("高新", 1) in found
    assert ("专精特新", 2) in found and ("小巨人", 3) in found and ("巨人", 3) in found
    assert [w for w, _, _, _ in words("襄阳高新区", index_mode=False)] == ["襄阳", "高新区"]


def test_normalisation_traditional_full_width_and_case():
    found = [w for w, *_ in words("高新區 ＣＯＳＴＣＯ Costco １２３", index_mode=False)]
    assert found == ["高新区", "costco", "costco", "123"]


def _ram_index(*texts):
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analyzer(), stored=True, phrase=True, chars=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        for n, text in enumerate(texts):
            w.add_document(id=str(n), body=text)
    return ix


def _ids(ix, query):
    with ix.searcher() as s:
        return sorted(hit["id"] for hit in s.search(QueryParser("body", ix.schema).parse(query)))


def test_subwords_traditional_and_phrases_find_the_right_articles():
    ix = _ram_index("襄阳高新区发放人才补贴", "人才公寓与补贴政策分开", "專精特新小巨人企業")
    assert _ids(ix, "襄阳") == ["0"]
    assert _ids(ix, "高新") == ["0"]
    assert _ids(ix, "專精特新") == ["2"] and _ids(ix, "专精特新") == ["2"]
    assert _ids(ix, "人才 补贴") == ["0", "1"]
    assert _ids(ix, '"人才补贴"') == ["0"]


def test_highlight_marks_the_matched_word_not_a_neighbour():
    ix = _ram_index("高新技术企业认定,高新区企业")
    with ix.searcher() as s:
        results = s.search(QueryParser("body", ix.schema).parse("高新区"), terms=True)
        results.fragmenter = highlight.WholeFragmenter()
        results.formatter = highlight.HtmlFormatter(tagname="mark", between="")
        marked = results[0].highlights("body")
    assert marked.count("<mark") == 1 and ">高新区</mark>" in marked


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_bigrams_point_at_their_text_and_are_consecutive(text):
    from search.text.analysis import bigram_analyzer
    norm = normalize(text)
    positions = []
    for token in bigram_analyzer()(text, positions=True, chars=True, mode="index"):
        assert norm[token.startchar:token.endchar] == token.text
        positions.append(token.pos)
    assert positions == list(range(len(positions)))


RARE = "𠮷野家落户高新区"  # 𠮷 is in Extension B


def test_every_han_block_is_text_to_the_normaliser_the_tokenizer_and_the_query_reader():
    from search.engine.query import parse
    from search.text import cjk
    from search.text.normalize import to_simplified

    assert cjk.is_han("𠮷") and cjk.is_han("㐀") and cjk.is_han("中") and not cjk.is_han("a")
    assert len(to_simplified(RARE)) == len(RARE)
    found = [word for word, *_ in words(RARE, index_mode=False)]
    assert "".join(found).startswith("𠮷"), found  # the rare character is a word character, not dropped
    plan = parse("𠮷野家")
    assert "𠮷" in repr(plan)
