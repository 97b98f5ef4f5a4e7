"""Failures are data: list them, and run them again after a fix.

`retry` takes every unresolved failure: an extraction that failed is run again on the raw
bytes already stored (or the file is read again when it never could be); a fetch that
failed is fetched again through the plugin that owns the URL's domain. Outcomes are events
like any other, so a failure that is fixed shows as `resolved` in `failures`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors.registry import source_for_url
from newsledger.fetch.client import PoliteClient
from newsledger.fetch.policy import FetchPolicy
from newsledger.ingest.crawl import fetch_page
from newsledger.ingest.pipeline import process_content, process_file
from warehouse.application import Pending, Warehouse, run_metadata


@dataclass
class RetryReport:
    tried: int = 0
    fixed: int = 0
    still_failing: dict[str, int] = field(default_factory=dict)


def retry_failures(warehouse: Warehouse, policy: FetchPolicy | None = None) -> RetryReport:
    report = RetryReport()
    metadata = {**run_metadata(), "reason": "retry"}
    pending: list[Pending] = []
    blobs: dict[str, bytes] = {}
    clients: dict[str, PoliteClient] = {}
    try:
        for failure in warehouse.unresolved_failures():
            stream_id, location = failure.stream_id, failure.location
            report.tried += 1
            error: str | None
            if failure.type == "FetchFailed":
                plugin = source_for_url(location)
                if plugin is None:
                    report.still_failing["no_plugin_for_url"] = report.still_failing.get("no_plugin_for_url", 0) + 1
                    continue
                client = clients.setdefault(plugin.name, PoliteClient(policy, plugin.domains))
                page = fetch_page(plugin, client, location, warehouse.stream_states([stream_id]).get(stream_id), metadata)
                pending += page.pending
                blobs.update(page.blobs)
                error = page.failure if not page.extracted else None
            else:
                # a file is read again (it may be what was fixed); a fetched page is re-extracted from its stored bytes
                url = stream_id.removeprefix("url:") if stream_id.startswith("url:") else None
                content = None if Path(location).is_file() else (warehouse.blob(failure.sha256) if failure.sha256 else None)
                if content is not None:
                    outcome = process_content(content, location=location, url=url, stream_id=stream_id, origin="http")
                    new_events = outcome.after_page  # the page itself is stored already
                else:
                    outcome = process_file(Path(location), stream_id=stream_id)  # the same stream: the failure reads as resolved
                    new_events = outcome.pending
                pending += [p.with_metadata(metadata) for p in new_events]
                if outcome.blob:
                    blobs[outcome.blob[0]] = outcome.blob[1]
                error = outcome.error.split(":")[0] if outcome.error else None
                if not error and outcome.record_failures:
                    error = f"record_extractor:{outcome.record_failures[0]}"
            if error:
                report.still_failing[error] = report.still_failing.get(error, 0) + 1
            else:
                report.fixed += 1
    finally:
        for client in clients.values():
            client.close()
    warehouse.append(pending, blobs)
    warehouse.catch_up()
    return report
