"""DuckDB extensions come from their PyPI packages through a link named as DuckDB expects;
the link must hold when another checkout's virtual environment that made one is gone."""

from __future__ import annotations

import duckdb
import pytest

from warehouse import extensions


@pytest.fixture
def own_temp_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(extensions.tempfile, "gettempdir", lambda: str(tmp_path))
    return tmp_path


def test_the_sqlite_extension_loads_through_its_link(own_temp_folder):
    alias = extensions.extension_file("sqlite")
    assert alias.name == "sqlite_scanner.duckdb_extension" and alias.is_relative_to(own_temp_folder)
    con = duckdb.connect()
    extensions.load_extension(con, "sqlite")
    assert con.execute("SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'sqlite_scanner' AND loaded").fetchone() == (1,)


def test_a_link_left_dangling_by_a_deleted_environment_is_replaced(own_temp_folder):
    alias = extensions.extension_file("postgres")
    alias.unlink()
    alias.symlink_to(own_temp_folder / "gone" / "postgres.duckdb_extension")  # its venv deleted
    assert not alias.is_file()
    again = extensions.extension_file("postgres")
    assert again == alias and again.is_file()
    extensions.load_extension(duckdb.connect(), "postgres")
