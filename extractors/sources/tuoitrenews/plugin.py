"""Tuoi Tre News, the English edition of Tuoi Tre (news.tuoitre.vn, formerly tuoitrenews.vn).

Article pages: `/<slug>-<digits>.htm` (older: `tuoitrenews.vn/news/<section>/<yyyymmdd>/<slug>/<id>.html`).
The date reads "Thursday, March 5, 2026, 14:22 GMT+7"; captions end "Photo: <name> / Tuoi Tre";
articles end with "Like us on Facebook or follow us on Twitter..." and text renderings open
with the "JavaScript is off" notice and print the headline twice.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors

WEEKDAY_DATE = (
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}, \d{1,2}:\d{2} GMT\+7$"
)


class TuoiTreNews(SourcePlugin):
    name = "tuoitrenews"
    title = "Tuoi Tre News"
    domains = ("news.tuoitre.vn", "tuoitrenews.vn")
    discovery = Discovery(
        feeds=["https://news.tuoitre.vn/home.rss"],
        listing_pages=["https://news.tuoitre.vn/news.htm", "https://news.tuoitre.vn/society.htm"],
        listing_links=["h3.box-title-text a", ".box-category-link-title", "h2.title_news_site a"],
        article_url=r"^/(?:[\w-]+-\d{8,18}\.htm|news/[\w-]+/\d{8}/[\w-]+/\d+\.html)$",
    )
    selectors = Selectors(
        title=["h1.detail-title", "h1.article-title", ".art-header h1"],
        lead=["h2.detail-sapo", ".detail-sapo"],
        body=["div.detail-content", "div.detail-cmain", ".art-body"],
        published=["[data-role='publishdate']", "div.detail-time", "meta[property='article:published_time']", ".art-header .date"],
        author=[".author-info .name", ".detail-author .name", ".detail-author"],
        figure=["figure.VCSortableInPreviewMode", "figure"],
        caption=["figcaption", ".PhotoCMS_Caption"],
        tags=[".detail-tab a"],
    )
    chrome = ChromeRules(
        html_remove=["[type='RelatedNewsBox']", ".kbwscwl-relatedbox", "div.detail-relate", ".box-related", ".detail-tab"],
        drop_lines=[r"^JavaScript is off\. Please enable to view full site\.$", WEEKDAY_DATE],
        stop_lines=[r"^Like us on Facebook or follow us on Twitter"],
    )
    recognition = Recognition(
        patterns={
            r"Photo: [^\n]{2,40} / Tuoi Tre": 3.0,
            r"^Like us on Facebook or follow us on Twitter to get the latest news about Vietnam": 3.0,
            r"^JavaScript is off\. Please enable to view full site\.$": 1.0,
            WEEKDAY_DATE: 1.0,
            r"tuoitrenews\.vn|news\.tuoitre\.vn": 3.0,
        }
    )
