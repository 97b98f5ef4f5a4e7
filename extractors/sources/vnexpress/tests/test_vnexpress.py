"""VnExpress International's own rules, on short pages and dumps written for these tests.
(Its CMS on real pages of the Vietnamese edition: tests/extractors/test_real_pages.py.)"""

from extractors.registry import recognise
from extractors.sources.vnexpress import VnExpressInternational

DUMP = """Ferry operators add evening trips to Cu Lao Cham
By Dac Thanh   March 4, 2026 | 09:12 am GMT+7
Tourists wait for a boat at the Cua Dai pier in Hoi An. Photo by VnExpress/Dac Thanh
Seven licensed operators will add two evening departures each from April 1, the reserve's board said.
The islands received 212,000 visitors in the first two months of the year.
Back to Travel
Da Lat flower festival draws record crowds
"""


def test_a_dump_is_recognised_and_loses_its_byline_line_and_what_follows_the_article():
    plugin = recognise(DUMP)
    assert plugin.name == "vnexpress"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs == [
        "Seven licensed operators will add two evening departures each from April 1, the reserve's board said.",
        "The islands received 212,000 visitors in the first two months of the year.",
    ]


def test_links_to_other_stories_inside_the_body_are_removed():
    page = """<html><head><title>t</title></head><body><h1 class="title_post">Hoi An limits lantern boats</h1>
    <div class="fck_detail"><p class="Normal">The city will license 120 boats on the Hoai River from May.</p>
    <div class="box_brief_info" data-event-category="Article Link Display"><a href="/news/x-4900011.html">Hoi An bans fireworks</a></div>
    <p class="Normal">Boat owners must wear life jackets.</p></div></body></html>"""
    article = VnExpressInternational().clean_html(page, url="https://e.vnexpress.net/news/travel/hoi-an-4900012.html")
    assert article.paragraphs == ["The city will license 120 boats on the Hoai River from May.", "Boat owners must wear life jackets."]


def test_the_byline_date_line_of_a_story_filed_abroad_is_chrome_too():
    dump = "Hanoi opens a flower market\nBy Staff reporters   December 30, 2026 | 08:31 pm PT\nThe market opens at dawn.\n"
    assert recognise(dump).name == "vnexpress"
    assert recognise(dump).clean_text(dump).paragraphs == ["The market opens at dawn."]
