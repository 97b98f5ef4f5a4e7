"""Property-based fuzzing of the cleaners and record extractors: random and mutated pages
and dumps never raise anything but a recorded `ExtractionError`, and every offset points
inside the text it claims.

CI runs a bounded number of examples; for a long run:
    HYPOTHESIS_PROFILE=long python3 -m uv run pytest tests/hostile/test_fuzz.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.errors import ExtractionError
from extractors.extract import extract
from extractors.models import Extraction, Span
from extractors.registry import installed_sources
from extractors.samples import sample_pages

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PAGES = [p.read_bytes() for suffix in (".html", ".txt") for p in sample_pages() if p.suffix == suffix]
SOURCES = sorted(installed_sources())

WORDS = st.sampled_from([
    "President", "Minister", "of", "Public", "Security", "Nguyen", "Van", "An", "said", "“", "”", '"', ",", ".", "(UNODC)",
    "more than", "2,500", "72", "countries", "delegates", "Vietnam", "Hanoi (VNA) –", "VOV.VN -", "./.", "Related",
    "(Photo: Minh)", "![]() |", "| caption |", "ảnh 1", "\n", "\n\n", "he", "she", "Mr.", "H.", "nearly", "at least",
    "Deputy", "Director", "General", "the", "UN", "EU", "2025", "October 25", "—", "–", "‘", "’",
])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=120).map(" ".join)
TAGS = st.sampled_from(["p", "div", "h1", "h2", "figure", "figcaption", "table", "td", "script", "style", "article", "a", "b", "span", "img", "time", "meta"])


@st.composite
def html_pages(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(TAGS)
        attrs = draw(st.sampled_from(["", ' class="article-title"', ' class="text-long"', ' class="article__body"', ' data-src="/x.jpg"', ' datetime="2025-10-26T10:00:00+07:00"', ' content="{', ' href="javascript:x"']))
        closing = draw(st.booleans())
        parts.append(f"<{tag}{attrs}>{draw(TEXT)}" + (f"</{tag}>" if closing else ""))
    return "<html><head>" + draw(st.sampled_from(["", '<script type="application/ld+json">{"@type":"NewsArticle","headline":', "<meta charset=cp1258>"])) + "</head><body>" + "".join(parts)


def assert_offsets_inside(result: Extraction) -> None:
    article, records = result.article, result.records
    texts = {"body": article.text, "title": article.title or ""}

    def check(span: Span) -> None:
        text = article.images[span.caption].caption if span.where == "caption" else texts[span.where]
        assert text is not None and 0 <= span.start <= span.end <= len(text), span

    for person in records.persons:
        for span in person.mentions:
            check(span)
    for org in records.organizations:
        for span in org.mentions:
            check(span)
    for country in records.countries:
        for span in country.mentions:
            check(span)
    for quote in records.quotes:
        check(quote.span)
    for figure in records.figures:
        check(figure.span)


def run(content: bytes, filename: str, source: str | None) -> None:
    try:
        result = extract(content, filename=filename, source=source)
    except ExtractionError:
        return
    assert_offsets_inside(result)


@given(text=TEXT, source=st.sampled_from(SOURCES + [None]))
def test_random_text_dumps(text, source):
    run(text.encode("utf-8"), "dump.txt", source)


@given(page=html_pages(), source=st.sampled_from(SOURCES + [None]))
def test_random_html(page, source):
    run(page.encode("utf-8"), "page.html", source)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_sample_pages(data):
    page = bytearray(data.draw(st.sampled_from(PAGES)))
    for _ in range(data.draw(st.integers(1, 20))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = data.draw(st.integers(0, max(0, len(page) - 1)))
        if kind == "flip" and page:
            page[at] = data.draw(st.integers(0, 255))
        elif kind == "cut":
            del page[at:]
        elif kind == "insert":
            page[at:at] = data.draw(st.sampled_from([b"<", b">", b"</p>", b"<div>", b"\xe2\x80\x9c", b"\xff", b"<!--", b"]]>", b"&#xFFFF;"]))
        elif page:
            del page[at : at + data.draw(st.integers(1, 500))]
    run(bytes(page), data.draw(st.sampled_from(["page.html", "dump.txt"])), data.draw(st.sampled_from(SOURCES + [None])))
