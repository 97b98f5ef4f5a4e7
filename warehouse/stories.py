"""Stories: articles about the same event, across outlets, grouped as a projection.

Each article is reduced to the key words of its lede (proper nouns of title, lead and
first paragraph, content words of the title). Articles with the same key words are one
story. Two different sets of key words join when their exact Jaccard similarity reaches
`NEAR_DUPLICATE` (a page and its text dump, a mirror), or reaches `SAME_EVENT` and two of
their articles were published within `WINDOW` of each other. Stories are the connected
groups; a story's id comes from its smallest stream id.

Candidate pairs come from MinHash LSH banding (datasketch's MinHash and its choice of
bands for the threshold), with the bands stored in `story_bands`, so a refresh looks up
the candidates of the changed articles in SQL instead of rebuilding an index. A refresh
re-groups only the affected articles: the changed ones, the stories they were in, and the
stories of their candidates. No edge can reach outside that set (an unchanged pair was
already judged), so the result is the same as grouping everything again.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

import duckdb
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

SAME_EVENT = 0.2
NEAR_DUPLICATE = 0.5
WINDOW = timedelta(hours=36)
NUM_PERM = 64
# Near-identical texts (templates, mirrors) make LSH buckets huge: look at this many
# candidates per article at most, so clustering stays linear in the number of articles.
MAX_CANDIDATES = 100
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
DROP_STORY_TABLES = """
DROP TABLE IF EXISTS stories; DROP TABLE IF EXISTS story_keys; DROP TABLE IF EXISTS story_key_words; DROP TABLE IF EXISTS story_bands;
"""
# Key sets no article has any more: forgotten, so they take no candidate slot.
DROP_ORPHAN_KEYS_SQL = """
DELETE FROM story_key_words WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
DELETE FROM story_bands WHERE key_hash NOT IN (SELECT key_hash FROM story_keys);
"""
SCOPE_KEYS_SQL = """
SELECT k.key_hash, w.words, list(k.published_at ORDER BY k.published_at) FILTER (WHERE k.published_at IS NOT NULL)
FROM story_keys k JOIN story_key_words w USING (key_hash)
WHERE k.stream_id IN (SELECT stream_id FROM story_scope)
GROUP BY k.key_hash, w.words
"""
# Each key set's candidates: the first `max_candidates` other sets (by hash) sharing a bucket
# in any band, so one huge bucket cannot make grouping quadratic. `{keys}`: the table of the
# key sets to look up.
CANDIDATES_SQL = """
SELECT key_hash, other FROM (
    SELECT t.key_hash, o.key_hash AS other,
           row_number() OVER (PARTITION BY t.key_hash ORDER BY o.key_hash) AS n
    FROM (SELECT DISTINCT b.key_hash, b.band, b.bucket FROM story_bands b JOIN {keys} USING (key_hash)) t
    JOIN story_bands o ON o.band = t.band AND o.bucket = t.bucket AND o.key_hash <> t.key_hash
    GROUP BY t.key_hash, o.key_hash
) WHERE n <= getvariable('max_candidates')
"""
SCOPE_PAIRS_SQL = f"""
SELECT DISTINCT least(key_hash, other), greatest(key_hash, other)
FROM ({CANDIDATES_SQL.format(keys="scope_keys")})
WHERE other IN (SELECT key_hash FROM scope_keys)
"""
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


def key_words(title: str | None, lead: str | None, body: str | None) -> set[str]:
    first_paragraph = (body or "").split("\n\n", 1)[0]
    lede = " ".join(filter(None, [title, lead, first_paragraph]))
    proper = {w.lower() for w in PROPER_NOUN.findall(lede)}
    titled = set(TITLE_WORD.findall((title or lede[:160]).lower()))
    return (proper | titled) - STOP_WORDS


def key_hash(words: frozenset[str]) -> str:
    return hashlib.sha1("\x1f".join(sorted(words)).encode()).hexdigest()


def band_buckets(words: frozenset[str]) -> list[int]:
    """One bucket per band of the MinHash signature: sets that share a bucket are candidates."""
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([w.encode() for w in sorted(words)])
    values = signature.hashvalues
    return [
        int.from_bytes(hashlib.blake2b(values[b * ROWS_PER_BAND:(b + 1) * ROWS_PER_BAND].tobytes(), digest_size=8).digest(), "little")
        for b in range(BANDS)
    ]


def joins(words_a: frozenset[str], dates_a: list[datetime], words_b: frozenset[str], dates_b: list[datetime]) -> bool:
    similarity = len(words_a & words_b) / len(words_a | words_b)
    if similarity >= NEAR_DUPLICATE:
        return True
    return similarity >= SAME_EVENT and _closest(dates_a, dates_b) <= WINDOW


def _closest(a: list[datetime], b: list[datetime]) -> timedelta:
    """The smallest distance between a date of `a` and one of `b` (both sorted)."""
    best, i, j = timedelta.max, 0, 0
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


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
    changed = con.execute("SELECT stream_id, title, lead, body, published_at FROM articles WHERE position > ?", [since]).fetchall()
    gone = [r[0] for r in con.execute("SELECT stream_id FROM stories EXCEPT SELECT stream_id FROM articles").fetchall()]
    if not changed and not gone:
        return
    _register(con, "story_changed", pa.table({"stream_id": pa.array([r[0] for r in changed] + gone, pa.string())}))
    _record_keys(con, changed)
    con.execute(f"SET VARIABLE max_candidates = {MAX_CANDIDATES}")
    con.execute(AFFECTED_STREAMS_SQL.format(candidates=CANDIDATES_SQL.format(keys="touched_keys")))
    story_of = _group_scope(con)
    con.execute("DELETE FROM stories WHERE stream_id IN (SELECT stream_id FROM story_scope)")
    sizes: dict[str, int] = {}
    for story in story_of.values():
        sizes[story] = sizes.get(story, 0) + 1
    _register(con, "new_stories", pa.table({
        "stream_id": pa.array(list(story_of), pa.string()),
        "story_id": pa.array(list(story_of.values()), pa.string()),
        "members": pa.array([sizes[s] for s in story_of.values()], pa.int32()),
    }))
    con.execute("""
        INSERT INTO stories
        SELECT n.story_id, a.stream_id, a.source, a.title, a.published_at, n.members
        FROM new_stories n JOIN articles a USING (stream_id)
    """)
    for table in ("new_stories", "story_scope", "story_changed"):
        con.execute(f"DROP TABLE {table}")
    con.execute(DROP_ORPHAN_KEYS_SQL)


def _record_keys(con: duckdb.DuckDBPyConnection, changed: list[tuple]) -> None:
    """Replace the changed streams' key words; store words and bands of new key sets."""
    con.execute("DELETE FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_changed)")
    rows, new_sets = [], {}
    for stream, title, lead, body, published in changed:
        words = frozenset(key_words(title, lead, body))
        if words:
            digest = key_hash(words)
            rows.append((stream, digest, published))
            new_sets[digest] = words
    if not rows:
        return
    _register(con, "changed_keys", pa.table({
        "stream_id": pa.array([r[0] for r in rows], pa.string()),
        "key_hash": pa.array([r[1] for r in rows], pa.string()),
        "published_at": pa.array([r[2] for r in rows], pa.timestamp("us", tz="UTC")),
    }))
    con.execute("INSERT INTO story_keys SELECT * FROM changed_keys")
    con.execute("DROP TABLE changed_keys")
    known = {r[0] for r in con.execute("SELECT key_hash FROM story_key_words WHERE key_hash IN (SELECT unnest(?))", [list(new_sets)]).fetchall()}
    fresh = {digest: words for digest, words in new_sets.items() if digest not in known}
    if not fresh:
        return
    _register(con, "fresh_words", pa.table({
        "key_hash": pa.array(list(fresh), pa.string()),
        "words": pa.array([sorted(w) for w in fresh.values()], pa.list_(pa.string())),
    }))
    bands = [(digest, band, bucket) for digest, words in fresh.items() for band, bucket in enumerate(band_buckets(words))]
    _register(con, "fresh_bands", pa.table({
        "key_hash": pa.array([b[0] for b in bands], pa.string()),
        "band": pa.array([b[1] for b in bands], pa.int32()),
        "bucket": pa.array([b[2] for b in bands], pa.uint64()),
    }))
    con.execute("INSERT INTO story_key_words SELECT * FROM fresh_words; INSERT INTO story_bands SELECT * FROM fresh_bands")
    con.execute("DROP TABLE fresh_words; DROP TABLE fresh_bands")


