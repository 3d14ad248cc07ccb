"""Server benchmark: start-up, memory per worker, and a bounded load test of
/search on the real server (`python -m search serve`, gunicorn sync workers).

    python -m bench.http [--articles 50000] [--seconds 10] [--clients 4] [--backend xapian --shards 2]

- start-up: from launching `python -m search serve` to the first answered
  search (a fresh process each time; the index is already built).
- memory: resident and proportional set size (RSS, PSS) of each worker after
  the 30 benchmark queries (PSS counts pages shared with the master, such as
  jieba's dictionary, once).
- load: loopback only, for a fixed time, then it stops; `--clients` threads
  request the 30 benchmark result pages in turn. With 1 worker and with one
  per core; with the remembered-results cache off (every request searches)
  and on (repeated URLs, as when links are shared).
- `--backend xapian`: the same server with GAOXIN_BACKEND=xapian over
  `--shards` shards of the same corpus, each served by an xapian-tcpsrv on
  loopback (bench.tcpsrv) for the whole run.
"""
from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.common import ROOT, WORK, cpu_count, our_index, percentile, table
from bench.queries import QUERIES

URLS = ["/search?" + urlencode(q) for q in QUERIES]


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str, timeout: float = 30) -> int:
    """GET a path; the status code."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


class Server:
    """`python -m search serve` on a free port, stopped on exit."""

    def __init__(self, index: Path, workers: int, cache: bool = True, backend: dict | None = None):
        self.port = free_port()
        env = {**os.environ, "GAOXIN_RESULTS_CACHE": "256" if cache else "0", **(backend or {})}
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(index),
                                      "--port", str(self.port), "--workers", str(workers)],
                                     cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.first_answer = self._wait()

    def _wait(self) -> float:
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            try:
                if get(self.port, URLS[0], timeout=10) == 200:
                    return time.perf_counter() - self.started
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("server did not answer within 60 s")

    def workers(self) -> list[int]:
        """The worker processes' pids."""
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
        return [int(c) for c in children]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=20)


def memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of a process in MB."""
    rss = pss = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith("Pss:"):
            pss = int(line.split()[1])
    return rss / 1024, pss / 1024


def load(port: int, seconds: float, clients: int) -> dict:
    """Requests from `clients` threads for `seconds`: counts and latencies."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client(offset: int) -> None:
        n = offset
        while time.perf_counter() < stop:
            path = URLS[n % len(URLS)]
            n += 1
            started = time.perf_counter()
            try:
                ok = get(port, path) == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(i * 7,)) for i in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - began
    return {"requests": len(latencies), "rps": len(latencies) / took, "errors": errors[0],
            "p50": percentile(latencies, 50) * 1000, "p99": percentile(latencies, 99) * 1000}


def main(argv: list[str] | None = None) -> int:
    """Run the server benchmark and print tables and a summary line."""
    parser = argparse.ArgumentParser(prog="python -m bench.http", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--backend", choices=("whoosh", "xapian"), default="whoosh")
    parser.add_argument("--shards", type=int, default=2, help="Xapian shards (with --backend xapian)")
    args = parser.parse_args(argv)
    cores = cpu_count()
    if args.backend == "xapian":
        from bench.common import xapian_shards
        from bench.tcpsrv import serving, shard_dirs

        servers = serving(shard_dirs(xapian_shards(args.articles, args.shards)))
        try:
            return run(args, cores, WORK / "no-index",
                       {"GAOXIN_BACKEND": "xapian", "GAOXIN_SHARDS": ",".join(s.address for s in servers)})
        finally:
            for server in servers:
                server.stop()
    return run(args, cores, our_index(args.articles), None)


def run(args, cores: int, index: Path, backend: dict | None) -> int:
    """The three measures over one server configuration."""
    label = f"xapian, {args.shards} shards" if backend else "whoosh"

    startups, memory = [], []
    for _ in range(3):
        with Server(index, cores, backend=backend) as server:
            startups.append(server.first_answer)
    with Server(index, cores, cache=False, backend=backend) as server:
        for url in URLS:
            get(server.port, url)
        memory = [memory_mb(pid) for pid in server.workers()]
    print(f"server benchmark at {args.articles} articles ({label}), {cores} cores\n")
    print(table(["start-up to first answer (s)", "run 1", "run 2", "run 3"], [["", *startups]]))
    print()
    print(table(["worker", "RSS MB", "PSS MB"], [[i + 1, rss, pss] for i, (rss, pss) in enumerate(memory)]))

    rows, rps = [], {}
    for cache in (False, True):
        for workers in sorted({1, cores}):
            with Server(index, workers, cache=cache, backend=backend) as server:
                result = load(server.port, args.seconds, args.clients)
            rps[(cache, workers)] = result["rps"]
            rows.append([workers, "on" if cache else "off", result["requests"], result["rps"], result["p50"],
                         result["p99"], result["errors"]])
    print(f"\nload: {args.clients} loopback clients, {args.seconds:.0f} s each, /search over the 30 queries\n")
    print(table(["workers", "cache", "requests", "req/s", "p50 ms", "p99 ms", "errors"], rows))
    errors = sum(r[-1] for r in rows)
    scaling = rps[(False, cores)] / rps[(False, 1)]
    print(f"\nSUMMARY http at {args.articles} ({label}): start-up {min(startups):.2f}-{max(startups):.2f} s "
          "(target < 2), "
          f"worker PSS max {max(p for _, p in memory):.0f} MB, RSS max {max(r for r, _ in memory):.0f} MB "
          f"(target < 300), searching req/s x{scaling:.2f} from 1 to {cores} workers, "
          f"cached {rps[(True, cores)]:.0f} req/s, errors {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
