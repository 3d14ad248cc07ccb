"""The real `python -m search serve` (gunicorn, gevent workers) as an
attacker or an odd client meets it: what the HTTP parser answers, which
forwarded headers and hosts it believes, the connection cap, and the access
log of every answer, rejected ones included."""
from __future__ import annotations

import http.client
import re
import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.conftest import live_server


@pytest.fixture(scope="module")
def server(seed_index, tmp_path_factory):
    """(host, port, access log) of a server over the seed index."""
    log = tmp_path_factory.mktemp("serve") / "access.log"
    with live_server(seed_index, access_log=log) as base:
        url = urlsplit(base)
        yield url.hostname, url.port, log


def exchange(address, data: bytes, then: bytes = b"", timeout: float = 5) -> bytes:
    """Send raw bytes (then more once something came back), read until the
    server closes or `timeout` passes; everything it sent."""
    host, port = address[:2]
    received = b""
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(data)
        try:
            while chunk := s.recv(65536):
                received += chunk
                if then:
                    s.sendall(then)
                    then = b""
        except (TimeoutError, ConnectionResetError):
            pass
    return received


def statuses(answer: bytes) -> list[int]:
    """The status codes of the answers in a byte stream, in order."""
    return [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", answer)]


def logged(log, needle: str, seconds: float = 5) -> list[str]:
    """Access-log lines holding `needle` (waiting a moment for them)."""
    deadline = time.monotonic() + seconds
    while True:
        lines = [line for line in log.read_text("utf-8").splitlines() if needle in line]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.1)


def test_a_request_line_too_long_gets_414_and_a_log_line(server):
    answer = exchange(server, b"GET /search?q=" + b"a" * 17000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n")
    assert statuses(answer) == [414]
    assert any(" 127.0.0.1 " in line and " 414 " in line for line in logged(server[2], "rejected=LimitRequestLine"))


def test_a_header_too_large_gets_431(server):
    answer = exchange(server, b"GET / HTTP/1.1\r\nHost: localhost\r\nCookie: " + b"c" * 20000 + b"\r\n\r\n")
    assert statuses(answer) == [431]


def test_a_bare_lf_gets_400_at_once(server):
    started = time.monotonic()
    answer = exchange(server, b"GET / HTTP/1.1\nHost: localhost\n\n")
    assert statuses(answer) == [400] and time.monotonic() - started < 2


def test_a_chunked_body_is_read_and_the_connection_goes_on(server):
    answer = exchange(server, b"POST /search HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                              b"5\r\nhello\r\n0\r\n\r\n"
                              b"GET /api/zones HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [405, 200]


def test_expect_100_continue_gets_its_100_before_the_body(server):
    head = (b"GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
            b"Content-Length: 3\r\nConnection: close\r\n\r\n")
    answer = exchange(server, head, then=b"abc")
    assert statuses(answer) == [100, 200]


def test_pipelined_requests_are_answered_in_order(server):
    answer = exchange(server, b"GET /api/zones HTTP/1.1\r\nHost: localhost\r\n\r\n"
                              b"GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n"
                              b"GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [200, 404, 200]


def test_a_page_and_its_stylesheet_share_one_connection(server):
    connection = http.client.HTTPConnection(*server[:2], timeout=5)
    try:
        connection.request("GET", "/")
        first = connection.getresponse()
        first.read()
        sock = connection.sock
        connection.request("GET", "/static/style.css")
        second = connection.getresponse()
        second.read()
        assert (first.status, second.status) == (200, 200) and connection.sock is sock
        assert first.getheader("Connection", "").lower() != "close"
    finally:
        connection.close()


def test_forwarded_headers_from_a_client_are_not_believed(server):
    forged = b"X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Host: evil.example\r\n"
    answer = exchange(server, b"GET /feeds?q=forwarded HTTP/1.1\r\nHost: localhost\r\n" + forged
                              + b"Connection: close\r\n\r\n")
    assert statuses(answer) == [200]
    assert b"http://localhost/search.atom" in answer and b"https://" not in answer and b"evil" not in answer
    (line,) = logged(server[2], "/feeds?q=forwarded")
    assert " 127.0.0.1 " in line and "203.0.113.9" not in line


@pytest.mark.parametrize("host", [b"evil.example", b"evil.example:80", b"[::2]", b"127.0.0.1.evil.example"])
def test_a_host_not_allowed_gets_400_in_chinese(server, host):
    answer = exchange(server, b"GET /feeds?q=x HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [400] and "主机名" in answer.decode("utf-8")
    assert b'href="http' not in answer


@pytest.mark.parametrize("host", [b"localhost", b"127.0.0.1", b"LOCALHOST:8000"])
def test_the_bound_address_and_localhost_are_answered(server, host):
    answer = exchange(server, b"GET /feeds?q=x HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [200] and b"http://" + host.split(b":")[0].lower() in answer


def test_a_trusted_proxy_is_believed(seed_index, tmp_path):
    log = tmp_path / "access.log"
    with live_server(seed_index, env={"GAOXIN_TRUSTED_PROXIES": "127.0.0.0/8"}, workers=1, access_log=log) as base:
        url = urlsplit(base)
        answer = exchange((url.hostname, url.port),
                          b"GET /feeds?q=proxied HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                          b"X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n")
        assert statuses(answer) == [200] and b"https://localhost/search.atom" in answer
        (line,) = logged(log, "/feeds?q=proxied")
        assert " 203.0.113.9 " in line


def test_connections_past_the_cap_are_refused_at_once(seed_index, tmp_path):
    """A worker holding MAX_CLIENTS connections answers the next ones 503
    at once rather than leaving them queued; once they go, it serves again."""
    log = tmp_path / "access.log"
    with live_server(seed_index, env={"GAOXIN_MAX_CLIENTS": "20"}, workers=1, access_log=log) as base:
        url = urlsplit(base)
        idle = [socket.create_connection((url.hostname, url.port), timeout=5) for _ in range(20)]
        try:
            time.sleep(0.5)  # all 20 accepted
            started = time.monotonic()
            answer = exchange((url.hostname, url.port), b"GET /api/zones HTTP/1.1\r\nHost: localhost\r\n\r\n")
            assert statuses(answer) == [503] and time.monotonic() - started < 2
            assert "请稍后再试" in answer.decode("utf-8", "replace")  # the reason, in Chinese
        finally:
            for s in idle:
                s.close()
        time.sleep(0.5)
        answer = exchange((url.hostname, url.port), b"GET /api/zones HTTP/1.1\r\nHost: localhost\r\n"
                                                    b"Connection: close\r\n\r\n")
        assert statuses(answer) == [200]
        assert logged(log, "rejected=too many connections")
