"""
### Ingest the bundled sample pages

Loads the HTML pages and text dumps under `samples/` (or the folders given in the
`paths` param), cleans them with each outlet's plugin, extracts the typed records and
appends everything as events to the DuckDB warehouse, then catches the projections up.

* **discover** lists the files and cuts them into batches;
* **extract** runs once per batch (dynamic task mapping) and stages events to a file;
* **append** is the only task that writes the warehouse (pool `newsledger_warehouse_writer`,
  one slot) and publishes the `newsledger_warehouse_events` asset;
* a failed page becomes an `ExtractionFailed` event: the run goes on.

Query the result with `newsledger sql "SELECT * FROM articles"`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Asset, Param, dag, get_current_context, task

from newsledger import airflow_tasks

WAREHOUSE_EVENTS = Asset("newsledger_warehouse_events", uri="file:///newsledger/warehouse/events")


@dag(
    dag_id="newsledger_ingest_samples",
    schedule=None,
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["newsledger", "ingest", "samples"],
    default_args={"owner": "newsledger", "retries": 2, "retry_delay": timedelta(seconds=20), "execution_timeout": timedelta(minutes=30)},
    params={
        "paths": Param([str(airflow_tasks.SAMPLES_DIR)], type="array", description="files or folders to ingest"),
        "warehouse": Param("", type="string", description="DuckDB file; empty: $NEWSLEDGER_WAREHOUSE or ./warehouse.duckdb"),
        "source": Param("", type="string", description="plugin for every file; empty: recognise each page"),
    },
    doc_md=__doc__,
)
def newsledger_ingest_samples():
    @task
    def discover() -> list[list[str]]:
        params = get_current_context()["params"]
        return airflow_tasks.batches_of_files(list(params["paths"]))

    @task
    def extract(files: list[str]) -> str:
        context = get_current_context()
        params = context["params"]
        return airflow_tasks.extract_batch(
            files,
            airflow_tasks.warehouse_path(params["warehouse"]),
            context["run_id"],
            f"batch-{context['ti'].map_index}",
            params["source"] or None,
            list(params["paths"]),
        )

    @task(pool=airflow_tasks.WRITER_POOL, outlets=[WAREHOUSE_EVENTS])
    def append(staged: list[str]) -> dict[str, int]:
        params = get_current_context()["params"]
        return airflow_tasks.append_batches(list(staged), airflow_tasks.warehouse_path(params["warehouse"]))

    append(extract.expand(files=discover()))


newsledger_ingest_samples()
