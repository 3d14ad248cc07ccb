"""The buffering front server that `python -m search serve` puts before gunicorn.

gunicorn's sync workers read each request themselves, so a client that sends
its headers one byte at a time holds a worker for as long as it likes: as
many slow clients as workers, and nobody else is answered. Whoosh is pure
Python and GIL-bound, so workers must stay processes, one request each.
This front reads every request whole first, on an event loop where a slow
client costs a few kilobytes and no worker: the request head within
`Limits.head_seconds`, its body within `Limits.body_seconds`, both within
size limits. Only
then does it pass the request to gunicorn over a Unix socket (with
`Connection: close`) and stream the answer back.
"""
from __future__ import annotations

import asyncio
import contextlib
import re
import socket
from dataclasses import dataclass

MAX_HEAD = 16 * 1024   # what gunicorn accepts too (limit_request_line/fields)
MAX_BODY = 1024 * 1024
REPLY_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """The front's timeouts and connection limit (settings HEAD_SECONDS,
    BODY_SECONDS, MAX_CLIENTS, BACKEND_WAIT_SECONDS)."""
    head_seconds: float = 10.0  # the whole request line and headers
    body_seconds: float = 30.0  # a request body (the app takes none, but a client may send one)
    max_clients: int = 1000  # open connections at once; more wait in the listen backlog
    backend_wait_seconds: float = 10.0  # how long a request waits for gunicorn to come up

_CONTENT_LENGTH = re.compile(rb"^content-length\s*:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
_CHUNKED = re.compile(rb"^transfer-encoding\s*:.*chunked", re.IGNORECASE | re.MULTILINE)
# headers the front sets itself (a client's own X-Forwarded-For is not believed)
_CONNECTION = re.compile(rb"^(?:connection|keep-alive|proxy-connection|x-forwarded-for)\s*:[^\r\n]*\r\n",
                         re.IGNORECASE | re.MULTILINE)


def _answer(status: str, message: str) -> bytes:
    body = message.encode("utf-8")
    return (f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode("ascii") + body


async def _read_request(reader: asyncio.StreamReader, client: str, limits: Limits) -> bytes:
    """The whole request (head and body) with `Connection: close` and the
    client's address in `X-Forwarded-For`; raises on a timeout, an
    incomplete or too large request, or a chunked body."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), limits.head_seconds)
    found = _CONTENT_LENGTH.search(head)
    length = int(found.group(1)) if found else 0
    if _CHUNKED.search(head) or length > MAX_BODY:
        raise ValueError("body")
    body = await asyncio.wait_for(reader.readexactly(length), limits.body_seconds) if length else b""
    head = _CONNECTION.sub(b"", head[:-2]) + f"X-Forwarded-For: {client}\r\nConnection: close\r\n\r\n".encode()
    return head + body


class Front:
    """The front server: listens on host:port, hands whole requests to the
    gunicorn listening on `backend` (a Unix socket path)."""

    def __init__(self, backend: str, limits: Limits = Limits()) -> None:
        self.backend = backend
        self.limits = limits
        self.clients = asyncio.Semaphore(limits.max_clients)
        # The loop keeps only weak references to tasks: a handler waiting on
        # a connection that went away could be garbage-collected mid-await
        # (a "Task was destroyed but it is pending!" traceback at stop).
        self.handlers: set[asyncio.Task] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One client connection: one request, one answer."""
        task = asyncio.current_task()
        self.handlers.add(task)
        task.add_done_callback(self.handlers.discard)
        async with self.clients:
            try:
                try:
                    peer = writer.get_extra_info("peername")
                    request = await _read_request(reader, str(peer[0]) if peer else "-", self.limits)
                except (asyncio.TimeoutError, asyncio.IncompleteReadError):
                    writer.write(_answer("408 Request Timeout", "请求发送得太慢或不完整，已断开"))
                    return
                except (asyncio.LimitOverrunError, ValueError):
                    writer.write(_answer("413 Content Too Large", "请求太大"))
                    return
                await self._forward(request, writer)
            except (ConnectionError, OSError):
                pass  # the client went away
            finally:
                with contextlib.suppress(ConnectionError, OSError, asyncio.TimeoutError):
                    await asyncio.wait_for(writer.drain(), self.limits.body_seconds)
                writer.close()

    async def _forward(self, request: bytes, writer: asyncio.StreamWriter) -> None:
        for _ in range(max(1, int(self.limits.backend_wait_seconds * 10))):  # gunicorn may still be starting
            try:
                up_reader, up_writer = await asyncio.open_unix_connection(self.backend)
                break
            except OSError:
                await asyncio.sleep(0.1)
        else:
            writer.write(_answer("502 Bad Gateway", "服务正在启动，请稍后再试"))
            return
        try:
            up_writer.write(request)
            await up_writer.drain()
            while chunk := await up_reader.read(REPLY_CHUNK):
                writer.write(chunk)
                await writer.drain()
        finally:
            up_writer.close()

    async def serve(self, listener: socket.socket) -> None:
        """Serve on a bound, listening socket until cancelled."""
        server = await asyncio.start_server(self.handle, sock=listener, limit=MAX_HEAD)
        async with server:
            await server.serve_forever()


def listen(host: str, port: int) -> socket.socket:
    """The front's listening socket (bound before anything is forked, so that
    a port in use is said at once)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener


def run(backend: str, listener: socket.socket, limits: Limits = Limits()) -> None:
    """Run the front server in this process until it is killed."""
    asyncio.run(Front(backend, limits).serve(listener))
