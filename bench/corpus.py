"""Synthetic article pages for the benchmarks, written from the sample pages as templates.

Each outlet's sample page keeps its real structure (menus, share bars, related lists,
metadata); its title, lead, date and body are replaced with generated text of 200 to 3,000
words, with captioned images and a related block, and the page is padded with inline scripts
and styles, as real pages are, to sizes spread between 20 KB and 400 KB. The same seed always
gives the same pages.

Page `n` of every outlet reports event `n`: events are 20 minutes apart (25,000 events
cover a year), each outlet publishes within three hours of it, and an event is named by its
own words (two proper names and three topic words from a vocabulary of thousands), so
the archive holds stories of four articles, as news does, rather than one topic told
100,000 times.

    python3 -m uv run python bench/corpus.py --per-outlet 1000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import html
import math
import random
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import product
from pathlib import Path

from bs4 import BeautifulSoup

from extractors.registry import installed_sources
from extractors.samples import sample_pages

PEOPLE = ["Nguyen Van An", "Tran Thi Bich", "Le Quoc Minh", "Pham Thu Ha", "Maria Svensson", "Kofi Asante", "Do Huu Tai"]
TITLES = ["Deputy Minister of Public Security", "Director of the Department of Cybersecurity", "Ambassador", "Senior Lieutenant General", "Chair of the Provincial People's Committee"]
NOUNS = ["delegates", "countries", "officers", "companies", "cases", "journalists", "provinces", "students", "accounts"]
QUALIFIERS = ["more than", "about", "nearly", "at least", "up to", "as many as", ""]
SYLLABLES = ["ba", "kor", "ri", "tan", "vel", "mo", "sa", "lin", "dor", "pe", "qua", "zu", "fen", "ni", "ham", "gro", "te", "shi", "wa", "lux"]
VOCABULARY = ["".join(parts) for parts in product(SYLLABLES, repeat=3)]  # 8,000 made-up words
FIRST_EVENT = datetime.fromisoformat("2025-01-01T06:00:00+07:00")
EVENT_SPACING = timedelta(minutes=20)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00")
FILLER = ("the conference discussed cooperation on digital evidence and training for investigators while officials "
          "reviewed the progress of national programmes and agreed on next steps for the coming months").split()


def sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        person, title = rng.choice(PEOPLE), rng.choice(TITLES)
        return f"{title} {person} said the plan would take effect next year."
    if kind < 0.30:
        return f"{rng.choice(QUALIFIERS)} {rng.randint(2, 9999):,} {rng.choice(NOUNS)} took part, organisers said.".strip().capitalize()
    if kind < 0.38:
        return f"“{' '.join(rng.choices(FILLER, k=rng.randint(8, 20))).capitalize()},” {rng.choice(PEOPLE)} said."
    return " ".join(rng.choices(FILLER, k=rng.randint(10, 28))).capitalize() + "."


def event(number: int, seed: int) -> tuple[list[str], list[str], datetime]:
    """Event `number`: its two proper names, three topic words and moment, the same for
    every outlet."""
    rng = random.Random(f"{seed}:event:{number}")
    names = [w.capitalize() for w in rng.sample(VOCABULARY, 2)]
    return names, rng.sample(VOCABULARY, 3), FIRST_EVENT + number * EVENT_SPACING


def redate(page_html: str, published: datetime) -> str:
    """The template's publication moment, in each form the page shows it, moved to `published`."""
    found = ISO_DATE.search(page_html)
    if not found:
        return page_html
    old = datetime.fromisoformat(found.group(0))
    page_html = page_html.replace(found.group(0), published.isoformat())
    for shown in ("%d/%m/%Y", "%H:%M"):  # the generated text holds neither form
        page_html = page_html.replace(old.strftime(shown), published.strftime(shown))
    return page_html


def paragraphs(rng: random.Random, words: int) -> Iterator[str]:
    written = 0
    while written < words:
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        written += len(text.split())
        yield text


