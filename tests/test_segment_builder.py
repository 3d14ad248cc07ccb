"""The bulk segment writer (search.index.whoosh_write.SegmentBuilder) against
Whoosh's own writer: the same documents written both ways must read back
the same through Whoosh's public reader, posting for posting, block for
block, and the same through our engine."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from bench.corpus import generate
from bench.queries import QUERIES
from indexer.corpus import parse_files, read_folder
from indexer.documents import to_document
from search.index.whoosh_write import SegmentBuilder, commit_segments
from search.index.schema import make_schema
from search.index.store import INDEX_NAME

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> list[dict]:
    """Documents from generated pages (some terms need several blocks), the
    seed pages and the outlet pages (traditional script, every markup)."""
    pages = tmp_path_factory.mktemp("pages")
    generate(300, pages / "generated")
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "outlets"):
        for path in folder.glob("*.txt"):
            shutil.copy(path, pages / "generated" / f"{folder.name}-{path.name}")
    folder = read_folder(pages / "generated")
    parsed = parse_files(folder.files, folder.manifest)
    return [to_document(a, p.sha256) for p in parsed.pages for a in p.result.articles]


def _whoosh_built(root: Path, docs: list[dict]):
    root.mkdir()
    ix = whoosh_index.create_in(str(root), make_schema(), indexname=INDEX_NAME)
    with ix.writer(limitmb=64, compound=False) as writer:
        for doc in docs:
            writer.add_document(**doc)
    return whoosh_index.open_dir(str(root), indexname=INDEX_NAME)


def _bulk_built(root: Path, docs: list[dict], per_segment: int | None = None):
    root.mkdir()
    ix = whoosh_index.create_in(str(root), make_schema(), indexname=INDEX_NAME)
    segments, builder = [], None
    for n, doc in enumerate(docs):
        if builder is None or (per_segment and n % per_segment == 0 and builder.docnum):
            if builder is not None:
                segments.append(builder.finish())
            builder = SegmentBuilder(ix.storage, ix.schema, INDEX_NAME)
        builder.add_document(**doc)
    segments.append(builder.finish())
    commit_segments(ix, segments)
    return whoosh_index.open_dir(str(root), indexname=INDEX_NAME)


def _postings(reader, fieldname: str, btext: bytes) -> list:
    """Every posting, with the statistics of the block it is in, through
    Whoosh's matcher (its skipping reads those)."""
    matcher = reader.postings(fieldname, btext)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value(), matcher.block_max_weight(),
                      matcher.block_min_length(), matcher.block_max_length()))
        matcher.next()
    return found


def _term_stats(reader, fieldname: str, btext: bytes) -> tuple:
    info = reader.term_info(fieldname, btext)
    return (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
            info.max_weight(), info.min_id(), info.max_id())


def test_a_bulk_segment_reads_back_as_whoosh_writes_it(documents, tmp_path):
    theirs = _whoosh_built(tmp_path / "whoosh", documents)
    ours = _bulk_built(tmp_path / "bulk", documents)
    with theirs.reader() as expected, ours.reader() as found:
        assert found.doc_count_all() == expected.doc_count_all() == len(documents)
        schema = expected.schema
        multi_block = 0
        for fieldname in schema.names():
            if not schema[fieldname].indexed:
                continue
            terms = list(expected.lexicon(fieldname))
            assert list(found.lexicon(fieldname)) == terms, fieldname
            for btext in terms:
                assert _term_stats(found, fieldname, btext) == _term_stats(expected, fieldname, btext), \
                    (fieldname, btext)
                postings = _postings(expected, fieldname, btext)
                assert _postings(found, fieldname, btext) == postings, (fieldname, btext)
                multi_block += len(postings) > 128
            if schema[fieldname].scorable:
                assert found.field_length(fieldname) == expected.field_length(fieldname)
                assert [found.doc_field_length(d, fieldname) for d in range(len(documents))] == \
                    [expected.doc_field_length(d, fieldname) for d in range(len(documents))]
            if schema[fieldname].column_type:
                assert list(found.column_reader(fieldname, translate=False)) == \
                    list(expected.column_reader(fieldname, translate=False))
        assert multi_block > 10  # long posting lists were compared too
        for docnum in range(len(documents)):
            assert found.stored_fields(docnum) == expected.stored_fields(docnum)
    theirs.close()
    ours.close()


def test_segments_written_in_parts_answer_like_one_whoosh_segment(documents, tmp_path):
    """Several bulk segments (a build that finished a segment at its memory
    budget) answer the benchmark queries as Whoosh's single segment does."""
    from search.engine import results as engine
    from search.engine.params import parse_args
    from search.index.store import searcher_of

    theirs = _whoosh_built(tmp_path / "whoosh", documents)
    ours = _bulk_built(tmp_path / "bulk", documents, per_segment=150)
    assert len(ours._read_toc().segments) > 1

    def answers(ix) -> list:
        with searcher_of(ix) as searcher:
            pages = [engine.run(searcher, parse_args(q)) for q in QUERIES]
            return [(p.total, [searcher.stored_fields(d)["id"] for d in p.shown], p.facets_json()) for p in pages]

    assert answers(ours) == answers(theirs)
    theirs.close()
    ours.close()
