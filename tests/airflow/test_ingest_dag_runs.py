"""The ingest DAG, run for real with `dag.test()`, writes the sample articles."""

from __future__ import annotations

import socket
from pathlib import Path

import duckdb
import pytest

from extractors.samples import sample_folder, sample_folders, sample_pages

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sample_ingest_dag_writes_every_sample(airflow_db, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    dags = DagBag(dag_folder=str(ROOT / "dags")).dags
    warehouse = tmp_path / "dag.duckdb"
    run = dags["newsledger_ingest_samples"].test(run_conf={"paths": [str(f) for f in sample_folders()], "warehouse": str(warehouse), "source": ""})
    assert run.state == "success"
    assert dags["newsledger_projections"].test(run_conf={"warehouse": str(warehouse), "rebuild": False}).state == "success"

    pages = sample_pages()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute("SELECT source, count(*) FROM articles GROUP BY source ORDER BY source").fetchall()
        assert sum(n for _, n in articles) == len(pages)
        assert {s for s, _ in articles} == {folder.parent.name for folder in sample_folders()}, "every plugin's samples under its own name"
        assert con.execute("SELECT count(*) FROM events WHERE type = 'PageFetched'").fetchone()[0] == len(pages)
        assert con.execute("SELECT count(*) FROM quotes WHERE speaker IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM persons").fetchone()[0] >= len(pages)
        metadata = con.execute("SELECT DISTINCT metadata->>'dag_id' FROM events").fetchall()
        assert metadata == [("newsledger_ingest_samples",)]
    assert not (tmp_path / "dag.staging").exists(), "staged batches, and their emptied folders, are removed once appended"


@pytest.mark.slow
def test_ingest_and_maintenance_dags_on_a_ducklake_warehouse(airflow_db, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    from warehouse.application import Warehouse

    dags = DagBag(dag_folder=str(ROOT / "dags")).dags
    lake = f"ducklake:sqlite:{tmp_path / 'lake.sqlite'}"
    conf = {"warehouse": lake}
    assert dags["newsledger_ingest_samples"].test(run_conf={**conf, "paths": [str(f) for f in sample_folders()], "source": ""}).state == "success"
    assert dags["newsledger_projections"].test(run_conf={**conf, "rebuild": False}).state == "success"
    warehouse = Warehouse(lake)
    tables = ("events", "articles", "quotes", "figures", "stories")
    before = {t: warehouse.query(f"SELECT * FROM {t} ORDER BY ALL")[1] for t in tables}
    assert len(before["articles"]) == len(sample_pages())
    assert dags["newsledger_maintenance"].test(run_conf=conf).state == "success"
    assert {t: warehouse.query(f"SELECT * FROM {t} ORDER BY ALL")[1] for t in tables} == before


@pytest.mark.slow
def test_every_source_dag_runs_offline_and_records_why_it_could_not_fetch(airflow_db, tmp_path, monkeypatch):
    """No network here: each source's discovery fails, and the failure is recorded as events."""
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("NEWSLEDGER_FETCH_ATTEMPTS", "1")

    def no_network(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, f"{host}: tests never resolve real hosts")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    dags = DagBag(dag_folder=str(ROOT / "dags")).dags
    warehouse = tmp_path / "sources.duckdb"
    sources = sorted(d for d in dags if d.startswith("newsledger_source_"))
    for dag_id in sources:
        run = dags[dag_id].test(run_conf={"warehouse": str(warehouse), "since": "", "until": "", "limit": 0})
        assert run.state == "success", dag_id
    from warehouse.application import Warehouse

    store = Warehouse(warehouse)
    store.catch_up()
    _, rows = store.failures_by_reason()  # what `newsledger failures` prints
    assert {r[0] for r in rows} == {d.removeprefix("newsledger_source_") for d in sources}, "each failure under its source's name"
    assert {r[2] for r in rows} == {"dns_error"}
    assert not (tmp_path / "sources.staging").exists()


@pytest.mark.slow
def test_reextract_dag_appends_nothing_when_the_extractor_is_unchanged(airflow_db, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    from newsledger.ingest.pipeline import ingest
    from warehouse.application import Warehouse

    warehouse = tmp_path / "replay.duckdb"
    ingest([sample_folder("cand")], Warehouse(warehouse))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["newsledger_reextract"]
    assert dag.test(run_conf={"warehouse": str(warehouse), "source": "cand"}).state == "success"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before
