"""Schemathesis fuzzes the JSON API from its own OpenAPI description
(bounded examples per operation): no server error, and every answer with a
status code and a body the description allows."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES = 40
CHECKS = (not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance)


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("path", ["/api/search", "/api/compare", "/api/articles/{id}", "/api/zones/{zone}"])
def test_the_api_answers_as_described(app, path):
    (operation,) = [op for op in _operations(app) if op.path == path]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        response = case.call()
        assert response.status_code < 500, (case.formatted_path, case.query, response.text[:300])
        # positive_data_acceptance is left out on purpose: from > to and a page
        # beyond 2,000 results are schema-valid and rightly answered 400
        case.validate_response(response, checks=CHECKS)

    check()
