"""The learned weighing of an article's zones (indexer.zone_model): its
features are the parser's, its figures better than the rules' on pages held
out of its fit, and on a real page it leaves without a zone a city's report
that names one zone in passing, where the rules alone tagged it."""
from __future__ import annotations

from pathlib import Path

from indexer import learned, zone_model
from indexer.pages import read_page
from indexer.parse import parse_page

PAGES = Path(__file__).parent / "quality" / "pages"
# a city's first batch of projects, the 高新区 named once as where one of them stands
REPORT = "1118-linfenribao-indent.txt"
TITLE = "长治市深化转型项目建设年第一批项目集中开工"
# pages whose zones show the rest of the features the model weighs
OTHERS = ("1168-enshiwanbao-hash.txt", "1059-luoyangshangbao-hardwrap.txt", "1088-liaoningzhigongbao-double.txt",
          "1012-lasaribao-noblank.txt", "1100-tianmenribao-hardwrap.txt", "1205-chinadailyusa-bare.txt",
          "191-wenzhouwang-double.txt")


def _article(name: str, title: str):
    return next(a for a in parse_page(read_page(PAGES / name).text, name).articles if a.title == title)


def test_every_weighed_feature_is_one_the_parser_gives():
    given: set[str] = set()
    for name in (REPORT, *OTHERS):
        with zone_model.recording() as seen:
            parse_page(read_page(PAGES / name).text, name)
        assert seen, f"{name} has zones to weigh"
        given |= set().union(*seen.values())
    for feature in learned.weights(zone_model.NAME)["weights"]:
        assert feature in given, feature


def test_the_fitted_model_chooses_better_than_the_rules_on_pages_held_out_of_its_fit():
    figures = learned.weights(zone_model.NAME)["figures"]
    assert figures["held_out_model"] > figures["held_out_rules"]
    assert figures["cross_validated"] > figures["rules"]


def test_a_zone_named_once_in_a_citys_report_is_not_its_zone_where_the_rules_alone_took_it():
    assert _article(REPORT, TITLE).zone is None
    with zone_model.recording():
        assert _article(REPORT, TITLE).zone == "长治高新区"  # the rules' own answer
