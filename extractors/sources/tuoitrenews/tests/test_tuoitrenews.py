"""Tuoi Tre News's own rules, on short pages and dumps written for these tests."""

from extractors.registry import recognise, source_for_url
from extractors.sources.tuoitrenews import TuoiTreNews


def test_both_hosts_of_the_english_edition_and_not_the_vietnamese_one():
    assert source_for_url("https://news.tuoitre.vn/x-103260305142233411.htm").name == "tuoitrenews"
    assert source_for_url("https://tuoitrenews.vn/news/society/20190103/x/48381.html").name == "tuoitrenews"
    assert source_for_url("https://tuoitre.vn/x-20260305.htm") is None


def test_a_dump_ends_at_the_follow_us_line_and_loses_its_date_line():
    dump = """Ferries resume to Con Dao
Saturday, May 2, 2026, 08:15 GMT+7
Two ferries resumed service to Con Dao on Friday after a week of storms.
Passengers were asked to arrive an hour early. Photo: Dong Ha / Tuoi Tre
Like us on Facebook or follow us on Twitter to get the latest news about Vietnam!
Read more
Vung Tau beach reopens
"""
    plugin = recognise(dump)
    assert plugin.name == "tuoitrenews"
    article = plugin.clean_text(dump)
    assert article.paragraphs == ["Two ferries resumed service to Con Dao on Friday after a week of storms."]
    assert [(i.caption, i.credit) for i in article.images] == [("Passengers were asked to arrive an hour early.", "Dong Ha / Tuoi Tre")]


def test_the_related_box_inside_the_body_is_removed():
    page = """<html><head><title>t</title></head><body><h1 class="detail-title">Ferries resume to Con Dao</h1>
    <div class="detail-content"><p>Two ferries resumed service on Friday.</p>
    <div class="VCSortableInPreviewMode" type="RelatedNewsBox"><a href="/x-1.htm">Vung Tau beach reopens</a></div>
    <p>Passengers were asked to arrive early.</p></div></body></html>"""
    article = TuoiTreNews().clean_html(page, url="https://news.tuoitre.vn/ferries-103260502081500001.htm")
    assert article.paragraphs == ["Two ferries resumed service on Friday.", "Passengers were asked to arrive early."]
