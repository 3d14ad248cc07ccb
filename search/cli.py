"""`python -m search`: query the index from a terminal.

`serve` runs the web app (search.web.serve); `query TEXT` prints the best matches
in the terminal; `nginx` prints the nginx configuration to put before `serve`.
`serve` and `query` build the index from seeds/ first when there is none
(through `python -m indexer build`, so that search never imports indexer).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from markupsafe import Markup

from search.engine import results as engine
from search.engine.backends import backend_class
from search.engine.backends.whoosh import WhooshBackend
from search.engine.params import MAX_PER_PAGE, SearchState
from search.engine.query import QueryTooLong
from search.errors import SearchError
from search.index.store import Library, StoreError, current_dir, index_root
from search.text import segmenter
from search.web import hits, settings


def ensure_index(root: Path, seeds: Path) -> None:
    """Build the index from seeds when none exists yet."""
    if current_dir(root) is None:
        print(f"no index at {root}: building it from {seeds} ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "indexer", "build", "--seeds", str(seeds), "--index", str(root)],
                       check=False)


def served_remotely() -> bool:
    """Whether `serve` answers from an index built and served apart (the
    GAOXIN_BACKEND backend's `remote` flag), so that none is built here."""
    name = os.environ.get(f"{settings.PREFIX}_BACKEND", settings.defaults()["BACKEND"])
    return backend_class(str(name)).features.remote


def run_query(root: Path, text: str, limit: int) -> int:
    """Print the best matches for text (the web page's code path); 0 when
    something was found."""
    library = Library(root)
    try:
        searcher = library.searcher()
        state = SearchState(q=text, per_page=max(1, min(limit, MAX_PER_PAGE)))
        found = WhooshBackend(searcher)
        page = hits.presented(found, engine.run(found, state))
    finally:
        library.close()
    print(f"{page.total} articles match {text!r}")
    for hit in page.hits:
        print(f"\n{_terminal(hit.title)}  [{hit.zone or '-'} {hit.date or ''} {hit.kind}]")
        print("   " + " ".join(_terminal(f) for f in hit.fragments[:2]))
    return 0 if page.total else 1


def _terminal(html: Markup) -> str:
    """Marked HTML as terminal text: 【highlights】, entities decoded."""
    return Markup(str(html).replace("<mark>", "【").replace("</mark>", "】")).unescape()


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m search", description="Search the high-tech zone pages.")
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("query", help="print the best matches for a query")
    q.add_argument("text")
    q.add_argument("--index", help="index folder (default: $GAOXIN_INDEX or var/index)")
    q.add_argument("--seeds", type=Path, default=Path("seeds"), help="pages to build from when there is no index")
    q.add_argument("--limit", type=int, default=5)
    s = sub.add_parser("serve", help="run the web app (gunicorn, gevent workers)")
    s.add_argument("--index", help="index folder (default: $GAOXIN_INDEX or var/index)")
    s.add_argument("--seeds", type=Path, default=Path("seeds"), help="pages to build from when there is no index")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--workers", type=int, default=None, help="worker processes (default: one per CPU)")
    n = sub.add_parser("nginx", help="print the nginx configuration to put before `serve`")
    n.add_argument("--listen", default="80", help="nginx's listen address (default 80)")
    n.add_argument("--upstream", default="127.0.0.1:8000", help="where `serve` listens (default 127.0.0.1:8000)")
    n.add_argument("--server-name", default="_", help="the site's host name (default: any)")
    args = parser.parse_args(argv)
    if args.command == "nginx":
        from search.web import nginx
        print(nginx.render(args.listen, args.upstream, args.server_name), end="")
        return 0
    segmenter.load()
    root = index_root(args.index)
    try:
        if not (args.command == "serve" and served_remotely()):  # shards are built apart
            ensure_index(root, args.seeds)
        if args.command == "serve":
            from search.web.serve import serve  # gunicorn only when serving
            return serve(str(root), args.host, args.port, args.workers)
        return run_query(root, args.text, args.limit)
    except (StoreError, SearchError, QueryTooLong) as exc:
        print(f"error: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `… | head -1` closed the pipe: that is fine
        sys.stderr.close()  # no second error when Python flushes at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
