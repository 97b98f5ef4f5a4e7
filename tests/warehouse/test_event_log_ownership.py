"""Only warehouse/ reads or writes the event log: the rest of the code asks `Warehouse` by
name (stream states, stored pages, unresolved failures, blobs, the report's and summary's
rows), so a change to the event table is a change to warehouse/ alone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE_THE_WAREHOUSE = ["newsledger", "extractors", "dags"]
# SQL over the events table, JSON read out of an event's payload, the recorder behind the facade
REACHES_INTO_THE_LOG = re.compile(r"(?i)\b(?:from|join|into|update|table)\s+events\b|\bpayload\s*->|\.recorder\b")


def offending_lines(folders: list[Path]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in folders for path in sorted(folder.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if REACHES_INTO_THE_LOG.search(line)
    ]


def test_no_code_outside_warehouse_queries_events_or_touches_the_recorder():
    assert offending_lines([ROOT / folder for folder in OUTSIDE_THE_WAREHOUSE]) == []


def test_the_check_sees_what_it_forbids():
    """The warehouse itself does all three, so the pattern finds them there."""
    found = "\n".join(offending_lines([ROOT / "warehouse"]))
    assert "FROM events" in found and "payload->>" in found and ".recorder" in found
