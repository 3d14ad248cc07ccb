"""Where the index lives, and opening it safely.

Layout of an index root (default `var/index`, or $GAOXIN_INDEX, or --index):
    current -> gen-<time>-<pid>/   symlink, swapped atomically by a build
    gen-.../                       Whoosh segment files and meta.json
    .lock                          held by a build or an update
meta.json records the schema version, the pages indexed (name -> SHA-256)
and when the generation was built.
"""
from __future__ import annotations

import json
import os
import stat
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from search.index import state
from search.index.schema import SCHEMA_VERSION
from search.index.scoring import LiveBM25F
from search.index.state import Budgets, Remembered, Remembering

ENV_VAR = "GAOXIN_INDEX"
DEFAULT_ROOT = Path("var") / "index"
CURRENT = "current"
META = "meta.json"
INDEX_NAME = "articles"


class StoreError(Exception):
    """The index is missing or unusable; the message says what to do."""


@dataclass
class Meta:
    """What a generation of the index holds."""
    schema_version: int = SCHEMA_VERSION
    pages: dict[str, str] = field(default_factory=dict)
    built_at: str = ""
    links: dict[str, list[str]] = field(default_factory=dict)  # pages joined by continued stories

    def to_json(self) -> dict:
        """The JSON form written to meta.json."""
        return {"schema_version": self.schema_version, "pages": self.pages, "built_at": self.built_at,
                "links": self.links}


def index_root(explicit: str | os.PathLike | None = None) -> Path:
    """The index root: --index if given, else $GAOXIN_INDEX, else var/index."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_ROOT)


def current_dir(root: Path) -> Path | None:
    """The directory of the live generation, None when no index was built."""
    link = root / CURRENT
    if not link.exists():
        return None
    return link.resolve()


def read_meta(generation: Path) -> Meta:
    """A generation's meta.json; StoreError when absent or unreadable."""
    try:
        data = json.loads((generation / META).read_text("utf-8"))
        return Meta(int(data["schema_version"]), dict(data.get("pages", {})), data.get("built_at", ""),
                    {k: list(v) for k, v in dict(data.get("links", {})).items()})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"index at {generation} has no readable {META} ({exc}); rebuild it: "
                         "python -m indexer build") from None


