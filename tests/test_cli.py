"""`python -m indexer parse`: the JSON the parser is checked by, and its errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"id", "source", "title", "kicker", "subtitle", "zone", "zones", "date", "date_inferred", "kind",
        "authors", "sections", "captions", "policies", "text", "newspaper", "issue_date", "page_number", "page_name",
        "dateline"}


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


def test_explain_shows_every_line_with_its_rule_and_what_was_left_out(data_dir):
    result = run("parse", data_dir / "outlets" / "keji_hash.txt", data_dir / "left_out.txt", "--explain")
    assert result.returncode == 1  # text went into no article
    out = result.stdout.splitlines()
    row = next(line for line in out if "科技日报记者 张伟" in line)
    assert row.split()[:5] == ["7", "byline", "-", "byline-roles", "1"] and "[names: 张伟 李娜]" in row
    kicker, headline = (next(line for line in out if text in line) for text in ("国家高新区这十年", "光谷再造"))
    assert kicker.split()[1:5] == ["heading", "kicker", "markup-heading", "1"]
    assert headline.split()[1:5] == ["heading", "headline", "markup-heading", "1"]
    assert any(line.startswith("left out, line 4 (20 characters, before the first headline)") for line in out)


def test_check_reports_health_and_fails_on_text_in_no_article(tmp_path, data_dir):
    seeds = tmp_path / "pages"
    seeds.mkdir()
    for source in (data_dir / "outlets" / "keji_hash.txt", data_dir / "left_out.txt"):
        (seeds / source.name).write_bytes(source.read_bytes())
    result = run("check", "--seeds", seeds)
    assert result.returncode == 1, result.stdout
    assert "left_out.txt\t1 articles\t20 characters in no article" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("health: 2 pages, 5 articles, 20 characters in no article")
    (seeds / "left_out.txt").unlink()
    assert run("check", "--seeds", seeds).returncode == 0


def test_check_flags_articles_that_look_wrong(tmp_path):
    seeds = tmp_path / "pages"
    seeds.mkdir()
    (seeds / "p.txt").write_text("# 一篇没有高新区的文章\n\n正文。新华社记者 张三 李四\n", "utf-8")
    result = run("check", "--seeds", seeds)
    assert "“一篇没有高新区的文章”: no zone" in result.stdout


def test_parse_says_what_is_wrong_with_the_date_manifest(tmp_path, seeds_dir):
    (tmp_path / "p.txt").write_bytes((seeds_dir / "000_5c6340680174560a.txt").read_bytes())
    (tmp_path / "dates.tsv").write_text("p.txt\t2023-02-30\n", "utf-8")
    result = run("parse", tmp_path / "p.txt")
    assert f"note: {tmp_path}/dates.tsv line 1: not `file-name<TAB>YYYY-MM-DD` with a real date" in result.stderr


def test_check_prints_the_engines_state(seed_index, seeds_dir):
    result = run("check", "--seeds", seeds_dir, "--index", seed_index)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    live = (seed_index / "current").resolve().name
    assert lines[0].startswith(f"index      {live} (built 20") and "schema" in lines[0]
    assert lines[1] == "documents  36 in 1 segments" and lines[2] == "postings   read directly"
