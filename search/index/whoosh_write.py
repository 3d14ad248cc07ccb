"""Writing Whoosh's posting format ourselves: whole segments from documents,
postings in bulk (full builds), each segment checked through Whoosh's public
reader once written; and cleaning up after Whoosh's own writer when it fails.

Whoosh internals this module depends on (setup.cfg pins whoosh-reloaded
exactly; search.index.whoosh_read is the only other module touching them):
- the codec's writers: `default_codec()`, `new_segment()`,
  `per_document_writer()`, `field_writer()` (a `W3FieldWriter`: `_postfile`,
  `_fieldid`, `_tindex`, an `OrderedHashWriter`: `dbfile`, `buckets`,
  `lastkey`, `index` (a `GrowableArray`: `array`), `directory`,
  `_write_hashes()`)
- the layout `W3PostingsWriter` writes: `WHOOSH3_HEADER_MAGIC`, then per
  block a signed length (negative for the last), a pickled block header
  (count, last id, max weight, compression, min and max length bytes) and
  the pickled (id deltas, weights, values) tuple; `W3TermInfo`'s packed
  form `!BfIBBfIIqi`; `HashWriter`'s records (`!ii` header, md5 hash) and
  hash tables (`!Iq` slots); `length_to_byte`
- `Positions.encode` for the values of postings at one position
- the index's table of contents: `Index._read_toc()`, `TOC`, `clean_files`,
  the `<indexname>.tmp` scratch folder
- `SegmentWriter`: `is_closed`, `cancel()`, `_finish()`, and the
  `StructFile`s (`.file`) its parts hold, to close them on a full disk

"""
from __future__ import annotations

import contextlib
import functools
import pickle
import struct
import sys
import traceback
from array import array
from collections import Counter
from dataclasses import dataclass
from hashlib import md5

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Positions
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.index.whoosh_read import CHECKED_TERMS

# Whoosh's writer spends most of a build in Python per posting: it encodes
# each posting, puts it in a sorting pool, sorts, then walks the sorted pool
# looking up each posting's document length in the column it has just written,
# and compresses every block with zlib (about 10 us a call even for a block of
# one posting; most bigram terms have one). Our schema writes about 1,000
# postings per article, so that was most of a build (bench/index.py).
#
# SegmentBuilder writes the same standard whoosh3 segment: Whoosh's own
# per-document writer for stored fields, lengths and columns; Whoosh's own
# term table and term info objects; postings blocks laid out as
# W3PostingsWriter lays them out. What it does differently: postings are kept
# per term as they come (documents arrive in order, so nothing is sorted but
# the terms), text fields are analysed once with positions grouped per word,
# a posting at a single position reuses one encoded value, lengths come from
# the analysis, and blocks are not compressed (below). Reading back with
# Whoosh's own matchers gives every posting Whoosh's writer gives:
# tests/test_segment_builder.py compares them all.

_POSITIONS = Positions()
_ONE_POSITION: list[bytes] = []  # [pos]: the encoded value of a posting at that one position


def _one_position_values(highest: int) -> list[bytes]:
    """The encoded values of postings at one position, up to `highest`."""
    while len(_ONE_POSITION) <= highest:
        _ONE_POSITION.append(_POSITIONS.encode([len(_ONE_POSITION)]))
    return _ONE_POSITION
BLOCK_LIMIT = 128  # postings per block, as W3Codec writes them
# Blocks are stored uncompressed (the block header says so; Whoosh's reader
# honours it): zlib was half the time of reading a long posting list at query
# time (a list of 10,000 postings with positions: 7.6 ms compressed, 4.1 ms
# not), for a quarter of the index's size (10,000 articles: 234 MB, 305 MB).


def _bulk_text(fieldobj) -> bool:
    """Whether a field is one of ours analysed here directly: positions format
    over our span tokenizer (search.text.analysis), no vectors, no spelling."""
    from search.text.analysis import _SpanTokenizer

    return (type(fieldobj.format) is Positions and isinstance(fieldobj.analyzer, _SpanTokenizer)
            and not fieldobj.vector and not fieldobj.separate_spelling())


