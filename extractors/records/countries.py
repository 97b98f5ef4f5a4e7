"""Countries named in an article, as ISO 3166-1 alpha-2 codes.

Names come from pycountry (short, official and common names, with "Iran, Islamic
Republic of" also read as "Islamic Republic of Iran" and "Iran") and countryinfo
(alternative spellings and demonyms: "Vietnamese" -> VN).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pycountry
from countryinfo.countryinfo import load_countries

from extractors.models import Country, Span
from extractors.records.lexicon import CLAUSE_OPENERS, NON_NAME_WORDS, ORGANIZATION_HEADS, PORTFOLIO_WORDS, TITLE_WORDS
from extractors.records.places import is_vietnamese_place
from extractors.records.text import Segment

# Names that would mostly match something else in English news text.
AMBIGUOUS = {"Guinea", "Georgia", "Jordan", "Chad", "Niger", "Turkey", "Man", "Congo", "Dominica", "Mali", "Timor", "China Sea"}
# Names of seas and the like that hold a country's name but name no country: matched
# (the longest name wins) so that the country inside them is not.
NOT_COUNTRIES = (
    "South China Sea", "East China Sea", "Indian Ocean", "Latin American", "South American", "North American",
    "Central American", "Pan American", "Native American", "African American",
)
# Short forms pycountry does not carry.
EXTRA_NAMES = {"Russia": "RU", "Britain": "GB", "Great Britain": "GB", "UK": "GB", "US": "US", "U.S.": "US", "USA": "US", "Palestine": "PS", "Türkiye": "TR", "Turkiye": "TR", "Czech Republic": "CZ", "Holland": "NL", "Republic of Korea": "KR", "DPRK": "KP",
               "Việt Nam": "VN", "Timor Leste": "TL", "RoK": "KR", "ROK": "KR", "UAE": "AE", "Lao PDR": "LA"}
# Demonyms countryinfo lacks or shares between countries.
EXTRA_DEMONYMS = {"Laotian": "LA", "Filipino": "PH", "Cambodian": "KH", "Burmese": "MM", "Thai": "TH", "South Korean": "KR", "North Korean": "KP",
                  "Emirati": "AE", "Vietnamese": "VN", "Chinese": "CN", "Korean": "KR", "Saudi": "SA", "Briton": "GB", "Timorese": "TL",
                  "Kazakh": "KZ", "Uzbek": "UZ", "Kyrgyz": "KG", "Tajik": "TJ"}


def _plural(demonym: str) -> str | None:
    """The people of a country: "Americans", "Thais", "Filipinos" (not "Vietnamese", "British")."""
    return demonym + "s" if demonym.endswith(("an", "i", "o", "on")) else None
# Nouns that end the name of an event held for or in a country ("Vietnam Cultural Heritage Day",
# "Japan Week", "Korea Festival"): the country inside it is not named as a country.
EVENT_NOUNS = {"day", "days", "week", "festival", "month", "year", "fair", "expo", "cup", "open", "games", "awards", "marathon"}


def _variants(name: str) -> set[str]:
    found = {name}
    if ", " in name:
        head, tail = name.split(", ", 1)
        found |= {head, f"{tail} {head}".strip()}
    for variant in list(found):
        if "'" in variant:
            found.add(variant.replace("'", "’"))  # "Democratic People’s Republic of Korea"
        if " and " in variant:
            found.add(variant.replace(" and ", " & "))
        if variant.startswith("the "):
            found.add(variant[4:])
            found.add("The " + variant[4:])
    return found


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name, long form, spelling and demonym, mapped to its alpha-2 code. A name or demonym
    several countries share ("Korea", "American", "French", "Indian") names the most populous of
    them, as news text means it."""
    infos = [info for info in load_countries()["countries"].values() if (info.get("ISO") or {}).get("alpha2")]
    population = {info["ISO"]["alpha2"]: info.get("population") or 0 for info in infos}
    claims: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                for variant in _variants(value):
                    claims.setdefault(variant, set()).add(country.alpha_2)
    names = {name: max(codes, key=lambda code: population.get(code, 0)) for name, codes in claims.items()}
    demonyms: dict[str, set[str]] = {}
    for info in infos:
        code = info["ISO"]["alpha2"]
        if pycountry.countries.get(alpha_2=code) is None:
            continue
        # the common English name ("Brunei", "Cape Verde") and other spellings ("Burma"), not codes
        for spelling in [info.get("name") or "", *(info.get("altSpellings") or [])]:
            if len(spelling) > 3 and spelling[:1].isupper() and spelling.isascii() and not spelling.isupper():
                names.setdefault(spelling, code)
        demonym = info.get("demonym")
        if demonym and demonym[:1].isupper():
            demonyms.setdefault(demonym, set()).add(code)
    people = {demonym: max(codes, key=lambda code: population.get(code, 0)) for demonym, codes in demonyms.items()} | EXTRA_DEMONYMS
    for demonym, code in people.items():
        names.setdefault(demonym, code)
        plural = _plural(demonym)
        if plural:
            names.setdefault(plural, code)
    names.update(EXTRA_NAMES)
    names.update(EXTRA_DEMONYMS)
    for ambiguous in AMBIGUOUS:
        names.pop(ambiguous, None)
    return names


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Lower-cased one-word country names, which are not person names."""
    return frozenset(n.lower() for n in country_names() if " " not in n)


# Names a country is mentioned by that are kept out of country_names(), which the persons rules
# also read: "Lao" is a syllable of people's names there ("Tan Lao Lo").
MENTION_ONLY_NAMES = {"Lao": "LA"}


@lru_cache(maxsize=1)
def mention_names() -> dict[str, str]:
    """The names country_mentions looks for: every country name and the mention-only ones."""
    return {**country_names(), **MENTION_ONLY_NAMES}


@lru_cache(maxsize=1)
def _names_by_start() -> dict[str, tuple[str, ...]]:
    """The names by their first two characters, longest first (the longest name wins)."""
    index: dict[str, list[str]] = {}
    for name in sorted([*mention_names(), *NOT_COUNTRIES], key=len, reverse=True):
        index.setdefault(name[:2], []).append(name)
    return {start: tuple(names) for start, names in index.items()}


FIRST_WORD = re.compile(r"\w*")


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[str, ...]]:
    """The names by their first word (up to the first character that is not a word character),
    longest first: a name stands in the text only where the text's word there is the name's own
    first word, so each word start is tried against those few names alone."""
    index: dict[str, list[str]] = {}
    for names in _names_by_start().values():
        for name in names:
            index.setdefault(FIRST_WORD.match(name).group(), []).append(name)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in index.items()}


@lru_cache(maxsize=1)
def _word_starts() -> re.Pattern:
    """Word starts that open a name: a capital that opens one, or a lower-case letter followed
    by a second letter that does (only "the State of ..." names open in lower case, and every
    "the", "to" and "that" of the text was looked up)."""
    names = [*mention_names(), *NOT_COUNTRIES]
    capitals = "".join(sorted({name[0] for name in names if not name[0].islower()}))
    lower_starts = sorted({name[:2] for name in names if name[0].islower()})
    branches = [f"[{re.escape(capitals)}]"] + [re.escape(start[0]) + (f"(?={re.escape(start[1:])})" if len(start) > 1 else "") for start in lower_starts]
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})")


# A name is a whole word: "US$" is a currency, not the country. A hyphen joins words that
# each name a country ("Vietnam-US ties", "Brazilian-born", "US-led").
WORD_CHARACTER = re.compile(r"[\w$]")


def country_mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each country name standing as whole words, left to right.
    Each word start is looked up among the few names sharing its first word: one pattern of
    500 alternatives cost more than all the other records together."""
    index, after = _names_by_first_word(), 0
    for word in _word_starts().finditer(text):
        start = word.start()
        if start < after:
            continue
        for name in index.get(FIRST_WORD.match(text, start).group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and not WORD_CHARACTER.match(text, end):
                yield start, end, name
                after = end
                break


# Demonyms that are also syllables of Vietnamese names and places ("Lao Cai", "Thai Binh").
SYLLABLE_DEMONYMS = {"Lao", "Thai"}
ENGLISH_WORDS = TITLE_WORDS | ORGANIZATION_HEADS | PORTFOLIO_WORDS | NON_NAME_WORDS | CLAUSE_OPENERS | {"pdr", "new", "airways", "king", "queen", "royal"}


def _english_word(word: str) -> bool:
    """A title, a body's noun, a field or another English word, an acronym or a possessive: not
    a syllable of a Vietnamese name."""
    return word.isupper() or word.endswith(("’s", "'s")) or word.lower() in ENGLISH_WORDS


PREVIOUS_WORD = re.compile(r"([A-ZÀ-Ỹ][\w\-]*)[ \t]+\Z")
NEXT_WORDS = re.compile(r"[ \t]+([A-ZÀ-Ỹ][\w\-]*)(?:[ \t]+([A-ZÀ-Ỹ][\w\-]*))?")
CAPITALISED_RUN_AFTER = re.compile(r"(?:[ \t]+(?:[A-ZÀ-Ỹ][\w’'\-]*|of|and|&)){1,6}")


def _names_something_else(text: str, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """A country's name that is part of another name: a Vietnamese place ("Thai Binh", "Lao Cai",
    "Lao Bao"), a person ("Nguyen Van Thai"), or an event held for the country ("Vietnam Cultural
    Heritage Day")."""
    if any(a <= start < b or b <= start <= b + 1 for a, b in person_spans):
        return True  # inside a person's name, or its last word the persons rules left out
    following = NEXT_WORDS.match(text, end)
    if following:
        one = text[start : following.end(1)]
        two = text[start : following.end(2)] if following.group(2) else None
        if is_vietnamese_place(one) or (two and is_vietnamese_place(two)):
            return True
        if text[start:end] in SYLLABLE_DEMONYMS and not _english_word(following.group(1)):
            return True  # "Lao Dong", "Thai Son": a Vietnamese name; "Lao Embassy", "Thai PM": the country
    if text[start:end] in SYLLABLE_DEMONYMS:
        before = PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if before and not _english_word(before.group(1)):
            return True  # "Nguyen Van Thai": the last syllable of a name
    run = CAPITALISED_RUN_AFTER.match(text, end)
    return bool(run) and run.group().split()[-1].lower() in EVENT_NOUNS


def extract_countries(segments: list[Segment], person_spans: list[Span] = ()) -> list[Country]:
    found: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    table = mention_names()
    for segment in segments:
        if segment.where == "title":
            continue  # the gold counts countries named in the body and captions
        persons = [(s.start, s.end) for s in person_spans if s.where == segment.where and s.caption == segment.caption]
        for start, end, name in country_mentions(segment.text):
            code = table.get(name)
            if code is None:
                continue  # a sea named after a country
            if _names_something_else(segment.text, start, end, persons):
                continue
            found.setdefault(code, []).append(segment.span(start, end))
            names.setdefault(code, name)
    return [Country(code=code, name=pycountry.countries.get(alpha_2=code).name, mentions=spans) for code, spans in found.items()]
