"""The fallback for any site without a plugin of its own.

HTML goes through trafilatura (the strongest open main-content extractor in published
comparisons, and the one kept most actively), and the page's own metadata (JSON-LD
NewsArticle, OpenGraph, `article:published_time`) fills title, dates and author.
Text dumps get the chrome rules that hold for any site.
"""

from __future__ import annotations

import trafilatura

from extractors.dates import parse_date
from extractors.html_cleaning import absolute_url
from extractors.metadata import read_metadata
from extractors.models import Article
from extractors.page_tree import joined_text, parse_page
from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules
from extractors.text_cleaning import compile_rules, filter_lines, fold, to_blocks


class Generic(SourcePlugin):
    name = "generic"
    title = "Any other site (trafilatura and page metadata)"
    schedule = None
    chrome = ChromeRules()

    def clean_html(self, html: str, url: str | None = None) -> Article:
        page = parse_page(html)
        meta = read_metadata(page)
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
        title = meta.headline or (document.title if document else None)
        text = (document.text if document else "") or ""
        lead = displayed_lead(page, meta.description, text)
        if lead:
            text = lead + "\n" + text
        kept = filter_lines([(line, None) for line in text.split("\n")], self.chrome, title)
        _, _, ends = compile_rules(self.chrome)
        blocks = to_blocks(kept.text, ends)
        canonical = absolute_url(meta.canonical_url, absolute_url(url)) or absolute_url(url)
        return Article(
            outlet=self.name,
            title=title,
            lead=lead or meta.description,
            blocks=blocks,
            images=kept.images,
            published_at=parse_date(meta.published) or parse_date(document.date if document else None),
            updated_at=parse_date(meta.updated),
            author=meta.author or (document.author if document else None),
            language=(meta.language or (document.language if document else None) or "en").split("-")[0],
            canonical_url=canonical,
            tags=meta.keywords,
        )


def displayed_lead(page, description: str | None, text: str) -> str | None:
    """The page's lead when the extractor dropped it: news CMSs put the lead in its own
    box outside the body, and main-content extractors often skip that box. Only a
    description that is printed on the page counts, not one that lives in <meta> only."""
    if not description or fold(description[:60]) in fold(text):
        return None
    for element in page.iter("p", "div", "h2"):
        if fold(joined_text(element)) == fold(description):
            return joined_text(element)
    return None
