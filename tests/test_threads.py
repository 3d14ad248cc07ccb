"""Under a threaded server (not how `serve` runs it, but how a WSGI host
might), requests take turns on the process's index handle and state: the
answers equal those given one at a time, even while a new index generation
replaces the one being read."""
from __future__ import annotations

import json
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

from werkzeug.serving import make_server

from indexer.build import build

QUERIES = ["人才", "人才补贴", "招商", "高新区 企业", "帮代办", "专精特新", "科技创新", "服务", "项目", "政策"]


def test_concurrent_requests_in_threads_answer_as_sequential_ones(seeds_copy, tmp_path, monkeypatch):
    from search.web.app import create_app
    root = tmp_path / "ix"
    build(seeds_copy, root)
    monkeypatch.setenv("GAOXIN_RESULTS_CACHE", "0")  # every request searches
    app = create_app({"INDEX": str(root), "INDEX_CHECK_SECONDS": 0})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def get(path: str):
        with urllib.request.urlopen(base + path, timeout=60) as response:
            body = response.read()
        return json.loads(body) if path.startswith("/api/") else body.decode("utf-8-sig").count("\n")

    paths = [f"/api/search?q={quote(q)}&per_page=20" for q in QUERIES] + \
            [f"/search.csv?q={quote(q)}" for q in QUERIES[:3]]
    try:
        alone = [get(p) for p in paths]
        rebuilding = threading.Thread(target=lambda: [build(seeds_copy, root) for _ in range(2)])
        with ThreadPoolExecutor(12) as pool:
            rebuilding.start()  # a new generation replaces the searcher mid-way
            together = list(pool.map(get, paths * 6))
        rebuilding.join()
    finally:
        server.shutdown()
        app.extensions["library"].close()

    def same(a, b):
        return a == b if not isinstance(a, dict) else (a["total"], [h["id"] for h in a["hits"]]) == (
            b["total"], [h["id"] for h in b["hits"]])
    assert all(same(a, b) for a, b in zip(alone * 6, together, strict=True))
