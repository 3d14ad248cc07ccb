"""Shared fixtures: the repository's seed pages, hand-made pages, real indexes."""
from __future__ import annotations

import ast
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
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


@contextmanager
def searcher_of(root: Path):
    """A searcher over an index root as the app opens it (live-document
    statistics), closed (with its index) afterwards."""
    from search.index.store import open_index
    from search.index.store import searcher_of as open_searcher
    ix, _, _ = open_index(root)
    try:
        with open_searcher(ix) as searcher:
            yield searcher
    finally:
        ix.close()


def make_app(root: Path):
    """The real app over a real index root, noticing index changes at once."""
    from search.web.app import create_app
    return create_app({"INDEX": str(root), "INDEX_CHECK_SECONDS": 0, "TESTING": True})


def close_app(app) -> None:
    """Close the app's searcher (its open files) at teardown."""
    app.extensions["library"].close()


@pytest.fixture(scope="session")
def app(seed_index: Path):
    """The app over the seed index."""
    app = make_app(seed_index)
    yield app
    close_app(app)


@pytest.fixture()
def app_factory():
    """make_app for a test's own indexes, every app closed afterwards."""
    made = []

    def factory(root: Path):
        made.append(make_app(root))
        return made[-1]
    yield factory
    for app in made:
        close_app(app)


@pytest.fixture()
def client(app):
    """A test client of the seed app."""
    return app.test_client()


@pytest.fixture(scope="session")
def hostile_client(tmp_path_factory: pytest.TempPathFactory):
    """A client of an index built from the seeds plus a page with markup in
    its title and body."""
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    for page in SEEDS.iterdir():
        shutil.copy(page, seeds / page.name)
    shutil.copy(DATA / "hostile.txt", seeds / "hostile.txt")
    root = tmp_path_factory.mktemp("hostile-index")
    build(seeds, root)
    app = make_app(root)
    yield app.test_client()
    close_app(app)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(root: Path, env: dict | None = None, workers: int = 2, access_log: Path | None = None,
                error_log: Path | None = None):
    """The production server (`python -m search serve`, gunicorn) over an
    index root on a free loopback port; yields its base URL, stops it after.
    `access_log`: a file for its access log (stdout), else it is dropped;
    `error_log`: a file for its error log (stderr)."""
    port = _free_port()
    out = open(access_log, "w") if access_log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    err = open(error_log, "w+") if error_log else subprocess.PIPE  # noqa: SIM115 (closed below)
    proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(root),
                             "--port", str(port), "--workers", str(workers)],
                            stdout=out, stderr=err, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/api/search?q=x", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    proc.wait()
                    errors = error_log.read_text("utf-8") if error_log else proc.stderr.read().decode()
                    raise RuntimeError("server did not start: " + errors) from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        (err if error_log else proc.stderr).close()
        if access_log:
            out.close()


@pytest.fixture()
def api_schema(app):
    """The API's OpenAPI description, loaded from the seed app for schemathesis."""
    import schemathesis
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def packages_loaded_by(setup: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of these top-level packages in sys.modules after running
    `setup` in a fresh interpreter (what an import really pulls in)."""
    script = f"{setup}\nimport sys\nprint(sorted(n for n in sys.modules if n.split('.')[0] in {packages!r}))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return ast.literal_eval(out)
