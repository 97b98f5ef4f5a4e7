"""The three event stores every warehouse test runs on: a DuckDB file, DuckLake with a
SQLite catalog, DuckLake with a PostgreSQL catalog (a throw-away server on loopback).

A test asks for `store_address` (or `new_store` for more than one store) and gets one
address per backend; addresses are what users put in $NEWSLEDGER_WAREHOUSE.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from harness.services import ServiceUnavailable, create_database, postgres_server
from warehouse.ducklake_recorder import DATA_PATH_VARIABLE

BACKENDS = ["duckdb", pytest.param("ducklake-sqlite", marks=pytest.mark.ducklake),
            pytest.param("ducklake-postgres", marks=[pytest.mark.ducklake, pytest.mark.services])]
_database_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory) -> Iterator[str]:
    """One server for the session; each store is a new database in it. Their Parquet
    files go to one session folder (DuckLake names every file uniquely)."""
    os.environ[DATA_PATH_VARIABLE] = str(tmp_path_factory.mktemp("lake-data"))
    try:
        with postgres_server() as url:
            yield url
    except ServiceUnavailable as missing:
        if os.environ.get("CI") == "true":
            pytest.fail(str(missing))
        pytest.skip(str(missing))


def address_maker(backend: str, folder: Path, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """Makes the address of a new, empty store of this backend under `folder`."""
    if backend == "duckdb":
        return lambda name: str(folder / f"{name}.duckdb")
    if backend == "ducklake-sqlite":
        return lambda name: f"ducklake:sqlite:{folder / name}.sqlite"
    server = request.getfixturevalue("postgres_url")

    def postgres_store(name: str) -> str:
        return "ducklake:" + create_database(server, f"{name}_{os.getpid()}_{next(_database_names)}".lower())

    return postgres_store


@pytest.fixture(params=BACKENDS)
def new_store(request, tmp_path) -> Callable[[str], str]:
    return address_maker(request.param, tmp_path, request)


@pytest.fixture
def store_address(new_store) -> str:
    return new_store("store")
