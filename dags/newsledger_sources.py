"""
### Crawl {title}

Generated for the `{name}` plugin (domains: {domains}). Discovers articles from the
plugin's feeds, sitemaps and listing pages, fetches what the events say is new, still
pending or changed, extracts the records, and appends the events.

* **plan** discovers and decides what to fetch, reading the warehouse;
* **fetch** runs once per batch of URLs (dynamic task mapping), politely (robots.txt,
  one request per second per host, retries with backoff), and stages its events;
* **append** is the only writer (pool `newsledger_warehouse_writer`, one slot) and
  publishes the `newsledger_warehouse_events` asset.

The DAG starts paused: unpause it to crawl the site every hour.
Backfill: trigger with `since`, `until` (ISO dates of publication) and `limit`.
"""

from __future__ import annotations

from airflow.sdk import Param, dag, get_current_context, task

from extractors.registry import installed_sources
from newsledger.orchestration import airflow_tasks
from newsledger.orchestration.airflow_wiring import APPEND, DEFAULT_ARGS, START_DATE, TIMETABLED_DAGS_START_PAUSED, WAREHOUSE_EVENTS, WAREHOUSE_PARAM


def source_dag(plugin):
    @dag(
        dag_id=f"newsledger_source_{plugin.name}",
        schedule=plugin.schedule or "@hourly",
        start_date=START_DATE,
        catchup=False,
        is_paused_upon_creation=TIMETABLED_DAGS_START_PAUSED,
        max_active_runs=1,
        tags=["newsledger", "crawl", plugin.name],
        default_args=DEFAULT_ARGS,
        params={
            "warehouse": WAREHOUSE_PARAM,
            "since": Param(None, type=["null", "string"], description="backfill: only articles published on or after (ISO date)"),
            "until": Param(None, type=["null", "string"], description="backfill: only articles published before (ISO date)"),
            "limit": Param(0, type="integer", minimum=0, description="fetch at most this many pages; 0: no limit"),
        },
        doc_md=__doc__.format(title=plugin.title, name=plugin.name, domains=", ".join(plugin.domains)),
    )
    def crawl_source():
        @task
        def plan() -> list[list[dict]]:
            context = get_current_context()
            params = context["params"]
            return airflow_tasks.plan_source(
                plugin.name, airflow_tasks.warehouse_address(params["warehouse"]), context["dag"].dag_id, context["run_id"],
                since=params["since"] or None, until=params["until"] or None, limit=params["limit"] or None,
            )

        @task
        def fetch(items: list[dict]) -> str:
            context = get_current_context()
            return airflow_tasks.fetch_batch(
                plugin.name, items, airflow_tasks.warehouse_address(context["params"]["warehouse"]), context["dag"].dag_id,
                context["run_id"], f"urls-{context['ti'].map_index}",
            )

        @task(**APPEND, outlets=[WAREHOUSE_EVENTS], trigger_rule="none_failed")
        def append(staged: list[str] | None) -> dict[str, int]:
            context = get_current_context()
            warehouse = airflow_tasks.warehouse_address(context["params"]["warehouse"])
            dag_id, run_id = context["dag"].dag_id, context["run_id"]
            discovery = airflow_tasks.discovery_file(warehouse, dag_id, run_id)
            return airflow_tasks.append_batches([discovery, *(staged or [])], warehouse, dag_id, run_id)

        append(fetch.expand(items=plan()))

    return crawl_source()


for _plugin in installed_sources().values():
    if _plugin.domains:  # the generic fallback has no site to crawl
        source_dag(_plugin)