def _group_scope(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """stream_id -> story_id for every stream in `story_scope` still in `articles`."""
    streams = [r[0] for r in con.execute("SELECT stream_id FROM story_scope WHERE stream_id IN (SELECT stream_id FROM articles)").fetchall()]
    keyed = dict(con.execute("SELECT stream_id, key_hash FROM story_keys WHERE stream_id IN (SELECT stream_id FROM story_scope)").fetchall())
    keys = {digest: (frozenset(words), dates or []) for digest, words, dates in con.execute(SCOPE_KEYS_SQL).fetchall()}
    parent = {digest: digest for digest in keys}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    _register(con, "scope_keys", pa.table({"key_hash": pa.array(list(keys), pa.string())}))
    for a, b in con.execute(SCOPE_PAIRS_SQL).fetchall():
        if root(a) != root(b) and joins(keys[a][0], keys[a][1], keys[b][0], keys[b][1]):
            parent[root(a)] = root(b)
    con.execute("DROP TABLE scope_keys")
    members: dict[str, list[str]] = {}
    for stream in streams:
        members.setdefault(root(keyed[stream]) if stream in keyed else stream, []).append(stream)
    story_of: dict[str, str] = {}
    for group_members in members.values():
        story = "story-" + hashlib.sha256(min(group_members).encode()).hexdigest()[:12]
        story_of.update(dict.fromkeys(group_members, story))
    return story_of
