"""People's Army Newspaper's own rules, on dumps written for these tests."""

from extractors.registry import recognise
from extractors.sources.qdnd.plugin import captions_marked

DUMP = """Navy school opens new training pool
PANO – The Naval Academy in Nha Trang has opened a pool for rescue training.
The pool is eight metres deep and can simulate waves.
leftcenterrightdel
Cadets train in the new pool
Cadets will use it from the next term.
Reported by Quang Huy from Nha Trang
Translated by Song Anh
"""


def test_the_line_after_the_image_toolbar_is_a_caption():
    assert captions_marked("a\nleftcenterrightdel\nCadets train\nb") == "a\nleftcenterrightdel\n| Cadets train |\nb"


def test_a_dump_is_recognised_its_captions_taken_out_and_its_credits_cut():
    plugin = recognise(DUMP)
    assert plugin.name == "qdnd"
    article = plugin.clean_text(DUMP)
    assert article.title == "Navy school opens new training pool"
    assert article.paragraphs == [
        "PANO – The Naval Academy in Nha Trang has opened a pool for rescue training.",
        "The pool is eight metres deep and can simulate waves.",
        "Cadets will use it from the next term.",
    ]
    assert [(i.caption, i.credit) for i in article.images] == [("Cadets train in the new pool", None)]
