"""Lines that are page chrome on any news site, recognised by their shape.

Text dumps of article pages carry, around the article, lines that no outlet-specific rule
needs to name: printed dates in every English and Vietnamese format, bylines and translator
notes, the site's name or one-line self-description, a notice that JavaScript is off, the
headings of "Related" / "Read more" / "Tin liên quan" blocks, account and share widgets, and
image file names or slugs. Each test here looks at one line alone; what depends on the
neighbouring lines (where a related block ends, which line is the headline) lives in
`text_cleaning`.
"""

from __future__ import annotations

import re

from extractors.captions import SENTENCE_END

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_VIETNAMESE_MONTH = r"tháng\s+(?:\d{1,2}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)"
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
)
# the pieces a printed date is made of; a date line is these and separators only
_DATE_PIECES = re.compile(
    r"(?i)"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*|\s+)\d{{4}}\b"  # March 3, 2021
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}|{_VIETNAMESE_MONTH})(?:\s*,\s*|\s+)\d{{4}}\b"  # 3 March 2021
    rf"|\b{_MONTH}\s*,?\s*\d{{1,2}}/\d{{1,4}}(?:/\d{{2,4}})?\b"  # "June, 12/2023": a month's name before a slash date
    r"|(?<![\d.])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"  # 03/02/2025, 3.2.2025, also glued to a site's name
    r"|\b\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?\b"  # 2019-03-02, ISO
    r"|(?:ngày\s+)?\b\d{1,2}\s+tháng\s+\d{1,2}(?:\s*,?\s*năm)?\s+\d{4}\b"
)
_TIME_PIECE = re.compile(r"(?i)\b\d{1,2}(?:[:h]\d{2}(?::\d{2})?|\.\d{2}\s*(?=[ap]\.?m))\s*[’'′]?\s*(?:[ap]\.?m\.?)?(?!\w)")
_ZONE_PIECE = re.compile(r"(?i)\(?\b(?:gmt|utc|ict|[pmce][sd]?t|jst|kst|sgt|hkt|bst|cest|aest|wib)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|(?<!\w)[+-]\d{2}:?\d{2}\b")
# "1 year ago", "3 hours ago": a post's age as a blog template prints it beside the date
_AGE_PIECE = re.compile(r"(?i)\b\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b")
_WEEKDAY_PIECE = re.compile(rf"(?i)(?<!\w){_WEEKDAY}(?!\w)")
_DATE_LABEL = re.compile(
    r"(?i)(?<!\w)(?:last\s+)?(?:updated|update|posted|published|modified|created|date|time|on|at"
    r"|cập\s+nhật|đăng|ngày|lúc|giờ)(?!\w)\s*:?"
)
_SEPARATORS_ONLY = re.compile(r"^[\s|/\\,.:;–—\-()\[\]·•]*$")


def is_date_line(line: str) -> bool:
    """A line that is nothing but a printed date and time: "Mar 3, 2021 / 18:05",
    "Friday, June 2, 2017, 09:12 GMT+7", "Updated: 08:30’ - 11/09/2016", "Thứ Ba, 25/11/2025, 20:45"."""
    if len(line) > 80 or not any(c.isdigit() for c in line):
        return False
    rest, dates = _DATE_PIECES.subn(" ", line)
    rest, times = _TIME_PIECE.subn(" ", _AGE_PIECE.sub(" ", rest))
    if not dates and not times:
        return False
    rest, weekdays = _WEEKDAY_PIECE.subn(" ", rest)
    if not dates and not weekdays and not re.search(r"(?i)gmt|utc|cập nhật|updated|posted", line):
        return False  # a bare "18:05" or "2-1" is a score or a time in a list, not a date stamp
    rest = _DATE_LABEL.sub(" ", _ZONE_PIECE.sub(" ", rest))
    return bool(_SEPARATORS_ONLY.match(rest))


MAX_LABELLED_DATE_LINE = 60
MAX_DATE_LABEL_WORDS = 3


