"""What every newsledger DAG shares: the warehouse asset, default arguments, the writer
pool. Imported by DAG files only (it needs Airflow)."""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Asset, Param

from newsledger.orchestration.airflow_tasks import WRITER_POOL

WAREHOUSE_EVENTS = Asset("newsledger_warehouse_events", uri="file:///newsledger/warehouse/events")
START_DATE = datetime(2025, 1, 1)
OWNER = "newsledger"
DEFAULT_ARGS = {
    "owner": OWNER,
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(minutes=30),
}
WAREHOUSE_PARAM = Param(None, type=["null", "string"], description="DuckDB file or ducklake: address; empty: $NEWSLEDGER_WAREHOUSE, else ./warehouse.duckdb")
# Appends outrank every other writer in the pool (absolute weights: Airflow's default counts
# downstream tasks, which put a projection refresh ahead of waiting appends). When every
# source's hourly run reaches its append at once, the appends drain one after another and a
# single refresh then covers them all, instead of a refresh between every two appends.
APPEND_PRIORITY, REFRESH_PRIORITY = 10, 1
APPEND = {"pool": WRITER_POOL, "priority_weight": APPEND_PRIORITY, "weight_rule": "absolute"}
WRITER = {"pool": WRITER_POOL, "priority_weight": REFRESH_PRIORITY, "weight_rule": "absolute"}
# Whether a DAG starts paused is decided here for every deployment, not by Airflow's
# `dags_are_paused_at_creation`: someone opening the UI for the first time must not crawl
# real sites, or have anything run on a clock, before choosing to (the crawls and the weekly
# maintenance start paused); the DAGs run by hand or by new warehouse events (samples,
# projections, re-extraction) work at once.
TIMETABLED_DAGS_START_PAUSED = True
TRIGGERED_DAGS_START_PAUSED = False
