"""`python -m indexer parse`: the JSON the parser is checked by, and its errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"id", "source", "title", "kicker", "subtitle", "zone", "zones", "date", "date_inferred", "kind",
        "authors", "sections", "captions", "policies", "text"}


def run(*args):
    return subprocess.run([sys.executable, "-m", "indexer", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_parse_json_lines(seeds_dir):
    result = run("parse", *sorted(seeds_dir.glob("*.txt")), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 36
    assert all(set(row) == KEYS for row in rows)
    assert rows[0]["sections"][1] == {"heading": "深挖潜力 老树发新枝", "text": rows[0]["sections"][1]["text"]}


def test_parse_reports_unreadable_files_in_one_line(tmp_path, seeds_dir):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("parse", junk, seeds_dir / "000_5c6340680174560a.txt", "--json")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"skipped {junk}: binary file (contains NUL bytes)"]
    assert len(result.stdout.splitlines()) == 7


def test_usage_errors_are_short(tmp_path):
    result = run("stats", "--index", tmp_path / "nothing")
    assert result.returncode == 2 and result.stderr.startswith("error: no index at")
    assert "Traceback" not in result.stderr
