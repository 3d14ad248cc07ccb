"""Build and update the Xapian shards (`--backend xapian`): the same pages,
articles and analysis as the Whoosh build (indexer.build), written as
Xapian documents (search.engine.backends.xapian_layout) into N shard
databases, an article's shard fixed by a stable hash of its id.

Layout of an index root with shards:
    current -> gen-<time>-<pid>/   swapped atomically, as the Whoosh build's
    gen-.../shard-0 ... shard-N-1   Xapian databases (what xapian-tcpsrv serves)
    gen-.../meta.json, shards.json  pages, links; shard count and field averages
    shard-0 -> current/shard-0      stable paths for xapian-tcpsrv and GAOXIN_SHARDS
The generation code (lock, swap, pruning, first-seen times, the pages an
update touches) is indexer.build's own.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import xapian

from indexer.build import (PARALLEL_FROM_PAGES, SHARDS_FILE, FirstSeen, Report, _clear_debris, _Locked, build_procs,
                           changes_of, new_generation, processes)
from indexer.corpus import read_folder
from indexer.xapian_stream import in_order, shard_name, shard_of, write_shards
from indexer.xapian_weights import TOLERANCE, drift, live_lengths, reweigh
from search.engine.backends import xapian_layout as layout
from search.index.store import StoreError, current_dir, read_meta
from search.text import segmenter

__all__ = ["build", "update", "shard_of", "shard_name", "ShardsFile", "shards_status", "first_seen_of"]


def build(seeds: Path, root: Path, shards: int, procs: int | None = None) -> Report:
    """Full build of every page in seeds into `shards` new Xapian databases
    of a new generation, then swap it in (`procs`: processes parsing and
    analysing the pages, then writing the shards; by default one per core
    for big builds, as indexer.build). Streamed in two passes, its memory
    independent of the corpus's size (indexer.xapian_stream)."""
    if shards < 1:
        raise ValueError("--shards must be at least 1")
    segmenter.load()
    with new_generation(root) as generation:  # first-seen times from shards or a Whoosh index
        folder = read_folder(seeds)
        generation.report = Report(skipped=list(folder.skipped), notes=list(folder.notes))
        lengths = write_shards(generation, folder, shards, build_procs(len(folder.files), procs))
        ShardsFile(shards, lengths.averages()).write(generation.path)
        _link_shards(root, shards)  # to current/shard-N: right once `current` is swapped as the block ends
    return generation.report


def update(seeds: Path, root: Path, tolerance: float = TOLERANCE) -> Report:
    """Bring the live shards in line with seeds: the documents of new,
    changed and removed pages replaced or deleted by article id, in every
    shard, each shard committed once. When the field averages have moved
    from those the weights were made with by more than `tolerance`, every
    document is then weighted again with them (indexer.xapian_weights), so
    that the shards hold what a fresh build writes; below it, every weight
    is within the tolerance of a fresh build's."""
    generation = current_dir(root)
    if generation is None:
        raise StoreError(f"no shards at {root}: build them with python -m indexer build --backend xapian")
    segmenter.load()
    with _Locked(root):
        _clear_debris(root)
        meta = read_meta(generation)
        kept = ShardsFile.read(generation)
        directories = [generation / shard_name(n) for n in range(kept.shards)]
        if kept.weighed_from is not None:  # an update killed while weighting again: finish that first
            _reweigh(generation, kept, kept.weighed_from, kept.averages)
        seen = ShardsFirstSeen(dt.datetime.now(dt.UTC).replace(tzinfo=None), directories=directories)
        changes = changes_of(seeds, meta, seen)
        databases = [xapian.WritableDatabase(str(directory), xapian.DB_OPEN) for directory in directories]
        try:
            for name in changes.deleted:
                for database in databases:
                    database.delete_document(layout.term("source", name))
            for doc in changes.docs:
                databases[shard_of(doc["id"], kept.shards)].replace_document(
                    layout.id_term(doc["id"]), layout.document(doc, kept.averages))
            for database in databases:
                database.commit()
        finally:
            for database in databases:
                database.close()
        changes.write_meta(generation, meta)
        live = live_lengths(directories).averages()
        moved = drift(kept.averages, live)
        if moved > tolerance:
            again = _reweigh(generation, kept, kept.averages, live)
            changes.report.notes.append(f"the field averages moved by {moved:.3%} (more than {tolerance:.3%}): "
                                        f"{again} documents weighted again, as a fresh build weights them")
        return changes.report


