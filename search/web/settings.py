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
from search.web.front import Limits

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


_BUDGETS, _LIMITS = Budgets(), Limits()

SETTINGS: tuple[Setting, ...] = (
    Setting("INDEX", str(DEFAULT_ROOT), "the index root (generations and the `current` link)"),
    Setting("INDEX_CHECK_SECONDS", 1.0, "how often a worker looks for a new index generation or commit"),
    Setting("BASE_URL", None, "where the site is served (https://…), for the absolute URLs of feeds and CSV; "
                              "without it they follow the request's Host"),
    # What a worker keeps per index reader (search.index.state.Budgets)
    Setting("RESULTS_CACHE", _BUDGETS.results_pages, "results pages remembered per worker; 0 turns it off"),
    Setting("TERM_CACHE_MB", _BUDGETS.term_cache_bytes // 2**20,
            "decoded posting lists of common terms kept per worker, in MB"),
    Setting("TERM_CACHE_FROM", _BUDGETS.term_cache_from, "a posting list is kept from this many postings on"),
    Setting("MATCHES_KEPT", _BUDGETS.matches_kept,
            "queries whose matches are kept per worker for refinements (facets, sort, pages)"),
    # The server (search.web.serve, search.web.front)
    Setting("WORKERS", None, "worker processes of `serve` (default one per CPU; --workers wins)"),
    Setting("WORKER_TIMEOUT", 120, "seconds a worker may spend on one request before it is restarted"),
    Setting("HEAD_SECONDS", _LIMITS.head_seconds, "seconds a client has to send its request line and headers"),
    Setting("BODY_SECONDS", _LIMITS.body_seconds, "seconds a client has to send a request body"),
    Setting("MAX_CLIENTS", _LIMITS.max_clients, "connections the front server handles at once"),
    Setting("BACKEND_WAIT_SECONDS", _LIMITS.backend_wait_seconds,
            "how long a request waits for the workers to come up"),
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
    """The front server's limits that a config (the app's) sets."""
    return Limits(head_seconds=float(config["HEAD_SECONDS"]), body_seconds=float(config["BODY_SECONDS"]),
                  max_clients=int(config["MAX_CLIENTS"]),
                  backend_wait_seconds=float(config["BACKEND_WAIT_SECONDS"]))
