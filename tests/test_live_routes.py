"""A sweep of every route family through the real server (`python -m search
serve`, gunicorn), as a browser or a feed reader meets it: Chinese and
traditional path segments and parameters, GET and HEAD. Each answer must be
no server error, carry ASCII headers only (gunicorn refuses others: that hid
a 500 on every zone page from the Flask test client), a CSP and a `Link`
where a page has a twin, and a well-formed body (HTML, JSON, Atom, CSV).

The corpus is the seed pages plus a hostile page, an article with no body
text and a page with control characters."""
from __future__ import annotations

import csv
import http.client
import io
import json
import shutil
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

import pytest

from indexer.build import build
from tests.conftest import DATA, SEEDS, live_server

BASE_URL = "https://gaoxin.example"


def sweep_index(tmp_path_factory):
    """The sweep's index: the seed pages, a hostile page, an article with no
    body text, a page with control characters."""
    pages = tmp_path_factory.mktemp("sweep-pages")
    for page in SEEDS.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    shutil.copy(DATA / "hostile.txt", pages / "hostile.txt")
    (pages / "headline-only.txt").write_text("# 空文高新区：只有标题没有正文\n", "utf-8")
    (pages / "controls.txt").write_text("# 控制高新区：控制\x01字符\n\n本报讯 正文\x1b有控制字符\x0b。人才补贴。\n",
                                        "utf-8")
    root = tmp_path_factory.mktemp("sweep-index")
    build(pages, root)
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with live_server(sweep_index(tmp_path_factory), {"GAOXIN_BASE_URL": BASE_URL}) as base:
        yield base


