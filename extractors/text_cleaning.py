"""Cleaning of plain-text dumps of article pages (the seeds' format), as pure functions.

A dump is what an HTML-to-text conversion leaves of a page: the headline, the article's
paragraphs one per line, and the residue of images (`![]() |` rows, `| caption |` table
cells, captions printed twice, file names), followed by whatever chrome sat below the
article. The rules here hold for any site; a plugin adds its own through `ChromeRules`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from extractors.captions import MAX_CAPTION_WORDS, MAX_PHRASE_CAPTION_WORDS, NAME_WITH_ROLE, OCCASION, PAST_OR_REPORTED, PHOTO_WORDS, SCENE, SENTENCE_END, is_people_scene, is_portrait_label, looks_like_uncredited_caption, split_credit
from extractors.chrome_lines import LONE_LABEL, RELATED_HEADING, is_capitals_banner, is_chrome_line, is_date_line, is_interface_label, is_section_name, is_site_name
from extractors.models import Article, Block, Image
from extractors.spec import ChromeRules, SourceRules

IMAGE_MARKDOWN = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
TABLE_CELL = re.compile(r"^\|\s*(?P<text>.*?)\s*\|$")
# "<image>data:image/…" alt="…"</image>", "<img src=…>": an image's markup left in the text
IMAGE_MARKUP = re.compile(r"^<(?:image|img)\b.*(?:</image>|/?>)$", re.I)
IMAGE_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|avif)(?:\?\S*)?$", re.I)
VIETNAMESE_IMAGE_LABEL = re.compile(r"\s*ảnh\s*\d+\s*\.?$", re.I)
# "<headline> ảnh 1<caption>", "<headline> hinh anh 1": an image's alt text glued to its caption
GLUED_IMAGE_LABEL = re.compile(r"\s*(?:hình ảnh|hinh anh|ảnh)\s*\d+\s*", re.I)
# "<headline> hinh 0", "<headline> picture 1": an image's alt text, the headline numbered
NUMBERED_IMAGE_ALT = re.compile(r"\s(?:hinh|hình|hinh anh|hình ảnh|picture|image)\s*\d{1,2}$", re.I)
# "<alt text> ảnh 1Delegates at the meeting (Photo: VNA)": an alt text glued to the caption under it
GLUED_CAPTION = re.compile(r"\s(?:hình ảnh|hinh anh|ảnh)\s*\d+\s?(?=[A-ZÀ-Ỹ“\"(])")
# "Workers at the site (Photo: VNA)Hanoi (VNA) – ...": a caption's credit glued to the next paragraph
# "… (Photo: VNA)- Prime Minister …": the same, with a list's dash between
GLUED_AFTER_CREDIT = re.compile(r"(?<=\))(?:\s*[-–—]\s*)?(?=[A-ZÀ-Ỹ][\w.]*\s)")
# "Photo caption", "Chú thích ảnh": the label a CMS prints where an image was, over its caption
CAPTION_LABEL = re.compile(r"(?i)^(?:photo\s+caption|image\s+caption|caption|chú\s+thích(?:\s+ảnh)?)\s*:?$")
# "- 2": a slideshow's number printed where an image without alt text was, its caption under it
IMAGE_NUMBER = re.compile(r"^[-–]\s?\d{1,2}$")
# "(Source: VNA)", "Nguồn: TTXVN": the article's source standing alone on its line
SOURCE_LINE = re.compile(r"(?i)^\W*(?:source|nguồn|theo)\s*:")
# " date 2019-03-02 Headline": a crawler's stamp before the first line
CRAWL_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+")
# "<headline> - 3": an image's alt text numbering the headline
NUMBERED_ALT = re.compile(r"\s*[-–]?\s*\d{1,3}\s*\|?$")

# Chrome that any news site may print; a plugin's own rules come on top of these.
# Comment forms and tag lists close the article ("Related"-type blocks are found by
# `without_related_blocks`; dates, bylines and widgets by `extractors.chrome_lines`).
COMMON_STOP_LINES = [
    r"(?i)^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|comments? \(\d+\)"
    r"|your email address will not be published\b.*|viết bình luận\b.*|gửi bình luận\b.*|ý kiến bạn đọc"
    r"|(?:tags?|keywords?|từ khóa|từ khoá)\s*:.*)$",
]
COMMON_DROP_LINES = [r"(?i)^(latest|most read|share|print|back to top|tags?:?)$"]
# "Hanoi (VNA) –", "VOV.VN - ", "PSNews - ", "HÀ NỘI — ": a dateline opens a lead, never a headline.
DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w .,'’-]{0,40}?\s*\((?:[A-Z]{2,6}/)?[A-Z]{2,6}\)|[A-Z]{2,}[A-Za-z.]*|[A-ZÀ-Ỹ]{2,}(?: [A-ZÀ-Ỹ]{2,})*)\s*[–—-]\s"
)


@dataclass
class Lines:
    """Lines that survived the chrome rules, with images pulled out."""

    text: list["Line"] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


class _WithoutCombiningMarks(dict):
    """A `str.translate` table that drops combining marks, filled a character at a time
    as texts bring them: a generator asking `unicodedata.combining` of every character
    was the costliest step of folding a paragraph."""

    def __missing__(self, code_point: int) -> int | None:
        kept = None if unicodedata.combining(chr(code_point)) else code_point
        self[code_point] = kept
        return kept


WITHOUT_COMBINING_MARKS = _WithoutCombiningMarks()
WHITESPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # bounded: whole paragraphs pass through here
def fold(text: str) -> str:
    """Lower case, no diacritics, single spaces: how two spellings of a line are compared."""
    if text.isascii():
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKD", text).translate(WITHOUT_COMBINING_MARKS)
    return WHITESPACE_RUN.sub(" ", text.replace("đ", "d").replace("Đ", "D")).strip().lower()


def compile_rules(rules: ChromeRules) -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    return _compiled(tuple(rules.drop_lines), tuple(rules.stop_lines), tuple(rules.end_markers))


@lru_cache(maxsize=64)
def _compiled(drop_lines: tuple[str, ...], stop_lines: tuple[str, ...], end_markers: tuple[str, ...]):
    drop = [re.compile(p) for p in COMMON_DROP_LINES + list(drop_lines)]
    stop = [re.compile(p) for p in COMMON_STOP_LINES + list(stop_lines)]
    ends = [re.compile(p) for p in end_markers]
    return drop, stop, ends


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 40 and not line.rstrip().endswith((".", "!", ",", ";", ":")) and not split_credit(line)[1]


def looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 14
        and line[:1].isupper()
        and not line.rstrip().endswith(SENTENCE_END)
        and not split_credit(line)[1]
    )


def strip_end_markers(text: str, ends: list[re.Pattern]) -> str:
    for pattern in ends:
        text = pattern.sub("", text).rstrip()
    return text


Line = tuple[str, "str | None"]  # text and block kind, None when it must be inferred

MAX_TITLE_WORDS = 30
TITLE_SEARCH_LINES = 12  # the headline stands among the page's first lines or not at all
PARAGRAPH_MIN_WORDS = 12
MAX_ATTACHED_CAPTION_WORDS = 30
# "... In the photo, a patient ...", "Pictured: ...": a line pointing at its photo
PHOTO_POINTER = re.compile(r"(?i)\b(?:in\s+(?:the\s+)?(?:photo|picture)\b|pictured\b|(?:the\s+)?photo\s+shows\b)")
# a caption runs to 25 words on the real pages labelled so far; a "credit" after three times that
# many is a paragraph signed with its source ("... this year. Source: VNA")
MAX_CREDITED_CAPTION_WORDS = 75


def is_paragraph(line: str) -> bool:
    return len(line.split()) >= PARAGRAPH_MIN_WORDS and line.rstrip().endswith(SENTENCE_END)


def is_attached_caption(line: str) -> bool:
    """The line over a credit standing alone on its own line is that credit's caption: a short one,
    or a long one of a photo story that points at its photo ("In the photo, ...")."""
    words = len(line.split())
    return words <= MAX_ATTACHED_CAPTION_WORDS or (words <= MAX_CREDITED_CAPTION_WORDS and bool(PHOTO_POINTER.search(line)))


def is_image_residue(line: str) -> bool:
    return bool(
        IMAGE_MARKDOWN.match(line)
        or IMAGE_MARKUP.match(line)
        or IMAGE_FILE_NAME.match(line)
        or TABLE_CELL.match(line)
        or is_numbered_alt(line)
    )


def is_numbered_alt(line: str) -> bool:
    return bool(NUMBERED_IMAGE_ALT.search(line)) and not line.endswith(SENTENCE_END)


def is_shared_chrome(line: str) -> bool:
    """Chrome on any site, by the line's shape alone (see `extractors.chrome_lines`)."""
    return is_chrome_line(line) or (len(line.split()) >= 2 and is_site_name(line))