def is_labelled_date_line(line: str) -> bool:
    """A full date with a few capitalised words beside it and nothing else: the site's or a
    category's name printed with the date ("In Uncategorized on June 6, 2010 at 6:20 pm",
    "Vietnam Time 2/20/2018 9:11:54 PM", a site's name glued to it). A sentence about a date
    has a word in lower case."""
    if len(line) > MAX_LABELLED_DATE_LINE or not any(c.isdigit() for c in line):
        return False
    rest, dates = _DATE_PIECES.subn(" ", line)
    if not dates:
        return False
    rest = _DATE_LABEL.sub(" ", _ZONE_PIECE.sub(" ", _TIME_PIECE.sub(" ", _WEEKDAY_PIECE.sub(" ", rest))))
    words = rest.replace("|", " ").split()
    return (
        1 <= len(words) <= MAX_DATE_LABEL_WORDS
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


# "DNUM_ABZAJZCACA": a template's placeholder that was never filled in
TEMPLATE_PLACEHOLDER = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")


def is_template_residue(line: str) -> bool:
    """". DNUM_ABZAJZCACA 06:36": placeholders, with nothing beside them but a time or a date."""
    if "_" not in line:
        return False
    rest, placeholders = TEMPLATE_PLACEHOLDER.subn(" ", line)
    rest = _TIME_PIECE.sub(" ", _DATE_PIECES.sub(" ", rest))
    return bool(placeholders) and bool(_SEPARATORS_ONLY.match(rest))


# "Archive for June 6th, 2010|Daily archive page": the heading of a blog's archive
ARCHIVE_HEADING = re.compile(r"(?i)^(?:(?:daily|monthly|yearly)\s+)?archives?\s+(?:for|of)\b[^.!?]{0,40}(?:\|\s*(?:daily|monthly|yearly)\s+archive\s+page)?$")


_NAME_WORD = r"[A-ZÀ-Ỹ][\w'’.]*(?:-[A-ZÀ-Ỹ][\w'’.]*)?"
_NAME = rf"(?:{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|reporters?|writers?|correspondents?)){{0,4}}|(?i:staff|our)\s+(?:writers?|reporters?|correspondents?))"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*"
_AGENCY = r"(?:VNA|VNS|VOV|TTXVN|VNA/VNS|AFP|AP|Reuters|Xinhua|Kyodo|Yonhap|Sputnik|TASS|Bernama|dpa)"
_NAMES_ONLY = re.compile(rf"^{_NAMES}$")
# "By Minh Phong- Translated by Huyen Huong": the translator's part of a byline
_TRANSLATOR = re.compile(rf"\s*[-–—|,]?\s*(?:translated|edited|compiled)\s+by\s+{_NAMES}\s*\.?$", re.IGNORECASE)
MAX_BYLINE_WORDS = 20
BYLINE_OPENINGS = ("by ", "story ", "text ", "report", "written ", "photo", "video ", "translated ", "edited ", "compiled ",
                   "(report", "writing ", "(writing ", "editing ", "(editing ", "additional ", "(additional ")
AGENCY_ENDINGS = tuple(a.lower() for a in ("VNA", "VNS", "VOV", "TTXVN", "AFP", "AP", "Reuters", "Xinhua", "Kyodo",
                                            "Yonhap", "Sputnik", "TASS", "Bernama", "dpa"))
_CREDIT_ROLE = r"(?:(?:additional\s+)?reporting|writing|editing)"
_BY = re.compile(r"^(?:(?:story|text|report|reported|written|photos?|video)\s+)?by\s+", re.IGNORECASE)
OTHER_BYLINE = re.compile(
    # "Translated by Song Anh"
    rf"^(?:translated|edited|compiled)\s+by\s+{_NAMES}\s*\.?$"
    # "Nguyễn Văn Nam VNA", "Ngọc Hà (VNA)"
    rf"|^{_NAME}\s*[-–—,]?\s*\(?{_AGENCY}\)?\s*\.?$"
    # "(Web editor: ...)", "Reporter: Minh Anh", "Source: VNA" standing alone
    rf"|^\(?(?:web\s+editor|editor|reporter|author|writer|source|nguồn|theo)\s*:\s*[^.!?]{{1,60}}\)?\.?$"
    rf"|^{_AGENCY}\s*[./|]?$"
    # "(Reporting by Sam Nussey in Tokyo; Editing by Jane Doe)": a wire story's closing credits
    rf"|^\(?{_CREDIT_ROLE}\s+by\s+{_NAMES}(?:\s*[;,]\s*(?:and\s+)?{_CREDIT_ROLE}\s+by\s+{_NAMES})*\s*\)?\.?$",
    re.IGNORECASE,
)
# "Jane Doe Published April 12, 2022 | 09:55 PM": the writer's name, then when the story went up
_PUBLISHED = re.compile(r"(?i)\s(?:published|posted|updated)\b")
_NAMES_THEN_DATE = re.compile(rf"^{_NAMES}\s+(?i:published|posted|updated)\s*:?\s+(?P<date>.+)$")


def is_byline(line: str) -> bool:
    """"By Thanh Nguyen, Quynh Tran  October 9, 2018 | 04:30 pm GMT+7", "Translated by Song Anh",
    "Nguyễn Văn Nam VNA", "Source: VNA": who wrote, translated or supplied the article."""
    if len(line) > 140 or line.count(" ") > MAX_BYLINE_WORDS:
        return False
    if line.endswith("|"):  # "MINH ANH |": a reporter's name in capitals before the date's separator
        name = line[:-1].split()
        return (2 <= len(name) <= 4 and all(w.isalpha() and w.isupper() for w in name)) or bool(OTHER_BYLINE.match(line))
    lower = line.lower()
    named_date = _PUBLISHED.search(line) and _NAMES_THEN_DATE.match(line)
    if named_date:
        return is_date_line(named_date["date"])
    if not (lower.startswith(BYLINE_OPENINGS) or ":" in line[:16] or lower.rstrip(" .)/|").endswith(AGENCY_ENDINGS)):
        return False  # what every byline form starts or ends with
    if OTHER_BYLINE.match(line):
        return True
    by = _BY.match(line)
    if not by:
        return False
    rest = _TRANSLATOR.sub("", line[by.end():]).strip()
    words = rest.split()
    # the names, then nothing or a date: try each place where the names may end
    for cut in range(min(len(words), 12), 0, -1):
        names, after = " ".join(words[:cut]).rstrip(" -–—|,"), " ".join(words[cut:])
        if _NAMES_ONLY.match(names) and (not after or is_date_line(after.lstrip("-–—|, "))):
            return True
    return False


SCRIPT_NOTICE = re.compile(
    r"(?i)^(?:[^.]{0,40}\bjavascript\b[^.]{0,60}\b(?:off|disabled?|enable[ds]?|turned off|required)\b[^\n]{0,60}"
    r"|please enable javascript[^\n]{0,60}|[^\n]{0,30}\bbật javascript[^\n]{0,40})$"
)
RELATED_HEADING = re.compile(
    r"(?i)^[\W_]*(?:related(?:\s+(?:news|articles?|stories|posts|topics|content|links))?|read\s+more|see\s+(?:more|also)"
    r"|more\s+(?:news|stories|articles|from\b.*)|also\s+read|you\s+may\s+(?:also\s+)?(?:like|be\s+interested\s+in)"
    r"|recommended(?:\s+for\s+you)?|popular(?:\s+articles?|\s+news)?|most\s+(?:read|viewed|popular)|other\s+news"
    r"|latest\s+news|tin\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|tin\s+khác|bài\s+liên\s+quan|xem\s+thêm|đọc\s+thêm"
    r"|đọc\s+nhiều|tin\s+mới(?:\s+nhất)?"
    # the same headings in the other languages of the pages seen so far (German, Spanish,
    # French, Italian, Portuguese, Polish): a short label, never a sentence
    r"|(?:weitere|ähnliche|verwandte|empfohlene|beliebte|neueste)\s+(?:themen|artikel|beiträge|nachrichten|meldungen|news)"
    r"|mehr\s+(?:zum\s+thema|themen|artikel|beiträge|nachrichten)|top[\s-]+themen(?:\s+\w+){0,4}|zum\s+weiterlesen"
    r"|lesen\s+sie\s+auch(?:\s+\w+){0,3}|das\s+könnte\s+sie\s+auch\s+interessieren|beiträge\s+aus\s+dem\s+forum"
    r"|(?:contenidos?|noticias|artículos|notas)\s+relacionad[oa]s?|temas(?:\s+relacionados)?|lo\s+más\s+(?:leído|visto)"
    r"|más\s+(?:noticias|leídas|sobre(?:\s+\S+){1,5})|te\s+puede\s+interesar|articles?\s+(?:similaires|liés|connexes)"
    r"|sur\s+le\s+même\s+sujet|(?:à\s+)?lire\s+aussi|articoli\s+correlati|leggi\s+anche|notícias\s+relacionadas"
    r"|leia\s+também|powiązane\s+artykuły|czytaj\s+(?:też|także|więcej)|zobacz\s+(?:też|także))\s*[:>»›]*\s*$"
)
# Account, share and comment widgets, ratings and counters: the page's furniture.
WIDGET = re.compile(
    r"(?i)^(?:log\s*in|sign\s*in|sign\s*up|register|subscribe|get\s+newsletter|contact\s+us|follow\s+us(?:\s+on)?"
    r"|share(?:\s+(?:this|on)\b.*)?|print|email|tweet|comments?|\(\d+\)\s*(?:user\s+say|comments?)|\d+\s+(?:views|comments?)"
    r"|what the stars mean:?|.*[★☆].*[★☆].*[★☆].*|back\s+to\s+top|top|home|menu|search|more|;"
    r"|facebook|twitter|zalo|linkedin|copy\s+link|font\s+size|listen|nghe|in\s+bài|chia\s+sẻ|bình\s+luận"
    r"|reactions?|your\s+reaction|rate(?:\s+this(?:\s+article)?)?|rating|votes?|tags?|topics?|keywords?"  # "Share:", "Reactions:"
    # an edition's language switch: "Tiếng Việt | English"
    r"|english|tiếng\s+việt|tiếng\s+anh|vietnamese|français|español|deutsch|русский|中文|한국어|日本語)\s*:?$"
)
# "Get Newsletter | Contact us | Follow us on": a row of widgets, each of which is chrome alone
_WIDGET_ROW_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# ">> Two provinces sign a trade deal", "» ...", "→ ...": a link to another story, never article text
RELATED_LINK = re.compile(r"^(?:>>|»|›|→|▶|►)\s*\S")
# a section's or breadcrumb's name standing alone ("Society", "Home Society", "Politics & Law", "Life - Style")
_SECTION_WORDS = {
    "home", "news", "politics", "law", "laws", "society", "business", "economy", "economic", "world", "national",
    "international", "sports", "sport", "football", "travel", "tourism", "culture", "arts", "entertainment", "life",
    "lifestyle", "style", "health", "education", "science", "technology", "tech", "environment", "opinion", "opinions",
    "features", "feature", "photos", "photo", "videos", "video", "multimedia", "military", "defence", "defense",
    "security", "diplomacy", "foreign", "affairs", "relations", "domestic", "local", "asean", "vietnam", "viet", "nam",
    "motoring", "property", "finance", "markets", "market", "trade", "investment", "industries", "industry", "legal",
    "social", "social-affairs", "in", "focus", "special", "reports", "report", "latest", "hot", "trending", "food",
    "expats", "community", "overseas", "vietnamese", "forum", "talk", "talks", "life-style", "corporate", "companies",
    "weather", "climate", "science-technology", "eyes", "and", "of", "the", "&", "-", "–", "/", ">", "»", "›",
}
# "dengue-outbreak-forces-hanoi-hospitals-to-cram-in-patients-3": an image's file name without extension
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){3,}$")
MENU = re.compile(r"^[^.!?]{1,40}(?:\s*\|\s*[^.!?|]{1,40}){2,}\|?$")
# a site's name standing alone ("VnExpress International", "The Hanoi Times", "vietnamnews.vn")
_DOMAIN = re.compile(r"(?i)^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov)(?:/\S*)?$")
_SITE_WORDS = {
    "news", "times", "online", "international", "edition", "magazine", "newspaper", "daily", "review",
    "post", "express", "plus", "forum", "gazette", "report", "tribune", "herald", "journal", "weekly",
    "vietnamplus", "vnexpress", "network", "agency", "portal",
}
# the one-line self-description of a site ("The most read Vietnamese newspaper",
# "... Magazine is your gateway to the law of Vietnam")
TAGLINE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:most|best|leading|largest|first|only|official)\b[^.]{0,40}\b(?:newspaper|magazine|news\s*site|news\s+agency|portal|daily)\b[^.]{0,40}"
    r"|[^.]{0,60}\b(?:newspaper|magazine|portal|news\s+agency|website)\s+(?:is|of|for)\s+(?:your|the\s+voice|the\s+official|the\s+mouthpiece|the\s+gateway)\b[^.]{0,60})\.?$"
)


