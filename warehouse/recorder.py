"""The persistence layer: the stored-event envelope and the recorder interface.

A recorder stores envelopes and hands them back; it knows nothing of what the payloads
mean. Every backend implements `Recorder` and passes the same test suite
(`tests/warehouse/recorder_suite.py`).
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict

EVENT_ID_NAMESPACE = uuid.UUID("6f1c1f2e-8a53-4d5e-9b39-2f0c2b8f4a11")


def event_id_for(stream_id: str, event_type: str, idempotency_key: str) -> uuid.UUID:
    """Deterministic: the same fact appended twice has the same id, so the second is a no-op."""
    return uuid.uuid5(EVENT_ID_NAMESPACE, f"{stream_id}\x1f{event_type}\x1f{idempotency_key}")


class NewEvent(BaseModel):
    """An event on its way in. `stream_version` None means: next free version."""

    model_config = ConfigDict(frozen=True)

    event_id: uuid.UUID
    stream_id: str
    stream_version: int | None = None
    type: str
    schema_version: int
    occurred_at: AwareDatetime
    payload: dict[str, Any]
    metadata: dict[str, Any] = {}


class StoredEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    position: int
    event_id: uuid.UUID
    stream_id: str
    stream_version: int
    type: str
    schema_version: int
    occurred_at: datetime
    recorded_at: datetime
    payload: dict[str, Any]
    metadata: dict[str, Any]


class Recorder(ABC):
    """Stores events; one append is one transaction, all of it or none of it."""

    @abstractmethod
    def insert_events(self, events: Sequence[NewEvent]) -> list[StoredEvent]:
        """Append in one transaction. Events whose id is already stored are skipped;
        an explicit stream version that is taken raises `ConcurrencyError`.
        Returns what was newly stored."""

    @abstractmethod
    def select_stream(self, stream_id: str) -> list[StoredEvent]:
        """A stream's events in version order."""

    @abstractmethod
    def select_after(self, position: int, limit: int | None = None, types: Sequence[str] | None = None) -> list[StoredEvent]:
        """Events with a global position after `position`, in order."""

    @abstractmethod
    def max_position(self) -> int:
        """The newest global position, 0 when empty."""

    @abstractmethod
    def put_blobs(self, blobs: dict[str, bytes]) -> int:
        """Keep raw bytes by their SHA-256 hex digest; returns how many were new."""

    @abstractmethod
    def get_blob(self, sha256: str) -> bytes | None:
        """The raw bytes of a digest, or None."""