def is_related_item(line: str) -> bool:
    """A line of a "Related" block: a listed headline ("- ..."), a separator, a teaser's date."""
    return (
        line.startswith(("- ", "– ", "• ", "+ ", "* ", "» ", "> "))
        or line in {"|", "-", "•"}
        or (len(line.split()) <= MAX_TITLE_WORDS and not line.rstrip().endswith((".", ",", ";", ":")) and not split_credit(line)[1])
        or is_shared_chrome(line)
        or is_image_residue(line)
    )


def without_related_blocks(lines: list[Line]) -> list[Line]:
    """Drop "Related" / "Read more" / "Tin liên quan" blocks with the headlines listed under them.

    A block inside the article is followed by the article's next paragraphs; a block that
    closes the page is followed by nothing but headlines and teasers, and the page ends there.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not RELATED_HEADING.match(lines[i][0]):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and is_related_item(lines[j][0]):
            j += 1
        following = [line for line, _ in lines[j : j + 2]]
        if not out or (len(following) == 2 and all(is_paragraph(line) for line in following)):
            i = j  # the article goes on after the block (or the block stood above it)
            continue
        break
    return out


def dated_below(lines: list[str], i: int) -> bool:
    """A one-sentence headline ending in a full stop is still the headline when the article's
    date stands under it."""
    return i + 1 < len(lines) and is_date_line(lines[i + 1]) and lines[i].count(". ") == 0


def find_title(lines: list[str]) -> tuple[int | None, list[str]]:
    """The headline's place, and the lines below the page's head (with the photos above the
    headline, if any).

    The headline is the first headline-shaped line among the first lines that is not a date,
    a byline, the site's or a section's name, a notice or image residue. When the first such
    line is a paragraph the dump has no headline, and the lines skipped above it were the
    page's head."""
    photos: list[str] = []
    searched = 0
    for i, line in enumerate(lines):
        words = line.split()
        if is_menu_item(line):
            continue  # a menu's entries ("• An Giang", "• Ben Tre" ...) however many: the page's head
        searched += 1
        if searched > TITLE_SEARCH_LINES:
            break
        if is_image_residue(line) or split_credit(line)[1] is not None or is_photo_cell_or_alt(line):
            photos.append(line)  # a photo, its caption (a table's cell: "<caption> |"), its alt text or its credit
            continue
        if caption_above_headline(lines, i):
            photos.append(line)  # "Illustrative photo", "Scene at the press conference": the top photo's caption
            continue
        if page_label_above_headline(lines, i):
            continue
        if (
            len(words) <= 1
            or is_shared_chrome(line)
            or is_interface_label(line)
            or RELATED_HEADING.match(line)
            or (len(words) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words))  # a section's name
            or is_capitals_banner(line)
            or (len(words) > MAX_TITLE_WORDS and not line.rstrip().endswith(SENTENCE_END))  # a bar of topics
        ):
            continue
        if is_opening_caption(line) and (OCCASION.match(line) or (i + 1 < len(lines) and is_paragraph(lines[i + 1]))):
            photos.append(line)  # a photo's caption above a dump that opens mid-article
            continue
        if len(words) <= MAX_TITLE_WORDS and not DATELINE.match(line) and (looks_like_headline(line) or dated_below(lines, i)):
            return i, photos + lines[i + 1 :]
        if summary_above_headline(lines, i):
            return i + 1, photos + [line] + lines[i + 2 :]
        return None, photos + lines[i:]
    return None, lines


