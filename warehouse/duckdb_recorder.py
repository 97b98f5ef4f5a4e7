"""The event recorder on a single DuckDB file.

DuckDB lets one process write a file at a time. Connections are opened per operation and
closed right after, so writers take turns; a writer that finds the file locked waits with
bounded, jittered backoff, then fails naming the file and the process holding it.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_delay, wait_random_exponential

from warehouse.errors import OperationalError, WarehouseLocked
from warehouse.sql_recorder import SQLRecorder

LOCK_HOLDER = re.compile(r"PID (\d+)")
SESSION_CHECKPOINT_THRESHOLD = "256MB"
WAL_CHECKPOINT_BYTES = 16 * 2**20  # DuckDB's own threshold


def _is_lock_error(error: Exception) -> bool:
    message = str(error)
    return "lock" in message.lower() and ("Could not set lock" in message or "Conflicting lock" in message)


class DuckDBRecorder(SQLRecorder):
    keeps_sessions = True  # one process owns the file anyway while it writes
    def __init__(self, path: str | Path, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def home(self) -> Path:
        return self.path.parent

    @property
    def name(self) -> str:
        return self.path.stem

    def exists(self) -> bool:
        return self.path.exists()

    def attach_read_only(self, con: duckdb.DuckDBPyConnection, alias: str) -> None:
        con.execute(f"ATTACH '{self.path}' AS {alias} (READ_ONLY)")

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)

        def open_once() -> duckdb.DuckDBPyConnection:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
            except (duckdb.IOException, duckdb.ConnectionException) as error:
                if _is_lock_error(error):
                    raise
                raise OperationalError(f"cannot open warehouse {self.path}: {error}") from error
            if not read_only:
                # Closing would checkpoint the write-ahead log into the file every time,
                # which cost two thirds of an append. The log is durable as it is (the
                # next opener, read-only included, replays it); DuckDB checkpoints once it
                # passes `checkpoint_threshold`, and `newsledger compact` on demand.
                con.execute("PRAGMA disable_checkpoint_on_shutdown")
            return con

        def give_up(state: RetryCallState) -> duckdb.DuckDBPyConnection:
            error = state.outcome.exception()
            holder = LOCK_HOLDER.search(str(error))
            who = f"process {holder.group(1)}" if holder else "another process"
            raise WarehouseLocked(
                f"warehouse {self.path} is locked by {who}; waited {self.lock_timeout:.0f}s. "
                "Only one process may write a DuckDB file at a time."
            ) from error

        waiting = Retrying(
            retry=retry_if_exception(lambda error: isinstance(error, duckdb.Error) and _is_lock_error(error)),
            wait=wait_random_exponential(multiplier=0.05, max=1.0),
            stop=stop_after_delay(self.lock_timeout),
            retry_error_callback=give_up,
        )
        return waiting(open_once)

    def _session_opened(self, con: duckdb.DuckDBPyConnection) -> None:
        # DuckDB folds its write-ahead log into the file past 16 MB, a third of a million
        # events' appends at every other batch; a session folds it once, at its end
        con.execute(f"SET checkpoint_threshold = '{SESSION_CHECKPOINT_THRESHOLD}'")

    def _session_closing(self, con: duckdb.DuckDBPyConnection) -> None:
        wal = self.path.with_name(self.path.name + ".wal")
        if wal.exists() and wal.stat().st_size > WAL_CHECKPOINT_BYTES:  # no opener has a long log to replay
            con.execute("CHECKPOINT")

    def compact(self) -> dict[str, int]:
        """A DuckDB file is one file: a checkpoint folds the write-ahead log into it."""
        before = self.path.stat().st_size if self.path.exists() else 0
        with self.connect() as con:
            con.execute("CHECKPOINT")
        return {"bytes_before": before, "bytes_after": self.path.stat().st_size}
