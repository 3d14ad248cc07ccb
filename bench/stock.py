"""The stock pipeline, the baseline every benchmark compares against: what the
Whoosh and jieba documentation lead to. jieba 0.42.1's `ChineseAnalyzer` on
title and body, one default writer (compound segments), a `MultifieldParser`
query, `ix.searcher()` opened per request as in Whoosh's examples, `len()` for
the total, Whoosh's highlighter for fragments, `groupedby` for facets.

    python -m bench.stock build --seeds DIR --index DIR

It parses pages with our parser (the same articles go in), so the difference
measured is analysis, schema and writer settings.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import warnings
from pathlib import Path

from whoosh import highlight, index, sorting
from whoosh import query as Q
from whoosh.fields import DATETIME, ID, NUMERIC, STORED, TEXT, Schema
from whoosh.qparser import MultifieldParser

from indexer.corpus import page_files, parse_file
from indexer.manifest import read_manifest

ROOT = Path(__file__).resolve().parent.parent


def _jieba():
    # jieba 0.42.1 has invalid escape sequences (SyntaxWarning when compiled
    # fresh) and keeps its dictionary cache in the shared temp dir: keep both
    # out of the way, and load the dictionary before timing anything.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba
        from jieba.analyse import ChineseAnalyzer
    cache = ROOT / "var" / "bench" / "jieba.cache"
    cache.parent.mkdir(parents=True, exist_ok=True)
    jieba.dt.cache_file = str(cache)
    jieba.setLogLevel(60)
    jieba.initialize()
    return ChineseAnalyzer


def schema() -> Schema:
    """Title and body with jieba's analyzer, zone, year and date for filters and facets."""
    analyzer = _jieba()()
    return Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=analyzer, stored=True),
                  content=TEXT(analyzer=analyzer, stored=True), zone=ID(stored=True, sortable=True),
                  year=NUMERIC(sortable=True), date=DATETIME(stored=True, sortable=True), article=STORED())


def build(seeds: Path, target: Path) -> int:
    """Index every page of seeds with one default writer; returns articles."""
    target.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(target), schema())
    manifest = read_manifest(seeds)
    articles = 0
    with ix.writer() as writer:
        for path in page_files(seeds):
            for a in parse_file(path, manifest).result.articles:
                fields = {"id": a.id, "title": a.title, "content": a.text, "zone": a.zone or ""}
                if a.date:
                    fields["date"] = dt.datetime.combine(a.date, dt.time())
                    fields["year"] = a.date.year
                writer.add_document(**fields)
                articles += 1
    ix.close()
    return articles


class StockSearch:
    """One stock query as a web page would run it."""

    def __init__(self, root: Path):
        _jieba()
        self.ix = index.open_dir(str(root))

    def run(self, q: str, zone: str | None = None, date_from: dt.date | None = None,
            date_to: dt.date | None = None, newest: bool = False) -> tuple[int, list[str]]:
        """(total, highlighted fragments of the top 10)."""
        with self.ix.searcher() as searcher:
            parsed = MultifieldParser(["title", "content"], self.ix.schema).parse(q) if q else Q.Every()
            parts = []
            if zone:
                parts.append(Q.Term("zone", zone))
            if date_from or date_to:
                parts.append(Q.DateRange("date", dt.datetime.combine(date_from, dt.time()) if date_from else None,
                                         dt.datetime.combine(date_to, dt.time()) if date_to else None))
            flt = Q.And(parts) if parts else None
            results = searcher.search(parsed, filter=flt, limit=10,
                                      sortedby=sorting.FieldFacet("date", reverse=True) if newest else None,
                                      groupedby={"zone": sorting.FieldFacet("zone"),
                                                 "year": sorting.FieldFacet("year")},
                                      maptype=sorting.Count)
            results.fragmenter = highlight.ContextFragmenter(maxchars=100, surround=40)
            total = len(results)
            results.groups("zone"), results.groups("year")
            return total, [hit.highlights("content", top=3) for hit in results[:10]]

    def close(self) -> None:
        """Close the index."""
        self.ix.close()


def main(argv: list[str] | None = None) -> int:
    """CLI: build a stock index (run in its own process to measure its memory)."""
    parser = argparse.ArgumentParser(prog="python -m bench.stock")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build")
    p.add_argument("--seeds", type=Path, required=True)
    p.add_argument("--index", type=Path, required=True)
    args = parser.parse_args(argv)
    print(f"stock build: {build(args.seeds, args.index)} articles, pid {os.getpid()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
