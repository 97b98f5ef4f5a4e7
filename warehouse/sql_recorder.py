"""What every DuckDB-based event store shares: the append, the reads, the blobs, and a
unit of work that is retried when the backend reports a transient conflict.

A backend says how to open a connection (`_open`), which schema it needs and which of
its errors mean "try again". Appends go through an Arrow table in one transaction,
never row by row.
"""

from __future__ import annotations

import os
import uuid
import zlib
from abc import abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import duckdb
import orjson
import pyarrow as pa
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_delay, wait_random_exponential

from warehouse.errors import ConcurrencyError, OperationalError, WarehouseBusy
from warehouse.recorder import NewEvent, Recorder, StoredEvent

SQL_DIR = Path(__file__).parent / "sql"
EVENT_COLUMNS = "position, event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, payload, metadata"
BLOB_CODEC = "zlib"
# DuckDB would take up to 80 % of the machine's memory, mostly as a cache of the file it
# reads: an Airflow worker shares its machine, so the cap is ours. Past it DuckDB spills
# to its temp directory. DuckDB also allocates outside the cap (up to 300 MB more while it
# builds the full-text index of 100,000 articles), so the cap leaves room for that: a
# catch-up of 250,000 events, and stories and the index from scratch at 100,000 articles,
# fit in 256 MB (BENCHMARKS.md, "Memory").
DUCKDB_MEMORY_LIMIT = os.environ.get("NEWSLEDGER_DUCKDB_MEMORY") or "256MB"
T = TypeVar("T")


def read_sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


