"""No pattern of the extractors backtracks without end on a line of real text.

A list-of-people pattern with nested repeats once ran for hours on one real page (a gap of
eight-digit figures between two names); the fix was a possessive rewrite. This keeps the kind
out: every compiled pattern of extractors/ is probed in a child process on inputs shaped to make
such patterns blow up, and the child must finish.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
# a hang, not a speed limit: the probe takes seconds, an exponential pattern would take years
HANG = 600
NESTED_REPEATS = r"(?:\s*(?:,|\band\b|&|\bboth\b|\baged\b|\bborn\b|\bin\b|\d{1,4}|[()]))+\s*"


def run_probe(*args: str, timeout: float) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "tests.extractors.backtracking_probe", *args],
        cwd=PROJECT, capture_output=True, text=True, timeout=timeout, check=True,
    )
    return completed.stdout


def last_line(output: str | bytes | None) -> str:
    if isinstance(output, bytes):
        output = output.decode(errors="replace")
    lines = (output or "").strip().splitlines()
    return lines[-1] if lines else "(nothing printed)"


def test_every_extractor_pattern_finishes_on_inputs_that_blow_up_backtracking():
    try:
        output = run_probe(timeout=HANG)
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"a pattern did not finish in {HANG} s; it was probing: {last_line(hung.stdout)}")
    probed = int(last_line(output).split()[1])
    assert probed > 50, "the probe found too few patterns in extractors/: is it still reading every module?"


def test_the_probe_catches_the_nested_repeats_that_once_hung():
    with pytest.raises(subprocess.TimeoutExpired):
        run_probe("--pattern", NESTED_REPEATS, timeout=10)
