"""Staged event batches: how Airflow tasks hand work to the single warehouse writer.

Tasks that read, fetch and extract run in parallel and write their events (with the raw
bytes) to a JSON-lines file; only the append task opens the DuckDB file. Event ids are
deterministic, so a retried append of the same staged file adds nothing twice.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from newsledger.ingest.pipeline import process_input
from warehouse.application import Pending, Warehouse
from warehouse.events import EVENT_TYPES


def write_staged(target: Path, pending: list[Pending], blobs: dict[str, bytes], counts: dict[str, int] | None = None) -> str:
    """Write one batch atomically: a reader never sees half of it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(json.dumps({"counts": counts or {}}) + "\n")
        for sha256, content in blobs.items():
            out.write(json.dumps({"blob": sha256, "data": base64.b64encode(content).decode()}) + "\n")
        for p in pending:
            out.write(json.dumps({"stream_id": p.stream_id, "type": p.event.event_type, "key": p.key,
                                  "payload": p.event.model_dump(mode="json"), "metadata": p.metadata}, ensure_ascii=False) + "\n")
    os.replace(temporary, target)
    return str(target)


def read_staged(files: Iterable[str]) -> tuple[list[Pending], dict[str, bytes], dict[str, int]]:
    pending: list[Pending] = []
    blobs: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for name in files:
        with open(name, encoding="utf-8") as staged:
            for line in staged:
                record = json.loads(line)
                if "counts" in record:
                    for key, value in record["counts"].items():
                        counts[key] = counts.get(key, 0) + value
                elif "blob" in record:
                    blobs[record["blob"]] = base64.b64decode(record["data"])
                else:
                    event = EVENT_TYPES[record["type"]].model_validate(record["payload"])
                    pending.append(Pending(record["stream_id"], event, record["key"], record["metadata"]))
    return pending, blobs, counts


def stage_files(
    paths: Iterable[str], target: Path, source: str | None = None, metadata: dict | None = None, roots: list[str] | None = None
) -> str:
    """Read and extract files, staging their events."""
    paths = list(paths)
    pending: list[Pending] = []
    blobs: dict[str, bytes] = {}
    counts = {"extracted": 0, "failed": 0}
    for path in paths:
        outcome = process_input(Path(path), [Path(r) for r in roots or paths], source)
        counts["failed" if outcome.error else "extracted"] += 1
        pending += [p.with_metadata(metadata or {}) for p in outcome.pending]
        if outcome.blob:
            blobs[outcome.blob[0]] = outcome.blob[1]
    return write_staged(target, pending, blobs, counts)


def append_staged(files: Iterable[str], warehouse: Warehouse) -> dict[str, int]:
    """Append every staged batch in one transaction."""
    pending, blobs, counts = read_staged(files)
    added = warehouse.append(pending, blobs)
    return {"events_added": len(added), **counts}
