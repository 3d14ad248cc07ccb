"""`python -m search query`: builds the index when missing, prints highlighted hits."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_query_builds_the_index_first_and_highlights(tmp_path, seeds_dir):
    result = subprocess.run([sys.executable, "-m", "search", "query", "帮代办", "--index", str(tmp_path / "ix"),
                             "--seeds", str(seeds_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "no index at" in result.stderr
    assert "平顶山高新区： 力促四级【帮代办】一次办好" in result.stdout
    assert "【帮代办】" in result.stdout


def test_query_with_no_match_exits_1(seed_index):
    result = subprocess.run([sys.executable, "-m", "search", "query", "量子纠缠望远镜", "--index", str(seed_index)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "0 articles match" in result.stdout


def test_a_too_long_query_is_one_line_not_a_traceback(seed_index):
    result = subprocess.run([sys.executable, "-m", "search", "query", "人" * 501, "--index", str(seed_index)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.startswith("error: 查询太长：501 个字符")
    assert "Traceback" not in result.stderr


def test_a_closed_pipe_is_no_error(seed_index):
    result = subprocess.run(f"'{sys.executable}' -m search query 高新区 --limit 50 --index '{seed_index}' | head -1",
                            shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.count("\n") == 1 and "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
