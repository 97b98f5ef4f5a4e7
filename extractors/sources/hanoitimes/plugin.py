"""The Hanoi Times, the English edition of Hanoi Moi (hanoitimes.vn).

Article pages: `/<slug>-<6 digits>.html` (also `/<slug>.<6 digits>.html`). Leads may open
with "THE HANOI TIMES — "; the date reads "Mar 06, 2026 / 11:37"; credits end captions as
"Photo: <name>/The Hanoi Times". Above the article a "WORDS ON THE STREET" bar lists hot
topics; below it "Reactions:", "Share:", "Trending", "Most Viewed" and "Related news".
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors

SHORT_DATE = r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4} / \d{1,2}:\d{2}$"


class HanoiTimes(SourcePlugin):
    name = "hanoitimes"
    title = "The Hanoi Times"
    domains = ("hanoitimes.vn",)
    discovery = Discovery(
        listing_pages=["https://hanoitimes.vn/hanoi", "https://hanoitimes.vn/economy"],
        listing_links=["h3 a", "h2 a"],
        article_url=r"^/[\w-]+[.-]\d{6}\.html$",
    )
    selectors = Selectors(
        title=["h1.article-title", "article h1", "h1"],
        lead=["h2.article-sapo", ".article-sapo"],
        body=[".article-content", "article .content"],
        published=[".article-meta .time", "meta[property='article:published_time']"],
        figure=["figure"],
        caption=["figcaption"],
    )
    chrome = ChromeRules(
        html_remove=[".hot-topics", ".article-meta", ".article-reactions", ".article-share", ".related-news", ".box-trending", ".box-most-viewed"],
        drop_lines=[r"^Log in$", r"^WORDS ON THE STREET\b", SHORT_DATE, r"^(?:Hanoi|Photos)$"],
        stop_lines=[r"^Reactions:", r"^Share:$", r"^Trending$", r"^Most Viewed$", r"^Related news$"],
    )
    recognition = Recognition(
        patterns={
            r"/\s?The Hanoi Times\b": 3.0,
            r"^(?:THE HANOI TIMES|The Hanoitimes)\s*[—–-]": 3.0,
            r"^WORDS ON THE STREET\b": 2.0,
            SHORT_DATE: 1.0,
            r"hanoitimes\.vn": 3.0,
        }
    )
