"""What a news-source plugin declares: the data types of its spec.

The cleaning modules read a source through `SourceRules` (its name, language, selectors,
chrome rules and optional tree edit), never through the plugin class itself, so the plugin
(`extractors.plugin`) depends on cleaning and not the other way round.
"""

from __future__ import annotations

from typing import Protocol

from bs4 import Tag
from pydantic import BaseModel, ConfigDict


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


class SourceRules(Protocol):
    """What cleaning reads of a source; every `SourcePlugin` is one."""

    name: str
    language: str
    selectors: Selectors
    chrome: ChromeRules

    def has_soup_hook(self) -> bool: ...

    def clean_soup(self, body: Tag) -> None: ...
