"""The real-page corpus (tests/quality/pages): excerpts of real public articles
from many outlets, laid out as OCR'd pages, each with a gold answer written by
reading the page (`NN-outlet-markup.gold.json`, source URLs inside).

    .venv/bin/python tests/quality/page_corpus.py [--misses] [PAGE-PREFIX | FIRST-LAST]

Prints, over every gold article: found with the right zone and kind, authors,
dates; strings that leak into article text (credits, bylines, markers,
captions); page furniture in a title or text; captions lost; and recall@10 of
the corpus' queries through the real JSON API. `--misses` lists each miss.
Reads the parser only through `parse_page`, so it runs against an older
checkout too (PYTHONPATH=that-checkout) for before/after figures.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older checkout can be scored

from indexer.names import unspaced  # noqa: E402
from indexer.pages import read_page  # noqa: E402
from indexer.parse import parse_page  # noqa: E402

PAGES = Path(__file__).with_name("pages")
TOP = 10
MIN_CAPTION = 6  # characters of a kept caption that can stand for one the gold prints with its mark


def squeeze(text: str | None) -> str:
    """A text without white space: OCR line breaks fall anywhere."""
    return re.sub(r"\s+", "", text or "")


@dataclass
class Gold:
    """One page's gold answer and where it lives."""
    name: str
    page: Path
    data: dict

    @property
    def articles(self) -> list[dict]:
        return self.data["articles"]


def load(prefix: str = "") -> list[Gold]:
    """Every gold file of the corpus whose name starts with `prefix`, or whose
    number is in the range `prefix` gives (`35-50`: the pages added last, to
    score them apart as pages the rules were not written on)."""
    out = []
    span = re.fullmatch(r"(\d+)-(\d+)", prefix)
    for path in sorted(PAGES.glob(f"{'' if span else prefix}*.gold.json")):
        if span and not int(span.group(1)) <= int(path.name.split("-")[0]) <= int(span.group(2)):
            continue
        page = path.with_name(path.name.replace(".gold.json", ".txt"))
        out.append(Gold(page.name, page, json.loads(path.read_text("utf-8"))))
    return out


@dataclass
class Figures:
    """Counts over the corpus; `misses` says what went wrong, one line each."""
    pages: int = 0
    articles: int = 0
    found: int = 0
    zone_kind: int = 0
    authors: int = 0
    dates: int = 0
    leaks: int = 0
    furniture: int = 0
    captions: int = 0
    captions_lost: int = 0
    queries: int = 0
    recalled: int = 0
    outlets: set = field(default_factory=set)
    misses: list[str] = field(default_factory=list)

    def share(self, part: int, whole: int | None = None) -> float:
        whole = self.articles if whole is None else whole
        return part / whole if whole else 1.0

    def line(self) -> str:
        """The figures in one line."""
        out = (f"page corpus: {self.pages} pages, {len(self.outlets)} outlets, {self.articles} articles; "
               f"found+zone+kind {self.share(self.zone_kind):.1%} (found {self.share(self.found):.1%}), "
               f"authors {self.share(self.authors):.1%}, dates {self.share(self.dates):.1%}; "
               f"{self.leaks} leaks, {self.furniture} furniture in text, "
               f"{self.captions_lost} of {self.captions} captions lost")
        if self.queries:
            out += f"; recall@10 {self.share(self.recalled, self.queries):.3f} over {self.queries} queries"
        return out


def _kind(article) -> str:
    return str(getattr(article.kind, "value", article.kind))


def match(gold: dict, articles: list, others: list[dict]):
    """The parsed article that is this gold article: it holds all of its text
    snippets and none of another gold article's (else it is merged), and
    carries its headline (an untitled item: no other article's headline)."""
    snippets = [squeeze(s) for s in gold["text"]]
    foreign = [squeeze(s) for o in others for s in o["text"]]
    other_titles = {squeeze(o["title"]) for o in others if o.get("title")}
    for article in articles:
        body = squeeze(article.text)
        if not all(s in body for s in snippets) or any(s in body for s in foreign):
            continue
        title = squeeze(article.title)
        # a column's tag printed before the headline (【动态】…) is its kicker; gold may keep it in the title
        tagged = squeeze(f"【{article.kicker}】{article.title}") if article.kicker else None
        if gold.get("title") is not None and squeeze(gold["title"]) not in (title, tagged):
            continue
        if gold.get("title") is None and title in other_titles:
            continue
        return article
    return None


def parsed(page: Path):
    """A page parsed; a corpus page once a process (the figures and the heading decisions read the same
    parse). A page written elsewhere (the corpus rewritten in another markup, under the same name) is
    parsed each time: its text may change under its name."""
    return _corpus_page(page.name) if page.parent == PAGES else parse_page(read_page(page).text, page.name)


