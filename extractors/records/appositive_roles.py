"""The titles that follow a name: appositives between commas ("X, Executive Director of
Y, said") and the post given after "as" ("appointed X as director of Y"). What follows a
name also confirms it is a person's: a title, an age, a relative."""

from __future__ import annotations

import re

from extractors.records.lexicon import (
    ARTICLES,
    FINITE_VERBS,
    KIN_AND_RESIDENCE,
    PEOPLE_NOUNS,
    MONTHS,
    NAME_CONNECTORS,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    SPEECH_VERBS,
    VIETNAMESE_SURNAMES,
)
from extractors.records.name_runs import is_place, name_runs
from extractors.records.name_words import is_demonym, is_honorific, is_name_word, is_possessive, is_role_word, is_title_word, singular_role
from extractors.records.places import is_vietnamese_place
from extractors.records.role_phrases import MAX_ROLE_WORDS
from extractors.records.text import Sentence, Token, tokenize

AGE = re.compile(r"(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?")
AGE_PHRASE = re.compile(r"(?:an?\s+)?\d{1,3}-year-old\b")
BORN = re.compile(r"(?:both\s+\d{1,3}\b|born\b)")


def appositive_roles(sentence: Sentence, end: int) -> tuple[list[str], bool]:
    """'Name, Ambassador, Chair of the X, expressed ...' -> ['Ambassador', 'Chair of the X'];
    'Name, director of the city's X Center, said' -> ['director of the city's X Center'].
    The flag says whether anything after the name confirms it is a person (a title or an age)."""
    rest = sentence.segment.text[end : sentence.end]
    if not rest.startswith(","):
        return [], False
    roles: list[str] = []
    confirmed = False
    depth = 0
    pieces, current = [], ""
    semicolon = False  # "A, title, title; B, title": a list item ends at its semicolon
    for char in rest[1:]:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            pieces.append(current)
            current = ""
        elif char == ";" and depth == 0:
            semicolon = True
            break
        else:
            current += char
    pieces.append(current.rstrip(".;:”\" "))
    for index, piece in enumerate(pieces):
        # a comma closes it ("X, CEO of travel firm Y, said"), or the sentence's end ("..., said X, head of Y.")
        comma_closed = index < len(pieces) - 1 or semicolon
        closed = comma_closed or rest.rstrip().endswith(".")
        stripped = piece.strip()
        if AGE.fullmatch(stripped) or BORN.match(stripped) or stripped.startswith("who "):
            confirmed = True  # "Tran Van Tu, 41, from ...": an age
            continue
        age = AGE_PHRASE.match(stripped)
        if age:
            confirmed = True  # "X, a 45-year-old tour guide who ...": the role after the age
            stripped = stripped[age.end() :].strip()
            if not stripped:
                continue
        words = tokenize(stripped)
        while words and words[0].lower in ARTICLES:
            words = words[1:]
        if not comma_closed:
            words = words[:MAX_ROLE_WORDS]  # the sentence goes on after the title: cut where it ends
        if not words or len(words) > MAX_ROLE_WORDS:
            break
        if any(w.lower in KIN_AND_RESIDENCE or w.lower in PEOPLE_NOUNS for w in words[:3]):
            confirmed = True  # "X, a resident of Y", "X, his daughter", "X, a Colombian woman": a person, no title
            break
        lead = _role_lead(words)
        if lead is None or singular_role(words[lead].lower) is not None:
            break  # no title, or a plural one ("X, researchers found ...")
        if _names_another_person(words):
            joined = next((n for n in range(lead + 1, len(words)) if words[n].lower == "and"), None)
            if joined is None or _names_another_person(words[:joined]) or not _a_name_opens(words[joined + 1 :]):
                return [], confirmed  # "..., Minister, Chairman of the Office Tran Van Son": his titles
            # "X, member of A, Chairman of B and comrade Y, ...": X's last title ends where Y's list item begins
            roles.append(stripped[words[0].start : words[joined - 1].end])
            return roles, True
        whole = closed and len(words) <= MAX_CLOSED_ROLE_WORDS and not any(_is_verb_like(w) or w.lower in RELATIVES or _is_participle(w) for w in words)
        stop = len(words) if whole else _role_end(words)
        if stop <= 2 and stop < len(words) and words[stop].lower in SPEECH_VERBS | FINITE_VERBS:
            break  # "Speaking to X, the official said ...": a clause with its own subject, no title of X's
        roles.append(stripped[words[0].start : words[stop - 1].end])
        confirmed = True
        if stop < len(words):
            break  # the sentence goes on inside this piece: no more appositives
    return roles, confirmed


