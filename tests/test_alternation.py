"""search.text.alternation: the spans of many alternations found in one pass
are exactly those of re's finditer over each alternation."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from search.text import gazetteer
from search.text.alternation import Alternations
from tests.test_gazetteer import TEXT


def re_spans(branches, text):
    pattern = re.compile("|".join(regex for _, regex in branches))
    return [m.span() for m in pattern.finditer(text)]


# Small branches over a small alphabet: shared literals, one branch's literal
# inside another's, tails that make a branch longer or fail after its literal.
LITERAL = st.text("abc", min_size=1, max_size=3)
TAIL = st.sampled_from(["", "b?", "c+", "(?:b|bc)", "x", "[ab]{0,2}?c"])
BRANCH = st.builds(lambda literal, tail: (literal, re.escape(literal) + tail), LITERAL, TAIL)
TABLES = st.dictionaries(st.sampled_from(["one", "two", "three"]), st.lists(BRANCH, min_size=1, max_size=6), min_size=1)


@settings(max_examples=800, deadline=None)
@given(TABLES, st.text("abcx\n", max_size=40))
def test_one_pass_finds_what_re_finds(tables, text):
    found = Alternations(tables).finditer(text)
    assert found == {name: re_spans(branches, text) for name, branches in tables.items()}


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_the_gazetteer_alternations_find_what_their_regexes_find(text):
    alternations = gazetteer._alternations()
    found = alternations.finditer(text)
    assert found["known"] == [m.span() for m in gazetteer._known_pattern()[0].finditer(text)]
    assert found["endings"] == [m.span() for m in gazetteer._SUFFIX_RE.finditer(text)]
    for name in ("brands", "confused"):
        assert found[name] == re_spans(alternations.tables[name], text)
