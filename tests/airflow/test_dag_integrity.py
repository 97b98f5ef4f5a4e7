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


def test_only_the_append_task_writes_the_warehouse(dag_bag):
    from newsledger.airflow_tasks import WRITER_POOL

    dag = dag_bag.dags["newsledger_ingest_samples"]
    writers = [t.task_id for t in dag.tasks if t.pool == WRITER_POOL]
    assert writers == ["append"]
