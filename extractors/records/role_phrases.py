"""What the text of a title becomes in a person's roles: a plural title before a list made
singular ("Deputy Prime Ministers A and B"), joined titles and a trailing rank split apart."""

from __future__ import annotations

import re

from extractors.records.lexicon import NAME_CONNECTORS, NUMBER_WORDS, RANK_WORDS, TITLE_WORDS
from extractors.records.name_words import is_honorific, is_role_word, singular_role
from extractors.records.text import Sentence, Token

# The most words read as one title, before and after a name: past them a phrase is a clause.
MAX_ROLE_WORDS = 24


def role_text(sentence: Sentence, prefix: list[Token]) -> str | None:
    """The title a prefix gives the name after it, if it holds a role word."""
    words = [t for t in prefix if not is_honorific(t)]
    while words and (words[0].lower in NUMBER_WORDS or words[0].text.isdigit()):
        words = words[1:]  # "Six artists A, B and C": each is an artist
    if not words or not any(is_role_word(t) for t in words):
        return None
    return _singular(sentence.segment.text, words)


def _singular(text: str, words: list[Token]) -> str:
    """The text from the first word to the last, a plural title made singular: each of
    "Deputy Prime Ministers A and B" is a "Deputy Prime Minister" (but "House of
    Representatives" stays a body's name)."""
    role = text[words[0].start : words[-1].end]
    inside_a_name = len(words) > 1 and words[-2].lower in NAME_CONNECTORS
    return role[:-1] if singular_role(words[-1].lower) is not None and not inside_a_name else role


def roles_of(texts: list[str | None]) -> list[str]:
    """Every title the role texts found around a name hold, joined titles apart."""
    return [part for text in texts if text for part in split_conjoined(text)]


def split_conjoined(role: str) -> list[str]:
    """'Member of the Party Central Committee and Minister of Finance' -> two titles."""
    parts = re.split(r",?\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:" + TITLE_ALTERNATIVES + r")\b)", role)
    return [rank for p in parts if p.strip(" ,") for rank in _split_rank(p.strip(" ,"))]


def _split_rank(role: str) -> list[str]:
    """'Minister of Public Security Senior Lieutenant General' -> the post, then the rank."""
    words = role.split()
    for n in range(1, len(words)):
        word, before = words[n].lower(), words[n - 1].lower()
        if word in RANK_WORDS and words[n][:1].isupper() and before not in RANK_WORDS and before not in TITLE_WORDS and before.rstrip(".") not in TITLE_WORDS and before not in NAME_CONNECTORS:
            if all(w.lower() in RANK_WORDS for w in words[n:]):
                return [" ".join(words[:n]), " ".join(words[n:])]
    return [role]


TITLE_ALTERNATIVES = "|".join(sorted((re.escape(w.capitalize()) for w in TITLE_WORDS if w.isalpha() and w not in {"party", "state", "first", "general", "member", "special", "standing", "delegation"}), key=len, reverse=True)) + "|Member"