class _FieldPostings:
    """One field's postings as they come, column by column: a term id, a
    document number, a frequency (our text fields) or weight, and an encoded
    value per posting. Flat arrays, not a list per term: appending to 100,000
    small lists scattered in memory was half of taking in a document."""

    def __init__(self) -> None:
        self.ids: dict = {}  # term -> term id
        self.terms: list = []  # term id -> term
        self.term_ids = array("i")
        self.docs = array("i")
        self.weights: list = []
        self.values: list = []

    def add(self, terms, docnum: int, weights: list, values) -> None:
        """Postings of one document: terms, with a weight and a value each."""
        found = list(map(self.ids.get, terms))
        if None in found:
            found = [self._new(term) if term_id is None else term_id
                     for term_id, term in zip(found, terms, strict=True)]
        self.term_ids.extend(found)
        self.docs.extend([docnum] * len(found))
        self.weights += weights
        self.values += values

    def _new(self, term) -> int:
        term_id = self.ids.get(term)  # a term twice in one call (not from our analyzers: they group)
        if term_id is None:
            term_id = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return term_id

    def __len__(self) -> int:
        return len(self.docs)

    def by_term(self) -> tuple[list, list[int], list, list, list]:
        """(terms in order, where each one's postings start, documents and
        weights as arrays, values), postings grouped by term in term order, by
        document within."""
        count = len(self.terms)
        order_of_terms = sorted(range(count), key=self.terms.__getitem__)
        rank = np.empty(count, dtype=np.int64)
        rank[order_of_terms] = np.arange(count)
        keys = rank[np.frombuffer(self.term_ids, dtype=np.int32)]
        order = np.argsort(keys, kind="stable")  # documents were added in order: they stay so
        starts = np.concatenate([[0], np.cumsum(np.bincount(keys, minlength=count))]).tolist()
        docs = np.frombuffer(self.docs, dtype=np.int32)[order].astype(np.int64)
        weights = np.asarray(self.weights, dtype=np.float64)[order]
        values = _in_order(self.values, order)
        return [self.terms[t] for t in order_of_terms], starts, docs, weights, values


def _in_order(items: list, order: np.ndarray) -> list:
    picked = np.empty(len(items), dtype=object)
    picked[:] = items
    return picked[order].tolist()  # the same objects, in that order


