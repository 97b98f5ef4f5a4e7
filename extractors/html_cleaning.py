"""Cleaning of article pages by a plugin's selectors and chrome rules, as pure functions.

The page is parsed by lxml (`page_tree`): chrome selectors are dropped, the title, lead,
dates and body found there. The body alone goes to BeautifulSoup, where figures are taken
out with their captions and the text blocks read. The page's own metadata fills what the
selectors miss. Text read from the body then passes the same line rules as text dumps
(`text_cleaning.filter_lines`), so one chrome rule serves both forms of a page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import lxml.html
from bs4 import Tag
from pydantic import HttpUrl, ValidationError

from extractors.captions import split_credit
from extractors.dates import parse_date
from extractors.metadata import read_metadata
from extractors.models import Article, Image
from extractors.page_tree import as_soup, drop, inside, joined_text, parse_page, select, select_first
from extractors.text_cleaning import compile_rules, filter_lines, fold, to_blocks

if TYPE_CHECKING:
    from extractors.plugin import SourcePlugin

NEVER_CONTENT = ["script", "style", "noscript", "iframe", "form", "svg", "button", "input", "select", "textarea", "template", "nav", "aside", "footer"]
BLOCK_SET = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div"}
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
FIGURE_MARK = "data-newsledger-figure"
IMAGE_SOURCE_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "src")


def absolute_url(candidate: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL, or None: a broken canonical link must not sink the page."""
    if not candidate:
        return None
    try:
        url = urljoin(base, candidate.strip()) if base else candidate.strip()
        HttpUrl(url)
    except (ValidationError, ValueError):  # ValueError: urljoin on "http://[broken/"
        return None
    return url if url.startswith(("http://", "https://")) else None


def first(container: Tag, selectors: list[str]) -> Tag | None:
    for selector in selectors:
        found = container.select_one(selector)
        if found is not None:
            return found
    return None


def text_of(element: Tag | lxml.html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    text = re.sub(r"\s+", " ", joined_text(element)).strip()
    text = re.sub(r"\s+([,.;:!?’”)])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    return text or None


def date_of(element: Tag | lxml.html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    return element.get("datetime") or element.get("content") or text_of(element)


def image_url(img: Tag, base: str | None) -> str | None:
    for attribute in IMAGE_SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return (absolute_url(value, absolute_url(base)) or value) if base else value
    return None


def mark_figures(body: lxml.html.HtmlElement, plugin: "SourcePlugin") -> None:
    """Tag the body's figures with the number of the first figure selector they match, found
    by lxml's compiled selectors (matching CSS over the BeautifulSoup tree cost more than
    the rest of the body's cleaning)."""
    for number, selector in enumerate(plugin.selectors.figure):
        for figure in select(body, selector):
            if figure is not body and figure.get(FIGURE_MARK) is None:  # lxml's selectors match the body itself too
                figure.set(FIGURE_MARK, str(number))


def take_images(container: Tag, plugin: "SourcePlugin", base: str | None) -> list[Image]:
    """Pull the marked figures out of the body, in the order of the plugin's figure
    selectors, so their captions never read as body text."""
    images: list[Image] = []
    marked = [node for node in container.descendants if isinstance(node, Tag) and node.get(FIGURE_MARK) is not None]
    for figure in sorted(marked, key=lambda f: int(f[FIGURE_MARK])):  # stable: document order within a selector
        if figure.decomposed:
            continue
        img = figure.find("img")
        caption_el = first(figure, plugin.selectors.caption)
        caption, credit = split_credit(text_of(caption_el) or "")
        if img is not None or caption:
            images.append(Image(url=image_url(img, base) if img else None, caption=caption, credit=credit))
        figure.decompose()
    for img in container.find_all("img"):
        url = image_url(img, base)
        if url:
            images.append(Image(url=url))
        img.decompose()
    return images


def block_lines(container: Tag) -> list[tuple[str, str | None]]:
    """Leaf text blocks in document order, with their kind when the markup says it."""
    lines: list[tuple[str, str | None]] = []
    blocks = [node for node in container.descendants if isinstance(node, Tag) and node.name in BLOCK_SET]
    wrappers: set[int] = set()  # a wrapper's text is read through its children: only leaves count
    for block in blocks:
        for parent in block.parents:
            if parent is container or id(parent) in wrappers:
                break
            wrappers.add(id(parent))
    for element in blocks:
        if id(element) in wrappers:
            continue
        text = text_of(element)
        if not text:
            continue
        if element.name in HEADING_TAGS:
            kind = "heading"
        elif element.name == "p" and element.find(["strong", "b"]) and text_of(element.find(["strong", "b"])) == text and len(text.split()) <= 14:
            kind = "heading"
        else:
            kind = "paragraph"
        lines.append((text, kind))
    if not lines and text_of(container):
        lines.append((text_of(container) or "", "paragraph"))
    return lines


def clean_html_page(html: str, url: str | None, plugin: "SourcePlugin") -> Article:
    page = parse_page(html)
    meta = read_metadata(page)
    base = url or meta.canonical_url
    published_raw = date_of(select_first(page, plugin.selectors.published)) or meta.published
    updated_raw = date_of(select_first(page, plugin.selectors.updated)) or meta.updated
    author = text_of(select_first(page, plugin.selectors.author)) or meta.author
    tags = [t for t in (text_of(el) for s in plugin.selectors.tags for el in select(page, s)) if t] or meta.keywords

    for element in list(page.iter(*NEVER_CONTENT)):
        drop(element)
    for selector in plugin.chrome.html_remove:
        for element in select(page, selector):
            drop(element)

    title = text_of(select_first(page, plugin.selectors.title)) or meta.headline
    lead_el = select_first(page, plugin.selectors.lead)
    lead = text_of(lead_el)
    body_el = select_first(page, plugin.selectors.body)
    images: list[Image] = []
    lines: list[tuple[str, str | None]] = []
    if body_el is not None:
        if lead_el is not None and inside(lead_el, body_el):
            drop(lead_el)
        mark_figures(body_el, plugin)
        body = as_soup(body_el)
        images = take_images(body, plugin, base)
        lines = block_lines(body)
    if lead and not (lines and fold(lines[0][0]) == fold(lead)):
        lines.insert(0, (lead, "paragraph"))
    kept = filter_lines(lines, plugin.chrome, title)
    _, _, ends = compile_rules(plugin.chrome)
    canonical = absolute_url(meta.canonical_url, absolute_url(base)) or absolute_url(url)
    return Article(
        outlet=plugin.name,
        title=title,
        lead=lead,
        blocks=to_blocks(kept.text, ends),
        images=images + kept.images,
        published_at=parse_date(published_raw),
        updated_at=parse_date(updated_raw),
        author=author,
        language=(meta.language or plugin.language).split("-")[0],
        canonical_url=canonical,
        tags=tags,
    )
