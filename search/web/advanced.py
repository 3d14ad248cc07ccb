"""The advanced-search form (/advanced): fields for the query syntax and
every filter, written into the same canonical /search URL as the search box.

Without `go` the form is shown, filled from the search state in its URL (the
"高级检索" link carries the current search); with `go` its fields are put
together into a query and the browser is sent to the results page. Nothing
here runs in the browser: the page has no script.
"""
from __future__ import annotations

import re

from flask import Blueprint, redirect, render_template, request
from werkzeug.datastructures import MultiDict

from search.engine import results as engine
from search.engine.params import SORTS, SearchState, parse_args
from search.engine.query import KIND_LABELS
from search.errors import BadParameter
from search.web.current import library

bp = Blueprint("advanced", __name__)
SORT_LABELS = ("相关度", "最新", "最早", "数值从大到小（查询含数值条件时）")  # one per SORTS

# Form fields that become query text, in the order they are written into q.
QUERY_FIELDS = ("all", "phrase", "any", "none", "title")
_SEPARATORS = re.compile(r"[\s,，、;；]+")
_QUOTES = re.compile(r"[\"“”]")


def compose(form: MultiDict) -> MultiDict:
    """The /search parameters for a filled form: its query fields as query
    syntax in q, zone and province lists split into values, the rest as is."""
    words = lambda name: [w for w in _SEPARATORS.split(_QUOTES.sub(" ", form.get(name, ""))) if w]  # noqa: E731
    parts = [form.get("all", "").strip()] if form.get("all", "").strip() else []
    phrase = _QUOTES.sub("", form.get("phrase", "")).strip()
    if phrase:
        parts.append(f'"{phrase}"')
    if any_of := words("any"):
        parts.append(" OR ".join(any_of))
    parts += [f"-{w.lstrip('-')}" for w in words("none") if w.lstrip("-")]
    parts += [f"title:{w}" for w in words("title")]
    out = MultiDict([("q", " ".join(parts))])
    for name in ("zone", "province"):
        for value in form.getlist(name):
            for v in _SEPARATORS.split(value):
                if v:
                    out.add(name, v)
    for name in ("kind", "policy"):
        for v in form.getlist(name):
            if v.strip():
                out.add(name, v)
    for name in ("section", "from", "to", "sort", "per_page"):
        if form.get(name, "").strip():
            out[name] = form[name]
    return out


@bp.get("/advanced")
def advanced():
    """The form, or (with `go`) a redirect to the results it asks for."""
    if "go" in request.args:
        try:
            state = parse_args(compose(request.args))
        except BadParameter as exc:
            return _form(request.args, exc.message), 400
        return redirect(state.url(), 302)
    try:
        state = parse_args(request.args)
    except BadParameter as exc:
        return _form(MultiDict(), exc.message), 400
    return _form(_fields_of(state))


def _fields_of(state: SearchState) -> MultiDict:
    """The form's fields for a state: its query text in 全部词语 (the syntax
    works there), each filter in its own field."""
    fields = MultiDict([("all", state.q), ("zone", "、".join(state.zones)),
                        ("province", "、".join(state.provinces)), ("section", state.section),
                        ("from", state.date_from.isoformat() if state.date_from else ""),
                        ("to", state.date_to.isoformat() if state.date_to else ""),
                        ("sort", state.sort), ("per_page", str(state.per_page))])
    fields.setlist("kind", list(state.kinds))
    fields.setlist("policy", list(state.policies))
    return fields


def _form(fields: MultiDict, error: str | None = None) -> str:
    zones = engine.zone_totals(library().searcher())  # a count over in-memory columns
    return render_template("advanced.html", fields=fields, error=error, zones=[z for z, _ in zones],
                           kinds=KIND_LABELS, sorts=dict(zip(SORTS, SORT_LABELS, strict=True)),
                           state=SearchState())
