"""DuckDB extensions loaded from their PyPI packages (`duckdb-extension-<name>`), so
nothing is downloaded at run time."""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import tempfile
from pathlib import Path

import duckdb

# Extensions whose file in the package is named after the alias, not the entry point.
ENTRY_POINT_NAMES = {"sqlite": "sqlite_scanner", "postgres": "postgres_scanner"}


def extension_file(name: str) -> Path:
    package = f"duckdb_extension_{name}"
    path = Path(str(importlib.resources.files(package) / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"))
    if not path.is_file():
        raise RuntimeError(f"{package} has no build for duckdb {duckdb.__version__}: pin both to the same version")
    internal = ENTRY_POINT_NAMES.get(name)
    if internal is None:
        return path
    # DuckDB finds the entry point from the file name: give it the name it expects, through a
    # link kept per package location (several checkouts and their virtual environments share
    # the temp folder, and one of them may be deleted or rebuilt)
    location = hashlib.sha256(str(path).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"newsledger-duckdb-extensions-{os.getuid()}" / f"v{duckdb.__version__}" / location
    folder.mkdir(parents=True, exist_ok=True)
    alias = folder / f"{internal}.duckdb_extension"
    if not alias.is_file() or alias.resolve() != path.resolve():
        staged = folder / f".{internal}.{os.getpid()}.link"
        staged.unlink(missing_ok=True)
        staged.symlink_to(path)
        os.replace(staged, alias)  # a stale link (its package gone) is replaced whole
    return alias


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f"LOAD '{extension_file(name)}'")
