"""Worst time and peak memory for one page: every input of the broken-input corpus is
cleaned and extracted in a fresh process, which reports its wall time and peak RSS.

    python3 -m uv run python bench/broken_inputs.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.broken_inputs import write_corpus  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from newsledger.ingest.pipeline import process_file
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
outcome = process_file(Path(sys.argv[1]))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": (outcome.error or "extracted").split(":")[0], "seconds": elapsed,
                  "peak_mb": peak / 1024, "page_mb": max(0, peak - imported) / 1024}))
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        expected = write_corpus(Path(tmp) / "inbox", Path(tmp) / "elsewhere")
        rows = []
        for name in sorted(expected):
            path = Path(tmp) / "inbox" / name
            run = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT)
            rows.append((name, json.loads(run.stdout.strip().splitlines()[-1])))
    print(f"{'input':34s} {'outcome':18s} {'seconds':>8s} {'peak RSS MB':>12s} {'page MB':>8s}")
    for name, r in rows:
        print(f"{name:34s} {r['outcome']:18s} {r['seconds']:8.3f} {r['peak_mb']:12.1f} {r['page_mb']:8.1f}")
    worst_time = max(rows, key=lambda row: row[1]["seconds"])
    worst_memory = max(rows, key=lambda row: row[1]["page_mb"])
    print(f"\nworst time: {worst_time[0]} {worst_time[1]['seconds']:.2f} s; "
          f"most memory for one page: {worst_memory[0]} +{worst_memory[1]['page_mb']:.0f} MB (peak {worst_memory[1]['peak_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