class SegmentBuilder:
    """One standard whoosh3 segment, written from whole documents in bulk
    (see above). `add_document` takes what a Whoosh writer's does; `finish`
    writes the segment's files and returns the segment for a table of
    contents (`commit_segments`). `postings` counts what is held in memory,
    so a caller can finish a segment and start another at a budget."""

    def __init__(self, storage, schema, indexname: str) -> None:
        from whoosh.codec import default_codec

        self.storage, self.schema = storage, schema
        self.codec = default_codec()
        self.segment = self.codec.new_segment(storage, indexname)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.docnum = 0
        self._bulk = {name for name in schema.names() if _bulk_text(schema[name])}
        self._fields = {name: _FieldPostings() for name in schema.names() if schema[name].indexed}
        self._lengths: dict[str, dict[int, int]] = {name: {} for name in self._fields}
        self._samples: dict[int, dict] = {}  # documents checked against the segment once written
        self._last: tuple[int, dict] | None = None

    @property
    def postings(self) -> int:
        """Postings held in memory."""
        return sum(len(field) for field in self._fields.values())

    def add_document(self, **fields) -> None:
        """Add one document (field name -> value, as Whoosh's add_document)."""
        docnum, schema, perdoc = self.docnum, self.schema, self.perdoc
        perdoc.start_doc(docnum)
        for name in sorted(n for n in fields if not n.startswith("_")):
            value = fields[name]
            if value is None:
                continue
            fieldobj = schema[name]
            length = 0
            if fieldobj.indexed:
                if name in self._bulk:
                    length = self._add_text(name, fieldobj, value, docnum)
                else:
                    length = self._add_items(name, fieldobj, value, docnum)
                if length:
                    self._lengths[name][docnum] = length  # Whoosh keeps a byte: the same once encoded
            perdoc.add_field(name, fieldobj, value if fieldobj.stored else None, length)
            column = fieldobj.column_type
            if column:
                perdoc.add_column_value(name, column, fieldobj.to_column_value(value))
        perdoc.finish_doc()
        if docnum < SAMPLED_FIRST or docnum % SAMPLED_EVERY == 0:
            self._samples[docnum] = fields
        self._last = (docnum, fields)
        self.docnum += 1

    def _add_text(self, name: str, fieldobj, value: str, docnum: int) -> int:
        found, positions = fieldobj.analyzer.terms(value)
        if not found:
            return 0
        # Most words occur once in a document: their position is the last one
        # seen, and counting and taking the last one run in C; only repeated
        # words have their positions gathered in Python.
        counts = Counter(found)
        last = dict(zip(found, positions, strict=True))
        postings = self._fields[name]
        if len(counts) < len(found):
            repeated: dict[str, list[int]] = {word: [] for word, count in counts.items() if count > 1}
            for word, pos in zip(found, positions, strict=True):
                gathered = repeated.get(word)
                if gathered is not None:
                    gathered.append(pos)
            for word in repeated:
                del last[word]
            encode = _POSITIONS.encode
            postings.add(list(repeated), docnum, [len(g) for g in repeated.values()],
                         [encode(g) for g in repeated.values()])
        one = _one_position_values(positions[-1])  # positions never decrease
        postings.add(list(last), docnum, [1] * len(last), map(one.__getitem__, last.values()))
        return len(found) if fieldobj.scorable else 0

    def _add_items(self, name: str, fieldobj, value, docnum: int) -> int:
        items = list(fieldobj.index(value))
        if not items:
            return 0
        terms, freqs, weights, values = zip(*items, strict=True)
        self._fields[name].add(terms, docnum, list(weights), values)
        return sum(freqs) if fieldobj.scorable else 0

    def finish(self):
        """Write the segment's files and check them (`written_problem`);
        returns the Whoosh segment, or raises BadSegment."""
        self.perdoc.close()
        writer = self.codec.field_writer(self.storage, self.segment)
        intended = {}
        for name in sorted(self._fields):
            postings = self._fields[name]
            if not len(postings):
                continue
            fieldobj = self.schema[name]
            writer.start_field(name, fieldobj)
            text = name in self._bulk
            scale = fieldobj.format.field_boost if text else 1.0
            grouped = postings.by_term()
            intended.update(_intended(name, grouped, text, scale))
            _write_field(writer, grouped, text, scale, self._lengths[name], fieldobj.format.fixed_value_size())
            writer.finish_field()
            self._fields[name] = _FieldPostings()
        # The term table's hash tables, as HashWriter._write_hashes lays them
        # out, written in one go (its write per slot was an eighth of a build).
        writer._tindex._write_hashes = functools.partial(_write_hashes, writer._tindex)
        writer.close()
        self.segment.set_doc_count(self.docnum)
        samples = dict(self._samples)
        if self._last is not None:
            samples[self._last[0]] = self._last[1]
        problem = written_problem(self.storage, self.schema, self.segment, intended, samples)
        if problem:
            raise BadSegment(f"segment {self.segment.segment_id()} was written wrong: {problem}")
        return self.segment


class BadSegment(Exception):
    """A segment the bulk writer wrote does not read back as it was meant."""


# Documents of each segment checked once it is written: the first few,
# every SAMPLED_EVERY-th and the last (about 50 ms each).
SAMPLED_FIRST = 2
SAMPLED_EVERY = 1000


def _intended(name: str, grouped: tuple, text: bool, scale: float) -> dict:
    """{(field, term): (documents, weights as stored, values)} of the terms
    the self-check reads (search.index.whoosh_read.checked_terms), as the
    builder meant to write them."""
    sorted_terms, starts, docs, weights, values = grouped
    wanted = set(CHECKED_TERMS.get(name, [])) | {sorted_terms[0]}
    found = {}
    for n, term in enumerate(sorted_terms):
        if term in wanted:
            begin, end = starts[n], starts[n + 1]
            stored = (weights[begin:end] * scale).astype(np.float32).astype(np.float64)
            found[(name, term.encode("utf-8") if text else term)] = (docs[begin:end].tolist(), stored,
                                                                     values[begin:end])
    return found


