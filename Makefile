# Refuge — everything a developer runs. Each target creates .venv first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
ARGS ?=

.PHONY: play test lint types pytest bench screenshots soak fuzz check dist clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@ $(STAMP_RUN)

play: $(STAMP_RUN)
	$(PY) -m game play $(ARGS)

check: $(STAMP_RUN)
	$(PY) -m game check levels/

lint: $(STAMP_DEV)
	$(PY) -m ruff check game tests tools benchmarks
	$(PY) -m ruff format --check game tests tools benchmarks

types: $(STAMP_DEV)
	$(PY) -m mypy

pytest: $(STAMP_DEV)
	$(PY) -m pytest -n auto

test: lint types pytest

bench: $(STAMP_DEV)
	$(PY) -m benchmarks

screenshots: $(STAMP_DEV)
	$(PY) tools/screenshots.py out/screenshots

soak: $(STAMP_DEV)
	$(PY) tools/soak.py --minutes 30

# A long fuzz hunt (make test runs the same tests with a few dozen examples each).
fuzz: $(STAMP_DEV)
	MAP_FUZZ_EXAMPLES=2000 STORY_E2E_FUZZ_EXAMPLES=1000 PROFILE_FUZZ_EXAMPLES=500 CLI_FUZZ_EXAMPLES=2000 \
		LIMITS_FUZZ_EXAMPLES=1000 \
		$(PY) -m pytest -q -n auto tests/test_fuzz_maps.py tests/test_fuzz_stories.py tests/test_fuzz_profile.py \
		tests/test_fuzz_cli.py tests/test_fuzz_limits.py

# The standalone desktop build: dist/refuge/ and dist/refuge-<version>-<os>-<arch>.tar.gz (tools/build_dist.py).
dist: $(STAMP_DEV)
	$(PY) -m tools.build_dist

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
