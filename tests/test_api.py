"""The JSON API: fields, facets, the OpenAPI description, and answers that
validate against it."""
from __future__ import annotations

import jsonschema
import pytest
from openapi_spec_validator import validate

HIT_FIELDS = {"id", "title", "kicker", "zone", "date", "date_inferred", "kind", "section", "url", "snippet"}


@pytest.fixture(scope="module")
def spec(app):
    return app.test_client().get("/api/openapi.json").json


def schema_of(spec: dict, name: str) -> dict:
    """A component schema with its references resolvable."""
    return {**spec["components"]["schemas"][name], "components": spec["components"]}


def test_openapi_description_is_valid_and_names_every_parameter(spec):
    validate(spec)
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert names == {"q", "zone", "province", "kind", "policy", "newspaper", "page_name", "author", "section",
                     "from", "to", "sort", "page", "per_page"}


def test_search_json_fields(client, spec):
    data = client.get("/api/search?q=人才&per_page=3").json
    jsonschema.validate(data, schema_of(spec, "SearchResults"))
    assert (data["query"], data["page"], data["per_page"]) == ("人才", 1, 3)
    assert len(data["hits"]) == 3 and data["total"] > 3
    for hit in data["hits"]:
        assert HIT_FIELDS <= set(hit)
        assert "<mark>人才</mark>" in hit["snippet"] or "<mark>人才</mark>" in hit["title"]
        assert hit["url"].startswith(f"/articles/{hit['id']}?q=")
    assert set(data["facets"]) >= {"zone", "year", "kind"}
    assert sum(data["facets"]["kind"].values()) == data["total"]
    assert data["parsed"]["all"][0]["words"] == ["人才"]


def test_query_reading_is_in_the_json(client):
    parsed = client.get("/api/search", query_string={"q": '高企 "招商引资" -襄阳 zone:衡阳 OR'}).json["parsed"]
    first, phrase, zone = parsed["all"]
    assert first["expansions"] == ["高新技术企业"]
    assert phrase["type"] == "phrase" and phrase["text"] == "招商引资"
    assert zone == {"text": "衡阳", "type": "filter", "field": "zone", "value": "衡阳高新区"}
    assert parsed["excluded"][0]["text"] == "襄阳"
    assert parsed["notes"][0] == "OR 后面没有词语，已忽略"


def test_article_json_twin(client, spec):
    hit = client.get("/api/search?q=暖心").json["hits"][0]
    data = client.get(f"/api/articles/{hit['id']}").json
    jsonschema.validate(data, schema_of(spec, "Article"))
    assert data["id"] == hit["id"] and data["url"] == f"/articles/{hit['id']}"
    assert [s["anchor"] for s in data["sections"]] == [f"s{i}" for i in range(len(data["sections"]))]
    assert all(r["id"] != hit["id"] for r in data["related"])
    html = client.get(data["url"]).get_data(as_text=True)
    for related in data["related"]:
        assert f'href="{related["url"]}"' in html


def test_errors_are_json_in_the_api(client, spec):
    response = client.get("/api/search?page=0")
    assert response.status_code == 400 and response.mimetype == "application/json"
    jsonschema.validate(response.json, schema_of(spec, "Error"))
    missing = client.get("/api/articles/abcdefabcdef")
    assert missing.status_code == 404 and "abcdefabcdef" in missing.json["error"]["message"]
