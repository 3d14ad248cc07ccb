"""Answers made row by row (the exports) that never stop the searches of
their worker.

Under `serve`'s gevent workers (search.web.worker) a worker's greenlets
switch only where one waits for a socket or yields: an export made in one go
(1.1 s of a worker at 10,000 articles) would hold up every search sent to
that worker meanwhile. So an export here
- sends its first line at once (the client sees the download start),
- makes its rows in chunks of about CHUNK_CHARS and lets the worker's other
  greenlets run between two chunks (`time.sleep(0)`: gevent's sleep once
  gevent has patched the worker; elsewhere a thread's yield),
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

from search.web.current import library

CHUNK_CHARS = 16 * 1024
_turns: dict[int, threading.Semaphore] = {}


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
                    time.sleep(0)  # the worker's other greenlets (searches) run now
            yield "".join(chunk) + "".join(last)
