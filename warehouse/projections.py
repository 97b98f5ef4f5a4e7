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
from warehouse.extensions import load_extension
from warehouse.stories import refresh_stories

CHECKPOINT = "analysis"
DERIVED_CHECKPOINT = "stories_and_search"
CHUNK_EVENTS = 20_000
PROJECTION_TABLES = ("articles", "article_versions", "images", "persons", "organizations", "countries", "quotes", "figures", "failures", "stories")


@lru_cache(maxsize=1)
def sections() -> dict[str, str]:
    text = read_sql("projections.sql")
    parts = re.split(r"^-- name: (\w+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _checkpoint(con: duckdb.DuckDBPyConnection, name: str = CHECKPOINT) -> int:
    row = con.execute("SELECT position FROM projection_checkpoints WHERE projection = ?", [name]).fetchone()
    return int(row[0]) if row else 0


def catch_up_in(con: duckdb.DuckDBPyConnection, upto: int | None = None, derived: bool = True) -> int:
    """Bring the projections up to `upto` (default: the newest event); returns events read.

    Events are read in windows of `CHUNK_EVENTS`, so memory follows the window, not the
    backlog. `derived` also refreshes what is rebuilt whole (stories, the full-text index);
    an ingest in batches leaves it for its last catch-up."""
    con.execute(sections()["create"])
    done = _checkpoint(con)
    head = int(con.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0])
    target = head if upto is None else min(upto, head)
    for start in range(done, target, CHUNK_EVENTS):
        end = min(start + CHUNK_EVENTS, target)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT stream_id FROM events WHERE position > ? AND position <= ?",
            [start, end],
        )
        con.execute(f"SET VARIABLE upto = {int(end)}")
        con.execute(sections()["refresh"])
        con.execute("DROP TABLE touched")
        con.execute("INSERT OR REPLACE INTO projection_checkpoints VALUES (?, ?)", [CHECKPOINT, end])
    current = max(target, done)
    if derived and (_checkpoint(con, DERIVED_CHECKPOINT) < current or not _has_stories(con)):
        refresh_stories(con)
        refresh_search_index(con)
        con.execute("INSERT OR REPLACE INTO projection_checkpoints VALUES (?, ?)", [DERIVED_CHECKPOINT, current])
    return max(0, target - done)


def _has_stories(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'stories'").fetchone()[0])


def refresh_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Full-text index over titles, leads and bodies. DuckDB's FTS index is built whole,
    so it is rebuilt whenever the projections move."""
    load_extension(con, "fts")
    con.execute("PRAGMA create_fts_index('articles', 'stream_id', 'title', 'lead', 'body', stemmer = 'english', overwrite = 1)")


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> tuple[list[str], list[tuple]]:
    load_extension(con, "fts")
    cursor = con.execute(sections()["search"], [query, limit])
    return [d[0] for d in cursor.description], cursor.fetchall()


def catch_up(recorder: DuckDBRecorder, upto: int | None = None, derived: bool = True) -> int:
    with recorder.transaction() as con:
        return catch_up_in(con, upto, derived)


def rebuild(recorder: DuckDBRecorder) -> int:
    with recorder.transaction() as con:
        con.execute(sections()["drop"])
        return catch_up_in(con)


def as_of(path, upto: int) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of the projections as they stood after event `upto`: the same SQL
    replayed over the events up to that position, the warehouse file opened read-only."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{path}' AS stored (READ_ONLY)")
    con.execute(read_sql("schema.sql"))
    con.execute("INSERT INTO events SELECT * FROM stored.events WHERE position <= ?", [upto])
    con.execute("DETACH stored")
    catch_up_in(con, upto)
    return con


def position_at(con: duckdb.DuckDBPyConnection, moment) -> int:
    """The newest position recorded at or before a moment."""
    row = con.execute("SELECT coalesce(max(position), 0) FROM events WHERE recorded_at <= ?", [moment]).fetchone()
    return int(row[0])
