"""The ingest DAG end to end through Airflow (`dag.test()`) over N synthetic pages, against
the same ingest run by our code alone: the difference is what Airflow adds.

    python3 -m uv run python -m bench.airflow_bench --pages 1000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update({"AIRFLOW_HOME": f"{tmp}/airflow", "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
                           "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING"})
        subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True)
        from airflow.dag_processing.dagbag import DagBag

        from bench.corpus import write
        from newsledger.ingest.pipeline import ingest
        from warehouse.application import Warehouse

        corpus = Path(tmp) / "corpus"
        write(corpus, max(1, pages // 4))
        dags = DagBag(dag_folder=str(ROOT / "dags")).dags
        started = time.perf_counter()
        run = dags["newsledger_ingest_samples"].test(run_conf={"paths": [str(corpus)], "warehouse": f"{tmp}/dag.duckdb", "source": None})
        through_airflow = time.perf_counter() - started
        started = time.perf_counter()
        ingest([corpus], Warehouse(f"{tmp}/cli.duckdb"))
        ours = time.perf_counter() - started
    print(f"ingest DAG over {pages:,} pages with dag.test(): {through_airflow:.1f} s ({run.state}); our code alone: {ours:.1f} s")
    print(f"  share of the DAG run spent outside our code: {max(0.0, 1 - ours / through_airflow):.0%}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    main(parser.parse_args().pages)
