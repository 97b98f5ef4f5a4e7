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
from functools import lru_cache

from extractors.captions import split_credit
from extractors.models import Article, Block, Image
from extractors.spec import ChromeRules, SourceRules

IMAGE_MARKDOWN = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
TABLE_CELL = re.compile(r"^\|\s*(?P<text>.*?)\s*\|$")
IMAGE_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|avif)(?:\?\S*)?$", re.I)
VIETNAMESE_IMAGE_LABEL = re.compile(r"\s*ảnh\s*\d+\s*\.?$", re.I)

# Chrome that any news site may print; a plugin's own rules come on top of these.
COMMON_STOP_LINES = [
    r"(?i)^(related|related news|related articles|related stories|read more|see also|more news)\s*:?$",
]
# A line that is nothing but a printed date ("Thứ Ba, 25/11/2025, 20:45", "09:53 03/02/2025 |")
# is the page's date stamp, which the metadata already holds, not a paragraph.
DATE_STAMP_LINE = (
    r"(?i)^(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?),?\s*)?"
    r"(?:\d{1,2}:\d{2}(?:\s*[ap]m)?,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:,?\s*\d{1,2}:\d{2}(?:\s*[ap]m)?)?"
    r"\s*(?:\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}\)?)?\s*\|?$"
)
COMMON_DROP_LINES = [
    r"(?i)^(latest|most read|share|print|back to top|tags?:?)$",
    DATE_STAMP_LINE,
]
# "Hanoi (VNA) –", "VOV.VN - ", "PSNews - ", "HÀ NỘI — ": a dateline opens a lead, never a headline.
DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w .,'’-]{0,40}?\s*\((?:[A-Z]{2,6}/)?[A-Z]{2,6}\)|[A-Z]{2,}[A-Za-z.]*|[A-ZÀ-Ỹ]{2,}(?: [A-ZÀ-Ỹ]{2,})*)\s*[–—-]\s"
)
SENTENCE_END = ("." , "!", "?", "”", '"', "…", ":", ";", ",")


@dataclass
class Lines:
    """Lines that survived the chrome rules, with images pulled out."""

    text: list["Line"] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


@lru_cache(maxsize=8192)  # bounded: whole paragraphs pass through here
def fold(text: str) -> str:
    """Lower case, no diacritics, single spaces: how two spellings of a line are compared."""
    if text.isascii():
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("đ", "d").replace("Đ", "D")).strip().lower()


def compile_rules(rules: ChromeRules) -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    drop = [re.compile(p) for p in COMMON_DROP_LINES + rules.drop_lines]
    stop = [re.compile(p) for p in COMMON_STOP_LINES + rules.stop_lines]
    ends = [re.compile(p) for p in rules.end_markers]
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


def filter_lines(raw: list[Line], rules: ChromeRules, title: str | None) -> Lines:
    """Apply chrome rules line by line; turn image residue into `Image` records."""
    drop, stop, _ = compile_rules(rules)
    out = Lines()
    folded_title = fold(title) if title else None
    previous: str | None = None
    for line, kind in raw:
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        if any(p.search(line) for p in stop):
            break
        if any(p.search(line) for p in drop) or IMAGE_MARKDOWN.match(line) or IMAGE_FILE_NAME.match(line):
            continue
        if folded_title and fold(line) == folded_title:
            continue  # the headline repeated as an image's alt text
        cell = TABLE_CELL.match(line)
        if cell:
            if cell.group("text"):
                caption, credit = split_credit(cell.group("text"))
                out.images.append(Image(caption=caption, credit=credit))
            continue
        caption, credit = split_credit(line)
        if credit:
            out.images.append(Image(caption=VIETNAMESE_IMAGE_LABEL.sub("", caption or "") or None, credit=credit))
            continue
        if VIETNAMESE_IMAGE_LABEL.search(line) and len(line.split()) > 2:
            # VNA's renderings glue "ảnh 1" ("image 1") to a caption, then print it again
            out.images.append(Image(caption=VIETNAMESE_IMAGE_LABEL.sub("", line)))
            previous = VIETNAMESE_IMAGE_LABEL.sub("", line)
            continue
        if previous is not None and fold(line) == fold(previous):
            if out.images and fold(out.images[-1].caption or "") == fold(line):
                continue  # the second copy of a caption already taken
            # a caption printed twice: the first copy was taken for text
            if out.text and fold(out.text[-1][0]) == fold(line):
                out.text.pop()
            out.images.append(Image(caption=VIETNAMESE_IMAGE_LABEL.sub("", line)))
            continue
        out.text.append((line, kind))
        previous = line
    return out


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


def clean_text_dump(text: str, plugin: SourceRules) -> Article:
    """A text dump in, the article without chrome out."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw = [line.strip() for line in text.split("\n")]
    non_empty = [line for line in raw if line]
    title = non_empty[0] if non_empty and looks_like_headline(non_empty[0]) and not DATELINE.match(non_empty[0]) else None
    body_lines = raw[raw.index(title) + 1 :] if title else raw
    kept = filter_lines([(line, None) for line in body_lines], plugin.chrome, title)
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
