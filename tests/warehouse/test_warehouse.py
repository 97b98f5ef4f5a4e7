"""The warehouse's promises, on a real DuckDB file: projections rebuild exactly, replay
appends only what changed, time travel, search, one writer at a time, crash safety."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.plugin import ChromeRules
from extractors.sources.vov import VOV
from newsledger.pipeline import ingest
from newsledger.replay import reextract
from warehouse import projections
from warehouse.application import Warehouse

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TABLES = projections.PROJECTION_TABLES


def pages_in(folder: Path) -> int:
    return len([p for p in folder.rglob("*") if p.suffix in {".html", ".txt"}])


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    return {t: sorted(map(str, con.execute(f"SELECT * EXCLUDE (stream_id), stream_id FROM {t}").fetchall())) for t in TABLES}


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> Path:
    """A warehouse whose streams have several versions: pages, extractions, a failure,
    then a changed extractor's re-extraction."""
    path = tmp_path_factory.mktemp("history") / "history.duckdb"
    warehouse = Warehouse(path)
    broken = tmp_path_factory.mktemp("broken") / "broken.html"
    broken.write_bytes(b"")
    ingest([SAMPLES / "vov", broken], warehouse)
    ingest([SAMPLES], warehouse)
    original = VOV.chrome
    VOV.chrome = ChromeRules(**{**original.model_dump(), "drop_lines": [r"^“"]})  # an "improved" VOV extractor
    try:
        reextract(warehouse, source="vov")
    finally:
        VOV.chrome = original
    return path


def test_history_has_versions_and_failures(history):
    with duckdb.connect(str(history), read_only=True) as con:
        assert con.execute("SELECT max(stream_version) FROM events").fetchone()[0] >= 3
        assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 1


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(min_value=1, max_value=200), max_size=6))
def test_catching_up_in_random_chunks_gives_the_rebuilt_tables(history, tmp_path_factory, cuts):
    copy = tmp_path_factory.mktemp("chunks") / "copy.duckdb"
    shutil.copy(history, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute(projections.sections()["drop"])
        head = con.execute("SELECT max(position) FROM events").fetchone()[0]
        for cut in sorted({c % head or head for c in cuts}) + [head]:
            projections.catch_up_in(con, upto=cut)
        chunked = snapshot(con)
        con.execute(projections.sections()["drop"])
        projections.catch_up_in(con)
        assert chunked == snapshot(con)


def test_reextraction_appends_only_changed_output_and_keeps_old_versions(history):
    warehouse = Warehouse(history)
    _, [(current, older)] = warehouse.query(
        "SELECT count(*) FILTER (WHERE is_current), count(*) FILTER (WHERE NOT is_current) FROM article_versions WHERE source = 'vov'"
    )
    vov_pages = pages_in(SAMPLES / "vov")
    assert current == older == vov_pages, "every VOV page has a quote paragraph, so every one changed"
    _, rows = warehouse.query("SELECT count(*) FROM articles WHERE source = 'vov' AND body LIKE '%“%'")
    assert rows == [(0,)], "articles show the newest extractor's records"
    assert reextract(warehouse, source="vov").changed == 0, "same extractor, same output: nothing new"


def test_time_travel_by_position_and_time(history):
    warehouse = Warehouse(history)
    _, [(first_page_position,)] = warehouse.query("SELECT min(position) FROM events WHERE type = 'ArticleExtracted'")
    _, then = warehouse.query("SELECT count(*) FROM articles", as_of=first_page_position)
    assert then == [(1,)]
    _, before_anything = warehouse.query("SELECT count(*) FROM articles", as_of=datetime(2000, 1, 1, tzinfo=timezone.utc))
    assert before_anything == [(0,)]
    _, now = warehouse.query("SELECT count(*) FROM articles", as_of=datetime.now(timezone.utc))
    assert now == warehouse.query("SELECT count(*) FROM articles")[1]


def test_full_text_search_ranks_the_matching_article_first(history):
    _, rows = Warehouse(history).search("ransomware attacks", limit=3)
    assert rows and "ransomware" in rows[0][2].lower()


APPENDER = """
import sys
from pathlib import Path
from newsledger.pipeline import ingest
from warehouse.application import Warehouse
print(ingest([Path(p) for p in sys.argv[2:]], Warehouse(sys.argv[1], lock_timeout=120)).events_added)
"""


def test_two_processes_appending_at_once_store_every_event_exactly_once(tmp_path):
    path = tmp_path / "shared.duckdb"
    first = subprocess.Popen([sys.executable, "-c", APPENDER, str(path), str(SAMPLES / "vov"), str(SAMPLES / "cand"), str(SAMPLES / "baoquocte")], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    second = subprocess.Popen([sys.executable, "-c", APPENDER, str(path), str(SAMPLES)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    added = [int(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in (first, second)]
    pages = pages_in(SAMPLES)
    with duckdb.connect(str(path), read_only=True) as con:
        events = con.execute("SELECT count(*), count(DISTINCT event_id), count(DISTINCT (stream_id, stream_version)) FROM events").fetchone()
        positions = [r[0] for r in con.execute("SELECT position FROM events ORDER BY position").fetchall()]
    assert sum(added) == events[0] == events[1] == events[2] == 2 * pages
    assert positions == list(range(1, len(positions) + 1))


def test_a_locked_warehouse_fails_with_a_message_naming_file_and_holder(tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('open', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        from warehouse.errors import WarehouseLocked

        with pytest.raises(WarehouseLocked, match=rf"{path.name}.*locked by process {holder.pid}"):
            Warehouse(path, lock_timeout=1).catch_up()
    finally:
        holder.kill()


CRASHER = """
import sys, uuid
from datetime import datetime, timezone
from warehouse.duckdb_recorder import DuckDBRecorder
from warehouse.recorder import NewEvent
now = datetime.now(timezone.utc)
events = [NewEvent(event_id=uuid.uuid4(), stream_id=f"s{i % 5000}", type="ArticleDiscovered", schema_version=1,
                   occurred_at=now, payload={"url": f"https://example.vn/{i}", "pad": "x" * 200}) for i in range(int(sys.argv[2]))]
print("appending", flush=True)
DuckDBRecorder(sys.argv[1]).insert_events(events)
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.3, 1.2])
def test_sigkill_during_a_batch_append_leaves_all_or_nothing(tmp_path, delay):
    path = tmp_path / "crash.duckdb"
    batch = 150_000
    child = subprocess.Popen([sys.executable, "-c", CRASHER, str(path), str(batch)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout.readline().strip() == "appending"
    time.sleep(delay)
    assert child.poll() is None, "the append finished before the kill: make the batch larger"
    child.send_signal(signal.SIGKILL)
    child.wait()
    with duckdb.connect(str(path)) as con:
        count = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert count in (0, batch)
    ingest([SAMPLES / "cand"], Warehouse(path))  # the store opens and takes appends again
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == pages_in(SAMPLES / "cand")
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == count + 2 * pages_in(SAMPLES / "cand")
