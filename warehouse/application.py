"""The warehouse as the rest of the code uses it: append domain events with their raw
bytes, read them back typed, keep the projections current."""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

from warehouse import projections, reads
from warehouse.backends import open_recorder
from warehouse.events import DomainEvent, to_domain
from warehouse.reads import ReportFilter, ReportRows, StoredPage, StreamState, Totals, UnresolvedFailure
from warehouse.recorder import NewEvent, StoredEvent, event_id_for
from warehouse.sql_recorder import read_sql

DEFAULT_WAREHOUSE = "warehouse.duckdb"


def default_warehouse() -> str:
    """$NEWSLEDGER_WAREHOUSE: a DuckDB file, or a `ducklake:` address."""
    return os.environ.get("NEWSLEDGER_WAREHOUSE") or DEFAULT_WAREHOUSE


@dataclass(frozen=True)
class Pending:
    """A domain event waiting to be appended to a stream. `key` makes its id deterministic."""

    stream_id: str
    event: DomainEvent
    key: str
    metadata: dict = field(default_factory=dict)

    def with_metadata(self, extra: dict) -> Pending:
        """The same event, tagged with more metadata (the run that appends it)."""
        return Pending(self.stream_id, self.event, self.key, {**self.metadata, **extra})


def run_metadata() -> dict[str, str]:
    """Who is writing: the Airflow run and task when Airflow runs us, else the CLI."""
    keys = {"dag_id": "AIRFLOW_CTX_DAG_ID", "task_id": "AIRFLOW_CTX_TASK_ID", "run_id": "AIRFLOW_CTX_DAG_RUN_ID"}
    found = {name: os.environ[var] for name, var in keys.items() if os.environ.get(var)}
    return found or {"run_id": os.environ.get("NEWSLEDGER_RUN_ID", "cli")}


class Warehouse:
    def __init__(self, address: str | Path | None = None, lock_timeout: float = 60.0) -> None:
        self.address = str(address) if address else default_warehouse()
        self.recorder = open_recorder(self.address, lock_timeout=lock_timeout)

    @property
    def location(self) -> str:
        return self.recorder.location

    @property
    def home(self) -> Path:
        """The local folder for side files: staging, reports."""
        return self.recorder.home

    @property
    def name(self) -> str:
        """A file-name stem for side files, e.g. `warehouse` for warehouse.duckdb."""
        return self.recorder.name

    def side_path(self, suffix: str) -> Path:
        """Where a side file of this warehouse goes, e.g. `.staging` or `-report.html`."""
        return self.home / f"{self.name}{suffix}"

    def exists(self) -> bool:
        return self.recorder.exists()

    def session(self):
        """Keep one connection for the operations inside the block (`SQLRecorder.session`)."""
        return self.recorder.session()

    def append(self, pending: Sequence[Pending], blobs: dict[str, bytes] | None = None) -> list[StoredEvent]:
        """Store raw bytes and events in one transaction: all of the batch or none of it."""
        new = [
            NewEvent(
                event_id=event_id_for(p.stream_id, p.event.event_type, p.key),
                stream_id=p.stream_id,
                type=p.event.event_type,
                schema_version=p.event.schema_version,
                occurred_at=p.event.occurred_at,
                payload=p.event.model_dump(mode="json"),
                metadata=p.metadata,
            )
            for p in pending
        ]
        def append_in(con) -> list[StoredEvent]:
            if blobs:
                self.recorder.put_blobs_in(con, blobs)
            return self.recorder.insert_events_in(con, new)

        return self.recorder.write(append_in)

    def stream(self, stream_id: str) -> list[DomainEvent]:
        return [to_domain(e.type, e.schema_version, e.payload) for e in self.recorder.select_stream(stream_id)]

    def catch_up(self, derived: bool = True, search: bool = True) -> int:
        """Bring the projections up to the newest event. `derived=False` leaves stories and
        the search index for a later catch-up; `search=False` leaves the index alone
        (searches then build one per query until it is refreshed)."""
        return projections.catch_up(self.recorder, derived=derived, search=search)

    def rebuild(self) -> int:
        return projections.rebuild(self.recorder)

    def query(self, sql: str, params: Sequence | None = None, as_of: int | datetime | None = None) -> tuple[list[str], list[tuple]]:
        """Read-only SQL: column names and rows. `as_of` (a global position or a moment)
        answers from the projections as they stood then."""
        with self.recorder.connect(read_only=True) as con:
            if as_of is None:
                return _run(con, sql, params)
            upto = as_of if isinstance(as_of, int) else projections.position_at(con, as_of)
        with closing(projections.as_of(self.recorder, upto)) as past:
            return _run(past, sql, params)

    def search(self, text: str, limit: int = 10) -> tuple[list[str], list[tuple]]:
        with self.recorder.connect(read_only=True) as con:
            if projections.search_index_current(con):
                return projections.search(con, text, limit)
        with closing(projections.searchable_copy(self.recorder)) as copy:  # no index, or one behind the articles
            return projections.search(copy, text, limit)

    # -- named reads: what the rest of the code asks of the event log and the projections --

    def blob(self, sha256: str) -> bytes | None:
        """The raw bytes of a stored page."""
        return self.recorder.get_blob(sha256)

    def stream_states(self, streams: list[str]) -> dict[str, StreamState]:
        """Each stream's last fetch outcome and HTTP validators (streams never seen are absent)."""
        if not streams or not self.exists():
            return {}
        _, rows = self.query(reads.STREAM_STATE_SQL, [streams])
        return {r[0]: StreamState(r[1], r[2] == "true", r[3], r[4], r[5]) for r in rows}

    def stored_pages(self) -> list[StoredPage]:
        """The newest stored page of every stream, with the plugin that last extracted it."""
        return [StoredPage(*row) for row in self.query(reads.STORED_PAGES_SQL)[1]]

    def unresolved_failures(self) -> list[UnresolvedFailure]:
        """The newest unresolved failure of every stream."""
        return [UnresolvedFailure(*row) for row in self.query(reads.UNRESOLVED_SQL)[1]]

    def failures_by_reason(self) -> tuple[list[str], list[tuple]]:
        return self.query(reads.FAILURES_BY_REASON_SQL)

    def record_failures(self, limit: int) -> tuple[list[str], list[tuple]]:
        """The newest articles kept without some record extractor's records."""
        return self.query(reads.RECORD_FAILURES_SQL, [limit])

    def totals(self) -> Totals:
        _, [(events, failures)] = self.query(reads.TOTALS_SQL)
        return Totals(events, failures)

    def summary(self) -> tuple[list[str], list[tuple]]:
        """Articles, persons, quotes and figures per source."""
        return self.query(read_sql("summary.sql"))

    def report_rows(self, filters: ReportFilter) -> ReportRows:
        def rows(sql: str, alias: str = "a") -> list[dict]:
            where, params = filters.where(alias)
            columns, found = self.query(sql.format(where=where), params)
            return [dict(zip(columns, row)) for row in found]

        return ReportRows(rows(reads.ARTICLES_PER_DAY_SQL, alias="articles"), rows(reads.TOP_SPEAKERS_SQL),
                          rows(reads.FIGURES_BY_STORY_SQL), rows(reads.COVERAGE_SQL))

    def compact(self) -> dict[str, int]:
        """Fold small files together (DuckLake); a DuckDB file only checkpoints."""
        return self.recorder.compact()


def _run(con, sql: str, params: Sequence | None) -> tuple[list[str], list[tuple]]:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description] if cursor.description else []
    return columns, cursor.fetchall()
