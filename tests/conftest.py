"""Shared test set-up. Airflow reads AIRFLOW_HOME when first imported, so it is set here,
before any test module imports airflow."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_airflow_home = Path(tempfile.mkdtemp(prefix="newsledger-airflow-"))
os.environ["AIRFLOW_HOME"] = str(_airflow_home)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ.pop("NEWSLEDGER_WAREHOUSE", None)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated Airflow metadata database (SQLite) for this test session."""
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True, env=os.environ.copy())
    return _airflow_home


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout. Under CI it must be there: a missing folder fails."""
    if not (SHARED / "seeds").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing: CI must provide shared/ beside the checkout")
        pytest.skip(f"{SHARED} not found")
    return SHARED


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"
