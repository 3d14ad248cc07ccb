"""Shared benchmark plumbing: corpora and indexes built once and reused,
child processes timed with their peak memory, percentiles, tables."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import corpus
from search.index.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"


def timed_child(args: list[str]) -> tuple[float, int, str]:
    """Run `python args...`: (seconds, peak RSS in MB, stdout); fails loudly.
    The peak is the child's own (os.wait4), the largest of it and the
    processes it waited for (Whoosh's indexing workers)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{err.read()[-2000:]}")
        return seconds, usage.ru_maxrss // 1024, out.read()


def dir_mb(path: Path) -> float:
    """Size of the files under a folder, in MB (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def our_index(articles: int, seed: int = 1) -> Path:
    """Our index over the corpus of that size, built once (`python -m indexer build`)."""
    root = WORK / f"ours-{articles}-s{seed}-v{SCHEMA_VERSION}"
    if not (root / "current").exists():
        timed_child(["-m", "indexer", "build", "--seeds", str(corpus(articles, seed)), "--index", str(root)])
    return root


def xapian_shards(articles: int, shards: int, seed: int = 1) -> Path:
    """Xapian shards over the same corpus (`python -m indexer build
    --backend xapian`), built once."""
    from search.engine.backends.xapian_layout import SHARD_SCHEMA  # the xapian extra: only when asked for

    root = WORK / f"xapian-{articles}-s{seed}-n{shards}-v{SHARD_SCHEMA.replace('/', '-')}"
    if not (root / "current").exists():
        timed_child(["-m", "indexer", "build", "--backend", "xapian", "--shards", str(shards),
                     "--seeds", str(corpus(articles, seed)), "--index", str(root)])
    return root


def stock_index(articles: int, seed: int = 1) -> Path:
    """The stock pipeline's index over the same corpus, built once."""
    root = WORK / f"stock-{articles}-s{seed}"
    if not any(root.glob("*.toc")):
        timed_child(["-m", "bench.stock", "build", "--seeds", str(corpus(articles, seed)), "--index", str(root)])
    return root


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary_ms(values: list[float]) -> dict[str, float]:
    """p50/p95/p99/mean of seconds, in milliseconds."""
    return {"p50": percentile(values, 50) * 1000, "p95": percentile(values, 95) * 1000,
            "p99": percentile(values, 99) * 1000, "mean": statistics.fmean(values) * 1000}


def table(headers: list[str], rows: list[list]) -> str:
    """A plain-text table, columns padded (CJK counted double width)."""
    def width(text: str) -> int:
        return sum(2 if ord(c) > 0x2E80 else 1 for c in text)

    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"
    return str(value)


def cpu_count() -> int:
    """Cores this process may use."""
    return len(os.sched_getaffinity(0))
