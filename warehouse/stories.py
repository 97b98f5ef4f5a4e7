"""Stories: articles about the same event, across outlets, grouped as a projection.

Each article is reduced to the key words of its lede (proper nouns of title, lead and
first paragraph, content words of the title). Articles with the same key words are one
story. Two different sets of key words join when their exact Jaccard similarity reaches
`NEAR_DUPLICATE` (a page and its text dump, a mirror), or reaches `SAME_EVENT` and two of
their articles were published within `WINDOW` of each other. Stories are the connected
groups; a story's id comes from its smallest stream id.

Candidate pairs come from MinHash LSH banding (datasketch's MinHash and its choice of
bands for the threshold), with the bands stored in `story_bands`, so a refresh looks up
the candidates of the changed articles in SQL instead of rebuilding an index; buckets
shared by more than `MAX_BUCKET` key sets are skipped. A candidate pair's exact similarity
is computed only when it could make an edge: when the two sets' publication spans
(`story_key_spans`) come within `WINDOW`, or when they share `NEAR_DUPLICATE_BANDS` bands
or more (a pair at the near-duplicate threshold shares 7 of 28 bands on average, fewer
than 3 with probability 1.7 %): LSH lets through millions of dissimilar pairs that share
one frequent word, and most of them are far apart in time. Similarity and dates are
checked in SQL; Python only joins the edges into groups. A refresh re-groups only the affected
articles: the changed ones, the stories they were in, and the stories of their
candidates. No edge can reach outside that set (an unchanged pair was already judged), so
the result is the same as grouping everything again (tests/warehouse/test_stories.py),
as long as no bucket crosses `MAX_BUCKET` in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from datetime import timedelta

import duckdb
import numpy as np
import pyarrow as pa

SAME_EVENT = 0.2
NEAR_DUPLICATE = 0.5
WINDOW = timedelta(hours=36)
NUM_PERM = 64
# A bucket shared by more key sets than this carries no signal (a frequent word holds the
# minimum hash): candidates come only through smaller buckets, so the work per article
# stays bounded however large the archive grows.
MAX_BUCKET = 200
NEAR_DUPLICATE_BANDS = 3
KEY_CHUNK = 20_000  # key sets at a time: banded in Python, or looked up for candidates
EDGE_CHUNK = 100_000  # edges read from DuckDB at a time
STOP_WORDS = set("""
the a an and or of to in on for with at by from as is was were be been are that this it its their his her he she they we
said says will would has have had more than about after before into over under not also which who whose but
vietnam vietnamese january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday vna vov psnews wvr vgp vns photo
""".split())
# An article's key words, from its lede (title, lead and first paragraph): capitalised
# words not opening a sentence (a sentence's first letter is masked first), lower-cased,
# and the title's words of four letters or more (the lede's start without a title), less
# the stop words; sorted, no repeats. In SQL, so a million articles take seconds.
LEDE_SQL = r"""array_to_string(list_filter([title, lead, split_part(body, chr(10) || chr(10), 1)], x -> coalesce(x, '') <> ''), ' ')"""
KEY_WORDS_SQL = r"""
list_sort(list_distinct(list_filter(
    list_transform(
        regexp_extract_all(
            regexp_replace(lede, '(^|[.!?][\s\pZ\x{0b}\x{1c}-\x{1f}\x{85}])[A-Z]', '\1x', 'g'),
            '[^\pL\pN_]([A-Z][A-Za-z-]{2,})', 1),
        w -> lower(w))
    || regexp_extract_all(lower(CASE WHEN coalesce(title, '') = '' THEN left(lede, 160) ELSE title END), '[a-z][a-z-]{3,}'),
    w -> NOT list_contains(getvariable('story_stop_words'), w))))
