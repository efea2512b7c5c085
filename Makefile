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

# khal, for bench_import_ics.py's comparison, lives in a venv of its own: its pins stay out of ours.
KHAL_VENV := bench/.khal-venv
$(KHAL_VENV)/bin/khal:
	python3 -m venv $(KHAL_VENV)
	$(KHAL_VENV)/bin/python -m pip install --quiet "khal==0.14.1"

bench: $(STAMP) $(KHAL_VENV)/bin/khal
	@for script in bench/bench_*.py; do [ -e "$$script" ] || continue; $(PY) "$$script"; done

# Refresh resources/i18n/*.ts from the sources, then compile the .qm files the app loads.
# English is the source language: its file holds only the plural forms of "%n …(s)".
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' | sort) -ts resources/i18n/edcal_vi.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/edcal_vi.ts -qm resources/i18n/edcal_vi.qm
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' | sort) -ts resources/i18n/edcal_en.ts -no-obsolete -pluralonly
	$(PY) scripts/english_plurals.py resources/i18n/edcal_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/edcal_en.ts -qm resources/i18n/edcal_en.qm
	$(VENV)/bin/pyside6-lrelease resources/i18n/qt_vi.ts -qm resources/i18n/qt_vi.qm

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