MAX_BANNER_WORDS = 4


def is_capitals_banner(line: str) -> bool:
    """"HOT TOPICS", "EVENTS", "WORLD - ASEAN": a short line in capitals that is no sentence, the
    shape of a section's banner. A sub-heading in capitals has this shape too: which of the two a
    line is depends on what stands around it (see `text_cleaning`)."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return (
        1 <= len(words) <= MAX_BANNER_WORDS
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in line)
        and not line.rstrip().endswith((".", "!", "?", ",", ";", "”", '"'))
    )


# "Reactions:", "Share on:", "Đánh giá:": a label of one or two words closing with a colon and
# nothing after it; what it labelled (buttons, icons) did not survive the conversion to text
LONE_LABEL = re.compile(r"^[A-ZÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+)?\s*:$")


# Words that name a page's controls: a line made of nothing else ("Connect with us", "return icon",
# "Search menu") is a widget's label or an icon's alt text, never a headline
_INTERFACE_WORDS = {
    "connect", "follow", "share", "icon", "icons", "menu", "search", "login", "logout", "log", "sign", "signin",
    "subscribe", "unsubscribe", "back", "return", "home", "close", "open", "toggle", "navigation", "nav", "button",
    "arrow", "logo", "click", "tap", "next", "previous", "prev", "top", "newsletter", "register", "account",
    "facebook", "twitter", "youtube", "zalo", "instagram", "linkedin", "tiktok", "email", "print", "comment",
    "comments", "hamburger", "scroll", "more", "link", "links",
}
_INTERFACE_FILLERS = {"with", "us", "on", "to", "the", "our", "and", "in", "out", "up", "here", "now", "for", "this", "page", "go", "of", "a", "via"}
_WORD = re.compile(r"[^\W\d_]+")
MAX_INTERFACE_LABEL = 60


def is_interface_label(line: str) -> bool:
    """"Connect with us", "return icon": every word names a control (a filler word aside)."""
    words = [w.lower() for w in _WORD.findall(line)]
    return (
        len(line) <= MAX_INTERFACE_LABEL
        and any(w in _INTERFACE_WORDS for w in words)
        and all(w in _INTERFACE_WORDS or w in _INTERFACE_FILLERS for w in words)
    )


def is_widget_row(line: str) -> bool:
    parts = [p for p in _WIDGET_ROW_SEPARATOR.split(line) if p]
    return len(parts) >= 2 and all(WIDGET.match(p) for p in parts)


def is_section_name(line: str) -> bool:
    """"Society", "Home Society", "Politics & Law": a section's name or a breadcrumb alone on its line."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and all(w.lower() in _SECTION_WORDS for w in words)
        and any(w[:1].isalpha() for w in words)
    )


