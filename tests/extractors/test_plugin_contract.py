"""The contract every registered source plugin meets on its fixture pages.

Fixtures are pages written in each outlet's real structure, chrome included, each with an
`.expected.json` beside it: expected fields, snippets that must and must not appear.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from extractors.extract import extract
from extractors.registry import installed_sources
from extractors.samples import sample_folder
from extractors.text_cleaning import fold

VIETNAM_OFFSET = timedelta(hours=7)


def fixture_pages() -> list[tuple[str, Path]]:
    pages = []
    for name in installed_sources():
        folder = sample_folder(name)
        pages += [(name, p) for p in sorted(folder.glob("*.expected.json"))] if folder else []
    return pages


def test_every_outlet_plugin_has_three_fixture_pages_and_a_dump():
    for name, plugin in installed_sources().items():
        if not plugin.domains:
            continue  # the generic fallback has no site of its own
        folder = sample_folder(name)
        assert folder, f"{name}: no samples/ folder beside its plugin module"
        assert len(list(folder.glob("*.html"))) >= 3, f"{name}: fewer than three fixture pages"
        assert list(folder.glob("*.txt")), f"{name}: no text dump fixture"


@pytest.mark.parametrize(("source", "expected_file"), fixture_pages(), ids=lambda v: getattr(v, "stem", v))
def test_fixture_page_meets_the_contract(source: str, expected_file: Path):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    stem = expected_file.name.removesuffix(".expected.json")
    page = next(p for p in expected_file.parent.glob(f"{stem}.*") if p.suffix in {".html", ".txt"})
    result = extract(page.read_bytes(), filename=page.name)
    article = result.article

    assert result.source == source == expected["source"], "recognised from the page itself, no URL given"
    assert article.title == expected["title"]
    assert article.blocks and all(b.text.strip() for b in article.blocks)
    text = fold((article.title or "") + "\n" + article.text)
    for snippet in expected["with"]:
        assert fold(snippet) in text, f"missing: {snippet!r}"
    assert not leaked_chrome(article, expected["without"])
    assert [(i.caption, i.credit) for i in article.images] == [(i["caption"], i["credit"]) for i in expected["images"]]
    for image in article.images:
        assert fold(image.caption or "") not in fold(article.text), "captions are not body text"

    if page.suffix == ".html":
        assert article.published_at is not None and article.published_at.utcoffset() == VIETNAM_OFFSET
        assert article.published_at.isoformat() == expected["published_at"]
        assert article.author == expected["author"]
        assert article.canonical_url == expected["url"]
        for image in article.images:
            assert image.url and image.url.startswith("https://"), "image URLs are absolute, lazy-loading resolved"


def leaked_chrome(article, chrome_snippets: list[str]) -> list[str]:
    blocks = {fold(b.text) for b in article.blocks}
    text = fold(article.text)
    # a menu word may also be an ordinary word of the text: it leaks when it stands as a block
    return [
        chrome for chrome in chrome_snippets
        if fold(chrome) in blocks or (len(chrome.split()) > 2 and fold(chrome) in text) or text.endswith(fold(chrome))
    ]


HTML_FIXTURES = [(source, path) for source, path in fixture_pages() if path.with_name(path.name.replace(".expected.json", ".html")).exists()]


@pytest.mark.parametrize(("source", "expected_file"), HTML_FIXTURES, ids=lambda v: getattr(v, "stem", v))
def test_generic_fallback_reads_every_outlets_pages_without_site_knowledge(source: str, expected_file: Path):
    """The fallback is what a new site gets before it has a plugin: on pages whose
    outlet it does not know it must still find the headline and body and drop the chrome."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    page = expected_file.with_name(expected_file.name.replace(".expected.json", ".html"))
    article = extract(page.read_bytes(), source="generic").article

    assert article.title == expected["title"]
    text = fold(article.title + "\n" + article.text)
    assert [snippet for snippet in expected["with"] if fold(snippet) not in text] == []
    assert leaked_chrome(article, expected["without"]) == []


def test_outlet_recognised_from_canonical_link_whatever_the_attribute_order():
    from extractors.registry import recognise

    for tag in ('<link href="https://en.cand.com.vn/politics/x-i1/" rel="canonical">',
                '<link rel="canonical" href="https://en.cand.com.vn/politics/x-i1/">',
                '<meta content="https://en.cand.com.vn/politics/x-i1/" property="og:url">'):
        assert recognise(f"<html><head>{tag}</head><body><p>text</p></body></html>").name == "cand"
