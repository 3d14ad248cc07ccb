"""Building and updating real indexes on disk: swap, update by hash, lock, crashes."""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh.qparser import QueryParser

from indexer.build import LOCK, build, update
from search.index.store import META, StoreError, current_dir, open_index

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "indexer", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=300)


def titles(root: Path, query: str) -> list[str]:
    ix, _, _ = open_index(root)
    with ix.searcher() as s:
        return [hit["title"] for hit in s.search(QueryParser("text", ix.schema).parse(query), limit=None)]


def test_build_indexes_every_seed_article(seed_index):
    ix, meta, generation = open_index(seed_index)
    assert len(meta.pages) == 5 and ix.doc_count() == 36
    assert (seed_index / "current").is_symlink()
    assert not any(p.name.endswith(".seg") for p in generation.iterdir())  # compound=False segments
    assert "平顶山高新区： 力促四级帮代办一次办好" in titles(seed_index, "帮代办")
    # a word rejoined across a photo caption and a column break is found
    assert titles(seed_index, '"衡阳高新区10个相关部门"') == ["衡阳高新区全力招商引资建“五好”"]


def test_rebuild_keeps_ids_and_swaps_generation(seeds_copy, tmp_path):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    first_gen = current_dir(root)
    ix, _, _ = open_index(root)
    with ix.searcher() as s:
        first_ids = sorted(f["id"] for f in s.all_stored_fields())
    build(seeds_copy, root)
    assert current_dir(root) != first_gen
    ix, _, _ = open_index(root)
    with ix.searcher() as s:
        assert sorted(f["id"] for f in s.all_stored_fields()) == first_ids


def test_update_adds_replaces_and_deletes_by_content_hash(seeds_copy, tmp_path, data_dir):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    shutil.copy(data_dir / "two_level_headings.txt", seeds_copy / "new.txt")
    page = seeds_copy / "000_5c6340680174560a.txt"
    page.write_text(page.read_text("utf-8").replace("火炬贷", "火炬快贷"), "utf-8")
    (seeds_copy / "004_d8775a86bc729a6f.txt").unlink()
    report = update(seeds_copy, root)
    assert (report.added, report.changed, report.removed) == (
        ["new.txt"], ["000_5c6340680174560a.txt"], ["004_d8775a86bc729a6f.txt"])
    assert titles(root, "火炬快贷") == ["昆山高新区获信贷支持500亿元"]
    assert titles(root, "随州") == []
    assert "襄阳高新区：主标题在第二行" in titles(root, "人才补贴")
    again = update(seeds_copy, root)
    assert (again.added, again.changed, again.removed) == ([], [], [])


def test_first_update_builds_and_reports_every_page_added(seeds_copy, tmp_path):
    report = update(seeds_copy, tmp_path / "ix")
    assert report.added == sorted(p.name for p in seeds_copy.glob("*.txt"))
    assert open_index(tmp_path / "ix")[0].doc_count() == 36


