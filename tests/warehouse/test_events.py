"""Domain events round-trip through the store, and old schema versions are upcast on read."""

from __future__ import annotations

from datetime import datetime, timezone

from warehouse.application import Pending, Warehouse
from warehouse.events import ArticleExtracted, PageFetched, to_domain
from warehouse.recorder import NewEvent, event_id_for

NOW = datetime(2025, 10, 26, 8, 0, tzinfo=timezone.utc)


def test_a_version_1_page_event_is_read_as_the_current_version(warehouse_path):
    warehouse = Warehouse(warehouse_path)
    old_payload = {"occurred_at": NOW.isoformat(), "path": "/data/page.html", "content_sha256": "ab" * 32, "size": 10, "media_type": "html"}
    warehouse.recorder.insert_events([
        NewEvent(event_id=event_id_for("s", "PageFetched", "v1"), stream_id="s", type="PageFetched", schema_version=1, occurred_at=NOW, payload=old_payload)
    ])
    [event] = warehouse.stream("s")
    assert isinstance(event, PageFetched)
    assert (event.origin, event.location, event.schema_version) == ("file", "/data/page.html", 2)


def test_current_events_round_trip(warehouse_path):
    warehouse = Warehouse(warehouse_path)
    event = PageFetched(occurred_at=NOW, origin="http", location="https://en.example.vn/a", content_sha256="cd" * 32, size=5, media_type="html", http_status=200, etag='"x"')
    warehouse.append([Pending("url:https://en.example.vn/a", event, "k")])
    assert warehouse.stream("url:https://en.example.vn/a") == [event]
    assert to_domain("PageFetched", 2, event.model_dump(mode="json")) == event


def test_a_version_1_extraction_is_read_with_no_record_failures(warehouse_path):
    warehouse = Warehouse(warehouse_path)
    article = {"outlet": "generic", "title": "T", "blocks": [{"kind": "paragraph", "text": "Body."}]}
    old_payload = {"occurred_at": NOW.isoformat(), "content_sha256": "ab" * 32, "plugin": "generic", "plugin_version": "1",
                   "extractor_version": "0.1.0", "extraction": {"source": "generic", "article": article,
                   "records": {"persons": [], "organizations": [], "countries": [], "quotes": [], "figures": []}}}
    warehouse.recorder.insert_events([
        NewEvent(event_id=event_id_for("s", "ArticleExtracted", "v1"), stream_id="s", type="ArticleExtracted", schema_version=1, occurred_at=NOW, payload=old_payload)
    ])
    [event] = warehouse.stream("s")
    assert isinstance(event, ArticleExtracted) and event.schema_version == 3
    assert event.extraction.records.failures == [] and event.extraction.article.title == "T"
    assert event.extraction.records.skipped is None  # versions 1 and 2 looked for records in every article