"""
# The changed articles' key words and the hash that names each set of them (64 bits of its
# SHA-1: joins on integers, stable across DuckDB versions, unlike `hash()`).
CHANGED_KEYS_SQL = f"""
CREATE OR REPLACE TEMP TABLE changed_keys AS
SELECT stream_id, published_at, words, ('0x' || left(sha1(array_to_string(words, chr(31))), 16))::UBIGINT AS key_hash FROM (
    SELECT stream_id, published_at, {KEY_WORDS_SQL} AS words
    FROM (SELECT stream_id, published_at, title, {LEDE_SQL} AS lede FROM articles WHERE position > $1)
) WHERE len(words) > 0
"""
# Key sets not seen before, numbered for chunks: their MinHash bands are computed in Python.
FRESH_KEYS_SQL = """
CREATE OR REPLACE TEMP TABLE fresh_keys AS
SELECT row_number() OVER () AS n, key_hash, words FROM (
    SELECT key_hash, any_value(words) AS words FROM changed_keys
    WHERE key_hash NOT IN (SELECT key_hash FROM story_key_words) GROUP BY key_hash
)
"""

STORY_TABLES = """
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR, stream_id VARCHAR, source VARCHAR, title VARCHAR, published_at TIMESTAMPTZ, members INTEGER
);
CREATE TABLE IF NOT EXISTS story_keys (stream_id VARCHAR, key_hash UBIGINT, published_at TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS story_key_words (key_hash UBIGINT, words VARCHAR[]);
CREATE TABLE IF NOT EXISTS story_bands (key_hash UBIGINT, band INTEGER, bucket UBIGINT);
CREATE TABLE IF NOT EXISTS story_key_spans (key_hash UBIGINT, first_published TIMESTAMPTZ, last_published TIMESTAMPTZ);
"""
DROP_KEY_TABLES_SQL = """
DROP TABLE IF EXISTS story_keys; DROP TABLE IF EXISTS story_key_words;
DROP TABLE IF EXISTS story_bands; DROP TABLE IF EXISTS story_key_spans;
"""
# Key sets no article has any more: forgotten, so they take no candidate slot.
DROP_ORPHAN_KEYS_SQL = """
DELETE FROM story_key_words WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
DELETE FROM story_key_spans WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
DELETE FROM story_bands WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
"""
# The publication span of the key sets whose articles changed (`respan_keys`), from their
# articles now.
RESPAN_SQL = """
DELETE FROM story_key_spans WHERE key_hash IN (SELECT key_hash FROM respan_keys);
INSERT INTO story_key_spans
SELECT key_hash, min(published_at), max(published_at) FROM story_keys
WHERE key_hash IN (SELECT key_hash FROM respan_keys) GROUP BY key_hash;
DROP TABLE respan_keys;
"""
# The buckets of the key sets in `{keys}` that can give candidates: shared with another
# set, and not overcrowded. Counted once per refresh, for the buckets those sets use.
OPEN_BUCKETS_SQL = """
CREATE OR REPLACE TEMP TABLE {name} AS
SELECT band, bucket FROM story_bands
WHERE (band, bucket) IN (SELECT band, bucket FROM story_bands JOIN {keys} USING (key_hash))
GROUP BY ALL HAVING count(*) BETWEEN 2 AND getvariable('max_bucket')
"""
# Each key set's candidates: the other sets sharing one of the `{buckets}` in any band, that
# could make an edge (spans within the window, or enough shared bands), with their exact
# Jaccard similarity when it is high enough to join a story. `{keys}`: the table of the key
# sets to look up.
CANDIDATES_SQL = """
SELECT key_hash, other, similarity FROM (
    SELECT c.key_hash, c.other,
           len(list_intersect(a.words, b.words)) / (len(a.words) + len(b.words) - len(list_intersect(a.words, b.words))) AS similarity
    FROM (
        SELECT c.key_hash, c.other FROM (
            SELECT t.key_hash, o.key_hash AS other, count(*) AS shared_bands
            FROM (SELECT b.* FROM story_bands b JOIN {keys} USING (key_hash) JOIN {buckets} USING (band, bucket)) t
            JOIN story_bands o ON o.band = t.band AND o.bucket = t.bucket AND o.key_hash <> t.key_hash
            GROUP BY ALL
        ) c
        LEFT JOIN story_key_spans x ON x.key_hash = c.key_hash
        LEFT JOIN story_key_spans y ON y.key_hash = c.other
        WHERE c.shared_bands >= getvariable('near_duplicate_bands')
           OR (epoch(y.first_published) - epoch(x.last_published) <= getvariable('window_seconds')
               AND epoch(x.first_published) - epoch(y.last_published) <= getvariable('window_seconds'))
    ) c
    JOIN story_key_words a ON a.key_hash = c.key_hash
    JOIN story_key_words b ON b.key_hash = c.other
) WHERE similarity >= getvariable('same_event')
"""
# The key sets in scope, numbered for chunks, their open buckets, and the table of their
# similar pairs.
SCOPE_KEYS_SQL = f"""
CREATE OR REPLACE TEMP TABLE scope_keys AS
SELECT row_number() OVER () AS n, key_hash FROM (
    SELECT DISTINCT key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_scope)
);
{OPEN_BUCKETS_SQL.format(name="scope_buckets", keys="scope_keys")};
CREATE OR REPLACE TEMP TABLE scope_pairs (key_hash UBIGINT, other UBIGINT, near_duplicate BOOLEAN);
"""
# The similar pairs of a chunk of the key sets in scope (`scope_chunk`) with the others in
# scope; each pair once, from its smaller key (candidates are symmetric).
SCOPE_PAIRS_SQL = f"""
INSERT INTO scope_pairs
SELECT key_hash, other, similarity >= getvariable('near_duplicate')
FROM ({CANDIDATES_SQL.format(keys="scope_chunk", buckets="scope_buckets")})
WHERE key_hash < other AND other IN (SELECT key_hash FROM scope_keys)
"""
# The pairs of key sets in scope that join: near duplicates, or similar enough with two of
# their articles published within the window.
SCOPE_EDGES_SQL = """
SELECT key_hash, other FROM scope_pairs WHERE near_duplicate
UNION
SELECT p.key_hash, p.other
FROM scope_pairs p
JOIN story_keys x ON x.key_hash = p.key_hash
JOIN story_keys y ON y.key_hash = p.other
WHERE NOT p.near_duplicate AND abs(epoch(x.published_at) - epoch(y.published_at)) <= getvariable('window_seconds')
"""
# Every article in scope with its story: `key_roots` maps a key set to its group's root
# (key sets without an edge are their own root; articles without key words, their own story).
SCOPE_STORIES_SQL = """
INSERT INTO stories
SELECT 'story-' || left(sha256(min(a.stream_id) OVER story), 12), a.stream_id, a.source, a.title, a.published_at,
       count(*) OVER story
