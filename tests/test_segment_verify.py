"""Every segment the bulk writer produces is read back through Whoosh's
public reader when it is written (search.index.whoosh_write.written_problem):
a segment written wrong fails the build with a clear message and the
previous index stays live."""
from __future__ import annotations

import pytest
from whoosh.formats import Positions

from indexer import cli
from indexer.build import build
from search.index import whoosh_read, whoosh_write
from search.index.store import current_dir
from tests.conftest import searcher_of


def _flip_first_position(monkeypatch) -> None:
    """The writer writes the first posting of each text field's first term
    one position off (what it meant to write is left as it was)."""
    original = whoosh_write._write_field
    fmt = Positions()

    def flipped(writer, grouped, text, scale, lengths, fixed):
        terms, starts, docs, weights, values = grouped
        if text:
            values = [fmt.encode([p + 1 for p in fmt.decode_positions(values[0])]), *values[1:]]
        original(writer, (terms, starts, docs, weights, values), text, scale, lengths, fixed)
    monkeypatch.setattr(whoosh_write, "_write_field", flipped)


def _shift_single_positions(monkeypatch) -> None:
    """Postings at one position get the encoded value of the next one, in
    what the writer means to write as in what it writes."""
    original = whoosh_write._one_position_values
    monkeypatch.setattr(whoosh_write, "_one_position_values", lambda highest: original(highest + 1)[1:])


@pytest.mark.parametrize("corrupt", [_flip_first_position, _shift_single_positions],
                         ids=["written-not-as-meant", "meant-wrong"])
def test_a_segment_written_wrong_fails_the_build_and_the_old_index_stays_live(
        seeds_copy, tmp_path, monkeypatch, capsys, corrupt):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    live = current_dir(root)
    corrupt(monkeypatch)
    status = cli.main(["build", "--seeds", str(seeds_copy), "--index", str(root)])
    err = capsys.readouterr().err
    assert status == 2 and err.startswith("error: segment ") and "was written wrong" in err, err
    assert "the previous index is still live" in err and "Traceback" not in err
    assert current_dir(root) == live and sorted(p.name for p in root.glob("gen-*")) == [live.name]
    monkeypatch.undo()
    with searcher_of(root) as searcher:
        assert searcher.doc_count() == 36 and whoosh_read.trusted(searcher.reader())


def test_a_segment_written_wrong_by_a_building_process_fails_the_build(seeds_copy, tmp_path, monkeypatch):
    _shift_single_positions(monkeypatch)  # the forked building processes inherit it
    with pytest.raises(whoosh_write.BadSegment, match="was written wrong"):
        build(seeds_copy, tmp_path / "ix", procs=2)
    assert current_dir(tmp_path / "ix") is None and list((tmp_path / "ix").glob("gen-*")) == []


def test_a_sound_build_passes_its_check(seeds_copy, tmp_path):
    assert build(seeds_copy, tmp_path / "ix").articles == 36
