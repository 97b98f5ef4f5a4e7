"""Typed records mined from a cleaned article: people, organisations, countries, quotes
and figures. Pure functions over the title, body and captions; chrome never gets here.
The rules read English: an article in another language gets none, and `Records.skipped` says why.

Each record extractor runs guarded: one that raises on an article leaves its records
empty and says why in `Records.failures`; the article and the other records are kept."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TypeVar

from extractors.errors import ExtractionTimeout
from extractors.models import Article, RecordFailure, Records
from extractors.records.countries import extract_countries
from extractors.records.figures import extract_figures
from extractors.records.language import not_english
from extractors.records.organizations import extract_organizations
from extractors.records.persons import extract_persons
from extractors.records.quotes import extract_quotes
from extractors.records.text import segments_of

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_FAILURE_DETAIL = 500


def extract_records(article: Article) -> Records:
    skipped = not_english(article.text)
    if skipped:
        return Records(skipped=skipped)
    failures: list[RecordFailure] = []

    def guarded(extractor: str, run: Callable[[], T], empty: T) -> T:
        try:
            return run()
        except ExtractionTimeout:
            raise  # the page's time budget is spent: the page fails as a whole
        except Exception as error:  # noqa: BLE001 - one extractor's bug must not cost the article
            log.warning("record extractor %s failed on %r: %s: %s", extractor, article.title, type(error).__name__, error)
            failures.append(RecordFailure(extractor=extractor, error=type(error).__name__, detail=" ".join(str(error).split())[:MAX_FAILURE_DETAIL]))
            return empty

    segments = guarded("segments", lambda: segments_of(article), [])
    persons, mentions = guarded("persons", lambda: extract_persons(segments), ([], []))
    organizations = guarded("organizations", lambda: extract_organizations(segments, [span for span, _ in mentions]), [])
    persons = [
        p.model_copy(update={"organization": _organization_of(p.roles, organizations)}) if p.roles else p
        for p in persons
    ]
    return Records(
        persons=persons,
        organizations=organizations,
        countries=guarded("countries", lambda: extract_countries(segments, [span for span, _ in mentions]), []),
        quotes=guarded("quotes", lambda: extract_quotes(segments, persons, mentions), []),
        figures=guarded("figures", lambda: extract_figures(segments), []),
        failures=failures,
    )


def _organization_of(roles: list[str], organizations) -> str | None:
    """The body a person's title names ("Director of the X Division at UNODC" -> UNODC)."""
    for role in reversed(roles):
        for org in organizations:
            if org.name in role or (org.acronym and re.search(rf"\b{re.escape(org.acronym)}\b", role)):
                return org.name
    return None
