# Two set-up commands for a fresh machine: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO_OUT := out/demo

.PHONY: demo test test-fast bench bench-grouping lint schema install clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(DEMO_OUT)
	$(VENV)/bin/newsprism analyze examples/story -o $(DEMO_OUT)/story.json
	$(VENV)/bin/newsprism report $(DEMO_OUT)/story.json --format md -o $(DEMO_OUT)/summary.md
	$(VENV)/bin/newsprism report $(DEMO_OUT)/story.json -o $(DEMO_OUT)/story.html
	@cat $(DEMO_OUT)/summary.md
	@echo ""
	@echo "JSON:    $(abspath $(DEMO_OUT))/story.json"
	@echo "Summary: $(abspath $(DEMO_OUT))/summary.md"
	@echo "Report:  $(abspath $(DEMO_OUT))/story.html   (open it in a browser; it works offline)"

test: $(STAMP)
	@if [ -x scripts/install-browser.sh ]; then scripts/install-browser.sh; fi
	$(VENV)/bin/ruff check src tests training benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -q

test-fast: $(STAMP)
	$(VENV)/bin/pytest -q -m "not slow and not browser"

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Story grouping of many events' reports in one run (wire story folders and BASIL pooled; round 55)
bench-grouping: $(STAMP)
	OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src $(PY) benchmarks/bench_grouping.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests training benchmarks
	$(VENV)/bin/mypy

schema: $(STAMP)
	$(PY) -m newsprism.schema > src/newsprism/schema/analysis.schema.json

clean:
	rm -rf out build *.egg-info .pytest_cache