MAX_MENU_ITEM_WORDS = 4
MAX_PAGE_LABEL_WORDS = 3
MIN_HEADLINE_UNDER_LABEL_WORDS = 5


def is_menu_item(line: str) -> bool:
    """"• An Giang", "- Business": a short entry of a list, which above the headline is a menu."""
    return line.startswith(("• ", "- ", "* ")) and len(line.split()) <= MAX_MENU_ITEM_WORDS + 1 and not line.endswith(SENTENCE_END)


def is_photo_cell_or_alt(line: str) -> bool:
    """"<caption> |": a photo table's cell; "<headline> ảnh 1": an image's alt text numbered by the CMS."""
    return (line.endswith(" |") and len(line.split()) >= 3) or bool(VIETNAMESE_IMAGE_LABEL.search(line) and not line.endswith(SENTENCE_END))


def page_label_above_headline(lines: list[str], i: int) -> bool:
    """"Making news", "wiki globe": a label of a few words over a longer headline with the lead under
    it is the page's or the section's name (a headline of three words has no headline under it)."""
    if len(lines[i].split()) > MAX_PAGE_LABEL_WORDS or i + 2 >= len(lines) or lines[i].rstrip().endswith(SENTENCE_END):
        return False
    headline, lead = lines[i + 1], lines[i + 2]
    return (
        len(headline.split()) >= MIN_HEADLINE_UNDER_LABEL_WORDS
        and looks_like_headline(headline)
        and not is_shared_chrome(headline)
        and not is_photo_cell_or_alt(headline)
        and not DATELINE.match(headline)
        and is_paragraph(lead)
    )


def caption_above_headline(lines: list[str], i: int) -> bool:
    """A caption of the page's top photo printed over the headline, with the lead under the
    headline: a caption's shape that no headline takes ("Illustrative photo", "Scene at ...")."""
    line = lines[i]
    if i + 2 >= len(lines) or len(line.split()) > MAX_PHRASE_CAPTION_WORDS or line.rstrip().endswith(("?", "!", ":")):
        return False
    headline, lead = lines[i + 1], lines[i + 2]
    return (
        is_opening_caption(line)
        and looks_like_headline(headline)
        and not is_shared_chrome(headline)
        and not is_photo_cell_or_alt(headline)
        and not DATELINE.match(headline)
        and is_paragraph(lead)
    )


MAX_HEADLINE_UNDER_SUMMARY_WORDS = 25