def test_unreadable_changed_page_keeps_its_old_articles(seeds_copy, tmp_path):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    (seeds_copy / "000_5c6340680174560a.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    report = update(seeds_copy, root)
    assert [name for name, _ in report.skipped] == ["000_5c6340680174560a.txt"]
    assert "昆山高新区获信贷支持500亿元" in titles(root, "火炬贷")


def test_bad_files_are_skipped_and_the_rest_is_built(seeds_copy, tmp_path):
    (seeds_copy / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (seeds_copy / "empty.txt").write_bytes(b"")
    (seeds_copy / "gbk.txt").write_bytes("# 咸宁高新区：测试页\n\n本报讯 咸宁高新区举办活动。\n".encode("gbk"))
    result = run_cli("build", "--seeds", seeds_copy, "--index", tmp_path / "ix")
    assert result.returncode == 1
    assert "skipped broken.txt: binary file" in result.stderr
    assert "Traceback" not in result.stderr
    assert "%|" not in result.stderr  # no progress bar when stderr is not a terminal
    assert "7 pages, 37 articles" in result.stdout
    assert titles(tmp_path / "ix", "咸宁") == ["咸宁高新区：测试页"]


def test_second_writer_is_refused_clearly(seeds_copy, tmp_path):
    import filelock
    root = tmp_path / "ix"
    build(seeds_copy, root)
    with filelock.FileLock(str(root / LOCK)):
        result = run_cli("update", "--seeds", seeds_copy, "--index", root)
    assert result.returncode == 2
    assert result.stderr.startswith("error: another build or update is running") and "Traceback" not in result.stderr


def _waiting_builds(seeds: Path, seconds: float = 5.0) -> list[int]:
    """Processes still running a build of `seeds`, after up to `seconds`."""
    deadline = time.time() + seconds
    while True:
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if str(seeds).encode() in cmdline.read_bytes():
                    found.append(int(cmdline.parent.name))
            except OSError:
                continue
        if not found or time.time() > deadline:
            return found
        time.sleep(0.1)


def test_killed_build_leaves_the_previous_index_live(seeds_copy, tmp_path):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    before = current_dir(root)
    big = tmp_path / "big"
    big.mkdir()
    for n in range(400):  # enough pages that the build is still running when killed
        for page in seeds_copy.glob("*.txt"):
            shutil.copy(page, big / f"{n:03d}-{page.name}")
    proc = subprocess.Popen([sys.executable, "-m", "indexer", "build", "--seeds", str(big), "--index", str(root)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(root.glob("gen-*"))) < 2:
        time.sleep(0.05)
    time.sleep(0.5)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _waiting_builds(big) == [], "no indexing worker outlives the killed build"
    assert current_dir(root) == before
    ix, meta, _ = open_index(root)
    assert ix.doc_count() == 36 and len(meta.pages) == 5
    ix.close()
    assert len(list(root.glob("gen-*"))) == 2, "the killed build's generation is left"
    update(seeds_copy, root)  # the lock died with the process; debris is pruned before the update starts
    assert sorted(root.glob("gen-*")) == [before]
    (root / "gen-00000000T000000000000-1").mkdir()  # another killed build's, older than the live one
    build(seeds_copy, root)  # debris is pruned
    # kept: the new live generation and the one before it (readers may use
    # it), not the killed build's debris
    assert sorted(root.glob("gen-*")) == sorted([current_dir(root), before])


def test_schema_version_mismatch_says_rebuild(seeds_copy, tmp_path):
    root = tmp_path / "ix"
    build(seeds_copy, root)
    meta_path = current_dir(root) / META
    data = json.loads(meta_path.read_text())
    data["schema_version"] = 0
    meta_path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="rebuild"):
        open_index(root)
    result = run_cli("stats", "--index", root)
    assert result.returncode == 2 and "rebuild" in result.stderr and "Traceback" not in result.stderr


def test_index_location_from_environment(seeds_copy, tmp_path):
    env = {**os.environ, "GAOXIN_INDEX": str(tmp_path / "envix")}
    assert run_cli("build", "--seeds", seeds_copy, env=env).returncode == 0
    stats = run_cli("stats", "--json", env=env)
    figures = json.loads(stats.stdout)
    assert (figures["pages"], figures["articles"]) == (5, 36)
    assert figures["date_range"] == ["2021-01-15", "2023-12-27"]


def test_parallel_build_answers_like_a_one_process_build(seed_index, tmp_path):
    from indexer.build import build_procs
    assert build_procs(5) == 1 and build_procs(5, procs=2) == 2
    root = tmp_path / "ix"
    build(ROOT / "seeds", root, procs=2)
    from search.engine import results as engine
    from search.engine.backends.whoosh import WhooshBackend
    from search.engine.params import parse_args
    answers = []
    for index_root in (seed_index, root):
        ix, _, _ = open_index(index_root)
        with ix.searcher() as searcher:
            answers.append([(p.total, p.shown, p.facets_json())
                            for p in (engine.run(WhooshBackend(searcher), parse_args({"q": q})) for q in
                                      ("人才", "专精特新", '"招商引资"', "高新區", "企业 -襄阳", ""))])
        ix.close()
    assert answers[0] == answers[1]
    assert len(list((current_dir(root)).glob("*.toc"))) == 1
    ix, _, _ = open_index(root)
    assert len(ix._read_toc().segments) == 2  # one per building process
    ix.close()


def test_build_says_when_text_goes_into_no_article(seeds_copy, tmp_path, data_dir):
    shutil.copy(data_dir / "left_out.txt", seeds_copy / "left_out.txt")
    result = run_cli("build", "--seeds", seeds_copy, "--index", tmp_path / "ix")
    assert result.returncode == 1, result.stderr
    assert "left_out.txt: 20 characters belong to no article" in result.stderr
    assert "health: 6 pages, 37 articles, 20 characters in no article (1 pages)" in result.stdout


def test_update_joins_a_story_continued_on_a_page_added_later(tmp_path, data_dir):
    seeds, root = tmp_path / "pages", tmp_path / "ix"
    seeds.mkdir()
    shutil.copy(data_dir / "outlets" / "continuation_front.txt", seeds / "p1.txt")
    build(seeds, root)
    assert titles(root, "技术转移中心") == []
    shutil.copy(data_dir / "outlets" / "continuation_inside.txt", seeds / "p3.txt")
    report = update(seeds, root)
    assert (report.added, report.changed) == (["p3.txt"], [])
    assert titles(root, "技术转移中心") == ["青岛高新区：打造海洋科技创新高地"]   # p1's article, re-indexed
    assert titles(root, "青岛") == ["青岛高新区：打造海洋科技创新高地"]           # once, not twice
    page = seeds / "p3.txt"
    page.write_text(page.read_text("utf-8").replace("技术转移中心", "成果转化中心"), "utf-8")
    update(seeds, root)
    assert (titles(root, "技术转移中心"), titles(root, "成果转化中心")) == ([], ["青岛高新区：打造海洋科技创新高地"])
    page.unlink()
    update(seeds, root)
    assert titles(root, "成果转化中心") == [] and titles(root, "青岛") == ["青岛高新区：打造海洋科技创新高地"]


def _answers(app_factory, root: Path, queries: list[str]) -> list:
    client = app_factory(root).test_client()
    out = []
    for q in queries:
        data = client.get("/api/search", query_string={"q": q, "per_page": 10}).json
        out.append((q, data["total"], [h["id"] for h in data["hits"]], data["facets"]["zone"]))
    return out


QUERIES = ["人才", "招商引资", "高新区", "专精特新", "企业 服务", '"帮代办"', "上市"]


def test_an_update_killed_before_its_bookkeeping_adds_nothing_twice(seeds_copy, tmp_path, data_dir, monkeypatch):
    from indexer import build as build_module
    root = tmp_path / "ix"
    build(seeds_copy, root)
    shutil.copy(data_dir / "two_level_headings.txt", seeds_copy / "new.txt")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies after Whoosh's commit, before meta.json
    monkeypatch.setattr(build_module, "write_meta", killed)
    with pytest.raises(KeyboardInterrupt):
        update(seeds_copy, root)
    monkeypatch.undo()
    assert update(seeds_copy, root).added == ["new.txt"]  # the bookkeeping never saw it
    ix, _, _ = open_index(root)
    assert ix.doc_count() == 36 + 2
    ix.close()


@pytest.mark.parametrize("merge_share", [0.25, 1.01], ids=["default-policy", "deletions-kept"])
def test_an_updated_index_answers_like_a_fresh_build(seeds_copy, tmp_path, data_dir, app_factory, monkeypatch,
                                                     merge_share):
    from indexer import build as build_module
    monkeypatch.setattr(build_module, "DELETED_SHARE_TO_MERGE", merge_share)
    updated, fresh = tmp_path / "updated", tmp_path / "fresh"
    build(seeds_copy, updated)
    for round_ in range(3):
        page = seeds_copy / "000_5c6340680174560a.txt"
        page.write_text(page.read_text("utf-8").replace("人才", "人材" if round_ % 2 == 0 else "人才"), "utf-8")
        shutil.copy(data_dir / "photos.txt", seeds_copy / f"extra{round_}.txt")
        (seeds_copy / "004_d8775a86bc729a6f.txt").unlink(missing_ok=True)
        update(seeds_copy, updated)
    build(seeds_copy, fresh)
    ix, _, _ = open_index(updated)
    if merge_share > 1:
        assert ix.doc_count() < ix.doc_count_all(), "deleted documents are still in their segments"
    else:
        for segment in ix._segments():
            assert segment.deleted_count() < 0.25 * segment.doc_count_all(), "mostly stale segments are merged"
    ix.close()
    assert _answers(app_factory, updated, QUERIES) == _answers(app_factory, fresh, QUERIES)


def test_bad_names_special_files_and_a_bad_manifest_are_reported_and_the_rest_built(seeds_copy, tmp_path):
    bad_name = os.fsencode(seeds_copy) + b"/bad-\xff-name.txt"
    with open(bad_name, "wb") as f:
        f.write("# 甲乙高新区：名字坏了\n\n正文。\n".encode())
    os.mkfifo(seeds_copy / "pipe.txt")
    (seeds_copy / "folder.txt").mkdir()
    os.symlink("loop.txt", seeds_copy / "loop.txt")
    (seeds_copy / "dates.tsv").write_bytes(
        b"000_5c6340680174560a.txt\t2023-08-15\nbroken line without a tab\n\xff\xfe\t2023-01-01\n"
        b"001_01366610fb89b663.txt\t2023-02-30\n")
    result = run_cli("build", "--seeds", seeds_copy, "--index", tmp_path / "ix")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    for expected in ("skipped bad-\\xff-name.txt: file name is not valid UTF-8",
                     "skipped pipe.txt: not a regular file", "skipped folder.txt: a directory",
                     "skipped loop.txt: cannot be read", "dates.tsv: not valid UTF-8 at byte",
                     "dates.tsv line 2: not `file-name<TAB>YYYY-MM-DD`", "dates.tsv line 4"):
        assert expected in result.stderr, (expected, result.stderr)
    assert "5 pages, 36 articles" in result.stdout
    ix, _, _ = open_index(tmp_path / "ix")
    with ix.searcher() as s:
        dated = {f["source"]: f.get("date") for f in s.all_stored_fields()}
    ix.close()
    assert dated["000_5c6340680174560a.txt"].year == 2023 and dated["000_5c6340680174560a.txt"].month == 8


@pytest.fixture()
def small_disk(tmp_path):
    """A 300 KB filesystem (tmpfs), where a seed build runs out of space."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        reason = f"cannot mount a small tmpfs here: {done.stderr.decode().strip() or done.returncode}"
        print(reason)
        pytest.skip(reason)
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_leaves_no_partial_generation(seeds_copy, small_disk):
    root = small_disk / "ix"
    result = run_cli("build", "--seeds", seeds_copy, "--index", root)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: No space left on device")
    assert list(root.glob("gen-*")) == []  # the half-written generation is gone, the space is free again


@pytest.mark.parametrize("room", [2_000, 20_000, 60_000], ids=["adding", "flushing", "committing"])
def test_an_update_that_fills_the_disk_leaves_no_partial_segment(seeds_copy, tmp_path, data_dir, monkeypatch, room):
    from whoosh.filedb import structfile
    root = tmp_path / "ix"
    build(seeds_copy, root)
    generation = current_dir(root)
    before = {p.name for p in generation.iterdir()}
    for n in range(3):
        shutil.copy(data_dir / "photos.txt", seeds_copy / f"extra{n}.txt")
    write, left = structfile.StructFile.write, [room]

    def full_disk(self, data):
        left[0] -= len(data)
        if left[0] < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write(self, data)
    monkeypatch.setattr(structfile.StructFile, "write", full_disk)
    with pytest.raises(OSError, match="No space left"):
        update(seeds_copy, root)
    monkeypatch.undo()
    left_over = {p.name for p in generation.iterdir()} - before - {"articles_WRITELOCK"}  # Whoosh's lock file
    assert left_over == set(), "no partial segment or scratch folder in the live generation"
    assert update(seeds_copy, root).added == ["extra0.txt", "extra1.txt", "extra2.txt"]
