"""Peak memory of an end-to-end ingest as the corpus grows: N synthetic pages written to
disk, then `newsledger ingest` in a fresh process, which reports its peak RSS.

    python3 -m uv run python -m bench.memory_bench --pages 1000 10000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import write

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import resource, sys
from pathlib import Path
from newsledger.pipeline import ingest
from warehouse.application import Warehouse
report = ingest([Path(sys.argv[1])], Warehouse(sys.argv[2]))
print(report.files, report.extracted, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def measure(pages: int) -> tuple[int, int, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write(corpus, max(1, pages // 4))
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(tmp) / "w.duckdb")], capture_output=True, text=True, cwd=ROOT, check=True)
        elapsed = time.perf_counter() - started
        files, extracted, peak_mb = map(int, run.stdout.split())
        return files, extracted, peak_mb, elapsed


def main(sizes: list[int]) -> None:
    print("end-to-end ingest, peak RSS of the ingesting process:")
    for size in sizes:
        files, extracted, peak, elapsed = measure(size)
        print(f"  {files:7,d} pages ({extracted:,} extracted) in {elapsed:7.1f} s: peak RSS {peak:5d} MB (target < 1024, flat as N grows)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    main(parser.parse_args().pages)
