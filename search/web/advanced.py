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

from search import urls
from search.engine import filters, results as engine
from search.engine.params import SearchState, parse_args
from search.engine.query import KIND_LABELS
from search.errors import BadParameter
from search.web.current import backend
from search.web.labels import SORT_LABELS

bp = Blueprint("advanced", __name__)

# Form fields that become query text, in the order they are written into q.
QUERY_FIELDS = ("all", "phrase", "any", "none", "title")
_SEPARATORS = re.compile(r"[\s,，、;；]+")
_QUOTES = re.compile(r"[\"“”]")
# split_query: a quoted phrase or a run without white space; a plain
# exclusion or title word (no quotes, no other field inside).
_QUERY_TOKEN = re.compile(r'-?(?:[A-Za-z]+[:：])?"[^"]*"|\S+')
_PLAIN_EXCLUSION = re.compile(r'[-－][^\s":：\-－]+')
_PLAIN_TITLE = re.compile(r'title[:：][^\s":：]+')


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
    for row in filters.FILTERS:  # a list typed into one field, or one value a field (kinds, policy titles)
        for value in form.getlist(row.name):
            for v in _SEPARATORS.split(value) if row.split_in_form else [value]:
                if v.strip():
                    out.add(row.name, v)
    for name in (*(row.name for row in filters.SINGLES), "sort", "per_page"):
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
        return redirect(urls.search(state), 302)
    try:
        state = parse_args(request.args)
    except BadParameter as exc:
        return _form(MultiDict(), exc.message), 400
    return _form(_fields_of(state))


def split_query(q: str) -> dict[str, str]:
    """Query text as the form's text fields: plain exclusions (-无锡) in
    不包含, title words not joined by OR in 标题包含, the rest (the syntax
    works there) in 包含全部词语; compose() puts them back together."""
    tokens = _QUERY_TOKEN.findall(q)
    out: dict[str, list[str]] = {"all": [], "none": [], "title": []}
    for i, token in enumerate(tokens):
        beside_or = "OR" in (tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else "")
        if _PLAIN_EXCLUSION.fullmatch(token) and not (i and tokens[i - 1] == "NOT"):
            out["none"].append(token[1:])
        elif _PLAIN_TITLE.fullmatch(token) and not beside_or:
            out["title"].append(token[6:])
        else:
            out["all"].append(token)
    return {name: " ".join(words) for name, words in out.items()}


def _fields_of(state: SearchState) -> MultiDict:
    """The form's fields for a state: its query text split into the text
    fields (split_query), each filter in its own field."""
    fields = MultiDict([*split_query(state.q).items(),
                        *((row.name, row.written(value) if (value := getattr(state, row.field)) else "")
                          for row in filters.SINGLES),
                        ("sort", state.sort), ("per_page", str(state.per_page))])
    for row in filters.FILTERS:
        values = list(state.values(row.name))
        fields.setlist(row.name, ["、".join(values)] if row.split_in_form else values)
    return fields


def _form(fields: MultiDict, error: str | None = None) -> str:
    found = backend()
    zones = engine.zone_totals(found)  # a count over in-memory columns
    return render_template("advanced.html", fields=fields, error=error, zones=[z for z, _ in zones],
                           form_choices=engine.form_choices(found),
                           kinds=KIND_LABELS, sorts=SORT_LABELS,
                           state=SearchState())
