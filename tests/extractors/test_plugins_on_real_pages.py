"""Our plugins on the only real pages of their outlets' CMSs (../shared/realpages, Vietnamese
editions of the same CMSs). What is asserted are facts of those pages (counts, times, credits,
where a text sits in the page), read off the page in the test, never text copied from it."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from extractors.extract import extract
from extractors.models import Article
from extractors.text_cleaning import fold


def real_page(shared_dir: Path, name: str) -> bytes:
    path = shared_dir / "realpages" / name
    if not path.exists():
        pytest.fail(f"{path} is missing from the shared material")
    return gzip.decompress(path.read_bytes())


def page_tree(html: bytes) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html.decode("utf-8"))  # lxml guesses a byte string's charset wrong


def page_text(html: bytes, xpath: str) -> list[str]:
    tree = page_tree(html)
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def body_text(article: Article) -> str:
    return fold(article.text)


def test_vov_drupal_page_keeps_lead_and_drops_the_inline_related_story(shared_dir: Path):
    html = real_page(shared_dir, "vov.vn_post1315698.html.gz")
    result = extract(html, filename="page.html").extraction
    article = result.article

    assert result.source == "vov", "vov.vn is the Vietnamese edition of the same outlet: recognised by its canonical link"
    assert article.title == page_text(html, "//h1")[0]
    assert article.lead == page_text(html, "//div[contains(@class, 'article-summary')]")[0]
    assert article.lead.startswith("VOV.VN - ") and article.blocks[0].text == article.lead
    assert article.published_at.isoformat() == "2026-07-16T08:46:00+07:00"
    assert [b.kind for b in article.blocks].count("heading") == 2
    assert len(article.blocks) == 8
    inline_story = page_text(html, "//article[contains(@class, 'inner-article')]//h2")[0]
    inline_lead = page_text(html, "//article[contains(@class, 'inner-article')]//p")[0]
    assert fold(inline_story) not in body_text(article) and fold(inline_lead) not in body_text(article)
    assert sum(b.text.startswith("VOV.VN - ") for b in article.blocks) == 1
    assert [(i.credit, i.url.split("/")[2]) for i in article.images] == [("Reuters", "media.vov.vn")] * 2
    paragraphs = {fold(b.text) for b in article.blocks if b.kind == "paragraph"}
    assert not [i.caption for i in article.images if fold(i.caption) in paragraphs], "captions are not body text (one repeats a heading, as on the page)"
    assert "Mời quý độc giả" not in article.text and "reCAPTCHA" not in article.text


def test_vietnamplus_current_cms_page_reads_cleanly(shared_dir: Path):
    html = real_page(shared_dir, "vietnamplus.vn_post1125344.html.gz")
    result = extract(html, filename="page.html").extraction
    article = result.article

    assert result.source == "vietnamplus"
    assert article.title == page_text(html, "//h1")[0]
    assert article.lead == page_text(html, "//div[contains(@class, 'article__sapo')]")[0]
    assert article.published_at.isoformat() == "2026-07-21T07:17:56+07:00"
    paragraphs = [b.text for b in article.blocks]
    assert len(paragraphs) == 4 and paragraphs.count(article.lead) == 1, "the CMS repeats the lead as the body's first paragraph"
    source_line = page_text(html, "//div[contains(@class, 'article__source')]")[0]
    assert fold(source_line) not in body_text(article)
    assert article.images == [], "the page's only media is a video"


VNEXPRESS_PAGES = {  # page: (paragraphs with text, the author's element) counted on the page
    "vnexpress.net_4672302.html.gz": (11, "//p[@class='author_mail']/strong"),
    "vnexpress.net_4954454.html.gz": (6, "//p[contains(@style, 'right')]/strong"),
}


@pytest.mark.parametrize("name", sorted(VNEXPRESS_PAGES))
def test_vnexpress_cms_on_real_pages_of_the_vietnamese_edition(shared_dir: Path, name: str):
    """vnexpress.net is not the English edition's host: the plugin is named (`--source`)."""
    html = real_page(shared_dir, name)
    paragraphs, author_xpath = VNEXPRESS_PAGES[name]

    article = extract(html, filename="page.html", source="vnexpress").extraction.article

    assert article.title == page_text(html, "//h1")[0]
    assert article.lead == page_text(html, "//p[@class='description']")[0]
    assert article.published_at.isoformat() == page_tree(html).xpath("string(//meta[@name='pubdate']/@content)")
    author = page_text(html, author_xpath)[0]
    assert article.author == author and author not in article.paragraphs, "the byline paragraph is the author, not text"
    assert len(article.paragraphs) == paragraphs, "the lead and each body paragraph with text, once"
    assert len(article.images) == 1 and article.images[0].credit and article.images[0].url.startswith("https://")
    assert fold(article.images[0].caption) not in body_text(article)
