"""The fallback for any site without a plugin of its own.

HTML goes through trafilatura (the strongest open main-content extractor in published
comparisons, and the one kept most actively), and the page's own metadata (JSON-LD
NewsArticle, OpenGraph, `article:published_time`) fills title, dates and author.
Text dumps get the chrome rules that hold for any site.
"""

from __future__ import annotations

import re

import trafilatura
from trafilatura.metadata import extract_author, extract_title

from extractors.date_search import searched_date
from extractors.dates import parse_date
from extractors.html_cleaning import absolute_url
from extractors.metadata import read_metadata
from extractors.models import Article, Block
from extractors.page_tree import joined_text, parse_page
from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules
from extractors.text_cleaning import Lines, compile_rules, filter_lines, fold, to_blocks

# JSON-LD's articleBody wins when the text read on the page is under a quarter of it
JSON_LD_BODY_SHARE = 4
# "Read more: <headline>", "Lea también: ...", "Czytaj też: ...", "À lire aussi » ...": a link
# to another story set between the paragraphs, in the languages of the pages seen so far.
# Only a headline follows the label (no closing full stop), never a sentence of the article.
READ_ALSO_LINE = (
    r"(?i)^(?:read\s+(?:more|also)|also\s+read|see\s+also|related|lesen\s+sie\s+(?:auch|hier|mehr)|auch\s+lesen"
    r"|mehr\s+zum\s+thema|siehe\s+auch|lea(?:\s+(?:más|también))?|lee\s+(?:más|también)|(?:le|te)\s+puede\s+interesar"
    r"|puedes\s+ver|mir[ae]|vea\s+también|ver\s+también|(?:à\s+)?lire\s+aussi|czytaj\s+(?:też|także|również|więcej)"
    r"|dowiedz\s+się\s+więcej|zobacz\s+(?:też|także|również)|leia\s+(?:também|mais)|veja\s+também|leggi\s+anche)"
    r"\s*[:»›]\s*(?:\S+\s+){0,24}\S*[^.\s]$"
)
# "Follow us on Twitter", "Mời quý độc giả theo dõi VOV.VN trên Google News": a line that
# sends the reader to the site's accounts elsewhere
FOLLOW_US_LINE = (
    r"(?i)^(?=.{0,160}$).*\b(?:follow|theo\s+dõi|síguenos|siga|folgen\s+sie|suivez|obserwuj)\b.*"
    r"\b(?:google\s+news|facebook|twitter|instagram|telegram|youtube|whatsapp|tiktok|linkedin)\b[^.]*$"
)
# a box asking the reader to sign up, subscribe, support the site or join its channel:
# a keyword of the offer and the reader addressed ("you", "du", "usted", "vous", an
# exclamation or question), in one short line; the article's sentences report, never ask
CALL_TO_ACTION_LINE = (
    r"(?i)^(?=.{0,300}$)(?=.*(?:newsletter|\bsign(?:ing)?\s+up\b|\bsubscrib|abonnier|\bsuscr[ií]b|\binscri[vb]"
    r"|\bunterstütze|\bsupport\s+us\b|\bwesprzyj|\bapóy|\bsoutenez"
    r"|\b(?:canal|channel|kanal)\s+(?:de\s+|on\s+|auf\s+)?(?:youtube|telegram|whatsapp)))"
    r"(?=.*(?:[!?]|\b(?:you|your|du|dich|dir|usted|vous|votre|tu)\b)).*$"
)
# "Follow <site> on Twitter and Instagram ...", longer than FOLLOW_US_LINE's line: it opens
# with the order to follow
FOLLOW_ORDER_LINE = (
    r"(?i)^(?=.{0,300}$)(?:follow|síguenos|siga|folgen\s+sie|suivez|obserwuj)\b[^.!?]{0,80}"
    r"\b(?:facebook|twitter|instagram|telegram|youtube|whatsapp|tiktok|linkedin)\b"
)
# a photo's credit on its own line: "Titelbild: <name>/<agency>", "Photo: ...", "Fot. ...",
# "© <owner> | <name>"; the image itself is not in the text. Dropped only after the chrome rules
# have joined a credit to the caption above it (an image record, as in a text dump).
PHOTO_CREDIT_LINE = re.compile(
    r"(?i)^(?=.{0,120}$)(?:(?:(?:titel|beitrags|header|aufmacher|vorschau)?bild(?:quelle|nachweis)?|fotos?"
    r"|photos?(?:\s+credits?)?|image(?:\s+(?:credits?|illustrative))?|crédits?(?:\s+photo)?|foto\s+de\s+portada"
    r"|zdjęcie)\s*:|fot\.|©)\s*\S[^.]*$"
)
# a note that the post advertises or earns from its links: a label opening the line ("Werbung.",
# "ANZEIGE -"), or affiliate links or advertisers named with the site speaking of itself
ADVERTISING_NOTE_LINE = (
    r"(?i)^(?=.{0,400}$)(?:\*?\s*(?:werbung|anzeige|advertisement|sponsored|publicidad|reklama)\s*[-–:.|]"
    r"|(?=.*\b(?:affiliate[\s-]?links?|enthält\s+werbung|our\s+advertisers|product\s+advertising\s+api"
    r"|enlaces\s+de\s+afiliados?|liens\s+d'affiliation))"
    r"(?=.*\b(?:this\s+(?:post|article|page)|dieser\s+(?:beitrag|artikel)|verlinkungen|our|we|unsere?|wir|este\s+artículo)\b))"
)
# "Lesezeit: 4 Minuten", "5 min read", "Ten tekst przeczytasz w ...": how long the article takes to read
READING_TIME_LINE = (
    r"(?i)^(?=.{0,60}$)(?:(?:lesezeit|lesedauer|reading\s+time|tiempo\s+de\s+lectura|temps\s+de\s+lecture|czas\s+czytania)"
    r"\s*:?\s*(?:ca\.\s*)?\d|\d+\s*(?:min(?:ute)?s?\.?|minuten)\s+(?:read|lesezeit|lesedauer|de\s+lectura|de\s+lecture)\b"
    r"|.*\bprzeczytasz\s+w\b)"
)
# a press release's contact block: "Kontakt:", "Ansprechpartnerin zum Thema:" alone, or a
# phone label with its number
CONTACT_LINE = (
    r"(?i)^(?:(?:presse)?kontakt|ansprechpartner(?:in)?(?:\s+zum\s+thema)?|(?:media|press)\s+contacts?|contacto(?:\s+de\s+prensa)?"
    r"|contact\s+presse|telefon|tel\.?|phone|fax)\s*:\s*(?:[+(\d][\d\s()/+–-]*)?$"
)
# initials closing the article alone on their line: "NDO", "(GIS)", "aja/PAP"
SIGN_OFF_LINE = r"^\(?(?:[a-z]{1,4}/)?[A-Z]{2,6}\)?\.?$"
# the page's longest line is at least this long, or the page has no running text
SHORTEST_TEXT_LINE = 30
# the class or id of the box a CMS prints an article's lead in, below the headline:
# "article__intro", "teaser-text", "standfirst", "chapo" (French), "dek"
LEAD_BOX = re.compile(r"(?i)(?:^|[\s_-])(?:intro|teaser|lead|standfirst|chapo|chapeau|summary|excerpt|dek|deck|abstract)(?:$|[\s_-])")
SHORTEST_BOXED_LEAD, LONGEST_BOXED_LEAD = 60, 1500
SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”«»)]*$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


