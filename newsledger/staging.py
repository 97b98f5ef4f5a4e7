"""Staged event batches: how Airflow tasks hand work to the single warehouse writer.

Extract tasks run in parallel and write their events (and the raw bytes) to a JSON-lines
file; only the append task opens the DuckDB file. Event ids are deterministic, so a retried
append of the same staged file adds nothing twice.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from newsledger.pipeline import FileOutcome, process_input
from warehouse.application import Pending, Warehouse
from warehouse.events import EVENT_TYPES


def stage_files(
    paths: Iterable[str], staging_dir: Path, batch_name: str, source: str | None = None, metadata: dict | None = None, roots: list[str] | None = None
) -> str:
    """Extract files and write their events to `staging_dir/batch_name.jsonl` atomically."""
    staging_dir.mkdir(parents=True, exist_ok=True)
    target = staging_dir / f"{batch_name}.jsonl"
    handle, temporary = tempfile.mkstemp(dir=staging_dir, prefix=f".{batch_name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        for path in paths:
            outcome: FileOutcome = process_input(Path(path), [Path(r) for r in roots or paths], source)
            record = {
                "path": str(outcome.path),
                "error": outcome.error,
                "blob": [outcome.blob[0], base64.b64encode(outcome.blob[1]).decode()] if outcome.blob else None,
                "events": [
                    {"stream_id": p.stream_id, "type": p.event.event_type, "key": p.key,
                     "payload": p.event.model_dump(mode="json"), "metadata": {**p.metadata, **(metadata or {})}}
                    for p in outcome.pending
                ],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(temporary, target)  # a reader never sees half a batch
    return str(target)


def read_staged(files: Iterable[str]) -> tuple[list[Pending], dict[str, bytes], int, int]:
    pending: list[Pending] = []
    blobs: dict[str, bytes] = {}
    extracted = failed = 0
    for name in files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            failed += bool(record["error"])
            extracted += not record["error"]
            if record["blob"]:
                blobs[record["blob"][0]] = base64.b64decode(record["blob"][1])
            for event in record["events"]:
                domain = EVENT_TYPES[event["type"]].model_validate(event["payload"])
                pending.append(Pending(event["stream_id"], domain, event["key"], event["metadata"]))
    return pending, blobs, extracted, failed


def append_staged(files: Iterable[str], warehouse: Warehouse) -> dict[str, int]:
    """Append every staged batch in one transaction, then catch the projections up."""
    pending, blobs, extracted, failed = read_staged(files)
    added = warehouse.append(pending, blobs)
    warehouse.catch_up()
    return {"events_added": len(added), "extracted": extracted, "failed": failed}
