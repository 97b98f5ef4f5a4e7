"""Nhan Dan (The People), the Communist Party of Vietnam's paper, English edition (en.nhandan.vn).

Article pages: `/<slug>-post<digits>.html`. The site runs the same CMS as VietnamPlus
(`article__title cms-title`, `article__sapo cms-desc`, `article__body cms-body`, a lead photo in
`table.picture`), with ad slots in the body and a source line ("NDO") at its end. Credits
are "(Photo: <name>)".
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class NhanDan(SourcePlugin):
    name = "nhandan"
    title = "Nhan Dan (The People)"
    domains = ("en.nhandan.vn",)
    discovery = Discovery(
        listing_pages=["https://en.nhandan.vn/politics/", "https://en.nhandan.vn/society/", "https://en.nhandan.vn/business/"],
        listing_links=[".abf-cate article h2 a", ".timeline.content-list article h2 a", ".story__heading a"],
        article_url=r"^/[\w-]+-post\d+\.html$",
    )
    selectors = Selectors(
        title=["h1.article__title", "h1.cms-title"],
        lead=["div.article__sapo", ".cms-desc"],
        body=[".article__body", ".cms-body"],
        published=[".article__meta time[datetime]", "meta[itemprop='datePublished']", "time[datetime]"],
        author=[".article__author"],
        figure=["table.picture", "figure"],
        caption=["td.caption", "figcaption"],
        tags=[".article__tag a"],
    )
    chrome = ChromeRules(
        html_remove=[".rennab", ".sda_middle", ".wrap-social", ".article__source", ".article__related", ".breadcrumb", ".list-media"],
        stop_lines=[r"^NDO$"],
    )
    recognition = Recognition(
        patterns={
            r"^NDO$": 2.0,
            r"\(Photo: NDO\)": 2.0,
            r"nhandan\.vn": 3.0,
        }
    )
