"""The tests every event recorder must pass, written once (as `eventsourcing` does).
A test module subclasses `RecorderSuite` and provides a `recorder` fixture
(tests/warehouse/test_recorders.py gives one per backend)."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from warehouse.errors import ConcurrencyError
from warehouse.recorder import NewEvent, Recorder, event_id_for

NOW = datetime(2025, 10, 25, 9, 0, tzinfo=timezone.utc)


def new_event(stream: str, n: int, version: int | None = None, kind: str = "ArticleDiscovered") -> NewEvent:
    return NewEvent(
        event_id=event_id_for(stream, kind, str(n)), stream_id=stream, stream_version=version, type=kind,
        schema_version=1, occurred_at=NOW, payload={"n": n, "text": "Hà Nội ✓"}, metadata={"run_id": "test"},
    )


class RecorderSuite:
    @pytest.fixture
    def recorder(self) -> Recorder:
        raise NotImplementedError("a subclass provides the recorder under test")

    def test_empty_store(self, recorder):
        assert recorder.max_position() == 0
        assert recorder.select_after(0) == []
        assert recorder.select_stream("url:nothing") == []

    def test_append_assigns_versions_and_positions(self, recorder):
        stored = recorder.insert_events([new_event("a", 1), new_event("b", 1), new_event("a", 2)])
        assert [(e.stream_id, e.stream_version, e.position) for e in stored] == [("a", 1, 1), ("b", 1, 2), ("a", 2, 3)]
        assert [e.payload["n"] for e in recorder.select_stream("a")] == [1, 2]
        assert recorder.select_stream("a")[0].payload["text"] == "Hà Nội ✓"
        assert recorder.max_position() == 3

    def test_reappending_the_same_events_changes_nothing(self, recorder):
        batch = [new_event("a", 1), new_event("a", 2)]
        recorder.insert_events(batch)
        assert recorder.insert_events(batch) == []
        assert recorder.insert_events([batch[1], new_event("a", 3)])[0].stream_version == 3
        assert recorder.max_position() == 3

    def test_duplicates_inside_one_batch_are_stored_once(self, recorder):
        assert len(recorder.insert_events([new_event("a", 1), new_event("a", 1)])) == 1

    def test_taken_version_raises_concurrency_error_and_stores_nothing(self, recorder):
        recorder.insert_events([new_event("a", 1)])
        with pytest.raises(ConcurrencyError):
            recorder.insert_events([new_event("b", 1), new_event("a", 2, version=1)])
        assert recorder.max_position() == 1, "the whole batch is refused"
        assert recorder.select_stream("b") == []

    def test_select_after_position_with_limit_and_types(self, recorder):
        recorder.insert_events([new_event("a", n) for n in range(1, 6)] + [new_event("b", 9, kind="ArticleGone")])
        assert [e.position for e in recorder.select_after(2, limit=2)] == [3, 4]
        assert [e.type for e in recorder.select_after(0, types=["ArticleGone"])] == ["ArticleGone"]

    def test_event_ids_are_deterministic(self, recorder):
        assert event_id_for("s", "T", "k") == event_id_for("s", "T", "k") != event_id_for("s", "T", "k2")
        assert isinstance(recorder.insert_events([new_event("a", 1)])[0].event_id, uuid.UUID)

    def test_blobs_are_kept_once_and_read_back(self, recorder):
        data = "<html>Xin chào</html>".encode() * 100
        assert recorder.put_blobs({"abc": data}) == 1
        assert recorder.put_blobs({"abc": data}) == 0
        assert recorder.get_blob("abc") == data
        assert recorder.get_blob("missing") is None
