# newsledger: `make demo` sets everything up and ingests the samples through Airflow;
# `make test` runs the whole test suite, `make test-fast` the everyday tier. Needs only Python 3.11, pip and make.

SHELL := /bin/bash
PYTHON ?= python3
UV := $(PYTHON) -m uv
RUN := $(UV) run --frozen

export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export NEWSLEDGER_WAREHOUSE ?= $(CURDIR)/warehouse.duckdb
# No DAGS_ARE_PAUSED_AT_CREATION here: each DAG says whether it starts paused (the crawls
# and the weekly maintenance do; newsledger/airflow_wiring.py).
WRITER_POOL := newsledger_warehouse_writer

.PHONY: demo test test-fast setup uv airflow-db airflow browser services clean eval-set

uv:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --user uv || $(PYTHON) -m pip install --quiet uv

setup: uv
	$(UV) sync --frozen --all-groups --all-extras
	$(MAKE) --no-print-directory airflow-db

airflow-db:
	@mkdir -p "$(AIRFLOW_HOME)"
	$(RUN) airflow db migrate >"$(AIRFLOW_HOME)/db-migrate.log" 2>&1 || (cat "$(AIRFLOW_HOME)/db-migrate.log"; exit 1)
	$(RUN) airflow pools set $(WRITER_POOL) 1 "one writer of the DuckDB warehouse at a time" >/dev/null

demo: setup
	@for dag in newsledger_ingest_samples newsledger_projections; do \
		$(RUN) airflow dags test $$dag >"$(AIRFLOW_HOME)/demo-$$dag.log" 2>&1 \
			|| { tail -n 60 "$(AIRFLOW_HOME)/demo-$$dag.log"; echo "$$dag failed; full log: $(AIRFLOW_HOME)/demo-$$dag.log"; exit 1; }; \
		grep -o "DagRun Finished: dag_id=$$dag.*state=[a-z]*" "$(AIRFLOW_HOME)/demo-$$dag.log" | sed 's/, logical_date.*state=/ ... state=/'; \
	done
	$(RUN) newsledger summary
	$(RUN) newsledger report --out "$(basename $(NEWSLEDGER_WAREHOUSE))-report.html"

airflow: setup
	bin/airflow-local

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Debian's PostgreSQL and Redis for the DuckLake and Celery tests, which start their own
# throw-away servers on 127.0.0.1.
services:
	@command -v redis-server >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { \
		echo "installing Debian's postgresql and redis-server for the DuckLake and Celery tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null; }

test: setup browser services
	$(RUN) pytest

# Everything but the tiers that need Airflow, a browser, servers, several processes or minutes
# (the markers are listed in pyproject.toml): no Airflow database, Chromium, PostgreSQL or Redis.
FAST_TIER := not (slow or airflow or browser or services or multiprocess or packaging or cli or ducklake)
test-fast: uv
	$(UV) sync --frozen --all-groups --all-extras --quiet
	$(RUN) pytest -m "$(FAST_TIER)"

# The real-article set (eval/README.md): builds one split's gold from eval/labels and the texts
# saved in EVAL_TEXTS, then scores the extractor with ../shared/eval/score.py.
SPLIT ?= dev
EVAL_TEXTS ?= /work/eval-texts
eval-set:
	$(PYTHON) eval/score_set.py --split $(SPLIT) --texts $(EVAL_TEXTS)

clean:
	rm -rf .airflow warehouse.duckdb warehouse.duckdb.wal warehouse.staging warehouse-report.html
