"""The news-source plugin API.

A source is one folder (`extractors/sources/<name>/`) whose `plugin.py` holds one declarative
subclass of `SourcePlugin`: its name, its domains, how its articles are discovered, the CSS
selectors of its article pages and the rules that strip its chrome from HTML pages and from
plain-text dumps (the spec types are in `extractors.spec`). A plugin overrides a
method only for what its site really needs. Plugins are found through the
`newsledger.sources` entry-point group (see `extractors.registry`).
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from bs4 import Tag

from extractors import html_cleaning, text_cleaning
from extractors.models import Article
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


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
