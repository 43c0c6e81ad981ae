# The README's two commands: `make demo` and `make test`. Each sets itself up first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: setup demo test bench eval

# (the gazetteer index is checked on every run: it is rebuilt here, not in the middle of a first
# `sitrep extract`, when an upgrade changed the data or code it is built from; 0.2 s when current)
setup: $(VENV)/.installed
	$(BIN)/sitrep setup

# Every dependency is pinned with its sha256 (requirements/*.txt, made by `uv pip compile
# --generate-hashes` from requirements/*.in); the spaCy model is pinned to its verified wheel.
$(VENV)/.installed: requirements/main.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/main.txt -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

demo: setup
	$(BIN)/sitrep extract examples/mogadishu-truck-bomb-2017-10-14.txt --published 2017-10-15 --format table
	rm -f demo.db
	$(BIN)/sitrep ingest examples --db demo.db --no-progress
	$(BIN)/sitrep events --db demo.db --format table

test: setup
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_gazetteer.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_fusion.py

eval: setup
	$(BIN)/python tools/evaluate.py
