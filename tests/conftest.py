"""Shared fixtures: the repository's seed pages, hand-made pages, real indexes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.build import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The default corpus, as shipped in seeds/."""
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """Hand-made pages for the awkward shapes."""
    return DATA


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real index built from the seed pages (shared, read-only)."""
    root = tmp_path_factory.mktemp("seed-index")
    build(SEEDS, root)
    return root


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seed pages that a test may change."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
