"""VietnamPlus, the Vietnam News Agency's English edition (en.vietnamplus.vn).

Article pages: `/<slug>-post<digits>.vnp`. The current CMS (seen on a real page of the
Vietnamese edition, which the English one runs too) marks its parts `cms-title`, `cms-desc`,
`cms-body`; the lead is often repeated as the body's first paragraph; ad slots
(`div.rennab`, `div.sda_middle`) and the source line (`div.article__source`) sit in the body. Leads open with a dateline such as
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
        title=["h1.article__title", "h1.cms-title"],
        lead=["div.article__sapo", ".cms-desc", ".details__summary"],
        body=[".article__body", ".cms-body", ".article-body", ".details__content"],
        published=[".article__meta time[datetime]", "meta[itemprop='datePublished']", "time[datetime]"],
        author=[".article__author", ".article__meta .author"],
        figure=["figure", "table.picture", ".article-photo"],
        caption=["figcaption", "td.caption", ".PhotoCMS_Caption"],
        tags=[".article__tag a", ".tags a"],
    )
    chrome = ChromeRules(
        html_remove=[".rennab", ".sda_middle", ".wrap-social", ".google-news", ".article__related", ".related-news", ".box-related", ".article__social", ".social", ".article__source", ".breadcrumb"],
        # "Culture - Sports <headline> <teaser>": a related story's teaser under its section's name
        drop_lines=[r"^Culture\s*-\s*Sports\s+\S"],
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
