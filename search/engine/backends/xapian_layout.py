"""The one index schema (search.index.schema) as Xapian documents: terms,
positions, values and data of an article, for the Xapian backend
(search.engine.backends.xapian) and the shard build (indexer.xapian_build).

Nothing here is a second schema. Every indexed field of the Whoosh schema is
analysed by that field's own Whoosh object (`FieldType.index`), so a shard
holds the same terms and positions as the Whoosh index; a field's terms carry
a prefix (`term()`), the stored fields are the document's data, and the
columns Whoosh sorts and counts by are value slots.

Scoring: Xapian 1.4's weights know one length per document, not one per
field (BM25F), and xapian-tcpsrv runs only its built-in weights. So a
document's weight for a term is computed here, at indexing time, exactly as
Whoosh's BM25F does without the idf (`bm25_part`: the term's weight in the
field, its field length and the field's average length), scaled to a whole
number and stored as the term's wdf; the backend ranks with TfIdfWeight
("nnn": the wdf as it is) and scales each query term by its idf, computed
from the shards' global statistics (search.index.scoring.idf_of). A score is
then Whoosh's to about 1e-5. The average field lengths are those of the build
(stored in each shard); an update keeps them (see indexer.xapian_build).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cache

import xapian
from whoosh.fields import STORED
from whoosh.formats import Positions
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.engine import filters
from search.index.schema import SCHEMA_VERSION, make_schema
from search.index.scoring import LiveBM25F
from search.index.whoosh_read import field_b

# Bump when the Xapian layout (prefixes, slots, weights) changes; the shard's
# `schema` metadata holds both versions and the backend refuses another.
# 2: the body's raw counts as COUNTS terms (related articles)
# 3: each document's BM25 field lengths in the LENGTHS slot (an update re-weighs)
LAYOUT_VERSION = 3
SHARD_SCHEMA = f"{SCHEMA_VERSION}/xapian-{LAYOUT_VERSION}"
SCHEMA_KEY = "gaoxin.schema"  # shard metadata: SHARD_SCHEMA
AVERAGES_KEY = "gaoxin.averages"  # shard metadata: the field averages its weights were made with (JSON)

# A weight in (0, K1 + 1] times SCALE is the wdf: five digits, and a long
# article's few thousand distinct terms stay within Xapian's 32-bit length.
SCALE = 100_000
MAX_TERM_BYTES = 240  # Xapian refuses terms over 245 bytes

# Value slots
DAY = 0  # sortable_serialise(day ordinal): date ranges
MONTH = 1  # "yyyymm": the timeline's counts
NEWEST = 2  # newest first, then id: relevance's tie-break, sort=newest
OLDEST = 3  # oldest first (undated last), then id
INDEXED = 4  # most recently indexed first, then newest, then id
LENGTHS = 5  # the quantized length of each BM25 field (JSON, fields of length 0 left out): re-weighing
FIRST_FILTER_SLOT = 10  # then one slot per filter of the registry, in its order
MULTI_SEPARATOR = "\x1f"  # between the values of a many-valued filter in its slot

_DIGITS = 7  # a day ordinal (up to 3,652,060) in fixed width
_NO_DAY = dt.date.max.toordinal() + 1
_NEWEST_BASE = 10 ** _DIGITS - 1
_MICROS = 20  # microseconds since datetime.min in fixed width
_INDEXED_BASE = 10 ** _MICROS - 1
SORT_KEY_PREFIX = {NEWEST: _DIGITS, OLDEST: _DIGITS, INDEXED: _MICROS + _DIGITS}  # the article id follows


@cache
def whoosh_schema():
    """The Whoosh schema whose fields are analysed (one per process)."""
    return make_schema()


def prefix(field_name: str) -> str:
    """A field's term prefix (Xapian's convention: X and upper case), ending in ':'."""
    return f"X{field_name.upper()}:"


def term(field_name: str, text: str) -> str:
    """The Xapian term of a word in a field; a word too long for Xapian is
    kept as its hash (the same at indexing and query time)."""
    whole = prefix(field_name) + text
    if len(whole.encode("utf-8")) > MAX_TERM_BYTES:
        return prefix(field_name) + "#" + hashlib.sha1(text.encode("utf-8")).hexdigest()
    return whole


COUNTED_FIELD = "text"  # the field whose raw counts are kept besides its weights


def count_term(word: str) -> str:
    """The term whose wdf is the raw count of a body word (no positions):
    its collection frequency is Whoosh's `frequency`, which related
    articles weigh key terms by; the body's own term carries a weight."""
    return term("textcount", word)


def id_term(article_id: str) -> str:
    """The term that names one article (its unique term for replace/delete)."""
    return term("id", article_id)


def filter_slot(name: str) -> int:
    """The value slot of a registry filter (search.engine.filters)."""
    return FIRST_FILTER_SLOT + [f.name for f in filters.FILTERS].index(name)


def quantized(length: int) -> int:
    """A field length as Whoosh's BM25 reads it back (stored in one byte)."""
    return byte_to_length(length_to_byte(length))