def written_problem(storage, schema, segment, intended: dict, samples: dict[int, dict]) -> str | None:
    """What differs in a written segment, read through Whoosh's public
    reader, from what was meant: the intended postings of some terms
    (documents, weights, values), and for sampled documents everything
    Whoosh's own writer would have written for them (postings from each
    field's `index()`, field lengths, stored fields, column values). None
    when nothing differs. (Whether this module reads the segment right is
    the reader's self-check: a reader that does not falls back to Whoosh's
    matchers, and the segment is sound.)"""
    from whoosh.reading import SegmentReader

    reader = SegmentReader(storage, schema, segment)
    try:
        for (name, btext), (docs, weights, values) in intended.items():
            found = _whooshs_postings(reader, name, btext)
            if found is None or found[0] != docs:
                return f"documents of {name}:{btext!r}"
            if not np.allclose(found[1], weights, rtol=1e-6):
                return f"weights of {name}:{btext!r}"
            if schema[name].format.fixed_value_size() != 0 and found[2] != list(values):
                return f"values of {name}:{btext!r}"
        for docnum, fields in sorted(samples.items()):
            problem = _document_problem(reader, schema, docnum, fields)
            if problem:
                return f"document {docnum}: {problem}"
        return None
    finally:
        reader.close()


def _whooshs_postings(reader, name: str, btext: bytes) -> tuple[list, list, list] | None:
    if (name, btext) not in reader:
        return None
    matcher = reader.postings(name, btext)
    docs, weights, values = [], [], []
    while matcher.is_active():
        docs.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    return docs, weights, values


def _document_problem(reader, schema, docnum: int, fields: dict) -> str | None:
    """What differs between one written document and what Whoosh's writer
    would have written for it."""
    stored = reader.stored_fields(docnum)
    for name, value in sorted(fields.items()):
        if name.startswith("_") or value is None:
            continue
        fieldobj = schema[name]
        if fieldobj.indexed:
            total = 0
            for btext, freq, weight, encoded in fieldobj.index(value):
                total += freq
                if (name, btext) not in reader:
                    return f"no term {name}:{btext!r}"
                matcher = reader.postings(name, btext)
                matcher.skip_to(docnum)
                if not matcher.is_active() or matcher.id() != docnum:
                    return f"no posting of {name}:{btext!r}"
                if not np.isclose(matcher.weight(), np.float32(weight), rtol=1e-6):
                    return f"weight of {name}:{btext!r}"
                if fieldobj.format.fixed_value_size() != 0 and matcher.value() != encoded:
                    return f"value of {name}:{btext!r}"
            written = reader.doc_field_length(docnum, name) or 0
            if fieldobj.scorable and written != byte_to_length(length_to_byte(total)):
                return f"length of {name} ({written} for {total})"
        if fieldobj.stored and stored.get(name) != value:
            return f"stored {name}"
        if fieldobj.column_type and \
                reader.column_reader(name, translate=False)[docnum] != fieldobj.to_column_value(value):
            return f"column {name}"
    return None


_TERM_INFO = struct.Struct("!BfIBBfIIqi")  # W3TermInfo's fields, then the postings' offset and length
_KEY_VALUE_LENGTHS = struct.Struct("!ii")  # HashWriter's record header
_BLOCK_LENGTH = struct.Struct("!i")
# Blocks are pickled with protocol 5, not Whoosh's 2: protocol 2 pickles each
# bytes value through a call to _codecs.encode, which made writing a block of
# one posting 4x slower and reading a block of 128 a third slower.
# Whoosh's reader unpickles any protocol.
_PROTOCOL = 5
_LENGTH_BYTE = np.array([length_to_byte(n) for n in range(1 << 16)], dtype=np.int64)


def _length_bytes(lengths: np.ndarray) -> np.ndarray:
    """Whoosh's byte for each field length (0: none)."""
    small = lengths < len(_LENGTH_BYTE)
    out = _LENGTH_BYTE[np.where(small, lengths, 0)]
    if not small.all():
        out[~small] = [length_to_byte(int(n)) for n in lengths[~small]]
    return out


@dataclass
class _BlockTable:
    """A field's postings cut into blocks of BLOCK_LIMIT per term, with what
    each block's header and data need, computed over whole arrays."""
    first: list[int]  # each block's first posting
    deltas: list[int]  # per posting: its document less the previous one in its block (or 0)
    stored: list[float]  # per posting: its weight as Whoosh's array("f") keeps it
    weight_kind: list[int]  # per block: 0 every weight 1.0, 1 all equal, 2 mixed
    max_weight: list[float]  # per block, at least 0 (W3PostingsWriter starts from 0)
    # per block: Whoosh's byte of the shortest field length of its documents
    # (0: none) and of the longest; a byte grows with the length, so a
    # term's shortest is the least non-zero byte of its blocks
    min_byte: list[int]
    max_byte: list[int]
    last_doc: list[int]  # per block