class Generic(SourcePlugin):
    name = "generic"
    title = "Any other site (trafilatura and page metadata)"
    schedule = None
    # a news agency's sign-off closing the last paragraph ("... this year. — VNS") is no sentence
    chrome = ChromeRules(
        drop_lines=[
            READ_ALSO_LINE, FOLLOW_US_LINE, FOLLOW_ORDER_LINE, CALL_TO_ACTION_LINE, ADVERTISING_NOTE_LINE,
            READING_TIME_LINE, CONTACT_LINE,
        ],
        end_markers=[r"\s+[–—-]+\s*(?:VNS|VNA|VOV|TTXVN|AFP|AP|Reuters|Xinhua)\s*$", SIGN_OFF_LINE],
    )

    def _read_text(self, page, meta, text: str, title: str | None) -> tuple[str | None, Lines, list[Block]]:
        """The lead printed on the page, the kept lines and the article's blocks, from the
        main text trafilatura read."""
        # a page that renders its article with scripts carries it in its JSON-LD (where
        # trafilatura's fallback for an empty page finds it too, with its line breaks lost)
        if meta.body and (len(meta.body) > JSON_LD_BODY_SHARE * len(text) or text.split() == meta.body.split()):
            text = meta.body
        lead = displayed_lead(page, meta.description, text) or boxed_lead(page, text, title)
        if lead:
            text = lead + "\n" + text
        kept = filter_lines([(line, None) for line in text_lines(text)], self.chrome, title)
        kept.text = [(line, kind) for line, kind in kept.text if not PHOTO_CREDIT_LINE.match(line)]
        _, _, ends = compile_rules(self.chrome)
        blocks = to_blocks(kept.text, ends)
        if all(len(block.text) < SHORTEST_TEXT_LINE for block in blocks):
            blocks = []  # link labels only ("Politics", "World"): a page of menus, no article
        return lead, kept, blocks

    def clean_html(self, html: str, url: str | None = None) -> Article:
        page = parse_page(html)
        meta = read_metadata(page)
        # trafilatura reads only the text: the page's metadata is read above, and trafilatura's
        # slower readers run only for what it lacks (its date search alone cost a fifth of the
        # time of a page). It parses the page itself: given the tree parsed here (scripts,
        # comments and embedded objects stripped), it found no text on some real pages.
        title = meta.headline or extract_title(page)
        # the balanced mode first; on the rare page where nothing of what it read is an
        # article (it took a sidebar of PHP warnings for the text), the precision mode
        for favor_precision in (False, True):
            lead, kept, blocks = self._read_text(page, meta, main_text(html, url, favor_precision=favor_precision), title)
            if blocks:
                break
        canonical = absolute_url(meta.canonical_url, absolute_url(url)) or absolute_url(url)
        return Article(
            outlet=self.name,
            title=title,
            lead=lead or meta.description,
            blocks=blocks,
            images=kept.images,
            published_at=parse_date(meta.published) or parse_date(searched_date(page, url, meta.language)),
            updated_at=parse_date(meta.updated),
            author=meta.author or extract_author(page),
            language=(meta.language or "en").split("-")[0],
            canonical_url=canonical,
            tags=meta.keywords,
        )


