"""The README's examples work as written: the page header and the manifest
declare a newspaper, date and 版次; the curl commands reach the API, the CSV,
the feed and the citations through the real server."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from indexer.build import build
from tests.conftest import ROOT, live_server, searcher_of

README = (ROOT / "README.md").read_text("utf-8")


def _indented_block_after(marker: str) -> str:
    """The first indented code block after a line of the README."""
    rest = README[README.index(marker):]
    block = re.search(r"\n\n((?:    .*\n|\n)+)", rest).group(1)
    return textwrap.dedent(block).strip("\n") + "\n"


def test_the_header_and_manifest_examples_declare_their_facts(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    header = _indented_block_after("A page with a header:")
    (pages / "with_header.txt").write_text(header.replace("# 襄阳高新区：…", "# 襄阳高新区：头部示例\n\n本报讯 正文。"),
                                           "utf-8")
    manifest = _indented_block_after("files that do not state them, one page a line")
    (pages / "dates.tsv").write_text(manifest, "utf-8")
    for name in ("003_x.txt", "004_y.txt"):
        (pages / name).write_text(f"# 襄阳高新区：{name}\n\n本报讯 襄阳高新区正文。\n", "utf-8")
    build(pages, tmp_path / "ix")
    with searcher_of(tmp_path / "ix") as searcher:
        facts = {d["source"]: (d.get("newspaper"), d.get("page_name"), d.get("date") and d["date"].date().isoformat())
                 for d in searcher.all_stored_fields()}
    assert facts == {"with_header.txt": ("科技日报", "高新区", "2023-08-15"),
                     "003_x.txt": ("科技日报", "高新区", "2023-08-15"),
                     "004_y.txt": ("中国高新技术产业导报", None, facts["004_y.txt"][2])}


def _curl_commands() -> list[str]:
    block = README[README.index("### With curl"):]
    block = block[block.index("```sh") + 5:]
    block = block[:block.index("```")]
    return [line for line in block.splitlines() if line.startswith("curl ")]


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_curl_examples_work_against_the_server(seed_index: Path, tmp_path: Path):
    commands = _curl_commands()
    assert len(commands) >= 4
    with searcher_of(seed_index) as searcher:
        ids = sorted(d["id"] for d in searcher.all_stored_fields())[:2]
    with live_server(seed_index, workers=1) as base:
        for command in commands:
            argv = shlex.split(command.replace("http://127.0.0.1:8000", base)
                               .replace("0123456789ab", ids[0]).replace("ba9876543210", ids[1]))
            result = subprocess.run([argv[0], "--fail", "--silent", "--show-error", *argv[1:]], cwd=tmp_path,
                                    capture_output=True, check=False)
            assert result.returncode == 0, (command, result.stderr.decode())
            assert result.stdout or any(tmp_path.iterdir()), command
    saved = sorted(p.suffix for p in tmp_path.iterdir())
    assert saved == [".csv", ".ris"], "-OJ saves under the server's file names"
