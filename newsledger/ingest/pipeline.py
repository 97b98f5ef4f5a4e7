"""The ingest job: files in, events appended, projections caught up.

The same functions serve the CLI and the Airflow DAGs. Every file ends as events: a
`PageFetched` with its bytes kept, then `ArticleExtracted` or `ExtractionFailed` with the
reason. Nothing is dropped silently, and a rerun over the same files appends nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from extractors.budget import time_budget
from extractors.errors import TooLarge, failure_reason
from extractors.extract import EXTRACTOR_VERSION, MAX_INPUT_BYTES, extract
from extractors.plugin import SourcePlugin
from newsledger.fetch.urls import normalise_url
from warehouse.application import Pending, Warehouse, run_metadata
from warehouse.events import ArticleExtracted, ExtractionFailed, PageFetched

INPUT_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text"}
PAGE_BUDGET_SECONDS = float(os.environ.get("NEWSLEDGER_PAGE_BUDGET", "20"))
BATCH_SIZE = 200


@dataclass
class FileOutcome:
    path: Path
    stream_id: str
    pending: list[Pending]
    blob: tuple[str, bytes] | None
    source: str | None = None
    error: str | None = None
    record_failures: list[str] = field(default_factory=list)  # record extractors that raised; the article is kept

    @property
    def after_page(self) -> list[Pending]:
        """The events after the page's own (`PageFetched` comes first): what is new when
        the page's bytes are already stored."""
        return self.pending[1:]


@dataclass
class IngestReport:
    files: int = 0
    extracted: int = 0
    failed: int = 0
    events_added: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    record_failures: list[tuple[str, list[str]]] = field(default_factory=list)  # articles kept, some records missing
    by_source: dict[str, int] = field(default_factory=dict)


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given, and the page files inside folders given, in a stable order. Symlinked
    folders are not followed (no loops); a symlinked file is yielded, and `refusal` says
    whether it may be read."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in INPUT_SUFFIXES:
                        yield Path(root) / name
        else:
            yield path


def refusal(path: Path, roots: list[Path]) -> str | None:
    """Why a file found in a folder must not be read: a symlink that leads outside the
    folders the user gave."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    inside = [r for r in roots if r.is_dir() and (target == r.resolve() or r.resolve() in target.parents)]
    return None if inside or path in roots else f"symlink to {target}, outside the folders given"


def url_stream_id(url: str) -> str:
    return f"url:{normalise_url(url)}"


def stream_id_for(url: str | None, content_sha256: str) -> str:
    return url_stream_id(url) if url else f"sha256:{content_sha256}"


def failed_file(path: Path, reason: str, detail: str, source: str | None = None, stream_id: str | None = None) -> FileOutcome:
    """A file that could not be read at all: recorded on a stream of its path."""
    stream = stream_id or f"file:{path.absolute()}"
    failed = ExtractionFailed(occurred_at=datetime.now(timezone.utc), content_sha256=None, location=str(path), plugin=source,
                              extractor_version=EXTRACTOR_VERSION, reason=reason, detail=detail)
    return FileOutcome(path, stream, [Pending(stream, failed, f"{reason}:{detail}")], None, error=f"{reason}: {detail}")


def process_input(path: Path, roots: list[Path], source: str | None = None) -> FileOutcome:
    """A file found under the folders the user gave: refused, or read and extracted."""
    refused = refusal(path, roots)
    return failed_file(path, "symlink_outside", refused, source) if refused else process_file(path, source=source)


def process_file(path: Path, source: str | None = None, url: str | None = None, stream_id: str | None = None) -> FileOutcome:
    """Read and extract one file; every outcome becomes events."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            content = b""
            raise TooLarge(f"{path.stat().st_size} bytes is over the {MAX_INPUT_BYTES} byte cap for one page")
        content = path.read_bytes()
    except TooLarge as error:
        return failed_file(path, error.reason, str(error), source, stream_id)
    except OSError as error:
        return failed_file(path, "unreadable_file", f"{type(error).__name__}: {error.strerror or error}", source, stream_id)
    return process_content(content, location=str(path.absolute()), url=url, source=source, stream_id=stream_id)


