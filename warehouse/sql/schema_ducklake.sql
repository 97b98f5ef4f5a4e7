-- The event store on DuckLake: the same tables as schema.sql, without the PRIMARY KEY and
-- UNIQUE constraints DuckLake does not have. The recorder keeps those rules itself:
-- appends are serialised through `append_lock`, and inside that transaction it checks
-- event ids and stream versions before inserting.

CREATE TABLE IF NOT EXISTS events (
    position        BIGINT NOT NULL,
    event_id        UUID NOT NULL,
    stream_id       VARCHAR NOT NULL,
    stream_version  INTEGER NOT NULL,
    type            VARCHAR NOT NULL,
    schema_version  INTEGER NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    payload         JSON NOT NULL,
    metadata        JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS blobs (
    sha256  VARCHAR NOT NULL,
    codec   VARCHAR NOT NULL,
    size    BIGINT NOT NULL,
    data    BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection  VARCHAR NOT NULL,
    position    BIGINT NOT NULL
);

-- One row, rewritten by every append so that concurrent appends conflict at commit.
CREATE TABLE IF NOT EXISTS append_lock (
    appends BIGINT NOT NULL
);
INSERT INTO append_lock SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM append_lock);
