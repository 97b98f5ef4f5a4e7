"""The parsed page as an lxml tree, and the few operations the cleaning needs on it.

lxml (C) parses the whole page, drops what is never content, finds the article's parts by
the plugin's CSS selectors (cssselect), reads the page's metadata and the body's blocks.
A plugin's own cleaning function, when it has one, gets the body as a BeautifulSoup tree
(`through_soup`): only those pages pay for building it, which cost more than all the rest
of the cleaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import lxml.etree
import lxml.html
from bs4 import BeautifulSoup, Tag
from lxml.cssselect import CSSSelector

STRIPPED_BEFORE_PARSING = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
JSON_LD = lxml.etree.XPath("//script[translate(normalize-space(@type), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
                           " = 'application/ld+json']")
KEPT_SCRIPT = "newsledger-json-ld"
# lxml refuses a str that still declares its encoding (XHTML pages): the bytes are decoded already
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Characters XML cannot hold. lxml's HTML parser keeps them in the text, and then refuses to
# move that text when an element is dropped; CMSs emit them (backspaces, form feeds, stray
# surrogates from broken decoders), and they never carry meaning in an article.
NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_compatible(html: str) -> str:
    return NOT_XML_CHARACTERS.sub("", html)


def parse_page(html: str) -> lxml.html.HtmlElement:
    """The page without scripts (JSON-LD kept), styles, comments, embedded objects and
    characters XML cannot hold."""
    try:
        tree = lxml.html.document_fromstring(xml_compatible(XML_DECLARATION.sub("", html, count=1)))
    except (lxml.etree.ParserError, ValueError):  # empty document, or only a comment
        tree = lxml.html.document_fromstring("<html><body></body></html>")
    # stripped in C, in one pass (pages carry thousands of scripts); JSON-LD is hidden from it
    json_ld = JSON_LD(tree)
    for script in json_ld:
        script.tag = KEPT_SCRIPT
    lxml.etree.strip_elements(tree, *STRIPPED_BEFORE_PARSING, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
    for script in json_ld:
        script.tag = "script"
    return tree


@lru_cache(maxsize=512)
def compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def select(root: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    return compiled(selector)(root)


def select_first(root: lxml.html.HtmlElement, selectors: list[str]) -> lxml.html.HtmlElement | None:
    """The first match of the first selector that matches anything."""
    for selector in selectors:
        found = select(root, selector)
        if found:
            return found[0]
    return None


def drop(element: lxml.html.HtmlElement) -> None:
    """Remove an element and its content; the text after it stays."""
    if element.getparent() is not None:
        element.drop_tree()


def inside(element: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def joined_text(element: lxml.html.HtmlElement) -> str:
    """The element's text pieces, each stripped, joined by one space."""
    return " ".join(piece.strip() for piece in element.itertext() if piece.strip())


def through_soup(element: lxml.html.HtmlElement, edit: Callable[[Tag], None]) -> lxml.html.HtmlElement:
    """The element after `edit` (a plugin's own cleaning function) has changed it as a
    BeautifulSoup tree, parsed back to lxml (under a wrapping `div` if it is no longer one
    element)."""
    soup = BeautifulSoup(lxml.html.tostring(element, encoding="unicode", with_tail=False), "lxml")
    if element.tag in ("html", "body") or soup.body is None:
        container = soup.body or soup
    else:
        container = soup.body.find(True, recursive=False) or soup.body
    edit(container)
    wrapper = lxml.html.fragment_fromstring(str(container), create_parent="div")
    only_child = len(wrapper) == 1 and not (wrapper.text or "").strip() and not (wrapper[0].tail or "").strip()
    return wrapper[0] if only_child else wrapper
