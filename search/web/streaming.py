"""Answers made row by row (the exports) that never stop the searches of
their worker.

Under `serve`'s gevent workers (search.web.worker) a worker's greenlets
switch only where one waits for a socket or yields: an export made in one go
(1.1 s of a worker at 10,000 articles) would hold up every search sent to
that worker meanwhile. So an export here
- sends its first line at once (the client sees the download start),
- makes its rows in chunks of about CHUNK_CHARS and lets the worker's other
  greenlets run between two chunks (`time.sleep`: gevent's sleep once
  gevent has patched the worker; elsewhere a thread's yield); while the
  worker has other requests in hand the export waits for them (up to
  MOST_WAIT a chunk): searches first, exports with what is left,
- runs one at a time per process (a second export waits for its turn,
  searches do not), so that exports cannot take a worker over,
- keeps its searcher open to the last row even when a new index generation
  replaces it meanwhile (search.index.store.Library.leased),
- holds one chunk in memory, whatever the number of rows.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator

from flask import g

from search.web.current import library

CHUNK_CHARS = 4 * 1024  # about ten CSV rows, a few milliseconds of work
YIELD = 0.0001  # seconds an export sleeps after each chunk: one turn of gevent's loop
PAUSE = 0.002  # seconds an export sleeps while other requests are in hand
MOST_WAIT = 0.25  # seconds at most an export waits between two chunks
_turns: dict[int, threading.Semaphore] = {}
# The requests this process is answering, and how many of them are exports
# (a streamed answer's request ends when its last row is sent). Counted per
# process: counts shared by the workers would stay wrong after a worker is
# killed mid-request (and a lock held by it would stop them all).
_counts = [0, 0]
REQUESTS, EXPORTS = 0, 1


def _add(which: int, n: int) -> None:
    _counts[which] += n


def request_started() -> None:
    """Before a request (search.web.app): one more in hand."""
    _add(REQUESTS, 1)
    g.counted = True


def request_ended(exc: BaseException | None = None) -> None:
    """As a request's context goes (after its last byte): one fewer."""
    if g.pop("counted", False):
        _add(REQUESTS, -1)


def _let_others_run() -> None:
    """Between two chunks: the worker's loop goes round once (new
    connections and requests are read), then the export waits while
    requests that are not exports are in hand."""
    # gevent's sleep(0) may come straight back before any I/O is looked at;
    # a sleep of any length waits for the next turn of the loop
    time.sleep(YIELD)
    deadline = time.monotonic() + MOST_WAIT
    while _counts[REQUESTS] > _counts[EXPORTS] and time.monotonic() < deadline:
        time.sleep(PAUSE)


def _turn() -> threading.Semaphore:
    """This process's export turn. Made on first use, in the worker: by then
    gevent has patched threading, so waiting for it blocks one greenlet, not
    the worker (a semaphore made in the master before the fork would)."""
    pid = os.getpid()
    if pid not in _turns:
        _turns[pid] = threading.Semaphore(1)
    return _turns[pid]


def streamed(searcher, first: str, rows: Iterable[str], last: Iterable[str] = ()) -> Iterator[str]:
    """`first` at once, then `rows` (made lazily, from `searcher`) in chunks,
    in this process's export turn, then `last` (made after the rows)."""
    # the lease from the first step on: the view made `rows` from `searcher`
    # with no greenlet switch since, but writing `first` may switch
    _add(EXPORTS, 1)
    try:
        with library().leased(searcher):
            yield first
            with _turn():
                chunk: list[str] = []
                size = 0
                for row in rows:
                    chunk.append(row)
                    size += len(row)
                    if size >= CHUNK_CHARS:
                        yield "".join(chunk)
                        chunk, size = [], 0
                        _let_others_run()
                yield "".join(chunk) + "".join(last)
    finally:
        _add(EXPORTS, -1)
