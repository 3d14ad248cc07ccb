# The two set-up commands of the README: `make serve` and `make test`.
# Each installs what it needs on a fresh machine, then does its job.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: serve test bench chromium nginx xapian-tools

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,xapian]'
	touch $(STAMP)

# Debian's chromium, for the browser tests (Playwright never downloads one),
# and a CJK font: without one every Chinese glyph is a box and no browser
# test can see a rendering fault (tests/test_browser.py checks the glyphs).
chromium:
	@{ command -v chromium >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }

# Debian's nginx, for the tests of the shipped nginx configuration
# (tests/test_nginx.py runs it as a foreground process on a loopback port;
# the system's own nginx service is not used).
nginx:
	@{ command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nginx >/dev/null; }

# Debian's xapian-tools: xapian-tcpsrv (one per shard and machine) and
# xapian-replicate for the Xapian backend; the tests start real servers on
# loopback ports (bench/tcpsrv.py). The Python bindings come from
# PyPI (setup.cfg, extra `xapian`).
xapian-tools:
	@command -v xapian-tcpsrv >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq xapian-tools >/dev/null; }

# Serve the seed corpus (building the index first if there is none).
HOST ?= 127.0.0.1
PORT ?= 8000
serve: $(STAMP)
	$(PY) -m search serve --host $(HOST) --port $(PORT)

# The linter first (pyflakes, pycodestyle, bugbear: pyproject.toml), then the tests.
test: $(STAMP) chromium nginx xapian-tools
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -W error $(ARGS)

# The benchmarks (bench/): synthetic corpora of 1k-50k articles are generated
# under var/bench on first use. SIZES etc. can be overridden, e.g.
# `make bench BENCH_QUERY_SIZES=10000`. Takes about half an hour at 50k.
BENCH_INDEX_SIZES ?= 1000,10000
BENCH_QUERY_SIZES ?= 10000,50000
BENCH_HTTP_ARTICLES ?= 50000
BENCH_EXPORT_ARTICLES ?= 3000
bench: $(STAMP)
	$(PY) -m bench.index --sizes $(BENCH_INDEX_SIZES)
	$(PY) -m bench.query --sizes $(BENCH_QUERY_SIZES)
	$(PY) -m bench.http --articles $(BENCH_HTTP_ARTICLES)
	$(PY) -m bench.exports --articles $(BENCH_EXPORT_ARTICLES)
