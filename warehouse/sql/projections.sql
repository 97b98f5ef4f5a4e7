-- Projections: the analysis tables, derived from `events` only.
-- Each `-- name:` section is run by warehouse/projections.py. A refresh reads the temp
-- table `touched` (the streams with new events) and the variable `upto` (the newest
-- position to read), deletes those streams' rows and writes them again, in the same
-- transaction that moves the checkpoint.

-- name: create
-- No keys: DuckLake has none, and a refresh deletes a stream's rows before writing them.
CREATE TABLE IF NOT EXISTS articles (
    stream_id VARCHAR, position BIGINT, source VARCHAR, title VARCHAR, lead VARCHAR,
    body VARCHAR, headings VARCHAR[], published_at TIMESTAMPTZ, updated_at TIMESTAMPTZ, author VARCHAR,
    language VARCHAR, canonical_url VARCHAR, location VARCHAR, content_sha256 VARCHAR,
    plugin_version VARCHAR, extractor_version VARCHAR, extracted_at TIMESTAMPTZ, words INTEGER
);
CREATE TABLE IF NOT EXISTS article_versions (
    stream_id VARCHAR, position BIGINT, stream_version INTEGER, source VARCHAR, title VARCHAR,
    content_sha256 VARCHAR, plugin_version VARCHAR, extractor_version VARCHAR, extracted_at TIMESTAMPTZ,
    is_current BOOLEAN
);
CREATE TABLE IF NOT EXISTS images (
    stream_id VARCHAR, source VARCHAR, image_index INTEGER, url VARCHAR, caption VARCHAR, credit VARCHAR
);
CREATE TABLE IF NOT EXISTS persons (
    stream_id VARCHAR, source VARCHAR, person_index INTEGER, name VARCHAR, roles VARCHAR[],
    organization VARCHAR, mentions INTEGER
);
CREATE TABLE IF NOT EXISTS organizations (
    stream_id VARCHAR, source VARCHAR, organization_index INTEGER, name VARCHAR, acronym VARCHAR, mentions INTEGER
);
CREATE TABLE IF NOT EXISTS countries (
    stream_id VARCHAR, source VARCHAR, code VARCHAR, name VARCHAR, mentions INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    stream_id VARCHAR, source VARCHAR, quote_index INTEGER, speaker VARCHAR, text VARCHAR,
    start_offset INTEGER, end_offset INTEGER
);
CREATE TABLE IF NOT EXISTS figures (
    stream_id VARCHAR, source VARCHAR, figure_index INTEGER, value DOUBLE, unit VARCHAR, qualifier VARCHAR,
    sentence VARCHAR, spelled_out BOOLEAN, start_offset INTEGER, end_offset INTEGER
);
CREATE TABLE IF NOT EXISTS failures (
    stream_id VARCHAR, position BIGINT, type VARCHAR, location VARCHAR, plugin VARCHAR, reason VARCHAR,
    detail VARCHAR, retryable BOOLEAN, recorded_at TIMESTAMPTZ, resolved BOOLEAN
);

-- name: drop
DROP SCHEMA IF EXISTS fts_main_articles CASCADE;
DROP TABLE IF EXISTS articles;
DROP TABLE IF EXISTS article_versions;
DROP TABLE IF EXISTS images;
DROP TABLE IF EXISTS persons;
DROP TABLE IF EXISTS organizations;
DROP TABLE IF EXISTS countries;
DROP TABLE IF EXISTS quotes;
DROP TABLE IF EXISTS figures;
DROP TABLE IF EXISTS failures;
DROP TABLE IF EXISTS stories;
DROP TABLE IF EXISTS story_keys;
DROP TABLE IF EXISTS story_key_words;
DROP TABLE IF EXISTS story_bands;
DELETE FROM projection_checkpoints;

-- name: refresh
-- Every event of the touched streams, read from `events` once; the rest reads only this.
CREATE OR REPLACE TEMP TABLE touched_events AS
SELECT e.* FROM events e
WHERE e.stream_id IN (SELECT stream_id FROM touched) AND e.position <= getvariable('upto');

CREATE OR REPLACE TEMP TABLE extraction_events AS
SELECT * FROM touched_events WHERE type = 'ArticleExtracted';

CREATE OR REPLACE TEMP TABLE latest AS
SELECT stream_id, position, stream_version, recorded_at, payload,
       payload->'extraction'->'article' AS article,
       payload->'extraction'->'records' AS records,
       payload->'extraction'->>'source' AS source
FROM extraction_events
QUALIFY row_number() OVER (PARTITION BY stream_id ORDER BY position DESC) = 1;

DELETE FROM articles WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM article_versions WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM images WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM persons WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM organizations WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM countries WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM quotes WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM figures WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM failures WHERE stream_id IN (SELECT stream_id FROM touched);

