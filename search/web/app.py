"""The Flask application factory: configuration, the index handle, error
handling and security headers. Pages live in search.web.views, the JSON API in
search.web.api."""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search.engine.query import MAX_QUERY_CHARS
from search.errors import SearchError
from search.engine.backends import backend_class
from search.index.store import StoreError
from search.text import normalize, segmenter
from search.web import (advanced, api, citations, compare, exports, figures, health, settings, streaming, trust,
                        views, zones)
from search.web.current import library, served_from_cache

PACKAGE = Path(__file__).resolve().parent.parent  # search/
# The repository's top-level templates/ folder; an installed wheel holds it
# as search/templates (setup.cfg, package_dir).
TEMPLATES = next((p for p in (PACKAGE.parent / "templates", PACKAGE / "templates") if p.is_dir()),
                 PACKAGE / "templates")

# Everything is served from here; no script runs at all (search needs none).
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HTTP_MESSAGES = {404: "没有这个页面", 405: "不支持这种请求方法", 400: "请求无效"}

log = logging.getLogger(__name__)
# Set in the WSGI environ by `serve`'s gevent workers (search.web.worker):
# their greenlets switch only where the app yields (between export chunks) or
# writes to a socket, never inside a search, so requests need not take turns.
GREENLETS = "gaoxin.greenlets"


def create_app(config: dict | None = None) -> Flask:
    """Build the app with the settings of search.web.settings: their defaults,
    then GAOXIN_* environment variables, then `config`, which wins."""
    app = Flask(__name__, template_folder=str(TEMPLATES), static_folder="static")
    app.config.from_mapping(settings.defaults())
    app.config.from_prefixed_env(settings.PREFIX)  # in every mode
    app.config.update(config or {})
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    segmenter.load()  # jieba's dictionary at start, never on a first request
    normalize.warm()
    app.extensions["library"] = _library(app.config)

    app.register_blueprint(views.bp)
    app.register_blueprint(zones.bp)
    app.register_blueprint(advanced.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(figures.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(citations.bp)
    app.register_error_handler(SearchError, lambda e: error_response(e.message, e.status))
    app.register_error_handler(StoreError, _store_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _server_error)
    app.wsgi_app = trust.TrustedProxies(TakeTurns(app.wsgi_app), settings.listed(app.config["TRUSTED_PROXIES"]))
    app.before_request(streaming.request_started)  # first: its teardown always runs
    app.teardown_request(streaming.request_ended)
    app.before_request(trust.check_host)
    app.before_request(_count_cache_hits)
    app.after_request(_security_headers)
    app.after_request(_cache_header)
    return app


def _library(config):
    """The index handle of the configured backend (GAOXIN_BACKEND): the
    Whoosh index at INDEX, or the Xapian shards of SHARDS."""
    check, budgets = float(config["INDEX_CHECK_SECONDS"]), settings.budgets(config)
    return backend_class(config["BACKEND"]).library(str(config["INDEX"]), settings.listed(config["SHARDS"]),
                                                    float(config["SHARD_TIMEOUT"]), check, budgets)


class TakeTurns:
    """WSGI middleware: in a threaded server, one request at a time per process.

    The index handle (search.index.store.Library: one searcher, closed when a new
    index generation replaces it) and the per-reader state (search.index.state)
    are meant for one request at a time: `python -m search serve` runs
    them in gevent workers (one process each; see GREENLETS). Under a threaded server (Flask's
    development server, gunicorn's gthread) requests take turns here, their
    whole answer read inside the turn so that a slow client never holds
    it; Whoosh holds the GIL anyway, so threads would not have run searches
    side by side."""

    def __init__(self, app) -> None:
        self.app = app
        self.turn = threading.Lock()

    def __call__(self, environ, start_response):
        if not environ.get("wsgi.multithread") or environ.get(GREENLETS):
            return self.app(environ, start_response)
        with self.turn:
            answer = self.app(environ, start_response)
            try:
                return [b"".join(answer)]
            finally:
                if hasattr(answer, "close"):
                    answer.close()


def wants_json() -> bool:
    """API paths answer in JSON, pages in HTML."""
    return request.path.startswith("/api/")


def error_response(message: str, status: int):
    """The one error answer: JSON for the API, an HTML page otherwise."""
    if wants_json():
        return jsonify({"error": {"status": status, "message": message}}), status
    # the search box keeps what was typed (a 400 is often one wrong filter away)
    q = request.args.get("q", "")[:MAX_QUERY_CHARS] if request else ""
    return render_template("error.html", message=message, status=status, q=q), status


def _store_error(exc: StoreError):
    log.error("index unavailable: %s", exc)
    return error_response("搜索索引暂不可用，请稍后再试（管理员请查看服务日志）", 503)


def _http_error(exc: HTTPException):
    status = exc.code or 500
    body, status = error_response(HTTP_MESSAGES.get(status, exc.name), status)
    # keep what the exception says in headers (Allow on a 405), not its HTML type
    headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
    return body, status, headers


def _server_error(exc: Exception):
    log.exception("unhandled error on %s %s", request.method, request.full_path)
    return error_response("服务器内部错误，已记录，请稍后再试", 500)


def _count_cache_hits() -> None:
    g.cache_hits = library().hits


def _cache_header(response):
    """Say whether the answer came from a worker's cache (the access log
    shows it) and, as HTTP caches do, how old it is (Age, in seconds)."""
    if "cache_hits" in g:
        hit = served_from_cache()
        response.headers["X-Cache"] = "hit" if hit else "miss"
        if hit:
            response.headers["Age"] = str(max(0, int(time.time() - hit.computed_at)))
    return response


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