def process_content(
    content: bytes,
    location: str,
    url: str | None = None,
    source: "str | SourcePlugin | None" = None,
    stream_id: str | None = None,
    origin: str = "file",
    http: dict | None = None,
    charset: str | None = None,
) -> FileOutcome:
    """Extract a page's bytes and say it as events: the page, then its extraction or failure.
    Pure: the same bytes and code give the same events (and event ids)."""
    now = datetime.now(timezone.utc)
    digest = hashlib.sha256(content).hexdigest()
    # the same bytes from a second file are recorded as such; the same URL's bytes once
    page_key = digest if origin == "http" else f"{digest}:{location}"
    name = Path(location).name
    try:
        with time_budget(PAGE_BUDGET_SECONDS):
            extracted = extract(content, url=url, filename=name, source=source, charset=charset)
    except Exception as error:  # noqa: BLE001 - any failure of one page is recorded, the run goes on
        reason = failure_reason(error)
        stream = stream_id or stream_id_for(url, digest)
        media_type = "html" if name.lower().endswith((".html", ".htm", ".xhtml")) else "text"
        fetched = PageFetched(occurred_at=now, origin=origin, location=location, content_sha256=digest, size=len(content), media_type=media_type, **(http or {}))
        failed = ExtractionFailed(occurred_at=now, content_sha256=digest, location=location, plugin=getattr(source, "name", source),
                                  extractor_version=EXTRACTOR_VERSION, reason=reason, detail=str(error)[:2000])
        return FileOutcome(Path(location), stream, [Pending(stream, fetched, page_key), Pending(stream, failed, f"{digest}:{EXTRACTOR_VERSION}:{reason}")],
                           (digest, content), error=f"{reason}: {str(error)[:200]}")
    extraction = extracted.extraction
    plugin, plugin_version = extraction.source, extracted.plugin_version
    stream = stream_id or stream_id_for(url or extraction.article.canonical_url, digest)
    fetched = PageFetched(occurred_at=now, origin=origin, location=location, content_sha256=digest, size=len(content), media_type=extracted.media_type, **(http or {}))
    extracted_event = ArticleExtracted(occurred_at=now, content_sha256=digest, plugin=plugin, plugin_version=plugin_version,
                                       extractor_version=EXTRACTOR_VERSION, extraction=extraction)
    # the key holds the output's hash: re-extracting appends only where the output changed
    # (an extraction without record extractor failures hashes as it did before they were recorded)
    output = extraction.model_dump(mode="json", exclude=None if extraction.records.failures else {"records": {"failures"}})
    output_hash = hashlib.sha256(json.dumps(output, sort_keys=True).encode()).hexdigest()[:16]
    metadata = {"plugin": plugin, "plugin_version": plugin_version, "extractor_version": EXTRACTOR_VERSION}
    if extracted.fallback:
        metadata["fallback_from"] = extracted.fallback.plugin
        metadata["fallback_reason"] = extracted.fallback.reason
    return FileOutcome(
        Path(location), stream,
        [Pending(stream, fetched, page_key, metadata), Pending(stream, extracted_event, f"{digest}:{output_hash}", metadata)],
        (digest, content), source=plugin, record_failures=[f.extractor for f in extraction.records.failures],
    )


def ingest(paths: Iterable[Path], warehouse: Warehouse, source: str | None = None, project: bool = True) -> IngestReport:
    """Load files into the warehouse in batches, then catch the projections up.

    `project=False` only appends: for several writers at once, which would otherwise
    race to rewrite the same projection rows; one catch-up afterwards does it once."""
    report = IngestReport()
    metadata = run_metadata()
    batch: list[FileOutcome] = []

    def flush() -> None:
        pending = [p.with_metadata(metadata) for o in batch for p in o.pending]
        blobs = dict(o.blob for o in batch if o.blob)
        with warehouse.session():  # append and catch-up on one connection; the lock is free between batches
            report.events_added += len(warehouse.append(pending, blobs))
            if project:
                warehouse.catch_up(derived=False)  # a batch at a time: memory follows the batch, not the run
        batch.clear()

    roots = list(paths)
    for path in iter_input_files(roots):
        outcome = process_input(path, roots, source)
        report.files += 1
        if outcome.error:
            report.failed += 1
            report.failures.append((str(path), outcome.error))
        else:
            report.extracted += 1
            report.by_source[outcome.source or "?"] = report.by_source.get(outcome.source or "?", 0) + 1
            if outcome.record_failures:
                report.record_failures.append((str(path), outcome.record_failures))
        batch.append(outcome)
        if len(batch) >= BATCH_SIZE:
            flush()
    if batch:
        flush()
    if project:
        warehouse.catch_up()
    return report

