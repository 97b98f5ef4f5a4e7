"""Page in, typed records out: the pure entry point of cleaning and extraction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

from extractors.errors import LayoutChanged, NoArticle, TooLarge, UnreadableInput
from extractors.generic import Generic
from extractors.models import Article, Extraction
from extractors.plugin import SourcePlugin
from extractors.records import extract_records
from extractors.registry import get_source, recognise

EXTRACTOR_VERSION = "0.1.0"
MAX_INPUT_BYTES = 8 * 1024 * 1024  # the largest real article pages seen are under 1 MB
# A page opens with a tag: its doctype, an XML prologue, or (from a CMS that printed its PHP
# warnings or an ad loader's <script> above the doctype) any element; a text dump never does.
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|\?xml\b|[a-z][a-z0-9]*[\s/>])", re.I | re.S)
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b")


MAX_REPLACED_SHARE = 0.05
LEGACY_CHARSET = "cp1258"  # Vietnamese text that is not UTF-8 is most often Windows-1258
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def decode(content: bytes, declared: str | None = None) -> str:
    """Bytes to text in NFC (Vietnamese text often arrives with combining tone marks)."""
    return unicodedata.normalize("NFC", _decode(content, declared))


def _decode(content: bytes, declared: str | None) -> str:
    """Valid UTF-8 wins (pages often declare a charset they do not use), or UTF-8 with a few
    stray bytes when it is the declared charset; then the charset the server or the page
    declares, if the bytes fit it; then detection."""
    if content.startswith(BINARY_SIGNATURES) or b"\x00" in content[:4096]:
        raise UnreadableInput("binary content, not a page or a text dump")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    meta = META_CHARSET.search(content[:4096])
    charsets = [c for c in (declared, meta.group(1).decode("ascii", "ignore") if meta else None) if c]
    if any(c.lower().replace("_", "-") in {"utf-8", "utf8"} for c in charsets):
        # a UTF-8 page with a stray byte (a teaser cut in the middle of a character): the
        # whole page in another charset would garble every letter outside ASCII
        text = content.decode("utf-8-sig", errors="replace")
        outside_ascii = sum(1 for c in text if ord(c) > 127)
        if text.count("\ufffd") <= outside_ascii * MAX_REPLACED_SHARE:
            return text
    for charset in charsets:
        if charset.lower().replace("_", "-") not in {"utf-8", "utf8"}:
            try:
                return content.decode(charset)
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(content).best()
    if best is not None:
        return str(best)
    # mixed encodings: UTF-8 lines as they are, the other lines decoded together
    lines = content.split(b"\n")
    foreign = [n for n, line in enumerate(lines) if not _is_utf8(line)]
    rest = b"\n".join(lines[n] for n in foreign)
    guess = _decode_as(rest, declared or LEGACY_CHARSET) or _decode_as(rest, LEGACY_CHARSET) or from_bytes(rest).best()
    decoded = [line.decode("utf-8") if n not in foreign else "" for n, line in enumerate(lines)]
    if guess is not None:
        for n, text in zip(foreign, str(guess).split("\n")):
            decoded[n] = text
    else:
        for n in foreign:
            decoded[n] = lines[n].decode("utf-8", errors="replace")
    text = "\n".join(decoded)
    if text.count("\ufffd") > len(text) * MAX_REPLACED_SHARE:
        raise UnreadableInput("undecodable bytes: no charset fits")
    return text


def _decode_as(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def is_html(text: str, filename: str | None = None) -> bool:
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(HTML_START.match(text[:2048]))


@dataclass(frozen=True)
class Fallback:
    """Why the generic extractor read a page meant for an outlet's plugin."""

    plugin: str
    reason: str


@dataclass(frozen=True)
class Extracted:
    """One page's extraction and what produced it: the plugin's version, whether the page
    was read as HTML or as a text dump (the plugin's name is `extraction.source`), and
    whether the generic extractor stood in for the outlet's plugin."""

    extraction: Extraction
    plugin_version: str
    media_type: Literal["html", "text"]
    fallback: Fallback | None = None


def extract(
    content: bytes | str,
    *,
    url: str | None = None,
    filename: str | None = None,
    source: str | SourcePlugin | None = None,
    charset: str | None = None,
) -> Extracted:
    """Clean a page or text dump with its outlet's plugin and extract its records."""
    size = len(content)
    if size > MAX_INPUT_BYTES:
        raise TooLarge(f"{size} bytes is over the {MAX_INPUT_BYTES} byte cap for one page")
    text = decode(content, charset) if isinstance(content, bytes) else content
    if not text.strip():
        raise NoArticle("empty input")
    plugin = get_source(source) if isinstance(source, str) else source or recognise(text, url)
    fallback = None
    html = is_html(text, filename)
    if not html:
        article = plugin.clean_text(text)
    else:
        try:
            article = plugin.clean_html(text, url=url)
        except LayoutChanged as change:
            fallback = Fallback(plugin=plugin.name, reason=str(change))
            plugin, article = read_generically(text, url, fallback)
    if not article.blocks and (html or not article.images):
        # a dump of a photo story may hold nothing but its captions: still an article
        raise NoArticle(f"no article text found by the {plugin.name} plugin")
    extraction = Extraction(source=plugin.name, article=article, records=extract_records(article))
    return Extracted(extraction, plugin.version, "html" if html else "text", fallback)


def read_generically(html: str, url: str | None, fallback: Fallback) -> tuple[SourcePlugin, Article]:
    """A known outlet's page that its plugin no longer reads is still an article, if the
    generic extractor finds its headline: a page of an outlet without one is chrome."""
    generic = get_source(Generic.name)
    article = generic.clean_html(html, url=url)
    if not article.title:
        raise NoArticle(f"{fallback.reason}, and the generic extractor found no headline")
    return generic, article
