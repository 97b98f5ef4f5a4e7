"""Peak memory of an end-to-end ingest as the corpus grows: N synthetic pages written to
disk, then `newsledger ingest` in a fresh process, which reports its peak RSS.

    python3 -m uv run python -m bench.memory_bench --pages 10000 100000 --corpora /var/tmp/corpora

`--corpora` keeps the generated pages (100,000 take about 12 GB and 12 minutes to write) for
the next run; the generator is deterministic, so a kept corpus is the same corpus.
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
from newsledger.ingest.pipeline import ingest
from warehouse.application import Warehouse
report = ingest([Path(sys.argv[1])], Warehouse(sys.argv[2]))
print(report.files, report.extracted, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def corpus(pages: int, kept: Path | None, scratch: Path) -> Path:
    """The folder holding `pages` synthetic pages, written unless a complete copy is kept."""
    folder = kept / str(pages) if kept else scratch / "corpus"
    done = folder / ".complete"  # dot files are not ingested
    if not done.exists():
        write(folder, max(1, pages // 4))
        done.touch()
    return folder


def measure(pages: int, kept: Path | None = None) -> tuple[int, int, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pages_dir = corpus(pages, kept, Path(tmp))
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", CHILD, str(pages_dir), str(Path(tmp) / "w.duckdb")], capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - started
        if run.returncode:  # say why, after what could take an hour
            raise SystemExit(f"ingest of {pages:,} pages failed after {elapsed:.0f} s:\n" + "\n".join(run.stderr.splitlines()[-15:]))
        files, extracted, peak_mb = map(int, run.stdout.splitlines()[-1].split())
        return files, extracted, peak_mb, elapsed


def main(sizes: list[int], kept: Path | None = None) -> None:
    print("end-to-end ingest, peak RSS of the ingesting process:")
    for size in sizes:
        files, extracted, peak, elapsed = measure(size, kept)
        print(f"  {files:7,d} pages ({extracted:,} extracted) in {elapsed:7.1f} s: peak RSS {peak:5d} MB (target < 1024, flat as N grows)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--corpora", type=Path, help="keep generated corpora here, and reuse them")
    args = parser.parse_args()
    main(args.pages, args.corpora)
