# The two commands the README promises: `make run` and `make test`. Both start from nothing but python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint typecheck imports pytest screenshots bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The reader links quotes across languages with the optional encoder (kutip[crosslingual], 32 MB):
# `make run` and `make test` install it; `pip install kutip` alone links with the lexicon only.
# The editable install leaves kutip's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE is
# set every command compiled the ~290 KB it imports (60-80 ms of a CLI run): compile them once here.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[crosslingual]'
	$(BIN)/python -m compileall -q index tui >/dev/null
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev,crosslingual]'
	$(BIN)/python -m compileall -q index tui >/dev/null
	touch $@ $(RUN_STAMP)

## Opens the reader on the bundled sample corpus, indexed (quietly, only what changed) into its own
## archive .venv/sample-index, apart from the user's archive.
run: $(RUN_STAMP)
	$(BIN)/kutip --index $(VENV)/sample-index index index/sample >/dev/null
	$(BIN)/kutip --index $(VENV)/sample-index

## Installs the test extras and runs every check CI runs.
test: $(TEST_STAMP) lint typecheck imports pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

# mypy cannot follow setuptools' editable finder, so it reads the package through a link tree
# that mirrors the installed layout (index/ -> kutip/index, tui/ -> kutip/tui).
typecheck: $(TEST_STAMP)
	@mkdir -p .typecheck/kutip
	@ln -sfn ../../index .typecheck/kutip/index
	@ln -sfn ../../tui .typecheck/kutip/tui
	MYPYPATH=.typecheck $(BIN)/mypy -p kutip.index -p kutip.tui

imports: $(TEST_STAMP)
	$(BIN)/lint-imports

pytest: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

screenshots: $(TEST_STAMP)
	$(BIN)/python screenshots/make_screenshots.py

bench: $(RUN_STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .typecheck .mypy_cache .pytest_cache .ruff_cache build *.egg-info

## Retrains the shipped entity tagger and the person filter (index/data/models) from ../shared/ner;
## same data, same files.
model: $(TEST_STAMP)
	$(BIN)/python tools/train_tagger.py train --ner ../shared/ner
	$(BIN)/python tools/train_person_filter.py train --ner ../shared/ner
