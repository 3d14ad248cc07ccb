"""The declared settings: each one documented in the README, each read from
its GAOXIN_* variable by the app factory, a passed config winning."""
from __future__ import annotations

import re

from search.web.app import create_app
from search.web.settings import SETTINGS
from tests.conftest import ROOT


def test_every_setting_is_in_the_readme_table():
    readme = ROOT.joinpath("README.md").read_text("utf-8")
    for setting in SETTINGS:
        assert f"| `{setting.env}` |" in readme, f"{setting.env} is not documented in the README"
    declared = {setting.env for setting in SETTINGS}
    documented = set(re.findall(r"^\| `(GAOXIN_[A-Z_]+)` \|", readme, re.MULTILINE))
    assert documented == declared, f"in the README's table but not a setting: {documented - declared}"


def test_settings_come_from_the_environment_in_every_mode(monkeypatch, seed_index):
    monkeypatch.setenv("GAOXIN_BASE_URL", "https://gaoxin.example")
    monkeypatch.setenv("GAOXIN_RESULTS_CACHE", "0")
    app = create_app({"INDEX": str(seed_index), "TESTING": True})
    try:
        assert (app.config["BASE_URL"], app.config["RESULTS_CACHE"]) == ("https://gaoxin.example", 0)
        assert app.config["INDEX"] == str(seed_index)  # the caller's config wins
    finally:
        app.extensions["library"].close()


def test_budgets_reach_the_state_of_the_reader_the_app_opens(monkeypatch, seed_index):
    monkeypatch.setenv("GAOXIN_TERM_CACHE_MB", "3")
    monkeypatch.setenv("GAOXIN_MATCHES_KEPT", "5")
    app = create_app({"INDEX": str(seed_index), "TESTING": True})
    try:
        budgets = app.extensions["library"].state().budgets
        assert (budgets.term_cache_bytes, budgets.matches_kept, budgets.results_pages) == (3 * 2**20, 5, 256)
    finally:
        app.extensions["library"].close()
