"""`/health`: the engine's state as JSON for a monitor to poll
(search.index.status): 200 while the index serves ("ok", or "degraded" when
answered through Whoosh's matchers: right but slower, with why), 503 when
there is no usable index or a Xapian shard cannot be reached."""
from __future__ import annotations

from flask import Blueprint, jsonify

from search.errors import ShardsUnavailable
from search.index.store import StoreError
from search.web.current import library

bp = Blueprint("health", __name__)


@bp.get("/health")
def health():
    """The engine's state; the status code says whether all is well."""
    try:
        status = library().status()
    except StoreError as exc:
        return jsonify({"status": "unavailable", "error": str(exc)}), 503
    except ShardsUnavailable as exc:  # GAOXIN_BACKEND=xapian: a shard cannot be reached
        return jsonify({"status": "unavailable", "error": exc.message}), 503
    return jsonify(status.to_json())
