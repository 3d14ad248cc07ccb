"""Facets beyond zone/kind/year: the policy facet and filter, zones grouped by
province, and the timeline (years, months for short ranges, bars as links)."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from search.web.facets import by_province

LESHAN_POLICY = "乐山高新区支持科技创新八条政策(试行)"


def test_policy_facet_counts_and_filters(client):
    data = client.get("/api/search").json
    policies = data["facets"]["policy"]
    assert policies[LESHAN_POLICY] == 1
    filtered = client.get("/api/search", query_string={"policy": LESHAN_POLICY}).json
    assert filtered["total"] == 1 and filtered["filters"]["policy"] == [LESHAN_POLICY]
    article = client.get(f"/api/articles/{filtered['hits'][0]['id']}").json
    assert LESHAN_POLICY in article["policies"]
    # Counted as if unfiltered, so the other policies stay selectable.
    assert filtered["facets"]["policy"] == policies


def test_policy_filter_accepts_the_title_in_brackets(client):
    response = client.get("/search", query_string={"policy": f"《{LESHAN_POLICY}》"})
    assert response.status_code == 302
    assert dict(parse_qsl(urlsplit(response.headers["Location"]).query)) == {"policy": LESHAN_POLICY}


def test_two_policies_match_either(client):
    policies = list(client.get("/api/search").json["facets"]["policy"])[:2]
    both = client.get("/api/search", query_string=[("policy", p) for p in policies]).json
    singles = [client.get("/api/search", query_string={"policy": p}).json for p in policies]
    either = {h["id"] for single in singles for h in single["hits"]}
    assert both["total"] == len(either) >= max(single["total"] for single in singles)
    assert {h["id"] for h in both["hits"]} == either


def test_policy_facet_on_the_page_links_to_the_filter(client):
    html = client.get("/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA").get_data(as_text=True)
    section = html[html.index('id="facet-policy"'):]
    assert f"《{LESHAN_POLICY}》" in section
    assert "policy=" in section


def test_zone_facet_is_grouped_by_province(client):
    html = client.get("/search").get_data(as_text=True)
    facet = html[html.index('id="facet-zone"'):html.index('id="facet-province"')]
    groups = re.findall(r'<h3 class="group">([^<]+)</h3>', facet)
    zones = client.get("/api/search").json["facets"]["zone"]
    expected = [province for province, _ in by_province(list(zones.items()))]
    assert groups == expected and "江苏" in groups
    jiangsu = facet[facet.index(">江苏<"):]
    jiangsu = jiangsu[:jiangsu.find('<h3', 1) if '<h3' in jiangsu[1:] else None]
    assert "无锡高新区" in jiangsu and "襄阳高新区" not in jiangsu


def test_by_province_orders_provinces_by_total_and_unknown_last():
    grouped = by_province([("襄阳高新区", 1), ("无锡高新区", 2), ("苏州高新区", 1), ("某某高新区", 9)])
    assert grouped == [("江苏", [("无锡高新区", 2), ("苏州高新区", 1)]), ("湖北", [("襄阳高新区", 1)]),
                       ("（省份不详）", [("某某高新区", 9)])]


def test_timeline_has_a_bar_a_year_linking_to_the_year(client):
    data = client.get("/api/search?q=%E4%BC%81%E4%B8%9A").json  # 企业
    timeline = data["timeline"]
    assert timeline["unit"] == "year"
    years = [int(b["period"]) for b in timeline["bars"]]
    assert years == list(range(min(years), max(years) + 1)), "no year left out, empty ones included"
    assert {str(y): c for y, c in data["facets"]["year"].items()} == \
        {b["period"]: b["count"] for b in timeline["bars"] if b["count"]}
    bar = timeline["bars"][0]
    params = dict(parse_qsl(urlsplit(bar["url"]).query))
    assert params == {"q": "企业", "from": f"{bar['period']}-01-01", "to": f"{bar['period']}-12-31"}
    assert client.get(bar["url"].replace("/search", "/api/search")).json["total"] == bar["count"]


def test_a_selected_year_keeps_every_year_and_shows_its_months(client):
    data = client.get("/api/search?from=2023-01-01&to=2023-12-31").json
    timeline = data["timeline"]
    assert timeline["unit"] == "year" and len(timeline["bars"]) > 1, "the other years stay, to stretch the range"
    assert [b["period"] for b in timeline["bars"] if b["selected"]] == ["2023"]
    detail = timeline["detail"]
    assert detail["unit"] == "month" and len(detail["bars"]) == 12
    assert sum(b["count"] for b in detail["bars"]) == data["total"]
    assert all(re.fullmatch(r"2023-\d\d", b["period"]) for b in detail["bars"])
    month = next(b for b in detail["bars"] if b["count"])
    inside = client.get(month["url"].replace("/search", "/api/search")).json
    assert inside["total"] == month["count"]
    selected = [b for b in inside["timeline"]["detail"]["bars"] if b["selected"]]
    assert len(selected) == 1 and selected[0]["period"] == month["period"]
    assert "from=" not in selected[0]["url"], "the selected bar takes the filter off"


def test_two_clicks_on_the_timeline_select_a_range(client):
    first = client.get("/api/search?q=%E4%BC%81%E4%B8%9A").json["timeline"]["bars"]  # 企业
    early, late = first[0], first[-1]
    assert early["period"] != late["period"]
    after_one = client.get(early["url"].replace("/search", "/api/search")).json
    stretch = next(b for b in after_one["timeline"]["bars"] if b["period"] == late["period"])
    assert not stretch["selected"]
    params = dict(parse_qsl(urlsplit(stretch["url"]).query))
    assert (params["from"], params["to"]) == (f"{early['period']}-01-01", f"{late['period']}-12-31")
    ranged = client.get(stretch["url"].replace("/search", "/api/search")).json
    assert all(b["selected"] for b in ranged["timeline"]["bars"]), "every year of the range is marked"
    assert ranged["total"] == sum(b["count"] for b in first)
    middle = ranged["timeline"]["bars"][1]
    narrowed = dict(parse_qsl(urlsplit(middle["url"]).query))
    assert (narrowed["from"], narrowed["to"]) == (f"{middle['period']}-01-01", f"{middle['period']}-12-31")


def test_timeline_svg_is_accessible_and_escaped(client):
    html = client.get("/search?q=%E4%BC%81%E4%B8%9A").get_data(as_text=True)
    figure = html[html.index('<figure class="timeline"'):html.index("</figure>")]
    assert 'aria-labelledby="timeline-main-words"' in figure
    assert '<p id="timeline-main-words" class="visually-hidden">匹配文章按年分布：' in figure
    assert re.search(r'<figcaption id="timeline-caption">按年分布：点一根柱子只看这一年', figure), "a visible caption"
    labels = re.findall(r'<text class="label"[^>]*>([^<]+)</text>', figure)
    assert labels and all(re.fullmatch(r"\d{4}", y) for y in labels), "full years, not 23"
    links = re.findall(r'<a href="([^"]+)" class="bar[^"]*"\s+aria-label="([^"]+)"', figure)
    assert links and all("篇" in label for _, label in links)
    assert all("&amp;from=" in href for href, _ in links)


def test_no_timeline_without_dated_matches(client):
    data = client.get("/api/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD").json
    assert data["total"] == 0 and data["timeline"] is None
    html = client.get("/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD").get_data(as_text=True)
    assert '<figure class="timeline"' not in html


def test_article_page_links_each_policy_to_its_filter(client):
    hit = client.get("/api/search", query_string={"policy": LESHAN_POLICY}).json["hits"][0]
    html = client.get(f"/articles/{hit['id']}").get_data(as_text=True)
    links = re.findall(r'<a href="(/search\?policy=[^"]+)"', html)
    assert links
    for link in links:
        found = client.get(link.replace("&amp;", "&").replace("/search", "/api/search")).json
        assert hit["id"] in [h["id"] for h in found["hits"]]
