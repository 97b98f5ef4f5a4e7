"""VnExpress International, the English edition of VnExpress (e.vnexpress.net).

Article pages: `/news/<section>[/<subsection>]/<slug>-<7 digits>.html`. The byline and the
date share one line ("By <name>   March 4, 2026 | 09:12 am GMT+7"); credits follow the
caption as "Photo by VnExpress/<name>", "Photo by Reuters/<name>" or "Photo courtesy of
...". Links to other stories sit inside the body. The Vietnamese edition (vnexpress.net)
runs the same publisher's CMS; read its pages with `--source vnexpress`.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "By Dac Thanh   March 4, 2026 | 09:12 am GMT+7" (stories filed abroad: "| 08:31 pm PT")
BYLINE_DATE = rf"^By\s+[^|\n]{{2,60}}?\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*\|\s*\d{{1,2}}:\d{{2}}\s*[ap]m\s+(?:GMT\+7|[A-Z]{{2,4}})$"


class VnExpressInternational(SourcePlugin):
    name = "vnexpress"
    title = "VnExpress International"
    domains = ("e.vnexpress.net",)
    discovery = Discovery(
        feeds=["https://e.vnexpress.net/rss/news.rss", "https://e.vnexpress.net/rss/business.rss"],
        listing_pages=[f"https://e.vnexpress.net/news/{s}" for s in ("news", "business", "travel", "life", "world")],
        listing_links=["h4.title_news_site a", ".title_news_site a", ".item_news h4 a"],
        article_url=r"^/news(?:/[\w-]+)+-\d{7}\.html$",
    )
    selectors = Selectors(
        title=["h1.title_post", ".block_title_detail h1", "h1.title-detail"],
        lead=["span.lead_post_detail", ".lead_post_detail", "p.description"],
        body=["div.fck_detail", "article.fck_detail"],
        published=["meta[name='pubdate']", "meta[itemprop='datePublished']", ".author .date", "span.date"],
        author=[".author a", "p.author_mail strong", "p.Normal[style*='right'] strong"],
        figure=["figure.tplCaption", "table.tplCaption", "figure"],
        caption=["figcaption", "p.Image", "td.Image"],
    )
    chrome = ChromeRules(
        html_remove=[
            "[data-event-category='Article Link Display']", "[data-component-type='tin_xemthem']", "#admbackgroud",
            "p.author_mail", "p.Normal[style*='right']", ".footer-content", ".social_pin", ".box_category",
        ],
        drop_lines=[
            BYLINE_DATE,
            r"^(?:date \d{4}-\d{2}-\d{2}\s*)?VnExpress International$",
        ],
        stop_lines=[r"^Back to [A-Z][\w ]{2,30}$"],
    )
    recognition = Recognition(
        patterns={
            r"Photo by VnExpress/": 3.0,
            BYLINE_DATE: 3.0,
            r"^(?:date \d{4}-\d{2}-\d{2}\s*)?VnExpress International$": 3.0,
            r"e\.vnexpress\.net": 3.0,
        }
    )
