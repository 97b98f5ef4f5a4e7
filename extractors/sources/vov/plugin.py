"""Voice of Vietnam, English edition (english.vov.vn).

Article pages: `/en/<section>/<slug>-post<7 digits>.vov`. The lead opens with the
"VOV.VN - " dateline and stays part of the article. Below the body the page carries a
Vietnamese "follow us on Google News" line, the comment form ("Viết bình luận") with its
reCAPTCHA notice, and a "Related" block whose teasers repeat each headline twice.
The mirror kynguyenvuonminh.vov.vn adds more Vietnamese comment chrome ("Bình luận").
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class VOV(SourcePlugin):
    name = "vov"
    title = "Voice of Vietnam (VOV)"
    domains = ("english.vov.vn", "vov.vn", "kynguyenvuonminh.vov.vn")
    discovery = Discovery(
        feeds=["https://english.vov.vn/rss/home.rss"],
        listing_pages=["https://english.vov.vn/en/politics"],
        listing_links=["div.taxonomy-content a.vovvn-title", "h5.media-title a", "h3.card-title a"],
        article_url=r"/en/[\w-]+/[\w-]+-post\d+\.vov$",
    )
    selectors = Selectors(
        title=["h1.article-title"],
        body=["div.article-content div.text-long", ".detail.detail--normal", "div.article-content"],
        published=[".article-date"],
        author=[".article-author", ".author"],
        figure=["figure", "table.image"],
        caption=["figcaption", "td.caption", ".image-caption"],
        tags=[".article-tags a", ".tags a"],
    )
    chrome = ChromeRules(
        html_remove=[
            ".article-related", ".related-news", ".box-related", ".google-news-follow",
            ".comment-box", ".box-comment", ".social-share", ".article-share", ".breadcrumb",
        ],
        stop_lines=[
            r"^Mời quý độc giả theo dõi VOV",
            r"^Viết bình luận",
            r"^Bình luận(?: của bạn| \(\d+\))?",
            r"^This site is protected by reCAPTCHA",
        ],
    )
    recognition = Recognition(
        patterns={
            r"^VOV\.VN\s*[-–—]": 3.0,
            r"Mời quý độc giả theo dõi VOV\.VN": 3.0,
            r"^Viết bình luận": 1.0,
            r"english\.vov\.vn": 3.0,
        }
    )
