"""Staged event batches: how Airflow tasks hand work to the warehouse writer.

Tasks that read, fetch and extract run in parallel and write their events (with the raw
bytes) to JSON-lines files; only the append task opens the warehouse. Each DAG run stages
into its own folder, `<warehouse>.staging/<dag_id>/<run_id>/`: every source DAG's hourly run
is called `scheduled__<hour>`, so a folder keyed by run id alone would be shared by all of
them. Only the run's own `append` reads the folder, and removes it once its events are
committed. Event ids are deterministic, so a retried append adds nothing twice.

A batch is written to a temporary file and renamed into place, and ends with a trailer
holding its line count and SHA-256: a batch that is missing, cut short or altered stops
the append before anything of the run is written.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsledger.ingest.pipeline import process_input
from warehouse.application import Pending, Warehouse
from warehouse.events import EVENT_TYPES

STAGING_SUFFIX = ".staging"
APPENDED_PREFIX = ".appended-"


class StagedBatchError(RuntimeError):
    """A staged batch is missing, incomplete or not its run's: the run appends nothing."""


def folder_name(identifier: str) -> str:
    """A DAG or run id as one portable folder name; two ids never share one (`:` and `+` of
    scheduled run ids are escaped, and so is the escape character)."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "".join(f"%{b:02X}" for b in c.encode()) for c in identifier)


@dataclass(frozen=True)
class Batch:
    pending: list[Pending]
    blobs: dict[str, bytes]
    counts: dict[str, int]


@dataclass(frozen=True)
class RunStaging:
    """One DAG run's staged batches."""

    root: Path  # the warehouse's staging folder
    dag_id: str
    run_id: str

    @classmethod
    def of(cls, warehouse: Warehouse, dag_id: str, run_id: str) -> RunStaging:
        return cls(warehouse.side_path(STAGING_SUFFIX), dag_id, run_id)

    @property
    def folder(self) -> Path:
        return self.root / folder_name(self.dag_id) / folder_name(self.run_id)

    @property
    def label(self) -> str:
        return f"run {self.run_id!r} of {self.dag_id}"

    def batch_path(self, name: str) -> Path:
        return self.folder / f"{name}.jsonl"

    def write(self, name: str, pending: list[Pending], blobs: dict[str, bytes], counts: dict[str, int] | None = None) -> str:
        """Stage one batch atomically: a reader sees all of it or none of it."""
        lines = [json.dumps({"dag_id": self.dag_id, "run_id": self.run_id, "counts": counts or {}})]
        lines += [json.dumps({"blob": sha256, "data": base64.b64encode(content).decode()}) for sha256, content in blobs.items()]
        lines += [json.dumps({"stream_id": p.stream_id, "type": p.event.event_type, "key": p.key,
                              "payload": p.event.model_dump(mode="json"), "metadata": p.metadata}, ensure_ascii=False) for p in pending]
        body = "".join(line + "\n" for line in lines).encode()
        trailer = json.dumps({"end": {"lines": len(lines), "sha256": hashlib.sha256(body).hexdigest()}}).encode() + b"\n"
        target = self.batch_path(name)
        handle, temporary = self._temporary_file(target)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(body + trailer)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return str(target)

    @staticmethod
    def _temporary_file(target: Path, attempts: int = 3) -> tuple[int, str]:
        while True:
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                return tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            except FileNotFoundError:  # another run's append removed the empty parent just now
                attempts -= 1
                if not attempts:
                    raise

    def read(self, path: str | Path) -> Batch:
        """One verified batch of this run, or StagedBatchError naming the file and the run."""
        path = Path(path)
        if path.parent.resolve() != self.folder.resolve():
            raise StagedBatchError(f"{path} is not a staged batch of {self.label} (its batches are in {self.folder})")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StagedBatchError(f"staged batch {path} of {self.label} is missing: nothing of the run was appended; "
                                   "run the task that stages it again (clear it in Airflow), then this append") from None
        body, _, last = data.rstrip(b"\n").rpartition(b"\n")
        body += b"\n"
        try:
            end = json.loads(last)["end"]
            complete = end["sha256"] == hashlib.sha256(body).hexdigest() and end["lines"] == body.count(b"\n")
        except (ValueError, KeyError, TypeError):
            complete = False
        if not complete:
            raise StagedBatchError(f"staged batch {path} of {self.label} is truncated or altered ({len(data)} bytes, "
                                   "its trailer does not match): nothing of the run was appended; run the task that stages it again")
        records = [json.loads(line) for line in body.splitlines()]
        header, records = records[0], records[1:]
        if (header.get("dag_id"), header.get("run_id")) != (self.dag_id, self.run_id):
            raise StagedBatchError(f"staged batch {path} belongs to run {header.get('run_id')!r} of {header.get('dag_id')}, not to {self.label}")
        pending: list[Pending] = []
        blobs: dict[str, bytes] = {}
        for record in records:
            if "blob" in record:
                blobs[record["blob"]] = base64.b64decode(record["data"])
            else:
                event = EVENT_TYPES[record["type"]].model_validate(record["payload"])
                pending.append(Pending(record["stream_id"], event, record["key"], record["metadata"]))
        return Batch(pending, blobs, header["counts"])

    def append(self, batches: Iterable[str | Path], warehouse: Warehouse) -> dict[str, int]:
        """Verify every batch, append them all in one transaction, then remove the run's folder."""
        batches = list(batches)
        if not self.folder.exists() and self._appended_folder.exists():
            self.remove()  # a retry after the commit: only the clean-up was left
            return {"events_added": 0}
        read = [self.read(path) for path in batches]
        pending = [p for batch in read for p in batch.pending]
        blobs = {sha: content for batch in read for sha, content in batch.blobs.items()}
        counts: dict[str, int] = {}
        for batch in read:
            for key, value in batch.counts.items():
                counts[key] = counts.get(key, 0) + value
        added = warehouse.append(pending, blobs)
        os.replace(self.folder, self._appended_folder)  # committed: a retry must not look for the batches
        self.remove()
        return {"events_added": len(added), **counts}

    @property
    def _appended_folder(self) -> Path:
        return self.folder.with_name(APPENDED_PREFIX + self.folder.name)

    def remove(self) -> None:
        """Drop the run's staged batches, and the DAG's and warehouse's staging folders once empty."""
        for folder in (self.folder, self._appended_folder):
            shutil.rmtree(folder, ignore_errors=True)
        for empty in (self.folder.parent, self.root):
            try:
                empty.rmdir()
            except OSError:  # not empty: other runs' batches, or already gone
                break


def stage_files(
    paths: Iterable[str], staging: RunStaging, name: str, source: str | None = None, metadata: dict | None = None, roots: list[str] | None = None
) -> str:
    """Read and extract files, staging their events as one batch."""
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
    return staging.write(name, pending, blobs, counts)
