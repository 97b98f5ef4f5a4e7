"""A known outlet's page whose layout changed (its plugin's selectors find nothing) is read
by the generic extractor, and the event says so: it does not become "no article"."""

from __future__ import annotations

import pytest

from extractors.errors import NoArticle
from extractors.extract import extract
from extractors.registry import installed_sources
from newsledger.ingest.pipeline import process_content

OUTLETS = sorted(name for name, plugin in installed_sources().items() if plugin.domains)


def redesigned_page(domain: str) -> str:
    """A page of the outlet in markup no plugin was written for."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry service resumes between two island districts</title>
<link rel="canonical" href="https://{domain}/2027/ferry-service-resumes-between-two-island-districts">
<meta property="og:title" content="Ferry service resumes between two island districts">
<meta property="article:published_time" content="2027-03-04T08:15:00+07:00">
</head><body><div class="x9-shell"><div class="x9-col">
<h1 class="x9-headline">Ferry service resumes between two island districts</h1>
<section class="x9-flow">
<p>The ferry linking the two island districts resumed on Thursday after a four-month repair of its landing stages, the provincial transport department said.</p>
<p>Two boats will run eight crossings a day, and tickets keep last year's price, according to the operator, which carried 120,000 passengers before the closure.</p>
<p>Residents had crossed on fishing boats during the repairs, which local officials said were delayed by storms in October.</p>
</section></div></div></body></html>"""


@pytest.mark.parametrize("name", OUTLETS)
def test_a_redesigned_page_of_a_known_outlet_is_read_generically_and_says_so(name: str):
    plugin = installed_sources()[name]
    page = redesigned_page(plugin.domains[0])

    result = extract(page.encode(), filename="page.html")

    assert result.extraction.source == "generic"
    assert result.fallback is not None and result.fallback.plugin == name
    assert "body selectors" in result.fallback.reason
    assert result.extraction.article.title == "Ferry service resumes between two island districts"
    assert len(result.extraction.article.paragraphs) == 3
    assert "fallback" not in result.extraction.model_dump(), "how the article was read is metadata, not payload"


def test_the_extraction_event_records_the_fallback_in_its_metadata():
    page = redesigned_page("english.vov.vn").encode()

    outcome = process_content(page, location="/pages/ferry.html")

    extracted = next(p for p in outcome.pending if type(p.event).__name__ == "ArticleExtracted")
    assert extracted.metadata["plugin"] == "generic"
    assert extracted.metadata["fallback_from"] == "vov"
    assert "body selectors" in extracted.metadata["fallback_reason"]


def test_a_page_its_plugin_reads_records_no_fallback():
    page = redesigned_page("english.vov.vn").replace('class="x9-flow"', 'class="text-long"').replace('class="x9-col"', 'class="article-content"')

    result = extract(page.encode(), filename="page.html")

    assert result.extraction.source == "vov" and result.fallback is None


def test_a_page_with_no_article_at_all_is_still_no_article():
    page = '<html><head><link rel="canonical" href="https://english.vov.vn/en/x"></head><body><nav><a href="/">Home</a></nav></body></html>'
    with pytest.raises(NoArticle):
        extract(page.encode(), filename="page.html")
