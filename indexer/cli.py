"""`python -m indexer`: parse pages, build or update the index, show its figures.

Errors are one line on stderr, never a traceback. Exit status: 0 all done,
1 done but some page was skipped (each named with its reason), 2 nothing done
(bad arguments, index locked or missing).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from indexer import continuations, explain, health
from indexer.build import SHARDS_FILE, BusyError, build, update
from indexer.corpus import parse_file, parse_files, read_folder
from indexer.manifest import read_manifest
from indexer.pages import PageError
from indexer.stats import index_stats
from search.index.whoosh_write import BadSegment
from search.index.store import Library, StoreError, current_dir, index_root

DEFAULT_SEEDS = Path("seeds")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="python -m indexer",
                                     description="Split newspaper pages into articles and index them.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse page files and print their articles")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per article per line")
    p.add_argument("--explain", action="store_true",
                   help="every line with the kind, role and rule it got, and the text in no article")
    p = sub.add_parser("check", help="corpus health (articles, text in no article, articles that look wrong) "
                                     "and the engine's state (live index, postings read directly or not)")
    p.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="page folder (default: seeds)")
    p.add_argument("--index", help="index folder (default: $GAOXIN_INDEX or var/index)")
    for name, text in (("build", "full build into a new index, swapped in atomically"),
                       ("update", "add new, replace changed and delete removed pages")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="page folder (default: seeds)")
        p.add_argument("--index", help="index folder (default: $GAOXIN_INDEX or var/index)")
        p.add_argument("--backend", choices=("whoosh", "xapian"), default="whoosh",
                       help="whoosh (default: one index) or xapian (shards for xapian-tcpsrv)")
        if name == "build":
            p.add_argument("--procs", type=int, help="indexing processes (default: one per core, up to 4, "
                                                    "for 100 pages or more; else 1)")
            p.add_argument("--shards", type=int, default=1, help="Xapian shards to write (default 1)")
    p = sub.add_parser("stats", help="pages, articles, zones, date range and size of the index")
    p.add_argument("--index", help="index folder (default: $GAOXIN_INDEX or var/index)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit status."""
    args = make_parser().parse_args(argv)
    try:
        if args.command == "parse":
            return cmd_parse(args.files, args.json, args.explain)
        if args.command == "check":
            return cmd_check(args.seeds, index_root(args.index))
        if args.command in ("build", "update"):
            return cmd_write(args.command, args.seeds, index_root(args.index), getattr(args, "procs", None),
                             args.backend, getattr(args, "shards", 1))
        return cmd_stats(index_root(args.index), args.json)
    except (BusyError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BadSegment as exc:
        print(f"error: {exc}; the build was abandoned: the previous index is still live", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the previous index is unchanged", file=sys.stderr)
        return 130
    except OSError as exc:  # disk full, permissions: the write was abandoned, the live index is as it was
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}; nothing was changed: the previous index is still live",
              file=sys.stderr)
        return 2
    except BrokenPipeError:  # `… | head` closed the pipe: that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def cmd_parse(files: list[Path], as_json: bool, explain_lines: bool = False) -> int:
    """Print every article of the files (stories continued across them
    joined); skip unreadable ones with the reason. Exit 1 when a file was
    skipped or text went into no article."""
    status = 0
    manifests: dict[Path, dict] = {}
    pages = []
    for path in files:
        folder = path.parent
        if folder not in manifests:
            problems: list[str] = []
            manifests[folder] = read_manifest(folder, problems)
            for problem in problems:
                print(f"note: {folder}/{problem}", file=sys.stderr)
        try:
            pages.append(parse_file(path, manifests[folder]))
        except PageError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            status = 1
    continuations.join([page.result for page in pages])
    for page in pages:
        for note in page.notes:
            print(f"note: {note}", file=sys.stderr)
        if page.result.left_out:
            status = 1
        if explain_lines:
            print("\n".join(explain.render(page.result)))
            continue
        for article in page.result.articles:
            if as_json:
                print(json.dumps(article.to_json(), ensure_ascii=False))
            else:
                date = article.date.isoformat() + ("~" if article.date_inferred else "") if article.date else "-"
                print(f"{article.id}  {article.kind.value:7} {date:11} {article.zone or '-':10} {article.title}")
    return status


def cmd_check(seeds: Path, root: Path) -> int:
    """Print the engine's state and the corpus health report; exit 1 when
    the index is answered through the fallback, a page was skipped or any
    text went into no article."""
    fallback = _print_engine_status(root)
    folder = read_folder(seeds)
    parsed = parse_files(folder.files, folder.manifest, "check")
    pages = [health.page_health(page) for page in parsed.pages]
    print("\n".join(health.render(pages)))
    skipped = folder.skipped + parsed.skipped
    for note in folder.notes:
        print(f"note: {note}", file=sys.stderr)
    for name, reason in skipped:
        print(f"skipped {name}: {reason}", file=sys.stderr)
    print(health.summary(pages, len(skipped)))
    return _status(skipped, sum(p.left_out for p in pages)) or int(fallback)


def _print_engine_status(root: Path) -> bool:
    """Print the live index's state (search.index.status); whether it is
    read through the fallback. No index yet is said, not an error."""
    if current_dir(root) is None:
        print(f"index      none at {root} (build one: python -m indexer build --index {root})")
        return False
    if (current_dir(root) / SHARDS_FILE).is_file():
        from indexer.xapian_build import shards_status  # the xapian extra: only for a root of shards

        print("\n".join(shards_status(root)))
        return False
    library = Library(root)
    try:
        status = library.status()
    finally:
        library.close()
    print("\n".join(status.lines()))
    return status.fallback


def _status(skipped: list, left_out: int) -> int:
    return 1 if skipped or left_out else 0


def cmd_write(command: str, seeds: Path, root: Path, procs: int | None = None, backend: str = "whoosh",
              shards: int = 1) -> int:
    """Build or update the index (or the Xapian shards) and say what happened."""
    if backend == "xapian":
        from indexer import xapian_build  # needs the xapian extra: only imported when asked for

        report = (xapian_build.build(seeds, root, shards, procs) if command == "build"
                  else xapian_build.update(seeds, root))
    else:
        report = build(seeds, root, procs) if command == "build" else update(seeds, root)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for name, reason in report.skipped:
        print(f"skipped {name}: {reason}", file=sys.stderr)
    if command == "build":
        print(f"built {root}: {report.pages} pages, {report.articles} articles"
              + (f" in {shards} Xapian shards" if backend == "xapian" else "")
              + (f", {len(report.skipped)} pages skipped" if report.skipped else ""))
    else:
        print(f"updated {root}: {len(report.added)} added, {len(report.changed)} changed, "
              f"{len(report.removed)} removed, {report.articles} articles (re)indexed"
              + (f", {len(report.skipped)} pages skipped" if report.skipped else ""))
    print(report.health)
    return _status(report.skipped, sum(report.left_out.values()))


def cmd_stats(root: Path, as_json: bool) -> int:
    """Print the index's figures."""
    figures = index_stats(root)
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    print(f"index      {figures['index']}")
    print(f"pages      {figures['pages']}")
    print(f"articles   {figures['articles']}")
    print(f"zones      {figures['zones']}")
    first, last = figures["date_range"]
    print(f"dates      {first or '-'} .. {last or '-'} ({figures['undated']} undated)")
    print(f"size       {figures['size_bytes'] / 1e6:.2f} MB")
    return 0



