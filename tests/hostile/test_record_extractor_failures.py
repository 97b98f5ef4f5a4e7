"""A record extractor that raises never costs the article: the article is kept with the
other extractors' records, the failure is written into its event (which extractor, why),
and `newsledger failures` lists it under the article's URL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extractors.extract import extract
from extractors.models import Article, Block
from extractors.records import extract_records

ROOT = Path(__file__).resolve().parents[2]
URL = "https://news.example.org/2025/10/rice-ledger"
# A number of 400 digits is no float: the figures extractor reads it, and its Figure is
# refused (a value must be finite), so that extractor raises on this page and no other.
HUGE = "9" * 400
PAGE = f"""<!doctype html>
<html lang="en"><head><title>Rice ledger</title><link rel="canonical" href="{URL}"></head>
<body><article>
<h1>Provincial ledger lists a rice stock nobody can count</h1>
<p>Minister of Agriculture Tran Van Binh said on Monday that the Ministry of Agriculture and Rural Development would audit the ledger.</p>
<p>The ledger showed {HUGE} tonnes of rice in one warehouse of Vietnam, a figure the auditors called a typing error.</p>
<p>“We will check every page of it,” Binh said.</p>
</article></body></html>"""


def test_a_raising_extractor_leaves_the_article_and_the_other_records():
    result = extract(PAGE.encode(), url=URL, filename="page.html").extraction
    assert result.article.title == "Provincial ledger lists a rice stock nobody can count"
    assert len(result.article.blocks) == 3
    [failure] = result.records.failures
    assert failure.extractor == "figures" and failure.error == "ValidationError" and "finite" in failure.detail
    assert result.records.figures == []
    assert [p.name for p in result.records.persons] == ["Tran Van Binh"]
    assert "Ministry of Agriculture and Rural Development" in [o.name for o in result.records.organizations]
    assert [c.code for c in result.records.countries] == ["VN"]
    assert [q.speaker for q in result.records.quotes] == ["Tran Van Binh"]


def test_an_article_without_failures_says_so():
    result = extract(PAGE.replace(HUGE, "2,500").encode(), url=URL, filename="page.html").extraction
    assert result.records.failures == []
    assert [(f.value, f.unit) for f in result.records.figures] == [(2500.0, "tonnes")]


def test_an_organisation_name_across_a_paragraph_break_has_a_span_inside_the_text():
    # the name's words are re-joined by single spaces; in the text a blank line separates them
    article = Article(outlet="test", title=None, blocks=[Block(text="Regional Water Services Board"), Block(text="Residents were told to boil water.")])
    records = extract_records(article)
    assert records.failures == []
    for org in records.organizations:
        for span in org.mentions:
            assert 0 <= span.start < span.end <= len(article.text)
            assert article.text[span.start : span.end].split() == org.name.split()


def newsledger(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsledger.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.cli
def test_the_failure_is_in_the_event_and_in_newsledger_failures(tmp_path, warehouse_path):
    (tmp_path / "ledger.html").write_text(PAGE)
    run = newsledger("ingest", str(tmp_path), "--warehouse", str(warehouse_path))
    assert run.returncode == 0 and "1 extracted, 0 failed" in run.stdout, run.stdout + run.stderr
    assert "kept without the records of figures" in run.stdout
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        [(title,)] = con.execute("SELECT title FROM articles").fetchall()
        [(extractor, error)] = con.execute(
            "SELECT f->>'extractor', f->>'error' FROM (SELECT unnest(CAST(payload->'extraction'->'records'->'failures' AS JSON[])) AS f "
            "FROM events WHERE type = 'ArticleExtracted')").fetchall()
        [(location, reason, resolved)] = con.execute("SELECT location, reason, resolved FROM failures").fetchall()
    assert title.startswith("Provincial ledger") and (extractor, error) == ("figures", "ValidationError")
    assert (location, reason, resolved) == (URL, "record_extractor:figures", False)
    listed = newsledger("failures", "--warehouse", str(warehouse_path))
    assert listed.returncode == 0
    assert "RecordExtractorFailed" in listed.stdout and "record_extractor:figures" in listed.stdout
    assert URL in listed.stdout.split("record extractor's records")[1]
