"""Runs of name words in a sentence: the candidates for a person's name, before anything
around them says whether they are one. The title and appositive readers also look for them,
to stop where another person's name begins."""

from __future__ import annotations

import re

from extractors.records.countries import country_names
from extractors.records.lexicon import CLAUSE_OPENERS, VIETNAMESE_SURNAMES
from extractors.records.name_words import is_name_word, is_possessive
from extractors.records.places import is_vietnamese_place
from extractors.records.text import Sentence, Token, tokenize

MAX_NAME_WORDS = 4
# Function words that are also syllables of Vietnamese names ("Dang Hoang An", "To Lam").
NAME_SYLLABLES = {"an", "to"}
FIRST_WORD = re.compile(r"\W*[^\W\d_][\w’'\-]*\.?\s?")  # with the space after: an initial is "A. "


def tokens_for_names(sentence: Sentence) -> list[Token]:
    """The sentence's tokens, or only those up to its first word when no later word is
    capitalised: names start with a capital, so the rest can hold none (most sentences)."""
    text = sentence.text
    head = FIRST_WORD.match(text)
    if head:
        rest = text[head.end():]
        if rest == rest.lower():
            return tokenize(text[: head.end()], sentence.start)
    return tokenize(text, sentence.start)


def name_runs(tokens: list[Token], sentence_start: int) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal name-word sequences in a token list."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if not first.text[:1].isupper():  # most words: no name starts there (asked first, it is the cheapest)
            i += 1
            continue
        at_start = first.start == sentence_start or (i > 0 and tokens[i - 1].text in "“\"‘(")
        starts_name = is_name_word(first, 0, 2) and not (at_start and first.lower in CLAUSE_OPENERS)
        if first.key in VIETNAMESE_SURNAMES and first.is_capitalised and not at_start and not is_possessive(first):
            starts_name = True
        if not starts_name:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < MAX_NAME_WORDS + 1 and not is_possessive(tokens[j - 1]):
            t = tokens[j]
            if tokens[j].start - tokens[j - 1].end > 1:
                break
            if is_name_word(t, 1, 3) or (t.is_capitalised and t.lower in CLAUSE_OPENERS and j + 1 < len(tokens) and is_name_word(tokens[j + 1], 1, 3)):
                j += 1
                continue
            if _inside_vietnamese_name(tokens, i, j):
                j += 1
                continue
            break
        # a trailing function word ("Pham The") is not part of the name
        while j - i > 1 and tokens[j - 1].lower in CLAUSE_OPENERS and tokens[j - 1].lower not in NAME_SYLLABLES:
            j -= 1
        # "Ha Tinh Nguyen Van An": a place before the family name that opens the person's name;
        # "Rural Development Cao Duc Phat": in a run too long for a name, the words before a family name
        # are the end of a title or a body's name
        too_long = j - i > MAX_NAME_WORDS and tokens[i].key not in VIETNAMESE_SURNAMES
        for k in range(i + 1, j - 1):
            before = " ".join(t.text for t in tokens[i:k])
            if tokens[k].key in VIETNAMESE_SURNAMES and (too_long or is_vietnamese_place(before) or before in country_names()):
                i = k
                break
        runs.append((i, j))
        i = j
    return runs


def _inside_vietnamese_name(tokens: list[Token], i: int, j: int) -> bool:
    """'Nguyen Thai Son': after a family name, a syllable that is also a nationality ('Thai')
    goes on with the name when a name word follows it."""
    t = tokens[j]
    return (
        t.is_capitalised
        and t.key in VIETNAMESE_SURNAMES
        and tokens[i].key in VIETNAMESE_SURNAMES
        and j + 1 < len(tokens)
        and tokens[j + 1].start - t.end <= 1
        and is_name_word(tokens[j + 1], 2, 3)
    )


HYPHEN_SUFFIX = re.compile(r"-(?:led|born|based|backed|owned|run|made|funded|sponsored|linked|era|style)$")


def without_possessive(tokens: list[Token]) -> list[Token]:
    """The name without "'s" or a lower-case suffix ("the Donald Trump-led administration")."""
    last = tokens[-1]
    if is_possessive(last):
        return tokens[:-1] + [Token(last.text[:-2], last.start, last.end - 2)]
    suffix = HYPHEN_SUFFIX.search(last.text)
    if suffix and suffix.start() > 1:
        return tokens[:-1] + [Token(last.text[: suffix.start()], last.start, last.start + suffix.start())]
    return tokens


def is_place(words: list[Token]) -> bool:
    """Do these name words name a place or a country instead of a person?"""
    name = " ".join(t.text for t in words)
    return is_vietnamese_place(name) or name in country_names()
