"""
### Re-extract stored pages

Runs the deployed extractor over the raw pages already in the warehouse, without fetching
anything, and appends an `ArticleExtracted` event only where the output changed; the
projections then show the newest records and `article_versions` keeps the older ones.
Manual only. Params: `source` (a plugin name, or empty for all) and `extractor_version`
(must match the deployed version, as a guard against re-extracting with the wrong code).
"""

from __future__ import annotations

from airflow.sdk import Param, dag, get_current_context, task

from extractors.extract import EXTRACTOR_VERSION
from newsledger.orchestration import airflow_tasks
from newsledger.orchestration.airflow_wiring import APPEND, DEFAULT_ARGS, START_DATE, TRIGGERED_DAGS_START_PAUSED, WAREHOUSE_EVENTS, WAREHOUSE_PARAM


@dag(
    dag_id="newsledger_reextract",
    schedule=None,
    start_date=START_DATE,
    catchup=False,
    is_paused_upon_creation=TRIGGERED_DAGS_START_PAUSED,
    max_active_runs=1,
    tags=["newsledger", "warehouse", "replay"],
    default_args=DEFAULT_ARGS,
    params={
        "warehouse": WAREHOUSE_PARAM,
        "source": Param(None, type=["null", "string"], description="only pages last extracted by this plugin; empty: all"),
        "extractor_version": Param(EXTRACTOR_VERSION, type="string", description="the extractor version expected to run"),
    },
    doc_md=__doc__,
)
def newsledger_reextract():
    @task(**APPEND, outlets=[WAREHOUSE_EVENTS])
    def reextract() -> dict[str, int]:
        params = get_current_context()["params"]
        return airflow_tasks.reextract_stored(airflow_tasks.warehouse_address(params["warehouse"]), params["source"], params["extractor_version"])

    reextract()


newsledger_reextract()
