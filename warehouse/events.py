"""Domain events: what happened to an article, as immutable pydantic models.

Each class has a type name and a schema version. When a payload's shape changes, the
version goes up and an upcaster turns older stored payloads into the current shape on
read, so old events never need rewriting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict

from extractors.models import Extraction
from warehouse.errors import UnknownEventType


class DomainEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    event_type: ClassVar[str]
    schema_version: ClassVar[int] = 1
    # upcasters[v] turns a version-v payload into a version-(v+1) payload
    upcasters: ClassVar[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {}

    occurred_at: AwareDatetime


class ArticleDiscovered(DomainEvent):
    """An article's address was found in a feed, sitemap or listing page."""

    event_type = "ArticleDiscovered"
    url: str
    source: str
    via: str  # the feed, sitemap or listing page
    published_hint: datetime | None = None


class PageFetched(DomainEvent):
    """A page's bytes were obtained, over HTTP or from a file. The bytes are kept once,
    content-addressed, in the blob store."""

    event_type = "PageFetched"
    schema_version = 2
    origin: Literal["http", "file"]
    location: str  # URL or file path
    content_sha256: str
    size: int
    media_type: Literal["html", "text"]
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None

    upcasters = {
        # version 1 knew only files and called the location `path`
        1: lambda p: {**{k: v for k, v in p.items() if k != "path"}, "origin": "file", "location": p["path"]},
    }


class FetchFailed(DomainEvent):
    event_type = "FetchFailed"
    schema_version = 2
    location: str
    reason: str
    detail: str
    retryable: bool
    http_status: int | None = None
    plugin: str | None = None  # the source whose page, feed or listing it was

    upcasters = {
        # version 1 did not say whose fetch failed
        1: lambda p: {**p, "plugin": None},
    }


class ArticleExtracted(DomainEvent):
    """A page was cleaned and its records extracted, by this plugin and extractor version."""

    event_type = "ArticleExtracted"
    schema_version = 3
    content_sha256: str
    plugin: str
    plugin_version: str
    extractor_version: str
    extraction: Extraction

    upcasters = {
        # version 1 had no record extractor failures: every extractor had run to the end
        1: lambda p: {**p, "extraction": {**p["extraction"], "records": {**p["extraction"]["records"], "failures": []}}},
        # version 2 looked for records in every article, whatever its language
        2: lambda p: {**p, "extraction": {**p["extraction"], "records": {**p["extraction"]["records"], "skipped": None}}},
    }


class ExtractionFailed(DomainEvent):
    event_type = "ExtractionFailed"
    content_sha256: str | None
    location: str
    plugin: str | None
    extractor_version: str
    reason: str
    detail: str


class ArticleGone(DomainEvent):
    """A later fetch answered 404 or 410."""

    event_type = "ArticleGone"
    url: str
    http_status: int


EVENT_TYPES: dict[str, type[DomainEvent]] = {
    cls.event_type: cls for cls in (ArticleDiscovered, PageFetched, FetchFailed, ArticleExtracted, ExtractionFailed, ArticleGone)
}


def upcast(event_type: str, schema_version: int, payload: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored payload up to its class's current schema version."""
    cls = EVENT_TYPES.get(event_type)
    if cls is None:
        raise UnknownEventType(f"no event type named {event_type!r}")
    version = schema_version
    while version < cls.schema_version:
        payload = cls.upcasters[version](payload)
        version += 1
    return payload


def to_domain(event_type: str, schema_version: int, payload: dict[str, Any]) -> DomainEvent:
    return EVENT_TYPES[event_type].model_validate(upcast(event_type, schema_version, payload))
