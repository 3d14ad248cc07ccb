"""The one list of the web app's settings: name, default, what it does.

Each is read by the app factory (search.web.app.create_app) in every mode, from
the environment variable GAOXIN_<NAME> (values parsed as JSON when they are
JSON: numbers, true/false), and a config dict passed to the factory wins.
The README's settings table lists every one (tests/test_settings.py checks).
"""
from __future__ import annotations

from dataclasses import dataclass

from search.index.state import Budgets
from search.index.store import DEFAULT_ROOT

PREFIX = "GAOXIN"


@dataclass(frozen=True)
class Setting:
    """One setting of the web app."""
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        """The environment variable that sets it."""
        return f"{PREFIX}_{self.name}"


@dataclass(frozen=True)
class Limits:
    """What a worker of `serve` (search.web.worker) allows a client."""
    head_seconds: float = 10.0  # to send a request line and headers (gunicorn's keepalive)
    send_seconds: float = 30.0  # for one write of an answer to be taken by the client
    max_clients: int = 3000  # connections per worker; more are refused with 503


_BUDGETS, _LIMITS = Budgets(), Limits()

SETTINGS: tuple[Setting, ...] = (
    Setting("INDEX", str(DEFAULT_ROOT), "the index root (generations and the `current` link)"),
    Setting("INDEX_CHECK_SECONDS", 1.0, "how often a worker looks for a new index generation or commit"),
    # The search backend (search.engine.backends; README, "Scaling out")
    Setting("BACKEND", "whoosh", "`whoosh` (the index at INDEX) or `xapian` (the shards of SHARDS)"),
    Setting("SHARDS", None, "with BACKEND=xapian: the shards, comma-separated, each `tcp://HOST:PORT` of an "
                            "xapian-tcpsrv or a shard directory; a shard's replicas separated by `|` "
                            "(`tcp://a:7001|tcp://b:7001`)"),
    Setting("SHARD_TIMEOUT", 10.0, "with BACKEND=xapian: seconds a shard may take to connect or answer; "
                                   "then the request gets 503 naming the shard"),
    Setting("BASE_URL", None, "where the site is served (https://…), for the absolute URLs of feeds and CSV; "
                              "without it they follow the request's Host"),
    # What a worker keeps per index reader (search.index.state.Budgets)
    Setting("RESULTS_CACHE", _BUDGETS.results_pages, "results pages remembered per worker; 0 turns it off"),
    Setting("TERM_CACHE_MB", _BUDGETS.term_cache_bytes // 2**20,
            "decoded posting lists of common terms kept per worker, in MB"),
    Setting("TERM_CACHE_FROM", _BUDGETS.term_cache_from, "a posting list is kept from this many postings on"),
    Setting("MATCHES_KEPT", _BUDGETS.matches_kept,
            "queries whose matches are kept per worker for refinements (facets, sort, pages)"),
    # The server (search.web.serve, search.web.worker)
    Setting("WORKERS", None, "worker processes of `serve` (default one per CPU; --workers wins)"),
    Setting("WORKER_TIMEOUT", 120, "seconds a worker may go without reporting (one search, one export chunk) "
                                   "before it is restarted"),
    Setting("HEAD_SECONDS", _LIMITS.head_seconds,
            "seconds a client has to send a request line and headers, the first or the next on a kept-alive "
            "connection; then the connection is closed"),
    Setting("SEND_SECONDS", _LIMITS.send_seconds,
            "seconds one write of an answer may wait for a client that does not read; then it is cut"),
    Setting("MAX_CLIENTS", _LIMITS.max_clients, "connections each worker holds at once; more are refused with 503"),
    Setting("TRUSTED_PROXIES", None, "addresses (or networks) of the reverse proxies whose X-Forwarded-For and "
                                     "X-Forwarded-Proto are believed, comma-separated; none by default"),
    Setting("ALLOWED_HOSTS", None, "without BASE_URL, the host names a request's Host may carry, "
                                   "comma-separated (default: the address `serve` binds to, and localhost); "
                                   "another Host gets 400"),
    Setting("EXPORT_ROWS", 20000, "rows at most in a CSV export; the file's last line says when it stopped there"),
    Setting("FEED_ENTRIES", 50, "entries in an Atom feed"),
)


def defaults() -> dict[str, object]:
    """Every setting's default, by name."""
    return {s.name: s.default for s in SETTINGS}


def budgets(config) -> Budgets:
    """The per-reader budgets that a config (the app's) sets."""
    return Budgets(term_cache_bytes=int(float(config["TERM_CACHE_MB"]) * 2**20),
                   term_cache_from=int(config["TERM_CACHE_FROM"]), matches_kept=int(config["MATCHES_KEPT"]),
                   results_pages=int(config["RESULTS_CACHE"]))


def limits(config) -> Limits:
    """The worker's limits that a config (the app's) sets."""
    return Limits(head_seconds=float(config["HEAD_SECONDS"]), send_seconds=float(config["SEND_SECONDS"]),
                  max_clients=int(config["MAX_CLIENTS"]))


def listed(value) -> list[str]:
    """A list setting's items: from a comma-separated string (as in the
    environment) or a list; none for None."""
    items = value.split(",") if isinstance(value, str) else (value or [])
    return [item.strip() for item in items if item.strip()]
