"""Exports against searches: does a mix with 5% CSV exports slow the searches
down? On the real server (`python -m search serve`), loopback only, for a
fixed time, then it stops.

    python -m bench.exports [--articles 3000] [--seconds 15] [--clients 4] [--share 0.05]

Three runs on the same server (one worker per core, results cache off so
that every search searches): `--clients` threads request the 30 benchmark
result pages in turn; in the second run every 1/share-th request of each
thread is instead the full CSV of a broad query (nearly every article); in
the third, one more thread makes such exports back to back (the searching
clients do not wait in exports, so the searches meet more of them). Printed:
search latencies (p50, p95) of each run and the p95 ratios (target <= 1.5), the
exports' time to first byte and to the last, and the workers' peak resident
memory (VmHWM) after each run (flat: the export streams its rows).
"""
from __future__ import annotations

import argparse
import http.client
import sys
import threading
import time
from pathlib import Path

from bench.common import cpu_count, our_index, percentile, table
from bench.http import URLS, Server, get

EXPORT = "/search.csv?q=%E9%AB%98%E6%96%B0%E5%8C%BA"  # 高新区: nearly every article


def export(port: int) -> tuple[float, float, int]:
    """One full CSV export: (seconds to the first byte, to the last, bytes)."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("GET", EXPORT)
        response = conn.getresponse()
        size = len(response.read(1))
        first = time.perf_counter() - started
        size += len(response.read())
        return first, time.perf_counter() - started, size
    finally:
        conn.close()


def mixed_load(port: int, seconds: float, clients: int, share: float, exporters: int = 0) -> dict:
    """Searches (and exports every 1/share-th request, when share > 0) from
    `clients` threads for `seconds`, and `exporters` more threads making
    exports back to back."""
    searches: list[float] = []
    exports: list[tuple[float, float, int]] = []
    errors = [0]
    lock = threading.Lock()
    every = round(1 / share) if share > 0 else 0
    stop = time.perf_counter() + seconds

    def client(offset: int, exporting: bool = False) -> None:
        n = offset
        while time.perf_counter() < stop:
            n += 1
            try:
                if exporting or (every and n % every == 0):
                    result = export(port)
                    with lock:
                        exports.append(result)
                    continue
                started = time.perf_counter()
                ok = get(port, URLS[n % len(URLS)]) == 200
                with lock:
                    searches.append(time.perf_counter() - started)
                    errors[0] += not ok
            except OSError:
                with lock:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(i * 7,)) for i in range(clients)]
    threads += [threading.Thread(target=client, args=(0, True)) for _ in range(exporters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"searches": searches, "exports": exports, "errors": errors[0], "seconds": seconds}


def peak_rss_mb(pid: int) -> float:
    """A process's peak resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str] | None = None) -> int:
    """Run both loads and print a table and a summary line."""
    parser = argparse.ArgumentParser(prog="python -m bench.exports", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--share", type=float, default=0.05, help="share of requests that are CSV exports")
    args = parser.parse_args(argv)
    index = our_index(args.articles)
    workers = cpu_count()
    rows, p95 = [], {}
    with Server(index, workers, cache=False) as server:
        for url in URLS:  # every worker's columns and caches warm
            get(server.port, url)
        for name, share, exporters in (("none", 0.0, 0), (f"{args.share:.0%} of requests", args.share, 0),
                                       ("1 more client, back to back", 0.0, 1)):
            result = mixed_load(server.port, args.seconds, args.clients, share, exporters)
            searches, exports = result["searches"], result["exports"]
            p95[name] = percentile(searches, 95) * 1000
            rows.append([name, len(searches), len(searches) / args.seconds, percentile(searches, 50) * 1000,
                         p95[name], len(exports),
                         max((e[0] for e in exports), default=0) * 1000,
                         max((e[1] for e in exports), default=0) * 1000,
                         max((e[2] for e in exports), default=0) / 2**20,
                         max(peak_rss_mb(pid) for pid in server.workers()), result["errors"]])
    print(f"exports against searches at {args.articles} articles, {workers} workers, {args.clients} clients, "
          f"{args.seconds:.0f} s a run\n")
    print(table(["exports", "searches", "search req/s", "p50 ms", "p95 ms", "exports done", "first byte max ms",
                 "export max ms", "export MB", "worker peak RSS MB", "errors"], rows))
    none, mixed, extra = p95.values()
    print(f"\nSUMMARY exports at {args.articles}: search p95 {none:.0f} ms without exports, "
          f"{mixed:.0f} ms with {args.share:.0%} exports: x{mixed / none:.2f} (target <= 1.5); "
          f"{extra:.0f} ms with an export client besides: x{extra / none:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
