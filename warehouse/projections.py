"""Analysis tables as projections of the events.

`catch_up` reads the events after the stored checkpoint, rewrites the rows of the
streams they touch, and moves the checkpoint, all in one transaction. `rebuild` drops
the tables and catches up from zero; both give the same tables.
"""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache

import duckdb

from warehouse.events import ArticleExtracted
from warehouse.extensions import load_extension
from warehouse.json_shape import json_transform_shape
from warehouse.sql_recorder import SQLRecorder, read_sql
from warehouse.stories import refresh_stories

log = logging.getLogger(__name__)
CHECKPOINT = "analysis"
# versioned: a warehouse grouped with another banding is grouped again from scratch
DERIVED_CHECKPOINT = "stories_v2"
SEARCH_CHECKPOINT = "search_index"
CHUNK_EVENTS = 250_000
PROJECTION_TABLES = ("articles", "article_versions", "images", "persons", "organizations", "countries", "quotes", "figures", "failures", "stories")


@lru_cache(maxsize=1)
def sections() -> dict[str, str]:
    text = read_sql("projections.sql").replace(":article_extracted_shape", json_transform_shape(ArticleExtracted))
    parts = re.split(r"^-- name: (\w+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _checkpoint(con: duckdb.DuckDBPyConnection, name: str = CHECKPOINT) -> int:
    row = con.execute("SELECT position FROM projection_checkpoints WHERE projection = ?", [name]).fetchone()
    return int(row[0]) if row else 0


def _move_checkpoint(con: duckdb.DuckDBPyConnection, name: str, position: int) -> None:
    # delete + insert rather than INSERT OR REPLACE: DuckLake tables have no keys
    con.execute("DELETE FROM projection_checkpoints WHERE projection = ?", [name])
    con.execute("INSERT INTO projection_checkpoints VALUES (?, ?)", [name, position])


def catch_up_in(con: duckdb.DuckDBPyConnection, upto: int | None = None, derived: bool = True, search_index: bool = True) -> int:
    """Bring the projections up to `upto` (default: the newest event); returns events read.

    Events are read in windows of `CHUNK_EVENTS`, so memory follows the window, not the
    backlog. `derived` also catches the stories up (incrementally); `search_index`
    rebuilds the full-text index, whole (DuckDB's FTS has no incremental update), when it
    is behind. An ingest in batches leaves both for its last catch-up."""
    started = time.perf_counter()
    con.execute(sections()["create"])
    done = _checkpoint(con)
    head = int(con.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0])
    target = head if upto is None else min(upto, head)
    for start in range(done, target, CHUNK_EVENTS):
        end = min(start + CHUNK_EVENTS, target)
        con.execute(f"SET VARIABLE window_start = {int(start)}")
        con.execute(f"SET VARIABLE upto = {int(end)}")
        con.execute(sections()["refresh"])
        _move_checkpoint(con, CHECKPOINT, end)
    log.info("projections: %d events read in %.2f s", max(0, target - done), time.perf_counter() - started)
    current = max(target, done)
    has_story_keys = _has_table(con, "story_keys")  # absent: stories were never grouped incrementally
    stories_done = _checkpoint(con, DERIVED_CHECKPOINT) if has_story_keys else 0
    if derived and (stories_done < current or not has_story_keys):
        started = time.perf_counter()
        refresh_stories(con, since=stories_done)
        log.info("stories: caught up from position %d in %.2f s", stories_done, time.perf_counter() - started)
        _move_checkpoint(con, DERIVED_CHECKPOINT, current)
    if search_index and not search_index_current(con):
        started = time.perf_counter()
        refresh_search_index(con)
        log.info("full-text index rebuilt in %.2f s", time.perf_counter() - started)
        _move_checkpoint(con, SEARCH_CHECKPOINT, current)
    return max(0, target - done)


def search_index_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the full-text index covers every article the projections hold."""
    has_index = bool(con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles' AND database_name = current_database()"
    ).fetchone()[0])
    return has_index and _checkpoint(con, SEARCH_CHECKPOINT) >= _checkpoint(con)


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_catalog = current_database()", [name]
    ).fetchone()[0])


def refresh_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Full-text index over titles, leads and bodies. DuckDB's FTS index is built whole,
    so it is rebuilt whenever the projections move."""
    load_extension(con, "fts")
    con.execute("PRAGMA create_fts_index('articles', 'stream_id', 'title', 'lead', 'body', stemmer = 'english', overwrite = 1)")


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> tuple[list[str], list[tuple]]:
    load_extension(con, "fts")
    cursor = con.execute(sections()["search"], [query, limit])
    return [d[0] for d in cursor.description], cursor.fetchall()


def catch_up(recorder: SQLRecorder, upto: int | None = None, derived: bool = True, search: bool = True) -> int:
    return recorder.write(lambda con: catch_up_in(con, upto, derived, search and derived and recorder.keeps_search_index))


def rebuild(recorder: SQLRecorder) -> int:
    """Replay every event into new tables in one transaction, then group the stories and
    build the search index from scratch in a second one, as a catch-up does: until then
    readers see the previous stories, and searches build their own index. Two smaller
    transactions also need less memory than one holding everything."""

    def tables_in(con: duckdb.DuckDBPyConnection) -> int:
        con.execute(sections()["drop"])
        return catch_up_in(con, derived=False, search_index=False)

    replayed = recorder.write(tables_in)
    catch_up(recorder)
    return replayed


def as_of(recorder: SQLRecorder, upto: int) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of the projections as they stood after event `upto`: the same SQL
    replayed over the events up to that position, the store opened read-only."""
    con = duckdb.connect()
    recorder.attach_read_only(con, "stored")
    con.execute(read_sql("schema.sql"))
    con.execute("INSERT INTO events SELECT * FROM stored.events WHERE position <= ?", [upto])
    con.execute("DETACH stored")
    catch_up_in(con, upto, search_index=False)
    return con


def searchable_copy(recorder: SQLRecorder) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of `articles` with its full-text index, for a store that cannot
    keep the index (DuckLake) or whose index is behind its articles."""
    con = duckdb.connect()
    recorder.attach_read_only(con, "stored")
    con.execute("CREATE TABLE articles AS SELECT stream_id, source, title, lead, body, published_at FROM stored.articles")
    con.execute("DETACH stored")
    refresh_search_index(con)
    return con


def position_at(con: duckdb.DuckDBPyConnection, moment) -> int:
    """The newest position recorded at or before a moment."""
    row = con.execute("SELECT coalesce(max(position), 0) FROM events WHERE recorded_at <= ?", [moment]).fetchone()
    return int(row[0])
