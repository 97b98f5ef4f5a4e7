"""Every DAG file imports, and every DAG is set up as the project's DAGs must be."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dag_bag(airflow_db):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dag_files_import_without_errors(dag_bag):
    assert dag_bag.import_errors == {}
    assert dag_bag.dags, "no DAG found in dags/"


def test_every_dag_has_owner_tags_retries_and_docs(dag_bag):
    for dag_id, dag in dag_bag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        assert dag.doc_md, f"{dag_id} has no doc_md"
        for task in dag.tasks:
            assert task.owner == "newsledger", f"{dag_id}.{task.task_id} owner is {task.owner}"
            assert task.retries >= 2, f"{dag_id}.{task.task_id} has {task.retries} retries"


def test_no_cycles(dag_bag):
    for dag in dag_bag.dags.values():
        dag.check_cycle()


def test_a_dag_per_source_and_the_warehouse_dags(dag_bag):
    from extractors.registry import installed_sources

    sources = {f"newsledger_source_{name}" for name, plugin in installed_sources().items() if plugin.domains}
    assert set(dag_bag.dags) == sources | {"newsledger_ingest_samples", "newsledger_projections", "newsledger_reextract", "newsledger_maintenance"}
    for dag_id in sources:
        dag = dag_bag.dags[dag_id]
        assert dag.catchup is False and dag.max_active_runs == 1
        assert {"since", "until", "limit", "warehouse"} <= set(dag.params.keys())


WAREHOUSE_EVENTS_NAME = "newsledger_warehouse_events"


def test_only_writer_tasks_touch_the_warehouse_and_they_share_one_pool(dag_bag):
    from newsledger.orchestration.airflow_tasks import WRITER_POOL

    writers = {(dag_id, t.task_id) for dag_id, dag in dag_bag.dags.items() for t in dag.tasks if t.pool == WRITER_POOL}
    expected = {(d, "append") for d in dag_bag.dags if d.startswith("newsledger_source_") or d == "newsledger_ingest_samples"}
    assert writers == expected | {("newsledger_projections", "catch_up"), ("newsledger_projections", "search_index"), ("newsledger_projections", "report"), ("newsledger_reextract", "reextract"), ("newsledger_maintenance", "compact")}


def test_appends_outrank_every_other_writer_in_the_pool(dag_bag):
    """Every source's hourly append queued at once drains before the projection refresh they
    trigger, which then covers them all."""
    writers = [t for dag in dag_bag.dags.values() for t in dag.tasks if t.pool == "newsledger_warehouse_writer"]
    appends = [t for t in writers if WAREHOUSE_EVENTS_NAME in {o.name for o in t.outlets}]
    others = [t for t in writers if t not in appends]
    assert appends and others
    assert {str(t.weight_rule) for t in writers} == {"absolute"}, "a weight that counts downstream tasks would reorder them"
    assert min(t.priority_weight for t in appends) > max(t.priority_weight for t in others)


def test_projections_follow_the_warehouse_asset(dag_bag):
    from newsledger.orchestration.airflow_wiring import WAREHOUSE_EVENTS

    dag = dag_bag.dags["newsledger_projections"]
    assert type(dag.timetable).__name__ == "AssetTriggeredTimetable"
    assert WAREHOUSE_EVENTS.name in repr(dag.timetable.asset_condition)
    writers = [t for d in dag_bag.dags.values() for t in d.tasks if t.task_id == "append"]
    assert writers and all(WAREHOUSE_EVENTS in t.outlets for t in writers)


def test_crawls_and_the_weekly_maintenance_start_paused_the_rest_does_not(dag_bag):
    timetabled = {d for d in dag_bag.dags if d.startswith("newsledger_source_")} | {"newsledger_maintenance"}
    for dag_id, dag in dag_bag.dags.items():
        assert dag.is_paused_upon_creation is (dag_id in timetabled), dag_id
