"""Re-extraction: run the current extractor over the raw pages already stored, without
fetching anything again. A new `ArticleExtracted` event is appended only where the output
changed; the older extractions stay in `article_versions`."""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.ingest.pipeline import process_content
from warehouse.application import Pending, Warehouse, run_metadata

@dataclass
class ReextractReport:
    pages: int = 0
    changed: int = 0
    failed: int = 0


def reextract(warehouse: Warehouse, source: str | None = None, batch_size: int = 200) -> ReextractReport:
    report = ReextractReport()
    metadata = {**run_metadata(), "reason": "reextract"}
    batch: list[Pending] = []
    for page in warehouse.stored_pages():
        if source and page.plugin != source:
            continue
        content = warehouse.blob(page.sha256)
        if content is None:
            continue
        url = page.stream_id.removeprefix("url:") if page.stream_id.startswith("url:") else None
        outcome = process_content(content, location=page.location, url=url, source=page.plugin, stream_id=page.stream_id, origin=page.origin or "file")
        report.pages += 1
        report.failed += bool(outcome.error)
        # the page itself is already stored: only the extraction (or its failure) is new
        batch += [p.with_metadata(metadata) for p in outcome.after_page]
        if len(batch) >= batch_size:
            report.changed += len(warehouse.append(batch))
            batch = []
    if batch:
        report.changed += len(warehouse.append(batch))
    warehouse.catch_up()
    return report
