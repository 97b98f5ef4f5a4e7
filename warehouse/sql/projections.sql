-- Projections: the analysis tables, derived from `events` only.
-- Each `-- name:` section is run by warehouse/projections.py. A refresh reads the events
-- after the variable `window_start` up to the variable `upto`, finds the streams they
-- touch (temp table `touched`), deletes those streams' rows and writes them again from
-- all their events, in the same transaction that moves the checkpoint.

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
-- The tables replayed from the events. Stories and the search index are replaced whole by
-- the next catch-up (their checkpoints go with the others), so readers keep the previous
-- ones until then.
DROP TABLE IF EXISTS articles;
DROP TABLE IF EXISTS article_versions;
DROP TABLE IF EXISTS images;
DROP TABLE IF EXISTS persons;
DROP TABLE IF EXISTS organizations;
DROP TABLE IF EXISTS countries;
DROP TABLE IF EXISTS quotes;
DROP TABLE IF EXISTS figures;
DROP TABLE IF EXISTS failures;
DELETE FROM projection_checkpoints;

-- name: refresh
-- The streams the window's events (positions after `window_start`, up to `upto`) touch.
CREATE OR REPLACE TEMP TABLE touched AS
SELECT stream_id, min(stream_version) AS first_version FROM events
WHERE position > getvariable('window_start') AND position <= getvariable('upto')
GROUP BY stream_id;

-- A stream whose first event in the window is not its first event had events before it:
-- their positions come from the narrow columns, so only those rows are read in full.
CREATE OR REPLACE TEMP TABLE earlier_positions AS
SELECT e.position FROM events e
WHERE e.position <= getvariable('window_start')
  AND e.stream_id IN (SELECT stream_id FROM touched WHERE first_version > 1);

SET VARIABLE earlier_from = (SELECT coalesce(min(position), getvariable('window_start') + 1) FROM earlier_positions);

-- Every event of the touched streams: a view, so each use scans only the blocks of the
-- window (and of the earlier events), and only the columns it needs.
CREATE OR REPLACE TEMP VIEW touched_events AS
SELECT * FROM events WHERE position > getvariable('window_start') AND position <= getvariable('upto')
UNION ALL
SELECT * FROM events
WHERE position >= getvariable('earlier_from') AND position <= getvariable('window_start')
  AND position IN (SELECT position FROM earlier_positions);

-- Each extraction's payload parsed once, into the typed fields of its model; a stream's
-- newest extraction is its current article.
CREATE OR REPLACE TEMP TABLE extractions AS
SELECT e.stream_id, e.position, e.stream_version, e.recorded_at, e.position = newest.position AS is_latest,
       json_transform(e.payload, ':article_extracted_shape') AS p  -- generated from the pydantic model (warehouse/json_shape.py)
FROM touched_events e
JOIN (SELECT stream_id, max(position) AS position FROM touched_events WHERE type = 'ArticleExtracted' GROUP BY stream_id) newest
  USING (stream_id)
WHERE e.type = 'ArticleExtracted';

CREATE OR REPLACE TEMP VIEW latest AS
SELECT stream_id, position, recorded_at, p.content_sha256, p.plugin_version, p.extractor_version,
       p.extraction.source AS source, p.extraction.article AS article, p.extraction.records AS records
FROM extractions WHERE is_latest;

DELETE FROM articles WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM article_versions WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM images WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM persons WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM organizations WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM countries WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM quotes WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM figures WHERE stream_id IN (SELECT stream_id FROM touched);
DELETE FROM failures WHERE stream_id IN (SELECT stream_id FROM touched);

-- The page an article was extracted from: its stream's newest fetch of the same content.
INSERT INTO articles
SELECT l.stream_id, l.position, l.source, l.article.title, l.article.lead, l.body,
       list_transform(list_filter(l.article.blocks, b -> b.kind = 'heading'), b -> b.text),
       TRY_CAST(l.article.published_at AS TIMESTAMPTZ), TRY_CAST(l.article.updated_at AS TIMESTAMPTZ),
       l.article.author, l.article.language, l.article.canonical_url,
       (SELECT f.payload->>'location' FROM touched_events f
         WHERE f.stream_id = l.stream_id AND f.type = 'PageFetched' AND f.position <= l.position
           AND (f.payload->>'content_sha256') = l.content_sha256
         ORDER BY f.position DESC LIMIT 1),
       l.content_sha256, l.plugin_version, l.extractor_version, l.recorded_at,
       len(string_split_regex(l.body, '\s+'))
