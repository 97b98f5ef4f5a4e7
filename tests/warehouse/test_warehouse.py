"""The warehouse's promises, on every backend (DuckDB file, DuckLake on SQLite, DuckLake on
PostgreSQL): projections rebuild exactly, replay appends only what changed, time travel,
search, concurrent writers land every event once, crash safety, compaction."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from uuid import uuid4

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.samples import sample_folder, sample_folders, sample_pages
from extractors.spec import ChromeRules
from extractors.sources.vov import VOV
from newsledger.pipeline import ingest
from newsledger.replay import reextract
from tests.warehouse.backends import BACKENDS, address_maker
from warehouse import projections
from warehouse.application import Pending, Warehouse
from warehouse.errors import ConcurrencyError
from warehouse.events import ArticleDiscovered
from warehouse.recorder import NewEvent

ROOT = Path(__file__).resolve().parents[2]
TABLES = projections.PROJECTION_TABLES


def pages_in(folder: Path) -> int:
    return len([p for p in folder.rglob("*") if p.suffix in {".html", ".txt"}])


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    return {t: sorted(map(str, con.execute(f"SELECT * EXCLUDE (stream_id), stream_id FROM {t}").fetchall())) for t in TABLES}


def event_counts(address: str) -> tuple[int, int, int, list[int]]:
    """Events, distinct ids, distinct (stream, version), and the positions in order."""
    warehouse = Warehouse(address)
    _, [counts] = warehouse.query("SELECT count(*), count(DISTINCT event_id), count(DISTINCT (stream_id, stream_version)) FROM events")
    _, positions = warehouse.query("SELECT position FROM events ORDER BY position")
    return (*counts, [r[0] for r in positions])


class Rollback(Exception):
    pass


@pytest.fixture(scope="module", params=BACKENDS)
def history(request, tmp_path_factory) -> str:
    """A warehouse whose streams have several versions: pages, extractions, a failure,
    then a changed extractor's re-extraction."""
    address = address_maker(request.param, tmp_path_factory.mktemp("history"), request)("history")
    warehouse = Warehouse(address)
    broken = tmp_path_factory.mktemp("broken") / "broken.html"
    broken.write_bytes(b"")
    ingest([sample_folder("vov"), broken], warehouse)
    ingest(sample_folders(), warehouse)
    original = VOV.chrome
    VOV.chrome = ChromeRules(**{**original.model_dump(), "drop_lines": [r"^“"]})  # an "improved" VOV extractor
    try:
        reextract(warehouse, source="vov")
    finally:
        VOV.chrome = original
    return address


def test_history_has_versions_and_failures(history):
    _, [(versions, failures)] = Warehouse(history).query("SELECT (SELECT max(stream_version) FROM events), (SELECT count(*) FROM failures)")
    assert versions >= 3
    assert failures == 1


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(min_value=1, max_value=200), max_size=6))
def test_catching_up_in_random_chunks_gives_the_rebuilt_tables(history, cuts):
    """Inside one transaction that is rolled back, so the store itself is left as it was."""
    recorder = Warehouse(history).recorder
    index = recorder.keeps_search_index
    with pytest.raises(Rollback), recorder.transaction() as con:
        con.execute(projections.sections()["drop"])
        head = con.execute("SELECT max(position) FROM events").fetchone()[0]
        for cut in sorted({c % head or head for c in cuts}) + [head]:
            projections.catch_up_in(con, upto=cut, search_index=index)
        chunked = snapshot(con)
        con.execute(projections.sections()["drop"])
        projections.catch_up_in(con, search_index=index)
        assert chunked == snapshot(con)
        raise Rollback


def test_reextraction_appends_only_changed_output_and_keeps_old_versions(history):
    warehouse = Warehouse(history)
    _, [(current, older)] = warehouse.query(
        "SELECT count(*) FILTER (WHERE is_current), count(*) FILTER (WHERE NOT is_current) FROM article_versions WHERE source = 'vov'"
    )
    vov_pages = pages_in(sample_folder("vov"))
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


