"""The package as a user installs it: the wheel, in a fresh virtual environment holding only
the runtime dependencies ([project.dependencies] at the versions of uv.lock, no dev or bench
group), runs the commands a newcomer tries first. An import that only a dev or bench package
brings in fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UV = [sys.executable, "-m", "uv"]


def run(command: list[str], cwd: Path) -> str:
    # no variable of the test run may point the new environment back at the checkout
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "UV_PROJECT_ENVIRONMENT"}}
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
@pytest.mark.packaging
def test_wheel_installed_with_runtime_dependencies_only_runs_sources_extract_and_schema(tmp_path):
    run([*UV, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT)], cwd=ROOT)
    [wheel] = (tmp_path / "dist").glob("newsledger-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("extractors/sources/vov/samples/") for n in names), "sample pages ship with their source"
    assert not [n for n in names if "/tests/" in n], "a source's tests stay out of the wheel"

    requirements = tmp_path / "runtime.txt"
    run([*UV, "export", "--frozen", "--no-default-groups", "--no-emit-project", "--no-hashes", "--output-file", str(requirements)], cwd=ROOT)
    venv = tmp_path / "venv"
    run([*UV, "venv", "--python", sys.executable, str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    run([*UV, "pip", "install", "--python", str(python), "-r", str(requirements), str(wheel)], cwd=tmp_path)
    newsledger = str(venv / "bin" / "newsledger")

    # from the installed package, not the checkout: the first sample page inside site-packages
    page = run([str(python), "-c", "from extractors.samples import sample_pages; print(sample_pages('cand')[0])"], cwd=tmp_path).strip()
    assert str(venv) in page

    sources = run([newsledger, "sources"], cwd=tmp_path)
    assert {"vov", "vietnamplus", "cand", "baoquocte", "generic"} <= {line.split("|")[1].strip() for line in sources.splitlines()[2:]}
    extracted = json.loads(run([newsledger, "extract", page, "--json"], cwd=tmp_path))
    assert extracted["source"] == "cand" and extracted["title"] and extracted["body"]
    schema = json.loads(run([newsledger, "schema"], cwd=tmp_path))
    assert schema["title"] == "Extraction" and "article" in schema["properties"]
