"""Search over what the parser makes of other outlets' pages: every judged
article of judged_outlets.tsv in the top 10 of the real JSON API, over one
index of the seed pages and the outlet pages (tests/data/outlets)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.build import build
from tests.conftest import DATA, SEEDS, close_app, make_app
from tests.quality.evaluate import api_titles, judge, load

JUDGED = load(Path(__file__).with_name("judged_outlets.tsv"))


@pytest.fixture(scope="module")
def outlet_client(tmp_path_factory):
    pages = tmp_path_factory.mktemp("outlet-pages")
    for folder in (SEEDS, DATA / "outlets"):
        for page in folder.glob("*.txt"):
            shutil.copy(page, pages / page.name)
    root = tmp_path_factory.mktemp("outlet-index")
    build(pages, root)
    app = make_app(root)
    yield app.test_client()
    close_app(app)


@pytest.mark.parametrize("item", JUDGED, ids=[f"{i.kind}:{i.label}" for i in JUDGED])
def test_judged_outlet_query(outlet_client, item):
    outcome = judge(item, api_titles(outlet_client, item))
    assert not outcome.missing, f"not in the top 10: {outcome.missing}"
