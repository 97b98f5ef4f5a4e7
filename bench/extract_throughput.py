"""Clean + extract throughput, single process, on the synthetic corpus: our plugins (text
and typed records) against trafilatura.extract (text only) and a naive
BeautifulSoup(html, "lxml").get_text(), on the same pages in the same run.

    python3 -m uv run python bench/extract_throughput.py --per-outlet 250
"""

from __future__ import annotations

import argparse
import time

import trafilatura
from bs4 import BeautifulSoup

from bench.corpus import generate
from extractors.extract import extract


def timed(label: str, pages: list[tuple[str, bytes]], run) -> float:
    started = time.perf_counter()
    for name, content in pages:
        run(name, content)
    elapsed = time.perf_counter() - started
    rate = len(pages) / elapsed
    print(f"  {label:44s} {rate:8.1f} pages/s  ({elapsed * 1000 / len(pages):6.2f} ms/page)")
    return rate


def main(per_outlet: int) -> dict[str, float]:
    pages = [(name, text.encode("utf-8")) for name, text in generate(per_outlet)]
    megabytes = sum(len(c) for _, c in pages) / 1e6
    print(f"clean + extract: {len(pages)} pages, {megabytes:.1f} MB")
    ours = timed("newsledger plugins (text + typed records)", pages, lambda n, c: extract(c, filename=n))
    traf = timed("trafilatura.extract (text only)", pages, lambda n, c: trafilatura.extract(c.decode("utf-8")))
    naive = timed('BeautifulSoup(html, "lxml").get_text()', pages, lambda n, c: BeautifulSoup(c, "lxml").get_text())
    print(f"  ratio newsledger / trafilatura: {ours / traf:.2f}x   newsledger / naive get_text: {ours / naive:.2f}x")
    return {"ours": ours, "trafilatura": traf, "naive": naive}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-outlet", type=int, default=250)
    main(parser.parse_args().per_outlet)
