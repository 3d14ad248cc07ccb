"""Zone pages and their JSON twins over the seed index."""
from __future__ import annotations

from urllib.parse import quote


def test_zones_are_grouped_by_province_with_counts(client):
    provinces = client.get("/api/zones").json["provinces"]
    assert provinces["江苏"]["无锡高新区"] == 2
    total = sum(sum(zones.values()) for zones in provinces.values())
    assert total == sum(client.get("/api/search").json["facets"]["zone"].values())
    html = client.get("/zones").get_data(as_text=True)
    assert f'<a href="/zones/{quote("无锡高新区")}">无锡高新区</a>' in html
    assert html.index("江苏") < html.index("湖北")  # provinces with more articles first


def test_zone_page_and_twin_agree(client):
    data = client.get("/api/zones/无锡", follow_redirects=True).json
    assert (data["zone"], data["province"], data["total"]) == ("无锡高新区", "江苏", 2)
    dates = [a["date"] for a in data["articles"]]
    assert dates == sorted(dates, reverse=True)
    assert data["topics"] and all(len(t) > 1 for t in data["topics"])
    html = client.get("/zones/无锡高新区").get_data(as_text=True)
    for article in data["articles"]:
        assert f'href="{article["url"]}"' in html
    link = client.get("/zones/无锡高新区").headers["Link"]
    assert link.isascii() and link.startswith(f"</api/zones/{quote('无锡高新区')}>")


def test_other_spellings_of_a_zone_redirect_to_its_canonical_url(client):
    for spelling in ("无锡", "無錫", "无锡国家高新区", "無錫高新區"):
        for prefix in ("/zones/", "/api/zones/"):
            response = client.get(prefix + spelling)
            assert response.status_code == 301, (prefix, spelling)
            assert response.headers["Location"] == prefix + quote("无锡高新区")
    assert client.get("/zones/无锡高新区").status_code == 200


def test_zone_policies_link_to_the_article_that_names_them(client):
    data = client.get("/api/zones/乐山高新区").json
    titles = [p["title"] for p in data["policies"]]
    assert "乐山高新区支持科技创新八条政策(试行)" in titles
    article = client.get(f"/api/articles/{data['policies'][0]['article']}").json
    assert data["policies"][0]["title"] in article["policies"]


def test_unknown_zone_is_404(client):
    assert client.get("/zones/不存在高新区").status_code == 404
    assert client.get("/api/zones/不存在高新区").json["error"]["status"] == 404


def test_zone_topics_are_distinctive_content_words(client):
    from search.text import gazetteer
    for zone in ["襄阳高新区", "无锡高新区", "济宁高新区", "平顶山高新区"]:
        topics = client.get(f"/api/zones/{zone}").json["topics"]
        assert len(topics) == 12
        assert "高新区" not in topics and "企业" not in topics, "words found everywhere sink"
        assert not [t for t in topics if gazetteer.canonical(t) or t.endswith(("市", "省"))], "no place names"
    assert "帮代办" in client.get("/api/zones/平顶山高新区").json["topics"]
    assert "专精特新" in client.get("/api/zones/无锡高新区").json["topics"]


def test_zone_topics_hold_no_verbs(client):
    """The verbs the issue found on 无锡高新区's page, and none tagged a verb anywhere."""
    from search.text import segmenter
    from search.web.zones import TOPIC_TAGS
    topics = client.get("/api/zones/无锡高新区").json["topics"]
    assert not {"投用", "抢眼", "督导", "完成率"} & set(topics), topics
    for zone in ("无锡高新区", "烟台高新区", "赣州高新区", "洛阳高新区"):
        for topic in client.get(f"/api/zones/{zone}").json["topics"]:
            assert dict(segmenter.tag(topic)).get(topic) in TOPIC_TAGS, (zone, topic)
            assert not topic.endswith("率"), (zone, topic)
