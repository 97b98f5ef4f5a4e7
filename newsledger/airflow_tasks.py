"""What the DAGs' tasks do, importable and testable without Airflow's scheduler.
DAG files only wire these together."""

from __future__ import annotations

import os
from pathlib import Path

from newsledger.pipeline import iter_input_files
from newsledger.staging import append_staged, stage_files
from warehouse.application import Warehouse, default_warehouse_path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = PROJECT_ROOT / "samples"
WRITER_POOL = "newsledger_warehouse_writer"
BATCH_SIZE = 25


def warehouse_path(param: str | None) -> Path:
    return Path(param) if param else default_warehouse_path()


def staging_dir_for(warehouse: Path, run_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id)
    return warehouse.parent / f"{warehouse.name}.staging" / safe


def batches_of_files(paths: list[str], batch_size: int = BATCH_SIZE) -> list[list[str]]:
    files = [str(p) for p in iter_input_files(Path(p) for p in paths)]
    if not files:
        raise FileNotFoundError(f"no HTML pages or text dumps under {', '.join(paths)}")
    return [files[i : i + batch_size] for i in range(0, len(files), batch_size)]


def extract_batch(files: list[str], warehouse: Path, run_id: str, batch_name: str, source: str | None, roots: list[str] | None = None) -> str:
    metadata = {k: v for k, v in {"dag_id": os.environ.get("AIRFLOW_CTX_DAG_ID"), "run_id": run_id}.items() if v}
    return stage_files(files, staging_dir_for(warehouse, run_id), batch_name, source=source, metadata=metadata, roots=roots)


def append_batches(staged: list[str], warehouse: Path) -> dict[str, int]:
    result = append_staged(staged, Warehouse(warehouse))
    for name in staged:  # appended: the staged copies have done their job
        Path(name).unlink(missing_ok=True)
    return result


def summarise(warehouse: Path) -> list[tuple]:
    from newsledger.pipeline import SUMMARY_SQL

    return Warehouse(warehouse).query(SUMMARY_SQL)[1]
