"""Shared test set-up. Airflow reads AIRFLOW_HOME when first imported, so it is set here,
before any test module imports airflow."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests in CI and by default: the same examples on every run (derandomized, no
# example database), so a test fails because the code changed, never by chance. By hand,
# HYPOTHESIS_PROFILE=long draws many new random examples; whatever it finds is kept as an
# explicit @example in the test.
settings.register_profile(
    "ci", max_examples=60, derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("long", max_examples=5000, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") == "true" else os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AIRFLOW_TESTS = ROOT / "tests" / "airflow"

_airflow_home = Path(tempfile.mkdtemp(prefix="newsledger-airflow-"))
os.environ["AIRFLOW_HOME"] = str(_airflow_home)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ.pop("NEWSLEDGER_WAREHOUSE", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/airflow/ is the `airflow` tier, whoever adds a file there."""
    for item in items:
        if AIRFLOW_TESTS in item.path.parents:
            item.add_marker(pytest.mark.airflow)


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
