"""The published date of a page whose metadata names none: htmldate's search of the page
(its URL, header, <time> elements, text patterns), with dates written in words ("Jueves 28 de
abril de 2022", "16 marca 2021") read by dateparser in the page's own language and the
languages most news is written in.

htmldate lets dateparser try all of its 205 locales; a string that is a date in none of them
(a copyright line, "40-jähriges Jubiläum 2008") makes it compile every locale's patterns, once
per process: 21 s of the 47 s the date search took on the 460 eval-set pages without a metadata
date (loaded machine), 5 s with the page's languages, and not one of those dates changed.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

import htmldate.extractors
from dateparser import DateDataParser
from dateparser.languages.loader import default_loader
from htmldate import find_date
from trafilatura.settings import set_date_params

# htmldate's settings for dateparser (htmldate.extractors.get_external_parser)
DATEPARSER_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
# English first: pages in any language print dates in it
NEWS_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "vi", "id", "tr", "zh", "ja", "ar")
# None outside `searched_date`: htmldate's own behaviour (every locale) for any other caller
_page_languages: ContextVar[tuple[str, ...] | None] = ContextVar("page_languages", default=None)
_all_locales_parser = htmldate.extractors.get_external_parser


@lru_cache(maxsize=64)
def _parser_for(languages: tuple[str, ...]) -> DateDataParser:
    return DateDataParser(languages=list(languages), settings=DATEPARSER_SETTINGS)


def _external_parser() -> DateDataParser:
    languages = _page_languages.get()
    return _parser_for(languages) if languages is not None else _all_locales_parser()


# htmldate asks this function for its dateparser each time; it takes no options of its own
htmldate.extractors.get_external_parser = _external_parser


def date_languages(declared: str | None) -> tuple[str, ...]:
    """dateparser's languages for a page: the one it declares ("de-AT", "pt_BR") when
    dateparser knows it, then the languages news is most often written in (a page may
    declare none, or the CMS's default instead of its own)."""
    language = re.split(r"[-_]", declared.strip().lower())[0] if declared and declared.strip() else None
    known = default_loader.get_locale_map()
    return tuple(dict.fromkeys(code for code in (language, *NEWS_LANGUAGES) if code in known))


def searched_date(page, url: str | None, declared_language: str | None) -> str | None:
    """The page's original (published) date as htmldate finds it, "YYYY-MM-DD", or None."""
    token = _page_languages.set(date_languages(declared_language))
    try:
        return find_date(page, url=url, **set_date_params())
    finally:
        _page_languages.reset(token)
