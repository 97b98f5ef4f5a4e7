"""Organisations named in an article: "Long Name (ACRONYM)" definitions, capitalised
phrases built on an organisation noun ("Ministry of ...", "... Committee"), and bodies
known by their acronym ("UN", "EU")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.models import Organization, Span
from extractors.records.countries import country_names
from extractors.records.lexicon import (
    ACRONYMS_NEEDING_DEFINITION,
    BODY_ALIASES,
    KNOWN_BODIES,
    ORGANIZATION_HEADS,
    TITLE_WORDS,
)
from extractors.records.text import Segment

CONNECTORS = {"of", "on", "for", "and", "against", "&", "de"}
CAPITALISED = r"(?:[A-Z][\w’'\-]*|&)"
# A capitalised phrase: capitalised words joined by connectors.
PHRASE = re.compile(rf"{CAPITALISED}(?:\s+(?:(?:of|on|for|against|de)\s+(?:the\s+)?|(?:and|&)\s+)?{CAPITALISED})*")
DEFINITION = re.compile(rf"(?P<long>{PHRASE.pattern})\s*\((?P<acronym>(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z&]{{1,9}})\)")
ACRONYM_WORD = re.compile(r"\b[A-Z]{2,9}\b")
# Titles whose "of ..." names a portfolio rather than a body ("Minister of Justice").
PORTFOLIO_TITLES = {"minister", "ministers", "secretary", "deputy"}
# Title words that also name bodies ("General Assembly", "State Bank", "Standing Committee").
TITLE_WORDS_IN_BODY_NAMES = {"general", "state", "standing", "permanent", "special", "first", "party", "member", "people's", "national", "senior", "executive"}


@dataclass
class OrgBuilder:
    name: str
    acronym: str | None = None
    mentions: list[Span] = field(default_factory=list)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _strip_country_tail(name: str) -> str:
    """'Ministry of Public Security of Vietnam' -> 'Ministry of Public Security'."""
    head, sep, tail = name.rpartition(" of ")
    tail = tail.removeprefix("the ")
    if sep and " " in head and (tail in country_names() or f"the {tail}" in country_names()):
        return head
    return name


def _is_head(word: str) -> bool:
    return (word[:-2] if word.endswith(("’s", "'s")) else word).lower() in ORGANIZATION_HEADS


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS and word.lower() not in TITLE_WORDS_IN_BODY_NAMES


def organisations_in(phrase: str) -> list[str]:
    """The organisations inside a capitalised phrase, cut free of people's titles.

    'National Assembly Chairman X' -> ['National Assembly']; 'Ministry of Public Security
    of Vietnam' -> ['Ministry of Public Security']; 'Minister of Justice of Nigeria' -> []
    (a title's portfolio is not a body); 'Director of the Department of Y' -> ['Department of Y'].
    """
    words = phrase.split()
    chunks: list[tuple[list[str], str | None]] = []  # words, and the title word before them
    current: list[str] = []
    title_before: str | None = None
    for n, word in enumerate(words):
        # "Director General", "Commissioner General": a body word after a title is part of it
        if _is_title(word) or (word.lower() in TITLE_WORDS and n > 0 and words[n - 1].lower() in TITLE_WORDS and not current):
            if current:
                chunks.append((current, title_before))
            current, title_before = [], word.lower()
        else:
            current.append(word)
    if current:
        chunks.append((current, title_before))
    found: list[str] = []
    for index, (chunk, title_before) in enumerate(chunks):
        is_last = index == len(chunks) - 1
        if title_before and chunk[0].lower() in {"of", "for", "on", "at"}:
            chunk = chunk[1:]
            if chunk and chunk[0].lower() == "the":
                chunk = chunk[1:]
            # "Minister of Justice": a minister's portfolio, not a body; "Director of the X Division": a body
            if not chunk or (title_before in PORTFOLIO_TITLES and not _is_head(chunk[0])):
                continue
        parts = _split_nested(chunk)
        for k, part in enumerate(parts):
            name = _body_name(part, is_last or k < len(parts) - 1)
            if name:
                found.append(name)
    return found


def _split_nested(chunk: list[str]) -> list[list[str]]:
    """'Department of Cybersecurity of the Ministry of Public Security' -> both bodies."""
    parts, current = [], []
    n = 0
    while n < len(chunk):
        word = chunk[n]
        nxt = chunk[n + 2] if n + 2 < len(chunk) and chunk[n + 1].lower() == "the" else (chunk[n + 1] if n + 1 < len(chunk) else "")
        if word.lower() == "of" and current and any(_is_head(w) for w in current) and _is_head(nxt):
            parts.append(current)
            current = []
            n += 2 if n + 1 < len(chunk) and chunk[n + 1].lower() == "the" else 1
            continue
        current.append(word)
        n += 1
    parts.append(current)
    return parts


def _body_name(chunk: list[str], may_end_in_complement: bool) -> str | None:
    while chunk and chunk[0].lower() in CONNECTORS | {"the"}:
        chunk = chunk[1:]
    while chunk and chunk[-1].lower() in CONNECTORS | {"the"}:
        chunk = chunk[:-1]
    if len(chunk) < 2 or not any(_is_head(w) for w in chunk):
        return None  # a bare "Office" or "Committee"
    if not may_end_in_complement and not _is_head(chunk[-1]):
        return None  # before a title only "X Assembly"-shaped names count
    if chunk[0].isupper():
        return None  # "MPS Office": a unit named after its parent's acronym
    return _strip_country_tail(" ".join(chunk))


def _located(name: str, phrase: str, phrase_start: int) -> tuple[int, int]:
    """Where a name found inside a phrase sits in the text. The name's words were joined
    by single spaces, the phrase may hold line breaks or runs of spaces between them, and
    a defined long form may differ in case: matched word by word; the whole phrase when the
    name is not written in it as such."""
    found = re.search(r"\s+".join(map(re.escape, name.split())), phrase, re.I)
    if found is None:
        return phrase_start, phrase_start + len(phrase)
    return phrase_start + found.start(), phrase_start + found.end()


def extract_organizations(segments: list[Segment]) -> list[Organization]:
    orgs: list[OrgBuilder] = []

    def add(name: str, acronym: str | None, span: Span) -> None:
        key = name.lower()
        for org in orgs:
            if org.name.lower() == key or (acronym and org.acronym == acronym) or (org.acronym and org.acronym == name):
                if acronym and not org.acronym:
                    org.acronym = acronym
                if len(name) > len(org.name) and org.acronym == acronym and not name.isupper():
                    org.name = name
                org.mentions.append(span)
                return
        orgs.append(OrgBuilder(name, acronym, [span]))

    defined: dict[str, str] = {}
    for segment in segments:
        if "(" not in segment.text:  # no definition without one: skip trying at every phrase
            continue
        for match in DEFINITION.finditer(segment.text):
            acronym, words = match.group("acronym"), match.group("long").split()
            for start in range(len(words)):
                if words[start].lower() in CONNECTORS | {"the"}:
                    continue
                if _initials(words[start:]).upper() == acronym.upper():
                    defined[acronym] = _strip_country_tail(" ".join(words[start:]))
                    break
            else:
                inners = organisations_in(match.group("long"))
                if inners:
                    defined[acronym] = inners[-1]

    for segment in segments:
        taken: list[tuple[int, int]] = []
        for match in PHRASE.finditer(segment.text):
            phrase = match.group()
            if phrase in BODY_ALIASES or phrase.removeprefix("the ") in BODY_ALIASES:
                acronym = BODY_ALIASES[phrase.removeprefix("the ")]
                add(KNOWN_BODIES[acronym], acronym, segment.span(match.start(), match.end()))
                taken.append(match.span())
                continue
            inners = organisations_in(phrase)
            for inner in inners:
                # "UN Office of Legal Affairs (OLA)": the defined long form is the name
                inner = next((long for long in defined.values() if inner.lower().endswith(long.lower())), inner)
                start, end = _located(inner, phrase, match.start())
                acronym = next((a for a, long in defined.items() if long.lower() == inner.lower()), None)
                acronym = acronym or next((a for a, long in KNOWN_BODIES.items() if long.lower() == inner.lower()), None)
                add(inner, acronym, segment.span(start, end))
                taken.append((start, end))
            inner = " ".join(inners)
            for known_name, acronym in ((KNOWN_BODIES["UN"], "UN"),):
                # "the United Nations Convention against ...": the body inside a longer name
                index = phrase.find(known_name)
                if index >= 0 and not (inner and known_name in inner):
                    start = match.start() + index
                    add(known_name, acronym, segment.span(start, start + len(known_name)))
        for match in ACRONYM_WORD.finditer(segment.text):
            acronym = match.group()
            if any(a <= match.start() < b for a, b in taken):
                continue
            if acronym in defined:
                add(defined[acronym], acronym, segment.span(match.start(), match.end()))
            elif acronym in KNOWN_BODIES and acronym not in ACRONYMS_NEEDING_DEFINITION:
                add(KNOWN_BODIES[acronym], acronym, segment.span(match.start(), match.end()))
    return [Organization(name=o.name, acronym=o.acronym, mentions=o.mentions) for o in orgs]
