"""
### Catch the projections up

Runs whenever a DAG publishes new warehouse events (the `newsledger_warehouse_events`
asset): **catch_up** reads the events after the stored checkpoint and rewrites the
analysis tables (`articles`, `persons`, `quotes`, `figures`, ...) and the stories of the
changed articles, in one transaction with the new checkpoint. **search_index** then
rebuilds the full-text index (whole: DuckDB's index has no incremental update; searches in
between build one per query, so they are never stale). Both write the warehouse, so they
run in the writer pool. Trigger it by hand with `rebuild` set to drop and rebuild every
projection.

Then **report** rewrites the coverage report next to the warehouse file,
`<warehouse>-report.html` (for the default warehouse: `warehouse-report.html` in the
project folder); the task's log prints the full path. It is one self-contained HTML file.
"""

from __future__ import annotations

from airflow.sdk import Param, dag, get_current_context, task

from newsledger.orchestration import airflow_tasks
from newsledger.orchestration.airflow_wiring import DEFAULT_ARGS, START_DATE, TRIGGERED_DAGS_START_PAUSED, WAREHOUSE_EVENTS, WAREHOUSE_PARAM, WRITER


@dag(
    dag_id="newsledger_projections",
    schedule=[WAREHOUSE_EVENTS],
    start_date=START_DATE,
    catchup=False,
    is_paused_upon_creation=TRIGGERED_DAGS_START_PAUSED,
    max_active_runs=1,
    tags=["newsledger", "warehouse", "projections"],
    default_args=DEFAULT_ARGS,
    params={"warehouse": WAREHOUSE_PARAM, "rebuild": Param(False, type="boolean", description="drop and rebuild every projection")},
    doc_md=__doc__,
)
def newsledger_projections():
    @task(**WRITER)
    def catch_up() -> int:
        params = get_current_context()["params"]
        return airflow_tasks.refresh_projections(airflow_tasks.warehouse_address(params["warehouse"]), rebuild=params["rebuild"])

    @task(**WRITER)
    def search_index() -> None:
        params = get_current_context()["params"]
        airflow_tasks.refresh_search_index(airflow_tasks.warehouse_address(params["warehouse"]))

    @task(**WRITER)  # it reads the DuckDB file, whose lock a reader holds against every writer
    def report() -> str:
        params = get_current_context()["params"]
        path = airflow_tasks.refresh_report(airflow_tasks.warehouse_address(params["warehouse"]))
        print(f"coverage report written to {path}")
        return path

    catch_up() >> [search_index(), report()]


newsledger_projections()
