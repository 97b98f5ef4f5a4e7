"""Airflow's parts share one SQLite file: with the settings our local runs and tests use, each
connection Airflow opens waits for another part's write lock instead of failing after sqlite3's
5 s (which turned a triggered run into an HTTP 500 on a loaded machine)."""

from __future__ import annotations

import os
import subprocess
import sys

from newsledger.orchestration import airflow_sqlite

PROBE = """
import asyncio
from airflow import settings
settings.configure_orm()
print(settings.engine.raw_connection().driver_connection.execute("pragma busy_timeout").fetchone()[0])

async def async_busy_timeout():
    async with settings.async_engine.connect() as connection:
        print((await connection.exec_driver_sql("pragma busy_timeout")).scalar())
    await settings.async_engine.dispose()

asyncio.run(async_busy_timeout())
"""


def busy_timeouts(tmp_path, settings: dict) -> list[int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW__DATABASE__")}
    env.update(AIRFLOW_HOME=str(tmp_path), **settings)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return [int(line) for line in done.stdout.split()]


def test_airflow_waits_for_a_sqlite_write_lock_with_our_settings(tmp_path):
    assert busy_timeouts(tmp_path / "default", {}) == [5000, 5000]  # what the settings change
    assert busy_timeouts(tmp_path / "ours", airflow_sqlite.SETTINGS) == [airflow_sqlite.LOCK_WAIT_SECONDS * 1000] * 2
