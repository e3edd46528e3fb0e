# Hearth: two set-up commands for a fresh clone (see README.md):
#   make run    install into .venv from the lock file, then start the app
#   make test   same install, then the whole test suite
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench lock clean demo

$(STAMP): requirements/lock.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Hearth needs Python 3.11 ($(PYTHON) not found)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hearth

demo: $(STAMP)
	$(BIN)/hearth --demo

test: $(STAMP)
	tests/run.sh

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen tools/with-test-keyring.sh $(BIN)/python -m bench

lock:
	uv pip compile pyproject.toml requirements/build.in --extra test --generate-hashes --python-version 3.11 \
	    --python-platform x86_64-manylinux_2_36 -o requirements/lock.txt

clean:
	rm -rf $(VENV) build *.egg-info
