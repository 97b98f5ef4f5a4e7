"""Stories: articles about the same event, across outlets, grouped as a projection.

Each article is reduced to the key words of its lede (proper nouns of title, lead and
first paragraph, content words of the title). MinHash LSH (datasketch) finds candidate
pairs without comparing every pair; a pair joins one story when the exact Jaccard
similarity of their key words reaches `SAME_EVENT` and they were published within
`WINDOW` of each other, or reaches `NEAR_DUPLICATE` whatever the dates (a page and its text
dump, a mirror). Stories are the connected groups.
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

STORIES_TABLE = """
CREATE OR REPLACE TABLE stories (
    story_id VARCHAR, stream_id VARCHAR, source VARCHAR, title VARCHAR, published_at TIMESTAMPTZ, members INTEGER
)
"""


def key_words(title: str | None, lead: str | None, body: str | None) -> set[str]:
    first_paragraph = (body or "").split("\n\n", 1)[0]
    lede = " ".join(filter(None, [title, lead, first_paragraph]))
    proper = {w.lower() for w in PROPER_NOUN.findall(lede)}
    titled = set(TITLE_WORD.findall((title or lede[:160]).lower()))
    return (proper | titled) - STOP_WORDS


def group(articles: list[tuple[str, set[str], datetime | None]]) -> dict[str, str]:
    """stream_id -> story_id for every article."""
    parent = {stream: stream for stream, _, _ in articles}

    def root(stream: str) -> str:
        while parent[stream] != stream:
            parent[stream] = parent[parent[stream]]
            stream = parent[stream]
        return stream

    lsh = MinHashLSH(threshold=SAME_EVENT, num_perm=NUM_PERM)
    info = {}
    first_with: dict[frozenset[str], str] = {}
    for stream, words, published in articles:
        if not words:
            continue
        key = frozenset(words)
        if key in first_with:  # the same key words: the same story, no need to ask the LSH
            parent[root(stream)] = root(first_with[key])
            continue
        first_with[key] = stream
        signature = MinHash(num_perm=NUM_PERM)
        signature.update_batch([w.encode() for w in words])
        for other in lsh.query(signature)[:MAX_CANDIDATES]:
            other_words, other_published = info[other]
            similarity = len(words & other_words) / len(words | other_words)
            close_in_time = published and other_published and abs(published - other_published) <= WINDOW
            if similarity >= NEAR_DUPLICATE or (similarity >= SAME_EVENT and close_in_time):
                parent[root(stream)] = root(other)
        lsh.insert(stream, signature)
        info[stream] = (words, published)
    members: dict[str, list[str]] = {}
    for stream in parent:
        members.setdefault(root(stream), []).append(stream)
    story_of: dict[str, str] = {}
    for group_members in members.values():
        story = "story-" + hashlib.sha256(min(group_members).encode()).hexdigest()[:12]
        story_of.update(dict.fromkeys(group_members, story))
    return story_of


def refresh_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the `stories` projection from `articles` (whole: a new article can join two stories)."""
    rows = con.execute("SELECT stream_id, source, title, lead, body, published_at FROM articles").fetchall()
    story_of = group([(r[0], key_words(r[2], r[3], r[4]), r[5]) for r in rows])
    sizes: dict[str, int] = {}
    for story in story_of.values():
        sizes[story] = sizes.get(story, 0) + 1
    con.execute(STORIES_TABLE)
    if rows:
        table = pa.table({
            "story_id": [story_of[r[0]] for r in rows], "stream_id": [r[0] for r in rows], "source": [r[1] for r in rows],
            "title": [r[2] for r in rows], "published_at": pa.array([r[5] for r in rows], pa.timestamp("us", tz="UTC")),
            "members": pa.array([sizes[story_of[r[0]]] for r in rows], pa.int32()),
        })
        con.register("new_stories", table)
        try:
            con.execute("INSERT INTO stories SELECT * FROM new_stories")
        finally:
            con.unregister("new_stories")
