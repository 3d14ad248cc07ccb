"""The pages people see, in real headless Chromium (Debian's, driven by
Playwright) against the real server (`python -m search serve`, gunicorn)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import live_server

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("GAOXIN_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def server(seed_index: Path):
    """The production server over the seed index."""
    with live_server(seed_index) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


def hit_ids(page) -> list[str]:
    return page.eval_on_selector_all(".hit h2 a", "links => links.map(a => a.pathname)")


def test_type_a_query_press_enter_see_highlighted_results(server, page):
    page.goto(server + "/")
    assert page.evaluate("document.activeElement.id") == "q", "the search box has the focus"
    page.keyboard.type("专精特新")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".hit").count() > 0
    assert page.locator(".hit mark").first.inner_text() == "专精特新"
    assert page.locator(".reading").inner_text().startswith("查询理解")


def test_zone_facet_click_changes_url_and_results_and_reload_keeps_them(server, page):
    page.goto(server + "/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA")
    before = hit_ids(page)
    link = page.locator("#facet-zone li a").first
    zone = link.inner_text()
    link.click()
    page.wait_for_url("**zone=*")
    assert "zone=" in page.url
    after = hit_ids(page)
    assert after and after != before
    zones = page.eval_on_selector_all(".hit .zone", "els => els.map(e => e.textContent)")
    assert set(zones) == {zone}
    url = page.url
    page.reload()
    assert page.url == url and hit_ids(page) == after
    assert page.locator("#facet-zone li.selected").inner_text().startswith("✓ " + zone)


def test_open_a_hit_and_land_on_the_highlighted_section(server, page):
    page.goto(server + "/search?q=%E6%99%BA%E6%85%A7%E6%8B%9B%E5%95%86")  # 智慧招商, a sub-heading
    page.locator(".hit h2 a").first.click()
    page.wait_for_url("**/articles/*#s*")
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"section#{anchor}")
    assert target.locator("mark").count() > 0
    assert page.evaluate(f"document.querySelector('section#{anchor}:target') !== null")
    box = target.bounding_box()
    assert box is not None and -2 <= box["y"] < page.viewport_size["height"], "scrolled to the section"


def test_readable_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN")
    page = context.new_page()
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator(".facets").bounding_box()["y"] > page.locator(".hits").bounding_box()["y"]
    context.close()


def test_open_compare_from_results_and_see_zones_side_by_side(server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")  # 人才
    page.locator("a.compare-link").click()
    page.wait_for_url("**/compare?q=*")
    columns = page.locator(".column")
    assert columns.count() == 4
    names = [columns.nth(i).locator("h2").inner_text() for i in range(4)]
    assert len(set(names)) == 4
    counts = [columns.nth(i).locator(".meta a").first.inner_text() for i in range(4)]
    assert all(c.endswith("篇匹配") and int(c.split()[0]) > 0 for c in counts)
    tops = {round(columns.nth(i).bounding_box()["y"]) for i in range(4)}
    assert len(tops) == 1, "the columns stand side by side"
    assert page.locator(".column mark").first.inner_text() == "人才"
    page.locator(".column").first.locator("a.remove").click()
    page.wait_for_url("**/compare?*zone=*")
    assert page.locator(".column").count() == 3
    assert names[0] not in [page.locator(".column h2").nth(i).inner_text() for i in range(3)]
    url = page.url
    page.reload()
    assert page.url == url and page.locator(".column").count() == 3


def test_timeline_selects_a_year_then_a_range_and_reads_at_full_size(server, page):
    page.goto(server + "/search?q=%E4%BC%81%E4%B8%9A")  # 企业
    bars = page.locator(".strip").first.locator("a.bar:not(.empty)")
    assert bars.count() >= 2
    first, last = bars.first.get_attribute("aria-label")[:4], bars.last.get_attribute("aria-label")[:4]
    label = page.locator("#timeline text.label").first
    assert label.text_content() == first, "full years"
    assert label.evaluate("e => e.getBoundingClientRect().height") >= 12, "labels a person can read"
    assert page.locator("#timeline figcaption").is_visible()
    bars.first.click()
    page.wait_for_url(f"**from={first}-01-01&to={first}-12-31*")
    dates = page.eval_on_selector_all(".hit .date", "els => els.map(e => e.textContent)")
    assert dates and all(first in d for d in dates)
    assert page.locator(".strip").nth(1).locator("a.bar").first.get_attribute("aria-label").startswith(f"{first}-")
    page.locator(".strip").first.locator("a.bar").last.click()  # a second click stretches the range
    page.wait_for_url(f"**from={first}-01-01&to={last}-12-31*")
    assert page.locator(".strip").first.locator("a.bar.selected").count() == int(last) - int(first) + 1


def test_date_range_form_takes_years_and_months(server, page):
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")  # 人才
    page.fill("#facet-date input[name=from]", "2020")
    page.fill("#facet-date input[name=to]", "2023-6")
    page.locator("#facet-date button").click()
    page.wait_for_url("**q=*&from=2020-01-01&to=2023-06-30")
    assert page.locator("#facet-date input[name=from]").input_value() == "2020-01-01"
    assert page.locator(".active-filters").inner_text().count("2020-01-01 至 2023-06-30") == 1


def test_advanced_search_form_lands_on_results_with_the_zone_picker(server, page):
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")  # 人才
    page.locator("header a", has_text="高级检索").click()
    page.wait_for_url("**/advanced?q=*")
    assert page.locator("#f-all").input_value() == "人才"
    assert page.locator("#zone-list option").count() > 5, "the zone picker offers the index's zones"
    page.fill("#f-phrase", "补贴")
    page.check("input[name=kind][value=feature]")
    page.locator("button[name=go]").click()
    page.wait_for_url("**/search?q=*kind=feature*")
    assert page.locator(".reading").inner_text().count("补贴") >= 1
    page.fill("#within", "企业")
    page.locator(".within button").click()
    page.wait_for_url("**/search?q=*kind=feature*")
    assert page.locator("#q").input_value() == '人才 "补贴" 企业'


def test_article_prints_without_navigation_and_leads_to_the_best_paragraph(server, page):
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D%E8%A1%A5%E8%B4%B4&sort=relevance")  # 人才补贴
    link = page.locator('.hit h2 a[href$="#best"]').first  # 济宁: an article without sub-headings
    link.click()
    page.wait_for_url("**#best")
    best = page.locator("#best")
    assert best.locator("mark").count() >= 1
    top = best.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"], "the page opens at the best paragraph"
    assert page.locator(".back a").get_attribute("href").startswith("/search?q=")
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible() and not page.locator(".related").is_visible()
    assert page.locator(".citation").is_visible() and page.locator("h1").is_visible()


def test_the_legend_of_inferred_dates_is_visible_on_a_phone(browser, server):
    context = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")
        legend = page.locator(".legend-inferred")
        assert legend.is_visible() and "推断" in legend.inner_text()
    finally:
        context.close()


def test_chinese_text_renders_as_glyphs_not_boxes(server, page):
    """Without a CJK font every Chinese character is the same empty box."""
    page.goto(server + "/")
    bitmaps = page.evaluate("""() => {
        const font = getComputedStyle(document.body).font;
        return ["人", "才", "补"].map(ch => {
            const c = document.createElement("canvas"); c.width = 40; c.height = 40;
            const x = c.getContext("2d"); x.font = font.replace(/^.*?(\\d+px)/, "32px"); x.fillText(ch, 2, 32);
            return Array.from(x.getImageData(0, 0, 40, 40).data).join(",");
        });
    }""")
    assert len(set(bitmaps)) == 3, "distinct characters draw distinct glyphs (a missing font draws one box for all)"


def test_from_results_to_figures_to_the_sentence_of_a_figure(server, page):
    page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D+%E8%A1%A5%E8%B4%B4")  # 人才 补贴
    page.locator("a.figures-link").click()
    page.wait_for_url("**/figures?q=*")
    row = page.locator("tr", has=page.locator("th", has_text="青年人才补贴"))
    figure = row.locator(".figure").filter(has_text="9000多万元")
    assert "发放各类青年人才补贴9000多万元" in figure.locator("q.sentence").inner_text()
    figure.locator("a.value").click()
    page.wait_for_url("**/articles/*#s*-*-*")
    anchor = page.url.split("#", 1)[1]
    sentence = page.locator(f"[id='{anchor}']")
    assert "9000多万元" in sentence.inner_text()
    box = sentence.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], "the sentence is scrolled into view"
    assert page.evaluate(f"getComputedStyle(document.getElementById('{anchor}')).backgroundColor") != "rgba(0, 0, 0, 0)"


# Phones: every page family at 375 px on a touch screen. A tap target is
# anything a finger presses: links, buttons, fields, and a check box's label.
TAP_TARGETS = """() => {
    const seen = new Set(), small = [];
    const visible = e => { const s = getComputedStyle(e);
        return s.visibility !== "hidden" && s.display !== "none" && e.getClientRects().length > 0; };
    for (let e of document.querySelectorAll(
            "a[href], button, input:not([type=hidden]), select, textarea, summary")) {
        if (e.closest(".visually-hidden") || !visible(e)) continue;
        const label = e.closest("label");
        if (label && (e.type === "checkbox" || e.type === "radio")) e = label;  // the label is what is tapped
        if (seen.has(e)) continue;
        seen.add(e);
        const r = e.getBoundingClientRect();
        if (r.width < 44 || r.height < 44)
            small.push(`${e.tagName.toLowerCase()}.${e.getAttribute("class") || ""} `
                       + `"${(e.textContent || e.value || e.name || "").trim().slice(0, 12)}" `
                       + `${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return {targets: seen.size, small};
}"""


def _phone_paths(server: str) -> dict[str, str]:
    import json
    import urllib.request
    with urllib.request.urlopen(server + "/api/search?q=%E4%BA%BA%E6%89%8D") as response:  # 人才
        hit = json.load(response)["hits"][0]
    return {
        "home": "/",
        "results": "/search?q=%E4%BA%BA%E6%89%8D",
        "results with a month strip": "/search?q=%E4%BC%81%E4%B8%9A&from=2021-01-01&to=2022-12-31",  # 企业
        "empty results": "/search?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%8D%E8%AF%AD",
        "loosened results": "/search?q=%E4%BA%BA%E6%89%8D+%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0",  # 人才 量子纠缠
        "article": hit["url"],
        "compare": "/compare?q=%E4%BA%BA%E6%89%8D",
        "zones": "/zones",
        "zone": "/zones/" + "%E8%A5%84%E9%98%B3%E9%AB%98%E6%96%B0%E5%8C%BA",  # 襄阳高新区
        "advanced": "/advanced",
        "feeds": "/feeds?q=%E4%BA%BA%E6%89%8D",
        "figures": "/figures?q=%E4%BA%BA%E6%89%8D+%E8%A1%A5%E8%B4%B4",  # 人才 补贴
        "error": "/articles/000000000000",
    }


@pytest.mark.parametrize("width", [360, 375, 414])
def test_every_page_fits_a_phone_and_every_tap_target_is_big_enough(server, browser, width):
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 740}, has_touch=True,
                                  is_mobile=True, device_scale_factor=2)
    page = context.new_page()
    problems = {}
    try:
        for family, path in _phone_paths(server).items():
            page.goto(server + path)
            # a mobile browser widens its layout viewport to content that overflows (and zooms
            # out): innerWidth grows with it, so both are measured against the screen's width
            wide = page.evaluate("Math.max(document.documentElement.scrollWidth, window.innerWidth)") - width
            measured = page.evaluate(TAP_TARGETS)
            assert measured["targets"] > 3, family
            if wide > 0 or measured["small"]:
                problems[family] = {"wider by": wide, "small": measured["small"][:6],
                                    "small count": len(measured["small"]), "targets": measured["targets"]}
    finally:
        context.close()
    assert not problems, problems


def test_date_fields_take_what_a_phone_keyboard_types(server, browser):
    """`2022-03` needs a '-', which the numeric keypad lacks."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    try:
        for path in ("/search?q=%E4%BA%BA%E6%89%8D", "/advanced"):
            page.goto(server + path)
            modes = page.eval_on_selector_all("input[name=from], input[name=to]",
                                              "els => els.map(e => e.inputMode || e.type)")
            assert len(modes) == 2 and not set(modes) & {"numeric", "decimal", "tel", "number"}, (path, modes)
        page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")
        page.locator("#facet-date input[name=from]").tap()
        page.keyboard.type("2022-03")
        page.locator("#facet-date button").tap()
        page.wait_for_url("**from=2022-03-01*")
    finally:
        context.close()


def test_tick_two_hits_and_download_their_ris_without_javascript(server, browser, tmp_path):
    import rispy
    context = browser.new_context(locale="zh-CN", java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(server + "/search?q=%E4%BA%BA%E6%89%8D")  # 人才
        ids = [page.locator(".hit .pick input").nth(i).get_attribute("value") for i in (0, 2)]
        for i in (0, 2):
            page.locator(".hit .pick").nth(i).click()  # the label ticks its box
        with page.expect_download() as info:
            page.locator(".cite-bar button[value=ris]").click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert path.suffix == ".ris"
        assert [r["id"] for r in rispy.loads(path.read_text("utf-8-sig"))] == ids
    finally:
        context.close()
