"""Captions, credits and headlines on dumps shaped like those of outlets the rules were not written
from (issue 19): each dump is written for these tests in the shape seen on real pages, with
sentences of our own; the fallback (`Generic`) is used because it has no rules but the shared ones.
"""

from __future__ import annotations

from extractors.generic import Generic

HEADLINE = "River town opens its second ferry pier before the rains"
LEAD = "The town of Ben Cau opened its second ferry pier on Monday, doubling the number of boats that can dock there each day."
PARAGRAPH = "Fishermen said the new pier would cut the wait for unloading by half during the busy season, when catches are largest."
LAST = "The town plans a third pier on the northern bank next year if the money can be found, its chairwoman said."


def clean(*lines: str):
    return Generic().clean_text("\n".join(lines) + "\n")


def body_of(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_a_short_page_label_over_the_headline_and_its_lead_is_not_the_headline():
    for label in ("Making news", "river portal", "ab12 web"):
        article = clean(label, HEADLINE, LEAD, PARAGRAPH, LAST)
        assert article.title == HEADLINE, label


def test_a_short_headline_with_the_lead_under_it_stays_the_headline():
    article = clean("Ferry pier opens", LEAD, PARAGRAPH, LAST)
    assert article.title == "Ferry pier opens"


def test_the_entries_of_a_long_menu_above_the_headline_do_not_hide_it():
    menu = [f"• Province {name}" for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    article = clean(*menu, HEADLINE, LEAD, PARAGRAPH, LAST)
    assert article.title == HEADLINE
    assert body_of(article)[0] == LEAD


def test_an_image_alt_text_numbered_by_the_cms_is_not_the_headline():
    article = clean(f"{HEADLINE} ảnh 1", LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_photo_table_s_cell_under_a_one_sentence_opening_is_a_caption_not_the_headline():
    cell = "The chairwoman and guests cut the ribbon at the pier. |"
    article = clean(PARAGRAPH, cell, cell, "Boats wait at the new pier. |", LAST)
    assert article.title is None
    assert "The chairwoman and guests cut the ribbon at the pier." in [image.caption for image in article.images]
