"""What each `newsledger` sub-command does; `cli.py` only parses arguments."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime, timezone

import duckdb
from dateutil import parser as date_parser
from tabulate import tabulate

from extractors.extract import extract as extract_page
from extractors.models import Extraction
from extractors.registry import installed_sources
from extractors.samples import sample_folders
from newsledger.pipeline import failure_reason, ingest as ingest_files
from warehouse.application import Warehouse
from warehouse.sql_recorder import read_sql


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _warehouse(args: argparse.Namespace) -> Warehouse:
    return Warehouse(args.warehouse)


def ingest(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")
    paths = args.paths + (sample_folders() if args.samples else [])
    if not paths:
        raise UserError("nothing to ingest: give files or folders, or --samples")
    warehouse = _warehouse(args)
    report = ingest_files(paths, warehouse, source=args.source, project=args.project)
    print(f"warehouse {warehouse.location}: {report.files} files, {report.extracted} extracted, "
          f"{report.failed} failed, {report.events_added} new events")
    for source, count in sorted(report.by_source.items()):
        print(f"  {source}: {count} articles")
    for path, reason in report.failures:
        print(f"  failed: {path}: {reason}")
    return 1 if report.files and not report.extracted else 0


def extract(args: argparse.Namespace) -> int:
    for path in args.files:
        try:
            result: Extraction = extract_page(path.read_bytes(), url=args.url, filename=path.name, source=args.source)
            line = result.as_eval_json()
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
            reason = "unreadable_file" if isinstance(error, OSError) else failure_reason(error)
            line = {"file": str(path), "error": f"{reason}: {error}"}
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


def parse_as_of(value: str | None) -> int | datetime | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    try:
        moment = date_parser.isoparse(value)
    except ValueError:
        raise UserError(f"--as-of {value!r}: give a global position (a number) or an ISO date/time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def print_rows(columns: list[str], rows: list[tuple], fmt: str = "table") -> None:
    if fmt == "json":
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), default=str, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        print(tabulate(rows, headers=columns, tablefmt="github", maxcolwidths=60))


def sql(args: argparse.Namespace) -> int:
    try:
        columns, rows = _warehouse(args).query(args.query, as_of=parse_as_of(args.as_of))
    except duckdb.Error as error:  # bad SQL, or a write on the read-only connection
        raise UserError(f"SQL failed: {error}") from error
    print_rows(columns, rows, args.format)
    return 0


def search(args: argparse.Namespace) -> int:
    columns, rows = _warehouse(args).search(args.query, args.limit)
    print_rows(columns, rows)
    return 0


def reextract(args: argparse.Namespace) -> int:
    from newsledger.replay import reextract as run_reextract

    report = run_reextract(_warehouse(args), source=args.source)
    print(f"re-extracted {report.pages} stored pages: {report.changed} new events where the output changed, {report.failed} failures")
    return 0


def summary(args: argparse.Namespace) -> int:
    warehouse = _warehouse(args)
    columns, rows = warehouse.query(read_sql("summary.sql"))
    _, [(events, failures)] = warehouse.query("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM failures WHERE NOT resolved)")
    print(f"warehouse {warehouse.location}: {events} events, {failures} unresolved failures")
    print(tabulate(rows, headers=columns, tablefmt="github"))
    return 0


def catch_up(args: argparse.Namespace) -> int:
    read = _warehouse(args).catch_up()
    print(f"projections caught up: {read} new events read")
    return 0


def rebuild(args: argparse.Namespace) -> int:
    read = _warehouse(args).rebuild()
    print(f"projections rebuilt from {read} events")
    return 0


def compact(args: argparse.Namespace) -> int:
    warehouse = _warehouse(args)
    measures = warehouse.compact()
    print(f"compacted {warehouse.location}: " + ", ".join(f"{name.replace('_', ' ')} {value:,}" for name, value in measures.items()))
    return 0


def sources(args: argparse.Namespace) -> int:
    rows = [(p.name, p.version, p.title, ", ".join(p.domains) or "(any)", type(p).__module__) for p in installed_sources().values()]
    print(tabulate(rows, headers=["name", "version", "outlet", "domains", "module"], tablefmt="github"))
    return 0


def schema(args: argparse.Namespace) -> int:
    print(json.dumps(Extraction.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def new_source(args: argparse.Namespace) -> int:
    from newsledger.scaffold import scaffold_source

    try:
        files = scaffold_source(args.root, args.name, args.domain, args.title)
    except ValueError as error:
        raise UserError(str(error)) from error
    print("wrote " + "\n      ".join(str(path) for path in vars(files).values()))
    print(f"registered {args.name!r} under newsledger.sources in pyproject.toml")
    print("next: replace the fixture with a saved page of the site, fill in the selectors, then")
    print(f"      python3 -m uv sync && python3 -m uv run pytest {files.test}")
    return 0


def crawl(args: argparse.Namespace) -> int:
    from extractors.errors import UnknownSource
    from extractors.registry import get_source
    from newsledger.fetch.client import PoliteClient
    from newsledger.fetch.crawl import crawl as run_crawl
    from newsledger.fetch.policy import FetchPolicy

    try:
        plugin = get_source(args.source)
    except UnknownSource as error:
        raise UserError(str(error)) from error
    if not (plugin.discovery.feeds or plugin.discovery.sitemaps or plugin.discovery.listing_pages):
        raise UserError(f"the {plugin.name} plugin declares no feeds, sitemaps or listing pages to crawl")
    since = parse_as_of(args.since) if args.since else None
    if isinstance(since, int):
        raise UserError("--since takes a date, e.g. 2025-11-01")
    with PoliteClient(FetchPolicy.from_env(per_domain_delay=args.delay, user_agent=args.user_agent), plugin.domains) as client:
        report = run_crawl(plugin, _warehouse(args), client, since=since, limit=args.limit, progress=not args.no_progress)
    print(f"{plugin.name}: {report.discovered} articles discovered, {report.new} new, {report.fetched} fetched, "
          f"{report.not_modified} not modified, {report.extracted} extracted, {report.events_added} new events")
    for reason, count in sorted(report.failures.items()):
        print(f"  failed: {reason}: {count}")
    return 0


def failures(args: argparse.Namespace) -> int:
    from newsledger.retry import FAILURES_BY_REASON_SQL

    columns, rows = _warehouse(args).query(FAILURES_BY_REASON_SQL)
    if not rows:
        print("no unresolved failures")
        return 0
    print_rows(columns, rows)
    return 0


def retry(args: argparse.Namespace) -> int:
    from newsledger.retry import retry_failures

    report = retry_failures(_warehouse(args))
    print(f"retried {report.tried} failures: {report.fixed} fixed")
    for reason, count in sorted(report.still_failing.items()):
        print(f"  still failing: {reason}: {count}")
    return 0


def report(args: argparse.Namespace) -> int:
    from newsledger.report import ReportFilter, write_report

    since = parse_as_of(args.since) if args.since else None
    if isinstance(since, int):
        raise UserError("--since takes a date, e.g. 2025-11-01")
    path = write_report(_warehouse(args), args.out, ReportFilter(since=since, source=args.source))
    print(f"report written to {path.resolve()}")
    return 0


def export(args: argparse.Namespace) -> int:
    from warehouse.export import export_parquet

    written = export_parquet(_warehouse(args), args.parquet)
    for table, rows in written.items():
        print(f"{args.parquet / (table + '.parquet')}: {rows} rows")
    return 0
