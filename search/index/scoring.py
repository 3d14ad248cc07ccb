"""BM25F over the live documents: the ranking of an updated index equals a
fresh build's.

Whoosh's BM25F takes its statistics from the segments as written: document
frequencies and the document count include deleted documents until their
segment is merged, and the average field length is the segments' running
total. An update that replaces a page leaves its old articles deleted in
their segment, so rankings drifted from a fresh build of the same pages;
merging every deletion away on each update made a one-page update cost more
than a full build (bench/update.py). Here every statistic counts live
documents only:

- idf = log(N / (n + 1)) + 1, Whoosh's formula, with N the live documents and
  n the live documents holding the term;
- the average field length is the mean of the live documents' lengths as
  the length column keeps them (whole numbers, so their sum is exact and the
  same whatever the segments and deletions).

search.index.store opens every searcher with `LiveBM25F`; search.engine.backends.whoosh_evaluate uses the
same statistics whenever the searcher does, so it stays equal to Whoosh's
matchers under either weighting (tests/test_evaluate.py).
"""
from __future__ import annotations

from math import log

import numpy as np
from whoosh.scoring import BM25F, BM25FScorer

from search.index import whoosh_read, state


def idf_of(documents: int, frequency: int) -> float:
    """Whoosh's BM25 idf for a term in `frequency` of `documents` documents."""
    return log(documents / (frequency + 1)) + 1


def live_frequency(searcher, fieldname: str, text) -> int:
    """How many live documents hold the term (deleted ones left out)."""
    reader = (searcher.get_parent() or searcher).reader()
    fieldobj = reader.schema[fieldname]
    btext = text if isinstance(text, bytes) else fieldobj.to_bytes(text)
    try:
        return len(whoosh_read.read(reader, fieldname, btext))
    except whoosh_read.Unreadable:
        if (fieldname, btext) not in reader:
            return 0
        return sum(1 for _ in reader.postings(fieldname, btext).all_ids())  # skips deleted documents


def average_length(searcher, fieldname: str) -> float:
    """The mean length of the field over the live documents (0 when none)."""
    top = searcher.get_parent() or searcher
    reader = top.reader()
    kept = state.of(reader).averages
    if fieldname not in kept:
        live = whoosh_read.live_docs(reader)
        if whoosh_read.trusted(reader):
            lengths = whoosh_read.lengths(reader, fieldname)[live]
        else:  # Whoosh's own reading of the same length bytes, a document at a time
            lengths = np.array([reader.doc_field_length(d, fieldname) or 0 for d in live.tolist()], dtype=np.float64)
        kept[fieldname] = float(lengths.sum() / len(live)) if len(live) else 0.0
    return kept[fieldname]


class LiveBM25F(BM25F):
    """Whoosh's BM25F with statistics of the live documents only."""

    def idf(self, searcher, fieldname, text):
        """idf over the live documents."""
        top = searcher.get_parent() or searcher
        return idf_of(top.doc_count(), live_frequency(top, fieldname, text))

    def scorer(self, searcher, fieldname, text, qf=1):
        """Whoosh's scorer, with the live average field length."""
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            scorer.avgfl = average_length(searcher, fieldname) or 1
        return scorer


def uses_live_statistics(searcher) -> bool:
    """Whether the searcher ranks with LiveBM25F (search.engine.backends.whoosh_evaluate follows it)."""
    return isinstance(searcher.weighting, LiveBM25F)