class SQLRecorder(Recorder):
    schema_file = "schema.sql"
    # DuckDB's FTS index lives in the same catalog as its table; a catalog that cannot hold
    # it builds one per search instead
    keeps_search_index = True
    retry_timeout = 120.0
    keeps_sessions = False
    _schema_ready = False
    _held: duckdb.DuckDBPyConnection | None = None  # the open session's connection

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the events live, for messages."""

    @property
    @abstractmethod
    def home(self) -> Path:
        """A local folder for side files (staging, reports)."""

    @property
    @abstractmethod
    def name(self) -> str:
        """A file-name stem for side files, e.g. `warehouse` for warehouse.duckdb."""

    @abstractmethod
    def exists(self) -> bool:
        """Whether the store has been created."""

    @abstractmethod
    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """A connection whose default catalog is the store."""

    @abstractmethod
    def attach_read_only(self, con: duckdb.DuckDBPyConnection, alias: str) -> None:
        """Make the store readable as `alias` in another connection."""

    @abstractmethod
    def compact(self) -> dict[str, int]:
        """Maintenance of the store's files; returns before/after measures."""

    def is_transient(self, error: Exception) -> bool:
        """Whether a failed unit of work may succeed if run again."""
        return False

    def _before_append(self, con: duckdb.DuckDBPyConnection) -> None:
        """Hook run first in every append transaction (DuckLake serialises there)."""

    # -- connections and units of work ------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[None]:
        """One write connection for a run of operations, each still its own transaction:
        DuckDB then loads the file's indexes once, not at every operation (at a million
        events that is most of an append's cost). The connection, and with it the file's
        lock, is held until the block ends: for bulk work, not for a whole long run. A
        backend whose writers must not hold a connection between operations (a shared
        catalog) keeps one per operation (`keeps_sessions`)."""
        if self._held is not None or not self.keeps_sessions:
            yield
            return
        with self._connection(read_only=False) as con:
            self._held = con
            self._session_opened(con)
            try:
                yield
                self._session_closing(con)  # not after a failure: its error is the one to see
            finally:
                self._held = None

    def _session_opened(self, con: duckdb.DuckDBPyConnection) -> None:
        """Hook: tune the session's connection for a run of writes."""

    def _session_closing(self, con: duckdb.DuckDBPyConnection) -> None:
        """Hook: leave the store as an operation at a time would have."""

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one operation: the session's when one is open."""
        if self._held is not None:
            yield self._held
            return
        with self._connection(read_only) as con:
            yield con

    @contextmanager
    def _connection(self, read_only: bool) -> Iterator[duckdb.DuckDBPyConnection]:
        if read_only and not self.exists():
            raise OperationalError(f"no warehouse at {self.location}: run `newsledger ingest` first")
        con = self._open(read_only)
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
        con.execute("SET enable_progress_bar = false")  # DuckDB would print one on stdout, into our output
        try:
            if not read_only and not self._schema_ready:
                con.execute(read_sql(self.schema_file))
                self._schema_ready = True
            yield con
        finally:
            con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction, not retried: prefer `write`."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `work` in one transaction; when the backend reports a transient conflict
        (another writer committed first), run it again from the start, with jittered
        backoff, for up to `retry_timeout` seconds."""

        def run_once() -> T:
            try:
                with self.transaction() as con:
                    return work(con)
            except duckdb.OutOfMemoryException as error:
                detail = str(error).splitlines()[0]
            # raised outside the handler: DuckDB's error would keep the closed connection's
            # database alive through its traceback, and the next open of the file would fail
            raise OperationalError(
                f"warehouse {self.location}: the work needed more than DuckDB's memory cap of {DUCKDB_MEMORY_LIMIT} "
                f"and was rolled back, nothing written ({detail}). Raise the cap with NEWSLEDGER_DUCKDB_MEMORY, "
                "e.g. 2GB: grouping the stories of a million articles from scratch needs about that much."
            )

        def schema_may_have_rolled_back(state: RetryCallState) -> None:
            self._schema_ready = False  # a conflicting CREATE may have rolled back

        def give_up(state: RetryCallState) -> T:
            error = state.outcome.exception()
            raise WarehouseBusy(
                f"warehouse {self.location} stayed busy: {state.attempt_number} attempts in {self.retry_timeout:.0f}s "
                f"all met concurrent commits (last: {str(error).splitlines()[-1]})"
            ) from error

        retrying = Retrying(
            retry=retry_if_exception(lambda error: isinstance(error, (duckdb.Error, OSError)) and self.is_transient(error)),
            wait=wait_random_exponential(multiplier=0.05, max=2.0),
            stop=stop_after_delay(self.retry_timeout),
            before_sleep=schema_may_have_rolled_back,
            retry_error_callback=give_up,
        )
        return retrying(run_once)

    # -- events ------------------------------------------------------------------

    def insert_events(self, events: Sequence[NewEvent]) -> list[StoredEvent]:
        if not events:
            return []
        return self.write(lambda con: self.insert_events_in(con, events))

    def insert_events_in(self, con: duckdb.DuckDBPyConnection, events: Sequence[NewEvent]) -> list[StoredEvent]:
        """The append itself, inside a transaction the caller holds."""
        self._before_append(con)
        ids = pa.table({"event_id": pa.array([str(e.event_id) for e in events])})
        con.register("incoming_ids", ids)
        try:
            known = {str(row[0]) for row in con.execute("SELECT event_id FROM events WHERE event_id IN (SELECT event_id::UUID FROM incoming_ids)").fetchall()}
        finally:
            con.unregister("incoming_ids")
        seen: set[str] = set()
        fresh = []
        for event in events:
            key = str(event.event_id)
            if key not in known and key not in seen:
                seen.add(key)
                fresh.append(event)
        if not fresh:
            return []
        streams = pa.table({"stream_id": pa.array(sorted({e.stream_id for e in fresh}))})
        con.register("incoming_streams", streams)
        try:
            heads = dict(con.execute(
                "SELECT stream_id, max(stream_version) FROM events WHERE stream_id IN (SELECT stream_id FROM incoming_streams) GROUP BY stream_id"
            ).fetchall())
        finally:
            con.unregister("incoming_streams")
        position = con.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0]
        recorded_at = datetime.now(timezone.utc)
        rows: dict[str, list] = {c: [] for c in EVENT_COLUMNS.split(", ")}
        stored: list[StoredEvent] = []
        for event in fresh:
            head = heads.get(event.stream_id, 0)
            version = event.stream_version if event.stream_version is not None else head + 1
            if version != head + 1:
                raise ConcurrencyError(
                    f"stream {event.stream_id!r} is at version {head}; cannot append version {version} "
                    f"(event {event.event_id}). Another writer got there first: reload and retry."
                )
            heads[event.stream_id] = version
            position += 1
            record = StoredEvent.model_construct(  # values already validated as NewEvent
                position=position,
                event_id=event.event_id,
                stream_id=event.stream_id,
                stream_version=version,
                type=event.type,
                schema_version=event.schema_version,
                occurred_at=event.occurred_at,
                recorded_at=recorded_at,
                payload=event.payload,
                metadata=event.metadata,
            )
            stored.append(record)
            for column, value in (
                ("position", position), ("event_id", str(event.event_id)), ("stream_id", event.stream_id),
                ("stream_version", version), ("type", event.type), ("schema_version", event.schema_version),
                ("occurred_at", event.occurred_at), ("recorded_at", recorded_at),
                ("payload", orjson.dumps(event.payload, default=str).decode()),
                ("metadata", orjson.dumps(event.metadata, default=str).decode()),
            ):
                rows[column].append(value)
        table = pa.table({
            "position": pa.array(rows["position"], pa.int64()),
            "event_id": pa.array(rows["event_id"], pa.string()),
            "stream_id": pa.array(rows["stream_id"], pa.string()),
            "stream_version": pa.array(rows["stream_version"], pa.int32()),
            "type": pa.array(rows["type"], pa.string()),
            "schema_version": pa.array(rows["schema_version"], pa.int32()),
            "occurred_at": pa.array(rows["occurred_at"], pa.timestamp("us", tz="UTC")),
            "recorded_at": pa.array(rows["recorded_at"], pa.timestamp("us", tz="UTC")),
            "payload": pa.array(rows["payload"], pa.string()),
            "metadata": pa.array(rows["metadata"], pa.string()),
        })
        con.register("incoming_events", table)
        try:
            con.execute(
                f"INSERT INTO events ({EVENT_COLUMNS}) SELECT position, event_id::UUID, stream_id, stream_version, type, "
                "schema_version, occurred_at, recorded_at, payload::JSON, metadata::JSON FROM incoming_events"
            )
        except duckdb.ConstraintException as error:
            raise ConcurrencyError(f"append conflicts with events already stored: {error}") from error
        finally:
            con.unregister("incoming_events")
        return stored

    def _rows_to_events(self, rows: list[tuple]) -> list[StoredEvent]:
        return [
            StoredEvent(
                position=r[0], event_id=r[1] if isinstance(r[1], uuid.UUID) else uuid.UUID(str(r[1])), stream_id=r[2],
                stream_version=r[3], type=r[4], schema_version=r[5], occurred_at=r[6], recorded_at=r[7],
                payload=orjson.loads(r[8]), metadata=orjson.loads(r[9]),
            )
            for r in rows
        ]

    def select_stream(self, stream_id: str) -> list[StoredEvent]:
        with self.connect() as con:
            rows = con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE stream_id = ? ORDER BY stream_version", [stream_id]).fetchall()
        return self._rows_to_events(rows)

    def select_after(self, position: int, limit: int | None = None, types: Sequence[str] | None = None) -> list[StoredEvent]:
        query = f"SELECT {EVENT_COLUMNS} FROM events WHERE position > ?"
        params: list = [position]
        if types:
            query += " AND type IN (SELECT unnest(?))"
            params.append(list(types))
        query += " ORDER BY position"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        with self.connect() as con:
            rows = con.execute(query, params).fetchall()
        return self._rows_to_events(rows)

    def max_position(self) -> int:
        with self.connect() as con:
            return int(con.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0])

    # -- blobs -------------------------------------------------------------------

    def put_blobs(self, blobs: dict[str, bytes]) -> int:
        if not blobs:
            return 0
        return self.write(lambda con: self.put_blobs_in(con, blobs))

    def put_blobs_in(self, con: duckdb.DuckDBPyConnection, blobs: dict[str, bytes]) -> int:
        keys = pa.table({"sha256": pa.array(list(blobs))})
        con.register("incoming_keys", keys)
        try:
            known = {r[0] for r in con.execute("SELECT sha256 FROM blobs WHERE sha256 IN (SELECT sha256 FROM incoming_keys)").fetchall()}
        finally:
            con.unregister("incoming_keys")
        fresh = {k: v for k, v in blobs.items() if k not in known}
        if not fresh:
            return 0
        table = pa.table({
            "sha256": pa.array(list(fresh)),
            "codec": pa.array([BLOB_CODEC] * len(fresh)),
            "size": pa.array([len(v) for v in fresh.values()], pa.int64()),
            "data": pa.array([zlib.compress(v, 6) for v in fresh.values()], pa.binary()),
        })
        con.register("incoming_blobs", table)
        try:
            con.execute("INSERT INTO blobs SELECT sha256, codec, size, data FROM incoming_blobs")
        finally:
            con.unregister("incoming_blobs")
        return len(fresh)

    def get_blob(self, sha256: str) -> bytes | None:
        with self.connect() as con:
            row = con.execute("SELECT codec, data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            return None
        return zlib.decompress(row[1]) if row[0] == BLOB_CODEC else bytes(row[1])
