"""Countries named in an article, as ISO 3166-1 alpha-2 codes.

Names come from pycountry (short, official and common names, with "Iran, Islamic
Republic of" also read as "Islamic Republic of Iran" and "Iran") and countryinfo
(alternative spellings and demonyms: "Vietnamese" -> VN).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from countryinfo.countryinfo import load_countries

from extractors.models import Country, Span
from extractors.records.text import Segment

# Names that would mostly match something else in English news text.
AMBIGUOUS = {"Guinea", "Georgia", "Jordan", "Chad", "Niger", "Turkey", "Man", "Congo", "Dominica", "Mali", "Oman", "Peru", "Cuba", "Timor", "China Sea"}
# Short forms pycountry does not carry.
EXTRA_NAMES = {"Russia": "RU", "Britain": "GB", "Great Britain": "GB", "UK": "GB", "US": "US", "U.S.": "US", "USA": "US", "Palestine": "PS", "Türkiye": "TR", "Turkiye": "TR", "Czech Republic": "CZ", "Holland": "NL", "Republic of Korea": "KR", "DPRK": "KP"}


def _variants(name: str) -> set[str]:
    found = {name}
    if ", " in name:
        head, tail = name.split(", ", 1)
        found |= {head, f"{tail} {head}".strip()}
    for variant in list(found):
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
def _pattern() -> re.Pattern:
    alternatives = sorted(country_names(), key=len, reverse=True)
    # the lookahead on the names' first letters lets the engine skip most positions at
    # once instead of trying every alternative there (3.6x faster on the bench corpus)
    first_letters = "".join(sorted({a[0] for a in alternatives}))
    return re.compile(rf"(?<![\w-])(?=[{re.escape(first_letters)}])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")


def extract_countries(segments: list[Segment]) -> list[Country]:
    found: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    table = country_names()
    for segment in segments:
        if segment.where == "title":
            continue  # the gold counts countries named in the body and captions
        for match in _pattern().finditer(segment.text):
            code = table[match.group()]
            found.setdefault(code, []).append(segment.span(match.start(), match.end()))
            names.setdefault(code, match.group())
    return [Country(code=code, name=pycountry.countries.get(alpha_2=code).name, mentions=spans) for code, spans in found.items()]