INSERT INTO articles
SELECT l.stream_id, l.position, l.source, l.article->>'title', l.article->>'lead',
       array_to_string(list_transform(from_json(l.article->'blocks', '[{"kind":"VARCHAR","text":"VARCHAR"}]'), b -> b.text), chr(10) || chr(10)),
       list_transform(list_filter(from_json(l.article->'blocks', '[{"kind":"VARCHAR","text":"VARCHAR"}]'), b -> b.kind = 'heading'), b -> b.text),
       TRY_CAST(l.article->>'published_at' AS TIMESTAMPTZ), TRY_CAST(l.article->>'updated_at' AS TIMESTAMPTZ),
       l.article->>'author', l.article->>'language', l.article->>'canonical_url',
       (SELECT f.payload->>'location' FROM touched_events f
         WHERE f.stream_id = l.stream_id AND f.type = 'PageFetched' AND f.position <= l.position
           AND (f.payload->>'content_sha256') = (l.payload->>'content_sha256')
         ORDER BY f.position DESC LIMIT 1),
       l.payload->>'content_sha256', l.payload->>'plugin_version', l.payload->>'extractor_version', l.recorded_at,
       len(string_split_regex(array_to_string(list_transform(from_json(l.article->'blocks', '[{"kind":"VARCHAR","text":"VARCHAR"}]'), b -> b.text), ' '), '\s+'))
FROM latest l;

INSERT INTO article_versions
SELECT e.stream_id, e.position, e.stream_version, e.payload->'extraction'->>'source',
       e.payload->'extraction'->'article'->>'title', e.payload->>'content_sha256',
       e.payload->>'plugin_version', e.payload->>'extractor_version', e.recorded_at,
       e.position = (SELECT l.position FROM latest l WHERE l.stream_id = e.stream_id)
FROM extraction_events e;

INSERT INTO images
SELECT l.stream_id, l.source, u.i, u.v.url, u.v.caption, u.v.credit
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.article->'images', '[{"url":"VARCHAR","caption":"VARCHAR","credit":"VARCHAR"}]')) AS v,
           generate_subscripts(from_json(l.article->'images', '["JSON"]'), 1) AS i
) u;

INSERT INTO persons
SELECT l.stream_id, l.source, u.i, u.v.name, u.v.roles, u.v.organization, len(u.v.mentions)
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.records->'persons', '[{"name":"VARCHAR","roles":["VARCHAR"],"organization":"VARCHAR","mentions":["JSON"]}]')) AS v,
           generate_subscripts(from_json(l.records->'persons', '["JSON"]'), 1) AS i
) u;

INSERT INTO organizations
SELECT l.stream_id, l.source, u.i, u.v.name, u.v.acronym, len(u.v.mentions)
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.records->'organizations', '[{"name":"VARCHAR","acronym":"VARCHAR","mentions":["JSON"]}]')) AS v,
           generate_subscripts(from_json(l.records->'organizations', '["JSON"]'), 1) AS i
) u;

INSERT INTO countries
SELECT l.stream_id, l.source, u.v.code, u.v.name, len(u.v.mentions)
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.records->'countries', '[{"code":"VARCHAR","name":"VARCHAR","mentions":["JSON"]}]')) AS v
) u;

INSERT INTO quotes
SELECT l.stream_id, l.source, u.i, u.v.speaker, u.v.text, u.v.span."start", u.v.span."end"
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.records->'quotes', '[{"speaker":"VARCHAR","text":"VARCHAR","span":{"start":"INTEGER","end":"INTEGER"}}]')) AS v,
           generate_subscripts(from_json(l.records->'quotes', '["JSON"]'), 1) AS i
) u;

INSERT INTO figures
SELECT l.stream_id, l.source, u.i, u.v.value, u.v.unit, u.v.qualifier, u.v.sentence, u.v.spelled_out,
       u.v.span."start", u.v.span."end"
FROM latest l, LATERAL (
    SELECT unnest(from_json(l.records->'figures', '[{"value":"DOUBLE","unit":"VARCHAR","qualifier":"VARCHAR","sentence":"VARCHAR","spelled_out":"BOOLEAN","span":{"start":"INTEGER","end":"INTEGER"}}]')) AS v,
           generate_subscripts(from_json(l.records->'figures', '["JSON"]'), 1) AS i
) u;

INSERT INTO failures
SELECT e.stream_id, e.position, e.type, e.payload->>'location', e.payload->>'plugin', e.payload->>'reason',
       e.payload->>'detail', coalesce(TRY_CAST(e.payload->>'retryable' AS BOOLEAN), false), e.recorded_at,
       EXISTS (SELECT 1 FROM latest l WHERE l.stream_id = e.stream_id AND l.position > e.position)
FROM touched_events e
WHERE e.type IN ('FetchFailed', 'ExtractionFailed');

DROP TABLE extraction_events;
DROP TABLE touched_events;
DROP TABLE latest;

-- name: search
-- $1: the query, $2: how many. BM25 over title, lead and body (English stemming).
SELECT round(score, 3) AS score, source, title, CAST(published_at AS DATE) AS published, stream_id
FROM (SELECT *, fts_main_articles.match_bm25(stream_id, $1) AS score FROM articles)
WHERE score IS NOT NULL
ORDER BY score DESC
LIMIT $2;
