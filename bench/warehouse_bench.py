"""Warehouse benchmarks: appends against a raw DuckDB insert of the same rows from Arrow,
full projection rebuild, and incremental catch-up cost as the archive grows.

    python3 -m uv run python -m bench.warehouse_bench --events 1000000

DuckDB's memory is capped at 2 GB here (`--memory`), the cap the warehouse README gives for
whole-archive work at a million articles; the default cap (256 MB) is for routine ingests.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse import projections, sql_recorder
from warehouse.duckdb_recorder import DuckDBRecorder
from warehouse.sql_recorder import read_sql
from warehouse.recorder import NewEvent, event_id_for

NOW = datetime(2025, 11, 1, tzinfo=timezone.utc)
BATCH = 10_000
# Articles come in stories of this many (outlets covering one event), one story an hour:
# each story has its own title words, speaker and date, so the stories projection sees a
# realistic spread rather than one story of every article.
STORY_SIZE = 20
SYLLABLES = ["ba", "co", "di", "fu", "ga", "ho", "ki", "lu", "mo", "ne", "po", "ru", "sa", "ti", "vu", "xe"]
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]


def story_of(n: int) -> tuple[str, str, datetime]:
    """The title words, the speaker's name and the date of article `n`'s story."""
    story = n // STORY_SIZE
    rng = random.Random(story)
    title = " ".join(rng.sample(WORDS, 5)).capitalize()
    speaker = " ".join(w.capitalize() for w in rng.sample(WORDS, 2))
    return title, speaker, NOW - timedelta(hours=story)


def extraction_payload(n: int) -> dict:
    """A small but complete ArticleExtracted payload: an article and a few records."""
    span = {"where": "body", "start": 0, "end": 10, "caption": None}
    title, speaker, published = story_of(n)
    return {
        "occurred_at": NOW.isoformat(), "content_sha256": f"{n:064x}", "plugin": "vov", "plugin_version": "1", "extractor_version": "0.1.0",
        "extraction": {
            "source": "vov",
            "article": {"outlet": "vov", "title": title, "lead": "the lead.", "blocks": [{"kind": "paragraph", "text": f"More than {n % 900 + 10} delegates attended, Minister {speaker} said."}],
                        "images": [{"url": f"https://media.example/{n}.jpg", "caption": "A caption.", "credit": "VOV"}],
                        "published_at": published.isoformat(), "updated_at": None, "author": "Staff", "language": "en",
                        "canonical_url": f"https://english.vov.vn/en/x-post{n}.vov", "tags": []},
            "records": {"persons": [{"name": speaker, "roles": ["Minister"], "organization": None, "mentions": [span]}],
                        "organizations": [{"name": "United Nations", "acronym": "UN", "mentions": [span]}],
                        "countries": [{"code": "VN", "name": "Viet Nam", "mentions": [span]}],
                        "quotes": [{"text": "We will keep working together on this.", "speaker": speaker, "span": span}],
                        "figures": [{"value": n % 900 + 10, "unit": "delegates", "qualifier": "more_than", "sentence": "More than ...", "span": span, "spelled_out": False}]},
        },
    }


def events(start: int, count: int) -> list[NewEvent]:
    return [
        NewEvent(event_id=event_id_for(f"url:https://english.vov.vn/en/x-post{n}.vov", "ArticleExtracted", str(n)),
                 stream_id=f"url:https://english.vov.vn/en/x-post{n}.vov", type="ArticleExtracted", schema_version=1,
                 occurred_at=NOW, payload=extraction_payload(n), metadata={"run_id": "bench"})
        for n in range(start, start + count)
    ]


def append_rate(recorder: DuckDBRecorder, total: int) -> float:
    """Events per second through the recorder, batch after batch (each its own transaction)."""
    spent = 0.0
    for start in range(0, total, BATCH):
        batch = events(start, min(BATCH, total - start))
        started = time.perf_counter()
        recorder.insert_events(batch)
        spent += time.perf_counter() - started
    return total / spent


def bench_append(path: Path, total: int) -> tuple[float, float, float]:
    """(in one session, a connection per batch, raw insert) in events per second."""
    recorder = DuckDBRecorder(path)
    started = time.perf_counter()
    with recorder.session():
        opening = time.perf_counter() - started
        appending = total / append_rate(recorder, total)
        closed = time.perf_counter()
    ours = total / (opening + appending + time.perf_counter() - closed)  # opening and closing the session count too
    per_batch_path = path.with_name("per-batch.duckdb")
    per_batch = append_rate(DuckDBRecorder(per_batch_path), total)
    per_batch_path.unlink()
    raw_path = path.with_name("raw.duckdb")
    con = duckdb.connect(str(raw_path))
    con.execute(read_sql("schema.sql"))
    raw = 0.0
    for start in range(0, total, BATCH):
        batch = events(start, min(BATCH, total - start))
        table = pa.table({
            "position": pa.array(range(start + 1, start + len(batch) + 1), pa.int64()),
            "event_id": pa.array([str(uuid.uuid4()) for _ in batch]),
            "stream_id": pa.array([e.stream_id for e in batch]),
            "stream_version": pa.array([1] * len(batch), pa.int32()),
            "type": pa.array([e.type for e in batch]),
            "schema_version": pa.array([1] * len(batch), pa.int32()),
            "occurred_at": pa.array([NOW] * len(batch), pa.timestamp("us", tz="UTC")),
            "recorded_at": pa.array([NOW] * len(batch), pa.timestamp("us", tz="UTC")),
            "payload": pa.array([json.dumps(e.payload) for e in batch]),
            "metadata": pa.array([json.dumps(e.metadata) for e in batch]),
        })
        started = time.perf_counter()
        con.register("raw_rows", table)
        con.execute("INSERT INTO events SELECT position, event_id::UUID, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, payload::JSON, metadata::JSON FROM raw_rows")
        con.unregister("raw_rows")
        raw += time.perf_counter() - started
    con.close()
    raw_path.unlink()
    return ours, per_batch, total / raw


def bench_rebuild(path: Path) -> float:
    started = time.perf_counter()
    projections.rebuild(DuckDBRecorder(path))
    return time.perf_counter() - started


def bench_catch_up(path: Path, existing: int, new: int) -> float:
    """Catch-up time for `new` events on top of a caught-up warehouse of `existing` events."""
    copy = path.with_name(f"catchup-{existing}.duckdb")
    DuckDBRecorder(path).compact()  # fold the write-ahead log into the file before copying it
    shutil.copy(path, copy)
    recorder = DuckDBRecorder(copy)
    with recorder.transaction() as con:
        con.execute("DELETE FROM events WHERE position > ?", [existing])  # bench only: trim a copy to size
        con.execute(projections.sections()["drop"])
        projections.catch_up_in(con)
    recorder.insert_events(events(10_000_000, new))
    started = time.perf_counter()
    projections.catch_up(recorder, search=False)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    projections.catch_up(recorder)  # only the full-text index is behind now
    print(f"  then the full-text index, rebuilt whole over {existing + new:,} articles: {time.perf_counter() - started:.2f} s")
    copy.unlink()
    return elapsed


def main(total: int, memory: str = "2GB") -> None:
    sql_recorder.DUCKDB_MEMORY_LIMIT = memory
    print(f"DuckDB memory cap: {memory}")
    logging.basicConfig(format="    %(message)s")
    logging.getLogger("warehouse.projections").setLevel(logging.INFO)  # where each catch-up spends its time
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        ours, per_batch, raw = bench_append(path, total)
        print(f"append {total:,} events in batches of {BATCH:,}, each batch its own transaction:")
        print(f"  newsledger recorder, one session     {ours:12,.0f} events/s   ratio {ours / raw:.2f} (target >= 0.5)")
        print(f"  newsledger recorder, a connection per batch {per_batch:12,.0f} events/s   ratio {per_batch / raw:.2f}")
        print(f"  raw DuckDB insert from Arrow         {raw:12,.0f} events/s")
        rebuild = bench_rebuild(path)
        print(f"full projection rebuild over {total:,} events: {rebuild:.1f} s (target < 30 s)")
        new = max(1, min(10_000, total // 10))
        for existing in sorted({max(1, total // 10), total}):
            elapsed = bench_catch_up(path, existing, new)
            print(f"catch-up (tables and stories) of {new:,} new events on top of {existing:,}: {elapsed:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--memory", default="2GB", help="DuckDB's memory cap for the run")
    args = parser.parse_args()
    main(args.events, args.memory)
