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

import contextlib
import datetime as dt

import gevent

from gunicorn.http import errors
from gunicorn.workers.ggevent import GeventWorker

from search.web.app import GREENLETS
from search.web.settings import Limits

# Slots beyond the cap in which a refused connection is answered (not left
# in the listen backlog); refusing takes a moment, so few are needed.
REFUSING_SLOTS = 64
REFUSED = "连接太多，服务器正忙，请稍后再试"
TOO_SLOW = "请求头发送太慢，连接已关闭，请重试"
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
        connection = gevent.getcurrent()
        connection.client, connection.addr, connection.requests = client, addr, 0
        try:
            # GeventWorker.handle would make the socket blocking (no send timeout)
            super(GeventWorker, self).handle(listener, client, addr)
        finally:
            self.connections -= 1

    def handle_request(self, listener_name, req, sock, addr):
        """One request of a connection (counted: the first head may be slow)."""
        gevent.getcurrent().requests += 1
        return super().handle_request(listener_name, req, sock, addr)

    @contextlib.contextmanager
    def timeout_ctx(self):
        """gunicorn's time limit on reading a request head (`keepalive`): an
        idle kept-alive connection ends quietly as in gunicorn; a client that
        has not sent its first head in time gets 408 and an access-log line."""
        timer = gevent.Timeout(self.cfg.keepalive)
        timer.start()
        try:
            yield
        except gevent.Timeout as expired:
            if expired is not timer:
                raise
            connection = gevent.getcurrent()
            if not getattr(connection, "requests", 1):
                with contextlib.suppress(OSError):
                    _answer(connection.client, "408 Request Timeout", TOO_SLOW)
                self._log_rejected(connection.addr, 408, "slow request head")
        finally:
            timer.close()

    def _refuse(self, client, addr) -> None:
        try:
            _answer(client, "503 Service Unavailable", REFUSED)
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


def _answer(client, status: str, reason: str) -> None:
    """A plain-text answer with its reason in Chinese (gunicorn's own error
    writer takes Latin-1 only), then the connection is done."""
    body = reason.encode("utf-8")
    head = (f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")
    with contextlib.suppress(OSError):
        client.sendall(head.encode("ascii") + body)


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
