"""The named reads of the event log and the projections that the rest of the code needs:
what `Warehouse` answers besides appends. Every query over `events` lives here (or in the
recorders and projections), so a change to the event table is a change to warehouse/ alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# What the events say about each article stream: its last outcome and HTTP validators.
STREAM_STATE_SQL = """
SELECT stream_id,
       arg_max(type, position) FILTER (WHERE type IN ('PageFetched', 'FetchFailed', 'ArticleGone')) AS last_outcome,
       arg_max(payload->>'retryable', position) FILTER (WHERE type = 'FetchFailed') AS retryable,
       arg_max(payload->>'etag', position) FILTER (WHERE type = 'PageFetched') AS etag,
       arg_max(payload->>'last_modified', position) FILTER (WHERE type = 'PageFetched') AS last_modified,
       max(recorded_at) FILTER (WHERE type = 'PageFetched') AS fetched_at
FROM events
WHERE stream_id IN (SELECT unnest(?))
GROUP BY stream_id
"""

# The newest page of every stream, with the plugin of its newest extraction.
STORED_PAGES_SQL = """
SELECT p.stream_id, p.payload->>'content_sha256' AS sha256, p.payload->>'location' AS location,
       p.payload->>'origin' AS origin,
       (SELECT x.payload->>'plugin' FROM events x
         WHERE x.stream_id = p.stream_id AND x.type = 'ArticleExtracted'
         ORDER BY x.position DESC LIMIT 1) AS plugin
FROM events p
WHERE p.type = 'PageFetched'
QUALIFY row_number() OVER (PARTITION BY p.stream_id ORDER BY p.position DESC) = 1
ORDER BY p.stream_id
"""

# The newest unresolved failure of every stream, with the bytes of its newest page if any.
UNRESOLVED_SQL = """
SELECT f.stream_id, f.type, f.location, f.plugin,
       (SELECT e.payload->>'content_sha256' FROM events e WHERE e.stream_id = f.stream_id AND e.type = 'PageFetched'
         ORDER BY e.position DESC LIMIT 1) AS sha256
FROM failures f WHERE NOT resolved
QUALIFY row_number() OVER (PARTITION BY f.stream_id ORDER BY f.position DESC) = 1
ORDER BY f.stream_id
"""

FAILURES_BY_REASON_SQL = """
SELECT coalesce(plugin, '?') AS source, type, reason, count(*) AS failures, max(recorded_at) AS latest,
       any_value(location) AS example
FROM failures WHERE NOT resolved
GROUP BY ALL ORDER BY failures DESC, source, reason
"""

# Articles kept without a record extractor's records: newest first, under the article's URL.
RECORD_FAILURES_SQL = """
SELECT location AS url, coalesce(plugin, '?') AS source, reason, detail, recorded_at
FROM failures WHERE NOT resolved AND type = 'RecordExtractorFailed'
ORDER BY recorded_at DESC, url, reason
LIMIT $1
"""

TOTALS_SQL = "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM failures WHERE NOT resolved)"

# The coverage report's tables; {where} takes `ReportFilter.where`.
ARTICLES_PER_DAY_SQL = """
SELECT CAST(timezone('Asia/Ho_Chi_Minh', published_at) AS DATE) AS day, source, count(*) AS articles
FROM articles WHERE published_at IS NOT NULL {where} GROUP BY ALL ORDER BY day, source
"""
TOP_SPEAKERS_SQL = """
WITH counted AS (SELECT q.speaker, q.source, count(*) AS quotes FROM quotes q JOIN articles a USING (stream_id) WHERE true {where} GROUP BY ALL),
     top AS (SELECT speaker FROM counted GROUP BY speaker ORDER BY sum(quotes) DESC, speaker LIMIT 15)
SELECT speaker, source, quotes FROM counted WHERE speaker IN (SELECT speaker FROM top) ORDER BY speaker, source
"""
FIGURES_BY_STORY_SQL = """
WITH f AS (
    SELECT s.story_id, any_value(s.title) OVER (PARTITION BY s.story_id) AS story, f.source, lower(f.unit) AS unit,
           f.value, f.qualifier, f.sentence, a.title, f.stream_id, f.figure_index
    FROM figures f JOIN stories s USING (stream_id) JOIN articles a USING (stream_id)
    WHERE NOT f.spelled_out {where}
)
SELECT story_id, story, unit, source, value, qualifier, sentence, title, stream_id, figure_index
FROM f
WHERE (story_id, unit) IN (SELECT story_id, unit FROM f GROUP BY ALL HAVING count(DISTINCT source) > 1)
ORDER BY story, unit, value, source
"""
COVERAGE_SQL = """
SELECT s.story_id, any_value(s.title) AS story, min(s.published_at) AS first_published,
       list_sort(list_distinct(list(s.source))) AS covered_by
FROM stories s JOIN articles a USING (stream_id) WHERE true {where}
GROUP BY s.story_id ORDER BY first_published DESC NULLS LAST
"""


@dataclass(frozen=True)
class StreamState:
    last_outcome: str | None
    retryable: bool
    etag: str | None
    last_modified: str | None
    fetched_at: datetime | None


@dataclass(frozen=True)
class StoredPage:
    stream_id: str
    sha256: str
    location: str
    origin: str | None
    plugin: str | None  # of the stream's newest extraction


@dataclass(frozen=True)
class UnresolvedFailure:
    stream_id: str
    type: str  # FetchFailed or ExtractionFailed
    location: str
    plugin: str | None
    sha256: str | None  # of the stream's newest stored page


@dataclass(frozen=True)
class Totals:
    events: int
    unresolved_failures: int


@dataclass
class ReportFilter:
    since: datetime | None = None
    source: str | None = None

    def where(self, alias: str = "a") -> tuple[str, list]:
        clauses, params = [], []
        if self.since:
            clauses.append(f"{alias}.published_at >= ?")
            params.append(self.since)
        if self.source:
            clauses.append(f"{alias}.source = ?")
            params.append(self.source)
        return "".join(f" AND {c}" for c in clauses), params


@dataclass(frozen=True)
class ReportRows:
    """The coverage report's data, one dict per row."""

    articles_per_day: list[dict]
    top_speakers: list[dict]
    figures_by_story: list[dict]
    coverage: list[dict]
