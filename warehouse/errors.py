"""Errors of the event store, named after PEP 249 as the `eventsourcing` library does."""


class WarehouseError(Exception):
    """Base of every error the warehouse raises."""


class OperationalError(WarehouseError):
    """The store cannot be used right now (locked by another process, missing file)."""


class WarehouseLocked(OperationalError):
    """Another process holds the DuckDB file's write lock."""


class IntegrityError(WarehouseError):
    """A write would break the store's rules."""


class ConcurrencyError(IntegrityError):
    """An event was appended at a stream version that is already taken."""


class UnknownEventType(WarehouseError):
    """A stored event whose type no code here knows how to read."""


class WarehouseBusy(OperationalError):
    """Concurrent writers kept winning the commit race until the retry budget ran out."""
