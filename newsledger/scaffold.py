"""`newsledger new-source`: the folder a new news source needs, ready to fill in.

Writes `extractors/sources/<name>/`: the plugin module and the package re-exporting its
class, a README with the sections every source documents, an example page in a typical news
layout with its expectations under `samples/`, and under `tests/` a test that passes once
the plugin's selectors match the page; registers the plugin under the `newsledger.sources`
entry-point group in pyproject.toml.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9-]+\.)+[a-z]{2,}$")
ENTRY_POINT_GROUP = '[project.entry-points."newsledger.sources"]'

PLUGIN = '''"""{title} ({domain}).

What this module covers: article pages of {domain}. Fill in the selectors from a saved
page (your browser's "Inspect" shows the classes), list the site's chrome, say in README.md
how each was confirmed, then run `python3 -m uv run pytest extractors/sources/{name}/tests`.
"""

from extractors.plugin import SourcePlugin
from extractors.spec import ChromeRules, Discovery, Recognition, Selectors


class {class_name}(SourcePlugin):
    name = "{name}"
    title = "{title}"
    domains = ("{domain}",)
    discovery = Discovery(
        feeds=[],  # e.g. "https://{domain}/rss/home.rss"
        sitemaps=[],  # e.g. "https://{domain}/sitemap.xml"
        listing_pages=[],
        article_url=None,  # a regex an article's path matches
    )
    selectors = Selectors(
        title=[],  # TODO: the headline, e.g. "h1.article-title"
        lead=[],  # TODO: the standfirst, if the site has one
        body=[],  # TODO: the element holding the article's paragraphs
        published=[],  # TODO: the element (or <time datetime>) with the publication time
        author=[],
        figure=["figure"],
        caption=["figcaption"],
    )
    chrome = ChromeRules(
        html_remove=[],  # TODO: related lists, share bars, comment forms inside the body
        stop_lines=[],  # text lines after which only chrome follows
    )
    recognition = Recognition(patterns={{}})  # regexes that identify this site's text dumps
'''

PACKAGE = '''"""The {name} news source: the plugin class (see README.md beside this file)."""

from extractors.sources.{name}.plugin import {class_name}

__all__ = ["{class_name}"]
'''

README = '''# {title} ({domain})

The `{name}` plugin (`plugin.py`, class `{class_name}`).

## Outlet
TODO: who publishes it, in which language, and which of its sections this plugin reads.

## URL shapes
TODO: what an article's address looks like (the `discovery.article_url` regex), and where
new articles are announced (feeds, sitemaps, listing pages).

## Selectors and how each was confirmed
| field | selectors | confirmed on |
|---|---|---|
| title | TODO | TODO: a saved real page, a public scraper, or a guess still to check |
| lead | TODO | |
| body | TODO | |
| published | TODO | |
| author | TODO | |
| figure / caption | `figure` / `figcaption` | |

## Chrome
TODO: what the site prints around and inside the article (related lists, share bars, comment
forms, "follow us" lines, end markers) and which rule removes each.

## Seen on real pages
TODO: what real pages of the site showed that the samples do not (they are pages we wrote).

## Samples
`samples/` holds pages written for this project in the site's structure, each with an
`.expected.json`; the shared contract test (`tests/extractors/test_plugin_contract.py`)
wants at least three pages and a plain-text dump.
'''

FIXTURE = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Example headline of {domain}</title>
<link rel="canonical" href="https://{domain}/news/example-article-1001.html">
<meta property="og:title" content="Example headline of {domain}">
</head>
<body>
<header><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></nav></header>
<main class="page">
  <article class="story">
    <h1 class="story-headline">Example headline of {domain}</h1>
    <time class="story-time" datetime="2025-11-24T09:30:00+07:00">24/11/2025 09:30</time>
    <p class="story-lead">The lead paragraph of the example article, which replaces a real saved page of the site.</p>
    <div class="story-share"><a href="#">Share</a> <a href="#">Print</a></div>
    <div class="story-body">
      <p>The first paragraph of the body says what happened, and more than 20 people read it.</p>
      <figure><img src="/images/example.jpg" alt=""><figcaption>A caption under the photo. (Photo: Example Agency)</figcaption></figure>
      <p>The second paragraph ends the article.</p>
      <div class="story-related"><h3>Related news</h3><ul><li><a href="/news/other-1000.html">Another story</a></li></ul></div>
    </div>
  </article>
</main>
<footer>Copyright</footer>
</body>
</html>
'''

TEST = '''"""The {name} plugin on its fixture page: passes once the selectors are filled in."""

import json
from pathlib import Path

from extractors.sources.{name} import {class_name}

FIXTURES = Path(__file__).resolve().parents[1] / "samples"


def test_{name}_plugin_reads_its_fixture_page():
    for expected_file in sorted(FIXTURES.glob("*.expected.json")):
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        page = expected_file.with_name(expected_file.name.replace(".expected.json", ".html"))
        article = {class_name}().clean_html(page.read_text(encoding="utf-8"), url=expected["url"])
        assert article.title == expected["title"]
        text = "\\n".join(article.paragraphs)
        for snippet in expected["with"]:
            assert snippet in text, f"missing from the body: {{snippet!r}}"
        for chrome in expected["without"]:
            assert chrome not in article.paragraphs, f"chrome left in the body: {{chrome!r}}"
        assert article.published_at is not None and article.published_at.isoformat() == expected["published_at"]
        assert [(i.caption, i.credit) for i in article.images] == [(i["caption"], i["credit"]) for i in expected["images"]]
'''


@dataclass
class Scaffold:
    package: Path
    module: Path
    readme: Path
    fixture: Path
    expectations: Path
    test: Path


def class_name_for(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Source"


def scaffold_source(root: Path, name: str, domain: str, title: str | None = None) -> Scaffold:
    if not NAME.match(name):
        raise ValueError(f"source name {name!r}: use lower-case letters, digits and _ (2-40 characters)")
    domain = domain.lower().removeprefix("https://").removeprefix("http://").strip("/")
    if not DOMAIN.match(domain):
        raise ValueError(f"{domain!r} is not a domain name")
    pyproject = root / "pyproject.toml"
    if not pyproject.exists() or ENTRY_POINT_GROUP not in pyproject.read_text(encoding="utf-8"):
        raise ValueError(f"{root} is not a newsledger project (no {ENTRY_POINT_GROUP} in pyproject.toml)")
    folder = root / "extractors" / "sources" / name
    if folder.exists():
        raise ValueError(f"would overwrite {folder}")
    files = Scaffold(
        package=folder / "__init__.py",
        module=folder / "plugin.py",
        readme=folder / "README.md",
        fixture=folder / "samples" / "example-article.html",
        expectations=folder / "samples" / "example-article.expected.json",
        test=folder / "tests" / f"test_{name}.py",
    )
    fields = {"name": name, "domain": domain, "title": title or domain, "class_name": class_name_for(name)}
    for parent in {files.fixture.parent, files.test.parent}:
        parent.mkdir(parents=True)
    for path, template in ((files.package, PACKAGE), (files.module, PLUGIN), (files.readme, README), (files.fixture, FIXTURE), (files.test, TEST)):
        path.write_text(template.format(**fields), encoding="utf-8")
    expected = {
        "source": name,
        "url": f"https://{domain}/news/example-article-1001.html",
        "title": f"Example headline of {domain}",
        "published_at": "2025-11-24T09:30:00+07:00",
        "author": None,
        "with": ["The lead paragraph of the example article", "The second paragraph ends the article."],
        "without": ["Share", "Related news", "Another story", "Home"],
        "images": [{"caption": "A caption under the photo.", "credit": "Example Agency"}],
    }
    files.expectations.write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    text = pyproject.read_text(encoding="utf-8")
    line = f'{name} = "extractors.sources.{name}:{fields["class_name"]}"'
    pyproject.write_text(text.replace(ENTRY_POINT_GROUP, f"{ENTRY_POINT_GROUP}\n{line}", 1), encoding="utf-8")
    return files