def write_meta(generation: Path, meta: Meta) -> None:
    """Write meta.json atomically (temp file, fsync, rename)."""
    tmp = generation / (META + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(meta.to_json(), f, ensure_ascii=False, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, generation / META)


# Index files hold pickles (Whoosh's schema, segment lists and stored
# fields): whoever can change them runs code in every process that opens
# the index. The server refuses an index others could change.
UNSAFE_BITS = stat.S_IWGRP | stat.S_IWOTH


def writable_by_others(root: Path) -> Path | None:
    """The first of the index root, its live generation and that
    generation's files that users other than the owner may write; None when
    there is none (or no index yet)."""
    generation = current_dir(root)
    paths = [root] + ([generation, *sorted(generation.iterdir())] if generation is not None else [])
    for path in paths:
        try:
            if os.stat(path).st_mode & UNSAFE_BITS:  # a link's own mode means nothing: its target's does
                return path
        except FileNotFoundError:  # a file an update removed meanwhile
            continue
    return None


def restrict(generation: Path) -> None:
    """Take group and others' write permission off a generation and its
    files (a umask of 002 would leave them group-writable)."""
    for path in [generation, *generation.iterdir()]:
        mode = os.lstat(path).st_mode
        if mode & UNSAFE_BITS and not stat.S_ISLNK(mode):
            os.chmod(path, stat.S_IMODE(mode) & ~UNSAFE_BITS)


def searcher_of(index: Index):
    """A searcher ranking with live-document statistics (search.index.scoring):
    every searcher the app or a tool uses comes from here."""
    return index.searcher(weighting=LiveBM25F())


def open_index(root: Path, readonly: bool = False) -> tuple[Index, Meta, Path]:
    """Open the live index: (index, meta, generation dir), or StoreError.
    `readonly`: its storage refuses any change (a writer, a lock, a file)."""
    generation = current_dir(root)
    if generation is None:
        raise StoreError(f"no index at {root}: build one with python -m indexer build --index {root}")
    meta = read_meta(generation)
    if meta.schema_version != SCHEMA_VERSION:
        raise StoreError(f"index at {root} has schema version {meta.schema_version}, this program "
                         f"needs {SCHEMA_VERSION}: rebuild it with python -m indexer build")
    try:
        return whoosh_index.open_dir(str(generation), indexname=INDEX_NAME, readonly=readonly), meta, generation
    except Exception as exc:  # Whoosh raises several unrelated types for a broken index
        raise StoreError(f"index at {generation} cannot be opened ({exc}); rebuild it: "
                         "python -m indexer build") from None


class Library(Remembering):
    """The index as one process sees it: opened once, one searcher reused by
    every request and refreshed when the index changes.

    A build swaps the `current` symlink (we reopen); an update commits a new
    segment generation in place (we open a fresh searcher). Both are noticed at
    most every `check_seconds`, so a request costs one readlink, not a
    directory listing. What is remembered about a reader lives in its
    search.index.state.ReaderState, with these `budgets`, and goes with it.
    """

    def __init__(self, root: Path, check_seconds: float = 1.0, budgets: Budgets = Budgets()) -> None:
        self.hits = 0
        self.last_hit: Remembered | None = None
        self.root = Path(root)
        self.budgets = budgets
        self.check_seconds = check_seconds
        self._generation: Path | None = None
        self._meta: Meta | None = None  # the live generation's meta.json, read when it was opened
        self._index: Index | None = None
        self._searcher = None
        self._checked = float("-inf")
        self._opened = 0
        self._leases: dict[int, int] = {}  # id(searcher) -> exports reading it
        self._retired: dict[int, object] = {}  # replaced searchers closed when their last lease ends

    def searcher(self):
        """The current Whoosh searcher (StoreError when there is no usable index)."""
        now = time.monotonic()
        if self._searcher is not None and now - self._checked < self.check_seconds:
            return self._searcher
        self._checked = now
        generation = current_dir(self.root)
        if self._searcher is None or generation != self._generation:
            index, self._meta, generation = open_index(self.root, readonly=True)
            self._replace(searcher_of(index), index, generation)
        elif not self._searcher.up_to_date():
            # A fresh searcher, not Searcher.refresh(): whoosh-reloaded's reader
            # reuse merges the old segment list into the new one. Opening
            # non-compound segments takes about a millisecond.
            self._replace(searcher_of(self._index), self._index, generation)
        return self._searcher

    def _replace(self, searcher, index: Index, generation: Path) -> None:
        old = self._searcher
        state.attach(searcher.reader(), self.budgets)
        self._searcher, self._index, self._generation = searcher, index, generation
        self._opened += 1
        if old is not None:
            if self._leases.get(id(old)):
                self._retired[id(old)] = old  # an export still reads it
            else:
                old.close()

    @contextmanager
    def leased(self, searcher):
        """Keep `searcher` open until the block ends, even if a new index
        generation or commit replaces it meanwhile: an export streams its
        rows while the worker's other requests (greenlets) go on."""
        key = id(searcher)
        self._leases[key] = self._leases.get(key, 0) + 1
        try:
            yield searcher
        finally:
            self._leases[key] -= 1
            if not self._leases[key]:
                del self._leases[key]
                retired = self._retired.pop(key, None)
                if retired is not None:
                    retired.close()

    @property
    def version(self) -> tuple[str, int]:
        """Changes whenever the searcher is reopened or refreshed."""
        self.searcher()
        return (str(self._generation), self._opened)

    def status(self):
        """The engine's state (search.index.status.EngineStatus): the live
        generation, and whether its postings are read directly."""
        from search.index.status import engine_status  # it imports this module

        reader = self.searcher().reader()
        return engine_status(reader, self._generation, self._meta)

    def _current(self):
        searcher = self.searcher()
        return searcher, searcher.reader()

    def close(self) -> None:
        """Release the searcher and its files."""
        for searcher in [self._searcher, *self._retired.values()]:
            if searcher is not None:
                searcher.close()
        self._retired.clear()
        self._searcher = self._index = self._generation = self._meta = None
