"""The BM25 field averages of a root of shards, kept right by updates.

Every term's wdf in a shard is its BM25F weight without the idf, made with
the fields' average lengths (search.engine.backends.xapian_layout): remote
servers run only Xapian's built-in weights, so the per-field length
normalisation cannot move to query time, and a document's weights are only
right for the averages they were made with. All documents of a root share
one set of averages (shards.json `averages`), so scores stay comparable.

An update keeps the summed field lengths and the document count exact
(shards.json `totals`, `documents`): the lengths of documents deleted or
replaced are taken off (from their LENGTHS slot), those of new ones added.
When the averages this gives have moved from the weights' averages by more
than the tolerance, every document is weighted again with them (reweigh:
its counts read back from its wdfs, layout.reweighed), which leaves the
weights a fresh build gives; below it, new documents are weighted with the
weights' averages, and each weight is within the tolerance of a fresh
build's (a relative change d in a field's average changes a term's BM25
part by less than d; tests/test_xapian_update.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import xapian

from search.engine.backends import xapian_layout as layout

# Re-weigh every document once the averages have moved by more than this
# (relative, in any field): every weight, so every score, stays within 0.5%
# of a fresh build's. 0 re-weighs whenever they move at all.
TOLERANCE = 0.005
COMMIT_EVERY = 200  # documents re-weighed between commits (the memory Xapian holds)


@dataclass
class FieldLengths:
    """The summed quantized length of each BM25 field over a root's
    documents, and how many documents there are."""
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(layout.scored_fields(), 0))
    documents: int = 0

    def add(self, lengths: dict[str, int], sign: int = 1) -> None:
        """Count one document's lengths in (sign 1) or out (sign -1)."""
        for name, length in lengths.items():
            self.totals[name] = self.totals.get(name, 0) + sign * length
        self.documents += sign

    def merge(self, other: FieldLengths) -> None:
        """Count the documents of other lengths in."""
        for name, total in other.totals.items():
            self.totals[name] = self.totals.get(name, 0) + total
        self.documents += other.documents

    def averages(self) -> dict[str, float]:
        """Each field's mean length (Whoosh's, search.index.scoring.average_length)."""
        return {name: total / self.documents if self.documents else 0.0 for name, total in self.totals.items()}


def drift(weights: dict[str, float], live: dict[str, float]) -> float:
    """How far the live averages are from the weights' (the largest relative
    difference over the fields)."""
    worst = 0.0
    for name, average in live.items():
        before = weights.get(name, 0.0)
        if before != average:
            worst = max(worst, abs(average - before) / before if before else float("inf"))
    return worst


def forget(database: xapian.WritableDatabase, term: str, lengths: FieldLengths) -> None:
    """Take the documents a term names (about to be deleted or replaced) out of the lengths."""
    for item in database.postlist(term):
        lengths.add(layout.stored_lengths(database.get_document(item.docid)), -1)


def reweigh(database: xapian.WritableDatabase, before: dict[str, float], after: dict[str, float]) -> int:
    """Weight every document of a shard, made with the averages `before`,
    again with `after`, committed every COMMIT_EVERY documents; the
    documents changed."""
    changed = 0
    for docid in [item.docid for item in database.postlist("")]:
        document = database.get_document(docid)
        if layout.reweighed(document, before, after):
            database.replace_document(docid, document)
            changed += 1
            if changed % COMMIT_EVERY == 0:
                database.commit()
    database.set_metadata(layout.AVERAGES_KEY, json.dumps(after))
    database.commit()
    return changed
