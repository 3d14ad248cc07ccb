"""The shards of a full Xapian build, written in two streamed passes
(indexer.xapian_build.build), so that a build's memory does not grow with
the corpus.

A document's BM25 weights need every field's average length, known only once
every document has been analysed. The first pass parses the pages issue by
issue (a continued story joins only pages of its own issue, as in
indexer.build's shares), in `procs` processes, analyses each document once
(layout.analyse: everything but the BM25 weights), sums the field lengths
and spills the analyses to one file per shard in the generation. The second
pass writes each shard from its spill file, one process per shard (up to
`procs`): the analyses weighted with the averages (layout.weighted),
committed every COMMIT_EVERY documents, then compacted. What is held at
once is a few issues' analyses and one commit's worth of documents per
shard, whatever the corpus; the report and the page list grow with it
(bytes per page; a rebuild looks first-indexed times up article by article).
"""
from __future__ import annotations

import hashlib
import json
import pickle
import shutil
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import xapian

from indexer.build import Generation, Report, _documents, _merge_report, issue_groups, issues_of, processes
from indexer.corpus import Folder, parse_files, progress
from indexer.xapian_weights import COMMIT_EVERY, FieldLengths
from search.engine.backends import xapian_layout as layout

AHEAD = 4  # issues analysed ahead of the one being spilled, per process (the first pass's memory)
SPILL = ".analysed-{}"  # in the generation being built: a shard's analyses, from the first pass to the second


def shard_of(article_id: str, shards: int) -> int:
    """The shard an article lives in: a stable hash of its id (the same in
    every process and every build, so an update finds it again)."""
    return int.from_bytes(hashlib.sha1(article_id.encode("utf-8")).digest()[:8], "big") % shards


def shard_name(number: int) -> str:
    """A shard database's directory name."""
    return f"shard-{number}"


def write_shards(generation: Generation, folder: Folder, shards: int, procs: int) -> FieldLengths:
    """Parse, analyse and write every page of the folder into `shards` new
    shards of the generation (its report, pages and joins filled in);
    returns the field lengths, whose averages the weights were made with."""
    lengths = _first_pass(generation, folder, shards, procs)
    averages = lengths.averages()
    with processes(min(procs, shards)) as pool:
        list(in_order(_write_shard, [(generation.path, n, shards, averages) for n in range(shards)],
                       pool, procs))
    return lengths


@dataclass
class _Issue:
    """One issue's pages parsed and analysed (the first pass's unit of work)."""
    report: Report
    pages: dict[str, str]
    joined: list[tuple[str, str]]
    analyses: list[bytes]  # per shard, a pickled list of layout.Analysed.spilled()
    lengths: FieldLengths


_WORK: dict = {}  # what every issue's analysis reads (set before forking): manifest, first-seen times, shards


def _analysed_issue(files: list[Path]) -> _Issue:
    """Parse one issue's pages as a set and analyse its documents."""
    parsed = parse_files(files, _WORK["manifest"], shown=False)
    issue = _Issue(Report(), {}, parsed.joined, [], FieldLengths())
    analyses: list[list] = [[] for _ in range(_WORK["shards"])]
    for doc in _documents(parsed, issue.report, issue.pages, _WORK["seen"]):
        analysis = layout.analyse(doc)
        issue.lengths.add(analysis.lengths())
        analyses[shard_of(analysis.article_id, _WORK["shards"])].append(analysis.spilled())
    issue.analyses = [pickle.dumps(part, pickle.HIGHEST_PROTOCOL) for part in analyses]
    return issue


def _first_pass(generation: Generation, folder: Folder, shards: int, procs: int) -> FieldLengths:
    """Parse and analyse every issue, spill the analyses shard by shard,
    fill in the generation's report, pages and joins; the field lengths."""
    _WORK.update(manifest=folder.manifest, seen=generation.seen, shards=shards)  # before forking
    spills = [(generation.path / SPILL.format(n)).open("wb") for n in range(shards)]
    try:
        with processes(procs) as pool:
            issues = issues_of(folder.files, folder.manifest, pool)
            groups = [[folder.files[n] for n in members] for members in issue_groups(issues).values()]
            lengths = FieldLengths()
            for issue in progress(in_order(_analysed_issue, groups, pool, procs), "build", len(groups)):
                _merge_report(generation.report, issue.report)
                generation.pages.update(issue.pages)
                generation.joined += issue.joined
                lengths.merge(issue.lengths)
                for out, part in zip(spills, issue.analyses, strict=True):
                    out.write(len(part).to_bytes(8, "big"))
                    out.write(part)
        return lengths
    finally:
        _WORK.clear()
        for out in spills:
            out.close()


def _spilled(spill: Path) -> Iterator[layout.Analysed]:
    """The analyses of a spill file, in the order they were written."""
    with spill.open("rb") as source:
        while size := source.read(8):
            for data in pickle.loads(source.read(int.from_bytes(size, "big"))):
                yield layout.Analysed.unspilled(data)


def _write_shard(job: tuple[Path, int, int, dict[str, float]]) -> None:
    """Write one shard from its spill file (deleted after): the analyses
    weighted with the averages, committed every COMMIT_EVERY documents,
    then compacted."""
    generation, number, shards, averages = job
    building, spill = generation / f".{shard_name(number)}.building", generation / SPILL.format(number)
    database = xapian.WritableDatabase(str(building), xapian.DB_CREATE)
    try:
        database.set_metadata(layout.SCHEMA_KEY, layout.SHARD_SCHEMA)
        database.set_metadata(layout.AVERAGES_KEY, json.dumps(averages))
        database.set_metadata("gaoxin.shard", f"{number}/{shards}")
        for n, analysis in enumerate(_spilled(spill), 1):
            database.replace_document(layout.id_term(analysis.article_id), layout.weighted(analysis, averages))
            if n % COMMIT_EVERY == 0:
                database.commit()
        database.commit()
    finally:
        database.close()
    spill.unlink()
    _compacted(building, generation / shard_name(number))


def _compacted(source: Path, target: Path) -> None:
    """Write a built shard again compacted (Xapian's own compaction, as
    xapian-compact does: full blocks, a third to a half smaller and quicker
    to read), still updatable; the uncompacted copy is deleted."""
    xapian.Database(str(source)).compact(str(target))
    shutil.rmtree(source)


def in_order(work, items: list, pool: ProcessPoolExecutor | None, procs: int) -> Iterator:
    """work(item) for every item, in order, in the pool's processes (or here
    without one), never more than AHEAD items per process done and not yet
    taken: what is held is a few items' results, however many there are."""
    if pool is None:
        yield from map(work, items)
        return
    pending: deque = deque()
    for item in items:
        pending.append(pool.submit(work, item))
        if len(pending) >= AHEAD * procs:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
