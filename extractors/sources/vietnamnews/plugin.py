"""Viet Nam News, the Vietnam News Agency's English daily (vietnamnews.vn).

Article pages: `/<section>/<6-7 digits>/<slug>.html`. The lead opens with a dateline in
capitals with diacritics ("HÀ NỘI —", "HCM CITY —"), the standfirst repeats that lead
without its dateline, and the article ends with the "— VNS" sign-off. Credits follow a dash:
"— VNA/VNS Photo <name>", "— VNS Photo <name>", "— Photo <site>". Feature stories open
with a "by <name>" line.
"""


from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


class VietNamNews(SourcePlugin):
    name = "vietnamnews"
    title = "Viet Nam News (VNS)"
    domains = ("vietnamnews.vn",)
    discovery = Discovery(
        feeds=["https://vietnamnews.vn/rss/home.rss"],
        sitemaps=["https://vietnamnews.vn/sitemap.xml"],
        listing_pages=["https://vietnamnews.vn/politics-laws", "https://vietnamnews.vn/society", "https://vietnamnews.vn/economy"],
        listing_links=[".vnnews-list-news li a", ".vnnews-tt-list-news a"],
        article_url=r"^/[\w-]+/\d{6,7}/[\w-]+\.html$",
    )
    selectors = Selectors(
        title=["h1.headline", ".vnnews-detail h1", "h1"],
        lead=[".vnnews-sapo", ".sapo"],
        body=[".vnnews-text-post", ".vnnews-detail article"],
        published=[".vnnews-time-post span", ".vnnews-time-post", "meta[property='article:published_time']"],
        figure=[".inline-image", "figure", "table.image"],
        caption=[".image-caption", "figcaption", "p", "td.caption"],
        tags=[".vnnews-tags a"],
    )
    chrome = ChromeRules(
        html_remove=[".vnnews-related", ".vnnews-share", ".vnnews-tags", ".vnnews-breadcrumb"],
        drop_lines=[
            rf"^{MONTH} \d{{1,2}}, \d{{4}} - \d{{1,2}}:\d{{2}}$",
            r"^[Bb]y [A-ZÀ-ỸĐ][\w’'.-]*(?: [A-ZÀ-ỸĐ][\w’'.-]*){0,4}$",
        ],
        stop_lines=[r"^Related Articles$"],
        end_markers=[r"\s*[–—-]+\s*VNS\s*$", r"^VNS$"],
    )
    recognition = Recognition(
        patterns={
            r"VNA/VNS Photo|[–—-] VNS Photo": 3.0,
            r"[–—-]\s*VNS\s*$": 2.0,
            # a dateline in capitals that keep their diacritics ("ĐỒNG NAI —"), maybe behind a crawl date
            r"^(?:\s*date \d{4}-\d{2}-\d{2}\s+)?(?=[A-Z ]*[À-ỸĐ])[A-ZÀ-ỸĐ]{2,}(?: [A-ZÀ-ỸĐ]{2,})* [—–] ": 3.0,
            r"^(?:\s*date \d{4}-\d{2}-\d{2}\s+)?(?:HCM CITY|[A-Z]{3,}) — ": 1.0,
            rf"^{MONTH} \d{{1,2}}, \d{{4}} - \d{{1,2}}:\d{{2}}$": 1.0,
            r"vietnamnews\.vn": 3.0,
        }
    )
