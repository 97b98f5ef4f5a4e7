"""
### Ingest the bundled sample pages

Loads the sample HTML pages and text dumps of every installed source plugin
(`extractors/sources/<name>/samples/`, or the folders given in the `paths` param), cleans
them with each outlet's plugin, extracts the typed records and appends everything as events
to the DuckDB warehouse. Works offline: a new user's first run.

* **discover** lists the files and cuts them into batches;
* **extract** runs once per batch (dynamic task mapping) and stages its events to a file;
* **append** is the only task that writes the warehouse (pool `newsledger_warehouse_writer`,
  one slot) and publishes the `newsledger_warehouse_events` asset, which runs
  `newsledger_projections`;
* a page that fails becomes an `ExtractionFailed` event with its reason: the run goes on.

Query the result with `newsledger sql "SELECT * FROM articles"`.
"""

from __future__ import annotations

from airflow.sdk import Param, dag, get_current_context, task

from newsledger.orchestration import airflow_tasks
from newsledger.orchestration.airflow_wiring import APPEND, DEFAULT_ARGS, START_DATE, TRIGGERED_DAGS_START_PAUSED, WAREHOUSE_EVENTS, WAREHOUSE_PARAM


@dag(
    dag_id="newsledger_ingest_samples",
    schedule=None,
    start_date=START_DATE,
    catchup=False,
    is_paused_upon_creation=TRIGGERED_DAGS_START_PAUSED,
    max_active_runs=4,
    tags=["newsledger", "ingest", "samples", "offline"],
    default_args=DEFAULT_ARGS,
    params={
        "paths": Param(airflow_tasks.sample_paths(), type="array", description="files or folders to ingest"),
        "warehouse": WAREHOUSE_PARAM,
        "source": Param(None, type=["null", "string"], description="plugin for every file; empty: recognise each page"),
    },
    doc_md=__doc__,
)
def newsledger_ingest_samples():
    @task
    def discover() -> list[list[str]]:
        return airflow_tasks.batches_of_files(list(get_current_context()["params"]["paths"]))

    @task
    def extract(files: list[str]) -> str:
        context = get_current_context()
        params = context["params"]
        return airflow_tasks.extract_batch(
            files, airflow_tasks.warehouse_address(params["warehouse"]), context["dag"].dag_id, context["run_id"],
            f"files-{context['ti'].map_index}", params["source"] or None, list(params["paths"]),
        )

    @task(**APPEND, outlets=[WAREHOUSE_EVENTS])
    def append(staged: list[str]) -> dict[str, int]:
        context = get_current_context()
        warehouse = airflow_tasks.warehouse_address(context["params"]["warehouse"])
        return airflow_tasks.append_batches(list(staged), warehouse, context["dag"].dag_id, context["run_id"])

    append(extract.expand(files=discover()))


newsledger_ingest_samples()
