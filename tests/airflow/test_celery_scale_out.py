"""Scale-out as docker/compose.celery.yaml deploys it, on this machine: Airflow's
CeleryExecutor with Debian's Redis as broker and PostgreSQL as metadata database, two
Celery workers, the warehouse on DuckLake (PostgreSQL catalog) and a writer pool of
several slots. Two ingest runs at once must both succeed and store every event once."""

from __future__ import annotations

import os

import pytest

from extractors.samples import sample_pages
from tests.airflow.live import live_airflow
from tests.services import ServiceUnavailable, create_database, postgres_server, redis_server
from warehouse.application import Warehouse
from warehouse.ducklake_recorder import DATA_PATH_VARIABLE

SAMPLE_PAGES = len(sample_pages())

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def celery_airflow(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("celery")
    try:
        with postgres_server() as server, redis_server() as broker:
            metadata = create_database(server, "airflow").replace("postgresql://", "postgresql+psycopg2://")
            lake = "ducklake:" + create_database(server, "lake")
            env = {
                "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata,
                "AIRFLOW__CELERY__BROKER_URL": broker,
                "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata.replace("+psycopg2", ""),
                "AIRFLOW__CORE__PARALLELISM": "8",
                DATA_PATH_VARIABLE: str(tmp / "lake-data"),
            }
            with live_airflow(tmp, warehouse=lake, extra_env=env, celery_workers=2, writer_slots=4) as airflow:
                airflow.unpause("newsledger_ingest_samples", "newsledger_projections")
                yield airflow
    except ServiceUnavailable as missing:
        pytest.fail(str(missing)) if os.environ.get("CI") == "true" else pytest.skip(str(missing))


def test_two_runs_on_two_celery_workers_store_every_event_once(celery_airflow):
    live = celery_airflow
    started = {live.api("POST", "/dags/newsledger_ingest_samples/dagRuns", {"logical_date": None})["dag_run_id"] for _ in range(2)}
    runs = live.wait_for_runs("newsledger_ingest_samples", 2, run_ids=started, timeout=600)
    assert [r["state"] for r in runs] == ["success", "success"], runs

    for run in runs:
        instances = live.api("GET", f"/dags/newsledger_ingest_samples/dagRuns/{run['dag_run_id']}/taskInstances?limit=100")["task_instances"]
        assert {ti["task_id"]: ti["state"] for ti in instances}["append"] == "success"
    # both workers run on this machine, so the task hostnames agree: the workers' own logs tell them apart
    received = {n: (live.home / "logs" / f"worker{n}.log").read_text().count("execute_workload") for n in (1, 2)}
    assert all(received.values()), f"tasks ran on both Celery workers: {received}"

    os.environ[DATA_PATH_VARIABLE] = live.env[DATA_PATH_VARIABLE]
    warehouse = Warehouse(live.warehouse)
    _, [(total, distinct, versions)] = warehouse.query(
        "SELECT count(*), count(DISTINCT event_id), count(DISTINCT (stream_id, stream_version)) FROM events")
    assert total == distinct == versions == 2 * SAMPLE_PAGES, "each page's events once, though both runs read every page"
    _, positions = warehouse.query("SELECT position FROM events ORDER BY position")
    assert [p for (p,) in positions] == list(range(1, total + 1))

    live.wait_for_runs("newsledger_projections", 1, timeout=600)
    warehouse.catch_up()
    _, [(articles,)] = warehouse.query("SELECT count(*) FROM articles")
    assert articles == SAMPLE_PAGES
