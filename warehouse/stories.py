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
shared by more than `MAX_BUCKET` key sets are skipped. Similarity and dates are checked
in SQL; Python only joins the edges into groups. A refresh re-groups only the affected
articles: the changed ones, the stories they were in, and the stories of their
candidates. No edge can reach outside that set (an unchanged pair was already judged), so
the result is the same as grouping everything again (tests/warehouse/test_stories.py),
as long as no bucket crosses `MAX_BUCKET` in between.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

SAME_EVENT = 0.2
NEAR_DUPLICATE = 0.5
WINDOW = timedelta(hours=36)
NUM_PERM = 64
# A bucket shared by more key sets than this carries no signal (a frequent word holds the
# minimum hash): candidates come only through smaller buckets, so the work per article
# stays bounded however large the archive grows.
MAX_BUCKET = 200
STOP_WORDS = set("""
the a an and or of to in on for with at by from as is was were be been are that this it its their his her he she they we
said says will would has have had more than about after before into over under not also which who whose but
vietnam vietnamese january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday vna vov psnews wvr vgp vns photo
""".split())
PROPER_NOUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z-]{2,}")
TITLE_WORD = re.compile(r"[a-z][a-z-]{3,}")

STORY_TABLES = """
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR, stream_id VARCHAR, source VARCHAR, title VARCHAR, published_at TIMESTAMPTZ, members INTEGER
);
CREATE TABLE IF NOT EXISTS story_keys (stream_id VARCHAR, key_hash VARCHAR, published_at TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS story_key_words (key_hash VARCHAR, words VARCHAR[]);
CREATE TABLE IF NOT EXISTS story_bands (key_hash VARCHAR, band INTEGER, bucket UBIGINT);
"""
# Key sets no article has any more: forgotten, so they take no candidate slot.
DROP_ORPHAN_KEYS_SQL = """
DELETE FROM story_key_words WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
DELETE FROM story_bands WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
"""
# Each key set's candidates: the other sets sharing a bucket (not an overcrowded one) in
# any band, with their exact Jaccard similarity, when it is high enough to join a story. `{keys}`: the
# table of the key sets to look up.
CANDIDATES_SQL = """
SELECT key_hash, other, similarity FROM (
    SELECT c.key_hash, c.other,
           len(list_intersect(a.words, b.words)) / (len(a.words) + len(b.words) - len(list_intersect(a.words, b.words))) AS similarity
    FROM (
        SELECT DISTINCT t.key_hash, o.key_hash AS other
        FROM (SELECT b.* FROM story_bands b JOIN {keys} USING (key_hash)) t
        JOIN story_bands o ON o.band = t.band AND o.bucket = t.bucket AND o.key_hash <> t.key_hash
        WHERE (t.band, t.bucket) IN (SELECT band, bucket FROM story_bands GROUP BY band, bucket HAVING count(*) <= getvariable('max_bucket'))
    ) c
    JOIN story_key_words a ON a.key_hash = c.key_hash
    JOIN story_key_words b ON b.key_hash = c.other
) WHERE similarity >= getvariable('same_event')
"""
# The pairs of key sets in scope that join: near duplicates, or similar enough with two of
# their articles published within the window.
SCOPE_EDGES_SQL = f"""
CREATE OR REPLACE TEMP TABLE scope_keys AS
SELECT DISTINCT key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_scope);

CREATE OR REPLACE TEMP TABLE scope_pairs AS
SELECT key_hash, other, similarity >= getvariable('near_duplicate') AS near_duplicate
FROM ({CANDIDATES_SQL.format(keys="scope_keys")})
WHERE other IN (SELECT key_hash FROM scope_keys);

SELECT least(key_hash, other), greatest(key_hash, other) FROM scope_pairs WHERE near_duplicate
UNION
SELECT least(p.key_hash, p.other), greatest(p.key_hash, p.other)
FROM scope_pairs p
JOIN story_keys x ON x.key_hash = p.key_hash
JOIN story_keys y ON y.key_hash = p.other
WHERE NOT p.near_duplicate AND abs(epoch(x.published_at) - epoch(y.published_at)) <= getvariable('window_seconds');
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
WINDOW story AS (PARTITION BY coalesce(r.root, k.key_hash, a.stream_id))
"""
# The streams whose article changed after a position, or whose article is gone.
CHANGED_STREAMS_SQL = """
CREATE OR REPLACE TEMP TABLE story_changed AS
SELECT stream_id FROM articles WHERE position > $1
UNION ALL
SELECT stream_id FROM stories WHERE stream_id NOT IN (SELECT stream_id FROM articles)
"""
# What the key words are read from (title, lead, first paragraph), numbered for chunks.
CHANGED_LEDES_SQL = """
CREATE OR REPLACE TEMP TABLE changed_ledes AS
SELECT row_number() OVER () AS n, stream_id, title, lead, split_part(body, chr(10) || chr(10), 1) AS first_paragraph
FROM articles WHERE position > $1
"""
KEY_CHUNK = 20_000
# Streams to look at, then the stories around them (temp table `story_scope`).
AFFECTED_STREAMS_SQL = """
CREATE OR REPLACE TEMP TABLE touched_keys AS
SELECT DISTINCT key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed);

CREATE OR REPLACE TEMP TABLE candidate_keys AS
SELECT key_hash FROM touched_keys
UNION
SELECT other FROM ({candidates});

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
DROP TABLE candidate_keys;
"""

