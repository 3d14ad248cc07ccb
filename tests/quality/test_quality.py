"""The judged query set must be fully recalled in the top 10, through the
real JSON API over a real seed index (see evaluate.py for the figures)."""
from __future__ import annotations

import pytest

from tests.quality.evaluate import api_titles, judge, load

JUDGED = load()


def test_the_judged_set_covers_every_query_class():
    kinds = {item.kind for item in JUDGED}
    assert len(JUDGED) >= 40
    assert {"word", "subword", "phrase", "traditional", "zone", "column", "synonym", "syntax"} <= kinds


@pytest.mark.parametrize("item", JUDGED, ids=[f"{i.kind}:{i.label}" for i in JUDGED])
def test_judged_query(client, item):
    outcome = judge(item, api_titles(client, item))
    assert not outcome.missing, f"not in the top 10: {outcome.missing}"
    assert not outcome.banned_found, f"should not match: {outcome.banned_found}"
