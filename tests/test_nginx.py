"""The shipped nginx configuration (`python -m search nginx`) under Debian's
nginx, before the real `python -m search serve`: the route sweep, forwarded
headers set by nginx only, gzip and the stylesheet served by nginx, slow and
non-reading clients, a worker killed mid-answer. nginx runs as a foreground
process on a free loopback port with a temporary prefix, stopped by PID."""
from __future__ import annotations

import gzip
import http.client
import os
import shutil
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from search.web import nginx
from tests.conftest import _free_port, live_server
from tests.test_live_routes import BASE_URL, fetch, sweep, sweep_index
from tests.test_serve import logged, statuses
from tests.test_serve_load import (CSV, address, archive, begun_export, latencies,  # noqa: F401 (a fixture)
                                   master_and_worker, non_reader, p95)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
pytestmark = pytest.mark.skipif(not os.access(NGINX, os.X_OK), reason="needs Debian's nginx (make test installs it)")
PROXIED = {"GAOXIN_TRUSTED_PROXIES": "127.0.0.1", "GAOXIN_BASE_URL": BASE_URL}
MAIN = """{user}
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
{site}
}}
"""


@contextmanager
def nginx_before(app_base: str, prefix: Path):
    """nginx with the shipped configuration before the app at `app_base`;
    yields nginx's base URL."""
    port = _free_port()
    site = nginx.render(listen=f"127.0.0.1:{port}", upstream=app_base.split("//", 1)[1])
    user = "user root;" if os.geteuid() == 0 else ""  # workers of a root master would be `nobody`
    (prefix / "nginx.conf").write_text(MAIN.format(user=user, prefix=prefix, site=site), "utf-8")
    check = subprocess.run([NGINX, "-t", "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (prefix / "error.log").read_text()
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGQUIT)  # nginx's graceful stop
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    """(nginx's base URL, the app's access log) over the sweep's index."""
    log = tmp_path_factory.mktemp("proxied") / "access.log"
    with live_server(sweep_index(tmp_path_factory), PROXIED, access_log=log) as app_base, \
            nginx_before(app_base, tmp_path_factory.mktemp("nginx")) as base:
        yield base, log


def test_every_route_answers_well_formed_through_nginx(proxied):
    failures = sweep(proxied[0])
    assert not failures, failures[:10]


def test_forwarded_headers_are_nginx_s_and_the_log_shows_the_real_client(proxied):
    base, log = proxied
    with socket.create_connection(address(base), timeout=10, source_address=("127.0.0.5", 0)) as s:
        s.sendall(b"GET /api/search?q=nginx-forwarded HTTP/1.1\r\nHost: localhost\r\n"
                  b"X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Ssl: on\r\n"
                  b"Connection: close\r\n\r\n")
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    assert statuses(answer) == [200]
    (line,) = logged(log, "q=nginx-forwarded")
    assert " 127.0.0.5 " in line and "203.0.113.9" not in line


def test_nginx_compresses_answers_and_serves_the_stylesheet(proxied):
    base = proxied[0]
    status, headers, body = fetch(base, "/search?q=人才补贴", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert gzip.decompress(body).decode("utf-8").lstrip().lower().startswith("<!doctype html>")
    status, headers, body = fetch(base, "/static/style.css")
    assert status == 200 and body == nginx.STATIC.joinpath("style.css").read_bytes()
    assert "Content-Security-Policy" not in headers  # nginx's, not the app's


def test_slow_and_non_reading_clients_through_nginx(archive, tmp_path):  # noqa: F811 (the fixture)
    """Trickling heads and clients that never read the full CSV hold nginx's
    connections, not the app's workers: searches go on."""
    with live_server(archive, PROXIED, error_log=tmp_path / "errors.log") as app_base, \
            nginx_before(app_base, tmp_path) as base:
        held = []
        try:
            for n in range(30):
                s = non_reader()
                s.connect(address(base))
                s.sendall(f"GET {CSV} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode() if n < 4
                          else b"GET /search?q=%E4%BA%BA HTTP/1.1\r\nHo")
                held.append(s)
            took = latencies(base, 3)
            assert p95(took) < 1.0, sorted(took)[-5:]
        finally:
            for s in held:
                s.close()


def test_a_worker_killed_mid_answer_gives_a_cut_answer_and_a_log_line(archive, tmp_path):  # noqa: F811
    with live_server(archive, PROXIED, workers=1, error_log=tmp_path / "errors.log") as app_base, \
            nginx_before(app_base, tmp_path) as base:
        _, worker = master_and_worker(app_base)
        connection, response = begun_export(base)  # through nginx
        os.kill(worker, signal.SIGSTOP)  # frozen mid-answer, then killed
        os.kill(worker, signal.SIGKILL)
        with pytest.raises((http.client.IncompleteRead, ConnectionError)):  # cut: never a complete-looking answer
            response.read()
        connection.close()
        error_log = (tmp_path / "error.log").read_text("utf-8")
        assert "upstream prematurely closed connection" in error_log, error_log[-2000:]
        assert latencies(base, 0.5)[-1] < 30  # another worker answers
