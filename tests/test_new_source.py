"""The `new-source` walk-through as a user does it, in a copy of the project."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_scaffolded_plugin_test_fails_until_selectors_are_filled_then_passes(tmp_path):
    project = tmp_path / "project"
    for part in ("extractors", "newsledger", "warehouse", "pyproject.toml"):
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / part, **({"ignore": shutil.ignore_patterns("__pycache__")} if source.is_dir() else {}))

    run = subprocess.run([sys.executable, "-m", "newsledger.cli", "new-source", "examplenews", "--domain", "news.example.org", "--root", str(project)],
                         capture_output=True, text=True, cwd=project)
    assert run.returncode == 0, run.stderr
    assert 'examplenews = "extractors.sources.examplenews:ExamplenewsSource"' in (project / "pyproject.toml").read_text()
    folder = project / "extractors" / "sources" / "examplenews"
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == [
        "README.md", "__init__.py", "plugin.py",
        "samples/example-article.expected.json", "samples/example-article.html", "tests/test_examplenews.py",
    ]
    readme = (folder / "README.md").read_text()
    assert [line for line in readme.splitlines() if line.startswith("## ")] == [
        "## Outlet", "## URL shapes", "## Selectors and how each was confirmed", "## Chrome", "## Seen on real pages", "## Samples",
    ]

    def plugin_test() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "extractors/sources/examplenews/tests/test_examplenews.py"],
                              capture_output=True, text=True, cwd=project)

    assert plugin_test().returncode == 1, "the scaffolded test fails before the selectors are filled in"

    module = folder / "plugin.py"
    code = module.read_text()
    for field, selector in {"title": "h1.story-headline", "lead": "p.story-lead", "body": "div.story-body", "published": "time.story-time"}.items():
        code = re.sub(rf"^(\s+{field}=)\[\],", rf'\1["{selector}"],', code, flags=re.M)
    code = code.replace("html_remove=[],", 'html_remove=["div.story-related", "div.story-share"],')
    module.write_text(code)
    result = plugin_test()
    assert result.returncode == 0, result.stdout + result.stderr

    again = subprocess.run([sys.executable, "-m", "newsledger.cli", "new-source", "examplenews", "--domain", "news.example.org", "--root", str(project)],
                           capture_output=True, text=True, cwd=project)
    assert again.returncode == 2 and "would overwrite" in again.stderr
