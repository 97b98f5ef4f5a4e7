"""Airflow as users run it: the real scheduler, API server and UI on loopback, driven in
headless Chromium (Debian's `chromium`, no browser download), and two ingest runs started
at once taking turns in the one-slot writer pool."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from extractors.samples import sample_folders, sample_pages
from tests.airflow.live import PASSWORD, live_airflow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
SAMPLE_PAGES = len(sample_pages())

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(autouse=True)
def chromium_present():
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (make browser)"
        pytest.fail(message) if os.environ.get("CI") == "true" else pytest.skip(message)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with live_airflow(tmp_path_factory.mktemp("live")) as airflow:
        airflow.unpause("newsledger_ingest_samples", "newsledger_projections")
        yield airflow


def test_ui_login_trigger_and_the_rows_it_wrote(live):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{live.url}/")
        page.get_by_label("Username").fill("admin")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live.url}/")

        page.goto(f"{live.url}/dags")
        for dag_id in ("newsledger_ingest_samples", "newsledger_projections", "newsledger_reextract", "newsledger_source_vov"):
            expect(page.get_by_text(dag_id, exact=True).first).to_be_visible()
        page.get_by_text("newsledger_ingest_samples", exact=True).first.click()
        page.wait_for_url(f"{live.url}/dags/newsledger_ingest_samples")
        page.get_by_role("button", name="Dag Docs").click()
        expect(page.get_by_text("Ingest the bundled sample pages").first).to_be_visible()
        page.keyboard.press("Escape")

        page.get_by_role("button", name="Trigger Dag").click()
        dialog = page.get_by_role("dialog")
        expect(dialog).to_be_visible()
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "airflow-ui-trigger-dialog.png"), full_page=True)
        dialog.get_by_role("button", name="Trigger").last.click()

        runs = live.wait_for_runs("newsledger_ingest_samples", 1)
        assert runs[0]["state"] == "success" and runs[0]["triggered_by"] == "ui"
        live.wait_for_runs("newsledger_projections", 1)
        page.goto(f"{live.url}/dags/newsledger_ingest_samples/runs")
        expect(page.get_by_text("success").first).to_be_visible(timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "airflow-ui-ingest-run.png"), full_page=True)
        browser.close()

    with duckdb.connect(live.warehouse, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == SAMPLE_PAGES
        assert con.execute("SELECT count(DISTINCT source) FROM articles").fetchone()[0] == len(sample_folders())


def test_two_runs_at_once_both_succeed_and_store_every_event_once(live, tmp_path):
    warehouse = tmp_path / "concurrent.duckdb"
    started = {live.api("POST", "/dags/newsledger_ingest_samples/dagRuns", {"logical_date": None, "conf": {"warehouse": str(warehouse)}})["dag_run_id"]
               for _ in range(2)}
    runs = live.wait_for_runs("newsledger_ingest_samples", 2, run_ids=started)
    assert [r["state"] for r in runs] == ["success", "success"]
    appends = []
    for run in runs:
        ti = live.api("GET", f"/dags/newsledger_ingest_samples/dagRuns/{run['dag_run_id']}/taskInstances/append")
        assert ti["pool"] == "newsledger_warehouse_writer"
        appends.append((datetime.fromisoformat(ti["start_date"]), datetime.fromisoformat(ti["end_date"])))
    first, second = sorted(appends)
    assert first[1] <= second[0], "the writer pool let only one append run at a time"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        total, distinct, runs_seen = con.execute("SELECT count(*), count(DISTINCT event_id), count(DISTINCT metadata->>'run_id') FROM events").fetchone()
    assert total == distinct == 2 * SAMPLE_PAGES, "each page's events once, though both runs read every page"
    assert runs_seen == 1, "the run that appended second found everything already there"
