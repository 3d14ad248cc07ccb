"""Query plans (search.engine.plan) evaluated over whole arrays.

`evaluate(searcher, plan, scored)` gives every match of a plan with the
score Whoosh's own matchers would give its `to_whoosh` form (BM25F, sums
over All/Any/Maybe, boosts), but computed over numpy arrays of postings
(search.index.whoosh_read) instead of one matcher call per document and query node. At 50,000 articles
that turned a broad query's 200-650 ms into tens of milliseconds.

Two things are done lazily, because they need each document's positions,
which only Python can decode (one `pickle.loads` per distinct posting value):
- an exact run (`plan.Run`) that a query requires is checked for
  every candidate (the match set and its counts must be exact);
- an optional run that only adds a bonus (the "side by side as typed" bonus
  of `search.engine.query`, a `Maybe`) is *not* checked up front. Each candidate
  carries the bonus it would get, so its score is known to lie between base
  and base + bonus; `Found.resolve` checks the few documents a page shows
  (and those that might overtake them). Sorting by relevance thus stays
  exact while a query over 22,000 candidates checks a few dozen.

Anything this module does not know (another codec, a reader that failed its
self-check, another weighting) raises `Unsupported`; the caller then uses
Whoosh's matchers on `whoosh_compile.to_whoosh(plan)` (search.engine.backends.whoosh_columns.matches), which
give the same matches and scores.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
from whoosh.scoring import BM25F

from search.engine.backends.whoosh_phrases import picked
from search.engine.plan import All, Any, Every, Fallback, Maybe, Not, Nothing, Plan, Run, Term, skips_fallback
from search.index import whoosh_read, scoring
from search.index.fields import GRAMS_FIELD, TEXT_FIELDS
from search.index.scoring import LiveBM25F


class Unsupported(Exception):
    """A query (or index) this module cannot evaluate; use Whoosh's matchers."""


Check = Callable[[np.ndarray], np.ndarray]  # docnums -> bool array: does the run stand there?


@dataclass
class _Pending:
    """A bonus `amounts[i]` that docs[i] gets if check() passes for it."""
    docs: np.ndarray
    amounts: np.ndarray
    check: Check


@dataclass
class _Part:
    """A sub-query's matches: ascending docnums, scores, pending bonuses."""
    docs: np.ndarray
    scores: np.ndarray
    pending: list[_Pending] = field(default_factory=list)

    def boosted(self, boost: float) -> _Part:
        if boost == 1.0:
            return self
        return _Part(self.docs, self.scores * boost,
                     [_Pending(p.docs, p.amounts * boost, p.check) for p in self.pending])


@dataclass
class _Group:
    rows: np.ndarray  # indices into Found.docs, ascending
    amounts: np.ndarray
    check: Check


