"""The coverage report, rendered in headless Chromium with the network cut off: the charts
draw, the console stays clean, and the figures table flags where outlets disagree."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.samples import sample_folder, sample_folders
from newsledger.pipeline import ingest
from newsledger.report import write_report
from warehouse.application import Warehouse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    warehouse = Warehouse(folder / "w.duckdb")
    ingest(sample_folders(), warehouse)
    return write_report(warehouse, folder / "report.html")


def test_report_is_self_contained_and_flags_disagreement(report):
    text = report.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=", text), "no script loaded from anywhere: plotly.js is embedded"
    assert not re.search(r"<link[^>]*\bhref=[\"']https?:", text), "no stylesheet from the network"
    assert "outlets disagree" in text and "class='disagree'" in text
    for outlet in ("vov", "vietnamplus", "cand", "baoquocte"):
        assert outlet in text


def test_report_draws_in_chromium_offline(report):
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (make browser)"
        pytest.fail(message) if os.environ.get("CI") == "true" else pytest.skip(message)
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                                                    "--disable-component-update", "--disable-sync", "--no-first-run"])
        context = browser.new_context(viewport={"width": 1200, "height": 900}, offline=True)
        page = context.new_page()
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(report.as_uri())
        page.wait_for_selector(".plotly svg.main-svg", timeout=30_000)
        assert page.locator(".plotly-graph-div").count() == 3
        assert page.locator(".plotly svg.main-svg").count() >= 3
        assert page.locator("tr.disagree").count() >= 2
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        browser.close()
    assert errors == []


def test_report_command_prints_its_path(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    ingest([sample_folder("vov")], Warehouse(warehouse))
    run = subprocess.run([sys.executable, "-m", "newsledger.cli", "report", "--warehouse", str(warehouse), "--out", str(tmp_path / "r.html"), "--source", "vov"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and str((tmp_path / "r.html").resolve()) in run.stdout


def test_export_writes_parquet_for_every_table(tmp_path):
    import duckdb

    warehouse = tmp_path / "w.duckdb"
    ingest([sample_folder("cand")], Warehouse(warehouse))
    run = subprocess.run([sys.executable, "-m", "newsledger.cli", "export", "--parquet", str(tmp_path / "pq"), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'articles.parquet'}'").fetchone()[0] == 5
    assert (tmp_path / "pq" / "stories.parquet").exists() and (tmp_path / "pq" / "events.parquet").exists()
