"""Metadata a page carries about itself: JSON-LD, OpenGraph, <meta> and <link> tags.

Read in layers, most explicit first (JSON-LD NewsArticle, then OpenGraph/article:*, then
plain <meta>); a layer that is missing or broken yields to the next one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import lxml.html

log = logging.getLogger(__name__)
# schema.org's Article and its subtypes: NewsArticle, OpinionNewsArticle, ReportageNewsArticle,
# TechArticle..., BlogPosting, LiveBlogPosting, SocialMediaPosting, Report
ARTICLE_TYPE_ENDINGS = ("article", "posting", "report")


@dataclass
class PageMetadata:
    headline: str | None = None
    description: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    image: str | None = None
    keywords: list[str] = field(default_factory=list)
    body: str | None = None  # JSON-LD articleBody: the text of pages that render it with scripts


def _json_ld_objects(page: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in page.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError) as error:
            log.debug("ignoring invalid JSON-LD block: %s", error)
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
    return found


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower().endswith(ARTICLE_TYPE_ENDINGS) for k in kinds)


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, str):
        return value.strip() or None
    return None


def _url_of(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in (_url_of(v) for v in value) if u), None)
    if isinstance(value, dict):
        return _url_of(value.get("url") or value.get("contentUrl"))
    return value if isinstance(value, str) and value else None


def _meta_tags(page: lxml.html.HtmlElement) -> dict[str, str]:
    """Every <meta> by property, name or itemprop, read in one pass (first one wins)."""
    found: dict[str, str] = {}
    for tag in page.iter("meta"):
        content = (tag.get("content") or "").strip()
        if content:
            for attribute in ("property", "name", "itemprop"):
                key = tag.get(attribute)
                if key:
                    found.setdefault(key.lower(), content)
    return found


def _first(metas: dict[str, str], *keys: str) -> str | None:
    return next((metas[k.lower()] for k in keys if k.lower() in metas), None)


def _canonical_link(page: lxml.html.HtmlElement) -> str | None:
    for link in page.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href")
    return None


def read_metadata(page: lxml.html.HtmlElement) -> PageMetadata:
    meta = PageMetadata()
    article = next((o for o in _json_ld_objects(page) if _is_article(o)), None)
    if article:
        meta.headline = _name_of(article.get("headline"))
        meta.description = _name_of(article.get("description"))
        meta.published = _name_of(article.get("datePublished"))
        meta.updated = _name_of(article.get("dateModified"))
        meta.author = _name_of(article.get("author"))
        meta.image = _url_of(article.get("image"))
        main = article.get("mainEntityOfPage")
        meta.canonical_url = _url_of(main if not isinstance(main, dict) else main.get("@id")) or _url_of(article.get("url"))
        meta.site_name = _name_of(article.get("publisher"))
        meta.body = _name_of(article.get("articleBody"))
        keywords = article.get("keywords")
        if isinstance(keywords, str):
            meta.keywords = [k.strip() for k in keywords.split(",") if k.strip()]
        elif isinstance(keywords, list):
            meta.keywords = [str(k).strip() for k in keywords if str(k).strip()]
    metas = _meta_tags(page)
    meta.canonical_url = meta.canonical_url or _canonical_link(page) or _first(metas, "og:url")
    meta.headline = meta.headline or _first(metas, "og:title", "twitter:title")
    meta.description = meta.description or _first(metas, "og:description", "description")
    meta.published = meta.published or _first(metas, "article:published_time", "pubdate", "datePublished")
    meta.updated = meta.updated or _first(metas, "article:modified_time", "dateModified")
    meta.author = meta.author or _first(metas, "author", "article:author")
    meta.site_name = meta.site_name or _first(metas, "og:site_name")
    meta.image = meta.image or _first(metas, "og:image")
    root = page.getroottree().getroot()
    meta.language = (root.get("lang") if root.tag == "html" else None) or None
    if not meta.keywords:
        keywords = _first(metas, "keywords", "news_keywords")
        meta.keywords = [k.strip() for k in keywords.split(",") if k.strip()] if keywords else []
    return meta
