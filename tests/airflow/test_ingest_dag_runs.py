"""The ingest DAG, run for real with `dag.test()`, writes the sample articles."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sample_ingest_dag_writes_every_sample(airflow_db, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["newsledger_ingest_samples"]
    warehouse = tmp_path / "dag.duckdb"
    run = dag.test(run_conf={"paths": [str(ROOT / "samples")], "warehouse": str(warehouse), "source": ""})
    assert run.state == "success"

    sample_pages = [p for p in (ROOT / "samples").rglob("*") if p.suffix in {".html", ".txt"}]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute("SELECT source, count(*) FROM articles GROUP BY source ORDER BY source").fetchall()
        assert sum(n for _, n in articles) == len(sample_pages)
        assert {s for s, _ in articles} == {"baoquocte", "cand", "vietnamplus", "vov"}
        assert con.execute("SELECT count(*) FROM events WHERE type = 'PageFetched'").fetchone()[0] == len(sample_pages)
        assert con.execute("SELECT count(*) FROM quotes WHERE speaker IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM persons").fetchone()[0] >= len(sample_pages)
        metadata = con.execute("SELECT DISTINCT metadata->>'dag_id' FROM events").fetchall()
        assert metadata == [("newsledger_ingest_samples",)]
    assert not list((tmp_path / "dag.duckdb.staging").rglob("*.jsonl")), "staged batches are removed once appended"
