"""Real pages written by nobody here: accuracy and speed of newsledger beside the open
extractors, side by side in one run.

- trafilatura's own evaluation set (990 pages of many kinds and languages,
  ../shared/bench-pages/trafilatura-eval), scored as its README says: per page, each `with`
  snippet found in the output (whitespace normalised) is a true positive, else a false
  negative; each `without` snippet found is a false positive; no output or an exception misses
  every `with`. Precision, recall and F1 over the totals.
- our outlets' real pages (../shared/realpages, no labels): pages with an article, and speed,
  read `--repeat` times.

Every extractor gets the page's bytes (each decodes them its own way) and, on the eval set,
its URL; the extractors take turns page by page, so a change in the machine's load falls on
all of them alike. newsledger's times include its typed records; the others produce text only.

    python3 -m uv run --group bench python -m bench.real_pages [--limit N] [--repeat N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from bs4 import BeautifulSoup
from readability import Document

from extractors.errors import ExtractionError
from extractors.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_SET = SHARED / "bench-pages" / "trafilatura-eval"
OUR_OUTLETS = SHARED / "realpages"


def newsledger_text(content: bytes, url: str | None, source: str | None) -> str:
    try:
        article = extract(content, url=url, source=source).extraction.article
    except ExtractionError:
        return ""
    return "\n".join(([article.title] if article.title else []) + article.paragraphs)


def readability_text(content: bytes) -> str:
    document = Document(content)
    return BeautifulSoup(document.summary(html_partial=True), "lxml").get_text("\n")


Extractor = Callable[[bytes, "str | None"], str]
EXTRACTORS: dict[str, Extractor] = {
    "newsledger generic (text and records)": lambda content, url: newsledger_text(content, url, "generic"),
    "newsledger plugins (text and records)": lambda content, url: newsledger_text(content, url, None),
    "trafilatura.extract (text only)": lambda content, url: trafilatura.extract(content, url=url) or "",
    "readability-lxml": lambda content, url: readability_text(content),
    "naive get_text": lambda content, url: BeautifulSoup(content, "lxml").get_text("\n"),
}
# On the eval set no page is one of our outlets': the plugins' row would be the generic one.
EVAL_SET_EXTRACTORS = [name for name in EXTRACTORS if name != "newsledger plugins (text and records)"]


@dataclass
class Tally:
    seconds: float = 0.0
    pages: int = 0
    with_text: int = 0
    errors: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def f1(self) -> tuple[float, float, float]:
        found = self.true_positives + self.false_positives
        expected = self.true_positives + self.false_negatives
        precision = self.true_positives / found if found else 0.0
        recall = self.true_positives / expected if expected else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def timed(extractor: Extractor, content: bytes, url: str | None, tally: Tally) -> str:
    started = time.perf_counter()
    try:
        text = extractor(content, url)
    except Exception:  # noqa: BLE001 - an exception counts as no output, as the eval set's scoring says
        text = ""
        tally.errors += 1
    tally.seconds += time.perf_counter() - started
    tally.pages += 1
    tally.with_text += bool(text.strip())
    return text


def run_eval_set(limit: int | None) -> dict[str, Tally]:
    index = json.loads((EVAL_SET / "evaldata.json").read_text(encoding="utf-8"))
    items = list(index.items())[:limit]
    tallies = {name: Tally() for name in EVAL_SET_EXTRACTORS}
    for url, item in items:
        content = gzip.decompress((EVAL_SET / "pages" / f"{item['file']}.gz").read_bytes())
        for name in EVAL_SET_EXTRACTORS:
            tally = tallies[name]
            output = normalised(timed(EXTRACTORS[name], content, url, tally))
            for snippet in item.get("with", []):
                if output and normalised(snippet) in output:
                    tally.true_positives += 1
                else:
                    tally.false_negatives += 1
            tally.false_positives += sum(1 for s in item.get("without", []) if output and normalised(s) in output)
    return tallies


def run_our_outlets(repeat: int) -> dict[str, Tally]:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(OUR_OUTLETS.glob("*.html.gz"))]
    tallies = {name: Tally() for name in EXTRACTORS}
    for _ in range(repeat):
        for content in pages:
            for name, extractor in EXTRACTORS.items():
                timed(extractor, content, None, tallies[name])
    for tally in tallies.values():
        tally.with_text //= repeat
    return tallies


def pages_per_second(tally: Tally) -> float:
    return tally.pages / tally.seconds if tally.seconds else 0.0


def main(limit: int | None = None, repeat: int = 20) -> None:
    if not EVAL_SET.is_dir() or not OUR_OUTLETS.is_dir():
        raise SystemExit(f"{SHARED} must hold bench-pages/trafilatura-eval and realpages")
    warnings.simplefilter("ignore")  # readability and trafilatura warn about odd pages
    load_before = os.getloadavg()
    eval_set = run_eval_set(limit)
    outlets = run_our_outlets(repeat)
    load_after = os.getloadavg()
    baseline = pages_per_second(eval_set["trafilatura.extract (text only)"])
    pages = next(iter(eval_set.values())).pages
    print(f"real pages: trafilatura's eval set, {pages} pages, extractors taking turns page by page")
    print(f"| extractor | P | R | F1 | pages with text | errors | pages/s | vs trafilatura |")
    print("|---|---|---|---|---|---|---|---|")
    for name, tally in eval_set.items():
        precision, recall, f1 = tally.f1()
        speed = pages_per_second(tally)
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {tally.with_text} | {tally.errors} | {speed:.1f} | {speed / baseline:.2f}x |")
    baseline = pages_per_second(outlets["trafilatura.extract (text only)"])
    count = outlets["trafilatura.extract (text only)"].pages // repeat
    print(f"\nreal pages: our outlets' CMSs (../shared/realpages), {count} pages read {repeat} times (no labels: pages with text and speed)")
    print("| extractor | pages with text | errors | pages/s | vs trafilatura |")
    print("|---|---|---|---|---|")
    for name, tally in outlets.items():
        speed = pages_per_second(tally)
        print(f"| {name} | {tally.with_text}/{count} | {tally.errors} | {speed:.1f} | {speed / baseline:.2f}x |")
    print(f"\nload average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after, on {os.cpu_count()} cores")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N pages of the eval set")
    parser.add_argument("--repeat", type=int, default=20, help="times the outlets' pages are read")
    arguments = parser.parse_args()
    main(arguments.limit, arguments.repeat)
