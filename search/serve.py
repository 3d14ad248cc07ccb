"""`python -m search serve`: the production server (gunicorn, sync workers).

Whoosh is pure Python and holds the GIL, so requests are served by processes,
one request at a time each, not by threads. The app (and jieba's dictionary)
is loaded once in the master and shared by the forked workers; each worker
opens the index itself right after the fork and keeps one searcher.
"""
from __future__ import annotations

import os
import sys

from gunicorn.app.base import BaseApplication

from search import columns
from search.app import create_app


class Server(BaseApplication):
    """gunicorn driven from code rather than from its command line."""

    def __init__(self, app, options: dict) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def _open_index(worker) -> None:
    """Open the index, its searcher and its in-memory columns as the worker
    starts, not on a request."""
    try:
        columns.of(worker.wsgi.extensions["library"].searcher())
    except Exception as exc:  # the app answers 503 until an index appears
        worker.log.error("index not opened yet: %s", exc)


def serve(index: str, host: str, port: int, workers: int | None = None) -> int:
    """Run the server until interrupted; returns the exit status."""
    # GAOXIN_RESULTS_CACHE=0 turns the remembered results off (benchmarks).
    app = create_app({"INDEX": index})  # the rest from the defaults and GAOXIN_* (GAOXIN_RESULTS_CACHE, …)
    workers = workers or max(1, os.cpu_count() or 1)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"

    def ready(server) -> None:
        print(f"gaoxin-search: serving {url} ({workers} workers, index {index}); Ctrl-C stops",
              file=sys.stderr, flush=True)

    # timeout: a sync worker is killed after this long on one request; a CSV
    # of every match at 50,000 articles takes about 20 s.
    options = {"bind": f"{host}:{port}", "workers": workers, "worker_class": "sync",
               "preload_app": True, "post_worker_init": _open_index, "when_ready": ready,
               "timeout": 120, "graceful_timeout": 5, "accesslog": None, "errorlog": "-",
               "loglevel": "warning", "proc_name": "gaoxin-search"}
    Server(app, options).run()
    return 0