MAX_CLOSED_ROLE_WORDS = 14
RELATIVES = {"who", "whom", "whose", "which", "that"}


def _is_participle(token: Token) -> bool:
    """'the team working on ...' goes on past the title ("anti-counterfeiting" does not)."""
    return token.text.islower() and token.text.endswith("ing") and "-" not in token.text


def _is_verb_like(token: Token) -> bool:
    low = token.lower
    return low in FINITE_VERBS or low in SPEECH_VERBS or (low.endswith("ed") and "-" not in low and not token.is_capitalised)


def _role_lead(words: list[Token]) -> int | None:
    """Index of the role word that opens an appositive title: first, or after a nationality,
    portfolio, acronym or a lower-case qualifier ("a bus assistant", "board chairman of X")."""
    for n, t in enumerate(words[:4]):
        if is_honorific(t):
            return None
        if is_role_word(t):
            return n
        qualifier = t.text.isalpha() and t.text.islower() and not t.lower.endswith(("ed", "ing")) and t.lower not in SPEECH_VERBS and t.lower not in NAME_CONNECTORS
        unit_name = t.text[:1].isupper() and t.text.isalnum() and (t.text.isupper() or not is_name_word(t, 0, 2) or is_vietnamese_place(t.text))
        if not (is_demonym(t) or t.lower in PORTFOLIO_WORDS or qualifier or unit_name):
            return None
    return None


def _role_end(words: list[Token]) -> int:
    """Where a title phrase ends: at the first lower-case word that is no connector or role."""
    for n, t in enumerate(words):
        if n == 0 or t.is_capitalised or is_role_word(t) or t.is_acronym or not t.text[:1].isalpha() and t.text not in ",;:.":
            continue
        if (t.lower in NAME_CONNECTORS | {"to", "at"} or t.lower in PLACE_WORDS or is_possessive(t)) and _capital_ahead(words, n + 1):
            continue
        end = n
        while end > 1 and words[end - 1].lower in NAME_CONNECTORS | {"to", "at"}:
            end -= 1
        return end
    return len(words)


def _capital_ahead(words: list[Token], n: int) -> bool:
    """Does a capitalised word follow, past connectors, place words and possessives
    ("of the city's Disease Control Center", "of the Ky Son district Military Command")?"""
    for t in words[n : n + 4]:
        if t.is_capitalised:
            return t.lower not in MONTHS  # "director of X in December 2007"
        if not (t.lower in NAME_CONNECTORS or t.lower in PLACE_WORDS or is_possessive(t)):
            return False
    return False


def _a_name_opens(words: list[Token]) -> bool:
    """Does a person's name open these words, maybe after "comrade" or an honorific ("and comrade Y, ...")?"""
    start = 1 if words and (words[0].lower in {"comrade", "comrades"} or is_honorific(words[0])) else 0
    return len(words) > start + 1 and all(t.is_capitalised and not is_title_word(t) and is_name_word(t, 0, 2) for t in words[start : start + 2])


def _names_another_person(words: list[Token]) -> bool:
    for a, b in name_runs(words, words[0].start):
        if b - a >= 2 and words[a].key in VIETNAMESE_SURNAMES and not is_place(words[a:b]) and not (b < len(words) and words[b].lower in PLACE_WORDS):
            return True  # but "Secretary of the Lai Chau Provincial Party Committee" is his
        ends_a_name = b == len(words) or not words[b].is_capitalised  # not "X's Preventive Medicine Center"
        if b - a >= 2 and a > 0 and words[a - 1].is_capitalised and ends_a_name and not is_place(words[a:b]):
            return True  # "..., President of the European Parliament Anna Berg": her title and name
        if a > 0 and is_title_word(words[a - 1]) and not is_possessive(words[b - 1]):
            return True  # "General Bao extended ...": a short mention after a title
    return False


def role_after_as(sentence: Sentence, tokens: list[Token], j: int) -> str | None:
    """'appointed X as general director of Y': the post given after "as"."""
    if j >= len(tokens) or tokens[j].lower != "as":
        return None
    words = tokenize(sentence.segment.text[tokens[j].end : sentence.end])[:MAX_ROLE_WORDS]
    while words and words[0].lower in ARTICLES:
        words = words[1:]
    if not words or _role_lead(words) != 0 or words[0].lower in {"well", "long", "soon", "much", "many"}:
        return None
    text = sentence.segment.text[tokens[j].end : sentence.end]
    return text[words[0].start : words[_role_end(words) - 1].end].split(" (")[0]
