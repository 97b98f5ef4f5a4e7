"""The event recorder on DuckLake: the catalog in SQLite (several processes on one
machine) or PostgreSQL (several machines), the rows in Parquet files in a folder or on
S3-compatible storage.

DuckLake has no PRIMARY KEY or UNIQUE constraints and lets two transactions that only
insert commit side by side, which would let two writers hand out the same positions. So
every append first rewrites the one row of `append_lock`: two appends then conflict at
commit, the loser is rolled back and `write` runs it again on the newer snapshot. Under
SQLite every overlapping write already conflicts ("database is locked"); the lock row
makes PostgreSQL behave the same.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.extensions import load_extension
from warehouse.sql_recorder import SQLRecorder

LAKE_ALIAS = "lake"
DATA_PATH_VARIABLE = "NEWSLEDGER_LAKE_DATA"
_ATTACHED: dict[tuple[int, str], duckdb.DuckDBPyConnection] = {}
_ATTACHING = threading.Lock()
TRANSIENT_MESSAGES = (
    "database is locked",  # SQLite: another writer committed since this transaction began
    "Transaction conflict",  # DuckLake: both transactions changed the same rows or table
    "Failed to commit DuckLake transaction",
    "could not serialize",  # PostgreSQL
    "duplicate key value violates unique constraint",  # PostgreSQL: two processes created a new catalog at once
    'ERROR:  relation "ducklake_',  # the same race caught earlier: the loser's CREATE TABLE of DuckLake's metadata
)


@dataclass(frozen=True)
class LakeTarget:
    """A parsed `ducklake:` warehouse address.

    - `ducklake:sqlite:/srv/news/catalog.sqlite`: data beside it in `catalog.sqlite.files/`
    - `ducklake:postgres://user@host:5432/db` (or `postgresql://`): data in
      $NEWSLEDGER_LAKE_DATA, a folder every writer sees, or `s3://bucket/prefix/`
    """

    catalog: str  # "sqlite" or "postgres"
    connection: str  # the SQLite file or the libpq URL
    data_path: str

    @classmethod
    def parse(cls, address: str) -> LakeTarget:
        rest = address.removeprefix("ducklake:")
        data_path = os.environ.get(DATA_PATH_VARIABLE)
        if rest.startswith("sqlite:"):
            catalog_file = str(Path(rest.removeprefix("sqlite:")).expanduser().resolve())
            return cls("sqlite", catalog_file, data_path or f"{catalog_file}.files/")
        if rest.startswith(("postgres:", "postgresql:")):
            # a libpq URL (postgres://...), or DuckLake's own form (postgres:dbname=... host=...)
            connection = rest if "://" in rest else rest.removeprefix("postgres:")
            if not data_path:
                raise ValueError(f"{address}: set {DATA_PATH_VARIABLE} to the folder (or s3:// prefix) every writer shares for the Parquet files")
            return cls("postgres", connection, data_path)
        raise ValueError(f"unknown DuckLake catalog in {address!r}: use ducklake:sqlite:FILE or ducklake:postgres://USER@HOST:PORT/DB")

    @property
    def attach_path(self) -> str:
        return f"ducklake:{self.catalog}:{self.connection}"

    @property
    def is_remote_data(self) -> bool:
        return "://" in self.data_path


class DuckLakeRecorder(SQLRecorder):
    schema_file = "schema_ducklake.sql"
    keeps_search_index = False  # the FTS extension cannot store its index in DuckLake

    def __init__(self, target: LakeTarget) -> None:
        self.target = target

    @property
    def location(self) -> str:
        return self.target.attach_path if self.target.catalog == "sqlite" else f"ducklake:{_without_password(self.target.connection)}"

    @property
    def home(self) -> Path:
        if self.target.catalog == "sqlite":
            return Path(self.target.connection).parent
        return Path.cwd() if self.target.is_remote_data else Path(self.target.data_path).resolve().parent

    @property
    def name(self) -> str:
        """The SQLite catalog's file stem, or the PostgreSQL database's name."""
        return Path(self.target.connection.split("?", 1)[0].rstrip("/")).stem or "warehouse"

    def exists(self) -> bool:
        if self.target.catalog == "sqlite":
            return Path(self.target.connection).exists()
        return True  # the database is the operator's; an empty one reads as an empty store

    def _load_extensions(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute("SET autoinstall_known_extensions = false")
        load_extension(con, "ducklake")
        load_extension(con, self.target.catalog)
        if self.target.is_remote_data:
            load_extension(con, "httpfs")

    def _attach(self, con: duckdb.DuckDBPyConnection, alias: str, read_only: bool) -> None:
        options = ["READ_ONLY"] if read_only else []
        options.append(f"DATA_PATH '{self.target.data_path}'")
        con.execute(f"ATTACH '{self.target.attach_path}' AS {alias} ({', '.join(options)})")

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """A cursor on this process's attached lake. Attaching costs about 0.1 s (extensions,
        catalog), more than a typical append, and DuckLake has no file lock to release, so
        the attachment is kept for the life of the process (a forked child makes its own)."""
        key = (os.getpid(), self.target.attach_path)
        with _ATTACHING:
            attached = _ATTACHED.get(key)
            if attached is None:
                self._prepare_catalog()
                attached = duckdb.connect()
                try:
                    self._load_extensions(attached)
                    self._attach(attached, LAKE_ALIAS, read_only=False)
                except BaseException:
                    attached.close()
                    raise
                _ATTACHED[key] = attached
        cursor = attached.cursor()
        cursor.execute(f"USE {LAKE_ALIAS}")
        return cursor

    def _prepare_catalog(self) -> None:
        """A new SQLite catalog is created in WAL mode, so readers never block a writer."""
        if self.target.catalog != "sqlite" or Path(self.target.connection).exists():
            return
        Path(self.target.connection).parent.mkdir(parents=True, exist_ok=True)
        if not self.target.is_remote_data:
            Path(self.target.data_path).mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.target.connection) as catalog:
            catalog.execute("PRAGMA journal_mode=WAL")

    def attach_read_only(self, con: duckdb.DuckDBPyConnection, alias: str) -> None:
        self._load_extensions(con)
        self._attach(con, alias, read_only=True)

    def is_transient(self, error: Exception) -> bool:
        return any(message in str(error) for message in TRANSIENT_MESSAGES)

    def _before_append(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute("UPDATE append_lock SET appends = appends + 1")

    # -- maintenance -------------------------------------------------------------------

    def data_files(self) -> int:
        """How many Parquet files (data and deletes) the current snapshot reads."""
        with self.connect(read_only=True) as con:
            tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [LAKE_ALIAS]).fetchall()]
            return sum(
                con.execute(f"SELECT count(*) + count(delete_file) FROM ducklake_list_files('{LAKE_ALIAS}', '{table}')").fetchone()[0]
                for table in tables
            )

    def compact(self) -> dict[str, int]:
        """Merge small files, fold deletes into rewritten files, expire old snapshots and
        delete the files no snapshot needs. Rows read the same before and after."""
        before = self.data_files()
        with self.connect() as con:
            con.execute(f"CALL ducklake_flush_inlined_data('{LAKE_ALIAS}')")
            con.execute(f"CALL ducklake_rewrite_data_files('{LAKE_ALIAS}')")
            con.execute(f"CALL ducklake_merge_adjacent_files('{LAKE_ALIAS}')")
            con.execute(f"CALL ducklake_expire_snapshots('{LAKE_ALIAS}', older_than => now())")
            removed = len(con.execute(f"CALL ducklake_cleanup_old_files('{LAKE_ALIAS}', cleanup_all => true)").fetchall())
        return {"files_before": before, "files_after": self.data_files(), "files_deleted": removed}


def _without_password(url: str) -> str:
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
