"""The Xapian backend (search.engine.backends.xapian) over real shards served
by real xapian-tcpsrv processes on loopback: the same answers as the Whoosh
backend (totals, every facet and month, rankings within the targets), the
real `python -m search serve` with GAOXIN_BACKEND=xapian, replicas, a killed,
a slow and a foreign shard, and the shard build and update."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
import xapian

from bench.corpus import generate
from bench.queries import QUERIES
from indexer import xapian_build
from indexer.build import build
from search.engine import results as engine
from search.engine.backends import xapian_layout as layout
from search.engine.backends.whoosh import WhooshBackend
from search.engine.backends.xapian import XapianBackend
from search.engine.backends.xapian_shards import ShardSet, ShardsUnavailable
from search.engine.params import parse_args
from tests.conftest import SEEDS, live_server, searcher_of
from tests.quality.evaluate import api_titles, judge, load
from bench.tcpsrv import TcpServer, serving, shard_dirs

JUDGED = load()
# and conditions on figures (search.engine.conditions), read from every match's stored figures
CONDITIONS = [{"q": "投资>=1亿元", "sort": "value"}, {"q": "企业>=10家", "zone": "无锡高新区"},
              {"q": "投资>=1亿元", "from": "2021", "to": "2022"}, {"q": "人才补贴>=1000万元"}]
# and queries no article answers whole, answered loosened (search.engine.query, relaxations)
LOOSENED = [{"q": "人才 补贴 量子纠缠"}, {"q": "招商 园区 -上海 量子纠缠"}]
DIFFERENTIAL = [dict(item.params) for item in JUDGED] + QUERIES + CONDITIONS + LOOSENED
GENERATED_ARTICLES = 600


def _twin(whoosh_root: Path, pages: Path, target: Path, shards: int) -> Path:
    """Shards of the pages of a Whoosh index, built where a copy of that
    index was live (so that they take over its first-indexed times, as a
    node moving to shards does: feeds and exports compare equal)."""
    shutil.copytree(whoosh_root, target, symlinks=True)
    xapian_build.build(pages, target, shards)
    return target


@pytest.fixture(scope="module")
def seed_shards(seed_index, tmp_path_factory):
    """(shards root, its two running servers) for the seed pages."""
    root = _twin(seed_index, SEEDS, tmp_path_factory.mktemp("xapian-seeds") / "index", 2)
    servers = serving(shard_dirs(root))
    yield root, servers
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """(Whoosh root, shards root, servers) of a generated corpus (bench.corpus)."""
    base = tmp_path_factory.mktemp("xapian-generated")
    generate(GENERATED_ARTICLES, base / "pages")
    build(base / "pages", base / "whoosh")
    root = _twin(base / "whoosh", base / "pages", base / "index", 2)
    servers = serving(shard_dirs(root))
    yield base / "whoosh", root, servers
    for server in servers:
        server.stop()


def _shard_set(servers, timeout: float = 10.0) -> ShardSet:
    return ShardSet([s.address for s in servers], timeout)


def _differential(whoosh_root: Path, shards: ShardSet, label: str) -> None:
    """Every judged and benchmark query on both backends: totals, facets and
    months equal on all of them; the top-10 overlap printed."""
    differ, overlaps, same_order = [], [], 0
    with searcher_of(whoosh_root) as searcher:
        ours, theirs = WhooshBackend(searcher), XapianBackend(shards)
        for params in DIFFERENTIAL:
            state = parse_args({**params, "per_page": "10"})
            a, b = engine.run(ours, state), engine.run(theirs, state)
            if (a.total, a.facets, a.months, a.kept_months) != (b.total, b.facets, b.months, b.kept_months):
                differ.append((params, a.total, b.total))
            if a.shown:
                overlaps.append(len(set(a.shown) & set(b.shown)) / len(a.shown))
                same_order += a.shown == b.shown
    print(f"\n{label}: {len(DIFFERENTIAL)} queries, totals/facets/months equal on "
          f"{len(DIFFERENTIAL) - len(differ)}, top-10 overlap {sum(overlaps) / len(overlaps):.3f}, "
          f"same top 10 in the same order on {same_order} of {len(overlaps)}")
    assert not differ, differ


def test_seed_answers_equal_whoosh_over_two_remote_shards(seed_index, seed_shards):
    _, servers = seed_shards
    shards = _shard_set(servers)
    try:
        _differential(seed_index, shards, "seeds, 2 remote shards")
    finally:
        shards.close()


def test_generated_answers_equal_whoosh_over_two_remote_shards(generated):
    whoosh_root, _, servers = generated
    shards = _shard_set(servers)
    try:
        _differential(whoosh_root, shards, f"generated {GENERATED_ARTICLES} articles, 2 remote shards")
    finally:
        shards.close()


def _xapian_app(servers, **config):
    from search.web.app import create_app
    return create_app({"BACKEND": "xapian", "SHARDS": ",".join(s.address for s in servers),
                       "INDEX_CHECK_SECONDS": 0, "TESTING": True, **config})


def test_judged_quality_on_xapian(seed_shards):
    app = _xapian_app(seed_shards[1])
    try:
        client = app.test_client()
        outcomes = [judge(item, api_titles(client, item)) for item in JUDGED]
    finally:
        app.extensions["library"].close()
    recall = sum(o.recall for o in outcomes) / len(outcomes)
    mrr = sum(o.reciprocal_rank for o in outcomes) / len(outcomes)
    print(f"\njudged on Xapian: {len(outcomes)} queries, recall@10 {recall:.3f}, MRR {mrr:.3f}")
    assert recall == 1.0 and mrr >= 0.98
    assert not [o.banned_found for o in outcomes if o.banned_found]


# The real server --------------------------------------------------------

def _fetch(url: str) -> tuple[int, bytes]:
    url = urllib.parse.quote(url, safe=":/?&=%+")
    try:
        with urllib.request.urlopen(url, timeout=15) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.read()


def _steady(body: bytes, base: str) -> bytes:
    """An answer without what differs from one server or request to the
    next (the server's address, time taken, cache notes)."""
    body = body.replace(base.encode(), b"BASE")
    body = re.sub(rb'"took_ms":[0-9.]+|"cache":(null|\{[^}]*\})', b"", body)
    body = re.sub(rb'<span class="took[^"]*">.*?</span>', b"", body, flags=re.S)
    return re.sub(rb"\n\s*\n", b"\n", body)  # a cached page's note leaves a blank line


def test_serve_with_xapian_answers_as_the_default_backend(seed_index, seed_shards, tmp_path):
    _, servers = seed_shards
    env = {"GAOXIN_BACKEND": "xapian", "GAOXIN_SHARDS": ",".join(s.address for s in servers)}
    paths = []
    for item in JUDGED[:6]:
        query = urlencode(item.params)
        paths += [f"/search?{query}", f"/api/search?{query}", f"/search.csv?{query}", f"/search.atom?{query}"]
    paths += ["/", "/zones", "/api/zones"]
    with live_server(seed_index) as whoosh_base, live_server(tmp_path, env=env) as xapian_base:
        for item in JUDGED[:3]:  # articles with their related articles
            first = json.loads(_fetch(f"{whoosh_base}/api/search?{urlencode(item.params)}")[1])["hits"][0]["id"]
            paths += [f"/articles/{first}", f"/api/articles/{first}"]
        for path in paths:
            (status, ours), (their_status, theirs) = _fetch(whoosh_base + path), _fetch(xapian_base + path)
            assert status == their_status == 200, path
            assert _steady(ours, whoosh_base) == _steady(theirs, xapian_base), path


def test_a_killed_shard_gives_503_in_chinese_then_recovers(seed_index, tmp_path):
    root = _twin(seed_index, SEEDS, tmp_path / "index", 2)
    servers = serving(shard_dirs(root))
    env = {"GAOXIN_BACKEND": "xapian", "GAOXIN_SHARDS": ",".join(s.address for s in servers)}
    log = tmp_path / "error.log"
    try:
        with live_server(tmp_path / "none", env=env, workers=1, error_log=log) as base:
            assert _fetch(base + "/api/search?q=人才")[0] == 200
            servers[1].stop()
            status, body = _fetch(base + "/api/search?q=招商")
            assert status == 503
            message = json.loads(body)["error"]["message"]
            assert "分片 1" in message and servers[1].address in message and "搜索暂不可用" in message
            assert len([line for line in log.read_text("utf-8").splitlines() if "xapian" in line]) == 1
            status, page = _fetch(base + "/search?q=企业")
            assert status == 503 and "分片 1" in page.decode() and "Traceback" not in page.decode()
            status, health = _fetch(base + "/health")
            assert status == 503 and "分片 1" in json.loads(health)["error"]
            servers[1] = TcpServer(servers[1].directory, servers[1].port).start()
            time.sleep(1.0)  # past the back-off of the failed address
            assert _fetch(base + "/api/search?q=创新")[0] == 200
        assert "Traceback" not in log.read_text("utf-8")
    finally:
        for server in servers:
            server.stop()


# Replicas, slow and foreign shards ------------------------------------------

@pytest.mark.parametrize("env", [{"GAOXIN_BACKEND": "xapian"}, {"GAOXIN_BACKEND": "xapian", "GAOXIN_SHARDS": ","},
                                 {"GAOXIN_BACKEND": "elastic"}])
def test_serve_without_usable_shard_settings_says_so(env, tmp_path):
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "search", "serve", "--index", str(tmp_path), "--port", "1"],
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith("error: GAOXIN_")


