# eventwire: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: install demo test lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: install
	rm -f $(DB)
	$(BIN)/eventwire ingest samples/articles.jsonl --db $(DB)
	$(BIN)/eventwire events --db $(DB) --format table

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

test: install lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/eventwire eval --json eval.json --floors tests/quality_floors.json

bench: install
	$(BIN)/eventwire bench --limit 200

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
