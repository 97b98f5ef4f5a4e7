"""docker/ is checked, not run (no Docker engine here): Compose v2 validates the files,
every file they reference exists, and the pinned versions agree with uv.lock."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import compose
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"
COMPOSE = Path(compose.__file__).parent / "docker-compose"  # the binary itself: its wrapper always exits 0
VARIANTS = [["compose.yaml"], ["compose.yaml", "compose.celery.yaml"]]


def config(files: list[str]) -> dict:
    args = [str(COMPOSE)] + [a for f in files for a in ("-f", f)]
    subprocess.run(args + ["config", "-q"], cwd=DOCKER, check=True, capture_output=True, text=True)
    return yaml.safe_load(subprocess.run(args + ["config"], cwd=DOCKER, check=True, capture_output=True, text=True).stdout)


@pytest.mark.parametrize("files", VARIANTS, ids=["single-node", "celery"])
def test_compose_files_are_valid_and_bind_loopback(files):
    resolved = config(files)
    for name, service in resolved["services"].items():
        for port in service.get("ports", []):
            assert port.get("host_ip") == "127.0.0.1", f"{name} publishes a port beyond loopback"


def test_single_node_keeps_one_writer_of_the_duckdb_file():
    services = config(VARIANTS[0])["services"]
    assert "NEWSLEDGER_WRITER_SLOTS" not in services["airflow-init"]["environment"]
    assert 'pools set newsledger_warehouse_writer "${NEWSLEDGER_WRITER_SLOTS:-1}"' in (DOCKER / "init.sh").read_text()


def test_celery_overlay_runs_workers_writing_in_parallel_to_ducklake():
    services = config(VARIANTS[1])["services"]
    assert services["scheduler"]["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert services["worker"]["deploy"]["replicas"] >= 2 and "redis" in services
    for name in ("worker", "scheduler", "airflow-init"):
        environment = services[name]["environment"]
        assert environment["NEWSLEDGER_WAREHOUSE"].startswith("ducklake:postgres://") and environment["NEWSLEDGER_LAKE_DATA"]
        assert int(environment["NEWSLEDGER_WRITER_SLOTS"]) > 1
    lake_database = environment["NEWSLEDGER_WAREHOUSE"].rsplit("/", 1)[1]
    assert f"CREATE DATABASE {lake_database};" in (DOCKER / "postgres-lake.sql").read_text()


def test_every_referenced_file_exists():
    dockerfile = (DOCKER / "Dockerfile").read_text()
    for source in re.findall(r"^COPY(?: --chown=\S+)? (.+) \S+$", dockerfile, flags=re.M):
        for name in source.split():
            assert (ROOT / name).exists(), f"Dockerfile copies missing {name}"
    for files in VARIANTS:
        for service in config(files)["services"].values():
            if "build" in service:
                assert (Path(service["build"]["context"]) / service["build"]["dockerfile"]).is_file()
            for env_file in service.get("env_file", []):
                assert Path(env_file["path"] if isinstance(env_file, dict) else env_file).is_file()
            for volume in service.get("volumes", []):
                if volume["type"] == "bind":
                    assert Path(volume["source"]).exists(), volume["source"]


def test_pinned_versions_match_uv_lock():
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {p["name"]: p["version"] for p in lock["package"]}
    dockerfile = (DOCKER / "Dockerfile").read_text()
    assert re.search(r"ARG AIRFLOW_VERSION=(\S+)", dockerfile).group(1) == locked["apache-airflow"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    python = re.search(r"ARG PYTHON_VERSION=(\S+)", dockerfile).group(1)
    assert f">={python}" in project["requires-python"]
    assert "--frozen" in dockerfile, "the image installs exactly what uv.lock pins"
    for extra in project["optional-dependencies"]["deploy"]:
        assert re.match(r"[\w-]+", extra).group(0) in locked
