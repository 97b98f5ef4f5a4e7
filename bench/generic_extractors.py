"""Which open extractor should the generic fallback use? Each candidate reads the sample
pages with no site knowledge; its text is scored against the article text our site plugins
produce for the same pages (checked by the contract tests), as token precision/recall/F1,
with the chrome snippets from the expectations counted as leaks, and timed.

    python3 -m uv run --group bench python bench/generic_extractors.py
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from statistics import mean

import justext
import trafilatura
from boilerpy3 import extractors as boilerpipe
from goose3 import Goose
from readability import Document

from extractors.extract import extract
from extractors.samples import sample_pages
from bs4 import BeautifulSoup
from extractors.text_cleaning import fold



def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", fold(text)))


def f1(candidate: str, reference: str) -> tuple[float, float, float]:
    c, r = tokens(candidate), tokens(reference)
    common = sum((c & r).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, rc = common / sum(c.values()), common / sum(r.values())
    return p, rc, 2 * p * rc / (p + rc)


goose = Goose()
CANDIDATES = {
    "trafilatura": lambda html: trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or "",
    "trafilatura (recall)": lambda html: trafilatura.extract(html, include_comments=False, favor_recall=True) or "",
    "readability-lxml": lambda html: BeautifulSoup(Document(html).summary(), "lxml").get_text("\n"),
    "justext": lambda html: "\n".join(p.text for p in justext.justext(html.encode(), justext.get_stoplist("English")) if not p.is_boilerplate),
    "boilerpipe (boilerpy3)": lambda html: boilerpipe.ArticleExtractor(raise_on_failure=False).get_content(html),
    "goose3": lambda html: goose.extract(raw_html=html).cleaned_text,
    "naive get_text": lambda html: BeautifulSoup(html, "lxml").get_text("\n"),
    "newsledger generic plugin": lambda html: extract(html, source="generic").article.text,
}


def main() -> None:
    pages = []
    for page in [p for p in sample_pages() if p.suffix == ".html"]:
        html = page.read_text(encoding="utf-8")
        expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
        pages.append((html, extract(html, filename=page.name).article.text, expected["without"]))
    rows = []
    for name, candidate in CANDIDATES.items():
        scores, leaks, elapsed = [], 0, 0.0
        for html, reference, chrome_snippets in pages:
            started = time.perf_counter()
            text = candidate(html)
            elapsed += time.perf_counter() - started
            scores.append(f1(text, reference))
            leaks += sum(1 for chrome in chrome_snippets if len(chrome.split()) > 2 and fold(chrome) in fold(text))
        elapsed = elapsed / len(pages) * 1000
        rows.append((name, mean(s[0] for s in scores), mean(s[1] for s in scores), mean(s[2] for s in scores), leaks, elapsed))
    print(f"{len(pages)} sample pages; reference = site plugin output\n")
    print(f"{'extractor':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'leaks':>6s} {'ms/page':>8s}")
    for name, p, r, f, leaks, ms in sorted(rows, key=lambda row: -row[3]):
        print(f"{name:24s} {p:6.3f} {r:6.3f} {f:6.3f} {leaks:6d} {ms:8.1f}")


if __name__ == "__main__":
    main()
