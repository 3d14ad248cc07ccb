"""What the app believes of a request's own words about where it came from.

- Forwarded headers (X-Forwarded-For, X-Forwarded-Proto) only from a
  configured reverse proxy (TRUSTED_PROXIES, none by default): anyone else
  could name any address or scheme. From a trusted proxy, its X-Forwarded-For
  becomes the client's address (REMOTE_ADDR: what the access log shows) and
  its X-Forwarded-Proto the scheme, through werkzeug's ProxyFix.
- The Host header only when it is one of ALLOWED_HOSTS, unless BASE_URL is
  set: without BASE_URL absolute links (feeds, CSV, permalinks) follow the
  Host, so a forged one would put another site's name into them.
"""
from __future__ import annotations

import ipaddress

from flask import current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

from search.errors import SearchError
from search.web import settings

# Names a development server or the test client is reached by, when nothing
# else is configured (`serve` adds the address it binds to).
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class TrustedProxies:
    """WSGI middleware: ProxyFix (one proxy's X-Forwarded-For and -Proto)
    for requests whose peer is a trusted proxy; others as they came."""

    def __init__(self, app, trusted: list[str]) -> None:
        self.app = app
        self.fixed = ProxyFix(app, x_for=1, x_proto=1)
        self.networks = [ipaddress.ip_network(address, strict=False) for address in trusted]

    def __call__(self, environ, start_response):
        if self.networks and self._trusted(environ.get("REMOTE_ADDR", "")):
            return self.fixed(environ, start_response)
        return self.app(environ, start_response)

    def _trusted(self, peer: str) -> bool:
        try:
            address = ipaddress.ip_address(peer)
        except ValueError:  # a Unix socket has no address: not a trusted peer
            return False
        return any(address in network for network in self.networks)


def allowed_hosts(config) -> set[str]:
    """The host names a request may carry when BASE_URL is not set."""
    return {name.lower().strip("[]") for name in settings.listed(config["ALLOWED_HOSTS"]) or LOCAL_HOSTS}


def check_host() -> None:
    """Before a request: without BASE_URL, a Host not allowed gets 400."""
    config = current_app.config
    if config.get("BASE_URL"):
        return
    host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
    if host.lower().strip("[]") not in allowed_hosts(config):
        raise SearchError(f"本站不以“{request.host}”这个主机名提供服务，请用站点的正式地址访问", 400)
