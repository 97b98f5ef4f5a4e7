"""What the DAGs' tasks do, importable and testable without Airflow's scheduler.
DAG files only wire these together. Tasks pass small values (paths, URL lists) between
them; events travel in staged files, and only tasks in the writer pool open the warehouse."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from dateutil import parser as date_parser

from extractors.extract import EXTRACTOR_VERSION
from extractors.registry import get_source
from extractors.samples import sample_folders
from newsledger.fetch.client import PoliteClient
from newsledger.ingest.crawl import fetch_pages, plan_crawl
from newsledger.fetch.policy import FetchPolicy
from newsledger.ingest.pipeline import iter_input_files
from newsledger.ingest.replay import reextract
from newsledger.ingest.staging import RunStaging, stage_files
from warehouse.application import Warehouse, default_warehouse, run_metadata

WRITER_POOL = "newsledger_warehouse_writer"
FILE_BATCH_SIZE = 25
URL_BATCH_SIZE = 20


def warehouse_address(param: str | None) -> str:
    """The DAG's `warehouse` param, else $NEWSLEDGER_WAREHOUSE: a DuckDB file or a `ducklake:` address."""
    return param or default_warehouse()


def staging_for(warehouse: str, dag_id: str, run_id: str) -> RunStaging:
    return RunStaging.of(Warehouse(warehouse), dag_id, run_id)


def _metadata(run_id: str) -> dict:
    return {**run_metadata(), "run_id": run_id}


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = date_parser.isoparse(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


# -- files ----------------------------------------------------------------------------

def sample_paths() -> list[str]:
    """Every installed plugin's sample folder: what the samples DAG ingests by default."""
    return [str(folder) for folder in sample_folders()]


def batches_of_files(paths: list[str], batch_size: int = FILE_BATCH_SIZE) -> list[list[str]]:
    files = [str(p) for p in iter_input_files(Path(p) for p in paths)]
    if not files:
        raise FileNotFoundError(f"no HTML pages or text dumps under {', '.join(paths)}")
    return [files[i : i + batch_size] for i in range(0, len(files), batch_size)]


def extract_batch(files: list[str], warehouse: str, dag_id: str, run_id: str, batch_name: str, source: str | None, roots: list[str] | None = None) -> str:
    staging = staging_for(warehouse, dag_id, run_id)
    return stage_files(files, staging, batch_name, source=source, metadata=_metadata(run_id), roots=roots)


# -- sources over HTTP --------------------------------------------------------------------

DISCOVERY_BATCH = "discovery"


def discovery_file(warehouse: str, dag_id: str, run_id: str) -> str:
    return str(staging_for(warehouse, dag_id, run_id).batch_path(DISCOVERY_BATCH))


def plan_source(source: str, warehouse: str, dag_id: str, run_id: str, since: str | None = None, until: str | None = None, limit: int | None = None) -> list[list[dict]]:
    """Discover a source's articles; stage the discovery events, failures of feeds and
    listing pages included (`discovery_file`); return the URLs to fetch, in batches."""
    plugin = get_source(source)
    metadata = {**_metadata(run_id), "plugin": plugin.name, "plugin_version": plugin.version}
    with PoliteClient(FetchPolicy.from_env(), plugin.domains) as client:
        plan = plan_crawl(plugin, Warehouse(warehouse), client, since=_moment(since), until=_moment(until), limit=limit, metadata=metadata)
    staging_for(warehouse, dag_id, run_id).write(DISCOVERY_BATCH, plan.discovery, {}, {"discovered": plan.discovered, "new": plan.new})
    items = plan.to_fetch
    return [items[i : i + URL_BATCH_SIZE] for i in range(0, len(items), URL_BATCH_SIZE)]


def fetch_batch(source: str, items: list[dict], warehouse: str, dag_id: str, run_id: str, batch_name: str) -> str:
    plugin = get_source(source)
    metadata = {**_metadata(run_id), "plugin": plugin.name, "plugin_version": plugin.version}
    with PoliteClient(FetchPolicy.from_env(), plugin.domains) as client:
        pending, blobs, tally = fetch_pages(plugin, client, items, metadata)
    return staging_for(warehouse, dag_id, run_id).write(batch_name, pending, blobs, dict(tally))


# -- the writer -------------------------------------------------------------------------

def append_batches(staged: list[str], warehouse: str, dag_id: str, run_id: str) -> dict[str, int]:
    """The only step that writes events: every staged batch of the run in one transaction,
    or none when one of them is missing or incomplete."""
    store = Warehouse(warehouse)
    return RunStaging.of(store, dag_id, run_id).append(staged, store)


def refresh_projections(warehouse: str, rebuild: bool = False) -> int:
    store = Warehouse(warehouse)
    return store.rebuild() if rebuild else store.catch_up(search=False)


def refresh_search_index(warehouse: str) -> None:
    Warehouse(warehouse).catch_up()  # the tables are current: only the index moves


def compact_warehouse(warehouse: str) -> dict[str, int]:
    return Warehouse(warehouse).compact()


def report_path(warehouse: str) -> Path:
    return Warehouse(warehouse).side_path("-report.html")


def refresh_report(warehouse: str) -> str:
    from newsledger.report.coverage import write_report

    return str(write_report(Warehouse(warehouse), report_path(warehouse)).resolve())


def reextract_stored(warehouse: str, source: str | None, extractor_version: str | None) -> dict[str, int]:
    if extractor_version and extractor_version != EXTRACTOR_VERSION:
        raise ValueError(f"this deployment runs extractor {EXTRACTOR_VERSION}, not {extractor_version}: deploy that version first")
    report = reextract(Warehouse(warehouse), source=source or None)
    return {"pages": report.pages, "changed": report.changed, "failed": report.failed}
