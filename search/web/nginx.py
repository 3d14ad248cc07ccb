"""The shipped nginx configuration (search/web/nginx.conf), rendered for a
site: `python -m search nginx` prints it (README, "Deployment"), the tests
run it under Debian's nginx (tests/test_nginx.py)."""
from __future__ import annotations

from pathlib import Path
from string import Template

CONF = Path(__file__).resolve().parent / "nginx.conf"
STATIC = Path(__file__).resolve().parent / "static"


class _Conf(Template):
    delimiter = "@"  # nginx's own variables start with $


def render(listen: str = "80", upstream: str = "127.0.0.1:8000", server_name: str = "_",
           static: Path = STATIC) -> str:
    """The configuration for nginx's http block: listening on `listen`,
    proxying to the app at `upstream`, serving the stylesheet from `static`."""
    return _Conf(CONF.read_text("utf-8")).substitute(listen=listen, upstream=upstream, server_name=server_name,
                                                     static=str(static))
