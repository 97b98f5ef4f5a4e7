"""Cleaning of article pages by a plugin's selectors and chrome rules, as pure functions.

The page is parsed by lxml (`page_tree`): chrome selectors are dropped, the title, lead,
dates and body found there, figures taken out of the body with their captions and its text
blocks read. A plugin's own cleaning function (`clean_soup`) edits the body as
a BeautifulSoup tree first. The page's own metadata fills what the selectors miss. Text
read from the body then passes the same line rules as text dumps
(`text_cleaning.filter_lines`), so one chrome rule serves both forms of a page.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from pydantic import HttpUrl, ValidationError

from extractors.captions import split_credit
from extractors.dates import parse_date
from extractors.metadata import read_metadata
from extractors.models import Article, Image
from extractors.page_tree import drop, inside, joined_text, parse_page, select, select_first, through_soup
from extractors.spec import SourceRules
from extractors.text_cleaning import compile_rules, filter_lines, fold, to_blocks

NEVER_CONTENT = ["script", "style", "noscript", "iframe", "form", "svg", "button", "input", "select", "textarea", "template", "nav", "aside", "footer"]
BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div")
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
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


def first_inside(container: lxml.html.HtmlElement, selectors: list[str]) -> lxml.html.HtmlElement | None:
    """The first match, below the container, of the first selector that matches there."""
    for selector in selectors:
        found = next((e for e in select(container, selector) if e is not container), None)
        if found is not None:
            return found
    return None


def text_of(element: lxml.html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    text = re.sub(r"\s+", " ", joined_text(element)).strip()
    text = re.sub(r"\s+([,.;:!?’”)])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    return text or None


def date_of(element: lxml.html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    return element.get("datetime") or element.get("content") or text_of(element)


def image_url(img: lxml.html.HtmlElement, base: str | None) -> str | None:
    for attribute in IMAGE_SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return (absolute_url(value, absolute_url(base)) or value) if base else value
    return None


def take_images(body: lxml.html.HtmlElement, plugin: SourceRules, base: str | None) -> list[Image]:
    """Pull figures out of the body, in the order of the plugin's figure selectors, so
    their captions never read as body text; then the images left outside figures."""
    images: list[Image] = []
    figures = [f for selector in plugin.selectors.figure for f in select(body, selector) if f is not body]
    for figure in figures:
        if not inside(figure, body):
            continue  # inside a figure taken already, or matched by two selectors
        img = next(figure.iterdescendants("img"), None)
        caption, credit = split_credit(text_of(first_inside(figure, plugin.selectors.caption)) or "")
        if img is not None or caption:
            images.append(Image(url=image_url(img, base) if img is not None else None, caption=caption, credit=credit))
        drop(figure)
    for img in list(body.iterdescendants("img")):
        url = image_url(img, base)
        if url:
            images.append(Image(url=url))
        drop(img)
    return images


def block_lines(container: lxml.html.HtmlElement) -> list[tuple[str, str | None]]:
    """Leaf text blocks in document order, with their kind when the markup says it."""
    lines: list[tuple[str, str | None]] = []
    for element in container.iterdescendants(*BLOCK_TAGS):
        if next(element.iterdescendants(*BLOCK_TAGS), None) is not None:
            continue  # only leaves: a wrapper's text is read through its children
        text = text_of(element)
        if not text:
            continue
        bold = next(element.iterdescendants("strong", "b"), None) if element.tag == "p" else None
        if element.tag in HEADING_TAGS or (bold is not None and text_of(bold) == text and len(text.split()) <= 14):
            kind = "heading"
        else:
            kind = "paragraph"
        lines.append((text, kind))
    if not lines and text_of(container):
        lines.append((text_of(container) or "", "paragraph"))
    return lines


def clean_html_page(html: str, url: str | None, plugin: SourceRules) -> Article:
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
        if plugin.has_soup_hook():
            body_el = through_soup(body_el, plugin.clean_soup)
        images = take_images(body_el, plugin, base)
        lines = block_lines(body_el)
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
