"""`python -m search serve`: the production server: a buffering front
(search.web.front) on host:port before gunicorn's sync workers on a Unix socket.

Whoosh is pure Python and holds the GIL, so requests are served by processes,
one request at a time each, not by threads. The app (and jieba's dictionary)
is loaded once in the master and shared by the forked workers; each worker
opens the index itself right after the fork and keeps one searcher.
"""
from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from gunicorn.app.base import BaseApplication

from search.engine import columns
from search.index.store import writable_by_others
from search.web import front, settings
from search.web.app import create_app

_PR_SET_PDEATHSIG = 1
# The access log (stdout): time, client, request, status, bytes, seconds taken,
# worker, and whether a worker's cache answered.
ACCESS_LOG = '%(t)s %({x-forwarded-for}i)s "%(r)s" %(s)s %(B)s %(L)ss worker=%(p)s cache=%({x-cache}o)s'
# App errors (stderr): time, level, worker, and the message with method and path.
ERROR_LOG = "%(asctime)s [%(levelname)s] [worker %(process)d] %(name)s: %(message)s"


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


def _worker_started(worker) -> None:
    """As a worker starts: let Ctrl-C reach the master only, and open the index."""
    # Ctrl-C signals the whole process group. gunicorn's workers quit on
    # SIGINT/SIGQUIT at once, even in the middle of a request (a traceback in
    # the log); here they finish the request in hand and exit, as on SIGTERM,
    # when the master (which does get Ctrl-C) tells them to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGQUIT, lambda signum, frame: worker.handle_exit(signum, frame))
    _open_index(worker)


def _open_index(worker) -> None:
    """Open the index, its searcher and its in-memory columns as the worker
    starts, not on a request."""
    try:
        columns.of(worker.wsgi.extensions["library"].searcher())
    except Exception as exc:  # the app answers 503 until an index appears
        worker.log.error("index not opened yet: %s", exc)


def _front_process(backend: str, listener, limits: front.Limits) -> int:
    """Fork the buffering front server (search.web.front); it dies with this process."""
    pid = os.fork()
    if pid:
        listener.close()
        return pid
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    # Ctrl-C is the master's to handle: it stops the front with SIGTERM once
    # the workers are done (a front cancelled mid-request logs a traceback)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    front.run(backend, listener, limits)
    os._exit(0)


def serve(index: str, host: str, port: int, workers: int | None = None) -> int:
    """Run the server until interrupted; returns the exit status (2 when
    the index is writable by other users: see search.index.store.UNSAFE_BITS)."""
    unsafe = writable_by_others(Path(index))
    if unsafe is not None:
        print(f"error: {unsafe} is writable by users other than its owner (mode {os.lstat(unsafe).st_mode & 0o777:o}); "
              "index files hold pickles, so whoever can write them runs code in the server. "
              f"Make the index writable by its owner only (chmod -R go-w {index}) and start again.", file=sys.stderr)
        return 2
    try:
        listener = front.listen(host, port)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    logging.basicConfig(format=ERROR_LOG, level=logging.WARNING)
    app = create_app({"INDEX": index})  # the rest from the defaults and GAOXIN_* (search.web.settings)
    workers = workers or int(app.config["WORKERS"] or 0) or max(1, os.cpu_count() or 1)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    sockets = tempfile.mkdtemp(prefix="gaoxin-search-")
    backend = os.path.join(sockets, "gunicorn.sock")
    front_pid = _front_process(backend, listener, settings.limits(app.config))

    def ready(server) -> None:
        print(f"gaoxin-search: serving {url} ({workers} workers, index {index}); Ctrl-C stops",
              file=sys.stderr, flush=True)

    # timeout: a sync worker is killed after this long on one request; a CSV
    # of every match at 50,000 articles takes about 20 s (default 120).
    options = {"bind": f"unix:{backend}", "workers": workers, "worker_class": "sync",
               "preload_app": True, "post_worker_init": _worker_started, "when_ready": ready,
               "timeout": int(app.config["WORKER_TIMEOUT"]), "graceful_timeout": 5,
               "accesslog": "-", "access_log_format": ACCESS_LOG, "errorlog": "-",
               "loglevel": "warning", "proc_name": "gaoxin-search",
               # gunicorn's largest request line: a 500-character Chinese query
               # (the search box's limit) is 4,500 bytes percent-encoded
               "limit_request_line": 8190}
    master = os.getpid()
    try:
        Server(app, options).run()
    finally:
        # gunicorn's workers are forks of this frame: only the master stops the front
        if os.getpid() == master:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(front_pid, signal.SIGTERM)
                os.waitpid(front_pid, 0)
            shutil.rmtree(sockets, ignore_errors=True)
    return 0
