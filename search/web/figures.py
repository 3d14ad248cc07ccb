"""The figures view: what the matching articles state in numbers, as a table
of measures (rows) by zone (columns), every figure linked to the sentence it
stands in (/articles/<id>#s<section>-<paragraph>-<sentence>) and shown with
it. /figures takes the parameters of /search (sort and paging aside, as on
the compare view); /api/figures is its JSON twin and /figures.csv its export.
"""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, jsonify, redirect, render_template, request
from markupsafe import Markup, escape

from search import urls
from search.engine import conditions
from search.engine import figures as engine
from search.engine.params import parse_args
from search.text.figures import Figure
from search.web.compare import compare_state
from search.web.current import backend_of, library
from search.web.exports import attachment, csv_cell
from search.web.views import with_alternate

bp = Blueprint("figures", __name__)
CSV_HEADINGS = ("指标", "高新区", "原文数字", "限定词", "数值", "上限", "单位", "原句", "文章标题", "日期", "文章链接")


def cell_url(cell: engine.Cell, state) -> str:
    """The sentence of a figure on its article's page, marked for the search."""
    search = state.with_(q=conditions.split(state.q)[1]).params()
    return urls.article(cell.article_id, search, anchor=cell.figure.anchor)


def marked_sentence(figures: list[Figure]) -> Markup:
    """The sentence of figures (one sentence), escaped, each figure in it marked."""
    sentence, out, at = figures[0].sentence, Markup(""), 0
    for figure in figures:
        found = sentence.find(figure.text, at)
        if found < 0:
            continue
        out += escape(sentence[at:found]) + Markup("<mark>") + escape(figure.text) + Markup("</mark>")
        at = found + len(figure.text)
    return out + escape(sentence[at:])


def by_sentence(cells: list[engine.Cell]) -> list[list[engine.Cell]]:
    """A cell's figures, those of one sentence together (5万元、3万元、2万元奖励
    shows its sentence once), in order."""
    groups: list[list[engine.Cell]] = []
    for cell in cells:
        if groups and (groups[-1][0].article_id, groups[-1][0].figure.anchor) == (cell.article_id, cell.figure.anchor):
            groups[-1].append(cell)
        else:
            groups.append([cell])
    return groups


def shown_qualifiers(figure: Figure) -> list[str]:
    """The qualifiers not already in the figure as printed (约, 累计, 同比增长…)."""
    return [q for q in figure.qualifiers if q not in figure.text]


def plain(value: float) -> str:
    """A number as Excel reads it: digits, no exponent (90000000, 12.5)."""
    return format(value, "f").rstrip("0").rstrip(".")


def cell_json(cell: engine.Cell, state) -> dict:
    """A cell as in /api/figures: the figure, its sentence, its article and the link."""
    return {**cell.to_json(), "url": cell_url(cell, state)}


def table_json(table: engine.FigureTable) -> dict:
    """The figures view as JSON."""
    state = table.state
    return {"query": state.q, "parsed": table.parsed.to_json(),
            "conditions": [c.text for c in table.conditions],
            "filters": state.filters_json(),
            "url": urls.search(state, "/figures"), "articles": table.articles, "read": table.read, "zones": table.zones,
            "rows": [{"measure": row.measure, "count": row.count,
                      "cells": {zone: [cell_json(c, state) for c in cells] for zone, cells in row.cells.items()}}
                     for row in table.rows],
            "took_ms": round(table.took_ms, 1)}


def tabled(state) -> engine.FigureTable:
    """The figures table of a canonical state, remembered per worker until
    the index changes (shared by the page, its twin and the CSV)."""
    return library().recent(("figures", state), lambda searcher: engine.table(backend_of(searcher), state))


@bp.app_context_processor
def helpers() -> dict:
    """For templates: whether a query names conditions on figures (the
    results page then offers to sort by their value)."""
    return {"has_conditions": lambda q: bool(conditions.split(q)[0])}


@bp.get("/figures")
def figures_html():
    """The figures page; other spellings of the same state redirect."""
    state = compare_state(parse_args(request.args))
    if list(request.args.items(multi=True)) != state.params():
        return redirect(urls.search(state, "/figures"), 302)
    table = tabled(state)
    html = render_template("figures.html", page=table, state=state, cell_url=cell_url, by_sentence=by_sentence,
                           marked_sentence=marked_sentence, shown_qualifiers=shown_qualifiers)
    return with_alternate(html, urls.search(state, "/api/figures"), urls.search(state, "/figures"))


@bp.get("/api/figures")
def figures_json():
    """The figures view as JSON (same parameters as /figures)."""
    return jsonify(table_json(tabled(compare_state(parse_args(request.args)))))


@bp.get("/figures.csv")
def figures_csv():
    """Every figure of the view as CSV for Excel: UTF-8 with a BOM, Chinese
    column names, one row per figure with its sentence and link."""
    state = compare_state(parse_args(request.args))
    table = tabled(state)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADINGS)
    for cell in table.cells():
        f = cell.figure
        writer.writerow([csv_cell(f.measure), csv_cell(cell.zone), csv_cell(f.text), "、".join(f.qualifiers),
                         plain(f.value), "" if f.high is None else plain(f.high), f.unit, csv_cell(f.sentence),
                         csv_cell(cell.title), cell.date.isoformat() if cell.date else "",
                         urls.absolute(cell_url(cell, state))])
    return Response("\ufeff" + buffer.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": attachment(state, "高新区数字", "gaoxin-figures")})
