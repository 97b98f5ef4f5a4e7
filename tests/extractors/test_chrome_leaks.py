"""Chrome seen leaking into bodies on outlets the rules were not written from: wire credits,
blog templates' date and archive lines, a writer's name printed with the publishing date, a
site's name glued to the date, and unfilled template placeholders. The lines are our own, in
the shapes those pages print; the fallback (`Generic`) is used because it has no rules but the
shared ones.
"""

from __future__ import annotations

import pytest

from extractors.chrome_lines import is_byline, is_chrome_line, is_date_line
from tests.extractors import dumps
from tests.extractors.dumps import LAST, LEAD, PARAGRAPH


def body_of(*lines: str) -> list[str]:
    return dumps.body_of(dumps.clean(*lines))


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Lena Ortiz; Editing by Tom Baker)",
        "(Reporting by Lena Ortiz in Hanoi; Additional reporting by Minh Chau; Writing by Tom Baker)",
        "Editing by Sarah Lim",
        "Reuters /",
        "AFP |",
        "Lena Ortiz Published May 3, 2023 | 10:15 AM",
        "Tom Baker Posted: 12/05/2023 08:40",
        "By staff writers – Translated by Minh Chau",  # the newsroom writing as a whole
        "By our correspondents",
    ],
)
def test_wire_credits_and_a_writers_name_with_the_publishing_date_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Editing by hand takes the clerks most of the week.",
        "Lena Ortiz published a book on the river towns in 2019.",
        "Reuters said the talks would resume on Friday.",
        "By law, staff writers must sign their stories.",
    ],
)
def test_sentences_about_writing_editing_or_publishing_are_not_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", ["May 3, 2023 // 10:15 // 2 years ago", "12/05/2023 - 3 hours ago"])
def test_a_date_with_the_posts_age_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "In Uncategorized on May 3, 2023 at 10:15 am",
        "Riverside Post 5/3/2023 10:15:20 AM",
        "Riverside PostRiverside Post03/05/2023",
        "Archive for May 3rd, 2023|Daily archive page",
        ". PUBDATE_PLACEHOLDER 10:15",
        "AUTHOR_NAME",
    ],
)
def test_a_date_with_a_site_or_category_name_archive_headings_and_placeholders_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "On May 3, 2023 the council met again.",
        "Bridges opened on 03/05/2023",
        "Independence was declared in Hanoi on September 2, 1945, the guide said.",
        "Archives of the province hold maps from the French period, which the museum will show next year.",
        "The MAX_SPEED limit of the old crane was 10:15 metres a minute.",
    ],
)
def test_sentences_holding_dates_archives_or_capitals_with_underscores_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_a_wire_story_loses_its_credits_and_keeps_its_paragraphs():
    assert body_of(
        "Council approves three new bridges",
        "Reuters /",
        LEAD,
        PARAGRAPH,
        LAST,
        "(Reporting by Lena Ortiz; Editing by Tom Baker)",
    ) == [LEAD, PARAGRAPH, LAST]


def test_a_blog_posts_archive_heading_and_category_line_are_dropped():
    assert body_of(
        "Archive for May 3rd, 2023|Daily archive page",
        "Council approves three new bridges",
        "In Uncategorized on May 3, 2023 at 10:15 am",
        LEAD,
        PARAGRAPH,
        LAST,
    ) == [LEAD, PARAGRAPH, LAST]
