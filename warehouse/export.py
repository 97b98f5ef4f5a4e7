"""Parquet export of the events and every projection, for any other tool."""

from __future__ import annotations

from pathlib import Path

from warehouse.application import Warehouse
from warehouse.projections import PROJECTION_TABLES


def export_parquet(warehouse: Warehouse, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    with warehouse.recorder.connect(read_only=True) as con:
        existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main'").fetchall()}
        for table in ("events", *PROJECTION_TABLES):
            if table in existing:
                target = folder / f"{table}.parquet"
                con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
                written[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return written
