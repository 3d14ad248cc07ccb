"""--explain shows the article each line went to as the assembly recorded it:
every line it places in an article is found in that article's fields."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer import explain
from indexer.model import LineKind
from indexer.pages import read_page
from indexer.parse import parse_page

PAGES = sorted((Path(__file__).resolve().parent / "quality" / "pages").glob("*.txt"))


def _fields(article) -> str:
    parts = [article.title, article.kicker or "", article.subtitle or "", article.text, *article.markup,
             *article.authors, *(s.heading or "" for s in article.sections),
             *(f"{c.text}{c.credit or ''}" for c in article.captions)]
    return re.sub(r"\s+", "", "".join(parts))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_line_shown_in_an_article_is_in_it(page):
    result = parse_page(read_page(page).text, page.name)
    rows = explain.render(result)
    numbers = {id(a): k for k, a in enumerate(result.articles, start=1)}
    for line in result.lines:
        if line.owner is None or line.kind in (LineKind.HEADING,) and not line.text:
            continue
        assert id(line.owner) in numbers, f"line {line.number} went to an article the page does not have"
        # a subtitle's dash (——特色通化) says what the line is, no part of the subtitle
        squeezed, fields = re.sub(r"^(?:——|—|──|--|－－)", "", re.sub(r"\s+", "", line.text)), _fields(line.owner)
        size = min(6, len(squeezed))  # markers taken off a line split it: any part of it will do
        windows = {squeezed[k:k + size] for k in range(len(squeezed) - size + 1)}
        # a short line's bracketed byline taken off (意义。（蔡文龙）), or a name signed after its last
        # sentence (著增强。吕博文): each part is in the article, apart
        parts = [p for p in re.split(r"([（(][^（()）]*[)）])|(?<=[。！？])", squeezed) if p]
        assert any(w in fields for w in windows) or (len(parts) > 1 and all(p in fields for p in parts)), \
            f"line {line.number} ({line.text[:20]}) is not in its article"
        row = next(r for r in rows if r.lstrip().startswith(f"{line.number} ") and line.text[:10] in r)
        assert f" {numbers[id(line.owner)]}  " in row


def test_a_photo_columns_captions_and_the_credit_over_them_are_shown_in_their_photo():
    page = ("# 襄阳高新区举办人才招聘会\n\n本报讯 近日，襄阳高新区举办人才招聘会。\n\n■图说园区\n"
            "克拉玛依日报全媒体首席记者　闵勇　摄\n"
            "2022年6月16日，从空中俯瞰下的克拉玛依高新技术产业开发区。当天，\n"
            "中国政府网发布消息，国务院同意克拉玛依高新技术产业开发区升级为国家高\n"
            "新技术产业开发区，实行现行的国家高新技术产业开发区政策。\n")
    result = parse_page(page, "p.txt")
    photo = result.articles[-1]
    assert str(photo.kind) == "photo"
    assert [line.owner is photo for line in result.lines if line.number >= 6] == [True] * 4


def test_a_heading_the_model_weighed_shows_its_say():
    page = Path(__file__).parent / "quality" / "pages" / "228-tianjinribao-noblank.txt"
    shown = explain.render(parse_page(read_page(page).text, page.name))
    row = next(r for r in shown if "打造“细胞谷”城市名片" in r)
    assert re.search(r"\[heading model [+-]\d+\.\d\]", row), row
