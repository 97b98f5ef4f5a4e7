"""Viet Nam News's own rules, on short pages and dumps written for these tests."""

from extractors.registry import recognise
from extractors.sources.vietnamnews import VietNamNews

DUMP = """Đà Nẵng adds lifeguards on city beaches
June 02, 2026 - 10:05
Đà Nẵng has hired 40 more lifeguards for the summer.
ĐÀ NẴNG — Đà Nẵng has hired 40 more lifeguards for the summer.
They will work from 5am to 7pm on nine beaches, the city's tourism department said. — VNS
Related Articles
Hội An opens night walking street
"""


def test_a_dump_is_recognised_and_says_its_lead_once_with_the_dateline():
    plugin = recognise(DUMP)
    assert plugin.name == "vietnamnews"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs == [
        "ĐÀ NẴNG — Đà Nẵng has hired 40 more lifeguards for the summer.",
        "They will work from 5am to 7pm on nine beaches, the city's tourism department said.",
    ], "standfirst dropped, date line dropped, sign-off stripped, related block cut"


def test_the_standfirst_on_the_page_is_the_lead_and_the_body_says_it_once():
    page = """<html><head><title>t</title></head><body><h1 class="headline">Đà Nẵng adds lifeguards</h1>
    <div class="vnnews-sapo">Đà Nẵng has hired 40 more lifeguards for the summer.</div>
    <div class="vnnews-text-post"><p>ĐÀ NẴNG — Đà Nẵng has hired 40 more lifeguards for the summer.</p>
    <p>by Minh Thu</p><p>They will work on nine beaches. — VNS</p></div></body></html>"""
    article = VietNamNews().clean_html(page, url="https://vietnamnews.vn/society/1712999/x.html")
    assert article.lead == "Đà Nẵng has hired 40 more lifeguards for the summer."
    assert article.paragraphs == ["ĐÀ NẴNG — Đà Nẵng has hired 40 more lifeguards for the summer.", "They will work on nine beaches."]


def test_a_dateline_in_capitals_with_diacritics_marks_the_outlet_even_behind_a_crawl_date():
    dump = " date 2026-05-04 ĐỒNG NAI — Provincial police opened a new station on Monday.\nIt has 40 officers.\n"
    assert recognise(dump).name == "vietnamnews"
    assert recognise("HANOI (VNA) – The ministry said on Monday.\nIt has 40 officers.\n").name != "vietnamnews"