class Found:
    """Every match of a query: `docs` (ascending docnums) and `scores`.

    `scores` are exact except where `bonus` > 0: there a pending bonus of at
    most that much may still apply. `resolve(rows)` settles the given rows,
    so `scores + bonus` is always an upper bound and `scores` a lower one.
    """

    def __init__(self, docs: np.ndarray, scores: np.ndarray, pending: list[_Pending] = ()):
        self.docs = docs
        self.scores = scores.astype(np.float64, copy=True)
        self.bonus = np.zeros(len(docs))
        self._groups: list[_Group] = []
        for item in pending:
            rows = np.searchsorted(docs, item.docs)
            inside = rows < len(docs)
            inside[inside] = docs[rows[inside]] == item.docs[inside]
            if not inside.any():
                continue
            group = _Group(rows[inside], item.amounts[inside], item.check)
            self.bonus[group.rows] += group.amounts
            self._groups.append(group)

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def exact(self) -> bool:
        """True when no bonus is pending any more."""
        return not self.bonus.any()

    def upper(self) -> np.ndarray:
        """The highest score each match can still reach."""
        return self.scores + self.bonus

    def resolve(self, rows: np.ndarray) -> None:
        """Settle the pending bonuses of these rows (indices into docs)."""
        rows = np.unique(rows[self.bonus[rows] > 0])
        if not len(rows):
            return
        for group in self._groups:
            at = np.searchsorted(group.rows, rows)
            inside = at < len(group.rows)
            inside[inside] = group.rows[at[inside]] == rows[inside]
            mine, at = rows[inside], at[inside]
            if not len(mine):
                continue
            passed = group.check(self.docs[mine])
            self.scores[mine[passed]] += group.amounts[at[passed]]
        self.bonus[rows] = 0.0

    def copy(self) -> Found:
        """A copy whose bonuses can be settled without changing this one (a
        remembered Found is shared by later requests: it is never changed)."""
        twin = Found.__new__(Found)
        twin.docs, twin._groups = self.docs, self._groups
        twin.scores, twin.bonus = self.scores.copy(), self.bonus.copy()
        return twin

    def freeze(self) -> Found:
        """Make the arrays read-only (numpy refuses any change in place)."""
        for array in (self.docs, self.scores, self.bonus):
            array.setflags(write=False)
        return self

    def resolve_all(self) -> None:
        """Settle every pending bonus (for orders over all matches)."""
        self.resolve(np.flatnonzero(self.bonus))


def evaluate(searcher, query: Plan, scored: bool) -> Found:
    """Every live document the query matches, with Whoosh's BM25F scores
    (zeros when not scored). Raises Unsupported for what it cannot do."""
    weighting = searcher.weighting
    if scored and type(weighting) not in (BM25F, LiveBM25F):
        raise Unsupported(f"weighting {type(weighting).__name__}")
    if not whoosh_read.trusted(searcher.reader()):
        raise Unsupported("postings not read directly for this reader")
    try:
        part = _Evaluation(searcher, scored).part(query)
    except whoosh_read.Unreadable as exc:
        raise Unsupported(str(exc)) from exc
    except Unsupported:
        raise
    except Exception as exc:  # a format we misread: Whoosh's matchers answer from now on
        whoosh_read.distrust(searcher.reader(), f"{type(exc).__name__}: {exc}")
        raise Unsupported(str(exc)) from exc
    return Found(part.docs, part.scores, part.pending)