def test_a_failed_replica_hands_over_to_the_next(seed_shards, caplog):
    root, _ = seed_shards
    first, second, other = serving([shard_dirs(root)[0], shard_dirs(root)[0], shard_dirs(root)[1]])
    shards = ShardSet([f"{first.address}|{second.address}", other.address])
    try:
        backend = XapianBackend(shards)
        request = engine.request_of(parse_args({"q": "人才"}))
        before = backend.ids(request)
        first.stop()
        with caplog.at_level(logging.ERROR):
            assert backend.ids(request) == before
        assert shards.shards[0].address.spec == second.address
        assert len(caplog.records) == 1 and first.address in caplog.text
    finally:
        shards.close()
        for server in (first, second, other):
            server.stop()


def test_a_restarted_shard_server_is_reconnected_at_once(seed_shards, caplog):
    root, _ = seed_shards
    servers = serving(shard_dirs(root))
    shards = _shard_set(servers)
    try:
        backend = XapianBackend(shards)
        request = engine.request_of(parse_args({"q": "企业"}))
        before = backend.ids(request)
        servers[1].stop()  # as after a rebuild: the server restarted, the open connection gone
        servers[1] = TcpServer(servers[1].directory, servers[1].port).start()
        with caplog.at_level(logging.ERROR):
            assert backend.ids(request) == before
        assert not caplog.records
    finally:
        shards.close()
        for server in servers:
            server.stop()


