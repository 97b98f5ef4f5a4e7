"""Every broken or hostile input yields records or a recorded failure naming its cause;
the rest of the batch is ingested and the user sees no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extractors.samples import sample_folder
from newsledger.pipeline import ingest
from tests.hostile.broken_inputs import write_corpus
from warehouse.application import Warehouse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    expected = write_corpus(base / "inbox", base / "elsewhere")
    return base / "inbox", expected


def test_each_broken_input_has_its_expected_outcome(corpus, tmp_path):
    folder, expected = corpus
    path = tmp_path / "hostile.duckdb"
    gone = folder.parent / "vanished.html"
    report = ingest([folder, gone], Warehouse(path))  # `gone` was listed, then disappeared
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("""
            WITH outcome AS (
                SELECT stream_id, arg_max(CASE WHEN type = 'ArticleExtracted' THEN 'extracted' ELSE payload->>'reason' END, position) AS outcome
                FROM events WHERE type IN ('ArticleExtracted', 'ExtractionFailed') GROUP BY stream_id)
            SELECT DISTINCT regexp_extract(e.payload->>'location', '[^/]+$'), o.outcome
            FROM events e JOIN outcome o USING (stream_id) WHERE e.payload->>'location' IS NOT NULL""").fetchall()
        outcomes = dict(rows)
        titles = {r[0] for r in con.execute("SELECT title FROM articles").fetchall()}
        published = con.execute("SELECT published_at FROM articles WHERE location LIKE '%dates-future%'").fetchall()
    assert outcomes.pop("vanished.html") == "unreadable_file"
    assert outcomes == expected
    assert report.files == len(expected) + 1 and report.extracted == list(expected.values()).count("extracted")
    assert "Hà Nội tổ chức hội thảo về bằng chứng điện tử" in titles, "a page lying about its charset is read right"
    assert None in titles, "an article with no title is kept, its title empty"
    assert published == [(None,)], "dates in the year 2999 or 1850 are not trusted"


def test_cli_prints_no_traceback_and_counts_both(corpus, tmp_path):
    folder, expected = corpus
    run = subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(folder), "--warehouse", str(tmp_path / "w.duckdb")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0
    assert "Traceback" not in run.stdout + run.stderr
    failed = sum(1 for outcome in expected.values() if outcome != "extracted")
    assert f"{len(expected) - failed} extracted, {failed} failed" in run.stdout
    listing = subprocess.run([sys.executable, "-m", "newsledger.cli", "failures", "--warehouse", str(tmp_path / "w.duckdb")],
                             capture_output=True, text=True, cwd=ROOT).stdout
    for reason in ("too_large", "unreadable_input", "no_article", "symlink_outside"):
        assert reason in listing


def test_retry_after_a_fix_resolves_the_failure(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = inbox / "later.html"
    page.write_bytes(b"")
    path = tmp_path / "retry.duckdb"
    warehouse = Warehouse(path)
    ingest([inbox], warehouse)
    page.write_bytes(sorted(sample_folder("cand").glob("*.html"))[0].read_bytes())  # the file is fixed
    run = subprocess.run([sys.executable, "-m", "newsledger.cli", "retry", "--warehouse", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert "1 fixed" in run.stdout, run.stdout + run.stderr
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM failures WHERE NOT resolved").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
