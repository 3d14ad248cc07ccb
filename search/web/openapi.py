"""The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json).
Parameter names and limits come from search.engine.params and the filter
registry (search.engine.filters), so they cannot drift."""
from __future__ import annotations

from search.engine import filters
from search.engine.params import DEFAULT_PER_PAGE, MAX_FILTER_VALUES, MAX_PER_PAGE, MAX_RESULTS_DEEP, SORTS
from search.engine.query import MAX_QUERY_CHARS
from search.text import kinds


def _param(name: str, description: str, schema: dict, repeat: bool = False) -> dict:
    if repeat:
        schema = {"type": "array", "items": schema, "maxItems": MAX_FILTER_VALUES}
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema, **({"style": "form", "explode": True} if repeat else {})}


def search_parameters() -> list[dict]:
    """The parameters of /api/search, filters from the registry (read when asked: a test may add a row)."""
    return [
        _param("q", "查询文字：词语默认同时出现；\"短语\"；-排除；OR；"
               "zone: kind: province: author: title: section: policy:；"
               "作者名也可直接搜（排在正文匹配之后）；数值条件：人才补贴>=1000万元（> >= < <= =，单位可省）",
               {"type": "string", "maxLength": MAX_QUERY_CHARS}),
        *(_param(f.name, f.description, f.schema, repeat=f.repeated) for f in filters.FILTERS),
        *(_param(row.name, row.description, row.schema, repeat=row.repeated) for row in filters.SINGLES),
        _param("sort", "排序；value：按查询中数值条件所指数字从大到小（无条件时同 newest）",
               {"type": "string", "enum": list(SORTS), "default": "relevance"}),
        _param("page", f"页码；page × per_page 不超过 {MAX_RESULTS_DEEP}",
               {"type": "integer", "minimum": 1, "maximum": MAX_RESULTS_DEEP, "default": 1}),
        _param("per_page", "每页条数", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE,
                                     "default": DEFAULT_PER_PAGE}),
    ]


_NULLABLE_STRING = {"type": ["string", "null"]}
HIT = {"type": "object", "required": ["id", "title", "kicker", "zone", "date", "date_inferred", "kind",
                                      "section", "url", "snippet"],
       "properties": {"id": {"type": "string", "pattern": "^[0-9a-f]{12}$"},
                      "title": {"type": "string", "description": "HTML: escaped text with <mark>"},
                      "kicker": _NULLABLE_STRING, "zone": _NULLABLE_STRING, "province": _NULLABLE_STRING,
                      "date": {"type": ["string", "null"], "format": "date"},
                      "date_inferred": {"type": "boolean"},
                      "kind": {"type": "string", "enum": kinds.values()},
                      "section": _NULLABLE_STRING, "url": {"type": "string"},
                      "snippet": {"type": "string", "description": "HTML: escaped text with <mark>"},
                      "partial": {"type": "array", "items": {"type": "string"},
                                  "description": "文中没有查询原样的写法时，分开出现而被标出的词语；空 = 原样匹配"},
                      "newspaper": _NULLABLE_STRING, "issue_date": {"type": ["string", "null"], "format": "date"},
                      "page_number": _NULLABLE_STRING, "page_name": _NULLABLE_STRING,
                      "authors": {"type": "array", "items": {"type": "string"}},
                      "indexed_at": {"type": ["string", "null"], "format": "date-time",
                                     "description": "首次收录进索引的时间（UTC）；sort=indexed 按它排序"}}}
