"""The World & Vietnam Report (WVR), the Ministry of Foreign Affairs' paper (en.baoquocte.vn).

Article pages: `/<slug>-<6 digits>.html`. A "Latest" widget follows the headline; photos
sit inside tables whose alt text repeats the headline and whose caption cell ends in
"(Photo: Name)" (credits with or without diacritics); captions may repeat a body
paragraph; leads may open with "WVR - "; a "RELATED NEWS" list closes the page.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class WorldAndVietnamReport(SourcePlugin):
    name = "baoquocte"
    title = "The World & Vietnam Report (WVR)"
    domains = ("en.baoquocte.vn", "baoquocte.vn")
    discovery = Discovery(
        listing_pages=["https://en.baoquocte.vn/politics"],
        listing_links=[".article-list .article-title a", "h3.title a"],
        article_url=r"/[\w-]+-\d{6}\.html$",
    )
    selectors = Selectors(
        title=["h1.article-detail-title", ".article-detail-title"],
        lead=[".article-detail-desc", ".article-detail-sapo"],
        body=[".article-detail-content", ".article-detail"],
        published=[".article-detail-date", ".article-date"],
        author=[".article-detail-author", ".author"],
        figure=["table.image", "table.picture", "figure"],
        caption=["td.caption", "figcaption", ".image-caption"],
        tags=[".article-detail-tags a"],
    )
    chrome = ChromeRules(
        html_remove=[".latest-news", ".box-latest", ".related-news", ".box-related", ".article-share", ".social-share", ".breadcrumb"],
    )
    recognition = Recognition(
        patterns={
            r"^WVR\s*[-–—]": 3.0,
            r"^RELATED NEWS$": 2.0,
            r"^Latest$": 1.0,
            r"^!\[[^\]]*\]\([^)]*\)\s*\|": 1.0,
            r"baoquocte\.vn": 3.0,
        }
    )
