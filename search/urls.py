"""Every URL the app writes into a page, a header, a feed or an export is
built here, and every one is percent-encoded: gunicorn refuses a response
header with non-ASCII bytes (a zone's Chinese name in `Link` made every zone
page a 500), and a browser sends back only what it was given.

Absolute URLs (feeds, CSV) start from the BASE_URL setting when there is one,
so that a forged Host header cannot put another site's name into them; feed
ids are tag URIs that do not depend on the host at all.
"""
from __future__ import annotations

from urllib.parse import quote, urlencode

from flask import current_app, request

# Characters left as they are in a URL that is already built: its delimiters.
URL_SAFE = "/?&=#%:;,+@!$'()*[]~"
TAG_AUTHORITY = "tag:gaoxin-search,2024:"


def path(*segments: str) -> str:
    """An absolute path from segments, each encoded (`/zones/无锡高新区` ->
    `/zones/%E6%97%A0...`)."""
    return "/" + "/".join(quote(segment, safe="") for segment in segments)


def with_query(base: str, params: list[tuple[str, str]] | dict) -> str:
    """A path plus an encoded query string (none when there are no parameters)."""
    qs = urlencode(params)
    return f"{base}?{qs}" if qs else base


def article(article_id: str, search: list[tuple[str, str]] | None = None, anchor: str | None = None,
            api: bool = False) -> str:
    """An article's page (or its JSON twin), carrying the search it was found
    by (its canonical parameters: the query to mark, the state to go back
    to), at an anchor."""
    url = with_query(path(*(["api"] if api else []), "articles", article_id), search or [])
    return url + ("#" + quote(anchor, safe="") if anchor else "")


def zone(name: str, api: bool = False) -> str:
    """A zone's page (or its JSON twin)."""
    return path(*(["api"] if api else []), "zones", name)


def encoded(url: str) -> str:
    """A built URL made ASCII: whatever is not yet encoded is encoded."""
    return quote(url, safe=URL_SAFE)


def link_header(*links: tuple[str, str] | tuple[str, str, str]) -> str:
    """A `Link` header from (url, rel[, type]) triples, every URL encoded."""
    parts = []
    for url, rel, *kind in links:
        part = f'<{encoded(url)}>; rel="{rel}"'
        if kind:
            part += f'; type="{kind[0]}"'
        parts.append(part)
    return ", ".join(parts)


def base_url() -> str:
    """Where the site is, for absolute URLs: the BASE_URL setting, else the
    request's own host (a development default; set BASE_URL in production)."""
    configured = current_app.config.get("BASE_URL")
    return (configured or request.host_url).rstrip("/")


def absolute(url: str) -> str:
    """An absolute URL for a path built here."""
    return base_url() + encoded(url)


def tag(url: str) -> str:
    """A permanent, host-independent id for a path (Atom ids, RFC 4151)."""
    return TAG_AUTHORITY + encoded(url)


def attachment(name: str, fallback: str) -> str:
    """A Content-Disposition header for a download named `name` (RFC 6266):
    an ASCII fallback, then the UTF-8 name percent-encoded (a header holds
    ASCII only: gunicorn refuses anything else)."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
