# Everything a fresh machine needs goes through these targets; .venv is made when missing.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup run test lint typecheck pytest bench translations clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

# Opens the application on a fresh demo database (a real window: needs a display).
run: $(STAMP)
	scripts/install-system-deps run
	QT_QPA_PLATFORM= $(VENV)/bin/edcal --demo

test: lint typecheck pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests migrations $$(ls -d bench 2>/dev/null)
	$(VENV)/bin/ruff format --check app tests migrations $$(ls -d bench 2>/dev/null)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(VENV)/bin/pytest -p no:cacheprovider

bench: $(STAMP)
	@for script in bench/bench_*.py; do [ -e "$$script" ] || continue; $(PY) "$$script"; done

# Refresh resources/i18n/*.ts from the sources, then compile the .qm files the app loads.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' | sort) -ts resources/i18n/edcal_vi.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/edcal_vi.ts -qm resources/i18n/edcal_vi.qm

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
