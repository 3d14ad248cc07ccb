"""A query no article answers whole: the articles holding most of its words,
said so, on the page, in the JSON and in exports; feeds stay strict."""
from __future__ import annotations

import csv
import io

from search.engine.query import RELAXED_NOTE

ABSENT = "量子纠缠"  # in no seed article


def hits(client, q: str, **params) -> dict:
    return client.get("/api/search", query_string={"q": q, "per_page": 50, **params}).json


def test_an_absent_word_relaxes_the_query_to_the_articles_holding_the_rest(client):
    strict = hits(client, "人才 补贴")
    answer = hits(client, f"人才 补贴 {ABSENT}")
    assert not strict["relaxed"] and strict["total"] > 0
    assert answer["relaxed"] and RELAXED_NOTE.format(n=3, k=2) in answer["parsed"]["notes"]
    # the articles holding two of the three words, no article holding one alone
    assert {h["id"] for h in answer["hits"]} == {h["id"] for h in strict["hits"]}
    looser = hits(client, f"人才 {ABSENT}")
    assert looser["relaxed"] and RELAXED_NOTE.format(n=2, k=1) in looser["parsed"]["notes"]
    assert looser["total"] == hits(client, "人才")["total"]


def test_filters_and_exclusions_stay_required_when_relaxed(client):
    answer = hits(client, f"人才 {ABSENT} zone:襄阳")
    assert answer["relaxed"] and answer["total"] > 0
    assert {h["zone"] for h in answer["hits"]} == {"襄阳高新区"}
    excluded = hits(client, f"人才 {ABSENT} -襄阳")
    assert excluded["relaxed"] and all("襄阳" not in h["title"] for h in excluded["hits"])
    assert hits(client, f"人才 {ABSENT}", zone="襄阳高新区")["total"] == answer["total"]


def test_nothing_to_relax_stays_empty(client):
    for q in (ABSENT, f"{ABSENT} 引力波", f'"{ABSENT}"'):
        answer = hits(client, q)
        assert (answer["total"], answer["relaxed"]) == (0, False)


def test_exports_take_the_relaxed_results_and_feeds_stay_strict(client):
    q = f"人才 {ABSENT}"
    page = hits(client, q, sort="newest")
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv", query_string={"q": q, "sort": "newest",
                                                                                 "lang": "en"})
                                           .get_data(as_text=True).lstrip("\ufeff"))))
    assert page["relaxed"] and len(rows) == page["total"] > 0
    feed = client.get("/search.atom", query_string={"q": q}).get_data(as_text=True)
    assert "<entry>" not in feed
