"""Record extraction alone, per article: the articles are cleaned first, then each record
extractor is timed on them (CPU time of this process, so that other jobs on a shared machine
weigh less; the gazetteers are loaded before timing). Issue 18's target is under 3 ms per
article on the benchmark corpus.

    python3 -m uv run python -m bench.record_timing [--per-outlet 50] [--eval-pages 150] [--texts DIR] [--repeat 3]

Sets: the benchmark corpus (bench/corpus.py, cleaned by the outlets' plugins), the first N pages of
trafilatura's eval set (cleaned by the generic plugin) and, when given, a folder of text dumps
(the real-article texts). The least of `--repeat` runs is printed, in ms per article.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings
from pathlib import Path

from bench.corpus import generate
from extractors.extract import decode, is_html
from extractors.models import Article
from extractors.records import extract_records
from extractors.records.countries import country_names, extract_countries
from extractors.records.figures import extract_figures
from extractors.records.organizations import extract_organizations
from extractors.records.persons import extract_persons
from extractors.records.places import city_names, vietnamese_places
from extractors.records.quotes import extract_quotes
from extractors.records.text import segments_of, split_sentences
from extractors.registry import get_source, recognise

EVAL_SET = Path(__file__).resolve().parents[2] / "shared" / "bench-pages" / "trafilatura-eval"


def cleaned(text: str, plugin) -> Article | None:
    try:
        article = plugin.clean_html(text) if is_html(text) else plugin.clean_text(text)
    except Exception:  # noqa: BLE001 - a page without an article has no records to time
        return None
    return article if article.blocks else None


def article_sets(per_outlet: int, eval_pages: int, texts: Path | None) -> dict[str, list[Article]]:
    sets = {"benchmark corpus": [a for _, page in generate(per_outlet) if (a := cleaned(page, recognise(page, None)))]}
    if eval_pages:
        index = json.loads((EVAL_SET / "evaldata.json").read_text(encoding="utf-8"))
        generic = get_source("generic")
        pages = (decode(gzip.decompress((EVAL_SET / "pages" / f"{item['file']}.gz").read_bytes())) for item in list(index.values())[:eval_pages])
        sets[f"trafilatura eval set, first {eval_pages} pages"] = [a for page in pages if (a := cleaned(page, generic))]
    if texts:
        dumps = (decode(path.read_bytes()) for path in sorted(texts.glob("*.txt")))
        sets[f"text dumps in {texts}"] = [a for text in dumps if (a := cleaned(text, recognise(text, None)))]
    return sets


def time_records(articles: list[Article]) -> dict[str, float]:
    """CPU seconds per record extractor, and for `extract_records` as a whole, over the articles."""
    spent = dict.fromkeys(["all records", "persons", "organizations", "countries", "quotes", "figures"], 0.0)
    for article in articles:
        split_sentences.cache_clear()  # each article's sentences are split once, as in a real run
        started = time.process_time()
        extract_records(article)
        spent["all records"] += time.process_time() - started
        split_sentences.cache_clear()
        segments = segments_of(article)
        started = time.process_time()
        persons, mentions = extract_persons(segments)
        spent["persons"] += time.process_time() - started
        for name, run in (
            ("organizations", lambda: extract_organizations(segments, [span for span, _ in mentions])),
            ("countries", lambda: extract_countries(segments)),
            ("quotes", lambda: extract_quotes(segments, persons, mentions)),
            ("figures", lambda: extract_figures(segments)),
        ):
            started = time.process_time()
            run()
            spent[name] += time.process_time() - started
    return spent


def main(per_outlet: int, eval_pages: int, texts: Path | None, repeat: int) -> None:
    warnings.simplefilter("ignore")
    sets = article_sets(per_outlet, eval_pages, texts)
    country_names(), city_names(), vietnamese_places()  # loaded once per process, not per article
    for name, articles in sets.items():
        extract_records(articles[0])
        runs = [time_records(articles) for _ in range(repeat)]
        best = {part: min(run[part] for run in runs) * 1000 / len(articles) for part in runs[0]}
        print(f"{name} ({len(articles)} articles), ms per article (least of {repeat} runs): " + ", ".join(f"{part} {ms:.2f}" for part, ms in best.items()))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-outlet", type=int, default=50)
    parser.add_argument("--eval-pages", type=int, default=150)
    parser.add_argument("--texts", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    main(arguments.per_outlet, arguments.eval_pages, arguments.texts, arguments.repeat)
