"""People named in an article, with the titles the text attaches to them.

A person is a run of two to four name words, confirmed by what stands around it: a title
before it ("Deputy Minister of Foreign Affairs Nguyen Minh Vu", "Mr. John Brandolino"),
an appositive title after it ("Ghada Waly, Executive Director of ..."), or a speech verb
("..., Mansour said"). Later short mentions ("Waly", "Deputy Minister Tung") resolve to
the person first named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.models import Person, Span
from extractors.records.lexicon import (
    CLAUSE_OPENERS,
    HONORIFICS,
    NAME_CONNECTORS,
    NON_NAME_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
    VIETNAMESE_SURNAMES,
)
from extractors.records.text import Segment, Sentence, Token, split_sentences, tokenize
from extractors.records.countries import country_words
from extractors.text_cleaning import fold

MAX_NAME_WORDS = 4
MAX_ROLE_WORDS = 24
INITIAL = re.compile(r"[A-Z]\.")
NAME_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
FIRST_WORD = re.compile(r"\W*[^\W\d_][\w’'\-]*\.?\s?")  # with the space after: an initial is "A. "


def is_title_word(token: Token) -> bool:
    return token.lower.rstrip(".") in TITLE_WORDS or token.lower in TITLE_WORDS or token.lower.rstrip(".") in HONORIFICS or token.lower in HONORIFICS


def is_honorific(token: Token) -> bool:
    return token.lower in HONORIFICS or token.lower.rstrip(".") in HONORIFICS


def is_name_word(token: Token, position: int, length: int) -> bool:
    """Can this token be part of a person's name, at this position of the candidate?"""
    text = token.text
    if not text[:1].isupper():  # most words: neither an initial nor capitalised
        return False
    if INITIAL.fullmatch(text):
        return 0 < position < length - 1 or length == 0  # an initial sits inside a name
    if token.is_acronym or not NAME_WORD.fullmatch(text):
        return False
    low = token.lower
    if low.endswith(("’s", "'s")):
        return False
    if low in NON_NAME_WORDS or is_title_word(token) or low in country_words():
        return False
    return True


@dataclass
class Candidate:
    tokens: list[Token]
    sentence: Sentence
    prefix: list[Token] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.sentence.segment.text[self.tokens[0].start : self.tokens[-1].end]


@dataclass
class PersonBuilder:
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    key_words: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.key_words = {fold(w) for w in self.name.replace(".", " ").split() if len(w) > 1}

    def add_role(self, role: str) -> None:
        role = role.strip(" ,;")
        if not role:
            return
        words = set(fold(role).split())
        if any(words <= set(fold(r).split()) for r in self.roles):
            return
        self.roles = [r for r in self.roles if not set(fold(r).split()) <= words] + [role]


def _name_runs(tokens: list[Token], sentence_start: int) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal name-word sequences in a token list."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        at_start = tokens[i].start == sentence_start or (i > 0 and tokens[i - 1].text in "“\"‘(")
        first = tokens[i]
        starts_name = is_name_word(first, 0, 2) and not (at_start and first.lower in CLAUSE_OPENERS)
        if first.lower in VIETNAMESE_SURNAMES and first.is_capitalised and not at_start:
            starts_name = True
        if not starts_name:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < MAX_NAME_WORDS + 1:
            t = tokens[j]
            if tokens[j].start - tokens[j - 1].end > 1:
                break
            if is_name_word(t, 1, 3) or (t.is_capitalised and t.lower in CLAUSE_OPENERS and j + 1 < len(tokens) and is_name_word(tokens[j + 1], 1, 3)):
                j += 1
                continue
            break
        # a trailing function word ("Pham The") is not part of the name
        while j - i > 1 and tokens[j - 1].lower in CLAUSE_OPENERS:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _title_prefix(tokens: list[Token], i: int) -> list[Token]:
    """The capitalised title words standing right before token i ("UN Secretary-General")."""
    k = i
    while k > 0:
        t = tokens[k - 1]
        if tokens[k].start - t.end > 1:
            break
        if is_title_word(t) or t.is_acronym or (t.is_capitalised and t.lower not in CLAUSE_OPENERS and not is_name_word(t, 1, 3)) or (t.lower in NAME_CONNECTORS and k - 1 > 0 and tokens[k - 2].is_capitalised):
            k -= 1
            continue
        break
    prefix = tokens[k:i]
    # the title is what follows the first title word; words before it belong elsewhere
    first_title = next((n for n, t in enumerate(prefix) if is_title_word(t) or (t.is_acronym and n + 1 < len(prefix) and is_title_word(prefix[n + 1]))), None)
    return prefix[first_title:] if first_title is not None else []


