"""The news-source plugin API.

A source is one module holding one declarative subclass of `SourcePlugin`: its name, its
domains, how its articles are discovered, the CSS selectors of its article pages and the
rules that strip its chrome from HTML pages and from plain-text dumps. A plugin overrides a
method only for what its site really needs. Plugins are found through the
`newsledger.sources` entry-point group (see `extractors.registry`).
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from bs4 import Tag
from pydantic import BaseModel, ConfigDict

from extractors import html_cleaning, text_cleaning
from extractors.models import Article


class Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Discovery(Spec):
    """Where new articles are announced, and what an article URL looks like."""

    feeds: list[str] = []
    sitemaps: list[str] = []
    listing_pages: list[str] = []
    listing_links: list[str] = []
    article_url: str | None = None  # regex an article's path must match


class Selectors(Spec):
    """CSS selectors, tried in order; the first that matches wins."""

    title: list[str] = ["h1"]
    lead: list[str] = []
    body: list[str] = ["article", "main"]
    published: list[str] = []
    updated: list[str] = []
    author: list[str] = []
    figure: list[str] = ["figure"]
    caption: list[str] = ["figcaption"]
    tags: list[str] = []


class ChromeRules(Spec):
    """What is site chrome rather than article.

    `html_remove` are CSS selectors deleted from the page before anything is read.
    For text dumps (and for text read out of HTML) the regexes apply to whole lines:
    `drop_lines` are removed wherever they stand, `stop_lines` end the article (what
    follows is related stories, comment forms...), `end_markers` are stripped from the
    end of the last paragraph.
    """

    html_remove: list[str] = []
    drop_lines: list[str] = []
    stop_lines: list[str] = []
    end_markers: list[str] = []


class Recognition(Spec):
    """How to tell this outlet's text dumps from others' when no URL is known.

    Each pattern that matches the text adds its weight to the outlet's score.
    """

    patterns: dict[str, float] = {}


class SourcePlugin:
    """Base class of every news source. Subclasses mostly only declare data."""

    name: ClassVar[str]
    title: ClassVar[str]
    domains: ClassVar[tuple[str, ...]] = ()
    version: ClassVar[str] = "1"
    schedule: ClassVar[str | None] = "@hourly"
    language: ClassVar[str] = "en"
    discovery: ClassVar[Discovery] = Discovery()
    selectors: ClassVar[Selectors] = Selectors()
    chrome: ClassVar[ChromeRules] = ChromeRules()
    recognition: ClassVar[Recognition] = Recognition()

    def clean_html(self, html: str, url: str | None = None) -> Article:
        """Parse an article page and return it without chrome."""
        return html_cleaning.clean_html_page(html, url=url, plugin=self)

    def clean_soup(self, body: Tag) -> None:
        """The site's own cleaning, for what selectors and line rules cannot say: edit the
        article body (a BeautifulSoup tree) in place, before figures and text are read.
        Only plugins that define it pay for building the tree."""

    def has_soup_hook(self) -> bool:
        return type(self).clean_soup is not SourcePlugin.clean_soup

    def clean_text(self, text: str) -> Article:
        """Clean a plain-text dump of an article page (the seeds' format)."""
        return text_cleaning.clean_text_dump(text, plugin=self)

    def handles_url(self, url: str) -> bool:
        host = url_host(url)
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def recognition_score(self, text: str) -> float:
        return sum(w for pattern, w in self.recognition.patterns.items() if re.search(pattern, text, re.M))

    def __repr__(self) -> str:
        return f"<source {self.name} v{self.version}>"


def url_host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:  # "http://[broken" is no host at all
        return ""
