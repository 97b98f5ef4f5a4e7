"""A real Airflow on loopback for tests: API server and UI, scheduler, DAG processor and
triggerer, started the way `bin/airflow-local` starts them, with a throw-away home.
With `celery_workers`, the CeleryExecutor and that many `airflow celery worker`s (the
caller gives the PostgreSQL metadata database and Redis broker in `extra_env`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from harness.services import free_port
from harness.signals import sigterm_unwinds
from newsledger.orchestration import airflow_sqlite

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "newsledger-test"
API_TIMEOUT = 180  # seconds: a shared test machine can keep the API server busy that long


@dataclass
class LiveAirflow:
    url: str
    home: Path
    warehouse: str
    env: dict
    _token: str | None = None

    def token(self) -> str:
        if not self._token:  # one per test session: the API server is slow to mint them on a loaded machine
            request = urllib.request.Request(f"{self.url}/auth/token", data=json.dumps({"username": "admin", "password": PASSWORD}).encode(),
                                             headers={"Content-Type": "application/json"}, method="POST")
            with urllib.request.urlopen(request, timeout=API_TIMEOUT) as response:
                self._token = json.load(response)["access_token"]
        return self._token

    def api(self, method: str, path: str, body: dict | None = None) -> dict:
        request = urllib.request.Request(f"{self.url}/api/v2{path}", method=method, data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"Bearer {self.token()}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=API_TIMEOUT) as response:
            return json.load(response)

    def unpause(self, *dag_ids: str) -> None:
        for dag_id in dag_ids:
            self.api("PATCH", f"/dags/{dag_id}", {"is_paused": False})

    def wait_for_runs(self, dag_id: str, count: int, timeout: float = 300, run_ids: set[str] | None = None) -> list[dict]:
        """Wait until `count` runs (or the runs named) have finished; newest first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            runs = self.api("GET", f"/dags/{dag_id}/dagRuns?order_by=-start_date&limit=50")["dag_runs"]
            if run_ids is not None:
                runs = [r for r in runs if r["dag_run_id"] in run_ids]
            done = [r for r in runs if r["state"] in ("success", "failed")]
            if len(done) >= count and all(r["state"] in ("success", "failed") for r in runs[:count]):
                return runs
            time.sleep(2)
        raise TimeoutError(f"{dag_id}: fewer than {count} finished runs after {timeout} s: {runs}")


@contextmanager
def live_airflow(tmp: Path, warehouse: str | None = None, extra_env: dict | None = None, celery_workers: int = 0, writer_slots: int = 1):
    home = tmp / "airflow"
    home.mkdir()
    (home / "passwords.json").write_text(json.dumps({"admin": PASSWORD}))
    port = free_port()
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__SCHEDULER__DAG_DIR_LIST_INTERVAL": "5",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        # a shared test machine can take longer than the 30 s default to import a DAG file, and
        # a task whose DAG file times out is rescheduled, not failed: give it time instead
        "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "300",
        "AIRFLOW__DAG_PROCESSOR__DAG_FILE_PROCESSOR_TIMEOUT": "360",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "NEWSLEDGER_WAREHOUSE": warehouse or str(tmp / "warehouse.duckdb"),
        "NEWSLEDGER_FETCH_ATTEMPTS": "1",
        **(extra_env or {}),
    }
    if env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "sqlite").startswith("sqlite"):
        env.update(airflow_sqlite.SETTINGS)
    airflow = [sys.executable, "-m", "airflow"]
    subprocess.run(airflow + ["db", "migrate"], env=env, check=True, capture_output=True)
    subprocess.run(airflow + ["pools", "set", "newsledger_warehouse_writer", str(writer_slots), "warehouse writers"], env=env, check=True, capture_output=True)
    logs = home / "logs"
    logs.mkdir(exist_ok=True)
    processes = []
    parts = {
        "api-server": ["api-server", "-H", "127.0.0.1", "-p", str(port)],
        "scheduler": ["scheduler", "--skip-serve-logs"],
        "dag-processor": ["dag-processor"],
        "triggerer": ["triggerer", "--skip-serve-logs"],
    }
    for number in range(1, celery_workers + 1):
        parts[f"worker{number}"] = ["celery", "worker", "-H", f"worker{number}@localhost", "-c", "2", "--skip-serve-logs", "--without-gossip", "--without-mingle"]
    with sigterm_unwinds():
        try:
            for name, args in parts.items():
                out = open(logs / f"{name}.log", "w")
                processes.append(subprocess.Popen(airflow + args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True))
            live = LiveAirflow(f"http://127.0.0.1:{port}", home, env["NEWSLEDGER_WAREHOUSE"], env)
            deadline = time.monotonic() + 600  # a shared test machine may need minutes to parse every DAG file
            while True:
                try:
                    with urllib.request.urlopen(f"{live.url}/api/v2/monitor/health", timeout=5) as response:
                        health = json.load(response)
                    if all(health.get(part, {}).get("status") == "healthy" for part in ("metadatabase", "scheduler", "dag_processor")):
                        listed = {d["dag_id"] for d in live.api("GET", "/dags?limit=100")["dags"]}
                        if {"newsledger_ingest_samples", "newsledger_projections", "newsledger_reextract"} <= listed:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError("Airflow did not come up; logs in " + str(logs))
                time.sleep(2)
            yield live
        finally:
            for process in processes:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            for process in processes:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
