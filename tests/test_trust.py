"""The trust boundary: index files hold pickles, so the server refuses an
index that users other than its owner may write, builds never leave one so,
and the web workers open the index read-only."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from whoosh.filedb.filestore import ReadOnlyError

from indexer.build import build, update
from search.index.store import Library, current_dir, writable_by_others
from tests.conftest import ROOT


def _serve(root) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "search", "serve", "--index", str(root), "--port", "0"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("where", ["root", "generation", "file"])
def test_serve_refuses_an_index_others_may_write(seeds_copy, tmp_path, where):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    generation = current_dir(root)
    target = {"root": root, "generation": generation, "file": generation / "meta.json"}[where]
    os.chmod(target, os.stat(target).st_mode | (0o020 if where != "file" else 0o002))
    result = _serve(root)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith(f"error: {target} is writable by users other than its owner")
    assert "hold pickles" in result.stderr and "chmod -R go-w" in result.stderr


def test_an_index_root_reached_through_a_link_is_judged_by_its_target(seed_index, tmp_path):
    link = tmp_path / "index-link"
    link.symlink_to(seed_index)  # a link's own mode is 0777
    assert writable_by_others(link) is None


def test_builds_and_updates_under_a_permissive_umask_leave_the_index_servable(seeds_copy, tmp_path, data_dir):
    import shutil
    old = os.umask(0o002)
    try:
        root = tmp_path / "ix"
        build(seeds_copy, root)
        assert writable_by_others(root) is None
        shutil.copy(data_dir / "photos.txt", seeds_copy / "extra.txt")
        update(seeds_copy, root)
        assert writable_by_others(root) is None
    finally:
        os.umask(old)


def test_the_library_opens_the_index_read_only(seed_index):
    library = Library(seed_index)
    try:
        library.searcher()
        storage = library._index.storage
        with pytest.raises(ReadOnlyError):
            storage.create_file("x.toc")
        with pytest.raises(ReadOnlyError):
            storage.delete_file(sorted(storage.list())[0])
    finally:
        library.close()
    assert "x.toc" not in os.listdir(current_dir(seed_index))