@functools.cache
def _corpus_page(name: str):
    return parse_page(read_page(PAGES / name).text, name)


def score_page(gold: Gold, figures: Figures) -> dict[int, object]:
    """Score one page; return gold index -> the parsed article found for it."""
    result = parsed(gold.page)
    articles = result.articles
    figures.pages += 1
    figures.outlets.add(gold.data.get("outlet"))
    found_for: dict[int, object] = {}
    for k, item in enumerate(gold.articles):
        figures.articles += 1
        others = [o for j, o in enumerate(gold.articles) if j != k]
        article = match(item, articles, others)
        label = f"{gold.name}: {item.get('title') or item['text'][0][:20]}"
        if article is None:
            holder = next((a for a in articles if squeeze(item["text"][0]) in squeeze(a.text)), None)
            figures.misses.append(f"{label}: not found (first snippet in “{holder.title if holder else '-'}”)")
            continue
        found_for[k] = article
        figures.found += 1
        if article.zone == item.get("zone") and _kind(article) == item["kind"]:
            figures.zone_kind += 1
        else:
            figures.misses.append(f"{label}: zone {article.zone} kind {_kind(article)} "
                                  f"(gold {item.get('zone')} {item['kind']})")
        if sorted(article.authors) == sorted(unspaced(n) for n in item.get("authors", [])):  # 王 巍 is 王巍
            figures.authors += 1
        else:
            figures.misses.append(f"{label}: authors {article.authors} (gold {item.get('authors', [])})")
        date = article.date.isoformat() if article.date else None
        if date == item.get("date"):
            figures.dates += 1
        else:
            figures.misses.append(f"{label}: date {date} (gold {item.get('date')})")
    texts = [squeeze(a.text) for a in articles]
    titles = [squeeze(f"{a.kicker or ''}{a.title}{a.subtitle or ''}") for a in articles]
    for leak in gold.data.get("leaks", []):
        if any(squeeze(leak) in t for t in texts):
            figures.leaks += 1
            figures.misses.append(f"{gold.name}: leak in text: {leak}")
    for piece in gold.data.get("furniture", []):
        if any(squeeze(piece) in t for t in texts + titles):
            figures.furniture += 1
            figures.misses.append(f"{gold.name}: furniture in an article: {piece}")
    kept = [squeeze(c.text) for a in articles for c in a.captions]
    for caption in gold.data.get("captions", []):
        figures.captions += 1
        # the page prints a caption with its mark (图：, △), which is no part of the caption
        if not any(squeeze(caption) in c or (len(c) >= MIN_CAPTION and c in squeeze(caption)) for c in kept):
            figures.captions_lost += 1
            figures.misses.append(f"{gold.name}: caption lost: {caption}")
    return found_for


def recall(golds: list[Gold], found: dict[str, dict[int, object]], figures: Figures) -> None:
    """Run every corpus query through the real JSON API over one index of the
    corpus pages; a query counts when its article, found whole, is in the top 10."""
    from indexer.build import build
    from search.web.app import create_app
    with tempfile.TemporaryDirectory() as pages, tempfile.TemporaryDirectory() as index:
        for gold in golds:
            shutil.copy(gold.page, Path(pages) / gold.page.name)
        build(Path(pages), Path(index))
        app = create_app({"INDEX": index, "TESTING": True})
        client = app.test_client()
        try:
            for gold in golds:
                for query in gold.data.get("queries", []):
                    figures.queries += 1
                    target = next((k for k, a in enumerate(gold.articles)
                                   if (query.get("title") and a.get("title") == query["title"])
                                   or (query.get("text") and query["text"] in a["text"])), None)
                    article = found[gold.name].get(target)
                    response = client.get("/api/search", query_string={"q": query["q"], "per_page": TOP})
                    ids = [hit["id"] for hit in response.json.get("hits", [])] if response.status_code == 200 else []
                    if article is not None and article.id in ids:
                        figures.recalled += 1
                    else:
                        figures.misses.append(f"{gold.name}: query {query['q']!r} misses "
                                              f"{query.get('title') or query.get('text')}"
                                              + ("" if article is not None else " (article not found whole)"))
        finally:
            app.extensions["library"].close()


def score(prefix: str = "", queries: bool = True) -> Figures:
    """The figures over the corpus (pages whose name starts with `prefix`)."""
    golds = load(prefix)
    figures = Figures()
    found = {gold.name: score_page(gold, figures) for gold in golds}
    if queries:
        recall(golds, found, figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and with --misses every miss)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    args = parser.parse_args(argv)
    figures = score(args.prefix, not args.no_queries)
    if args.misses:
        print("\n".join(figures.misses))
    print(figures.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