def test_the_app_reconnects_to_a_restarted_shard_server(seed_shards):
    root, _ = seed_shards
    servers = serving(shard_dirs(root))
    app = _xapian_app(servers)  # looks for changes on every request (INDEX_CHECK_SECONDS=0)
    try:
        client = app.test_client()
        assert client.get("/api/search?q=企业").status_code == 200
        servers[0].stop()
        servers[0] = TcpServer(servers[0].directory, servers[0].port).start()
        assert client.get("/api/search?q=人才").status_code == 200
    finally:
        app.extensions["library"].close()
        for server in servers:
            server.stop()


def test_a_slow_shard_times_out_with_a_clear_answer(seed_shards, caplog):
    root, _ = seed_shards
    servers = serving(shard_dirs(root))
    shards = _shard_set(servers, timeout=1.0)
    try:
        backend = XapianBackend(shards)
        request = engine.request_of(parse_args({"q": "人才"}))
        assert backend.total(request)
        os.killpg(servers[0].process.pid, signal.SIGSTOP)  # alive, answering nothing
        with caplog.at_level(logging.ERROR), pytest.raises(ShardsUnavailable) as caught:
            backend.total(engine.request_of(parse_args({"q": "企业"})))
        assert caught.value.status == 503 and "分片 0" in caught.value.message and "超时" in caught.value.message
        assert len(caplog.records) == 1
    finally:
        os.killpg(servers[0].process.pid, signal.SIGCONT)
        shards.close()
        for server in servers:
            server.stop()


def test_a_shard_of_another_schema_is_refused(seed_shards, tmp_path):
    root, _ = seed_shards
    foreign = tmp_path / "shard"
    shutil.copytree(shard_dirs(root)[0].resolve(), foreign)
    database = xapian.WritableDatabase(str(foreign), xapian.DB_OPEN)
    database.set_metadata(layout.SCHEMA_KEY, "10/xapian-1")
    database.commit()
    database.close()
    shards = ShardSet([str(foreign), str(shard_dirs(root)[1])])
    with pytest.raises(ShardsUnavailable) as caught:
        XapianBackend(shards).doc_count()
    assert "索引版本是 10/xapian-1" in caught.value.message and "重建" in caught.value.message


# Build and update --------------------------------------------------------------

