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
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from search.schema import SCHEMA_VERSION

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

    def to_json(self) -> dict:
        """The JSON form written to meta.json."""
        return {"schema_version": self.schema_version, "pages": self.pages, "built_at": self.built_at}


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
        return Meta(int(data["schema_version"]), dict(data.get("pages", {})), data.get("built_at", ""))
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


def open_index(root: Path) -> tuple[Index, Meta, Path]:
    """Open the live index: (index, meta, generation dir), or StoreError."""
    generation = current_dir(root)
    if generation is None:
        raise StoreError(f"no index at {root}: build one with python -m indexer build --index {root}")
    meta = read_meta(generation)
    if meta.schema_version != SCHEMA_VERSION:
        raise StoreError(f"index at {root} has schema version {meta.schema_version}, this program "
                         f"needs {SCHEMA_VERSION}: rebuild it with python -m indexer build")
    try:
        return whoosh_index.open_dir(str(generation), indexname=INDEX_NAME), meta, generation
    except Exception as exc:  # Whoosh raises several unrelated types for a broken index
        raise StoreError(f"index at {generation} cannot be opened ({exc}); rebuild it: "
                         "python -m indexer build") from None
