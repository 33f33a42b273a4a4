# Travaux — two commands on a fresh machine:  make run   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE_OLD := resources/samples/A_RES_72_1.fr.md
SAMPLE_NEW := resources/samples/A_RES_76_7.fr.txt

.PHONY: venv run test lint bench translations dist dist-test clean

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade "pip==26.3"
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.lock
	touch $(STAMP)

venv: $(STAMP)

# The main job: the 2017 vs 2021 political declarations. The window when there is a display,
# the comparison printed when there is none.
run: venv
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
		$(BIN)/python main.py $(SAMPLE_OLD) $(SAMPLE_NEW); \
	else \
		echo "(no display: printing the comparison; 'make run' opens the window where there is a screen)"; \
		$(BIN)/python main.py compare $(SAMPLE_OLD) $(SAMPLE_NEW) --format text; \
	fi

# Static checks: the import layers, ruff (rules in pyproject.toml) and pyright in basic mode on nlp/
# (basedpyright: pyright with Node bundled as a pip package, so it runs offline)
lint: venv
	$(BIN)/lint-imports
	$(BIN)/ruff check --no-cache .
	$(BIN)/basedpyright

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python benchmarks/parse.py
	$(BIN)/python benchmarks/compare.py
	$(BIN)/python benchmarks/export.py
	$(BIN)/python benchmarks/library.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/window.py

# Refresh the Qt Linguist catalogues (.ts) from the code and compile them (.qm); French comes from
# resources/translations/fr.tsv
translations: venv
	$(BIN)/python packaging/translations.py

# The installable application: a PyInstaller one-folder build in dist/travaux (see packaging/README.md)
dist: venv
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dist.txt
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/travaux.spec
	@du -sh dist/travaux

# Smoke test of the built application against the source run (not part of `make test`: it needs `make dist`)
dist-test: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py dist/travaux/travaux

clean:
	rm -rf $(VENV) build dist .pytest_cache
