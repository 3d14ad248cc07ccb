"""The real-page corpus (tests/quality/pages): its gold is checked against the
pages, and the parser's figures on it may not drop below the floors here
(raise a floor when the parser gets better; never lower one to pass)."""
from __future__ import annotations

import json

import pytest

from search.text import gazetteer
from search.text.kinds import Kind
from tests.quality import heading_decisions, markup_variants, page_corpus

GOLD = page_corpus.load()
# Floors: the figures over all pages (tests/quality/page_corpus.py prints them).
# Pages 35-50, 51-66, 67-74 (2026-12-06, second session) and 75-82, 83-90,
# 91-98, 99-106, 107-114, 115-122, 123-130, 131-138 (third session), 139-218 (fourth) and
# 219-378 (fifth), 379-506 (sixth), 507-602 (seventh), 603-634 (eighth), 635-730 (ninth), 731-858 (tenth) and
# 859-986 (eleventh), 987-1114 (twelfth), 1115-1242 (thirteenth), 1243-1338 (fourteenth), 1339-1434 (fifteenth)
# 1435-1562 (sixteenth), 1563-1690 (seventeenth) and 1691-1786 (eighteenth)
# were added in batches, each written apart from the rules and scored before any rule was fitted to it;
# a floor moves down only when a batch of unseen pages comes in.
FLOORS = {"zone_kind": 0.691, "authors": 0.775, "dates": 0.810, "recall": 0.805}
CEILINGS = {"leaks": 214, "furniture": 229, "captions_lost": 482}
# The parser's decisions at a heading after text (tests/quality/heading_decisions.py): 88.3% right over
# 1389 points at the seventh session's end, 85.3% on pages 507-602 it was not written on; 88.6% over 1462
# points at the eighth's, 88.9% on pages 603-634 when they came in; 85.5% on pages 635-666 and 82.7% on
# 667-698 when they came in; 88.6% over 1636 points on 1-698 late in the ninth session, 80.7% on 699-730 when they
# came in, 88.7% over all 1715 at the session's end (87.7% with its first code); 83.7% on 731-762 when they came in
# (tenth session), 88.5% over all 1813 then; 89.2% on 763-794 when they came in, 88.9% over all 1942 then;
# 85.5% on 795-826 when they came in, 88.7% over all 2089 then; 83.2% on 827-858 when they came in (82.7% with the
# session's first code), 88.4% over all 2258 then; 87.7% → 88.7% over all of them with the session's first and
# last code. Eleventh session, on arrival (the session's first code / the code of that moment): 859-890 87.6/87.6%,
# 891-922 86.3/85.7%, 923-954 90.8/90.8%, 955-986 83.0/85.2%; over all 986 pages 88.3% → 88.7%. Twelfth
# session: 987-1018 on arrival 82.9/82.9%, 84.5% with the heading model fitted on 1-986 only; all 986 88.7% →
# 90.3% with the model; 1019-1050 88.4/91.2%, 1051-1082 83.4/84.1%, 1083-1114 89.4/91.3% on arrival (first code /
# code of arrival); all 1114 pages 88.3% → 90.2% with the session's first and last code. Thirteenth session, on
# arrival: 1115-1146 92.7%, 1147-1178 90.9%, 1179-1210 88.3%, 1211-1242 82.9%; all 1242 pages 90.0% → 90.1%.
# Fourteenth session, on arrival: 1243-1274 90.1%, 1275-1306 86.0%, 1307-1338 92.6%; all 1338 pages 90.0% → 90.2%.
# Fifteenth session, on arrival: 1339-1370 88.0%, 1371-1402 85.6%, 1403-1434 84.5%; all 1434 pages 90.0% → 90.0%
# (89.97%: the three waves brought it down). Sixteenth session, on arrival: 1435-1466 91.7%, 1467-1498 89.8%,
# 1499-1530 81.9%, 1531-1562 88.6% (92.9, 90.7, 85.6, 88.6% at its end); all 1562 pages 89.8% → 90.0%.
# Seventeenth session, on arrival (the session's first code / the code of arrival): 1563-1594 91.3/91.3%,
# 1595-1626 78.2/78.2%, 1627-1658 81.1/83.2%, 1659-1690 91.9/94.2% (91.3, 79.2, 83.2, 94.2% at its end);
# all 1690 pages 89.7% → 90.2%. Eighteenth session, on arrival with its first code: 1691-1722 92.0%, 1723-1754
# 89.9%, 1755-1786 86.8% (92.8, 93.8, 89.1% at its end); all 1786 pages 90.2% → 91.6%.
HEADING_DECISIONS_FLOOR = 0.916
# The corpus rewritten in other markups (tests/quality/markup_variants.py): found+zone+kind per variant.
# At the eighth session's start (s8-start, all 634 pages): unmarked 66.8, no blank lines 66.4, column-broken 59.1,
# indented 65.7; as written 69.1. With the ninth session's first code (s9-start, all 730 pages, the indented
# variant indenting first lines only): unmarked 65.7, no blank lines 65.4, column-broken 59.8, indented 65.5; at
# its end 67.1, 66.8, 61.4, 67.0. With pages 731-762 in (tenth session): 66.5, 66.2, 60.8, 66.3; with 763-794
# in too: 65.9, 65.6, 60.4, 65.7; with 795-826 in too: 65.6, 65.3, 60.3, 65.4; with 827-858: 65.2, 65.1, 59.7, 65.1;
# all 858 with the tenth session's first code (s10-start) 63.4, 63.2, 57.9, 63.2, with its last 65.7, 65.6, 60.0, 65.6;
# all 986 with the eleventh's first code (s11-start) 63.8, 63.7, 58.1, 63.6, with its last 64.8, 64.7, 59.0, 64.6;
# all 1114 at the twelfth's end 64.7, 64.1, 58.7, 63.9 (as written 66.8), at the thirteenth's 64.9, 64.2, 58.9,
# 64.0 (67.0); all 1242 (its four waves of unseen pages in) at the thirteenth's end 64.0, 63.2, 58.1, 63.1 (65.9);
# all 1338 (three more waves in) at the fourteenth's end 64.7, 63.8, 58.7, 63.7 (66.8); all 1434 (three more) at
# the fifteenth's end 65.2, 64.3, 59.3, 64.2 (67.3); all 1562 (four more) at the sixteenth's end 65.6, 64.6, 59.8,
# 64.5 (67.8); all 1690 (four more) at the seventeenth's end 66.6, 65.5, 61.0, 65.5 (68.5); all 1786 (three more)
# at the eighteenth's end 67.2, 65.3, 61.6, 65.2 (69.2).
VARIANT_FLOORS = {"unmarked": 0.671, "no blank lines": 0.652, "column-broken": 0.615, "indented": 0.651}