def _block_table(starts: list[int], docs: np.ndarray, weights: np.ndarray, scale: float,
                 lengths: dict) -> _BlockTable:
    counts = np.diff(np.asarray(starts, dtype=np.int64))
    count = len(docs)
    within = np.arange(count) - np.repeat(np.asarray(starts[:-1], dtype=np.int64), counts)
    opens = within % BLOCK_LIMIT == 0
    del within
    first = np.flatnonzero(opens)
    previous = np.zeros(count, dtype=np.int64)
    previous[1:] = docs[:-1]
    previous[opens] = 0
    scaled = weights * scale  # as Python's w * scale, in doubles
    stored = scaled.astype(np.float32)
    kind = np.where(np.minimum.reduceat(stored == 1.0, first), 0,
                    np.where(np.maximum.reduceat(stored, first) == np.minimum.reduceat(stored, first), 1, 2))
    length_of = np.zeros(int(docs.max()) + 1 if count else 1, dtype=np.int64)
    if lengths:
        length_of[np.fromiter(lengths.keys(), dtype=np.int64)] = np.fromiter(lengths.values(), dtype=np.int64)
    posting_lengths = length_of[docs]
    longest = np.iinfo(np.int64).max
    min_length = np.minimum.reduceat(np.where(posting_lengths > 0, posting_lengths, longest), first)
    last = np.append(first[1:], count) - 1
    return _BlockTable(first.tolist(), (docs - previous).tolist(), stored.astype(np.float64).tolist(),
                       kind.tolist(), np.maximum(np.maximum.reduceat(scaled, first), 0).tolist(),
                       _length_bytes(np.where(min_length == longest, 0, min_length)).tolist(),
                       _length_bytes(np.maximum.reduceat(posting_lengths, first)).tolist(), docs[last].tolist())


def _write_field(writer, grouped: tuple, text: bool, scale: float, lengths: dict, fixed) -> None:
    """Write one field's terms (`_FieldPostings.by_term`): postings as
    W3PostingsWriter lays them out, term infos as W3TermInfo.to_bytes packs
    them, and the term table's records as OrderedHashWriter.add writes them;
    each file in one write."""
    sorted_terms, starts, docs, weights, values = grouped
    table = _block_table(starts, docs, weights, scale, lengths)
    postfile, term_file = writer._postfile, writer._tindex
    prefix = pack_ushort(writer._fieldid)
    post_offset = postfile.tell()
    table_offset = term_file.dbfile.tell()
    posts, records, offsets = [], [], []
    buckets = term_file.buckets
    variable = fixed is None or fixed < 0
    dumps, pack_block_length, magic = pickle.dumps, _BLOCK_LENGTH.pack, WHOOSH3_HEADER_MAGIC
    pack_info, pack_lengths = _TERM_INFO.pack, _KEY_VALUE_LENGTHS.pack
    first, deltas, stored, last_doc = table.first, table.deltas, table.stored, table.last_doc
    kinds, block_weights, min_bytes, max_bytes = table.weight_kind, table.max_weight, table.min_byte, table.max_byte
    blocks, postings = len(first), len(deltas)
    block = 0
    for n, term in enumerate(sorted_terms):
        begin, end = starts[n], starts[n + 1]
        parts = [magic]
        total_weight, max_weight, min_byte, max_byte = 0.0, 0, 0, 0
        first_doc = deltas[begin]
        while block < blocks and first[block] < end:
            start = first[block]
            stop = first[block + 1] if block + 1 < blocks else postings
            weights_here = stored[start:stop]
            kind = kinds[block]
            mini_weights = None if kind == 0 else weights_here[0] if kind == 1 else tuple(weights_here)
            if variable:
                mini_values = tuple(values[start:stop])
            elif fixed == 0:
                mini_values = None
            else:
                mini_values = b"".join(values[start:stop])
            data = dumps((tuple(deltas[start:stop]), mini_weights, mini_values), _PROTOCOL)
            block_weight, block_min, block_max = block_weights[block], min_bytes[block], max_bytes[block]
            info = dumps((stop - start, last_doc[block], block_weight, 0, block_min, block_max), _PROTOCOL)
            size = len(info) + len(data)
            parts += (pack_block_length(-size if stop >= end else size), info, data)
            # the term's statistics, as W3TermInfo.add_block gathers them
            total_weight += sum(weights_here)
            if block_weight > max_weight:
                max_weight = block_weight
            if block_min and (not min_byte or block_min < min_byte):
                min_byte = block_min
            if block_max > max_byte:
                max_byte = block_max
            block += 1
        posting_bytes = b"".join(parts)
        posts.append(posting_bytes)
        key = prefix + (term.encode("utf-8") if text else term)
        value = pack_info(False, total_weight, end - begin, min_byte, max_byte,
                          max_weight, first_doc, last_doc[block - 1], post_offset, len(posting_bytes))
        post_offset += len(posting_bytes)
        records += (pack_lengths(len(key), len(value)), key, value)
        offsets.append(table_offset)
        digest = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")  # HashWriter's md5_hash
        buckets[digest & 255].append((digest, table_offset))
        table_offset += 8 + len(key) + len(value)
    postfile.write(b"".join(posts))
    term_file.dbfile.write(b"".join(records))
    term_file.lastkey = key
    # OrderedHashWriter's index of record positions: a GrowableArray widens
    # its type for the largest value appended; then the rest in one go.
    term_file.index.append(offsets[-1])
    term_file.index.array.pop()
    term_file.index.array.extend(offsets)


