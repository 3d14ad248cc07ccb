"""The one list of the web app's settings: name, default, what it does.

Each is read by the app factory (search.app.create_app) in every mode, from
the environment variable GAOXIN_<NAME> (values parsed as JSON when they are
JSON: numbers, true/false), and a config dict passed to the factory wins.
The README's settings table lists every one (tests/test_settings.py checks).
"""
from __future__ import annotations

from dataclasses import dataclass

from search.store import DEFAULT_ROOT, RECENT_RESULTS

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


SETTINGS: tuple[Setting, ...] = (
    Setting("INDEX", str(DEFAULT_ROOT), "the index root (generations and the `current` link)"),
    Setting("INDEX_CHECK_SECONDS", 1.0, "how often a worker looks for a new index generation or commit"),
    Setting("RESULTS_CACHE", RECENT_RESULTS, "results pages remembered per worker; 0 turns it off"),
    Setting("BASE_URL", None, "where the site is served (https://…), for the absolute URLs of feeds and CSV; "
                              "without it they follow the request's Host"),
)


def defaults() -> dict[str, object]:
    """Every setting's default, by name."""
    return {s.name: s.default for s in SETTINGS}