def _contents(root: Path) -> dict[str, tuple]:
    """Every document of every shard by id: its shard, terms with positions, values, data."""
    out = {}
    for number, directory in enumerate(shard_dirs(root)):
        database = xapian.Database(str(directory))
        for docid in range(1, database.get_lastdocid() + 1):
            try:
                doc = database.get_document(docid)
            except xapian.DocNotFoundError:
                continue
            fields = layout.stored_fields(doc.get_data())
            fields.pop("indexed")
            terms = tuple((t.term, tuple(database.positionlist(docid, t.term))) for t in doc.termlist())
            values = tuple((v.num, v.value) for v in doc.values() if v.num != layout.INDEXED)
            out[fields["id"]] = (number, terms, values, json.dumps(fields, sort_keys=True, default=str))
        database.close()
    return out


def test_a_shard_document_holds_what_whoosh_indexes(seed_index):
    """layout.analysed's direct path (our tokenizers' terms()) gives the
    terms, weights, positions and lengths of Whoosh's own FieldType.index."""
    schema = layout.whoosh_schema()
    with searcher_of(seed_index) as searcher:
        stored = list(searcher.all_stored_fields())
    checked = 0
    for fields in stored:
        article = json.loads(fields["article"])
        for name, value in (("title", article["title"]), ("text", article["text"]), ("grams", article["text"])):
            fieldobj = schema[name]
            items = list(fieldobj.index(value))
            whoosh = (sum(freq for _, freq, _, _ in items),
                      sorted((b.decode(), w, fieldobj.format.decode_positions(v)) for b, _, w, v in items))
            length, terms = layout.analysed(fieldobj, value)
            assert (length, sorted(terms)) == whoosh
            checked += 1
    assert checked > 50


def test_each_article_lives_in_the_shard_of_its_id(seed_shards):
    root, _ = seed_shards
    contents = _contents(root)
    assert {number for number, *_ in contents.values()} == {0, 1}
    assert all(number == xapian_build.shard_of(article_id, 2) for article_id, (number, *_) in contents.items())


def test_served_shards_updated_in_place_are_answered_without_restart(seeds_copy, tmp_path):
    root = tmp_path / "index"
    xapian_build.build(seeds_copy, root, 2)
    servers = serving(shard_dirs(root))
    app = _xapian_app(servers)
    try:
        client = app.test_client()
        before = client.get("/api/search?q=高新区").get_json()["total"]
        gone = sorted(seeds_copy.iterdir())[0]
        gone.unlink()
        xapian_build.update(seeds_copy, root)
        after = client.get("/api/search?q=高新区").get_json()
        assert after["total"] < before and after["cache"] is None
    finally:
        app.extensions["library"].close()
        for server in servers:
            server.stop()


def test_a_build_in_two_processes_writes_what_one_does(seed_shards, tmp_path):
    serial, _ = seed_shards  # built in one process (a few pages)
    xapian_build.build(SEEDS, tmp_path / "index", 2, procs=2)
    assert _contents(tmp_path / "index") == _contents(serial)


def test_check_describes_a_root_of_shards(seed_shards, capsys):
    from indexer.cli import main
    root, _ = seed_shards
    assert main(["check", "--index", str(root)]) in (0, 1)  # 1: the seeds' own health, not the shards
    out = capsys.readouterr().out
    assert "2 Xapian shards" in out and out.count(f"schema {layout.SHARD_SCHEMA}") == 3


def test_a_whoosh_update_of_shards_is_refused_with_the_right_command(seed_shards, capsys):
    from indexer.cli import main
    root, _ = seed_shards
    assert main(["update", "--index", str(root)]) == 2
    assert "update --backend xapian" in capsys.readouterr().err


def test_moving_to_shards_and_back_keeps_the_first_indexed_times(seeds_copy, tmp_path):
    root = tmp_path / "index"
    build(seeds_copy, root)
    with searcher_of(root) as searcher:
        before = {f["id"]: f["indexed"] for f in searcher.all_stored_fields()}
    xapian_build.build(seeds_copy, root, 2)
    shards = ShardSet([str(d) for d in shard_dirs(root)])
    try:
        on_shards = {f["id"]: f["indexed"] for f in XapianBackend(shards).articles(sorted(before))}
    finally:
        shards.close()
    build(seeds_copy, root)
    with searcher_of(root) as searcher:
        after = {f["id"]: f["indexed"] for f in searcher.all_stored_fields()}
    assert before == on_shards == after


