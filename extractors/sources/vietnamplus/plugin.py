"""VietnamPlus, the Vietnam News Agency's English edition (en.vietnamplus.vn).

Article pages: `/<slug>-post<digits>.vnp`. Leads open with a dateline such as
"Hanoi (VNA) –" (also "(VNS/VNA)"); the article ends with the agency's "./." marker or
"-VNA". Images are lazy-loaded (`data-src`); text renderings print each caption twice,
sometimes glued to the Vietnamese "ảnh 1" ("image 1"), and list raw image file names.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class VietnamPlus(SourcePlugin):
    name = "vietnamplus"
    title = "VietnamPlus (Vietnam News Agency)"
    domains = ("en.vietnamplus.vn", "vietnamplus.vn")
    discovery = Discovery(
        feeds=["https://en.vietnamplus.vn/rss/home.rss"],
        listing_pages=["https://en.vietnamplus.vn/politics/"],
        listing_links=[".timeline .story h2 a", ".story__heading a"],
        article_url=r"/[\w-]+-post\d+\.vnp$",
    )
    selectors = Selectors(
        title=["h1.article__title"],
        lead=["div.article__sapo", ".article__sapo"],
        body=[".article__body", ".article-body"],
        published=[".article__meta time[datetime]", "time[datetime]"],
        author=[".article__author", ".article__meta .author"],
        figure=["figure", "table.picture", ".article-photo"],
        caption=["figcaption", "td.caption", ".PhotoCMS_Caption"],
        tags=[".article__tag a", ".tags a"],
    )
    chrome = ChromeRules(
        html_remove=[".article__related", ".related-news", ".box-related", ".article__social", ".social", ".article__source", ".breadcrumb"],
        end_markers=[r"(?<=[.!?”\"])\s*/\.\s*$", r"\s*[-–]\s*VNA\s*$"],
    )
    recognition = Recognition(
        patterns={
            r"^[^\n]{0,40}\((?:VNS/)?VNA\)\s*[–—-]": 3.0,
            r"\./\.\s*$": 2.0,
            r"vietnamplus\.vn": 3.0,
            r"\bảnh \d+\b": 1.0,
        }
    )
