"""The worker class of `python -m search serve`: gunicorn's gevent worker,
with the limits a server that faces clients directly needs.

Whoosh is pure Python and holds the GIL, so the workers stay processes (one
search at a time each); inside a worker, gevent's greenlets make a waiting
client cheap: one that trickles its request, keeps its connection idle or
stops reading its answer holds a greenlet, never the worker. gunicorn reads
and answers HTTP (its parser gives 400/414/431, 100-continue, chunked
bodies and keep-alive); this class only adds:

- a send timeout: a client that stops reading is cut after `send_seconds`
  (gevent's sendall counts the whole write, so a trickling reader is cut too);
- a connection cap that refuses (503 at once) rather than queues: past
  `max_clients` connections a worker answers new ones and closes them;
- an access-log line for every request gunicorn rejects before the app sees
  it (gunicorn logs those as warnings only), with the client's address.

The head timeout is gunicorn's own: the `keepalive` setting bounds the time
to read each request head, the first on a connection included.
"""
from __future__ import annotations

import datetime as dt

from gunicorn.http import errors
from gunicorn.workers.ggevent import GeventWorker

from search.web.app import GREENLETS
from search.web.settings import Limits

# Slots beyond the cap in which a refused connection is answered (not left
# in the listen backlog); refusing takes a moment, so few are needed.
REFUSING_SLOTS = 64
REFUSED = "连接太多，服务器正忙，请稍后再试"
# The statuses gunicorn gives to the requests its parser rejects
# (gunicorn.workers.base.Worker.handle_error), for the access log; any other
# rejection is a 400.
REJECTED = ((errors.LimitRequestLine, 414), (errors.LimitRequestHeaders, 431),
            (errors.UnsupportedTransferCoding, 501), (errors.ExpectationFailed, 417))


class Worker(GeventWorker):
    """gunicorn's gevent worker with a send timeout, a refusing connection
    cap and rejected requests in the access log. `serve` makes a subclass
    with its `limits` (gunicorn takes a class as `worker_class`)."""

    limits = Limits()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.worker_connections = self.limits.max_clients + REFUSING_SLOTS
        self.connections = 0

    def load_wsgi(self) -> None:
        """The app, its requests marked as served by greenlets."""
        super().load_wsgi()
        self.wsgi = Greenlets(self.wsgi)

    def handle(self, listener, client, addr) -> None:
        """One client connection: refused past the cap, else served by gunicorn."""
        client.settimeout(self.limits.send_seconds)
        if self.connections >= self.limits.max_clients:
            self._refuse(client, addr)
            return
        self.connections += 1
        try:
            # GeventWorker.handle would make the socket blocking (no send timeout)
            super(GeventWorker, self).handle(listener, client, addr)
        finally:
            self.connections -= 1

    def _refuse(self, client, addr) -> None:
        # gunicorn's write_error takes Latin-1 only; the reason is for a Chinese reader
        body = REFUSED.encode("utf-8")
        head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n")
        try:
            client.sendall(head.encode("ascii") + body)
        except OSError:
            pass
        finally:
            client.close()
        self._log_rejected(addr, 503, "too many connections")

    def handle_error(self, req, client, addr, exc) -> None:
        """gunicorn's answer to a request it could not read, and an access-log line."""
        super().handle_error(req, client, addr, exc)
        if req is None:  # gunicorn logs the others itself
            status = next((code for kind, code in REJECTED if isinstance(exc, kind)), 400)
            self._log_rejected(addr, status, type(exc).__name__)

    def _log_rejected(self, addr, status: int, why: str) -> None:
        if self.log.access_log.handlers:
            when = dt.datetime.now().astimezone().strftime("[%d/%b/%Y:%H:%M:%S %z]")
            client = addr[0] if addr else "-"
            self.log.access_log.info('%s %s "-" %s 0 0s worker=%s rejected=%s', when, client, status, self.pid, why)


class Greenlets:
    """WSGI middleware: marks a request as served by this worker's greenlets
    (GREENLETS); anything else is the wrapped app's (its extensions, config)."""

    def __init__(self, app) -> None:
        self.app = app

    def __call__(self, environ, start_response):
        environ[GREENLETS] = True
        return self.app(environ, start_response)

    def __getattr__(self, name):
        return getattr(self.app, name)
