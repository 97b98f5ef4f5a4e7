"""Finding article URLs: RSS/Atom feeds, XML sitemaps (indexes, Google News, image
extensions) and listing pages, as the plugin declares them. Pure over fetched bytes; XML
is checked with defusedxml first, so an entity bomb is refused, not expanded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from extractors.dates import parse_date
from extractors.page_tree import parse_page, select
from extractors.plugin import SourcePlugin
from newsledger.fetch.urls import normalise_url

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class HostileXml(ValueError):
    """XML with entity declarations or other constructs that can be used against a parser."""


@dataclass(frozen=True)
class Found:
    url: str
    published: datetime | None
    via: str


@dataclass(frozen=True)
class SitemapLinks:
    articles: list[Found]
    sitemaps: list[str]


def safe_join(base: str, link: str) -> str:
    """urljoin that leaves a malformed link as it is (it is refused later, and recorded)."""
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def check_xml(content: bytes) -> None:
    try:
        fromstring(content, forbid_dtd=True)
    except DefusedXmlException as error:
        raise HostileXml(f"refused: {type(error).__name__}") from error
    except Exception as error:  # noqa: BLE001 - malformed XML: feedparser may still read it
        if b"<!ENTITY" in content[:65536] or b"<!DOCTYPE" in content[:65536]:
            raise HostileXml(f"refused: DTD in malformed XML ({error})") from error


def feed_links(content: bytes, via: str) -> list[Found]:
    check_xml(content)
    parsed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            published = parse_date(entry.get("published") or entry.get("updated"))
            found.append(Found(safe_join(via, link), published, via))
    return found


def sitemap_links(content: bytes, via: str) -> SitemapLinks:
    check_xml(content)
    root = fromstring(content, forbid_dtd=True)
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        return SitemapLinks([], [safe_join(via, (s.findtext(f"{SITEMAP_NS}loc") or "").strip()) for s in root.findall(f"{SITEMAP_NS}sitemap")])
    found = []
    for url in root.findall(f"{SITEMAP_NS}url"):
        loc = (url.findtext(f"{SITEMAP_NS}loc") or "").strip()
        if not loc:
            continue
        published = url.findtext(f"{NEWS_NS}news/{NEWS_NS}publication_date") or url.findtext(f"{SITEMAP_NS}lastmod")
        found.append(Found(safe_join(via, loc), parse_date(published), via))
    return SitemapLinks(found, [])


def listing_links(content: bytes, via: str, plugin: SourcePlugin) -> list[Found]:
    page = parse_page(content.decode("utf-8", errors="replace"))
    found = []
    for selector in plugin.discovery.listing_links:
        for anchor in select(page, selector):
            href = anchor.get("href")
            if href:
                found.append(Found(safe_join(via, href), None, via))
    return found


def keep_articles(found: list[Found], plugin: SourcePlugin) -> list[Found]:
    """Article URLs only, normalised, each once (the earliest publication hint wins)."""
    pattern = re.compile(plugin.discovery.article_url) if plugin.discovery.article_url else None
    kept: dict[str, Found] = {}
    for item in found:
        try:
            url = normalise_url(item.url)
        except ValueError:
            continue  # not a URL at all
        path = re.sub(r"^https?://[^/]+", "", url)
        if pattern and not pattern.search(path):
            continue
        if url not in kept:
            kept[url] = Found(url, item.published, item.via)
    return list(kept.values())