FROM articles a
LEFT JOIN story_keys k USING (stream_id)
LEFT JOIN key_roots r ON r.key_hash = k.key_hash
WHERE a.stream_id IN (SELECT stream_id FROM story_scope)
WINDOW story AS (PARTITION BY coalesce(CAST(coalesce(r.root, k.key_hash) AS VARCHAR), a.stream_id))
"""
# The streams whose article changed after a position, or whose article is gone.
CHANGED_STREAMS_SQL = """
CREATE OR REPLACE TEMP TABLE story_changed AS
SELECT stream_id FROM articles WHERE position > $1
UNION ALL
SELECT stream_id FROM stories WHERE stream_id NOT IN (SELECT stream_id FROM articles)
"""
# Streams to look at, then the stories around them (temp table `story_scope`).
AFFECTED_STREAMS_SQL = f"""
CREATE OR REPLACE TEMP TABLE touched_keys AS
SELECT DISTINCT key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed);
{OPEN_BUCKETS_SQL.format(name="touched_buckets", keys="touched_keys")};

CREATE OR REPLACE TEMP TABLE candidate_keys AS
SELECT key_hash FROM touched_keys
UNION
SELECT other FROM ({CANDIDATES_SQL.format(keys="touched_keys", buckets="touched_buckets")});

