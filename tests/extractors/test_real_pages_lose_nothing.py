"""Real pages written by nobody here go through `extract` without an internal error:
trafilatura's evaluation set (990 pages of many kinds and languages, ../shared/bench-pages/
trafilatura-eval) and our outlets' real pages (../shared/realpages). A page may yield "no
article" only when it is listed below with the reason it has none, so a page newly lost
fails the test. Under CI=true a missing ../shared fails (tests/conftest.py)."""

from __future__ import annotations

import gzip
import json
import os
import warnings
from pathlib import Path

import pytest
from dateutil.parser import UnknownTimezoneWarning

from extractors.errors import ExtractionError
from extractors.extract import extract

pytestmark = pytest.mark.slow

# file name -> why no article comes out of it. Every other page must yield an article.
NO_ARTICLE_PAGES: dict[str, str] = {
    # a short news item made of embedded social-media posts, whose text trafilatura does not keep
    "OnlineMarketing.de-Instagram.html": "article text inside embedded social-media posts",
}


def real_page_folder(shared_dir: Path, relative: str) -> Path:
    folder = shared_dir / relative
    if not folder.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{folder} is missing: CI must provide it")
        pytest.skip(f"{folder} not found")
    return folder


def outcomes(pages: list[tuple[str, bytes, str | None]]) -> tuple[dict[str, str], list[str]]:
    """Each page's failure reason (pages that yield an article are left out), and the
    internal errors: any exception that is not a recorded `ExtractionError`, a record
    extractor that failed, or a date zone dateutil could not read."""
    failed: dict[str, str] = {}
    internal: list[str] = []
    for name, content, url in pages:
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnknownTimezoneWarning)
            try:
                result = extract(content, url=url, filename=name).extraction
            except ExtractionError as error:
                failed[name] = error.reason
                continue
            except Exception as error:  # noqa: BLE001 - collected, so one run reports them all
                internal.append(f"{name}: {type(error).__name__}: {error}")
                continue
        internal += [f"{name}: record extractor {f.extractor}: {f.error}: {f.detail}" for f in result.records.failures]
    return failed, internal


def test_trafilatura_evaluation_pages(shared_dir):
    folder = real_page_folder(shared_dir, "bench-pages/trafilatura-eval")
    index = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pages = [(item["file"], gzip.decompress((folder / "pages" / f"{item['file']}.gz").read_bytes()), url) for url, item in index.items()]
    assert len(pages) == 990
    failed, internal = outcomes(pages)
    assert internal == []
    assert {name: reason for name, reason in failed.items()} == {name: "no_article" for name in NO_ARTICLE_PAGES}


def test_our_outlets_real_pages(shared_dir):
    folder = real_page_folder(shared_dir, "realpages")
    pages = [(path.name.removesuffix(".gz"), gzip.decompress(path.read_bytes()), None) for path in sorted(folder.glob("*.html.gz"))]
    assert len(pages) >= 4
    failed, internal = outcomes(pages)
    assert internal == [] and failed == {}
