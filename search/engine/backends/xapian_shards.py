"""The Xapian shards a process searches, as one database: opened from
GAOXIN_SHARDS (`tcp://HOST:PORT` of an xapian-tcpsrv, or a shard directory,
comma-separated; a shard's replicas separated by `|`), each shard's schema
checked, a failed replica left for the next one, and every failure turned
into one answer a user can read (ShardsUnavailable: 503, in Chinese, naming
the shard) and one log line.

Reconnecting backs off: an address that failed is not tried again before
its delay (doubling from RETRY_FIRST to RETRY_MOST) has passed, so a
shard that is down is not hammered by every request of every worker (a
reconnect storm once took down a healthy xapian-tcpsrv that was starting).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import xapian

from search.engine.backends import xapian_layout as layout
from search.errors import ShardsUnavailable
from search.index.store import StoreError

log = logging.getLogger(__name__)

RETRY_FIRST = 0.25  # seconds before an address that failed is tried again
RETRY_MOST = 10.0
FREQUENCIES_KEPT = 200_000  # terms whose document frequency a process remembers


@dataclass
class _Address:
    """One replica of a shard, and how it has been failing."""
    spec: str
    failures: int = 0
    retry_at: float = 0.0

    def failed(self) -> None:
        self.failures += 1
        self.retry_at = time.monotonic() + min(RETRY_FIRST * 2 ** (self.failures - 1), RETRY_MOST)

    def worked(self) -> None:
        self.failures, self.retry_at = 0, 0.0


class _Failure(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


class Shard:
    """One shard: its replicas, the one in use, its open database."""

    def __init__(self, number: int, spec: str, timeout: float) -> None:
        self.number = number
        self.addresses = [_Address(s.strip()) for s in spec.split("|") if s.strip()]
        if not self.addresses:
            raise StoreError(f"shard {number} of GAOXIN_SHARDS has no address")
        self.timeout = timeout
        self.database: xapian.Database | None = None
        self.address: _Address | None = None

    @property
    def name(self) -> str:
        """The shard as a message names it."""
        return f"分片 {self.number}（{' | '.join(a.spec for a in self.addresses)}）"

    def open(self) -> xapian.Database:
        """The shard's database: the replica in use, else the first that
        opens (replicas in back-off are skipped); ShardsUnavailable when none."""
        if self.database is not None:
            return self.database
        now = time.monotonic()
        ready = [a for a in self.addresses if a.retry_at <= now]
        if not ready:
            wait = min(a.retry_at for a in self.addresses) - now
            raise ShardsUnavailable(f"{self.name} 刚刚连接失败，{wait:.1f} 秒后再试；搜索暂不可用，请稍后再试")
        failures = []
        for address in ready:
            try:
                database = _open(address.spec, self.timeout)
                _check_schema(database)
            except _Failure as exc:
                address.failed()
                failures.append(exc)
                log.error("xapian shard %d: %s: %s", self.number, address.spec, exc.detail)
                continue
            address.worked()
            self.database, self.address = database, address
            return database
        raise ShardsUnavailable(f"{self.name} {failures[-1].reason}；搜索暂不可用，请稍后再试")

    def lost(self) -> None:
        """Forget the open database after it failed: the next open tries
        its address again (once: a failed connection backs off), then the
        next replica."""
        self.database = self.address = None


def _open(spec: str, timeout: float) -> xapian.Database:
    """Open one replica: a remote xapian-tcpsrv or a local directory."""
    millis = int(timeout * 1000)
    try:
        if spec.startswith("tcp://"):
            parts = urlsplit(spec)
            if not parts.hostname or not parts.port:
                raise _Failure("的地址无效", f"bad address {spec!r}")
            return xapian.remote_open(parts.hostname, parts.port, millis, millis)
        return xapian.Database(spec)
    except xapian.NetworkTimeoutError as exc:
        raise _Failure("连接超时", str(exc)) from None
    except xapian.NetworkError as exc:
        raise _Failure("无法连接", str(exc)) from None
    except xapian.Error as exc:
        raise _Failure("无法打开", f"{type(exc).__name__}: {exc}") from None


def _check_schema(database: xapian.Database) -> None:
    try:
        found = database.get_metadata(layout.SCHEMA_KEY)
    except xapian.Error as exc:
        raise _Failure("无法读取", f"{type(exc).__name__}: {exc}") from None
    found = found.decode("utf-8", "replace") if isinstance(found, bytes) else found
    if found != layout.SHARD_SCHEMA:
        raise _Failure(f"的索引版本是 {found or '（无）'}，本程序需要 {layout.SHARD_SCHEMA}，请重建分片"
                       "（python -m indexer build --backend xapian）",
                       f"schema {found!r}, needs {layout.SHARD_SCHEMA!r}")


class ShardSet:
    """Every shard of GAOXIN_SHARDS searched as one Xapian database (global
    statistics: the idf and totals of one index)."""

    def __init__(self, specs: list[str], timeout: float = 10.0) -> None:
        if not specs:
            raise StoreError("GAOXIN_BACKEND=xapian needs the shards: set GAOXIN_SHARDS to their addresses "
                             "(tcp://HOST:PORT or shard directories, comma-separated)")
        self.shards = [Shard(n, spec, timeout) for n, spec in enumerate(specs)]
        self._combined: xapian.Database | None = None
        self.revision = 0  # changes when the shards change (a commit, a new build, another replica)
        # term -> documents holding it, for this revision: a query's idf, run
        # covers and fallback rule ask for each term, a round trip to every shard
        self._frequencies: dict[str, int] = {}
        self._frequencies_of = -1

    def forget(self) -> None:
        """Drop the remembered frequencies (benchmarks time a cold query)."""
        self._frequencies = {}

    def frequency(self, term: str) -> int:
        """In how many documents of all shards a term occurs (remembered for the revision)."""
        database = self.database()  # first: opening the shards starts a revision
        if self._frequencies_of != self.revision or len(self._frequencies) > FREQUENCIES_KEPT:
            self._frequencies, self._frequencies_of = {}, self.revision
        found = self._frequencies.get(term)
        if found is None:
            found = self._frequencies[term] = database.get_termfreq(term)
        return found

    def database(self) -> xapian.Database:
        """The shards as one database (each opened if it is not)."""
        if self._combined is None:
            combined = xapian.Database()
            for shard in self.shards:
                combined.add_database(shard.open())
            self._combined = combined
            self.revision += 1
        return self._combined

    def run(self, work):
        """work(database), retried once on another replica when a shard fails
        on the way; ShardsUnavailable (and one log line) when it cannot be done."""
        for attempt in (1, 2):
            database = self.database()
            try:
                return work(database)
            except xapian.DatabaseModifiedError:  # a local shard committed meanwhile: read the new revision
                self._combined.reopen()
                self.revision += 1
            except (xapian.NetworkError, xapian.DatabaseError) as exc:
                # the shards that stopped answering are closed; the second
                # attempt reconnects (a restarted server answers at once) or
                # goes on to the next replica, and says which failed
                failed = self._failed_shards()
                if attempt == 2 or not failed:
                    raise self._unavailable(failed or self.shards, exc) from None
        return work(self.database())

    def refresh(self) -> bool:
        """Look for a new revision of the shards (a commit, a swapped build):
        True when there is one."""
        if self._combined is None:
            return False
        try:
            changed = self._combined.reopen()
        except (xapian.NetworkError, xapian.DatabaseError):
            # a shard stopped answering (or was restarted): reconnect on the
            # next use, which opens it again or says why it cannot
            self._failed_shards()
            self._combined = None
            return True
        if changed:
            self.revision += 1
        return changed

    def _failed_shards(self) -> list[Shard]:
        """The shards that no longer answer (each asked once); they are
        closed, so that the next use opens the next replica."""
        failed = []
        for shard in self.shards:
            if shard.database is None:
                failed.append(shard)
                continue
            try:
                shard.database.keep_alive()
            except xapian.Error:
                failed.append(shard)
        for shard in failed:
            shard.lost()
        if failed:
            self._combined = None
        return failed

    def _unavailable(self, failed: list[Shard], exc: Exception) -> ShardsUnavailable:
        reason = "响应超时" if isinstance(exc, xapian.NetworkTimeoutError) else "连接中断"
        names = "、".join(s.name for s in failed)
        log.error("xapian shards unavailable (%s): %s: %s", ", ".join(str(s.number) for s in failed),
                  type(exc).__name__, exc)
        return ShardsUnavailable(f"{names} {reason}；搜索暂不可用，请稍后再试")

    def close(self) -> None:
        """Close every open shard."""
        for shard in self.shards:
            if shard.database is not None:
                shard.database.close()
            shard.database = shard.address = None
        self._combined = None