def fetch(base: str, path: str, method: str = "GET", headers: dict | None = None):
    """One request as a client sends it (the path percent-encoded), no redirects followed."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request(method, quote(path, safe="/?&=%#:"), headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def _zones(base: str) -> list[str]:
    _, _, body = fetch(base, "/api/zones")
    return [zone for zones in json.loads(body)["provinces"].values() for zone in zones]


def _article_ids(base: str) -> list[str]:
    _, _, body = fetch(base, "/api/search?per_page=50")
    ids = [hit["id"] for hit in json.loads(body)["hits"]]
    _, _, body = fetch(base, "/api/search?per_page=50&page=2")
    return ids + [hit["id"] for hit in json.loads(body)["hits"]]


def _paths(base: str) -> list[str]:
    zones = _zones(base)
    paths = ["/", "/search", "/search?q=人才补贴", "/search?q=人才補貼&zone=襄阳", "/search?q=%01",
             "/search?zone=無錫&sort=newest", "/compare?q=招商", "/compare?q=招商&zone=襄陽高新區",
             "/zones", "/api/zones", "/api/search?q=帮代办", "/api/compare?q=人才", "/api/openapi.json",
             "/search.csv?q=人才补贴", "/search.atom?q=人才补贴", "/search.atom", "/search.atom?q=%01%1B",
             "/search.atom?q=\uffff", "/search.csv?q=%00", "/advanced", "/advanced?q=人才&zone=無錫",
             "/advanced?all=人才&phrase=帮代办&zone=襄陽、无锡&from=2020&go=1", "/advanced?from=2023&to=2020&go=1",
             "/search?q=人才&from=2021&to=2023-6", "/search?q=人才&kind=brief&within=補貼", "/feeds?q=人才補貼",
             "/search.csv?q=人才&lang=en", "/compare?q=人才&zone=無錫&zone=襄阳",
             "/figures?q=人才补贴", "/figures?q=补贴>=1000万元&zone=济宁", "/api/figures?q=人才", "/figures.csv?q=人才",
             "/search?q=人才补贴>=1000万元&sort=value"]
    for zone in zones:
        paths += [f"/zones/{zone}", f"/api/zones/{zone}"]
    paths += ["/zones/无锡", "/zones/無錫高新區", "/api/zones/襄陽"]
    for article_id in _article_ids(base):
        paths += [f"/articles/{article_id}?q=人才", f"/api/articles/{article_id}"]
    chosen = "&".join(f"id={i}" for i in _article_ids(base)[:20])
    paths += [f"/cite?{chosen}&format={f}" for f in ("gbt", "ris", "enw")]
    paths += ["/cite?format=ris", "/cite?id=000000000000", "/cite?id=x&format=bib"]
    return paths


def _check_body(path: str, content_type: str, body: bytes) -> None:
    if "json" in content_type:
        json.loads(body)
    elif "atom" in content_type:
        ET.fromstring(body)
    elif "csv" in content_type:
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert rows and rows[0][0] == ("id" if "lang=en" in path else "指标" if "figures" in path else "编号")
    elif "research-info-systems" in content_type:
        assert body.decode("utf-8-sig").startswith("TY  - NEWS")
    elif "html" in content_type:
        text = body.decode("utf-8")
        assert text.lstrip().lower().startswith("<!doctype html>") and text.rstrip().endswith("</html>"), path


def sweep(base: str) -> list:
    """Every route family, GET and HEAD, through the server at `base`: the
    failures (method, path, problems)."""
    failures = []
    paths = _paths(base)
    assert len(paths) > 100
    for path in paths:
        for method in ("GET", "HEAD"):
            status, headers, body = fetch(base, path, method)
            problems = []
            if status >= 500:
                problems.append(f"status {status}")
            if not all(k.isascii() and v.isascii() for k, v in headers.items()):
                problems.append("non-ASCII header")
            if "Content-Security-Policy" not in headers:
                problems.append("no CSP")
            if status == 200 and method == "GET":
                try:
                    _check_body(path, headers.get("Content-Type", ""), body)
                except Exception as exc:  # noqa: BLE001 (any parse error is the finding)
                    problems.append(f"malformed body: {exc!r}")
            if problems:
                failures.append((method, path, problems))
    return failures


def test_every_route_answers_well_formed_under_gunicorn(site):
    failures = sweep(site)
    assert not failures, failures[:10]


@pytest.mark.parametrize("path", ["/zones/{zone}", "/search?q=人才补贴", "/articles/{article}", "/compare?q=招商",
                                  "/figures?q=人才"])
def test_pages_name_their_twin_in_an_ascii_link_header(site, path):
    zone, article = _zones(site)[0], _article_ids(site)[0]
    status, headers, _ = fetch(site, path.format(zone=zone, article=article))
    assert status == 200 and 'rel="alternate"' in headers["Link"] and headers["Link"].isascii()


def test_zone_spellings_redirect_to_one_canonical_url(site):
    for spelling in ("无锡", "無錫", "无锡国家高新区"):
        status, headers, _ = fetch(site, f"/zones/{spelling}")
        assert (status, headers["Location"]) == (301, "/zones/" + quote("无锡高新区"))


def test_a_query_no_article_answers_whole_loosens_under_gunicorn(site):
    q = quote("人才 量子纠缠")
    _, _, body = fetch(site, f"/api/search?q={q}")
    answer = json.loads(body)
    assert answer["relaxed"] and answer["total"] > 0
    status, _, page = fetch(site, f"/search?q={q}")
    html = page.decode("utf-8")
    assert status == 200 and "没有同时包含全部 2 个检索词的文章" in html and "只搜“人才”" in html


def test_an_article_without_body_text_is_served(site):
    _, _, body = fetch(site, "/api/search?q=只有标题没有正文")
    (hit,) = json.loads(body)["hits"]
    for path in (f"/articles/{hit['id']}", f"/api/articles/{hit['id']}"):
        assert fetch(site, path)[0] == 200


def test_feeds_and_exports_ignore_a_forged_host(site):
    forged = {"Host": "evil.example"}
    _, _, atom = fetch(site, "/search.atom?q=人才补贴", headers=forged)
    feed = ET.fromstring(atom)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    hrefs = [link.get("href") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert hrefs and all(href.startswith(BASE_URL + "/") for href in hrefs)
    ids = [e.text for e in feed.findall(".//a:id", ns)]
    assert ids and all(i.startswith("tag:gaoxin-search,") for i in ids)
    _, _, plain = fetch(site, "/search.atom?q=人才补贴")
    assert [e.text for e in ET.fromstring(plain).findall(".//a:id", ns)] == ids  # ids do not follow the host
    _, _, table = fetch(site, "/search.csv?q=人才补贴&lang=en", headers=forged)
    rows = list(csv.DictReader(io.StringIO(table.decode("utf-8-sig"))))
    assert rows and all(row["url"].startswith(BASE_URL + "/articles/") for row in rows)
    assert "evil.example" not in atom.decode() + table.decode()


def test_control_characters_never_reach_a_feed(site):
    for path in ("/search.atom", "/search.atom?q=%01%1B", "/search.atom?q=控制"):
        status, _, body = fetch(site, path)
        assert status == 200
        ET.fromstring(body)
        assert not any(ch in body.decode() for ch in "\x01\x1b\x0b\uffff")


def test_a_wrong_method_says_which_are_allowed(site):
    status, headers, _ = fetch(site, "/search?q=人才", "POST")
    assert status == 405 and set(headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}


def test_slow_clients_do_not_stop_the_service(site):
    """More clients than workers (2) trickle their headers; others are still answered."""
    import socket
    import time
    url = urlsplit(site)
    slow = []
    for _ in range(6):
        s = socket.create_connection((url.hostname, url.port), timeout=5)
        s.sendall(b"GET /search?q=%E4%BA%BA HTTP/1.1\r\nHo")
        slow.append(s)
    try:
        for second in range(3):
            started = time.monotonic()
            status, _, _ = fetch(site, "/api/search?q=人才补贴")
            assert status == 200 and time.monotonic() - started < 5
            for s in slow:
                s.sendall(b"s")  # one more byte a second: never a whole request head
            time.sleep(1 if second < 2 else 0)
    finally:
        for s in slow:
            s.close()


def test_the_server_takes_its_settings_from_the_environment(seed_index, tmp_path):
    """GAOXIN_* reach the production server: the header timeout (a client
    whose first request head is not in by then gets 408 with the reason in
    Chinese, and an access-log line) and the feed's length."""
    import socket
    import time
    log = tmp_path / "access.log"
    with live_server(seed_index, env={"GAOXIN_HEAD_SECONDS": "1", "GAOXIN_FEED_ENTRIES": "2"},
                     access_log=log) as base:
        url = urlsplit(base)
        with socket.create_connection((url.hostname, url.port), timeout=8) as slow:
            started = time.monotonic()
            slow.sendall(b"GET / HTTP/1.1\r\nHo")
            answer = slow.recv(400)
            assert answer.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 5  # default: 10 s
            assert "请重试" in answer.decode("utf-8", "replace")
        status, _, body = fetch(base, "/search.atom?q=高新区")
        entries = ET.fromstring(body).findall("{http://www.w3.org/2005/Atom}entry")
        assert status == 200 and len(entries) == 2
    assert "408 0 0s" in log.read_text("utf-8") and "rejected=slow request head" in log.read_text("utf-8")