def scored_fields() -> list[str]:
    """The fields whose terms are weighted by BM25 (the rest by their weight alone)."""
    schema = whoosh_schema()
    return [name for name in schema.names() if schema[name].indexed and schema[name].scorable]


def analysed(fieldobj, value: str) -> tuple[int, list[tuple[str, float, list[int] | None]]]:
    """A field value as Whoosh indexes it: (its length in tokens, and per
    term its weight and positions (None for a field without them)). Our
    span tokenizers' fields are read through `terms()`, the path
    search.index.whoosh_write takes, without encoding positions only to
    decode them again (tests/test_xapian.py checks it against
    `FieldType.index`); any other field through `FieldType.index`."""
    if type(fieldobj.format) is Positions and hasattr(fieldobj.analyzer, "terms"):
        found, positions = fieldobj.analyzer.terms(value)
        grouped: dict[str, list[int]] = {}
        for word, position in zip(found, positions, strict=True):
            grouped.setdefault(word, []).append(position)
        boost = fieldobj.format.field_boost
        return len(found), [(word, len(places) * boost, places) for word, places in grouped.items()]
    items = list(fieldobj.index(value))
    positional = fieldobj.format.supports("positions")
    return sum(freq for _, freq, _, _ in items), [
        (btext.decode("utf-8"), weight, fieldobj.format.decode_positions(vbytes) if positional else None)
        for btext, _, weight, vbytes in items]


def bm25_part(weight: float, length: int, average: float, b: float, k1: float) -> float:
    """Whoosh's BM25 of a term in a document without the idf
    (whoosh.scoring.bm25), term for term so that the floats come out the same."""
    return (weight * (k1 + 1)) / (weight + k1 * ((1 - b) + b * length / average))


@dataclass
class Analysed:
    """A document analysed once, before the field averages are known (the
    streamed build's first pass, indexer.xapian_build): `base` holds all
    but the weights of the BM25 fields' terms (positions, the other fields'
    weights, raw counts, values, data); `scored` holds, per BM25 field, its
    quantized length and each term with its weight in the field."""
    article_id: str
    base: xapian.Document
    scored: list[tuple[str, int, list[tuple[str, float]]]]

    def lengths(self) -> dict[str, int]:
        """The quantized length of every BM25 field (0 when absent)."""
        out = dict.fromkeys(scored_fields(), 0)
        out.update((name, length) for name, length, _ in self.scored)
        return out

    def spilled(self) -> tuple[str, bytes, list]:
        """The analysis as plain data (for a pickle on disk)."""
        return self.article_id, self.base.serialise(), self.scored

    @classmethod
    def unspilled(cls, data: tuple[str, bytes, list]) -> Analysed:
        """The analysis from spilled()'s data."""
        article_id, base, scored = data
        return cls(article_id, xapian.Document.unserialise(base), scored)


def analyse(doc: dict) -> Analysed:
    """An index document (indexer.documents.to_document) analysed into
    everything its Xapian document holds but the BM25 weights."""
    schema = whoosh_schema()
    out = xapian.Document()
    scored = []
    for name in schema.names():
        fieldobj = schema[name]
        value = doc.get(name)
        if value is None or value == "" or not fieldobj.indexed or not isinstance(value, str):
            continue  # dates, numbers and flags are values, not terms
        length, terms = analysed(fieldobj, value)
        weights = []
        for text, weight, positions in terms:
            name_term = term(name, text)
            for position in positions or ():
                out.add_posting(name_term, position + 1, 0)  # Xapian positions start at 1
            if fieldobj.scorable:
                weights.append((name_term, weight))
            else:  # Whoosh's WeightScorer for an unscored field: the weight alone
                out.add_term(name_term, max(1, round(weight * SCALE)))
            if name == COUNTED_FIELD:
                out.add_term(count_term(text), round(weight))
        if fieldobj.scorable:
            scored.append((name, quantized(length), weights))
    _values(out, doc)
    out.add_value(LENGTHS, json.dumps({name: length for name, length, _ in scored if length}, sort_keys=True))
    out.set_data(json.dumps(stored(doc), ensure_ascii=False, default=_encode))
    return Analysed(doc["id"], out, scored)


def weighted(analysis: Analysed, averages: dict[str, float]) -> xapian.Document:
    """The Xapian document of an analysis: its BM25 fields' terms weighted
    with these field averages (analysis.base, completed and returned)."""
    out = analysis.base
    for name, length, terms in analysis.scored:
        for name_term, weight in terms:
            out.add_term(name_term, wdf(name, weight, length, averages))
    return out


def wdf(field_name: str, weight: float, length: int, averages: dict[str, float]) -> int:
    """The stored wdf of a term of a BM25 field: its weight in the field
    (count times the field's boost) by Whoosh's BM25F without the idf, with
    the field's quantized length in the document and the fields' averages."""
    weighting = _weighting()
    part = bm25_part(weight, length, averages.get(field_name) or 1, field_b(weighting, field_name), weighting.K1)
    return max(1, round(part * SCALE))


@cache
def _weighting() -> LiveBM25F:
    return LiveBM25F()