def test_update_leaves_what_a_fresh_build_would(seeds_copy, tmp_path):
    updated, fresh = tmp_path / "updated", tmp_path / "fresh"
    xapian_build.build(seeds_copy, updated, 2)
    pages = sorted(seeds_copy.iterdir())
    pages[0].unlink()
    pages[1].write_text(pages[1].read_text("utf-8").replace("高新区", "高新技术产业开发区", 3), "utf-8")
    report = xapian_build.update(seeds_copy, updated)
    assert report.removed == [pages[0].name] and report.changed == [pages[1].name]
    xapian_build.build(seeds_copy, fresh, 2)
    assert _contents(updated) == _contents(fresh)


def _weights(root: Path) -> dict[str, dict[str, int]]:
    """Every document's terms with their wdf (its BM25 weight), by article id."""
    out = {}
    for directory in shard_dirs(root):
        database = xapian.Database(str(directory))
        for item in database.postlist(""):
            doc = database.get_document(item.docid)
            out[layout.stored_fields(doc.get_data())["id"]] = {t.term: t.wdf for t in doc.termlist()}
        database.close()
    return out


def _shards_file(root: Path) -> dict:
    return json.loads((root / "current" / "shards.json").read_text("utf-8"))


def test_update_weights_as_a_fresh_build_once_the_averages_move(seeds_copy, tmp_path):
    """A page gone and one rewritten move the seeds' field averages by more
    than the tolerance: every document is weighted again with the new ones."""
    updated, fresh = tmp_path / "updated", tmp_path / "fresh"
    xapian_build.build(seeds_copy, updated, 2)
    pages = sorted(seeds_copy.iterdir())
    pages[0].unlink()
    pages[2].write_text(pages[2].read_text("utf-8").replace("高新区", "高新技术产业开发区"), "utf-8")
    xapian_build.update(seeds_copy, updated)
    xapian_build.build(seeds_copy, fresh, 2)
    assert _weights(updated) == _weights(fresh)
    assert _shards_file(updated) == _shards_file(fresh)  # the averages the weights are made with


def test_an_update_killed_while_weighting_again_is_finished_by_the_next(seeds_copy, tmp_path, monkeypatch):
    from indexer import xapian_weights

    updated, fresh = tmp_path / "updated", tmp_path / "fresh"
    xapian_build.build(seeds_copy, updated, 2)
    sorted(seeds_copy.iterdir())[0].unlink()
    weighed, real = [], layout.reweighed

    def killed_after_five(document, before, after):
        if len(weighed) == 5:
            raise KeyboardInterrupt
        weighed.append(1)
        return real(document, before, after)

    monkeypatch.setattr(xapian_weights, "COMMIT_EVERY", 2)  # some of it committed before the kill
    monkeypatch.setattr(layout, "reweighed", killed_after_five)
    with pytest.raises(KeyboardInterrupt):
        xapian_build.update(seeds_copy, updated)
    assert "weighed_from" in _shards_file(updated)
    monkeypatch.setattr(layout, "reweighed", real)
    report = xapian_build.update(seeds_copy, updated)  # no page changed since: it only finishes
    assert report.added == report.changed == report.removed == []
    xapian_build.build(seeds_copy, fresh, 2)
    assert _weights(updated) == _weights(fresh)
    assert _shards_file(updated) == _shards_file(fresh)


def _small_change(seeds: Path) -> None:
    page = sorted(seeds.iterdir())[1]
    page.write_text(page.read_text("utf-8").replace("企业", "企业企业", 4), "utf-8")  # the bigrams' average: +0.2%


def test_update_below_the_tolerance_keeps_every_weight_within_it(seeds_copy, tmp_path):
    """A few words more move the averages by less than the tolerance: the
    documents keep their weights, each within the tolerance of a fresh
    build's (and tolerance 0 gives a fresh build's exactly)."""
    from indexer.xapian_weights import TOLERANCE, drift

    within, exact, fresh = tmp_path / "within", tmp_path / "exact", tmp_path / "fresh"
    xapian_build.build(seeds_copy, within, 2)
    xapian_build.build(seeds_copy, exact, 2)
    _small_change(seeds_copy)
    xapian_build.update(seeds_copy, within)
    xapian_build.update(seeds_copy, exact, tolerance=0)
    xapian_build.build(seeds_copy, fresh, 2)
    moved = drift(_shards_file(within)["averages"], _shards_file(fresh)["averages"])
    assert 0 < moved <= TOLERANCE
    ours, theirs = _weights(within), _weights(fresh)
    assert ours != theirs and ours.keys() == theirs.keys()
    for article_id, terms in theirs.items():
        assert terms.keys() == ours[article_id].keys()
        assert all(abs(ours[article_id][term] - wdf) <= moved * wdf + 1 for term, wdf in terms.items())
    assert _weights(exact) == theirs