def templates() -> dict[str, tuple[str, object]]:
    found = {}
    for name, plugin in installed_sources().items():
        pages = [p for p in sample_pages(name) if p.suffix == ".html"]
        if pages:
            found[name] = (pages[0].read_text(encoding="utf-8"), plugin)
    return found


def own_url(canonical: str, number: int) -> str:
    """Page `number`'s own address, from the template's: every generated page is a distinct
    article (one stream), not a new version of the template's."""
    return re.sub(r"(/?)$|(\.\w+)$", lambda m: f"-n{number}{m.group(0)}", canonical, count=1)


def page(template: str, plugin, rng: random.Random, number: int, seed: int = 7) -> str:
    soup = BeautifulSoup(template, "lxml")
    canonical = soup.select_one('link[rel="canonical"]')["href"]
    words = int(math.exp(rng.uniform(math.log(200), math.log(3000))))
    names, topic, moment = event(number, seed)
    title = f"{names[0]} {topic[0]} {topic[1]} with {names[1]} " + " ".join(rng.choices(FILLER, k=rng.randint(1, 4)) + [topic[2]])
    soup.select_one(plugin.selectors.title[0]).string = title
    lead = next((found for css in plugin.selectors.lead if (found := soup.select_one(css))), None)
    if lead:
        lead.string = f"{names[0]} and {names[1]} on {topic[2]}: " + " ".join(rng.choices(FILLER, k=rng.randint(12, 24))) + "."
    body = soup.select_one(plugin.selectors.body[0])
    figure_html = str(body.select_one(", ".join(plugin.selectors.figure)) or "")
    body.clear()
    blocks = []
    for n, text in enumerate(paragraphs(rng, words)):
        blocks.append(f"<p>{html.escape(text)}</p>")
        if figure_html and n % 4 == 1 and rng.random() < 0.6:
            caption = html.escape(" ".join(rng.choices(FILLER, k=rng.randint(6, 14))).capitalize())
            blocks.append(re.sub(r">[^<>]*\(Photo: [^)]*\)<", f">{caption}. (Photo: {rng.choice(PEOPLE)})<", figure_html))
    related = "".join(f'<li><a href="/related-{number}-{k}.html">{html.escape(" ".join(rng.choices(FILLER, k=8)))}</a></li>' for k in range(rng.randint(3, 10)))
    body.append(BeautifulSoup("".join(blocks) + f'<div class="related-news box-related article-related"><h3>Related</h3><ul>{related}</ul></div>', "lxml").body)
    out = str(soup)
    target = int(math.exp(rng.uniform(math.log(20_000), math.log(400_000))))
    if len(out) < target:  # real pages carry far more script and style than text
        padding = "".join(f"<script>window.__ad_slot_{k} = {{'id': {k}, 'sizes': [[300, 250], [728, 90]], 'lazy': true}};</script>"
                          for k in range((target - len(out)) // 100))
        out = out.replace("</head>", padding + "</head>", 1)
    out = redate(out, moment + timedelta(minutes=rng.randint(0, 180)))
    return out.replace(canonical, own_url(canonical, number))


def generate(per_outlet: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, HTML) for `per_outlet` pages of every outlet, in a fixed order."""
    for name, (template, plugin) in sorted(templates().items()):
        rng = random.Random(f"{seed}:{name}")
        for number in range(per_outlet):
            yield f"{name}-{number:06d}.html", page(template, plugin, rng, number, seed)


def write(out: Path, per_outlet: int, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(per_outlet, seed):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-outlet", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    written = write(args.out, args.per_outlet, args.seed)
    sizes = sorted(p.stat().st_size for p in written)
    print(f"{len(written)} pages in {args.out}: {sizes[0] / 1000:.0f} KB to {sizes[-1] / 1000:.0f} KB, median {sizes[len(sizes) // 2] / 1000:.0f} KB")