# "vietnam.vn - <the site's motto>", "<motto> | somesite.com": a page's <title> of the site alone
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
MAX_MOTTO_WORDS = 8


def is_site_name(line: str) -> bool:
    if len(line) > 80:
        return False
    parts = _TITLE_SEPARATOR.split(line)
    if len(parts) == 2 and not line.rstrip().endswith(SENTENCE_END):
        site, motto = (parts[0], parts[1]) if _DOMAIN.match(parts[0]) else (parts[1], parts[0])
        if _DOMAIN.match(site) and len(motto.split()) <= MAX_MOTTO_WORDS:
            return True
    if len(line) > 60:
        return False
    if _DOMAIN.match(line):
        return True
    words = line.replace("&", " ").split()
    if not 1 <= len(words) <= 5 or line.rstrip()[-1:] in ".!?,;:\"”":
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "the", "and", "&"} for w in words):
        return False
    return words[-1].lower().strip("()") in _SITE_WORDS or bool(_DOMAIN.match(words[-1]))


MAX_CHROME_LINE = 160
NO_WORDS = re.compile(r"^[\s|/\\\-–—•·_*#~.,:;]+$")  # separators left of a widget


def is_chrome_line(line: str) -> bool:
    """True for a line that is chrome on any site, whatever stands around it."""
    if len(line) > MAX_CHROME_LINE:
        return False  # a paragraph: no chrome line is this long
    return bool(
        NO_WORDS.match(line)
        or WIDGET.match(line)
        or is_widget_row(line)
        or RELATED_LINK.match(line)
        or SLUG.match(line)
        or is_date_line(line)
        or is_labelled_date_line(line)
        or is_template_residue(line)
        or ARCHIVE_HEADING.match(line)
        or is_byline(line)
        or SCRIPT_NOTICE.match(line)
        or TAGLINE.match(line)
        or MENU.match(line)
    )
