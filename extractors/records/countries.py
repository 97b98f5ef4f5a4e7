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
from extractors.records.text import Segment

# Names that would mostly match something else in English news text.
AMBIGUOUS = {"Guinea", "Georgia", "Jordan", "Chad", "Niger", "Turkey", "Man", "Congo", "Dominica", "Mali", "Timor", "China Sea"}
# Names of seas and the like that hold a country's name but name no country: matched
# (the longest name wins) so that the country inside them is not.
NOT_COUNTRIES = ("South China Sea", "East China Sea")
# Short forms pycountry does not carry.
EXTRA_NAMES = {"Russia": "RU", "Britain": "GB", "Great Britain": "GB", "UK": "GB", "US": "US", "U.S.": "US", "USA": "US", "Palestine": "PS", "Türkiye": "TR", "Turkiye": "TR", "Czech Republic": "CZ", "Holland": "NL", "Republic of Korea": "KR", "DPRK": "KP",
               # demonyms countryinfo lacks or shares between countries
               "Việt Nam": "VN", "Timor Leste": "TL", "Laotian": "LA", "Filipino": "PH", "Cambodian": "KH", "Burmese": "MM", "Thai": "TH",
               "South Korean": "KR", "North Korean": "KP", "Emirati": "AE", "Vietnamese": "VN", "Chinese": "CN"}


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
    """Every name, long form, spelling and demonym, mapped to its alpha-2 code."""
    names: dict[str, str] = {}
    demonyms: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                for variant in _variants(value):
                    names[variant] = country.alpha_2
    for info in load_countries()["countries"].values():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or pycountry.countries.get(alpha_2=code) is None:
            continue
        for spelling in info.get("altSpellings") or []:
            if len(spelling) > 3 and spelling[:1].isupper() and spelling.isascii():
                names.setdefault(spelling, code)
        demonym = info.get("demonym")
        if demonym and demonym[:1].isupper():
            demonyms.setdefault(demonym, set()).add(code)
    # "American" is said of several countries: only a demonym of one country names it
    names.update({d: codes.pop() for d, codes in demonyms.items() if len(codes) == 1 and d not in names})
    names.update(EXTRA_NAMES)
    for ambiguous in AMBIGUOUS:
        names.pop(ambiguous, None)
    return names


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Lower-cased one-word country names, which are not person names."""
    return frozenset(n.lower() for n in country_names() if " " not in n)


@lru_cache(maxsize=1)
def _names_by_start() -> dict[str, tuple[str, ...]]:
    """The names by their first two characters, longest first (the longest name wins)."""
    index: dict[str, list[str]] = {}
    for name in sorted([*country_names(), *NOT_COUNTRIES], key=len, reverse=True):
        index.setdefault(name[:2], []).append(name)
    return {start: tuple(names) for start, names in index.items()}


@lru_cache(maxsize=1)
def _word_starts() -> re.Pattern:
    """Word starts that open a name: a capital that opens one, or a lower-case letter followed
    by a second letter that does (only "the State of ..." names open in lower case, and every
    "the", "to" and "that" of the text was looked up)."""
    names = [*country_names(), *NOT_COUNTRIES]
    capitals = "".join(sorted({name[0] for name in names if not name[0].islower()}))
    lower_starts = sorted({name[:2] for name in names if name[0].islower()})
    branches = [f"[{re.escape(capitals)}]"] + [re.escape(start[0]) + (f"(?={re.escape(start[1:])})" if len(start) > 1 else "") for start in lower_starts]
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})")


# A name is a whole word: "US$" is a currency, not the country. A hyphen joins words that
# each name a country ("Vietnam-US ties", "Brazilian-born", "US-led").
WORD_CHARACTER = re.compile(r"[\w$]")


def country_mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each country name standing as whole words, left to right.
    Each word start is looked up among the few names sharing its first two characters:
    one pattern of 500 alternatives cost more than all the other records together."""
    index, after = _names_by_start(), 0
    for word in _word_starts().finditer(text):
        start = word.start()
        if start < after:
            continue
        for name in index.get(text[start : start + 2], ()):
            end = start + len(name)
            if text.startswith(name, start) and not WORD_CHARACTER.match(text, end):
                yield start, end, name
                after = end
                break


def extract_countries(segments: list[Segment]) -> list[Country]:
    found: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    table = country_names()
    for segment in segments:
        if segment.where == "title":
            continue  # the gold counts countries named in the body and captions
        for start, end, name in country_mentions(segment.text):
            code = table.get(name)
            if code is None:
                continue  # a sea named after a country
            found.setdefault(code, []).append(segment.span(start, end))
            names.setdefault(code, name)
    return [Country(code=code, name=pycountry.countries.get(alpha_2=code).name, mentions=spans) for code, spans in found.items()]
