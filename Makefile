# The two commands a new user needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test bench eval screenshots clean gazetteer-indexes gazetteer-ged-places

setup: $(VENV)/.setup-stamp

$(VENV)/.setup-stamp: requirements.txt pyproject.toml package.json package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	npm ci --no-audit --no-fund --loglevel=error
	$(PY) -m dashboard.assets
	touch $@

# Start the dashboard on the embedded default data (created on first use), for this machine only (see Deployment).
run: setup
	$(PY) -m dashboard.serve --server.address 127.0.0.1

$(VENV)/.test-stamp: $(VENV)/.setup-stamp requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

# Every test; PostgreSQL/PostGIS and Chromium come from Debian packages (installed when root).
test: setup $(VENV)/.test-stamp
	scripts/system-deps.sh
	scripts/with-postgis.sh $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	$(PY) -m bench.gazetteer_speed
	$(PY) -m bench.store_speed
	$(PY) -m bench.extract_speed
	$(PY) -m bench.export_speed
	$(PY) -m bench.map_scale
	$(PY) -m bench.dashboard_page

# Accuracy figures on the reference data in ../shared (SHARED_DIR) and the team's annotated reports.
eval: setup
	$(PY) -m bench.eval_gazetteer
	$(PY) -m bench.eval_extract

# The gazetteer's shipped indexes (data/gazetteer/indexes.json): after a change to its tables or matching code.
gazetteer-indexes: setup
	$(PY) -m gazetteer.indexes

# The embedded UCDP GED 2016-17 events' places (data/gazetteer/ged_places.csv), learned as an import learns them:
# after a change to data/default or to gazetteer.learning; then `make gazetteer-indexes`.
gazetteer-ged-places: setup
	$(PY) scripts/make_ged_places.py

# The README screenshots, from the real app in headless Chromium.
screenshots: setup
	$(PY) scripts/screenshots.py
	$(PY) scripts/example_brief.py

clean:
	rm -rf $(VENV) node_modules dashboard/static/vendor var
