# Credit Health — the two commands a new user needs: `make run` and `make test`.
# Each sets up everything itself: a virtual environment, the app, its translations.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM_STAMP := resources/i18n/.built
# The desktop bundle is built in its own environment: the app's runtime dependencies
# and PyInstaller only, so nothing from the test tools can be collected into it.
PKG_VENV := .venv-package
PKG_BIN := $(PKG_VENV)/bin
PKG_STAMP := $(PKG_VENV)/.installed

.PHONY: run test lint i18n i18n-update bench clean deps-debian package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_BIN)/python -m pip install --quiet --upgrade pip
	$(PKG_BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PKG_STAMP)

# compiled translations (.qm) are built from the .ts sources, never edited by hand
$(QM_STAMP): $(STAMP) $(wildcard resources/i18n/*.ts)
	$(BIN)/python tools/i18n.py release
	touch $(QM_STAMP)

run: $(STAMP) $(QM_STAMP)
	$(BIN)/credit-health gui

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools packaging
	$(BIN)/ruff format --check desktop tests benchmarks tools packaging
	$(BIN)/lint-imports

# the packaging tests (marker: packaging) build the bundle with the build environment's Python
test: $(STAMP) $(QM_STAMP) $(PKG_STAMP) deps-debian lint
	QT_QPA_PLATFORM=offscreen CREDIT_HEALTH_BUILD_PYTHON=$(abspath $(PKG_BIN))/python \
		$(BIN)/python -m pytest

# dist/credit-health/ (the one-folder app) and dist/credit-health-<version>-linux-<arch>.tar.gz
package: $(PKG_STAMP)
	$(PKG_BIN)/python packaging/build.py

# run the built app: --version, demo, assess, import, report, the window; validate the
# desktop entry and the metainfo
package-test: package $(STAMP) deps-debian
	$(BIN)/python packaging/smoke_test.py dist/credit-health

# Debian packages the end-to-end tests need (a real X server); skipped where apt is absent
deps-debian:
	@bash tools/ensure-debian-packages.sh

i18n-update: $(STAMP)
	$(BIN)/python tools/i18n.py update

bench: $(STAMP) $(QM_STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(PKG_VENV) build dist resources/i18n/*.qm $(QM_STAMP)
