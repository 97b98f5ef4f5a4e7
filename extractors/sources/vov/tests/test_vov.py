"""VOV's own rules, on short pages and dumps written for these tests."""

import re

from extractors.registry import recognise
from extractors.sources.vov import VOV

DUMP = """Ferry links to Con Dao island to double next summer

VOV.VN - Two more ferries will serve Con Dao island from June, the provincial transport department said on Tuesday.

The operators expect about 4,000 passengers a week in the high season.

Mời quý độc giả theo dõi VOV.VN trên
Viết bình luận

This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.

Related

Night market opens beside the old port
Night market opens beside the old port
"""


def test_a_dump_is_recognised_by_its_dateline_and_ends_at_the_follow_us_line():
    plugin = recognise(DUMP)
    assert plugin.name == "vov"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs[0].startswith("VOV.VN - Two more ferries"), "the dateline stays part of the lead"
    assert article.paragraphs[-1] == "The operators expect about 4,000 passengers a week in the high season."


def test_comment_form_and_related_block_inside_the_page_are_removed():
    page = """<html><head><title>t</title></head><body><h1 class="article-title">Ferry links to Con Dao island to double</h1>
    <div class="article-content"><div class="text-long"><p>VOV.VN - Two more ferries will serve the island from June.</p>
    <div class="article-related"><a href="/en/society/x-post1190999.vov">Night market opens beside the old port</a></div>
    <div class="comment-box"><p>Viết bình luận</p></div></div></div></body></html>"""
    article = VOV().clean_html(page, url="https://english.vov.vn/en/society/ferry-post1190998.vov")
    assert article.paragraphs == ["VOV.VN - Two more ferries will serve the island from June."]


def test_article_addresses_match_and_tag_pages_do_not():
    pattern = re.compile(VOV.discovery.article_url)
    assert pattern.search("/en/society/ferry-links-to-con-dao-post1190998.vov")
    assert not pattern.search("/en/tag/con-dao")
    assert VOV().handles_url("https://kynguyenvuonminh.vov.vn/en/society/x-post1.vov")