def _reweigh(generation: Path, kept: ShardsFile, before: dict[str, float], after: dict[str, float]) -> int:
    """Weight every shard's documents again, side by side (one process per
    shard, up to one per core), recorded in shards.json so that a killed
    run is finished by the next update; the documents changed."""
    ShardsFile(kept.shards, after, before).write(generation)
    jobs = [(generation / shard_name(n), before, after) for n in range(kept.shards)]
    procs = min(kept.shards, build_procs(PARALLEL_FROM_PAGES))
    with processes(procs) as pool:
        changed = sum(in_order(_reweighed_shard, jobs, pool, procs))
    ShardsFile(kept.shards, after).write(generation)
    return changed


def _reweighed_shard(job: tuple[Path, dict[str, float], dict[str, float]]) -> int:
    return reweigh(*job)


@dataclass
class ShardsFile:
    """A generation's shards.json: how many shards, the field averages their
    weights are made with and, while they are being weighted again, the
    averages they were made with before (indexer.xapian_weights)."""
    shards: int
    averages: dict[str, float]
    weighed_from: dict[str, float] | None = None

    def write(self, generation: Path) -> None:
        """Write it into the generation (atomically: a kill leaves the old or the new)."""
        data = {"shards": self.shards, "averages": self.averages, "schema": layout.SHARD_SCHEMA}
        if self.weighed_from is not None:
            data["weighed_from"] = self.weighed_from
        tmp = generation / f".{SHARDS_FILE}.{os.getpid()}"
        tmp.write_text(json.dumps(data, indent=1), "utf-8")
        os.replace(tmp, generation / SHARDS_FILE)

    @classmethod
    def read(cls, generation: Path) -> ShardsFile:
        """A generation's shards file; StoreError when it holds no shards of this layout."""
        try:
            data = json.loads((generation / SHARDS_FILE).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{generation} holds no Xapian shards ({exc}): build them with "
                             "python -m indexer build --backend xapian") from None
        if data.get("schema") != layout.SHARD_SCHEMA:
            raise StoreError(f"shards at {generation} have schema {data.get('schema')}, this program needs "
                             f"{layout.SHARD_SCHEMA}: rebuild them with python -m indexer build --backend xapian")
        before = data.get("weighed_from")
        return cls(int(data["shards"]), {k: float(v) for k, v in data["averages"].items()},
                   {k: float(v) for k, v in before.items()} if before is not None else None)


def shards_status(root: Path) -> list[str]:
    """The live shards in words, for `python -m indexer check`: the
    generation, each shard's documents and schema version."""
    generation = current_dir(root)
    shards = ShardsFile.read(generation).shards
    meta = read_meta(generation)
    lines = [f"index      {generation.name} (built {meta.built_at or 'at an unknown time'}, "
             f"{shards} Xapian shards, schema {layout.SHARD_SCHEMA})"]
    for n in range(shards):
        database = xapian.Database(str(generation / shard_name(n)))
        try:
            schema = database.get_metadata(layout.SCHEMA_KEY).decode("utf-8", "replace")
            lines.append(f"shard {n}    {database.get_doccount()} documents, schema {schema}")
        finally:
            database.close()
    return lines


def _link_shards(root: Path, shards: int) -> None:
    """root/shard-N -> current/shard-N for every shard (stale links of a
    build with more shards removed): the paths servers are started on."""
    for link in root.glob("shard-*"):
        if link.is_symlink():
            link.unlink()
    for n in range(shards):
        tmp = root / f".{shard_name(n)}.{os.getpid()}"
        tmp.unlink(missing_ok=True)
        os.symlink(Path("current") / shard_name(n), tmp)
        os.replace(tmp, root / shard_name(n))


@dataclass
class ShardsFirstSeen(FirstSeen):
    """When each article was first indexed, looked up article by article in
    a generation's shards (its INDEXED value), so that neither a rebuild's
    memory nor an update's time grows with the corpus. Each process opens
    the shards for itself (a build's analysing processes are forked)."""
    directories: list[Path] = field(default_factory=list)
    _opened: tuple[int, list] = (0, [])

    def of(self, article_id: str) -> dt.datetime:
        """The first-indexed time of an article (now, for one not in the shards)."""
        if self._opened[0] != os.getpid():
            self._opened = (os.getpid(), [xapian.Database(str(d)) for d in self.directories])
        database = self._opened[1][shard_of(article_id, len(self.directories))]
        for item in database.postlist(layout.id_term(article_id)):
            when = layout.indexed_of(database.get_document(item.docid).get_value(layout.INDEXED))
            if when is not None:
                return when
        return self.now


def first_seen_of(root: Path, now: dt.datetime) -> FirstSeen:
    """The first-indexed times of the live generation's shards (none when
    they are of another layout)."""
    try:
        shards = ShardsFile.read(current_dir(root)).shards
    except StoreError:
        return FirstSeen(now)
    return ShardsFirstSeen(now, directories=[current_dir(root) / shard_name(n) for n in range(shards)])
