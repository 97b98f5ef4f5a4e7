"""Public Security News (CAND), the Ministry of Public Security's paper (en.cand.com.vn).

Article pages: `/<category>/<slug>-i<digits>/`. The lead may open with "PSNews - ";
the date sits in `div.box-date` with a trailing "|" and pages also print a Vietnamese
date line ("Thứ Sáu, 03/01/2020, 17:40"). Captions are separate elements, often without
a credit.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class CAND(SourcePlugin):
    name = "cand"
    title = "Public Security News (CAND)"
    domains = ("en.cand.com.vn", "cand.com.vn")
    discovery = Discovery(
        listing_pages=[
            "https://en.cand.com.vn/politics/",
            "https://en.cand.com.vn/public-security-forces/",
        ],
        listing_links=["h3.box-title a", ".box-news-item a.title"],
        article_url=r"/[\w-]+/[\w-]+-i\d+/?$",
    )
    selectors = Selectors(
        title=["h1.box-title-detail"],
        lead=["div.box-des-detail"],
        body=["div.detail-content-body"],
        published=["div.box-date"],
        author=["div.box-author strong"],
        figure=["figure", "table.image", "div.detail-image"],
        caption=["figcaption", "td.caption", ".image-caption", "em"],
        tags=["div.box-tag a"],
    )
    chrome = ChromeRules(
        html_remove=["ul.uk-breadcrumb", "div.box-related", "div.related-news", "div.box-share", "div.videoEmbed", "div.box-comment"],
        drop_lines=[r"^(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật),\s*\d{1,2}/\d{1,2}/\d{4}"],
    )
    recognition = Recognition(
        patterns={
            r"^PSNews\s*[-–—]": 3.0,
            r"cand\.com\.vn": 3.0,
        }
    )