def test_the_corpus_is_large_and_varied():
    articles = sum(len(g.articles) for g in GOLD)
    outlets = {g.data["outlet"] for g in GOLD}
    markups = {g.data["markup"] for g in GOLD}
    assert len(GOLD) >= 30 and articles >= 120 and len(outlets) >= 25
    assert {"hash", "double", "bare", "noblank", "hardwrap", "trad"} <= markups


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_gold_is_what_the_page_prints(gold):
    page = gold.page.read_text("utf-8")
    strings = [gold.data.get(key, []) for key in ("captions", "leaks", "furniture")]
    for article in gold.articles:
        assert article["kind"] in {str(k) for k in Kind}
        assert article["zone"] is None or gazetteer.is_known(article["zone"]), article["zone"]
        assert article["text"] and article["source"].startswith("http")
        strings.append([article["title"]] if article.get("title") else [])
        strings += [article["text"], article.get("authors", [])]
    missing = [s for group in strings for s in group if s not in page]
    assert not missing, f"not on the page: {missing}"
    json.dumps(gold.data)  # plain data


@pytest.fixture(scope="module")
def figures():
    return page_corpus.score()


def test_the_parser_holds_its_figures_on_real_pages(figures):
    shares = {"zone_kind": figures.share(figures.zone_kind), "authors": figures.share(figures.authors),
              "dates": figures.share(figures.dates), "recall": figures.share(figures.recalled, figures.queries)}
    low = {k: round(v, 3) for k, v in shares.items() if v < FLOORS[k]}
    high = {k: getattr(figures, k) for k, most in CEILINGS.items() if getattr(figures, k) > most}
    assert not low and not high, f"{figures.line()}\nbelow the floor: {low}; above the ceiling: {high}"


def test_the_parser_holds_its_heading_decisions_on_real_pages():
    decisions = heading_decisions.Decisions()
    for gold in GOLD:
        heading_decisions.score_page(gold, decisions)
    assert decisions.points > 1000 and decisions.right / decisions.points >= HEADING_DECISIONS_FLOOR, decisions.line()


@pytest.mark.parametrize("variant", sorted(VARIANT_FLOORS))
def test_the_parser_holds_its_figures_on_the_corpus_in_other_markups(variant, tmp_path):
    figures = markup_variants.score("", variant, tmp_path)
    share = figures.share(figures.zone_kind)
    assert share >= VARIANT_FLOORS[variant], f"{variant}: found+zone+kind {share:.3f}"


def test_a_page_rewritten_under_a_corpus_pages_name_is_parsed_anew(tmp_path):
    # the corpus's own pages are parsed once a process; a rewritten copy (markup_variants) never comes from that
    page = tmp_path / GOLD[0].page.name
    page.write_text("# 甲高新区召开会议\n\n本报讯 甲高新区召开会议。\n", "utf-8")
    first = page_corpus.parsed(page).articles[0].title
    page.write_text("# 乙高新区召开会议\n\n本报讯 乙高新区召开会议。\n", "utf-8")
    assert (first, page_corpus.parsed(page).articles[0].title) == ("甲高新区召开会议", "乙高新区召开会议")
