"""Figures of a search: the figures the matching articles state (stored with
each article at index time, search.text.figures), as a table of what they
measure by zone, and the conditions on figures a query can name
(`人才补贴>=1000万元`, search.engine.conditions).

With a query, a figure is kept when its sentence holds a searched term (a
search for 人才补贴 wants the subsidies, not every head count of the
articles that mention them); with conditions, only figures meeting one.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass

from search.engine import conditions, results
from search.engine.backends import Backend
from search.engine.params import SearchState
from search.engine.query import ParsedQuery
from search.text.figures import Figure
from search.text.normalize import normalize

MAX_ARTICLES = 300  # the best-matching articles whose figures are read
NO_ZONE = "未标注高新区"
NO_MEASURE = "（未识别）"


@dataclass(frozen=True)
class Cell:
    """One figure in the table, with the article it comes from."""
    figure: Figure
    article_id: str
    title: str
    zone: str
    date: dt.date | None
    date_inferred: bool

    def to_json(self) -> dict:
        """The figure and its article, as the API and CSV give them."""
        return {**self.figure.to_json(), "article_id": self.article_id, "title": self.title, "zone": self.zone,
                "date": self.date.isoformat() if self.date else None, "date_inferred": self.date_inferred}


@dataclass
class Row:
    """Every kept figure of one measure, by zone."""
    measure: str
    cells: dict[str, list[Cell]]  # zone -> its figures, in the articles' order

    @property
    def count(self) -> int:
        """How many figures the row holds."""
        return sum(len(c) for c in self.cells.values())


@dataclass
class FigureTable:
    """The figures view's context, shared by the page, its JSON twin and the CSV."""
    state: SearchState
    parsed: ParsedQuery
    conditions: tuple[conditions.Condition, ...]
    articles: int          # matching articles
    read: int              # of them, the ones whose figures were read (MAX_ARTICLES)
    zones: list[str]       # the columns: most figures first
    rows: list[Row]
    took_ms: float

    def cells(self) -> list[Cell]:
        """Every cell, row by row, zone by zone."""
        return [cell for row in self.rows for zone in self.zones for cell in row.cells.get(zone, [])]


def table(backend: Backend, state: SearchState, limit: int = MAX_ARTICLES) -> FigureTable:
    """The figures of the state's matching articles (the best `limit` of
    them), grouped by measure and zone."""
    started = time.perf_counter()
    wanted, parsed = results.read(state)
    terms = parsed.highlight_terms()
    rows: dict[str, dict[str, list[Cell]]] = defaultdict(lambda: defaultdict(list))
    per_zone: dict[str, int] = defaultdict(int)
    answer = backend.search(results.request_of(state, (wanted, parsed)), 0, limit)
    for stored in backend.articles(answer.ids):
        article = results.load_article(stored)
        date = dt.date.fromisoformat(article["date"]) if article.get("date") else None
        zone = article.get("zone") or NO_ZONE
        for figure in conditions.figures_of(stored):
            if not kept(figure, terms, wanted):
                continue
            cell = Cell(figure, article["id"], article["title"], zone, date, bool(article.get("date_inferred")))
            rows[figure.measure or NO_MEASURE][zone].append(cell)
            per_zone[zone] += 1
    zones = sorted(per_zone, key=lambda z: (z == NO_ZONE, -per_zone[z], z))
    ordered = [Row(measure, dict(cells)) for measure, cells in rows.items()]
    # the measures most zones state first (what can be compared), then the fuller ones
    ordered.sort(key=lambda r: (r.measure == NO_MEASURE, -len(r.cells), -r.count, r.measure))
    took = (time.perf_counter() - started) * 1000
    return FigureTable(state, parsed, wanted, answer.total, len(answer.ids), zones, ordered, took)


def kept(figure: Figure, terms: list[str], wanted: tuple[conditions.Condition, ...]) -> bool:
    """Whether a figure belongs in the table: its sentence holds a searched
    term (any, when there are none), and it meets a condition (if any)."""
    if wanted:
        return any(c.met_by(figure) for c in wanted)
    if not terms:
        return True
    sentence = normalize(figure.sentence)
    return any(term in sentence for term in terms)