FROM (SELECT *, array_to_string(list_transform(article.blocks, b -> b.text), chr(10) || chr(10)) AS body FROM latest) l;

INSERT INTO article_versions
SELECT stream_id, position, stream_version, p.extraction.source, p.extraction.article.title, p.content_sha256,
       p.plugin_version, p.extractor_version, recorded_at, is_latest
FROM extractions;

-- Lists become rows numbered from 1 (two unnests in one SELECT run side by side).
INSERT INTO images
SELECT stream_id, source, i, v.url, v.caption, v.credit FROM (
    SELECT stream_id, source, unnest(generate_series(1, len(article.images))) AS i, unnest(article.images) AS v FROM latest);

INSERT INTO persons
SELECT stream_id, source, i, v.name, v.roles, v.organization, len(v.mentions) FROM (
    SELECT stream_id, source, unnest(generate_series(1, len(records.persons))) AS i, unnest(records.persons) AS v FROM latest);

INSERT INTO organizations
SELECT stream_id, source, i, v.name, v.acronym, len(v.mentions) FROM (
    SELECT stream_id, source, unnest(generate_series(1, len(records.organizations))) AS i, unnest(records.organizations) AS v FROM latest);

INSERT INTO countries
SELECT stream_id, source, v.code, v.name, len(v.mentions) FROM (
    SELECT stream_id, source, unnest(records.countries) AS v FROM latest WHERE len(records.countries) > 0);

INSERT INTO quotes
SELECT stream_id, source, i, v.speaker, v.text, v.span."start", v.span."end" FROM (
    SELECT stream_id, source, unnest(generate_series(1, len(records.quotes))) AS i, unnest(records.quotes) AS v FROM latest);

INSERT INTO figures
SELECT stream_id, source, i, v.value, v.unit, v.qualifier, v.sentence, v.spelled_out, v.span."start", v.span."end" FROM (
    SELECT stream_id, source, unnest(generate_series(1, len(records.figures))) AS i, unnest(records.figures) AS v FROM latest);

INSERT INTO failures
-- FetchFailed of schema version 1 named no source; its crawl's metadata did
SELECT e.stream_id, e.position, e.type, e.payload->>'location', coalesce(e.payload->>'plugin', e.metadata->>'plugin'), e.payload->>'reason',
       e.payload->>'detail', coalesce(TRY_CAST(e.payload->>'retryable' AS BOOLEAN), false), e.recorded_at,
       EXISTS (SELECT 1 FROM latest l WHERE l.stream_id = e.stream_id AND l.position > e.position)
FROM touched_events e
WHERE e.type IN ('FetchFailed', 'ExtractionFailed');

-- A record extractor that raised: the article is kept (in `articles`, without that
-- extractor's records); the failure stands, under the article's URL, until a newer
-- extraction of the stream replaces the one it happened in.
INSERT INTO failures
SELECT x.stream_id, x.position, 'RecordExtractorFailed',
       coalesce(x.p.extraction.article.canonical_url,
                (SELECT f.payload->>'location' FROM touched_events f
                  WHERE f.stream_id = x.stream_id AND f.type = 'PageFetched' AND f.position <= x.position
                  ORDER BY f.position DESC LIMIT 1)),
       x.p.extraction.source, 'record_extractor:' || x.failure.extractor, x.failure.error || ': ' || x.failure.detail, true,
       x.recorded_at, NOT x.is_latest
FROM (SELECT *, unnest(p.extraction.records.failures) AS failure FROM extractions) x;

DROP TABLE earlier_positions;
DROP TABLE touched;
DROP VIEW touched_events;
DROP VIEW latest;
DROP TABLE extractions;

-- name: search
-- $1: the query, $2: how many. BM25 over title, lead and body (English stemming).
SELECT round(score, 3) AS score, source, title, CAST(published_at AS DATE) AS published, stream_id
FROM (SELECT *, fts_main_articles.match_bm25(stream_id, $1) AS score FROM articles)
WHERE score IS NOT NULL
ORDER BY score DESC
LIMIT $2;
