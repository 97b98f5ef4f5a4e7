"""Where a source's sample pages are: `samples/` beside its plugin module.

Sample pages are pages written for this project in an outlet's structure, each with an
`.expected.json`; the contract tests, the samples DAG, the CLI and the benchmarks read them
through these functions, for every installed plugin alike.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from extractors.registry import installed_sources

PAGE_SUFFIXES = (".html", ".txt")


def sample_folder(name: str) -> Path | None:
    """The installed plugin's `samples/` folder, or None when it has none."""
    folder = Path(inspect.getfile(type(installed_sources()[name]))).parent / "samples"
    return folder if folder.is_dir() else None


def sample_folders() -> list[Path]:
    """Every installed plugin's samples folder, in the plugins' order."""
    return [folder for name in installed_sources() if (folder := sample_folder(name))]


def sample_pages(name: str | None = None) -> list[Path]:
    """The sample pages and text dumps of one plugin, or of every plugin."""
    folders = [sample_folder(name)] if name else sample_folders()
    return [page for folder in folders if folder for page in sorted(folder.iterdir()) if page.suffix in PAGE_SUFFIXES]
