"""The one index schema, shared by the indexer (writing) and search (reading).

Bump SCHEMA_VERSION whenever a field or the analyzer's output changes: an
index built with another version is refused with a message that says
"rebuild" (`python -m indexer build`).
"""
from __future__ import annotations

from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

# the field names, boosts and value spellings live in search.index.fields (no Whoosh); importable from here too
from search.index.fields import (AUTHOR_BOOST, BOOSTS, GRAMS_BOOST, GRAMS_FIELD, TEXT_FIELDS,  # noqa: F401
                                 author_value, policy_value)
from search.text.analysis import analyzer, bigram_analyzer

# 9: Han characters of every block (search.text.cjk) are word characters;
# 10: authors normalised, with a column (author facet and filter); `indexed`;
# 11: the figures an article states (search.text.figures) stored with it
SCHEMA_VERSION = 11

def make_schema() -> Schema:
    """Build the schema (a function, so each index gets a fresh object)."""
    chinese = analyzer()

    # Positions (for phrases) but no character offsets: highlighting works on
    # the article's text (search.web.snippets), not on Whoosh's postings. Only the
    # title is stored: pages read the article from the `article` field, and
    # storing every text field again made builds slower and indexes bigger.
    def text(boost: float, stored: bool = False) -> TEXT:
        return TEXT(analyzer=chinese, stored=stored, phrase=True, field_boost=boost)

    return Schema(
        id=ID(stored=True, unique=True, sortable=True),  # the last tie-break of every sort
        source=ID(stored=True),
        page_sha=ID(stored=True),
        title=text(BOOSTS["title"], stored=True),  # listed with related articles
        kicker=text(BOOSTS["kicker"]),
        headings=text(BOOSTS["headings"]),
        text=text(BOOSTS["text"]),
        captions=text(BOOSTS["captions"]),
        policies=text(BOOSTS["policies"]),
        # Every text field above as character bigrams (search.text.analysis.bigrams).
        grams=TEXT(analyzer=bigram_analyzer(), stored=False, phrase=True, field_boost=GRAMS_BOOST),
        zone=ID(stored=True, sortable=True),
        zones=KEYWORD(stored=True, commas=True, scorable=False),
        province=ID(stored=True, sortable=True),
        # what the article's page declares (indexer.header, indexer.manifest): filters and facets
        newspaper=ID(stored=True, sortable=True),
        page_name=ID(stored=True, sortable=True),
        # Names as author_value() spells them: the `author:` filter and the author
        # facet (its column). Unscored: a plain query's author match weighs a
        # fixed AUTHOR_BOOST, below any match in the text (search.engine.query).
        authors=KEYWORD(stored=True, commas=True, scorable=False, sortable=True),
        kind=ID(stored=True, sortable=True),
        date=DATETIME(stored=True, sortable=True),
        year=NUMERIC(stored=True, sortable=True),
        month=NUMERIC(sortable=True),  # year * 100 + month: the timeline's short-range bars
        # The policy documents an article names (its 《》 titles), whole, for the
        # policy filter and facet; `policies` above is the searchable text. The
        # column keeps each article's list for facet counting (search.engine.backends.whoosh_columns).
        policy=KEYWORD(commas=True, lowercase=False, scorable=False, sortable=True),
        date_inferred=BOOLEAN(stored=True),
        # When the article was first indexed (naive UTC), carried by id from
        # the generation before (indexer.build): feeds and sort=indexed.
        indexed=DATETIME(stored=True, sortable=True),
        # The parsed article as JSON (sections, captions, lists), for pages and API.
        article=STORED(),
        # The figures the article states (search.text.figures), as a JSON list,
        # for the figures view and search by figure.
        figures=STORED(),
    )
