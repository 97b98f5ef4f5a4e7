"""Re-extraction: run the current extractor over the raw pages already stored, without
fetching anything again. A new `ArticleExtracted` event is appended only where the output
changed; the older extractions stay in `article_versions`."""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.ingest.pipeline import process_content
from warehouse.application import Pending, Warehouse, run_metadata

# The newest page of every stream, with the plugin of its newest extraction.
STORED_PAGES_SQL = """
SELECT p.stream_id, p.payload->>'content_sha256' AS sha256, p.payload->>'location' AS location,
       p.payload->>'origin' AS origin,
       (SELECT x.payload->>'plugin' FROM events x
         WHERE x.stream_id = p.stream_id AND x.type = 'ArticleExtracted'
         ORDER BY x.position DESC LIMIT 1) AS plugin
FROM events p
WHERE p.type = 'PageFetched'
QUALIFY row_number() OVER (PARTITION BY p.stream_id ORDER BY p.position DESC) = 1
ORDER BY p.stream_id
"""


@dataclass
class ReextractReport:
    pages: int = 0
    changed: int = 0
    failed: int = 0


def reextract(warehouse: Warehouse, source: str | None = None, batch_size: int = 200) -> ReextractReport:
    report = ReextractReport()
    metadata = {**run_metadata(), "reason": "reextract"}
    _, rows = warehouse.query(STORED_PAGES_SQL)
    batch: list[Pending] = []
    for stream_id, sha256, location, origin, plugin in rows:
        if source and plugin != source:
            continue
        content = warehouse.recorder.get_blob(sha256)
        if content is None:
            continue
        url = stream_id.removeprefix("url:") if stream_id.startswith("url:") else None
        outcome = process_content(content, location=location, url=url, source=plugin, stream_id=stream_id, origin=origin or "file")
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