_HASH_SLOT = np.dtype([("hash", ">u4"), ("position", ">i8")])  # HashWriter's "!Iq"


def _write_hashes(term_file) -> None:
    """HashWriter._write_hashes: 256 open-addressing tables of (hash, position),
    twice as many slots as entries, linear probing from (hash >> 8) % slots."""
    dbfile = term_file.dbfile
    for entries in term_file.buckets:
        term_file.directory.append((dbfile.tell(), 2 * len(entries)))
        slots = 2 * len(entries)
        if not slots:
            continue
        table = np.zeros(slots, dtype=_HASH_SLOT)
        taken = bytearray(slots)
        for hashval, position in entries:
            slot = (hashval >> 8) % slots
            while taken[slot]:
                slot = (slot + 1) % slots
            taken[slot] = 1
            table[slot] = (hashval, position)
        dbfile.write(table.tobytes())


def commit_segments(ix, segments: list) -> None:
    """Make segments written by SegmentBuilder the index's content: a new
    table of contents listing them, and the files no table lists removed,
    as a Whoosh writer's commit does."""
    from whoosh.index import TOC, clean_files

    info = ix._read_toc()
    listed = list(info.segments) + list(segments)
    generation = info.generation + 1
    TOC(ix.schema, listed, generation).write(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, generation, listed)
    ix.storage.temp_storage(f"{ix.indexname}.tmp").destroy()  # the per-document writers' scratch folder


def abandon(ix, writer) -> None:
    """Undo what a Whoosh writer that failed (a full disk) left in a live
    index folder: its lock, its scratch folder and its partial segment's
    files. The index stays as its latest table of contents lists it, and
    the space is free again for the next try. Called while handling the
    writer's error."""
    from whoosh.index import clean_files

    failed = sys.exc_info()[2]  # called while handling the writer's error
    if not writer.is_closed:
        try:
            writer.cancel()  # closes its files (which may fail again: the disk is full), then unlocks
        except Exception:  # noqa: BLE001 (unlock and clean up whatever went wrong)
            # Also the files its failed calls opened (a commit reads the new
            # segment's lengths): still held by the frames of the error.
            _close_files([writer, *(frame.f_locals for frame, _ in traceback.walk_tb(failed))])
            with contextlib.suppress(Exception):
                writer._finish()
    info = ix._read_toc()
    clean_files(ix.storage, ix.indexname, info.generation, info.segments)
    ix.storage.temp_storage(f"{ix.indexname}.tmp").destroy()


def _close_files(obj, depth: int = 6, seen: set | None = None) -> None:
    """Close the files a Whoosh writer holds open (its segment writers' and
    readers', and theirs), without writing anything more: closing them the
    normal way writes what is buffered, which fails on a full disk."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth < 0:
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        values = list(obj.values())
    elif isinstance(obj, (list, tuple)):
        values = list(obj)
    else:
        values = list(vars(obj).values()) if hasattr(obj, "__dict__") else []
    for value in values:
        if isinstance(value, StructFile):
            with contextlib.suppress(Exception):
                value.file.close()
        elif isinstance(value, (dict, list, tuple)) or type(value).__module__.startswith("whoosh."):
            _close_files(value, depth - 1, seen)
