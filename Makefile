# Credit Health — the two commands a new user needs: `make run` and `make test`.
# Each sets up everything itself: a virtual environment, the app, its translations.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM_STAMP := resources/i18n/.built

.PHONY: run test lint i18n i18n-update bench clean deps-debian

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# compiled translations (.qm) are built from the .ts sources, never edited by hand
$(QM_STAMP): $(STAMP) $(wildcard resources/i18n/*.ts)
	$(BIN)/python tools/i18n.py release
	touch $(QM_STAMP)

run: $(STAMP) $(QM_STAMP)
	$(BIN)/credit-health gui

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools
	$(BIN)/ruff format --check desktop tests benchmarks tools
	$(BIN)/lint-imports

test: $(STAMP) $(QM_STAMP) deps-debian lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Debian packages the end-to-end tests need (a real X server); skipped where apt is absent
deps-debian:
	@bash tools/ensure-debian-packages.sh

i18n-update: $(STAMP)
	$(BIN)/python tools/i18n.py update

bench: $(STAMP) $(QM_STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm $(QM_STAMP)
