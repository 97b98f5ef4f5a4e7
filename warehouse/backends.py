"""Which event store a warehouse address names: a DuckDB file path, or a `ducklake:`
address (see `warehouse.ducklake_recorder.LakeTarget`)."""

from __future__ import annotations

from pathlib import Path

from warehouse.duckdb_recorder import DuckDBRecorder
from warehouse.ducklake_recorder import DuckLakeRecorder, LakeTarget
from warehouse.sql_recorder import SQLRecorder

DUCKLAKE_PREFIX = "ducklake:"


def open_recorder(address: str | Path, lock_timeout: float = 60.0) -> SQLRecorder:
    text = str(address)
    if text.startswith(DUCKLAKE_PREFIX):
        return DuckLakeRecorder(LakeTarget.parse(text))
    return DuckDBRecorder(Path(text), lock_timeout=lock_timeout)
