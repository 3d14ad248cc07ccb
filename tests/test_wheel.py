"""The installed package: build the wheel, install it into a fresh venv
(outside the repository), serve the seed index from it with the real server,
and render the home page, a results page and a zone page."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, _free_port


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A venv with the wheel installed (dependencies from this venv's site-packages)."""
    base = tmp_path_factory.mktemp("wheel")
    # from a clean copy: setuptools reuses a build/ folder, which would hide what the wheel leaves out
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", "build", "*.egg-info", "var", ".git", "__pycache__", ".hypothesis", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(base)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = base.glob("*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # the dependencies: this venv's site-packages, appended to sys.path (its
    # editable-install hook is a .pth there, which a path line does not run)
    site = next(p for p in sys.path if p.endswith("site-packages") and p.startswith(sys.prefix))
    (next((venv / "lib").glob("python3*")) / "site-packages" / "deps.pth").write_text(site + "\n")
    # the wheel's own files, not the editable checkout: install with this pip into the venv
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed",
                    "--prefix", str(venv), str(wheel)], check=True, capture_output=True, timeout=300)
    return venv


def test_the_installed_package_serves_every_page_family(installed, seed_index, tmp_path):
    python = installed / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([python, "-c", "import search, sys; print(search.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert str(installed) in where, where  # the installed copy, not the checkout
    port = _free_port()
    proc = subprocess.Popen([python, "-m", "search", "serve", "--index", str(seed_index), "--port", str(port),
                             "--workers", "1"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except urllib.error.HTTPError:
                break  # the server answers: the checks below say what is wrong
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode()) from None
                time.sleep(0.1)
        for path in ("/", "/search?q=" + quote("人才补贴"), "/zones/" + quote("襄阳高新区"), "/static/style.css"):
            with urllib.request.urlopen(base + path, timeout=10) as response:
                body = response.read().decode()
                assert response.status == 200, path
                assert "高新区" in body or path.endswith(".css"), path
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stderr.close()
