"""The BM25 field averages of a root of shards, kept right by updates.

Every term's wdf in a shard is its BM25F weight without the idf, made with
the fields' average lengths (search.engine.backends.xapian_layout): remote
servers run only Xapian's built-in weights, so the per-field length
normalisation cannot move to query time, and a document's weights are only
right for the averages they were made with. All documents of a root share
one set of averages (shards.json `averages`), so scores stay comparable.

An update writes its documents with those averages, then counts the live
field lengths again (each document's are in its LENGTHS slot: a value
stream, read in seconds even at a million documents). When their averages
have moved by more than the tolerance, every document is weighted again
with them (its counts read back from its wdfs, layout.reweighed), which
leaves the weights a fresh build gives; below it, each weight is within
the tolerance of a fresh build's (a relative change d in a field's average
changes a term's BM25 part by less than d; tests/test_xapian.py).

Weighting again is resumable: shards.json names the averages it started
from (`weighed_from`) until it is done, and each shard records in the same
commits how far it got, so an update killed half-way finishes it first.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import xapian

from search.engine.backends import xapian_layout as layout

# Re-weigh every document once the averages have moved by more than this
# (relative, in any field): every weight, so every score, stays within 0.5%
# of a fresh build's. 0 re-weighs whenever they move at all.
TOLERANCE = 0.005
# Documents written between two commits (a build's or a re-weighing's):
# Xapian holds them in memory until then. At 10,000 articles 200 held a
# build's peak at 220 MB and 2,000 at 540 MB, and fewer were no slower.
COMMIT_EVERY = 200
PROGRESS_KEY = "gaoxin.reweighed"  # shard metadata: the last docid weighed again, while that is under way


@dataclass
class FieldLengths:
    """The summed quantized length of each BM25 field over documents, and
    how many documents there are."""
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(layout.scored_fields(), 0))
    documents: int = 0

    def add(self, lengths: dict[str, int]) -> None:
        """Count one document's lengths in."""
        for name, length in lengths.items():
            self.totals[name] = self.totals.get(name, 0) + length
        self.documents += 1

    def merge(self, other: FieldLengths) -> None:
        """Count the documents of other lengths in."""
        for name, total in other.totals.items():
            self.totals[name] = self.totals.get(name, 0) + total
        self.documents += other.documents

    def averages(self) -> dict[str, float]:
        """Each field's mean length (Whoosh's, search.index.scoring.average_length)."""
        return {name: total / self.documents if self.documents else 0.0 for name, total in self.totals.items()}


def live_lengths(directories: list[Path]) -> FieldLengths:
    """The field lengths of every document the shards hold now."""
    lengths = FieldLengths()
    for directory in directories:
        database = xapian.Database(str(directory))
        try:
            for item in database.valuestream(layout.LENGTHS):
                lengths.add(json.loads(item.value))
        finally:
            database.close()
    return lengths


def drift(weights: dict[str, float], live: dict[str, float]) -> float:
    """How far the live averages are from the weights' (the largest relative
    difference over the fields)."""
    worst = 0.0
    for name, average in live.items():
        before = weights.get(name, 0.0)
        if before != average:
            worst = max(worst, abs(average - before) / before if before else float("inf"))
    return worst


def reweigh(directory: Path, before: dict[str, float], after: dict[str, float]) -> int:
    """Weight every document of a shard, made with the averages `before`,
    again with `after`, in transactions of COMMIT_EVERY documents, each
    with how far it got (a shard already done, or done in part, is not
    weighed twice);
    the documents changed. Opens the shard itself: shards are weighed side
    by side, in processes of their own."""
    database = xapian.WritableDatabase(str(directory), xapian.DB_OPEN)
    try:
        if json.loads(database.get_metadata(layout.AVERAGES_KEY) or b"{}") == after:
            return 0
        done = int(database.get_metadata(PROGRESS_KEY) or 0)
        docids = [item.docid for item in database.postlist("") if item.docid > done]
        changed = 0
        for start in range(0, len(docids), COMMIT_EVERY):
            # a transaction: a kill leaves none of its documents weighted and the progress before them
            batch = docids[start:start + COMMIT_EVERY]
            database.begin_transaction()
            for docid in batch:
                document = database.get_document(docid)
                if layout.reweighed(document, before, after):
                    database.replace_document(docid, document)
                    changed += 1
            database.set_metadata(PROGRESS_KEY, str(batch[-1]))
            database.commit_transaction()
        database.set_metadata(layout.AVERAGES_KEY, json.dumps(after))
        database.set_metadata(PROGRESS_KEY, "")  # an empty value deletes the key
        database.commit()
        return changed
    finally:
        database.close()  # commits what is not in a transaction, cancels a transaction left open