def summary_above_headline(lines: list[str], i: int) -> bool:
    """A one-sentence summary, then a headline-shaped line, then no paragraph: the page printed its
    summary above its headline. A crosshead inside a dump that opens mid-article is followed by
    the article's next paragraph, so it is not taken."""
    if i + 1 >= len(lines) or not is_paragraph(lines[i]) or ". " in lines[i].rstrip(". "):
        return False
    headline = lines[i + 1]
    return (
        looks_like_headline(headline)
        and len(headline.split()) <= MAX_HEADLINE_UNDER_SUMMARY_WORDS
        and not is_shared_chrome(headline)
        and not is_image_residue(headline)
        and not is_photo_cell_or_alt(headline)
        and not DATELINE.match(headline)
        and not (i + 2 < len(lines) and is_paragraph(lines[i + 2]))
    )


def is_opening_caption(line: str) -> bool:
    """"At the opening", "Scene at the press conference", "Illustrative photo", "Le Van A, deputy
    director": a caption that no headline looks like, so that it may stand first in a dump."""
    return bool(
        OCCASION.match(line)
        or (SCENE.match(line) and not line.rstrip().endswith(("?", "!")))
        or PHOTO_WORDS.match(line)
        or (NAME_WITH_ROLE.match(line) and is_portrait_label(line))
        or (is_people_scene(line) and line.endswith("."))  # a headline has no full stop
    )


def loose(text: str) -> str:
    """Letters and digits only: how an alt text is matched to the headline it was made from."""
    return re.sub(r"[\W_]+", "", fold(text))


COPY_PREFIX = 20
SAME_CAPTION_RATIO = 0.93


