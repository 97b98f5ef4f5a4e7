"""The benchmarks run end to end at a tiny size (no timing is asserted: machines are noisy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_every_benchmark_runs_and_prints_figures(tmp_path):
    run = subprocess.run([sys.executable, "-m", "bench.run_all", "--smoke"], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    for figure in ("pages/s", "events/s", "projection rebuild", "catch-up", "peak RSS", "dag.test()", "ducklake+postgres  append 4 writer(s)"):
        assert figure in run.stdout, figure
