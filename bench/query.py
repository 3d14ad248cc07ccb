"""Query benchmark: the results page's work for the 30 benchmark queries, ours
against the stock pipeline and SQLite FTS5, at each size, in one run.

    python -m bench.query [--sizes 10000,50000] [--rounds 3] [--backend whoosh,xapian] [--shards 1,2]

- ours: `search.engine.results.run`, the code path of /search and /api/search
  (query reading, search, total, facets for zone/province/kind/policy/year
  and the timeline, fragments of the page's hits), on one reused searcher, as
  a server worker holds it. The caches (remembered matches and pages) are
  left out: every query here is computed. Cold: the term cache is emptied
  before each query too.
- ours-warm: the same with the term cache as other queries left it
  (bench.queries.PRIMING), restored before each query.
- stock: bench.stock (MultifieldParser, searcher per request, len(), zone
  and year facets, Whoosh highlights of the top 10).
- fts5: Python's sqlite3 FTS5 over the same articles cut by the same
  segmenter (words joined by spaces), bm25 ranking, snippet() of the top 10,
  count(*) and GROUP BY zone and year for the total and facets.

- xapian-N (`--backend` naming xapian): the same results page through the
  Xapian backend over N shards of the same corpus, each served by its own
  xapian-tcpsrv on loopback (bench.tcpsrv), the process connected to all.
  Cold as `ours`: the document frequencies the process remembers
  (ShardSet.frequency) are dropped before each query; the shards' page
  cache is warm after the warm-up pass, as a serving shard's is.
`--backend xapian` alone leaves out ours, stock and fts5; `--backend
whoosh,xapian` runs ours, ours-warm and xapian-N side by side (no baselines).
The machine's load average is printed with the figures: on a shared machine
they are only comparable within one run.

Latencies are per query, after one warm-up pass; the table of document
frequencies shows how many articles each query matches in each engine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sqlite3
import sys
import time
from collections import OrderedDict
from pathlib import Path

from bench.common import WORK, cpu_count, our_index, stock_index, summary_ms, table
from bench.queries import PRIMING, QUERIES
from bench.stock import StockSearch
from search.engine.backends import whoosh_columns as columns
from search.engine import results as engine
from search.engine.backends.whoosh import WhooshBackend
from search.engine.params import parse_args
from search.index import whoosh_read
from search.index.store import open_index, searcher_of
from search.text.analysis import words
from search.web import hits


class Ours:
    """engine.run on one reused searcher, cold: before each query the
    remembered matches and the cache of decoded postings are dropped, so
    every term is read from the index files again."""
    name = "ours"

    def __init__(self, root: Path):
        self.ix, _, _ = open_index(root)
        self.searcher = searcher_of(self.ix)  # as the app opens it
        self.backend = WhooshBackend(self.searcher)

    def run(self, params: dict) -> int:
        columns.forget(self.searcher)  # time the search, not the remembered matches
        self.reset_terms()
        # the whole results page, as the web app makes it: hits and timeline included
        return hits.presented(self.backend, engine.run(self.backend, parse_args(params))).total

    def reset_terms(self) -> None:
        """Empty the term cache."""
        whoosh_read.term_cache(self.searcher.reader()).clear()

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


class OursWarm(Ours):
    """A worker's steady state: the term cache holds what other queries
    (bench.queries.PRIMING, none of them a benchmark query) left in it, and
    is put back to exactly that before each query, so a query never profits
    from its own earlier rounds. Matches are still computed every time."""
    name = "ours-warm"

    def __init__(self, root: Path):
        super().__init__(root)
        super().reset_terms()
        for params in PRIMING:
            columns.forget(self.searcher)
            hits.presented(self.backend, engine.run(self.backend, parse_args(params)))
        self.primed = OrderedDict(whoosh_read.term_cache(self.searcher.reader()))

    def reset_terms(self) -> None:
        """Back to the primed cache."""
        cache = whoosh_read.term_cache(self.searcher.reader())
        cache.clear()
        cache.update(self.primed)


class XapianShards:
    """engine.run through the Xapian backend over N remote shards."""

    def __init__(self, articles: int, shards: int):
        from bench.common import xapian_shards
        from bench.tcpsrv import serving, shard_dirs
        from search.engine.backends.xapian import XapianBackend
        from search.engine.backends.xapian_shards import ShardSet

        self.name = f"xapian-{shards}"
        self.servers = serving(shard_dirs(xapian_shards(articles, shards)))
        self.shards = ShardSet([server.address for server in self.servers])
        self.backend = XapianBackend(self.shards)

    def run(self, params: dict) -> int:
        self.shards.forget()  # cold, as `ours`: every term's statistics asked of the shards again
        return hits.presented(self.backend, engine.run(self.backend, parse_args(params))).total

    def close(self) -> None:
        self.shards.close()
        for server in self.servers:
            server.stop()


class Stock:
    """The stock pipeline (no province field: that filter is dropped)."""
    name = "stock"

    def __init__(self, root: Path):
        self.search = StockSearch(root)

    def run(self, params: dict) -> int:
        day = dt.date.fromisoformat
        total, _ = self.search.run(params.get("q", ""), params.get("zone"),
                                   day(params["from"]) if "from" in params else None,
                                   day(params["to"]) if "to" in params else None,
                                   newest=params.get("sort") == "newest")
        return total

    def close(self) -> None:
        self.search.close()


def segmented(text: str) -> str:
    """Text as space-separated words (our segmenter, query mode: whole words)."""
    return " ".join(w for w, _, _, _ in words(text, index_mode=False))


class Fts5:
    """SQLite FTS5 over pre-segmented text."""
    name = "fts5"

    def __init__(self, ours_root: Path, path: Path):
        if not path.exists():
            self._build(ours_root, path)
        self.db = sqlite3.connect(path)

    @staticmethod
    def _build(ours_root: Path, path: Path) -> None:
        # The same articles, read from our index's stored copies.
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        db.execute("CREATE VIRTUAL TABLE a USING fts5(title, body, id UNINDEXED, zone UNINDEXED, "
                   "province UNINDEXED, date UNINDEXED, year UNINDEXED, tokenize='unicode61')")
        ix, _, _ = open_index(ours_root)
        with ix.searcher() as searcher:
            rows = []
            for stored in searcher.all_stored_fields():
                art = json.loads(stored["article"])
                rows.append((segmented(art["title"]), segmented(art["text"]), art["id"], art["zone"] or "",
                             stored.get("province") or "", art["date"] or "",
                             int(art["date"][:4]) if art["date"] else None))
            db.executemany("INSERT INTO a VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        ix.close()
        db.commit()
        db.close()
        tmp.rename(path)

    @staticmethod
    def match(q: str) -> str | None:
        """Our query syntax as an FTS5 expression: words ANDed, a term cut
        into several words as a phrase, "…" phrases, OR, -exclusions."""
        parts, negated = [], []
        for token in re.findall(r'"[^"]*"|\S+', q):
            if token == "OR":
                parts.append("OR")
                continue
            exclude = token.startswith("-") and len(token) > 1
            cut = segmented(token.strip('"-'))
            if not cut:
                continue
            phrase = '"' + cut.replace('"', "") + '"'
            (negated if exclude else parts).append(phrase)
        if not parts:
            return None
        expr = " ".join(parts)
        expr = re.sub(r'(?<=") (?=")', " AND ", expr)
        for n in negated:
            expr = f"({expr}) NOT {n}"
        return expr

    def run(self, params: dict) -> int:
        where, args = [], []
        expr = self.match(params.get("q", ""))
        if expr:
            where.append("a MATCH ?")
            args.append(expr)
        for key, column in (("zone", "zone"), ("province", "province")):
            if key in params:
                where.append(f"{column} = ?")
                args.append(params[key])
        if "from" in params:
            where.append("date >= ?")
            args.append(params["from"])
        if "to" in params:
            where.append("date <= ?")
            args.append(params["to"])
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        order = "ORDER BY date DESC" if params.get("sort") == "newest" or not expr else "ORDER BY bm25(a, 4.0, 1.0)"
        snippet = "snippet(a, 1, '<mark>', '</mark>', '…', 24)" if expr else "substr(body, 1, 100)"
        self.db.execute(f"SELECT id, title, {snippet} FROM a {clause} {order} LIMIT 10", args).fetchall()
        total = self.db.execute(f"SELECT count(*) FROM a {clause}", args).fetchone()[0]
        self.db.execute(f"SELECT zone, count(*) FROM a {clause} GROUP BY zone", args).fetchall()
        self.db.execute(f"SELECT year, count(*) FROM a {clause} GROUP BY year", args).fetchall()
        return total

    def close(self) -> None:
        self.db.close()


def measure(engine_, rounds: int) -> tuple[list[float], list[int]]:
    """(latencies in seconds, totals per query) over rounds after a warm-up."""
    totals = [engine_.run(q) for q in QUERIES]
    times = []
    for _ in range(rounds):
        for q in QUERIES:
            started = time.perf_counter()
            engine_.run(q)
            times.append(time.perf_counter() - started)
    return times, totals


def _load(averages: tuple[float, float, float]) -> str:
    return " ".join(f"{a:.2f}" for a in averages)


def main(argv: list[str] | None = None) -> int:
    """Run the query benchmark and print tables and a summary line."""
    parser = argparse.ArgumentParser(prog="python -m bench.query", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stock-up-to", type=int, default=50000,
                        help="run the stock pipeline (slow to build) only up to this size")
    parser.add_argument("--backend", default="whoosh",
                        help="whoosh (ours, stock, fts5), xapian, or both: whoosh,xapian")
    parser.add_argument("--shards", default="1,2", help="Xapian shard counts to run (default 1,2)")
    args = parser.parse_args(argv)
    backends = set(args.backend.split(","))
    WORK.mkdir(parents=True, exist_ok=True)
    rows, results = [], {}
    load_before = os.getloadavg()
    for size in (int(s) for s in args.sizes.split(",")):
        engines = []
        if "whoosh" in backends:
            ours_root = our_index(size)
            engines = [Ours(ours_root), OursWarm(ours_root)]
            if "xapian" not in backends:  # with xapian: the two backends side by side, no baselines
                if size <= args.stock_up_to:
                    engines.append(Stock(stock_index(size)))
                engines.append(Fts5(ours_root, WORK / f"fts5-{size}.sqlite"))
        if "xapian" in backends:
            engines += [XapianShards(size, int(n)) for n in args.shards.split(",")]
        for e in engines:
            times, totals = measure(e, args.rounds)
            e.close()
            stats = summary_ms(times)
            results[(e.name, size)] = (stats, totals)
            rows.append([e.name, size, stats["p50"], stats["p95"], stats["p99"], stats["mean"]])
    print(f"query benchmark: {len(QUERIES)} queries x {args.rounds} rounds, {cpu_count()} cores, milliseconds; "
          f"load average (1, 5, 15 min) {_load(load_before)} before, {_load(os.getloadavg())} after\n")
    print(table(["engine", "articles", "p50", "p95", "p99", "mean"], rows))
    largest = max(size for _, size in results)
    names = [n for n in ("ours", "stock", "fts5", *(f"xapian-{k}" for k in args.shards.split(",")))
             if (n, largest) in results]
    print(f"\nmatches per query at {largest} articles (document frequency)\n")
    df_rows = [[json.dumps(q, ensure_ascii=False)[1:-1]] + [results[(n, largest)][1][i] for n in names]
               for i, q in enumerate(QUERIES)]
    print(table(["query"] + names, df_rows))
    for size in sorted({size for _, size in results}):
        xapian = [(name, stats) for (name, at), (stats, _) in results.items() if at == size and name.startswith("x")]
        if xapian:
            print(f"SUMMARY xapian at {size}: " + ", ".join(
                f"{name} p50 {stats['p50']:.1f} ms p95 {stats['p95']:.1f} ms" for name, stats in xapian)
                + (f"; ours p50 {results[('ours', size)][0]['p50']:.1f} ms p95 {results[('ours', size)][0]['p95']:.1f}"
                   " ms" if ("ours", size) in results else ""))
        if ("fts5", size) not in results:
            continue
        p95 = {name: results[(name, size)][0]["p95"] for name in ("ours", "ours-warm", "stock", "fts5")
               if (name, size) in results}
        stock = (f"stock {p95['stock']:.0f} ms; ours/stock {p95['ours'] / p95['stock']:.2f} "
                 f"(warm {p95['ours-warm'] / p95['stock']:.2f}; target <= 0.20)" if "stock" in p95 else "no stock run")
        print(f"SUMMARY query at {size}: p95 ours {p95['ours']:.0f} ms (warm terms {p95['ours-warm']:.0f}), "
              f"{stock}, fts5 {p95['fts5']:.0f} ms; ours/fts5 {p95['ours'] / p95['fts5']:.2f} (target <= 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
