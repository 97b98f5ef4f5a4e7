"""Typed records that cleaning and extraction produce (pydantic v2).

Every record mined from the text keeps `start`/`end` character offsets into
`Article.text` (the cleaned body joined with blank lines) or, for records found in a
caption, into that caption, so an analyst can always see the evidence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, field_validator

Qualifier = Literal["more_than", "at_least", "about", "nearly", "as_many_as", "up_to", "fewer_than", "less_than"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """Where a mention sits: character offsets into the title, the body text
    (`Article.text`) or caption number `caption` (`Article.images[caption].caption`)."""

    where: Literal["title", "body", "caption"] = "body"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    caption: int | None = None


class Image(Record):
    url: str | None = None
    caption: str | None = None
    credit: str | None = None


class Block(Record):
    """One paragraph or sub-heading of the cleaned body."""

    kind: Literal["paragraph", "heading"] = "paragraph"
    text: str


class Article(Record):
    """What a source plugin's cleaning yields: the article without any chrome."""

    outlet: str
    title: str | None
    lead: str | None = None
    blocks: list[Block]
    images: list[Image] = []
    published_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    author: str | None = None
    language: str = "en"
    canonical_url: str | None = None
    tags: list[str] = []

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks]

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "heading"]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @field_validator("canonical_url")
    @classmethod
    def _absolute(cls, url: str | None) -> str | None:
        if url is not None:
            HttpUrl(url)  # raises for relative or malformed URLs
        return url


class Person(Record):
    name: str
    roles: list[str] = []
    organization: str | None = None
    mentions: list[Span] = []


class Organization(Record):
    name: str
    acronym: str | None = None
    mentions: list[Span] = []


class Country(Record):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    mentions: list[Span] = []


class Quote(Record):
    text: str
    speaker: str | None
    span: Span


class Figure(Record):
    value: float = Field(allow_inf_nan=False)  # a number too long for a float is no fact to store
    unit: str
    qualifier: Qualifier | None = None
    sentence: str
    span: Span
    spelled_out: bool = False  # "seven heads of state" rather than "7 heads of state"


class RecordFailure(Record):
    """A record extractor that raised on this article: its records are missing, the
    article and the other extractors' records are kept."""

    extractor: str  # "persons", "organizations", "countries", "quotes", "figures"
    error: str  # the exception's class
    detail: str


class Records(Record):
    persons: list[Person] = []
    organizations: list[Organization] = []
    countries: list[Country] = []
    quotes: list[Quote] = []
    figures: list[Figure] = []
    failures: list[RecordFailure] = []
    # why no records were looked for (the text is not English), None when they were
    skipped: str | None = None


class Extraction(Record):
    """An article and the records mined from it: the payload of an extraction event."""

    source: str
    article: Article
    records: Records

    def as_eval_json(self) -> dict:
        """The flat object that the shared referee (`score.py`) reads."""
        a, r = self.article, self.records
        return {
            "source": self.source,
            "title": a.title,
            "lead": a.lead,
            "body": a.paragraphs,
            "headings": a.headings,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "author": a.author,
            "canonical_url": a.canonical_url,
            "images": [i.model_dump() for i in a.images],
            "persons": [{"name": p.name, "roles": p.roles, "organization": p.organization} for p in r.persons],
            "organizations": [{"name": o.name, "acronym": o.acronym} for o in r.organizations],
            "countries": [{"code": c.code, "name": c.name} for c in r.countries],
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in r.quotes],
            # the referee's annotation rules count quantities written in digits only
            "figures": [
                {"value": f.value, "unit": f.unit, "qualifier": f.qualifier, "sentence": f.sentence}
                for f in r.figures
                if not f.spelled_out
            ],
        }

