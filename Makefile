# The two commands of the README:
#   make site   set up and build the site into site/
#   make test   set up (Python packages and Debian's chromium), lint, and run every test
VENV   := .venv
PYTHON := $(VENV)/bin/python

.PHONY: site test lint check serve benchmark chromium clean

site: $(VENV)/installed
	$(PYTHON) -m generator build

check: $(VENV)/installed
	$(PYTHON) -m generator check

serve: $(VENV)/installed  # every language (/, /en/, /km/), rebuilt when the YAML changes
	$(PYTHON) -m generator serve

test: $(VENV)/installed-test chromium lint
	$(PYTHON) -m pytest

lint: $(VENV)/installed-test  # ruff and mypy, configured in pyproject.toml; zero findings
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	$(PYTHON) -m mypy

benchmark: $(VENV)/installed-test chromium
	$(PYTHON) tests/benchmarks/run.py

$(VENV)/installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/installed-test: $(VENV)/installed
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# Browser tests drive Debian's chromium (Playwright cannot download its own browser here);
# set CHROMIUM=/path/to/chrome to use another Chromium-based browser.
chromium:
	@test -x "$${CHROMIUM:-/usr/bin/chromium}" || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf site $(VENV) .pytest_cache .ruff_cache .mypy_cache
