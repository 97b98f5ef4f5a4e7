"""Analysis tables as projections of the events.

`catch_up` reads the events after the stored checkpoint, rewrites the rows of the
streams they touch, and moves the checkpoint, all in one transaction. `rebuild` drops
every projection and catches up from zero; both give the same tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

import duckdb

from warehouse.duckdb_recorder import DuckDBRecorder, read_sql

CHECKPOINT = "analysis"
PROJECTION_TABLES = ("articles", "article_versions", "images", "persons", "organizations", "countries", "quotes", "figures", "failures")


@lru_cache(maxsize=1)
def sections() -> dict[str, str]:
    text = read_sql("projections.sql")
    parts = re.split(r"^-- name: (\w+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _checkpoint(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT position FROM projection_checkpoints WHERE projection = ?", [CHECKPOINT]).fetchone()
    return int(row[0]) if row else 0


def catch_up_in(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> int:
    """Bring the projections up to `upto` (default: the newest event); returns events read."""
    con.execute(sections()["create"])
    done = _checkpoint(con)
    head = int(con.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0])
    target = head if upto is None else min(upto, head)
    if target <= done:
        return 0
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT stream_id FROM events WHERE position > ? AND position <= ?",
        [done, target],
    )
    con.execute(f"SET VARIABLE upto = {int(target)}")
    con.execute(sections()["refresh"])
    con.execute("DROP TABLE touched")
    con.execute("INSERT OR REPLACE INTO projection_checkpoints VALUES (?, ?)", [CHECKPOINT, target])
    return target - done


def catch_up(recorder: DuckDBRecorder, upto: int | None = None) -> int:
    with recorder.transaction() as con:
        return catch_up_in(con, upto)


def rebuild(recorder: DuckDBRecorder) -> int:
    with recorder.transaction() as con:
        con.execute(sections()["drop"])
        return catch_up_in(con)
