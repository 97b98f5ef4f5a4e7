"""DuckDB extensions loaded from their PyPI packages (`duckdb-extension-<name>`), so
nothing is downloaded at run time."""

from __future__ import annotations

import importlib.resources

import duckdb


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    package = f"duckdb_extension_{name}"
    path = importlib.resources.files(package) / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if not path.is_file():
        raise RuntimeError(f"{package} has no build for duckdb {duckdb.__version__}: pin both to the same version")
    con.execute(f"LOAD '{path}'")