def main_text(html: str, url: str | None, favor_precision: bool = False) -> str:
    """The page's main text in trafilatura's default (balanced) mode. Its precision mode
    drops whole sections of real pages (the questions and answers below a guide, a recipe's
    steps, a post kept in <noscript>), which no rule applied to the lines afterwards can
    give back; the boilerplate the balanced mode keeps instead is left to those rules.
    Both modes take the same time."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=False, include_comments=False, include_tables=True, favor_precision=favor_precision
    )
    return (document.text if document else "") or ""


def text_lines(text: str) -> list[str]:
    """trafilatura's text, a line per block. It writes a table row as `| cell | cell |`
    (pages laid out in tables hold their whole article so): each cell is a line of text,
    not the image-caption residue that a cell means in a text dump."""
    lines: list[str] = []
    for line in text.split("\n"):
        if TABLE_ROW.match(line):
            lines += [cell.strip().replace("\\|", "|") for cell in TABLE_CELL_SEPARATOR.split(line.strip()[1:-1])]
        else:
            lines.append(line)
    return lines


def displayed_lead(page, description: str | None, text: str) -> str | None:
    """The page's lead when the extractor dropped it: news CMSs put the lead in its own
    box outside the body, and main-content extractors often skip that box. Only a
    description that is printed on the page counts, not one that lives in <meta> only."""
    if not description or fold(description[:60]) in fold(text):
        return None
    folded = fold(description)
    # the length of an element's text, read in C, rules out the wrappers holding far more
    # (and the boxes holding far less) before their text is joined and folded
    shortest, longest = len(description) // 2, 3 * len(description) + 100
    for element in page.iter("p", "div", "h2", "span"):
        if shortest <= len(element.text_content()) <= longest and fold(joined_text(element)) == folded:
            return joined_text(element)
    return None


def boxed_lead(page, text: str, title: str | None) -> str | None:
    """The lead in its own box between the headline and the body, when the extractor dropped
    it and the page's description is not it. Only the first such box near the <h1> (under its
    grandparent's parent) and above the body's first line counts, and only running text
    ending as a sentence does: boxes named "teaser" elsewhere list other stories ("... more >>")."""
    headline = next(page.iter("h1"), None)
    if headline is None:
        return None
    near = headline
    for _ in range(3):
        if near.getparent() is not None:
            near = near.getparent()
    first_line = fold(text.lstrip().split("\n", 1)[0][:40])
    below_headline = False
    for element in near.iter():
        if element is headline:
            below_headline = True
        elif not below_headline or not isinstance(element.tag, str):
            continue
        elif element.tag == "p" and first_line and fold(joined_text(element)[:40]) == first_line:
            return None  # the body begins: no lead box stood above it
        elif LEAD_BOX.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            lead = joined_text(element)
            linked = sum(len(joined_text(link)) for link in element.iter("a"))
            if (
                not SHORTEST_BOXED_LEAD <= len(lead) <= LONGEST_BOXED_LEAD
                or 4 * linked > len(lead)
                or not SENTENCE_CLOSE.search(lead)
                or (title and fold(title) in fold(lead))
            ):
                return None
            return None if fold(lead[:60]) in fold(text) else lead
    return None