COUNTS = {"type": "object", "additionalProperties": {"type": "integer"}}
SEARCH = {"type": "object", "required": ["query", "total", "page", "per_page", "hits", "facets"],
          "properties": {"query": {"type": "string"}, "total": {"type": "integer"},
                         "page": {"type": "integer"}, "per_page": {"type": "integer"},
                         "pages": {"type": "integer"}, "sort": {"type": "string"},
                         "filters": {"type": "object"},
                         "parsed": {"type": "object", "description": "how the query was read"},
                         "relaxed": {"type": "boolean",
                                     "description": "无文章同时包含全部检索词时为 true：结果只包含其中一部分"
                                                    "（先是缺一个的，再是至少包含一个的；parsed.notes 说明）"},
                         "took_ms": {"type": "number", "description": "time the search took when it "
                                                                        "was computed (see cache)"},
                         "cache": {"oneOf": [{"type": "null"}, {
                             "type": "object", "description": "set when the answer was remembered: when it "
                                                              "was computed and when it was served (UTC)",
                             "properties": {"computed_at": {"type": "string", "format": "date-time"},
                                            "served_at": {"type": "string", "format": "date-time"}}}]},
                         "url": {"type": "string"},
                         "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                         "facets": {"type": "object"},  # properties: search_results() names each facet
                         "timeline": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Timeline"}]}}}
TIMELINE = {"type": "object", "required": ["unit", "bars"],
            "description": "匹配文章的时间分布（日期范围以外、只差日期不符的文章也计入，便于延伸范围）："
                           "跨度不超过 24 个月时按月，否则按年",
            "properties": {"unit": {"type": "string", "enum": ["year", "month"]},
                           "bars": {"type": "array", "items": {
                               "type": "object", "required": ["period", "from", "to", "count", "url", "selected"],
                               "properties": {"period": {"type": "string"},
                                              "from": {"type": "string", "format": "date"},
                                              "to": {"type": "string", "format": "date"},
                                              "count": {"type": "integer"},
                                              "url": {"type": "string", "description":
                                                      "未选日期时：只看这一时段；已选时：范围外的延伸范围到这一时段，"
                                                      "范围内的缩小到这一时段，与范围相同的取消日期筛选"},
                                              "selected": {"type": "boolean", "description": "在所选日期范围内"}}}},
                           "detail": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Timeline"}],
                                      "description": "按年显示且所选范围不超过 24 个月时，该范围按月的分布"}}}
ERROR = {"type": "object", "required": ["error"],
         "properties": {"error": {"type": "object", "required": ["status", "message"],
                                  "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}
ARTICLE = {"type": "object", "required": ["id", "title", "sections", "related"],
           "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "kicker": _NULLABLE_STRING,
                          "subtitle": _NULLABLE_STRING,
                          "zone": _NULLABLE_STRING, "zones": {"type": "array", "items": {"type": "string"}},
                          "province": _NULLABLE_STRING, "date": {"type": ["string", "null"], "format": "date"},
                          "date_inferred": {"type": "boolean"}, "kind": {"type": "string"},
                          "authors": {"type": "array", "items": {"type": "string"}},
                          "source": {"type": "string", "description": "内部页面文件名（不是出处）"},
                          "url": {"type": "string"},
                          "newspaper": _NULLABLE_STRING, "issue_date": {"type": ["string", "null"], "format": "date"},
                          "page_number": _NULLABLE_STRING, "page_name": _NULLABLE_STRING,
                          "citation": {"type": "string", "description": "GB/T 7714-2015 报纸文献著录"},
                          "indexed_at": {"type": ["string", "null"], "format": "date-time",
                                         "description": "首次收录进索引的时间（UTC）"},
                          "sections": {"type": "array", "items": {"type": "object"}},
                          "captions": {"type": "array", "items": {"type": "object"}},
                          "policies": {"type": "array", "items": {"type": "string"}},
                          "text": {"type": "string"},
                          "related": {"type": "array", "items": {"type": "object"}}}}


COMPARE = {"type": "object", "required": ["query", "zones_chosen", "columns", "zones", "url"],
           "properties": {"query": {"type": "string"}, "parsed": {"type": "object"},
                          "zones_chosen": {"type": "boolean",
                                           "description": "true：未指定 zone，按匹配数选出的高新区"},
                          "how_chosen": {"type": "string", "description": "各列是怎样选出的（含并列的说明）"},
                          "filters": {"type": "object"}, "url": {"type": "string"}, "took_ms": {"type": "number"},
                          "zones": {**COUNTS, "description": "每个有匹配的高新区及匹配数"},
                          "columns": {"type": "array", "items": {
                              "type": "object", "required": ["zone", "province", "total", "results_url", "hits"],
                              "properties": {"zone": {"type": "string"}, "province": _NULLABLE_STRING,
                                             "total": {"type": "integer"}, "results_url": {"type": "string"},
                                             "zone_url": {"type": "string"},
                                             "hits": {"type": "array",
                                                      "items": {"$ref": "#/components/schemas/Hit"}}}}}}}
FIGURE = {"type": "object",
          "required": ["value", "high", "unit", "kind", "text", "qualifiers", "measure", "sentence", "anchor",
                       "article_id", "title", "zone", "date", "url"],
          "properties": {"value": {"type": "number", "description": "归一后的数值（范围的下限），单位见 unit"},
                         "high": {"type": ["number", "null"], "description": "范围的上限（10—20万元）"},
                         "unit": {"type": "string", "description": "归一后的单位：元、美元、%、平方米、家、人……"},
                         "kind": {"type": "string", "enum": ["money", "count", "share", "area"]},
                         "text": {"type": "string", "description": "原文写法，如 9000多万元"},
                         "qualifiers": {"type": "array", "items": {"type": "string"},
                                        "description": "约、近、超、多、以上、累计、同比增长……"},
                         "measure": {"type": "string", "description": "所指的指标，如 青年人才补贴；空 = 未识别"},
                         "rule": {"type": "string", "description": "识别指标的规则名"},
                         "sentence": {"type": "string", "description": "数字所在的原句"},
                         "anchor": {"type": "string", "description": "原句在文章页上的锚点"},
                         "article_id": {"type": "string"}, "title": {"type": "string"}, "zone": {"type": "string"},
                         "date": {"type": ["string", "null"], "format": "date"}, "date_inferred": {"type": "boolean"},
                         "url": {"type": "string", "description": "文章页上这句话的链接"}}}
FIGURES = {"type": "object", "required": ["query", "articles", "read", "zones", "rows", "url"],
           "properties": {"query": {"type": "string"}, "parsed": {"type": "object"},
                          "conditions": {"type": "array", "items": {"type": "string"}},
                          "filters": {"type": "object"}, "url": {"type": "string"}, "took_ms": {"type": "number"},
                          "articles": {"type": "integer", "description": "匹配文章数"},
                          "read": {"type": "integer", "description": "读取了数字的文章数（最相关的若干篇）"},
                          "zones": {"type": "array", "items": {"type": "string"},
                                    "description": "各列：数字最多的在前"},
                          "rows": {"type": "array", "items": {
                              "type": "object", "required": ["measure", "count", "cells"],
                              "properties": {"measure": {"type": "string"}, "count": {"type": "integer"},
                                             "cells": {"type": "object", "additionalProperties": {
                                                 "type": "array",
                                                 "items": {"$ref": "#/components/schemas/Figure"}}}}}}}}
ZONES = {"type": "object", "required": ["provinces"],
         "properties": {"provinces": {"type": "object", "additionalProperties": COUNTS}}}
ZONE = {"type": "object", "required": ["zone", "province", "total", "articles", "topics", "policies"],
        "properties": {"zone": {"type": "string"}, "province": _NULLABLE_STRING, "full_name": _NULLABLE_STRING,
                       "total": {"type": "integer"}, "articles": {"type": "array", "items": {"type": "object"}},
                       "topics": {"type": "array", "items": {"type": "string"}},
                       "policies": {"type": "array", "items": {"type": "object"}},
                       "search_url": {"type": "string"}}}


def _ok(description: str, schema: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def search_results() -> dict:
    """The SearchResults schema: a count object per facet (each filter's, and years)."""
    facets = {"type": "object", "properties": {**{f.name: COUNTS for f in filters.FILTERS}, "year": COUNTS}}
    return {**SEARCH, "properties": {**SEARCH["properties"], "facets": facets}}


def spec() -> dict:
    """The OpenAPI document."""
    parameters = search_parameters()
    return {
        "openapi": "3.1.0",
        "info": {"title": "gaoxin-search API", "version": "1",
                 "description": "高新区报道全文检索。每个 HTML 页面都有对应的 JSON。"},
        "paths": {
            "/api/search": {"get": {
                "summary": "搜索文章", "operationId": "search", "parameters": parameters,
                "responses": {"200": {"description": "一页结果", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/SearchResults"}}}},
                    "400": _error("参数无效（原因见 message）")}}},
            "/api/articles/{id}": {"get": {
                "summary": "一篇文章", "operationId": "article",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "string", "pattern": "^[0-9a-f]{12}$"}}],
                "responses": {"200": {"description": "文章", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Article"}}}},
                    "404": _error("没有这篇文章")}}},
            "/api/compare": {"get": {
                "summary": "按高新区对比：每个高新区一列，列出最匹配的文章", "operationId": "compare",
                "parameters": [p for p in parameters if p["name"] not in ("sort", "page", "per_page")],
                "responses": {"200": _ok("各高新区的对比", "Compare"), "400": _error("参数无效（原因见 message）")}}},
            "/api/figures": {"get": {
                "summary": "各高新区数字：匹配文章中的金额、数量、比例、面积，按指标分组、按高新区分列，每个数字附原句",
                "operationId": "figures",
                "parameters": [p for p in parameters if p["name"] not in ("sort", "page", "per_page")],
                "responses": {"200": _ok("指标 × 高新区", "Figures"), "400": _error("参数无效（原因见 message）")}}},
            "/api/zones": {"get": {
                "summary": "语料中的全部高新区，按省份分组，附文章数", "operationId": "zones",
                "responses": {"200": _ok("高新区列表", "Zones")}}},
            "/api/zones/{zone}": {"get": {
                "summary": "一个高新区：文章（最新在前）、常见话题、提到的政策文件", "operationId": "zone",
                "parameters": [{"name": "zone", "in": "path", "required": True, "schema": {"type": "string"},
                                "description": "简称、全称或别名均可（如 光谷）"}],
                "responses": {"200": _ok("高新区", "Zone"),
                              "301": {"description": "另一种写法：Location 给出这个高新区的规范地址"},
                              "404": _error("语料中没有这个高新区")}}},
        },
        "components": {"schemas": {"Hit": HIT, "SearchResults": search_results(), "Timeline": TIMELINE,
                                   "Article": ARTICLE, "Compare": COMPARE, "Figures": FIGURES, "Figure": FIGURE,
                                   "Zones": ZONES, "Zone": ZONE, "Error": ERROR}},
    }
