"""VietnamPlus's own rules, on short pages and dumps written for these tests."""

import re

from extractors.registry import recognise
from extractors.sources.vietnamplus import VietnamPlus

DUMP = """Rice exports to Africa rise by a fifth

Hanoi (VNA) – Exports of rice to African markets rose by about 20 percent in the first ten months, the trade ministry said.

Traders expect the growth to hold through the winter crop./.
"""


def test_a_dump_is_recognised_by_its_dateline_and_loses_the_end_marker():
    plugin = recognise(DUMP)
    assert plugin.name == "vietnamplus"
    article = plugin.clean_text(DUMP)
    assert article.paragraphs[-1] == "Traders expect the growth to hold through the winter crop."


def test_related_teasers_under_the_culture_and_sports_section_name_are_dropped():
    teaser = "Culture - Sports Boat race draws crowds to the river A dragon boat race on the Han river drew thousands of visitors on Sunday."
    article = VietnamPlus().clean_text(DUMP.replace("Traders expect", teaser + "\n\nTraders expect"))
    assert article.paragraphs == [
        "Hanoi (VNA) – Exports of rice to African markets rose by about 20 percent in the first ten months, the trade ministry said.",
        "Traders expect the growth to hold through the winter crop.",
    ]


def test_lazy_loaded_images_get_their_real_address_and_the_related_block_goes():
    page = """<html><head><title>t</title></head><body><h1 class="article__title">Rice exports to Africa rise</h1>
    <div class="article__sapo">Hanoi (VNA) – Exports of rice rose by about 20 percent.</div>
    <div class="article__body"><p>Traders expect the growth to hold.</p>
    <figure><img src="/blank.gif" data-src="https://img.vietnamplus.vn/rice.jpg"><figcaption>Rice at a port in Can Tho. (Photo: VNA)</figcaption></figure>
    <div class="article__related"><a href="/x-post1.vnp">Coffee prices fall</a></div></div></body></html>"""
    article = VietnamPlus().clean_html(page, url="https://en.vietnamplus.vn/rice-exports-post330500.vnp")
    assert [(i.url, i.caption, i.credit) for i in article.images] == [("https://img.vietnamplus.vn/rice.jpg", "Rice at a port in Can Tho.", "VNA")]
    assert "Coffee prices fall" not in article.text


def test_article_addresses_match_and_listings_do_not():
    pattern = re.compile(VietnamPlus.discovery.article_url)
    assert pattern.search("/rice-exports-to-africa-post330500.vnp")
    assert not pattern.search("/politics/")