def _comma_title_before(sentence: Sentence, tokens: list[Token], k: int) -> str | None:
    """'General, Minister of ... Name': a bare rank before a comma is a title too."""
    if k < 2 or tokens[k - 1].text != ",":
        return None
    j = k - 1
    while j > 0 and is_title_word(tokens[j - 1]) and not is_honorific(tokens[j - 1]):
        j -= 1
    if j == k - 1:
        return None
    if j > 0 and tokens[j - 1].text not in ",.;:“\"(" and tokens[j - 1].start != sentence.start:
        return None
    return sentence.segment.text[tokens[j].start : tokens[k - 2].end]


def _appositive_roles(sentence: Sentence, end: int) -> list[str]:
    """'Name, Ambassador, Chair of the X, expressed ...' -> ['Ambassador', 'Chair of the X']."""
    rest = sentence.segment.text[end : sentence.end]
    if not rest.startswith(","):
        return []
    roles: list[str] = []
    depth = 0
    pieces, current = [], ""
    for char in rest[1:]:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current.rstrip(".;:”\" "))
    for piece in pieces:
        piece = piece.strip()
        words = tokenize(piece)
        if not words or len(words) > MAX_ROLE_WORDS:
            break
        lead = words[1] if words[0].is_acronym and len(words) > 1 else words[0]
        if not (lead.is_capitalised and is_title_word(lead)) or is_honorific(lead):
            break
        if any(b - a >= 2 and b == len(words) and (a == 0 or is_title_word(words[a - 1])) for a, b in _name_runs(words, words[0].start)):
            break  # "..., Secretary-General Antonio Guterres": another person
        roles.append(piece)
    return roles


def _speech_verb_near(sentence: Sentence, tokens: list[Token], i: int, j: int) -> bool:
    after = tokens[j].lower if j < len(tokens) else ""
    before = tokens[i - 1].lower if i > 0 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


def _role_text(sentence: Sentence, prefix: list[Token]) -> str | None:
    words = [t for t in prefix if not is_honorific(t)]
    if not words or not any(is_title_word(t) for t in words):
        return None
    return sentence.segment.text[words[0].start : words[-1].end]


def _tokens_for_names(sentence: Sentence) -> list[Token]:
    """The sentence's tokens, or only those up to its first word when no later word is
    capitalised: names start with a capital, so the rest can hold none (most sentences)."""
    text = sentence.text
    head = FIRST_WORD.match(text)
    if head:
        rest = text[head.end():]
        if rest == rest.lower():
            return tokenize(text[: head.end()], sentence.start)
    return tokenize(text, sentence.start)


def extract_persons(segments: list[Segment]) -> tuple[list[Person], list[tuple[Span, str]]]:
    """People, and every mention (full or short) with the person's name."""
    people: list[PersonBuilder] = []
    mentions: list[tuple[Span, str]] = []

    def find(name: str) -> PersonBuilder | None:
        words = {fold(w) for w in name.replace(".", " ").split() if len(w) > 1}
        exact = next((p for p in people if fold(p.name) == fold(name)), None)
        if exact:
            return exact
        return next((p for p in people if words and words <= p.key_words), None)

    pending_short: list[tuple[Candidate, Span]] = []
    for segment in segments:
        for sentence in split_sentences(segment):
            tokens = _tokens_for_names(sentence)
            for i, j in _name_runs(tokens, sentence.start):
                candidate = Candidate(tokens[i:j], sentence, _title_prefix(tokens, i))
                span = segment.span(candidate.tokens[0].start, candidate.tokens[-1].end)
                name = candidate.name
                known = find(name)
                role = _role_text(sentence, candidate.prefix)
                if j - i >= 2 and known is None:
                    appositives = _appositive_roles(sentence, tokens[j - 1].end)
                    honorific = any(is_honorific(t) for t in candidate.prefix)
                    if not (role or appositives or honorific or _speech_verb_near(sentence, tokens, i, j)):
                        continue
                    known = PersonBuilder(name=name)
                    people.append(known)
                    comma_title = _comma_title_before(sentence, tokens, i - len(candidate.prefix))
                    for r in ([comma_title] if comma_title else []) + ([role] if role else []) + appositives:
                        known.add_role(r)
                elif known is not None:
                    comma_title = _comma_title_before(sentence, tokens, i - len(candidate.prefix))
                    for r in [comma_title, role]:
                        if r:
                            known.add_role(r)
                    for r in _appositive_roles(sentence, tokens[j - 1].end):
                        known.add_role(r)
                else:
                    pending_short.append((candidate, span))
                    continue
                known.mentions.append(span)
                mentions.append((span, known.name))
    for candidate, span in pending_short:
        known = find(candidate.name)
        if known:
            known.mentions.append(span)
            mentions.append((span, known.name))
    persons = [Person(name=p.name, roles=p.roles, mentions=p.mentions) for p in people]
    mentions.sort(key=lambda m: (m[0].where != "title", m[0].where, m[0].caption or 0, m[0].start))
    return persons, mentions
