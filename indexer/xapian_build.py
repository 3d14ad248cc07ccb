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
from pathlib import Path

import xapian

from indexer.build import (SHARDS_FILE, FirstSeen, Report, _clear_debris, _Locked, build_procs, changes_of,
                           new_generation)
from indexer.corpus import read_folder
from indexer.xapian_stream import shard_name, shard_of, write_shards
from search.engine.backends import xapian_layout as layout
from search.index.store import StoreError, current_dir, read_meta
from search.text import segmenter

__all__ = ["build", "update", "shard_of", "shard_name", "read_shards_file", "shards_status", "first_seen_of"]


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
        averages = write_shards(generation, folder, shards, build_procs(len(folder.files), procs))
        _write_shards_file(generation.path, shards, averages)
        _link_shards(root, shards)  # to current/shard-N: right once `current` is swapped as the block ends
    return generation.report


def update(seeds: Path, root: Path) -> Report:
    """Bring the live shards in line with seeds: the documents of new,
    changed and removed pages replaced or deleted by article id, in every
    shard, each shard committed once. The field averages of the build are
    kept (a fresh build recomputes them: its weights may differ slightly,
    its terms, positions, values and data do not)."""
    generation = current_dir(root)
    if generation is None:
        raise StoreError(f"no shards at {root}: build them with python -m indexer build --backend xapian")
    segmenter.load()
    with _Locked(root):
        _clear_debris(root)
        meta = read_meta(generation)
        shards, averages = read_shards_file(generation)
        seen = FirstSeen(dt.datetime.now(dt.UTC).replace(tzinfo=None), _first_seen(generation, shards))
        changes = changes_of(seeds, meta, seen)
        databases = [xapian.WritableDatabase(str(generation / shard_name(n)), xapian.DB_OPEN)
                     for n in range(shards)]
        try:
            for name in changes.deleted:
                for database in databases:
                    database.delete_document(layout.term("source", name))
            for doc in changes.docs:
                databases[shard_of(doc["id"], shards)].replace_document(
                    layout.id_term(doc["id"]), layout.document(doc, averages))
            for database in databases:
                database.commit()
        finally:
            for database in databases:
                database.close()
        changes.write_meta(generation, meta)
        return changes.report


def _write_shards_file(generation: Path, shards: int, averages: dict[str, float]) -> None:
    (generation / SHARDS_FILE).write_text(json.dumps({"shards": shards, "averages": averages,
                                                      "schema": layout.SHARD_SCHEMA}, indent=1), "utf-8")


def read_shards_file(generation: Path) -> tuple[int, dict[str, float]]:
    """A generation's shard count and field averages; StoreError when it holds no shards."""
    try:
        data = json.loads((generation / SHARDS_FILE).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{generation} holds no Xapian shards ({exc}): build them with "
                         "python -m indexer build --backend xapian") from None
    if data.get("schema") != layout.SHARD_SCHEMA:
        raise StoreError(f"shards at {generation} have schema {data.get('schema')}, this program needs "
                         f"{layout.SHARD_SCHEMA}: rebuild them with python -m indexer build --backend xapian")
    return int(data["shards"]), {k: float(v) for k, v in data["averages"].items()}


def shards_status(root: Path) -> list[str]:
    """The live shards in words, for `python -m indexer check`: the
    generation, each shard's documents and schema version."""
    generation = current_dir(root)
    shards, _ = read_shards_file(generation)
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


def _first_seen(generation: Path, shards: int) -> dict[str, dt.datetime]:
    """When each article of a generation's shards was first indexed."""
    before: dict[str, dt.datetime] = {}
    for n in range(shards):
        database = xapian.Database(str(generation / shard_name(n)))
        try:
            for docid in range(1, database.get_lastdocid() + 1):
                try:
                    fields = layout.stored_fields(database.get_document(docid).get_data())
                except xapian.DocNotFoundError:
                    continue
                if isinstance(fields.get("indexed"), dt.datetime):
                    before[fields["id"]] = fields["indexed"]
        finally:
            database.close()
    return before


def first_seen_of(root: Path, now: dt.datetime) -> FirstSeen:
    """The first-indexed times of the live generation's shards (none when
    they are of another layout)."""
    try:
        shards, _ = read_shards_file(current_dir(root))
    except StoreError:
        return FirstSeen(now)
    return FirstSeen(now, _first_seen(current_dir(root), shards))
