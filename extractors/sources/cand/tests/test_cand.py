"""CAND's own rules, on short pages and dumps written for these tests."""

import re

from extractors.registry import recognise
from extractors.sources.cand import CAND

DUMP = """Police return stolen motorbikes to owners in Nghe An

Thứ Hai, 10/11/2025, 08:15

PSNews - Police in Nghe An province returned 35 stolen motorbikes to their owners on Sunday.

The vehicles had been sold on through online groups, investigators said.
"""


def test_a_dump_is_recognised_by_its_lead_and_the_vietnamese_date_line_is_dropped():
    plugin = recognise(DUMP)
    assert plugin.name == "cand"
    article = plugin.clean_text(DUMP)
    assert not any(p.startswith("Thứ Hai") for p in article.paragraphs)
    assert article.paragraphs[0].startswith("PSNews - Police in Nghe An")


def test_the_date_box_with_its_trailing_bar_is_read_as_vietnam_time():
    page = """<html><head><title>t</title></head><body><h1 class="box-title-detail">Police return stolen motorbikes</h1>
    <div class="box-date">09:53 10/11/2025 |</div><div class="box-share"><a href="#">Share</a></div>
    <div class="detail-content-body"><p>Police returned 35 stolen motorbikes to their owners on Sunday.</p></div></body></html>"""
    article = CAND().clean_html(page, url="https://en.cand.com.vn/public-security-forces/motorbikes-i790600/")
    assert article.published_at.isoformat() == "2025-11-10T09:53:00+07:00"
    assert article.paragraphs == ["Police returned 35 stolen motorbikes to their owners on Sunday."]


def test_article_addresses_match_with_or_without_the_final_slash():
    pattern = re.compile(CAND.discovery.article_url)
    assert pattern.search("/politics/police-return-motorbikes-i790600/")
    assert pattern.search("/politics/police-return-motorbikes-i790600")
    assert not pattern.search("/politics/")