CREATE OR REPLACE TEMP TABLE story_scope AS
SELECT stream_id FROM story_changed
UNION
SELECT stream_id FROM story_keys WHERE key_hash IN (SELECT key_hash FROM candidate_keys)
UNION
SELECT s.stream_id FROM stories s WHERE s.story_id IN (
    SELECT story_id FROM stories
    WHERE stream_id IN (SELECT stream_id FROM story_changed)
       OR stream_id IN (SELECT stream_id FROM story_keys WHERE key_hash IN (SELECT key_hash FROM candidate_keys))
);
DROP TABLE touched_keys;
DROP TABLE touched_buckets;
DROP TABLE candidate_keys;
"""

FNV_OFFSET, FNV_PRIME = np.uint64(0xCBF29CE484222325), np.uint64(0x100000001B3)


@dataclass(frozen=True)
class Banding:
    """datasketch's choice of bands and rows for `SAME_EVENT`, and its MinHash generator
    bound to one draw of the permutations (drawing them is most of a MinHash's cost)."""

    bands: int
    rows_per_band: int
    signatures: Callable[[Iterable[list[bytes]]], Iterable]


@cache
def banding() -> Banding:
    # datasketch pulls in SciPy (seconds of import): every DAG file imports this module
    # through the warehouse, and only a projection refresh needs it
    from datasketch import MinHash, MinHashLSH

    lsh, template = MinHashLSH(threshold=SAME_EVENT, num_perm=NUM_PERM), MinHash(num_perm=NUM_PERM)
    signatures = partial(MinHash.generator, num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    return Banding(lsh.b, lsh.r, signatures)


def band_buckets(key_sets: list[list[str]]) -> np.ndarray:
    """One bucket per band of each key set's MinHash signature (rows: key sets, columns:
    bands): sets that share a bucket in a band are candidates. The rows of a band are
    mixed into one 64-bit bucket with numpy, for all sets at once."""
    shape = banding()
    signatures = np.vstack([
        m.hashvalues for m in shape.signatures([w.encode() for w in words] for words in key_sets)
    ]).astype(np.uint64)
    rows = signatures[:, :shape.bands * shape.rows_per_band].reshape(len(key_sets), shape.bands, shape.rows_per_band)
    buckets = np.full((len(key_sets), shape.bands), FNV_OFFSET, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping is the point of the multiplication
        for row in range(shape.rows_per_band):
            buckets = (buckets ^ rows[:, :, row]) * FNV_PRIME
    return buckets


def _register(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    con.register(f"{name}_arrow", table)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")
    finally:
        con.unregister(f"{name}_arrow")


def refresh_stories(con: duckdb.DuckDBPyConnection, since: int = 0) -> None:
    """Bring `stories` up to date with the articles whose row changed after position
    `since` (0: every article), and those that left `articles`."""
    if since == 0:  # from scratch: key sets and bands of an earlier version must go too
        con.execute(DROP_KEY_TABLES_SQL)
    con.execute(STORY_TABLES)
    con.execute(CHANGED_STREAMS_SQL, [since])
    if not con.execute("SELECT count(*) FROM story_changed").fetchone()[0]:
        con.execute("DROP TABLE story_changed")
        return
    _record_keys(con, since)
    for name, value in {"max_bucket": MAX_BUCKET, "same_event": SAME_EVENT, "near_duplicate": NEAR_DUPLICATE,
                        "near_duplicate_bands": NEAR_DUPLICATE_BANDS, "window_seconds": WINDOW.total_seconds()}.items():
        con.execute(f"SET VARIABLE {name} = {value}")
    if since == 0:  # everything is in scope: no need to look for the affected stories
        con.execute("CREATE OR REPLACE TEMP TABLE story_scope AS SELECT stream_id FROM story_changed")
    else:
        con.execute(AFFECTED_STREAMS_SQL)
    _record_scope_pairs(con)
    edges = con.execute(SCOPE_EDGES_SQL)
    roots = _roots(row for chunk in iter(lambda: edges.fetchmany(EDGE_CHUNK), []) for row in chunk)
    _register(con, "key_roots", pa.table({"key_hash": pa.array([r[0] for r in roots], pa.uint64()),
                                          "root": pa.array([r[1] for r in roots], pa.uint64())}))
    con.execute("DELETE FROM stories WHERE stream_id IN (SELECT stream_id FROM story_scope)")
    con.execute(SCOPE_STORIES_SQL)
    for table in ("key_roots", "scope_pairs", "scope_keys", "scope_buckets", "story_scope", "story_changed"):
        con.execute(f"DROP TABLE {table}")
    con.execute(DROP_ORPHAN_KEYS_SQL)


def _record_scope_pairs(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `scope_pairs` a chunk of key sets at a time: memory follows the chunk, however
    many candidates the whole scope has."""
    con.execute(SCOPE_KEYS_SQL)
    total = con.execute("SELECT count(*) FROM scope_keys").fetchone()[0]
    for first in range(0, total, KEY_CHUNK):
        con.execute("CREATE OR REPLACE TEMP TABLE scope_chunk AS SELECT key_hash FROM scope_keys WHERE n > ? AND n <= ?", [first, first + KEY_CHUNK])
        con.execute(SCOPE_PAIRS_SQL)
    con.execute("DROP TABLE IF EXISTS scope_chunk")


def _roots(edges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(key set, root of its connected group) for every key set on an edge. Edges are
    read as they come: memory follows the key sets, not the edges between them."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [(node, root(node)) for node in list(parent)]


def _record_keys(con: duckdb.DuckDBPyConnection, since: int) -> None:
    """Replace the changed streams' key words; store words and bands of new key sets,
    a chunk of sets at a time, so memory follows the chunk."""
    con.execute("CREATE OR REPLACE TEMP TABLE respan_keys AS SELECT key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed)")
    con.execute("DELETE FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed)")
    con.execute("SET VARIABLE story_stop_words = ?", [sorted(STOP_WORDS)])
    con.execute(CHANGED_KEYS_SQL, [since])
    con.execute("INSERT INTO story_keys SELECT stream_id, key_hash, published_at FROM changed_keys")
    con.execute("INSERT INTO respan_keys SELECT key_hash FROM changed_keys")
    con.execute(RESPAN_SQL)
    con.execute(FRESH_KEYS_SQL)
    con.execute("INSERT INTO story_key_words SELECT key_hash, words FROM fresh_keys")
    total = con.execute("SELECT count(*) FROM fresh_keys").fetchone()[0]
    for first in range(0, total, KEY_CHUNK):
        fresh = con.execute("SELECT key_hash, words FROM fresh_keys WHERE n > ? AND n <= ?", [first, first + KEY_CHUNK]).fetchall()
        buckets = band_buckets([words for _, words in fresh])
        bands = buckets.shape[1]
        _register(con, "fresh_bands", pa.table({
            "key_hash": pa.array(np.repeat(np.array([digest for digest, _ in fresh], dtype=np.uint64), bands)),
            "band": pa.array(np.tile(np.arange(bands, dtype=np.int32), len(fresh))),
            "bucket": pa.array(buckets.ravel()),
        }))
        con.execute("INSERT INTO story_bands SELECT * FROM fresh_bands; DROP TABLE fresh_bands")
    con.execute("DROP TABLE changed_keys; DROP TABLE fresh_keys")