def test_two_processes_ingesting_at_once_store_every_event_exactly_once(store_address):
    first = subprocess.Popen([sys.executable, "-c", APPENDER, store_address, str(sample_folder("vov")), str(sample_folder("cand")), str(sample_folder("baoquocte"))], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    second = subprocess.Popen([sys.executable, "-c", APPENDER, store_address, *map(str, sample_folders())], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    added = [int(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in (first, second)]
    events, ids, versions, positions = event_counts(store_address)
    assert sum(added) == events == ids == versions == 2 * len(sample_pages())
    assert positions == list(range(1, len(positions) + 1))


BATCH_WRITER = """
import sys
from datetime import datetime, timezone
from warehouse.application import Pending, Warehouse
from warehouse.events import ArticleDiscovered
writer, batches, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
warehouse = Warehouse(sys.argv[1])
now = datetime.now(timezone.utc)
stored = 0
for batch in range(batches):
    pending = [Pending(f"url:https://example.vn/{writer}/{batch}/{i}", ArticleDiscovered(occurred_at=now, url=f"https://example.vn/{writer}/{batch}/{i}", source="generic", via="test"), "discovered")
               for i in range(size)]
    # the shared stream: every writer appends to it in every batch, so versions contend too
    pending.append(Pending("url:https://example.vn/shared", ArticleDiscovered(occurred_at=now, url="https://example.vn/shared", source="generic", via=f"{writer}-{batch}"), f"{writer}-{batch}"))
    stored += len(warehouse.append(pending))
print(stored)
"""


def test_four_processes_appending_25_batches_each_land_every_event_exactly_once(store_address):
    writers, batches, size = 4, 25, 10
    Warehouse(store_address).catch_up()  # the schema exists before the race starts
    processes = [subprocess.Popen([sys.executable, "-c", BATCH_WRITER, store_address, f"w{w}", str(batches), str(size)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) for w in range(writers)]
    outputs = [p.communicate(timeout=600) for p in processes]
    assert all(p.returncode == 0 for p in processes), [err[-2000:] for _, err in outputs]
    expected = writers * batches * (size + 1)
    events, ids, versions, positions = event_counts(store_address)
    assert sum(int(out.split()[-1]) for out, _ in outputs) == events == ids == versions == expected
    assert positions == list(range(1, expected + 1)), "positions are dense and unique: commit order is position order"
    _, [(shared_versions,)] = Warehouse(store_address).query(
        "SELECT list(stream_version ORDER BY stream_version) = range(1, count(*) + 1) FROM events WHERE stream_id = 'url:https://example.vn/shared'")
    assert shared_versions


def test_compaction_keeps_every_row(new_store):
    address = new_store("compact")
    warehouse = Warehouse(address)
    now = datetime.now(timezone.utc)
    for batch in range(15):  # appends above DuckLake's inlining limit: each writes its own Parquet file
        warehouse.append([Pending(f"url:https://example.vn/{batch}/{i}", ArticleDiscovered(occurred_at=now, url=f"https://example.vn/{batch}/{i}", source="generic", via="test"), "found")
                          for i in range(40)])
        warehouse.catch_up(derived=False)
    ingest(sample_folders(), warehouse)
    queries = {t: f"SELECT * FROM {t} ORDER BY ALL" for t in ("events", *TABLES)}
    before = {t: warehouse.query(q)[1] for t, q in queries.items()}
    measures = warehouse.compact()
    assert {t: warehouse.query(q)[1] for t, q in queries.items()} == before
    if address.startswith("ducklake:"):
        # the 15 appends' event files fold into one (flushing inlined rows adds a couple)
        assert measures["files_after"] <= measures["files_before"] - 10, measures
    assert warehouse.search("ransomware")[1], "the full-text search still answers"
    ingest([sample_folder("vov")], warehouse)  # and the store takes appends again


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
from warehouse.backends import open_recorder
from warehouse.recorder import NewEvent
now = datetime.now(timezone.utc)
events = [NewEvent(event_id=uuid.uuid4(), stream_id=f"s{i % 5000}", type="ArticleDiscovered", schema_version=1,
                   occurred_at=now, payload={"url": f"https://example.vn/{i}", "pad": "x" * 200}) for i in range(int(sys.argv[2]))]
print("appending", flush=True)
open_recorder(sys.argv[1]).insert_events(events)
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.3, 1.2])
def test_sigkill_during_a_batch_append_leaves_all_or_nothing(store_address, delay):
    batch = 150_000
    child = subprocess.Popen([sys.executable, "-c", CRASHER, store_address, str(batch)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout.readline().strip() == "appending"
    time.sleep(delay)
    assert child.poll() is None, "the append finished before the kill: make the batch larger"
    child.send_signal(signal.SIGKILL)
    child.wait()
    warehouse = Warehouse(store_address)
    count = warehouse.recorder.max_position()
    assert count in (0, batch)
    ingest([sample_folder("cand")], warehouse)  # the store opens and takes appends again
    _, [(articles, events)] = warehouse.query("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")
    assert articles == pages_in(sample_folder("cand"))
    assert events == count + 2 * pages_in(sample_folder("cand"))


def test_search_is_never_behind_the_articles(store_address):
    warehouse = Warehouse(store_address)
    ingest([sample_folder("vov")], warehouse)
    assert not warehouse.search("ransomware")[1]
    ingest([sample_folder("vietnamplus")], warehouse, project=False)
    warehouse.catch_up(search=False)  # tables and stories move, the index stays behind
    _, rows = warehouse.search("ransomware", limit=3)
    assert rows and rows[0][1] == "vietnamplus", "a stale index is not used: the search builds its own"
    warehouse.catch_up()
    assert warehouse.search("ransomware", limit=3)[1] == rows


def test_work_over_the_memory_cap_fails_clearly_writes_nothing_and_the_file_stays_usable(tmp_path, monkeypatch):
    from warehouse import sql_recorder
    from warehouse.errors import OperationalError

    warehouse = Warehouse(tmp_path / "capped.duckdb")
    ingest([sample_folder("vov")], warehouse, project=False)
    monkeypatch.setattr(sql_recorder, "DUCKDB_MEMORY_LIMIT", "1MB")
    with pytest.raises(OperationalError, match="memory cap of 1MB.*NEWSLEDGER_DUCKDB_MEMORY"):
        warehouse.catch_up()
    monkeypatch.undo()
    assert warehouse.query("SELECT count(*) FROM projection_checkpoints")[1] == [(0,)]
    warehouse.catch_up()  # the next unit of work opens the same file in the same process
    assert warehouse.query("SELECT count(*) FROM articles")[1][0][0] > 0


def test_a_session_keeps_one_connection_and_commits_each_append_on_its_own(tmp_path):
    warehouse = Warehouse(tmp_path / "w.duckdb")
    with warehouse.session():
        with warehouse.recorder.connect() as first, warehouse.recorder.connect(read_only=True) as second:
            assert first is second
        warehouse.append([Pending("s:a", ArticleDiscovered(occurred_at=datetime.now(timezone.utc), url="https://example.vn/a", source="generic", via="test"), "found")])
        with pytest.raises(ConcurrencyError):
            warehouse.recorder.insert_events([NewEvent(event_id=uuid4(), stream_id="s:a", stream_version=1, type="ArticleRemoved",
                                                       schema_version=1, occurred_at=datetime.now(timezone.utc), payload={}, metadata={})])
        assert warehouse.recorder.max_position() == 1, "the first append stands; the failed one left nothing"
    with warehouse.recorder.connect() as after:
        pass
    with warehouse.recorder.connect() as again:
        assert after is not again, "outside a session, a connection per operation"
    assert len(Warehouse(tmp_path / "w.duckdb").stream("s:a")) == 1
