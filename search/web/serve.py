"""`python -m search serve`: the production server: gunicorn with gevent
workers (search.web.worker) on host:port.

Whoosh is pure Python and holds the GIL, so searches are served by
processes, one search at a time each; greenlets inside each worker make
slow or idle clients cheap. The app (and jieba's dictionary) is loaded once
in the master and shared by the forked workers; each worker opens the index
itself right after the fork and keeps one searcher.
"""
from __future__ import annotations

import logging
import os
import resource
import signal
import socket
import sys
from pathlib import Path

from gunicorn.app.base import BaseApplication

from search.engine.backends import backend_class
from search.index.store import writable_by_others
from search.web import settings, worker
from search.web.app import create_app

# The access log (stdout): time, client (the peer, or the address a trusted
# proxy forwarded), request, status, bytes, seconds taken, worker, and
# whether a worker's cache answered.
ACCESS_LOG = '%(t)s %(h)s "%(r)s" %(s)s %(B)s %(L)ss worker=%(p)s cache=%({x-cache}o)s'
# App errors (stderr): time, level, worker, and the message with method and path.
ERROR_LOG = "%(asctime)s [%(levelname)s] [worker %(process)d] %(name)s: %(message)s"
# gunicorn's largest request line: a 500-character Chinese query (the search
# box's limit) is 4,500 bytes percent-encoded; longer lines get 414.
REQUEST_LINE = 8190
WILDCARDS = ("0.0.0.0", "::", "")  # every address: no one name a client would use


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
        backend = backend_class(worker.wsgi.config["BACKEND"])(worker.wsgi.extensions["library"].searcher())
        if backend.features.columns_in_memory:
            backend.warm()
    except Exception as exc:  # the app answers 503 until an index appears
        worker.log.error("index not opened yet: %s", exc)


def _enough_files(connections: int) -> None:
    """Raise the soft limit of open files to what the connection cap needs
    (each connection is a file; many systems start at 1,024), or say that
    the hard limit is lower."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + 256  # the index's files, logs, the listener
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return
    if hard != resource.RLIM_INFINITY and hard < wanted:
        print(f"warning: at most {hard} open files (`ulimit -Hn`): fewer connections than "
              "GAOXIN_MAX_CLIENTS x workers can be held", file=sys.stderr)
        wanted = hard
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def _can_listen(host: str, port: int) -> str | None:
    """Why host:port cannot be listened on (said at once, before gunicorn
    retries for a while), or None."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def gunicorn_options(app, host: str, port: int, workers: int) -> dict:
    """gunicorn's settings for the app's config (search.web.settings)."""
    config = app.config
    limits = settings.limits(config)
    worker_class = type("Worker", (worker.Worker,), {"limits": limits})

    def ready(server) -> None:
        url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
        print(f"gaoxin-search: serving {url} ({workers} workers, index {config['INDEX']}); Ctrl-C stops",
              file=sys.stderr, flush=True)

    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return {"bind": bind, "workers": workers, "worker_class": worker_class,
            "worker_connections": limits.max_clients,
            # the head of each request within HEAD_SECONDS, the first included
            "keepalive": max(1, round(limits.head_seconds)),
            # a worker that does not report for this long (one search or one
            # export chunk that long) is killed and replaced
            "timeout": int(config["WORKER_TIMEOUT"]), "graceful_timeout": 5,
            # X-Forwarded-Proto and the like only from a configured proxy (none by default)
            "forwarded_allow_ips": ",".join(settings.listed(config["TRUSTED_PROXIES"])),
            "secure_scheme_headers": {"X-FORWARDED-PROTO": "https"},  # the one the nginx recipe sets
            "preload_app": True, "post_worker_init": _worker_started, "when_ready": ready,
            "accesslog": "-", "access_log_format": ACCESS_LOG, "errorlog": "-", "loglevel": "warning",
            "proc_name": "gaoxin-search", "limit_request_line": REQUEST_LINE, "backlog": 1024}


def serve(index: str, host: str, port: int, workers: int | None = None) -> int:
    """Run the server until interrupted; returns the exit status (2 when
    the index is writable by other users: see search.index.store.UNSAFE_BITS)."""
    unsafe = writable_by_others(Path(index))
    if unsafe is not None:
        print(f"error: {unsafe} is writable by users other than its owner (mode {os.lstat(unsafe).st_mode & 0o777:o}); "
              "index files hold pickles, so whoever can write them runs code in the server. "
              f"Make the index writable by its owner only (chmod -R go-w {index}) and start again.", file=sys.stderr)
        return 2
    problem = _can_listen(host, port)
    if problem:
        print(f"error: cannot listen on {host}:{port}: {problem}", file=sys.stderr)
        return 2
    logging.basicConfig(format=ERROR_LOG, level=logging.WARNING)
    app = create_app({"INDEX": index})  # the rest from the defaults and GAOXIN_* (search.web.settings)
    if not app.config["ALLOWED_HOSTS"]:  # the default: the address bound to, and localhost
        app.config["ALLOWED_HOSTS"] = f"{host},localhost"
        if not app.config["BASE_URL"] and host in WILDCARDS:
            print(f"warning: bound to {host} with neither GAOXIN_BASE_URL nor GAOXIN_ALLOWED_HOSTS set: "
                  "a request naming this machine by its address or name gets 400", file=sys.stderr)
    workers = workers or int(app.config["WORKERS"] or 0) or max(1, os.cpu_count() or 1)
    options = gunicorn_options(app, host, port, workers)
    _enough_files(workers * (options["worker_connections"] + worker.REFUSING_SLOTS))
    Server(app, options).run()
    return 0
