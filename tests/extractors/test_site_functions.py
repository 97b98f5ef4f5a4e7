"""A plugin's own cleaning function: what selectors and line rules cannot say, done on the
body as a BeautifulSoup tree."""

from __future__ import annotations

from bs4 import Tag

from extractors.plugin import SourcePlugin
from extractors.spec import Selectors

PAGE = """<html><head><title>x</title></head><body><div class="story">
<p>Officials from 12 provinces met in Hue on Monday to plan flood drills for the season.</p>
<figure><img src="/a.jpg"><figcaption>Rescue boats on the Perfume River. (Photo: Staff)</figcaption></figure>
<p>Readers’ corner: send us your photos of the drills through the app.</p>
<p>The drills will run through December, organisers said.</p>
</div></body></html>"""


class Declarative(SourcePlugin):
    name = "example-declarative"
    title = "Example"
    selectors = Selectors(title=["title"], body=["div.story"])


class WithSiteFunction(Declarative):
    name = "example-site-function"

    def clean_soup(self, body: Tag) -> None:
        for paragraph in body.find_all("p"):  # the site's call for readers is told apart by its words only
            if paragraph.get_text().startswith("Readers’ corner:"):
                paragraph.decompose()


def test_a_site_function_edits_the_body_before_it_is_read():
    plain = Declarative().clean_html(PAGE)
    edited = WithSiteFunction().clean_html(PAGE)
    assert "Readers’ corner" in plain.text and "Readers’ corner" not in edited.text
    assert edited.text == plain.text.replace("Readers’ corner: send us your photos of the drills through the app.\n\n", "")
    assert [(i.caption, i.credit) for i in edited.images] == [(i.caption, i.credit) for i in plain.images] == [("Rescue boats on the Perfume River.", "Staff")]


def test_only_plugins_with_a_site_function_build_the_tree():
    assert WithSiteFunction().has_soup_hook() and not Declarative().has_soup_hook()
