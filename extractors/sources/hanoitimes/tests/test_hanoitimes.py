"""The Hanoi Times's own rules, on dumps written for these tests."""

from extractors.registry import recognise

DUMP = """West Lake walking path reopens
Log in
Hanoi
Jun 02, 2026 / 09:40
The six-kilometre path around West Lake reopened on Monday after resurfacing.
THE HANOI TIMES — Cyclists and walkers now have separate lanes, the district said.
Joggers on the new path. Photo: Thanh Hai/The Hanoi Times
Reactions:
Share:
Trending
Hanoi to pilot low-emission zone
"""


def test_a_dump_is_recognised_and_loses_the_account_link_section_date_and_widgets():
    plugin = recognise(DUMP)
    assert plugin.name == "hanoitimes"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs == [
        "The six-kilometre path around West Lake reopened on Monday after resurfacing.",
        "THE HANOI TIMES — Cyclists and walkers now have separate lanes, the district said.",
    ]
    assert [(i.caption, i.credit) for i in article.images] == [("Joggers on the new path.", "Thanh Hai/The Hanoi Times")]


def test_older_pages_open_their_lead_with_the_hanoitimes():
    dump = "Hanoi builds a bridge\nThe Hanoitimes - The city began work on a new bridge on Monday.\nIt will open in 2028.\n"
    assert recognise(dump).name == "hanoitimes"
