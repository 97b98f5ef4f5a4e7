"""What the repository holds: benchmarks stand on the code and the shared harness, not on
the test suite; nothing generated (ignored by .gitignore) is committed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_imports_nothing_from_the_tests():
    imports = [f"{p.name}: {line.strip()}" for p in sorted((ROOT / "bench").glob("*.py"))
               for line in p.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(from|import)\s+tests\b", line)]
    assert imports == []


def test_no_committed_file_is_one_gitignore_excludes():
    listed = subprocess.run(["git", "ls-files", "--cached", "--ignored", "--exclude-standard"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert listed.stdout.split() == []
