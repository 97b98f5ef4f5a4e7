"""The `newsledger` command as a user runs it, on real files and a real DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extractors.samples import sample_folder, sample_pages

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.cli


def newsledger(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsledger.cli", *args], capture_output=True, text=True, cwd=cwd)


def count(warehouse: Path, sql: str) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_ingest_twice_adds_nothing_the_second_time(warehouse_path):
    first = newsledger("ingest", "--samples", "--warehouse", str(warehouse_path))
    assert first.returncode == 0, first.stderr
    events = count(warehouse_path, "SELECT count(*) FROM events")
    articles = count(warehouse_path, "SELECT count(*) FROM articles")
    assert events > 0 and articles == len(sample_pages())
    second = newsledger("ingest", "--samples", "--warehouse", str(warehouse_path))
    assert "0 new events" in second.stdout
    assert count(warehouse_path, "SELECT count(*) FROM events") == events


def test_a_bad_file_is_a_recorded_failure_and_the_rest_goes_on(tmp_path, warehouse_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    good = next(sample_folder("vov").glob("*.html"))
    (tmp_path / good.name).write_bytes(good.read_bytes())
    run = newsledger("ingest", str(tmp_path), "--warehouse", str(warehouse_path))
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert "1 extracted, 2 failed" in run.stdout
    reasons = duckdb.connect(str(warehouse_path), read_only=True).execute("SELECT reason FROM failures ORDER BY reason").fetchall()
    assert reasons == [("no_article",), ("unreadable_input",)]


def test_ingest_exits_non_zero_only_when_nothing_could_be_read(tmp_path, warehouse_path):
    (tmp_path / "empty.txt").write_text("")
    assert newsledger("ingest", str(tmp_path), "--warehouse", str(warehouse_path)).returncode == 1
    missing = newsledger("ingest", str(tmp_path / "nope"), "--warehouse", str(warehouse_path))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_extract_prints_one_json_line_per_file_in_order(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("   ")
    pages = sorted(sample_folder("cand").glob("*.html"))[:2]
    run = newsledger("extract", str(pages[0]), str(bad), str(pages[1]), "--json")
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [("error" in line) for line in lines] == [False, True, False]
    assert lines[0]["source"] == "cand" and lines[0]["title"] and lines[0]["body"]
    assert {"title", "body", "images", "persons", "organizations", "countries", "quotes", "figures"} <= set(lines[2])


def test_extract_with_a_url_picks_the_plugin_by_domain(tmp_path):
    dump = tmp_path / "page.txt"
    dump.write_text("A headline about rice exports\n\nExports of rice rose by more than 10 percent in October, officials said.\n")
    line = json.loads(newsledger("extract", str(dump), "--url", "https://en.cand.com.vn/economy/x-i1/", "--json").stdout)
    assert line["source"] == "cand"


def test_sql_is_read_only_and_prints_a_table(warehouse_path):
    newsledger("ingest", str(sample_folder("vov")), "--warehouse", str(warehouse_path))
    table = newsledger("sql", "SELECT source, count(*) AS n FROM articles GROUP BY 1", "--warehouse", str(warehouse_path))
    assert "| vov" in table.stdout
    write = newsledger("sql", "DELETE FROM events", "--warehouse", str(warehouse_path))
    assert write.returncode == 2 and "read-only" in write.stderr.lower()


def test_rebuild_gives_the_tables_catch_up_built(warehouse_path):
    newsledger("ingest", str(sample_folder("vov")), "--warehouse", str(warehouse_path))
    newsledger("ingest", "--samples", "--warehouse", str(warehouse_path))
    tables = ["articles", "images", "persons", "organizations", "countries", "quotes", "figures", "failures", "article_versions"]

    def snapshot():
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            return {t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}

    incremental = snapshot()
    assert newsledger("rebuild", "--warehouse", str(warehouse_path)).returncode == 0
    assert snapshot() == incremental


def test_sources_and_schema():
    listing = newsledger("sources").stdout
    for name in ("vov", "vietnamplus", "cand", "baoquocte", "generic"):
        assert name in listing
    schema = json.loads(newsledger("schema").stdout)
    assert {"Person", "Quote", "Figure", "Article"} <= set(schema["$defs"])


def test_a_reader_that_stops_early_ends_the_command_quietly():
    # `newsledger extract ... | head -1`: enough pages that the output outgrows the pipe's buffer
    pages = [str(page) for page in sample_pages()] * 5
    command = subprocess.Popen([sys.executable, "-m", "newsledger.cli", "extract", *pages, "--json"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(command.stdout.readline())["title"]
    command.stdout.close()
    stderr = command.stderr.read().decode()
    assert command.wait() == 141, stderr
    assert "Traceback" not in stderr
