"""The contract every registered source plugin meets on its fixture pages.

Fixtures are pages written in each outlet's real structure, chrome included, each with an
`.expected.json` beside it: expected fields, snippets that must and must not appear.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

import extractors.sources
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


def test_every_source_folder_is_a_registered_plugin():
    """A new source is read from the installed entry points (`uv sync` after `new-source`):
    a folder that is not registered would be skipped by every test here without a word."""
    folders = {module.parent.name for module in Path(extractors.sources.__file__).parent.glob("*/plugin.py")}
    assert folders - set(installed_sources()) == set(), "register it in pyproject.toml and run `python3 -m uv sync`"


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
    result = extract(page.read_bytes(), filename=page.name).extraction
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
    outlet it does not know it must still find the headline and body and drop the chrome.
    What only site knowledge tells (an outlet's own sign-offs and widgets) may be listed in
    the page's `generic_gaps`: the fallback may miss or leak those, and nothing else."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    gaps = expected.get("generic_gaps", {})
    page = expected_file.with_name(expected_file.name.replace(".expected.json", ".html"))
    article = extract(page.read_bytes(), source="generic").extraction.article

    assert article.title == expected["title"]
    text = fold(article.title + "\n" + article.text)
    assert set(snippet for snippet in expected["with"] if fold(snippet) not in text) <= set(gaps.get("missing", []))
    assert set(leaked_chrome(article, expected["without"])) <= set(gaps.get("leaks", []))


def test_outlet_recognised_from_canonical_link_whatever_the_attribute_order():
    from extractors.registry import recognise

    for tag in ('<link href="https://en.cand.com.vn/politics/x-i1/" rel="canonical">',
                '<link rel="canonical" href="https://en.cand.com.vn/politics/x-i1/">',
                '<meta content="https://en.cand.com.vn/politics/x-i1/" property="og:url">'):
        assert recognise(f"<html><head>{tag}</head><body><p>text</p></body></html>").name == "cand"


def test_a_long_texts_fingerprints_are_read_at_its_two_ends():
    from extractors.registry import recognise

    filler = "A paragraph that no outlet marks as its own, repeated to make the text long.\n" * 12_000
    assert recognise("Ferries resume\nVOV.VN - Two ferries resumed on Friday.\n" + filler).name == "vov"
    assert recognise("Ferries resume\n" + filler + "Mời quý độc giả theo dõi VOV.VN trên\n").name == "vov"


def test_fingerprints_only_name_the_outlet_of_a_page_whose_address_is_unknown():
    from extractors.registry import recognise

    dump = "Ferries resume\nVOV.VN - Two ferries resumed on Friday, a reader wrote.\n"
    assert recognise(dump).name == "vov"
    assert recognise(dump, "https://blog.example.org/2025/ferries").name == "generic"
    assert recognise(dump, "https://english.vov.vn/en/society/ferries-123.vov").name == "vov"
