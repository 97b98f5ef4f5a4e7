"""Stories caught up article by article group exactly as grouping everything at once,
whatever arrives, changes or leaves in between (articles joining, bridging and splitting stories)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warehouse.stories import refresh_stories

ARTICLES = "CREATE TABLE articles (stream_id VARCHAR, position BIGINT, source VARCHAR, title VARCHAR, lead VARCHAR, body VARCHAR, published_at TIMESTAMPTZ)"
# Leads whose key words overlap in chains: A~B share words, B~C share words, D stands alone.
LEADS = [
    "Delegates from Hanoi Geneva Vienna Interpol signed the Convention against Cybercrime",
    "Hanoi Geneva Vienna Interpol Europol welcomed the Convention against Cybercrime signing",
    "Europol Interpol Vienna Nairobi Lima discussed ransomware at the Convention",
    "Farmers in Mekong Delta Can Tho Soc Trang harvested rice early this season",
    "Farmers Mekong Delta Can Tho Soc Trang Ben Tre expect rice prices to rise",
]
DAY = datetime(2025, 10, 25, tzinfo=timezone.utc)

operation = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 7), st.integers(0, len(LEADS) - 1), st.integers(0, 6)),
    st.tuples(st.just("remove"), st.integers(0, 7), st.just(0), st.just(0)),
)


def apply(con: duckdb.DuckDBPyConnection, position: int, op: tuple) -> None:
    kind, article, lead, days = op
    stream = f"url:https://example.vn/{article}"
    con.execute("DELETE FROM articles WHERE stream_id = ?", [stream])
    if kind == "put":
        con.execute("INSERT INTO articles VALUES (?, ?, 'test', ?, ?, '', ?)",
                    [stream, position, f"Story {lead}", LEADS[lead], DAY + timedelta(days=days)])


def grouping(con: duckdb.DuckDBPyConnection) -> set[frozenset[str]]:
    rows = con.execute("SELECT story_id, list(stream_id), any_value(members), count(*) FROM stories GROUP BY story_id").fetchall()
    assert all(members == count for _, _, members, count in rows), "members counts the story's articles"
    return {frozenset(streams) for _, streams, _, _ in rows}


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.lists(operation, min_size=1, max_size=25), st.integers(1, 4))
def test_incremental_stories_equal_grouping_everything_again(operations, every):
    incremental = duckdb.connect()
    incremental.execute(ARTICLES)
    done = 0
    for position, op in enumerate(operations, start=1):
        apply(incremental, position, op)
        if position % every == 0:
            refresh_stories(incremental, since=done)
            done = position
    refresh_stories(incremental, since=done)

    whole = duckdb.connect()
    whole.execute(ARTICLES)
    for row in incremental.execute("SELECT * FROM articles").fetchall():
        whole.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)", list(row))
    refresh_stories(whole)
    assert grouping(incremental) == grouping(whole)
    assert sorted(incremental.execute("SELECT * FROM stories").fetchall()) == sorted(whole.execute("SELECT * FROM stories").fetchall())


def test_chained_articles_form_one_story_and_a_split_separates_them():
    con = duckdb.connect()
    con.execute(ARTICLES)
    for position, lead in enumerate([0, 1, 2, 3], start=1):
        apply(con, position, ("put", position, lead, 0))
    refresh_stories(con)
    assert sorted(len(g) for g in grouping(con)) == [1, 3], "the three cybercrime articles chain into one story"
    apply(con, 5, ("put", 2, 3, 0))  # the bridge article is rewritten about the rice harvest
    refresh_stories(con, since=4)
    assert sorted(len(g) for g in grouping(con)) == [2, 2]


def test_looking_up_candidates_a_key_set_at_a_time_groups_as_all_at_once(monkeypatch):
    def grouped(chunk: int) -> list[tuple]:
        monkeypatch.setattr("warehouse.stories.KEY_CHUNK", chunk)
        con = duckdb.connect()
        con.execute(ARTICLES)
        for position, (lead, days) in enumerate([(0, 0), (1, 0), (2, 1), (3, 0), (4, 1), (1, 5), (2, 5)], start=1):
            apply(con, position, ("put", position, lead, days))
        refresh_stories(con)
        return sorted(con.execute("SELECT * FROM stories").fetchall())

    one_at_a_time = grouped(1)
    assert one_at_a_time == grouped(20_000)
    assert len({row[0] for row in one_at_a_time}) < len(one_at_a_time), "some articles share a story"