class _Evaluation:
    """One query's evaluation over one searcher."""

    def __init__(self, searcher, scored: bool):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.schema = searcher.schema
        self.scored = scored
        self.size = self.reader.doc_count_all()
        self._read: dict[tuple, tuple[whoosh_read.Postings, np.ndarray]] = {}

    # Dispatch ----------------------------------------------------------

    def part(self, q: Plan, within: np.ndarray | None = None) -> _Part:
        """The matches of one plan node. With `within` (ascending docnums)
        the result must be exact for those documents only; elsewhere it may
        miss matches (never add any). Runs use it to read less."""
        if isinstance(q, Nothing):
            return self._nothing()
        if isinstance(q, Run):
            return self._run(q, within)
        if isinstance(q, Term):
            return self._term(q)
        if isinstance(q, Fallback):
            return self._nothing() if self._fallback_skipped(q.word) else self.part(q.child, within)
        if isinstance(q, All):
            return self._all(q)
        if isinstance(q, Any):
            return self._any(q)
        if isinstance(q, Not):
            return self._and_not(q)
        if isinstance(q, Maybe):
            if not self.scored:  # the optional part only adds to scores
                return self.part(q.required, within)
            return self._and_maybe(q)
        if isinstance(q, Every):
            docs = whoosh_read.live_docs(self.reader)
            return _Part(docs, np.full(len(docs), float(q.boost) if self.scored else 0.0))
        raise Unsupported(type(q).__name__)

    def _fallback_skipped(self, word: str) -> bool:
        # the word's body postings are read for its own query anyway: counted from there
        found = self._postings("text", word)
        return skips_fallback(len(found[0]) if found else 0, self.searcher.doc_count())

    def _nothing(self) -> _Part:
        return _Part(whoosh_read.empty().docs, np.zeros(0))

    # Terms -------------------------------------------------------------

    def _postings(self, fieldname: str, text: str, with_values: bool = False):
        """(postings, scores) of a term, None when the field has no such term."""
        key = (fieldname, text, with_values)
        if key in self._read:
            return self._read[key]
        if fieldname not in self.schema:
            return None
        fieldobj = self.schema[fieldname]
        try:
            btext = fieldobj.to_bytes(text)
        except ValueError:
            return None
        found = whoosh_read.read(self.reader, fieldname, btext, with_values)
        if not len(found):
            self._read[key] = None
            return None
        scores = self._scores(fieldname, fieldobj, btext, found) if self.scored else np.zeros(len(found))
        self._read[key] = (found, scores)
        return found, scores

    def _scores(self, fieldname, fieldobj, btext, found: whoosh_read.Postings) -> np.ndarray:
        if not fieldobj.scorable:
            return found.weights  # Whoosh's WeightScorer
        weighting = self.searcher.weighting
        b = whoosh_read.field_b(weighting, fieldname)
        k1 = weighting.K1
        if scoring.uses_live_statistics(self.searcher):
            # `found` is the term's whole live posting list: its length is the live frequency
            idf = scoring.idf_of(self.searcher.doc_count(), len(found))
            average = scoring.average_length(self.searcher, fieldname) or 1
        else:
            idf = self.searcher.idf(fieldname, btext)
            average = self.searcher.avg_field_length(fieldname) or 1
        length = whoosh_read.lengths(self.reader, fieldname)[found.docs]
        tf = found.weights
        # whoosh.scoring.bm25, term for term, so the floats come out the same.
        return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * length / average)))

    def _term(self, q: Term) -> _Part:
        found = self._postings(q.field, q.text)
        if found is None:
            return self._nothing()
        return _Part(found[0].docs, found[1]).boosted(q.boost)

    # Combinations ------------------------------------------------------

    def _subparts(self, q: All | Any) -> list[_Part] | _Part:
        subs = q.parts
        if not subs:
            return self._nothing()
        if len(subs) == 1:  # as Whoosh: a lone subquery's own matcher, no boost
            return self.part(subs[0])
        return [self.part(s) for s in subs]

    def _all(self, q: All) -> _Part:
        parts = self._subparts(q)
        if isinstance(parts, _Part):
            return parts
        if any(not len(p.docs) for p in parts):
            return self._nothing()
        inside = self._in_all([p.docs for p in parts])
        total = np.zeros(self.size)
        for p in parts:
            total[p.docs] += p.scores
        docs = np.flatnonzero(inside).astype(np.int64)
        return _Part(docs, total[docs], _within(inside, [x for p in parts for x in p.pending])).boosted(q.boost)

    def _in_all(self, doc_lists: list[np.ndarray]) -> np.ndarray:
        """Dense bool by docnum: in every list (each without repeats)."""
        count = np.zeros(self.size, dtype=np.int32)
        for docs in doc_lists:
            count[docs] += 1
        return count == len(doc_lists)

    def _any(self, q: Any) -> _Part:
        if not self.scored and len(q.parts) > 1:
            parts = self._covering(q.parts)
        else:
            parts = self._subparts(q)
        if isinstance(parts, _Part):
            return parts
        present = np.zeros(self.size, dtype=bool)
        total = np.zeros(self.size)
        for p in parts:
            present[p.docs] = True
            total[p.docs] += p.scores
        docs = np.flatnonzero(present).astype(np.int64)
        return _Part(docs, total[docs], [x for p in parts for x in p.pending]).boosted(q.boost)

    def _covering(self, subs: tuple[Plan, ...]) -> list[_Part]:
        """Unscored parts of an Or: the runs (exact runs, fallbacks through
        the bigrams) only for documents no plain part matched already. For
        高新区 that spares reading 高新's 48,000 postings to confirm the full
        name 高新技术产业开发区 in articles that say 高新区 anyway."""
        is_run = [isinstance(s, (Run, Fallback, Maybe)) for s in subs]
        runs = [s for s, run in zip(subs, is_run, strict=True) if run]
        plain = [s for s, run in zip(subs, is_run, strict=True) if not run]
        if not runs or not plain:
            return [self.part(s) for s in subs]
        parts = [self.part(s) for s in plain]
        covered = np.zeros(self.size, dtype=bool)
        for p in parts:
            covered[p.docs] = True
        uncovered = np.flatnonzero(~covered).astype(np.int64)
        return parts + [self.part(s, uncovered) for s in runs]

    def _and_not(self, q: Not) -> _Part:
        positive = self.part(q.include)
        if not len(positive.docs):
            return positive
        negative = _Evaluation(self.searcher, scored=False).part(q.exclude)
        banned = np.zeros(self.size, dtype=bool)
        banned[negative.docs] = True
        keep = ~banned[positive.docs]
        return _Part(positive.docs[keep], positive.scores[keep], _within(~banned, positive.pending))

    def _and_maybe(self, q: Maybe) -> _Part:
        required = self.part(q.required)
        if not self.scored or not len(required.docs):
            return required
        inside = np.zeros(self.size, dtype=bool)
        inside[required.docs] = True
        if isinstance(q.optional, Run):
            candidates = self._run_candidates(q.optional)
            if candidates is None:
                return required
            docs, scores, check = candidates
            if check is not None:  # settled later, for the documents that need it
                keep = inside[docs]
                pending = _Pending(docs[keep], scores[keep], check)
                return _Part(required.docs, required.scores, [*required.pending, pending])
            optional = _Part(docs, scores)
        else:
            optional = self.part(q.optional)
        extra = np.zeros(self.size)
        extra[optional.docs] = optional.scores
        pending = _within(inside, optional.pending)
        return _Part(required.docs, required.scores + extra[required.docs], [*required.pending, *pending])

    # Runs --------------------------------------------------------------

    def _run(self, q: Run, within: np.ndarray | None = None) -> _Part:
        candidates = self._run_candidates(q, within)
        if candidates is None:
            return self._nothing()
        docs, scores, check = candidates
        if check is None:
            return _Part(docs, scores)
        ok = check(docs)
        return _Part(docs[ok], scores[ok])

    def _run_candidates(self, q: Run, within: np.ndarray | None = None):
        """Documents holding every picked word of the run (among `within`, if
        given), the run's score in each (the words' scores summed, times its
        boost), and the position check (None when one word is the whole
        run). None: no candidates."""
        if q.field not in self.schema:
            return None
        fmt = self.schema[q.field].format
        if not fmt or not fmt.supports("positions"):
            return None
        chosen = picked(self.searcher, q.field, q.words, q.overlapping)
        if within is None:
            leaves = []
            for offset, word in chosen:
                found = self._postings(q.field, word, with_values=True)
                if found is None:
                    return None
                leaves.append((offset, *found))
        else:
            leaves = self._leaves_among(q.field, chosen, within)
            if leaves is None:
                return None
        if len(leaves) == 1:
            return leaves[0][1].docs, leaves[0][2] * q.boost, None
        docs = np.flatnonzero(self._in_all([found.docs for _, found, _ in leaves])).astype(np.int64)
        scores = np.zeros(len(docs))
        for _, found, leaf_scores in leaves:
            scores = scores + leaf_scores[np.searchsorted(found.docs, docs)]
        if q.boost != 1.0:
            scores = scores * q.boost
        return docs, scores, self._known_first(q, _run_check(fmt, [(offset, found) for offset, found, _ in leaves]))

    def _leaves_among(self, fieldname: str, picked: list[tuple[int, str]], within: np.ndarray):
        """[(offset, postings, scores)] of the picked words, only for documents
        among `within` that hold the rarer words: the rarest word is read
        first, and a common one only in the blocks that hold candidates."""
        fieldobj = self.schema[fieldname]
        frequency = {w: self.searcher.doc_frequency(fieldname, w) for _, w in picked}
        candidates, read = within, {}
        for _, word in sorted(picked, key=lambda ow: frequency[ow[1]]):
            if not len(candidates) or not frequency[word]:
                return None
            btext = fieldobj.to_bytes(word)
            if len(candidates) * 16 < frequency[word]:
                found = whoosh_read.read_among(self.reader, fieldname, btext, candidates, with_values=True)
            else:
                found = whoosh_read.read(self.reader, fieldname, btext, with_values=True).among(candidates)
            read[word] = found
            candidates = found.docs
        leaves = []
        for offset, word in picked:
            found = read[word].among(candidates)
            scores = self._scores(fieldname, fieldobj, fieldobj.to_bytes(word), found) if self.scored \
                else np.zeros(len(found))
            leaves.append((offset, found, scores))
        return leaves

    def _known_first(self, q: Run, check: Check) -> Check:
        """The check, skipping documents known to hold the run because it is
        one word and they have that word in a text field. The bigram field is
        made from the same normalised text, and every word the index holds
        (the dictionary words inside longer ones too) is a run of characters
        in it; so for "高新技术企业", most candidates need no positions."""
        if q.field != GRAMS_FIELD or not q.overlapping:
            return check
        text = q.words[0] + "".join(w[-1] for w in q.words[1:])
        known = np.zeros(self.size, dtype=bool)
        for fieldname in TEXT_FIELDS:
            found = self._postings(fieldname, text)
            if found is not None:
                known[found[0].docs] = True
        if not known.any():
            return check

        def known_first(docs: np.ndarray) -> np.ndarray:
            passed = known[docs]
            unknown = ~passed
            if unknown.any():
                passed[unknown] = check(docs[unknown])
            return passed
        return known_first


