"""What a word near a person's name is: a word of the name, a title or role word, a
nationality, an honorific. Every capitalised word of an article is asked these questions,
so the answers that depend on the word's text alone are cached."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.records.countries import country_names, country_words
from extractors.records.lexicon import HONORIFICS, NON_NAME_WORDS, ROLE_NOUNS, TITLE_WORDS
from extractors.records.text import Token

# Role nouns that are also syllables of names ("Nguyen Xuan Son", "Tran Van Hung").
ROLE_NOUNS_IN_NAMES = {"son", "hero", "host", "model", "mc", "national", "official", "member", "judge", "major"}
INITIAL = re.compile(r"[A-Z]\.")
NAME_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def is_title_word(token: Token) -> bool:
    return _is_title_text(token.text)


@lru_cache(maxsize=65536)  # asked of every word near a name, many times over: the answer is the word's own
def _is_title_text(text: str) -> bool:
    low = text.lower()
    return low.rstrip(".") in TITLE_WORDS or low in TITLE_WORDS or low.rstrip(".") in HONORIFICS or low in HONORIFICS


def is_role_word(token: Token) -> bool:
    """A title word, or a lower-case noun naming what a person is ("physician", "suspect"),
    also in the plural that stands before a list of names ("designers A, B and C")."""
    return is_role_text(token.text)


@lru_cache(maxsize=65536)  # asked of every word before a name, and of every word of a sentence with one
def is_role_text(text: str) -> bool:
    low = text.lower()
    return _is_title_text(text) or low in ROLE_NOUNS or singular_role(low) is not None


def singular_role(word: str) -> str | None:
    """'ministers' -> 'minister', 'designers' -> 'designer'; None for any other word."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        stem = word[:-1]
        if stem in ROLE_NOUNS or stem in TITLE_WORDS:
            return stem
    return None


def is_possessive(token: Token) -> bool:
    return token.text.endswith(("’s", "'s"))


# "Lao" names Laos before a title ("Lao Ambassador") but is mostly a place word elsewhere
# ("Lao Cai", "Lao Dong"), so it is no country name.
TITLE_DEMONYMS = {"Lao"}


def is_demonym(token: Token) -> bool:
    return token.is_capitalised and (token.text in country_names() or token.text in TITLE_DEMONYMS) and not token.is_acronym


def is_honorific(token: Token) -> bool:
    return token.lower in HONORIFICS or token.lower.rstrip(".") in HONORIFICS


def is_name_word(token: Token, position: int, length: int) -> bool:
    """Can this token be part of a person's name, at this position of the candidate?"""
    return _is_name_text(token.text, position, length)


@lru_cache(maxsize=65536)  # the most asked question of all the records: the answer is the word's own
def _is_name_text(text: str, position: int, length: int) -> bool:
    token = Token(text, 0, len(text))
    if not text[:1].isupper():  # most words: neither an initial nor capitalised
        return False
    if INITIAL.fullmatch(text):
        return 0 < position < length - 1 or length == 0  # an initial sits inside a name
    if token.is_acronym or not NAME_WORD.fullmatch(text):
        return False
    low = token.key.rstrip("’'")  # "the Philippines’ team"
    if token.key.endswith(("’s", "'s")):
        low = low[:-2]
        if position == 0 and length == 2:
            return False  # a possessive is a name's last word, never its first
    if low in NON_NAME_WORDS or is_title_word(token) or singular_role(low) is not None or low in country_words() or low.split("-")[0] in country_words() or (low in ROLE_NOUNS and low not in ROLE_NOUNS_IN_NAMES):
        return False
    return True