class ImageList(list):
    """The images of a dump, without the copies that alt texts and renderings print twice.

    A copy stands right under what it copies: once article text has come between two captions
    ("Delegates at the event", a paragraph, "At the event"), they are two photos'."""

    text_since_last = False

    def add(self, image: Image, copies_allowed: bool = False) -> None:
        after_text, self.text_since_last = self.text_since_last, False
        if self and not copies_allowed and not after_text and image.caption and self[-1].caption:
            new, last = fold(image.caption), fold(self[-1].caption)
            shorter, longer = sorted((new, last), key=len)
            # a short prefix (a file number, "ảnh 1") makes a copy; "At the pier" under "Minister X
            # speaks at the pier" is another photo's caption
            if longer.endswith(shorter) and len(longer) - len(shorter) <= max(COPY_PREFIX, len(longer) // 3):
                # the same caption again (an alt text, a residue before it): keep the cleaner copy
                if len(new) < len(last) or (image.credit and not self[-1].credit):
                    self[-1] = Image(caption=image.caption, credit=image.credit or self[-1].credit)
                return
            if image.credit == self[-1].credit and SequenceMatcher(None, new, last).ratio() >= SAME_CAPTION_RATIO:
                # the alt text, then the caption edited by a word: the caption printed below stays
                self[-1] = Image(caption=image.caption, credit=image.credit)
                return
        self.append(image)


LISTED_LINKS = 2


def listed_run(lines: list[Line], line: str) -> int:
    """How many listed headlines stand in a row around `line`."""
    at = next(i for i, (text, _) in enumerate(lines) if text == line)
    start = end = at
    while start > 0 and is_listed_headline(lines[start - 1][0]):
        start -= 1
    while end + 1 < len(lines) and is_listed_headline(lines[end + 1][0]):
        end += 1
    return end - start + 1


ALT_PREFIX = 10  # "1510p38 <headline in lower case>": a file number before an alt text
PIPE_CAPTION = re.compile(r"^\|\s*(?P<lead>[^|]+)$|^(?P<trail>[^|]+?)\s+\|$")


def is_listed_headline(line: str) -> bool:
    """"- Two provinces sign a trade deal": a headline in a list of links."""
    return (
        line.startswith(("- ", "– ", "• "))
        and looks_like_headline(line[2:])
        and not line.endswith(SENTENCE_END)
        and len(line.split()) <= MAX_TITLE_WORDS
    )


HEADLINE_COPY_RATIO = 0.9
ALT_WRAPPING = 20  # "(LABEL - 1/2) <headline> -0": a label and a number around the headline


def is_headline_copy(line: str, title: str) -> bool:
    """"<headline cut at 100 characters>", "<headline with a word changed>", "(LABEL) <headline> -0":
    an image's alt text made from the headline."""
    if line == title or len(line) > len(title) + ALT_WRAPPING or split_credit(line)[1]:
        return False  # a caption repeating the headline carries its credit
    folded, headline = loose(line), loose(title)
    if headline in folded:
        return len(folded) - len(headline) <= ALT_WRAPPING and folded != headline
    opening = len(headline) * 2 // 5
    return (
        not line.endswith(SENTENCE_END)  # cut mid-word, not a sentence
        and len(folded) >= opening
        and folded[:opening] == headline[:opening]
        and SequenceMatcher(None, folded, headline[: len(folded)]).ratio() >= HEADLINE_COPY_RATIO
    )


def filter_lines(raw: list[Line], rules: ChromeRules, title: str | None, dump: bool = False) -> Lines:
    """Apply chrome rules line by line; turn image residue into `Image` records. In a text
    `dump` (not text read out of HTML) photo tables and alt texts are printed too, and mark
    the captions beside them."""
    drop, stop, _ = compile_rules(rules)
    out = Lines()
    images = ImageList()
    loose_title = loose(title) if title else None
    previous: str | None = None
    after_alt_text = False  # the line below an image's alt text is its caption
    seen: set[str] = set()
    normalised = [(" ".join(line.split()), kind) for line, kind in raw]
    present = [(line, kind) for line, kind in normalised if line]
    for line, kind in without_related_blocks(present):
        if any(p.search(line) for p in stop):
            break
        if any(p.search(line) for p in drop) or IMAGE_MARKDOWN.match(line) or IMAGE_MARKUP.match(line) or IMAGE_FILE_NAME.match(line) or is_numbered_alt(line):
            continue
        if is_shared_chrome(line):
            continue
        if dump and (CAPTION_LABEL.match(line) or IMAGE_NUMBER.match(line)):
            after_alt_text = True  # an image's placeholder, its caption under it
            continue
        if dump and is_listed_headline(line) and (not out.text or listed_run(present, line) >= LISTED_LINKS):
            continue  # links to other stories, listed above the article or in a run inside it
        if dump and title and is_headline_copy(line, title):
            after_alt_text = loose_title in loose(line)  # a whole headline's alt text has its caption below
            continue  # the headline as an image's alt text, cut short, edited or wrapped in a label
        if title and (fold(line[:4]) == fold(title[:4]) or (line[:1].isdigit() and len(line) < len(title) + ALT_PREFIX + 2)):
            folded = loose(line)
            if (
                folded == loose_title
                or (folded.startswith(loose_title) and NUMBERED_ALT.fullmatch(fold(line)[len(fold(title)):]))
                or (folded.endswith(loose_title) and len(folded) - len(loose_title) <= ALT_PREFIX and not line[:1].isupper())
            ):
                after_alt_text = dump
                continue  # the headline repeated as an image's alt text ("<headline> - 3")
            if fold(line).startswith(fold(title)) and len(title) < len(line):
                glued = GLUED_IMAGE_LABEL.match(line[len(title):])
                if glued:
                    line = line[len(title) + glued.end():].strip()  # "<headline> ảnh 1<caption>"
                    if not line:
                        continue
        glued = GLUED_CAPTION.search(line) if dump else None
        if glued and len(line[: glued.start()].split()) <= MAX_TITLE_WORDS:
            line = line[glued.end() :]
            caption, credit = split_credit(line)
            images.add(Image(caption=caption, credit=credit))
            continue
        below_alt_text, after_alt_text = after_alt_text, False
        cell = TABLE_CELL.match(line)
        if cell:
            if cell.group("text"):
                caption, credit = split_credit(cell.group("text"))
                images.add(Image(caption=caption, credit=credit), copies_allowed=True)
            continue
        pipe = PIPE_CAPTION.match(line) if dump and "|" in line else None
        if pipe and len(line.split()) >= 3 and not line.isupper():
            # "|<caption>" and "<caption> |": a photo table's cell cut in half
            cell = pipe.group("lead") or pipe.group("trail")
            if cell.rstrip().endswith(ELLIPSIS):
                continue  # "<headline> <teaser cut short> ... |": a link to another story in the table
            caption, credit = split_credit(cell)
            images.add(Image(caption=caption, credit=credit), copies_allowed=bool(pipe.group("lead")))
            continue
        caption, credit = split_credit(line)
        if credit and len((caption or "").split()) <= MAX_CREDITED_CAPTION_WORDS:
            caption = VIETNAMESE_IMAGE_LABEL.sub("", (caption or "").lstrip("•· ")) or None  # "• <caption> (Photo: X)": a gallery's list
            if caption is None and SOURCE_LINE.match(line):
                continue  # "(Source: VNA)" alone names where the article came from, not who took a photo
            if caption is None and dump and out.text and is_attached_caption(out.text[-1][0]):
                caption = out.text.pop()[0]  # the credit printed on the line under its caption
            if caption is not None or out.text:
                images.add(Image(caption=caption, credit=credit))
            continue
        if ("ảnh" in line or "Ảnh" in line) and VIETNAMESE_IMAGE_LABEL.search(line) and len(line.split()) > 2:
            # VNA's renderings glue "ảnh 1" ("image 1") to a caption, then print it again
            images.add(Image(caption=VIETNAMESE_IMAGE_LABEL.sub("", line)))
            previous = VIETNAMESE_IMAGE_LABEL.sub("", line)
            continue
        if previous is not None and fold(line) == fold(previous) and len(line.split()) <= MAX_CAPTION_WORDS:
            if images and fold(images[-1].caption or "") == fold(line):
                continue  # the second copy of a caption already taken
            if is_lead_copy(line, out.text):
                continue  # the lead printed twice (a teaser's box, then the article): one copy is the article's
            # a caption printed twice: the first copy was taken for text
            if out.text and fold(out.text[-1][0]) == fold(line):
                out.text.pop()
            images.add(Image(caption=VIETNAMESE_IMAGE_LABEL.sub("", line)))
            continue
        if below_alt_text and kind is None and out.text and len(line.split()) <= MAX_CAPTION_WORDS:
            images.add(Image(caption=line))
            continue
        key = fold(line)
        if len(line.split()) >= PARAGRAPH_MIN_WORDS and key in seen:
            previous = None
            continue  # the page printed the article twice
        if len(out.text) <= TEASER_LINES and len(line.split()) >= PARAGRAPH_MIN_WORDS:
            # the lead printed above the article as a teaser (with or without its dateline, maybe
            # cut short), then in it: the copy in the article stays
            out.text = [(text, k) for text, k in out.text if not is_teaser_of(text, line)]
        seen.add(key)
        out.text.append((line, kind))
        images.text_since_last = True
        previous = line
    out.images = list(images)
    return out


def is_lead_copy(line: str, text: list[Line]) -> bool:
    """The line printed again under itself is the lead, not a caption, when it opens with the
    lead's dateline, or when it is the article's first line and a paragraph no caption's shape fits."""
    if not text or fold(text[-1][0]) != fold(line):
        return False
    return bool(DATELINE.match(line)) or (len(text) == 1 and is_paragraph(line) and not looks_like_uncredited_caption(line))


TEASER_LINES = 3
SAME_LEAD_RATIO = 0.95
TEASER_MIN_WORDS = 8
ELLIPSIS = ("...", "…")


def without_dateline(line: str) -> str:
    dateline = DATELINE.match(line)
    return fold(line[dateline.end():] if dateline else line)


def is_teaser_of(teaser: str, lead: str) -> bool:
    """"PANO – <lead>" above "<lead>", "<lead>" above "HÀ NỘI — <lead>", "<lead's opening>…" above
    the lead: a copy of the lead printed above the article."""
    if teaser == lead:
        return False
    short, full = without_dateline(teaser), without_dateline(lead)
    if teaser.rstrip().endswith(ELLIPSIS):
        cut = loose(short.rstrip(". …"))
        return len(short.split()) >= TEASER_MIN_WORDS and loose(full).startswith(cut)
    # spaces lost between words or a word corrected between the two copies
    short, full = loose(short), loose(full)
    return short == full or (abs(len(short) - len(full)) <= len(full) // 20 and SequenceMatcher(None, short, full).ratio() >= SAME_LEAD_RATIO)


def take_uncredited_captions(kept: Lines) -> None:
    """Move captions without credits out of the text of a dump (not its lead, not its end)."""
    text: list[Line] = []
    last = len(kept.text) - 1
    for i, (line, kind) in enumerate(kept.text):
        if kind is None and ((i == 0 and is_opening_caption(line)) or (0 < i and (looks_like_uncredited_caption(line) if i < last else is_portrait_label(line)))):
            kept.images.append(Image(caption=line))
        else:
            text.append((line, kind))
    kept.text = text


LIST_MARKERS = ("- ", "– ", "• ", "+ ", "* ")


def is_sentence_line(line: str | None) -> bool:
    return line is not None and line.rstrip().endswith(SENTENCE_END)


def without_banners_and_labels(lines: list[Line]) -> list[Line]:
    """Drop a section's banner in capitals and a widget's label left without its widget.

    A line in capitals between two lines of running text is the article's sub-heading; anywhere
    else (above the lead, below the last paragraph, among other chrome) it is a banner. A label
    closing with a colon introduces what follows it: a quote, a sentence or a list; over
    anything else (nothing, a headline, a button's name) its widget was lost."""
    out: list[Line] = []
    for i, (line, kind) in enumerate(lines):
        if kind is None:
            before = lines[i - 1][0] if i > 0 else None
            after = lines[i + 1][0] if i + 1 < len(lines) else None
            if is_capitals_banner(line) and not (is_sentence_line(before) and is_sentence_line(after)):
                continue
            if LONE_LABEL.match(line) and not (is_sentence_line(after) or (after or "").startswith(LIST_MARKERS)):
                continue
        out.append((line, kind))
    return out


PHOTO_STORY_RUN = 2
SMALL_WORDS = {"of", "the", "and", "for", "in", "at", "on", "to", "a", "an", "with", "by", "from"}
# "Clip 02_final.mp4": a video player's label left in the dump; beside a sub-heading it looked like a
# photo story's second caption
MEDIA_FILE_NAME = re.compile(r"(?i)\.(?:mp4|mov|m4v|webm|avi|mp3|jpe?g|png|gif|webp)\s*$")


def is_photo_story_line(line: str) -> bool:
    """A short phrase without a full stop written in sentence case: what a photo story puts
    under each image (a sub-heading is alone between paragraphs, or in title case or capitals)."""
    words = line.split()
    if not 2 <= len(words) <= MAX_PHRASE_CAPTION_WORDS or is_sentence_line(line) or ": " in line:
        return False
    if line.startswith(LIST_MARKERS) or line.isupper() or "|" in line or MEDIA_FILE_NAME.search(line):
        return False
    capitalised = [w for w in words[1:] if w[:1].isupper() and w.lower() not in SMALL_WORDS]
    inner = [w for w in words[1:] if w.lower() not in SMALL_WORDS]
    return line[:1].isupper() and len(capitalised) < 0.6 * max(len(inner), 1)


def take_photo_story_captions(kept: Lines) -> None:
    """Lines of a photo story: two or more phrases in a row without a full stop, with running
    text above and below them (or closing the text), are the captions of the images between the
    paragraphs, when the dump shows it holds photos: captions already found in it, or its text
    announcing them ("Below are photos of ...") above the run. Without that evidence such a run
    is anything else printed without full stops: a list after its colon, a comment section, the
    links below an article."""
    text = kept.text
    taken: set[int] = set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j][1] is None and is_photo_story_line(text[j][0]):
            j += 1
        if j - i >= PHOTO_STORY_RUN and i > 0 and is_sentence_line(text[i - 1][0]) and is_photo_story_run(kept, i, j):
            taken.update(range(i, j))
        i = max(j, i + 1)
    taken |= closing_photo_sentences(text)
    kept.images += [Image(caption=text[k][0]) for k in sorted(taken)]
    kept.text = [line for k, line in enumerate(text) if k not in taken]


# a photo story told in short sentences after its text: "After threshing, the rice is sifted."
PHOTO_SENTENCES_RUN = 4
MAX_PHOTO_SENTENCE_WORDS = 25
TAIL_WORDS = 3


def is_photo_sentence(line: str) -> bool:
    """One short sentence of what a photo shows: nothing reported, no past, no figures, no quote."""
    words = line.split()
    return (
        3 <= len(words) <= MAX_PHOTO_SENTENCE_WORDS
        and line.rstrip().endswith(".")
        and not line.strip(". …").count(". ")
        and not any(c.isdigit() for c in line)
        and not any(q in line for q in ('"', "“", "”"))
        and not PAST_OR_REPORTED.search(line)
        and not line.startswith(LIST_MARKERS)
    )


def closing_photo_sentences(text: list[Line]) -> set[int]:
    """The last lines of a text that announced its photos ("In the photo: ...", "Below are photos"),
    four or more short sentences in a row with only a signature under them, are the photos' captions."""
    end = len(text)
    while end > 0 and text[end - 1][1] is None and len(text[end - 1][0].split()) <= TAIL_WORDS:
        end -= 1  # the author's name, a section's label
    start = end
    while start > 0 and text[start - 1][1] is None and is_photo_sentence(text[start - 1][0]) and not announces_photos(text[start - 1][0]):
        start -= 1  # up to the line announcing the photos, at most
    if end - start < PHOTO_SENTENCES_RUN or start == 0 or not any(announces_photos(line) for line, _ in text[:start]):
        return set()
    return set(range(start, end))


# "Below are photos of ...", "The pictures show ...", "some images of the new enlistees"
PHOTO_ANNOUNCEMENT = re.compile(r"(?i)\b(?:photos?|pictures?|images?|photographs?|photo\s+story)\b")
# a run of captions closing the text, with nothing under it, is a photo story's only when it is
# longer than a sub-heading and a stray line
PHOTO_STORY_CLOSING_RUN = 3


def announces_photos(line: str) -> bool:
    return bool(PHOTO_ANNOUNCEMENT.search(line))


def is_photo_story_run(kept: Lines, i: int, j: int) -> bool:
    """Whether the run of phrases `kept.text[i:j]`, under a sentence, is a photo story's captions."""
    text = kept.text
    announced = any(announces_photos(line) for line, _ in text[:i])
    if j == len(text):  # closing the text
        return announced and j - i >= PHOTO_STORY_CLOSING_RUN
    lead_in = text[i - 1][0]
    if lead_in.rstrip().endswith(":") and not announces_photos(lead_in):
        return False  # a list after its colon
    return is_sentence_line(text[j][0]) and (bool(kept.images) or announced)


AGENCY_SIGNATURE = re.compile(r"[-–—]\s*(?:[A-Z]{2,6}/)?[A-Z]{2,6}\s*\.?$")


def without_trailing_chrome(lines: list[Line]) -> list[Line]:
    """After the article's last sentence, a short line (a section's or the source's name) and
    the headlines listed under it are the page's."""
    end = len(lines)
    for k in range(len(lines) - 1, 0, -1):
        line, kind = lines[k]
        if kind is not None or line.endswith(SENTENCE_END) or AGENCY_SIGNATURE.search(line):
            break
        if len(line.split()) <= 3 or (is_listed_headline(line) and end == k + 1):
            end = k
    return lines[:end]


def to_blocks(lines: list[Line], ends: list[re.Pattern]) -> list[Block]:
    blocks: list[Block] = []
    for i, (line, kind) in enumerate(lines):
        if kind is None:
            is_last = i == len(lines) - 1
            kind = "heading" if not is_last and looks_like_heading(line) else "paragraph"
        blocks.append(Block(kind=kind, text=line))
    while blocks:
        last = strip_end_markers(blocks[-1].text, ends)
        if last:
            blocks[-1] = Block(kind=blocks[-1].kind, text=last)
            break
        blocks.pop()
    return blocks


def unglued(line: str) -> list[str]:
    """A caption ending in its credit and the paragraph glued to it, as two lines."""
    if ")" not in line:
        return [line]
    for glue in GLUED_AFTER_CREDIT.finditer(line):
        caption = line[: glue.start()]
        if split_credit(caption)[1] and len(caption.split()) <= MAX_CAPTION_WORDS:
            return [caption, line[glue.end() :]]
    return [line]


def without_other_stories_leads(lines: list[Line]) -> list[Line]:
    """Below or inside the article, a line opening with the lead's own dateline ("VOV.VN - ",
    "Hanoi (VNA) – ") is another story's teaser: an article has one dateline."""
    lead_at = next((i for i, (line, kind) in enumerate(lines) if kind is None and is_paragraph(line) and DATELINE.match(line)), None)
    if lead_at is None:
        return lines
    dateline = dateline_of(lines[lead_at][0])
    teasers = {i for i in range(lead_at + 1, len(lines)) if lines[i][1] is None and dateline_of(lines[i][0]) == dateline}
    # the other story's headline stands right above its teaser
    headlines = {i - 1 for i in teasers if i - 1 > lead_at and lines[i - 1][1] is None and looks_like_headline(lines[i - 1][0])}
    return [line for i, line in enumerate(lines) if i not in teasers | headlines]


def dateline_of(line: str) -> str | None:
    dateline = DATELINE.match(line)
    return " ".join(fold(dateline.group()).split()[:-1]) if dateline else None  # without its dash


def with_datelines_joined(lines: list[str]) -> list[str]:
    """"HÀ NỘI —" or "Hanoi (VNA) –" alone on its line opens the paragraph under it."""
    out: list[str] = []
    for line in lines:
        if out and is_lone_dateline(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


GALLERY_MIN_CAPTIONS = 2


def with_cells_closed(lines: list[str]) -> list[str]:
    """"<caption>" over a lone "|": a photo table's cell whose closing bar went to the next line
    (a paragraph above a table's bar stays text, unless it stands in a gallery)."""
    in_gallery = gallery_captions(lines)
    return [
        f"{line} |"
        if "|" not in line and (i in in_gallery or (i + 1 < len(lines) and lines[i + 1] == "|" and not is_paragraph(line)))
        else line
        for i, line in enumerate(lines)
    ]


def gallery_captions(lines: list[str]) -> set[int]:
    """A photo story's captions: lines standing one by one between lone bars ("|", c, "|", c,
    "|" ...), however long, as each bar is an image. When the dump opens with a bar, each bar
    stands above its caption, so the line under the last bar is a caption too."""
    bars = [i for i, line in enumerate(lines) if line == "|"]
    captions: set[int] = set()
    run: list[int] = []
    for bar in bars + [None]:
        if run and bar is not None and bar - run[-1] == 2 and "|" not in lines[bar - 1]:
            run.append(bar)
            continue
        if len(run) - 1 >= GALLERY_MIN_CAPTIONS:  # the captions between the run's bars
            captions |= {b + 1 for b in run[:-1]}
            after_last = run[-1] + 1
            if run[0] == 0 and after_last < len(lines) and "|" not in lines[after_last]:
                captions.add(after_last)
        run = [bar] if bar is not None else []
    return captions


def is_lone_dateline(line: str) -> bool:
    dateline = DATELINE.match(line + " ") if line[-1:] in "–—-" else None
    return dateline is not None and dateline.end() == len(line) + 1


def clean_text_dump(text: str, plugin: SourceRules) -> Article:
    """A text dump in, the article without chrome out."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [part.strip() for line in CRAWL_DATE_PREFIX.sub("", text, count=1).split("\n") for part in unglued(line)]
    non_empty = with_cells_closed(with_datelines_joined([line for line in lines if line]))
    at, below = find_title(non_empty)
    title = non_empty[at] if at is not None else None
    kept = filter_lines([(line, None) for line in below], plugin.chrome, title, dump=True)
    kept.text = without_other_stories_leads(kept.text)
    take_photo_story_captions(kept)
    take_uncredited_captions(kept)
    kept.text = without_banners_and_labels(kept.text)
    # a section's name marks where the page's links begin (see `without_trailing_chrome`), so it
    # goes only after them
    kept.text = [(line, kind) for line, kind in without_trailing_chrome(kept.text) if kind is not None or not is_section_name(line)]
    _, _, ends = compile_rules(plugin.chrome)
    blocks = to_blocks(kept.text, ends)
    lead = next((b.text for b in blocks if b.kind == "paragraph"), None)
    return Article(
        outlet=plugin.name,
        title=title,
        lead=lead,
        blocks=blocks,
        images=kept.images,
        language=plugin.language,
    )
