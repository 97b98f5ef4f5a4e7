"""Typed records mined from a cleaned article: people, organisations, countries, quotes
and figures. Pure functions over the title, body and captions; chrome never gets here."""

from __future__ import annotations

import re

from extractors.models import Article, Records
from extractors.records.countries import extract_countries
from extractors.records.figures import extract_figures
from extractors.records.organizations import extract_organizations
from extractors.records.persons import extract_persons
from extractors.records.quotes import extract_quotes
from extractors.records.text import segments_of


def extract_records(article: Article) -> Records:
    segments = segments_of(article)
    persons, mentions = extract_persons(segments)
    organizations = extract_organizations(segments, [span for span, _ in mentions])
    persons = [
        p.model_copy(update={"organization": _organization_of(p.roles, organizations)}) if p.roles else p
        for p in persons
    ]
    return Records(
        persons=persons,
        organizations=organizations,
        countries=extract_countries(segments),
        quotes=extract_quotes(segments, persons, mentions),
        figures=extract_figures(segments),
    )


def _organization_of(roles: list[str], organizations) -> str | None:
    """The body a person's title names ("Director of the X Division at UNODC" -> UNODC)."""
    for role in reversed(roles):
        for org in organizations:
            if org.name in role or (org.acronym and re.search(rf"\b{re.escape(org.acronym)}\b", role)):
                return org.name
    return None
