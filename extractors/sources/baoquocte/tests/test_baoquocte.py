"""WVR's own rules, on short pages and dumps written for these tests."""

import re

from extractors.registry import recognise
from extractors.sources.baoquocte import WorldAndVietnamReport

DUMP = """Vietnam and Chile review trade pact

Latest

WVR - Officials of Vietnam and Chile met in Hanoi on Monday to review ten years of their free trade agreement.

Two-way trade reached about 2 billion USD last year, the ministry said.

RELATED NEWS

Vietnam joins forum on ocean plastics
"""


def test_a_dump_is_recognised_by_its_lead_and_the_related_news_list_is_cut():
    plugin = recognise(DUMP)
    assert plugin.name == "baoquocte"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs[-1] == "Two-way trade reached about 2 billion USD last year, the ministry said."
    assert "Latest" not in article.paragraphs


def test_an_image_table_gives_its_caption_and_credit_not_a_paragraph():
    page = """<html><head><title>t</title></head><body><h1 class="article-detail-title">Vietnam and Chile review trade pact</h1>
    <div class="latest-news"><a href="/x-333001.html">Vietnam joins forum on ocean plastics</a></div>
    <div class="article-detail-content"><p>Officials met in Hanoi on Monday to review the agreement.</p>
    <table class="image"><tr><td><img src="/chile.jpg" alt="Vietnam and Chile review trade pact"></td></tr>
    <tr><td class="caption">Delegates at the meeting in Hanoi. (Photo: Tuan Anh)</td></tr></table></div></body></html>"""
    article = WorldAndVietnamReport().clean_html(page, url="https://en.baoquocte.vn/vietnam-and-chile-review-trade-pact-333900.html")
    assert [(i.caption, i.credit) for i in article.images] == [("Delegates at the meeting in Hanoi.", "Tuan Anh")]
    assert article.paragraphs == ["Officials met in Hanoi on Monday to review the agreement."]


def test_article_addresses_match_and_section_pages_do_not():
    pattern = re.compile(WorldAndVietnamReport.discovery.article_url)
    assert pattern.search("/vietnam-and-chile-review-trade-pact-333900.html")
    assert not pattern.search("/politics")
