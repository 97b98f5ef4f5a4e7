"""The text that records are mined from: the title, the body and the captions (never
chrome), cut into sentences that remember where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from extractors.models import Article, Span
from extractors.text_cleaning import fold

# A full stop after these does not end a sentence.
ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "prof", "sen", "gen", "lt", "col", "maj", "capt", "adm", "st", "no", "vs", "jr",
    "sr", "co", "corp", "inc", "ltd", "dept", "gov", "rep", "u.s", "u.n", "e.g", "i.e", "etc", "approx", "h.e",
    "lieut", "brig", "sgt", "supt", "insp", "amb", "cdr", "cmdr",
}
# The word before a full stop, read from the last characters only (a `$` search reads the
# whole text before it): an abbreviation or an initial is far shorter than this.
LAST_WORD = re.compile(r"([\w.]+)[.!?]$")
LAST_WORD_REACH = 64
# The full stop is matched, not looked behind for: a pattern opening with a character set is
# searched for by that set in C, one opening with a lookbehind is tried at every character.
SENTENCE_END = re.compile(r"[.!?](?P<gap>[”\"’)]*\s+)(?=[“\"‘(]?[A-Z0-9À-Ỹ])")
INITIAL = re.compile(r"[A-Z]")
PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Segment:
    """One continuous text: the title, the body, or one caption."""

    where: str
    text: str
    caption: int | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(where=self.where, start=start, end=end, caption=self.caption)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Sentence:
    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


def segments_of(article: Article) -> list[Segment]:
    segments = [Segment("body", article.text)]
    if article.title:
        segments.insert(0, Segment("title", article.title))
    segments += [Segment("caption", image.caption, i) for i, image in enumerate(article.images) if image.caption]
    return segments


@lru_cache(maxsize=64)  # persons and figures both read every segment's sentences
def split_sentences(segment: Segment) -> tuple[Sentence, ...]:
    """Sentences of a segment, paragraphs first: a paragraph break always ends one."""
    sentences: list[Sentence] = []
    for paragraph in PARAGRAPH.finditer(segment.text):
        start = paragraph_start = paragraph.start()
        paragraph_text = paragraph.group()
        for boundary in SENTENCE_END.finditer(paragraph_text):
            boundary_start = boundary.start("gap")
            before = paragraph_text[max(0, boundary_start - LAST_WORD_REACH) : boundary_start]
            last_word = LAST_WORD.search(before.rstrip("”\"’)"))
            if last_word and (last_word.group(1).lower() in ABBREVIATIONS or INITIAL.fullmatch(last_word.group(1))):
                continue  # "Mr. Brandolino", "Riyad H. Mansour"
            sentences.append(Sentence(segment, start, paragraph_start + boundary_start))
            start = paragraph_start + boundary.end()
        sentences.append(Sentence(segment, start, paragraph.end()))
    return tuple(s for s in sentences if s.text.strip())


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    return fold(word) if not word.isascii() else word.lower()


class Token(NamedTuple):  # a tuple: made by the thousand for every page, it must be cheap
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def key(self) -> str:
        """Lower case without diacritics: "Hồ" and "Ho" look up alike in the word lists."""
        return word_key(self.text)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        return len(self.text) >= 2 and self.text.replace("&", "").isupper() and self.text.isalpha()


# Words (with inner hyphens and apostrophes), initials such as "H.", abbreviations with
# their full stop ("Mr.", "Lt."), numbers, and single punctuation marks. The initials and
# abbreviations are tried only where a capital stands (behind a lookahead), not at every word.
TOKEN = re.compile(r"(?=[A-Z])(?:[A-Z]\.(?=\s)|(?:Mr|Ms|Mrs|Dr|Prof|Sen|Gen|Lt|Lieut|Col|Maj|Capt|Adm|Brig|Sgt|Supt|Insp|Amb|Cdr|Cmdr|St|Jr)\.)|[^\W\d_][\w’'\-]*|\d[\d,.]*\d|\d|[^\s\w]")


_new_tuple = tuple.__new__  # a Token built without the Python-level __new__ of NamedTuple


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [_new_tuple(Token, (m.group(), offset + m.start(), offset + m.end())) for m in TOKEN.finditer(text)]
