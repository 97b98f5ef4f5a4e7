"""Staged batches between the tasks of a DAG run and its append: each run's own folder,
verified before anything is appended, removed once committed."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsledger.ingest.staging import RunStaging, StagedBatchError, folder_name
from warehouse.application import Pending, Warehouse
from warehouse.events import ArticleDiscovered

HOUR = "scheduled__2026-12-01T17:00:00+00:00"


def discovered(source: str, number: int) -> Pending:
    url = f"https://{source}.example/news/story-{number}"
    event = ArticleDiscovered(occurred_at=datetime(2026, 12, 1, 17, tzinfo=timezone.utc), url=url, source=source, via=f"https://{source}.example/rss")
    return Pending(f"url:{url}", event, url, {"plugin": source})


def streams(warehouse: Warehouse) -> list[str]:
    if not warehouse.exists():
        return []
    return [r[0] for r in warehouse.query("SELECT stream_id FROM events ORDER BY stream_id")[1]]


def test_two_dags_with_the_same_run_id_stage_and_append_apart(tmp_path):
    warehouse = Warehouse(tmp_path / "w.duckdb")
    vov, cand = RunStaging.of(warehouse, "newsledger_source_vov", HOUR), RunStaging.of(warehouse, "newsledger_source_cand", HOUR)
    vov_batches = [vov.write("discovery", [discovered("vov", 1)], {}), vov.write("urls-0", [discovered("vov", 2)], {b"x".hex(): b"x"}, {"fetched": 1})]
    cand_batches = [cand.write("discovery", [discovered("cand", 1)], {}), cand.write("urls-0", [discovered("cand", 2)], {})]
    assert len(set(vov_batches) | set(cand_batches)) == 4

    assert vov.append(vov_batches, warehouse) == {"events_added": 2, "fetched": 1}
    assert streams(warehouse) == ["url:https://vov.example/news/story-1", "url:https://vov.example/news/story-2"]
    assert not vov.folder.parent.exists(), "the DAG's empty staging folder is removed"
    assert all(Path(b).exists() for b in cand_batches), "another DAG's batches of the same hour stay"

    assert cand.append(cand_batches, warehouse)["events_added"] == 2
    assert len(streams(warehouse)) == 4
    assert not vov.root.exists(), "the empty staging folder is removed"


@pytest.mark.parametrize("damage", ["missing", "truncated", "trailer cut", "altered"])
def test_a_damaged_batch_stops_the_whole_run_with_its_name(tmp_path, damage):
    warehouse = Warehouse(tmp_path / "w.duckdb")
    run = RunStaging.of(warehouse, "newsledger_source_vov", HOUR)
    good = run.write("discovery", [discovered("vov", 1)], {})
    bad = Path(run.write("urls-3", [discovered("vov", n) for n in range(2, 6)], {}))
    data = bad.read_bytes()
    if damage == "missing":
        bad.unlink()
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "trailer cut":
        bad.write_bytes(data[: data.rstrip(b"\n").rfind(b"\n") + 1])
    else:
        bad.write_bytes(data.replace(b"story-3", b"story-9"))

    with pytest.raises(StagedBatchError) as error:
        run.append([good, str(bad)], warehouse)
    assert str(bad) in str(error.value) and HOUR in str(error.value) and "newsledger_source_vov" in str(error.value)
    assert streams(warehouse) == [], "nothing of the run is appended"
    assert Path(good).exists(), "the run's batches are kept for the retry"


def test_a_batch_of_another_run_is_refused(tmp_path):
    warehouse = Warehouse(tmp_path / "w.duckdb")
    mine = RunStaging.of(warehouse, "newsledger_source_vov", HOUR)
    theirs = RunStaging.of(warehouse, "newsledger_source_cand", HOUR)
    with pytest.raises(StagedBatchError, match="not a staged batch of run"):
        mine.append([mine.write("discovery", [], {}), theirs.write("discovery", [discovered("cand", 1)], {})], warehouse)
    assert streams(warehouse) == []


def test_a_retry_after_the_commit_only_cleans_up(tmp_path):
    warehouse = Warehouse(tmp_path / "w.duckdb")
    run = RunStaging.of(warehouse, "newsledger_ingest_samples", "manual__1")
    batches = [run.write("files-0", [discovered("vov", 1)], {})]
    warehouse.append(run.read(batches[0]).pending)
    run.folder.rename(run.folder.with_name(".appended-" + run.folder.name))  # as a task killed after its commit leaves it
    assert run.append(batches, warehouse) == {"events_added": 0}
    assert not run.root.exists()


def test_folder_names_keep_ids_apart():
    ids = ["scheduled__2026-12-01T17:00:00+00:00", "scheduled__2026-12-01T17_00_00_00_00", "a:b", "a_b", "a%3Ab", "..", "thời sự"]
    names = [folder_name(i) for i in ids]
    assert len(set(names)) == len(ids)
    assert all(n.replace("%", "").replace("-", "").replace("_", "").isalnum() for n in names)
