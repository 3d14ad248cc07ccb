"""What the index schema (search.index.schema) says about its fields that
searching needs without Whoosh: the text fields, their boosts, and how
authors and policy titles are spelled in their keyword fields."""
from __future__ import annotations

import unicodedata

from search.text.normalize import to_simplified

# Field boosts for BM25F: a match in the headline says more than one in the
# body, and a match in a photo caption says less.
BOOSTS = {"title": 4.0, "kicker": 2.5, "headings": 2.0, "text": 1.0, "policies": 1.5, "captions": 0.6}
# The character-bigram fallback only has to find what the words missed; its
# low weight keeps word matches above fallback-only matches.
GRAMS_BOOST = 0.3
# What a plain query's match on an author's name weighs (the field is
# unscored, so this is the whole score): well below a word in the text.
AUTHOR_BOOST = 0.2

TEXT_FIELDS = ("title", "kicker", "headings", "text", "captions", "policies")
GRAMS_FIELD = "grams"


def policy_value(title: str) -> str:
    """A policy title as kept in the `policy` keyword field, without its 《》
    (a comma would split it, so ASCII commas become full-width ones)."""
    return title.replace(",", "，").strip().strip("《》").strip()


def author_value(name: str) -> str:
    """An author's name as kept in the `authors` keyword field and as the
    `author:` filter and `author=` parameter look it up: NFKC, simplified,
    without spaces (a comma would split it, so none is kept)."""
    name = to_simplified(unicodedata.normalize("NFKC", name))
    return "".join(name.split()).replace(",", "")
