"""The Whoosh backend's `Run`: an exact phrase (words at consecutive
positions), matched faster than Whoosh's `Phrase`.

Whoosh turns a phrase into a general `SpanNear2` query, which builds span
objects for every candidate document. Our phrases are always exact (slop 1,
in order), so a candidate only needs one set test: is there a position p with
word i at p + i for every i? On common bigrams (高新 新区 in nearly every
article) that check runs tens of thousands of times a query, and the span
machinery was most of a results page at 50,000 articles.

Scores are the sum of the words' scores, as with Whoosh's phrases.
"""
from __future__ import annotations

from whoosh import matching
from whoosh import query as Q
from whoosh.matching import wrappers

from search.engine.phrases import cover


class Run(Q.Phrase):
    """Phrase(fieldname, words) with slop 1, matched by `AdjacentMatcher`.

    With `overlapping=True` (character bigrams, where each word overlaps the
    next by one character) only a covering set of bigrams is looked up (the
    rarest, see `cover`): they pin every character of the run in place, so
    the match is the same with far fewer postings to intersect. The score is
    the sum of the picked bigrams' scores.
    """

    def __init__(self, fieldname, words, boost=1.0, overlapping=False):
        super().__init__(fieldname, words, boost=boost)
        self.overlapping = overlapping

    def picked(self, searcher) -> list[tuple[int, str]]:
        """The words to look up (see `picked`)."""
        return picked(searcher, self.fieldname, self.words, self.overlapping)

    def matcher(self, searcher, context=None):
        """Intersect the words' postings, keep documents where they stand in a row."""
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema.names() else None
        if field is None or not field.format or not field.format.supports("positions"):
            return matching.NullMatcher()
        leaves, offsets = [], []
        for offset, word in self.picked(searcher):
            offsets.append(offset)
            term = Q.Term(self.fieldname, word)
            leaf = term.matcher(searcher, context)
            if not leaf.is_active():
                return matching.NullMatcher()
            leaves.append(leaf)
        if len(leaves) == 1:
            return wrappers.WrappingMatcher(leaves[0], boost=self.boost) if self.boost != 1.0 else leaves[0]
        both = leaves[0]
        for leaf in leaves[1:]:
            both = matching.IntersectionMatcher(both, leaf)
        found = AdjacentMatcher(both, leaves, offsets)
        return wrappers.WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


def picked(searcher, fieldname: str, words, overlapping: bool) -> list[tuple[int, str]]:
    """(offset, word) of a run's words to look up: all of them, or for
    overlapping bigrams the cheapest set that still covers every character
    (see search.engine.phrases.cover). Shared by the array engine and Whoosh's matcher."""
    pairs = list(enumerate(words))
    if not overlapping or len(pairs) < 3:
        return pairs
    top = searcher.get_parent() or searcher
    return [pairs[i] for i in cover([top.doc_frequency(fieldname, w) for w in words])]


class AdjacentMatcher(wrappers.WrappingMatcher):
    """The documents of an intersection of word matchers in which each word i
    occurs at position p + offsets[i] for one p: a run, in order."""

    def __init__(self, child, leaves, offsets):
        super().__init__(child)
        self._leaves = leaves
        self._offsets = offsets
        self._find_next()

    def _adjacent(self) -> bool:
        first = self._offsets[0]
        starts = {p - first for p in self._leaves[0].value_as("positions")}
        for offset, leaf in zip(self._offsets[1:], self._leaves[1:], strict=True):
            starts.intersection_update(p - offset for p in leaf.value_as("positions"))
            if not starts:
                return False
        return True

    def _find_next(self) -> None:
        child = self.child
        while child.is_active() and not self._adjacent():
            child.next()

    def copy(self):
        """Not supported, as by Whoosh's own posting matchers underneath."""
        raise NotImplementedError

    def replace(self, minquality=0):
        """Never replaced: the wrapper holds the leaves it checks."""
        return self if self.is_active() else matching.NullMatcher()

    def supports_block_quality(self) -> bool:
        """No block-quality skipping (positions must be checked per document)."""
        return False

    def next(self):
        """Move to the next document with the words in a row."""
        self.child.next()
        self._find_next()
        return False

    def skip_to(self, id):
        """Move to the first matching document at or after id."""
        self.child.skip_to(id)
        self._find_next()
        return False

    def all_ids(self):
        """Every matching document number."""
        while self.is_active():
            yield self.id()
            self.next()