def _within(inside: np.ndarray, pending: list[_Pending]) -> list[_Pending]:
    """Pending bonuses of documents still matched (inside: dense bool by
    docnum): a document an And or AndNot dropped must not take its bonus
    along if another branch of an Or matches it again."""
    out = []
    for item in pending:
        keep = inside[item.docs]
        if keep.all():
            out.append(item)
        elif keep.any():
            out.append(_Pending(item.docs[keep], item.amounts[keep], item.check))
    return out


# A (document row, run start) pair as one integer: starts shifted to be
# non-negative (a word's position less its offset in the run may be below 0).
_START_SHIFT = 1 << 32
_ROW_STRIDE = 1 << 33


def _run_check(fmt, leaves: list[tuple[int, whoosh_read.Postings]]) -> Check:
    """A check: for each document, is there a p with word i at p + offset i?
    Worked out over whole arrays: every (document, p) pair the first word
    allows, kept only while each further word allows it too; a word's
    positions are decoded only for documents still in the running."""
    decode = whoosh_read.positions_decoder(fmt)

    def check(docs: np.ndarray) -> np.ndarray:
        alive = np.arange(len(docs), dtype=np.int64)
        pairs = None
        for offset, found in leaves:
            rows = np.searchsorted(found.docs, docs[alive]).tolist()
            values = found.values
            decoded = [decode(values[r]) for r in rows]
            counts = np.fromiter(map(len, decoded), dtype=np.int64, count=len(decoded))
            starts = np.fromiter(chain.from_iterable(decoded), dtype=np.int64, count=int(counts.sum()))
            keys = np.repeat(alive, counts) * _ROW_STRIDE + (starts - offset + _START_SHIFT)
            pairs = keys if pairs is None else pairs[np.isin(pairs, keys)]
            rows_left = pairs // _ROW_STRIDE  # ascending: pairs are built row by row
            alive = rows_left[np.flatnonzero(np.diff(rows_left, prepend=-1))]
            if not len(alive):
                break
        out = np.zeros(len(docs), dtype=bool)
        out[alive] = True
        return out
    return check
