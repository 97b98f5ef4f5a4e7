"""
### Warehouse maintenance

Weekly, in the writer pool: compacts the event store. On DuckLake every append and every
projection refresh writes small Parquet files (and delete files); this merges them, folds
deletes into rewritten files, expires old DuckLake snapshots and removes the files no
snapshot needs. Queries return the same rows before and after (newsledger's own time
travel replays events by position and does not need DuckLake's snapshots). On a DuckDB file
it only checkpoints. The same as `newsledger compact`.
"""

from __future__ import annotations

from airflow.sdk import dag, get_current_context, task

from newsledger.orchestration import airflow_tasks
from newsledger.orchestration.airflow_wiring import DEFAULT_ARGS, START_DATE, TIMETABLED_DAGS_START_PAUSED, WAREHOUSE_PARAM, WRITER


@dag(
    dag_id="newsledger_maintenance",
    schedule="@weekly",
    start_date=START_DATE,
    catchup=False,
    is_paused_upon_creation=TIMETABLED_DAGS_START_PAUSED,
    max_active_runs=1,
    tags=["newsledger", "warehouse", "maintenance"],
    default_args=DEFAULT_ARGS,
    params={"warehouse": WAREHOUSE_PARAM},
    doc_md=__doc__,
)
def newsledger_maintenance():
    @task(**WRITER)
    def compact() -> dict[str, int]:
        params = get_current_context()["params"]
        return airflow_tasks.compact_warehouse(airflow_tasks.warehouse_address(params["warehouse"]))

    compact()


newsledger_maintenance()