_BANDING = MinHashLSH(threshold=SAME_EVENT, num_perm=NUM_PERM)
BANDS, ROWS_PER_BAND = _BANDING.b, _BANDING.r
_TEMPLATE = MinHash(num_perm=NUM_PERM)  # drawing the permutations is most of a MinHash's cost: once
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme
FNV_OFFSET, FNV_PRIME = np.uint64(0xCBF29CE484222325), np.uint64(0x100000001B3)


def key_words(title: str | None, lead: str | None, body: str | None) -> set[str]:
    first_paragraph = (body or "").split("\n\n", 1)[0]
    lede = " ".join(filter(None, [title, lead, first_paragraph]))
    proper = {w.lower() for w in PROPER_NOUN.findall(lede)}
    titled = set(TITLE_WORD.findall((title or lede[:160]).lower()))
    return (proper | titled) - STOP_WORDS


def key_hash(words: frozenset[str]) -> str:
    return hashlib.sha1("\x1f".join(sorted(words)).encode()).hexdigest()


def band_buckets(key_sets: list[frozenset[str]]) -> np.ndarray:
    """One bucket per band of each key set's MinHash signature (rows: key sets, columns:
    bands): sets that share a bucket in a band are candidates. The rows of a band are
    mixed into one 64-bit bucket with numpy, for all sets at once."""
    signatures = np.vstack([
        m.hashvalues for m in MinHash.generator(
            ([w.encode() for w in sorted(words)] for words in key_sets),
            num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=_SCHEME)
    ]).astype(np.uint64)
    rows = signatures[:, :BANDS * ROWS_PER_BAND].reshape(len(key_sets), BANDS, ROWS_PER_BAND)
    buckets = np.full((len(key_sets), BANDS), FNV_OFFSET, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping is the point of the multiplication
        for row in range(ROWS_PER_BAND):
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
    con.execute(STORY_TABLES)
    con.execute(CHANGED_STREAMS_SQL, [since])
    if not con.execute("SELECT count(*) FROM story_changed").fetchone()[0]:
        con.execute("DROP TABLE story_changed")
        return
    _record_keys(con, since)
    for name, value in {"max_bucket": MAX_BUCKET, "same_event": SAME_EVENT, "near_duplicate": NEAR_DUPLICATE,
                        "window_seconds": WINDOW.total_seconds()}.items():
        con.execute(f"SET VARIABLE {name} = {value}")
    if since == 0:  # everything is in scope: no need to look for the affected stories
        con.execute("CREATE OR REPLACE TEMP TABLE story_scope AS SELECT stream_id FROM story_changed")
    else:
        con.execute(AFFECTED_STREAMS_SQL.format(candidates=CANDIDATES_SQL.format(keys="touched_keys")))
    edges = con.execute(SCOPE_EDGES_SQL).fetchall()
    _register(con, "key_roots", pa.table(dict(zip(("key_hash", "root"), map(list, zip(*_roots(edges))))) if edges else
                                         {"key_hash": pa.array([], pa.string()), "root": pa.array([], pa.string())}))
    con.execute("DELETE FROM stories WHERE stream_id IN (SELECT stream_id FROM story_scope)")
    con.execute(SCOPE_STORIES_SQL)
    for table in ("key_roots", "scope_pairs", "scope_keys", "story_scope", "story_changed"):
        con.execute(f"DROP TABLE {table}")
    con.execute(DROP_ORPHAN_KEYS_SQL)


def _roots(edges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(key set, root of its connected group) for every key set on an edge."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
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
    """Replace the changed streams' key words; store words and bands of new key sets.
    Articles are read a chunk at a time, only their lede, so memory follows the chunk."""
    if since == 0:  # from scratch: key sets and bands of an earlier banding must go too
        con.execute("DELETE FROM story_keys; DELETE FROM story_key_words; DELETE FROM story_bands")
    else:
        con.execute("DELETE FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed)")
    con.execute(CHANGED_LEDES_SQL, [since])
    total = con.execute("SELECT count(*) FROM changed_ledes").fetchone()[0]
    for first in range(0, total, KEY_CHUNK):
        chunk = con.execute("SELECT stream_id, title, lead, first_paragraph FROM changed_ledes WHERE n > ? AND n <= ?",
                            [first, first + KEY_CHUNK]).fetchall()
        _record_chunk_keys(con, chunk)
    con.execute("DROP TABLE changed_ledes")


def _record_chunk_keys(con: duckdb.DuckDBPyConnection, chunk: list[tuple]) -> None:
    rows, new_sets = [], {}
    for stream, title, lead, first_paragraph in chunk:
        words = frozenset(key_words(title, lead, first_paragraph))
        if words:
            digest = key_hash(words)
            rows.append((stream, digest))
            new_sets[digest] = words
    if not rows:
        return
    _register(con, "changed_keys", pa.table({
        "stream_id": pa.array([r[0] for r in rows], pa.string()),
        "key_hash": pa.array([r[1] for r in rows], pa.string()),
    }))
    con.execute("INSERT INTO story_keys SELECT c.stream_id, c.key_hash, a.published_at FROM changed_keys c JOIN articles a USING (stream_id)")
    con.execute("DROP TABLE changed_keys")
    known = {r[0] for r in con.execute("SELECT key_hash FROM story_key_words WHERE key_hash IN (SELECT unnest(?))", [list(new_sets)]).fetchall()}
    fresh = {digest: words for digest, words in new_sets.items() if digest not in known}
    if not fresh:
        return
    _register(con, "fresh_words", pa.table({
        "key_hash": pa.array(list(fresh), pa.string()),
        "words": pa.array([sorted(w) for w in fresh.values()], pa.list_(pa.string())),
    }))
    buckets = band_buckets(list(fresh.values()))
    _register(con, "fresh_bands", pa.table({
        "key_hash": pa.array(np.repeat(np.array(list(fresh), dtype=object), BANDS), pa.string()),
        "band": pa.array(np.tile(np.arange(BANDS, dtype=np.int32), len(fresh))),
        "bucket": pa.array(buckets.ravel()),
    }))
    con.execute("INSERT INTO story_key_words SELECT * FROM fresh_words; INSERT INTO story_bands SELECT * FROM fresh_bands")
    con.execute("DROP TABLE fresh_words; DROP TABLE fresh_bands")
