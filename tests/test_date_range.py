"""Date ranges as people type them: a year, a month or a day, in the URL and
in the page's 起/止 form; shortcuts for the last one and three years."""
from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qsl, urlsplit

import pytest

from search.engine.params import SearchState, parse_args
from search.errors import BadParameter
from search.web.facets import date_shortcuts


@pytest.mark.parametrize("given, start, end", [
    (("2022", "2022"), "2022-01-01", "2022-12-31"),
    (("2022-3", "2022-03"), "2022-03-01", "2022-03-31"),
    (("2024-02", "2024-2"), "2024-02-01", "2024-02-29"),
    (("2022-12", "2022-12"), "2022-12-01", "2022-12-31"),
    (("2021年3月5日", "2023年"), "2021-03-05", "2023-12-31"),
    (("２０２１／３／５", "2023.6"), "2021-03-05", "2023-06-30"),
    (("2021-03-05", ""), "2021-03-05", None),
])
def test_a_year_or_a_month_is_its_first_day_from_and_its_last_day_to(given, start, end):
    state = parse_args({"from": given[0], "to": given[1]})
    assert str(state.date_from) == start and (str(state.date_to) if state.date_to else None) == end


@pytest.mark.parametrize("value", ["22", "2022-13", "2022-02-30", "2022-1-1-1", "9999-12", "明年"])
def test_what_is_not_a_date_is_refused(value):
    with pytest.raises(BadParameter):
        parse_args({"to": value})


def test_the_page_redirects_a_short_date_to_the_canonical_url_and_the_api_answers_it(client):
    response = client.get("/search?q=人才&from=2022&to=2023-6")
    assert response.status_code == 302
    assert dict(parse_qsl(urlsplit(response.location).query)) == {"q": "人才", "from": "2022-01-01",
                                                                   "to": "2023-06-30"}
    short = client.get("/api/search?q=人才&from=2022").json
    full = client.get("/api/search?q=人才&from=2022-01-01").json
    assert short["total"] == full["total"] and short["filters"]["from"] == "2022-01-01"


def test_the_results_page_has_a_date_form_keeping_the_other_filters(client):
    html = client.get("/search?q=人才&kind=brief&from=2020-01-01").get_data(as_text=True)
    form = html[html.index('<form class="daterange"'):html.index("</form>", html.index('<form class="daterange"'))]
    assert '<input type="hidden" name="q" value="人才">' in form
    assert '<input type="hidden" name="kind" value="brief">' in form
    assert 'name="from" value="2020-01-01"' in form and 'name="to" value=""' in form
    assert 'name="page"' not in form


def test_shortcuts_reach_back_from_today_and_stay_open_ended():
    today = dt.date(2026, 11, 22)
    shortcuts = {label: (target, current) for label, target, current in date_shortcuts(SearchState(q="人才"), today)}
    assert set(shortcuts) == {"近一年", "近三年"}
    year, _ = shortcuts["近一年"]
    assert (year.date_from, year.date_to, year.q) == (dt.date(2025, 11, 23), None, "人才")
    assert shortcuts["近三年"][0].date_from == dt.date(2023, 11, 23)
    chosen = date_shortcuts(year, today)
    assert [(label, current) for label, _, current in chosen] == [("近一年", True), ("近三年", False), ("不限", False)]
    leap = date_shortcuts(SearchState(), dt.date(2024, 2, 29))[0][1]
    assert leap.date_from == dt.date(2023, 3, 1)
