"""People's Army Newspaper (Quân đội nhân dân), English edition (en.qdnd.vn).

Article pages: `/<section>/<subsection>/<slug>-<6 digits>`. Leads may open with "PANO – ";
articles end with "Reported by <name> from <place>", "Source: <agency>" and
"Translated by <name>". Photos sit in tables whose editor toolbar ("left center right del")
text renderings print as "leftcenterrightdel" right before the caption; captions carry no
credit.
"""

from extractors.models import Article
from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors

IMAGE_TOOLBAR = "leftcenterrightdel"


class PeoplesArmy(SourcePlugin):
    name = "qdnd"
    title = "People's Army Newspaper (QDND)"
    domains = ("en.qdnd.vn",)
    discovery = Discovery(
        listing_pages=["https://en.qdnd.vn/military/news", "https://en.qdnd.vn/politics/news", "https://en.qdnd.vn/social-affairs/news"],
        listing_links=["h3 a", ".post-title a"],
        article_url=r"^/[\w-]+/[\w-]+/[\w-]+-\d{6}$",
    )
    selectors = Selectors(
        title=["h1.post-title", ".post-title"],
        lead=[".post-summary"],
        body=[".article-detail", ".post-content"],
        published=[".post-date", "meta[property='article:published_time']"],
        figure=["table.image", "figure"],
        caption=["td.image_caption", "figcaption"],
    )
    chrome = ChromeRules(
        html_remove=[".related-posts", ".breadcrumb", ".align-toolbar"],
        drop_lines=[rf"^{IMAGE_TOOLBAR}$"],
        stop_lines=[r"^Reported by [A-Z]", r"^Source: [A-Z]{2,}\b", r"^Translated by [A-Z]"],
    )
    recognition = Recognition(
        patterns={
            rf"^{IMAGE_TOOLBAR}$": 3.0,
            r"^Translated by [A-Z][\w ]{2,30}$": 2.0,
            r"^PANO\s*[–-]": 3.0,
            r"qdnd\.vn": 3.0,
        }
    )

    def clean_text(self, text: str) -> Article:
        return super().clean_text(captions_marked(text))


def captions_marked(text: str) -> str:
    """The line after the image toolbar is that image's caption: mark it as a caption cell."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i - 1].strip() == IMAGE_TOOLBAR and lines[i].strip():
            lines[i] = f"| {lines[i].strip()} |"
    return "\n".join(lines)
