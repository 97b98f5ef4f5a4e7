-- The event store. Append-only: no statement in this project updates or deletes a row of
-- `events` or `blobs`; analysis tables are projections rebuilt from them.

CREATE TABLE IF NOT EXISTS events (
    position        BIGINT PRIMARY KEY,           -- global order, strictly increasing
    event_id        UUID NOT NULL UNIQUE,         -- deterministic: a replayed append is a no-op
    stream_id       VARCHAR NOT NULL,             -- one stream per article
    stream_version  INTEGER NOT NULL,             -- 1, 2, 3... within the stream
    type            VARCHAR NOT NULL,
    schema_version  INTEGER NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    payload         JSON NOT NULL,
    metadata        JSON NOT NULL,
    UNIQUE (stream_id, stream_version)
);

-- Raw page bytes, content-addressed and compressed, kept once for replay.
CREATE TABLE IF NOT EXISTS blobs (
    sha256  VARCHAR PRIMARY KEY,
    codec   VARCHAR NOT NULL,
    size    BIGINT NOT NULL,
    data    BLOB NOT NULL
);

-- How far each projection has read the events; written in the same transaction as the
-- projection's rows.
CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection  VARCHAR PRIMARY KEY,
    position    BIGINT NOT NULL
);
