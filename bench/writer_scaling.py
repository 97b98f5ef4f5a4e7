"""Writers in parallel, on each backend, with 1, 2 and 4 processes.

- append: the same total of events appended every time, split evenly between the
  writers, in batches: the store alone.
- ingest: the same synthetic corpus (bench/corpus.py) ingested, split between the
  writers (`ingest --no-project`): parsing and extraction run in parallel, appends take
  turns; then one catch-up of the projections, timed apart.

Baseline: one writer on the same backend (the ratio column). On the DuckDB file the
writers take turns on the file lock; on DuckLake they commit optimistically and the
loser of a race runs its transaction again.

    .venv/bin/python -m bench.writer_scaling [--events 40000] [--batch 500] [--pages-per-outlet 100]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path

from tabulate import tabulate

from warehouse.application import Warehouse
from warehouse.backends import open_recorder
from warehouse.ducklake_recorder import DATA_PATH_VARIABLE
from warehouse.recorder import NewEvent

WRITERS = (1, 2, 4)
PAYLOAD_PADDING = "x" * 600  # about the size of a PageFetched payload


def _write(address: str, writer: int, batches: int, batch_size: int, start: multiprocessing.Event) -> None:
    recorder = open_recorder(address, lock_timeout=600)
    now = datetime.now(timezone.utc)
    start.wait()
    for batch in range(batches):
        recorder.insert_events([
            NewEvent(event_id=uuid.uuid4(), stream_id=f"url:https://example.vn/{writer}/{batch}/{i}", type="ArticleDiscovered",
                     schema_version=1, occurred_at=now, payload={"url": f"https://example.vn/{writer}/{batch}/{i}", "pad": PAYLOAD_PADDING})
            for i in range(batch_size)
        ])


def _ingest(address: str, files: list[str], start: multiprocessing.Event) -> None:
    from newsledger.ingest.pipeline import ingest, process_input

    warehouse = Warehouse(address, lock_timeout=600)
    process_input(Path(files[0]), [Path(files[0])], None)  # warm up: lexicons and parsers load on first use
    start.wait()
    report = ingest([Path(f) for f in files], warehouse, project=False)
    if report.failed:
        raise RuntimeError(f"{report.failed} pages failed")


def _race(processes: list, start: multiprocessing.Event) -> float:
    """Start every process, let them import and connect, then release them together."""
    for process in processes:
        process.start()
    time.sleep(3.0)
    began = time.perf_counter()
    start.set()
    for process in processes:
        process.join()
    if any(p.exitcode != 0 for p in processes):
        raise RuntimeError("a writer failed")
    return time.perf_counter() - began


def run_ingest(address: str, writers: int, files: list[Path]) -> float:
    """Pages per second for `writers` processes ingesting `files` between them."""
    with open_recorder(address).connect():  # the schema exists before the clock starts
        pass
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    shares = [[str(f) for f in files[w::writers]] for w in range(writers)]
    elapsed = _race([context.Process(target=_ingest, args=(address, share, start)) for share in shares], start)
    began = time.perf_counter()
    Warehouse(address).catch_up()
    print(f"  then one catch-up of {len(files)} pages: {time.perf_counter() - began:.1f} s", flush=True)
    _, [(extracted,)] = Warehouse(address).query("SELECT count(*) FROM events WHERE type = 'ArticleExtracted'")
    assert extracted == len(files), (extracted, len(files))
    return len(files) / elapsed


def run(address: str, writers: int, events: int, batch_size: int) -> float:
    """Events per second for `writers` processes appending `events` in all."""
    with open_recorder(address).connect():  # the schema exists before the clock starts
        pass
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    batches = max(1, events // (writers * batch_size))
    elapsed = _race([context.Process(target=_write, args=(address, w, batches, batch_size, start)) for w in range(writers)], start)
    stored = open_recorder(address).max_position()
    assert stored == writers * batches * batch_size, (stored, writers, batches, batch_size)
    return stored / elapsed


def main(events: int = 40_000, batch_size: int = 500, pages_per_outlet: int = 100) -> list[tuple]:
    from bench import corpus
    from harness.services import ServiceUnavailable, create_database, postgres_server

    rows = []
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        backends = {
            "duckdb file": lambda name: str(folder / f"{name}.duckdb"),
            "ducklake+sqlite": lambda name: f"ducklake:sqlite:{folder / name}.sqlite",
        }
        try:
            server = stack.enter_context(postgres_server())
            os.environ[DATA_PATH_VARIABLE] = str(folder / "lake-data")
            backends["ducklake+postgres"] = lambda name: "ducklake:" + create_database(server, name)
        except ServiceUnavailable as missing:
            print(f"skipping ducklake+postgres: {missing}")
        files = corpus.write(folder / "corpus", pages_per_outlet)
        for backend, make in backends.items():
            for mode, unit in (("append", "events/s"), ("ingest", "pages/s")):
                baseline = None
                for writers in WRITERS:
                    address = make(f"{mode}_w{writers}_{backend.replace('+', '_').replace(' ', '_')}")
                    rate = run(address, writers, events, batch_size) if mode == "append" else run_ingest(address, writers, files)
                    baseline = baseline or rate
                    rows.append((backend, mode, writers, f"{rate:,.0f} {unit}", f"{rate / baseline:.2f}x"))
                    print(f"{backend:18} {mode:6} {writers} writer(s): {rate:>9,.0f} {unit} ({rate / baseline:.2f}x one writer)", flush=True)
    print(tabulate(rows, headers=["backend", "work", "writers", "rate", "vs 1 writer"], tablefmt="github"))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=40_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--pages-per-outlet", type=int, default=100)
    arguments = parser.parse_args()
    main(arguments.events, arguments.batch, arguments.pages_per_outlet)