def test_the_access_log_shows_time_taken_worker_and_cache_hits(seed_index, tmp_path):
    log = tmp_path / "access.log"
    with live_server(seed_index, workers=1, access_log=log) as base:
        for _ in range(2):
            assert fetch(base, "/search?q=人才补贴")[0] == 200
    lines = [line for line in log.read_text("utf-8").splitlines() if '"GET /search?q=' in line]
    assert len(lines) == 2
    assert all(" 127.0.0.1 " in line and " 200 " in line and "s worker=" in line for line in lines)
    assert lines[0].endswith("cache=miss") and lines[1].endswith("cache=hit")


def test_the_longest_query_the_box_allows_is_answered_and_a_longer_one_explained(site):
    status, _, _ = fetch(site, "/search?q=" + "人" * 500)
    assert status == 200
    status, headers, body = fetch(site, "/search?q=" + "人" * 501)
    assert status == 400 and "text/html" in headers["Content-Type"] and "查询太长" in body.decode()


def test_ctrl_c_stops_every_process_quietly(seed_index):
    """Ctrl-C reaches the whole process group (master and workers)."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import urllib.request
    from tests.conftest import _free_port
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(seed_index), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60  # generous: a loaded machine starts slowly
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            break
        except OSError:
            assert time.monotonic() < deadline and proc.poll() is None, "the server did not start"
            time.sleep(0.1)
    import socket
    # requests in flight when Ctrl-C comes: one still sending its head,
    # others being answered
    half = socket.create_connection(("127.0.0.1", port), timeout=5)
    half.sendall(b"GET /search?q=%E4%BA%BA HTTP/1.1\r\nHo")
    busy = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(4)]
    for s in busy:
        s.sendall(b"GET /search.csv?q=%E4%BA%BA HTTP/1.1\r\nHost: x\r\n\r\n")
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    for s in [half, *busy]:
        s.close()
    assert proc.returncode == 0 and b"Traceback" not in err, err.decode()[-2000:]
    for _ in range(200):  # the workers exit on their own signal, a moment later
        alive = subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True, text=True).stdout.split()
        if not alive:
            break
        time.sleep(0.1)
    assert alive == [], "no process of the server outlives Ctrl-C"