@cache
def _scored_prefixes() -> dict[bytes, tuple[str, float]]:
    """prefix (as a stored term's bytes begin) -> (BM25 field, its boost)."""
    schema = whoosh_schema()
    return {prefix(name).encode(): (name, schema[name].format.field_boost) for name in scored_fields()}


def stored_lengths(document: xapian.Document) -> dict[str, int]:
    """A stored document's quantized length in every BM25 field (0 when absent)."""
    out = dict.fromkeys(scored_fields(), 0)
    out.update(json.loads(document.get_value(LENGTHS) or b"{}"))
    return out


def _count(field_name: str, boost: float, stored_wdf: int, length: int, averages: dict[str, float]) -> int:
    """How often a term occurs in a field, read back from the wdf it was
    stored with under these averages: bm25_part solved for the weight gives
    a first guess, the count whose wdf() is the stored one is taken. Past a
    few hundred occurrences several counts give one wdf (BM25 saturates):
    the guess is kept, and any of them gives the same wdf to within 1."""
    weighting = _weighting()
    k1, b = weighting.K1, field_b(weighting, field_name)
    part = min(stored_wdf / SCALE, k1 + 1 - 1e-9)
    norm = k1 * ((1 - b) + b * length / (averages.get(field_name) or 1))
    guess = max(1, round(part * norm / (k1 + 1 - part) / boost))
    for count in (guess, guess - 1, guess + 1, guess - 2, guess + 2):
        if count >= 1 and wdf(field_name, count * boost, length, averages) == stored_wdf:
            return count
    return guess


def reweighed(document: xapian.Document, before: dict[str, float], after: dict[str, float]) -> bool:
    """Weight a stored document's BM25 terms, stored with the field averages
    `before`, again with `after` (the weights a build with them gives), in
    place; whether any weight changed."""
    lengths = stored_lengths(document)
    prefixes = _scored_prefixes()
    changes = []
    for item in document.termlist():
        field = prefixes.get(item.term[:item.term.find(b":") + 1])
        if field is None:
            continue
        name, boost = field
        count = _count(name, boost, item.wdf, lengths[name], before)
        new = wdf(name, count * boost, lengths[name], after)
        if new != item.wdf:
            changes.append((item.term, item.wdf, new, next(iter(item.positer))))
    for term_bytes, old, new, first in changes:  # a wdf is set through one posting: the old off, the new on
        document.remove_posting(term_bytes, first, old)
        document.add_posting(term_bytes, first, new)
    return bool(changes)


def document(doc: dict, averages: dict[str, float]) -> xapian.Document:
    """The Xapian document of an index document (indexer.documents.to_document)."""
    return weighted(analyse(doc), averages)


def _values(out: xapian.Document, doc: dict) -> None:
    day = doc["date"].date().toordinal() if isinstance(doc.get("date"), dt.datetime) else 0
    article_id = doc["id"]
    if day:
        out.add_value(DAY, xapian.sortable_serialise(day))
        out.add_value(MONTH, str(doc["month"]))
    out.add_value(NEWEST, f"{_NEWEST_BASE - day:0{_DIGITS}d}{article_id}")
    out.add_value(OLDEST, f"{day or _NO_DAY:0{_DIGITS}d}{article_id}")
    indexed = doc.get("indexed")
    micros = (indexed - dt.datetime.min) // dt.timedelta(microseconds=1) if isinstance(indexed, dt.datetime) else 0
    out.add_value(INDEXED, f"{_INDEXED_BASE - micros:0{_MICROS}d}{_NEWEST_BASE - day:0{_DIGITS}d}{article_id}")
    for f in filters.FILTERS:
        value = doc.get(f.column) or ""
        if f.many_per_article:  # every part, as Whoosh's column is read (search.engine.backends.whoosh_columns._multi)
            value = MULTI_SEPARATOR.join(p.strip() for p in value.split(",") if p.strip())
        if value:
            out.add_value(filter_slot(f.name), value)


def indexed_of(value: bytes) -> dt.datetime | None:
    """When a document was first indexed, from its INDEXED value (None if unknown)."""
    micros = _INDEXED_BASE - int(value[:_MICROS] or _INDEXED_BASE)
    return dt.datetime.min + dt.timedelta(microseconds=micros) if micros else None


def id_of_sort_key(key: bytes, slot: int) -> str:
    """The article id at the end of a sort value (NEWEST, OLDEST, INDEXED):
    pages of ids are read without fetching any document."""
    return key[SORT_KEY_PREFIX[slot]:].decode("utf-8")


def stored(doc: dict) -> dict:
    """The fields Whoosh stores, as the document's data."""
    schema = whoosh_schema()
    return {name: value for name, value in doc.items()
            if name in schema.names() and (schema[name].stored or isinstance(schema[name], STORED))}


_DATETIME = "$datetime"


def _encode(value):
    if isinstance(value, dt.datetime):
        return {_DATETIME: value.isoformat()}
    raise TypeError(f"not stored: {type(value).__name__}")


def stored_fields(data: bytes) -> dict:
    """A document's data as Whoosh's stored_fields() gives it (datetimes as datetimes)."""
    return json.loads(data, object_hook=lambda d: dt.datetime.fromisoformat(d[_DATETIME]) if _DATETIME in d else d)
