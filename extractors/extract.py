"""Page in, typed records out: the pure entry point of cleaning and extraction."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from extractors.errors import NoArticle, UnreadableInput
from extractors.models import Extraction
from extractors.plugin import SourcePlugin
from extractors.records import extract_records
from extractors.registry import get_source, recognise

EXTRACTOR_VERSION = "0.1.0"
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|div|p)\b", re.I | re.S)
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b")


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def decode(content: bytes, declared: str | None = None) -> str:
    """Bytes to text. Valid UTF-8 wins (pages often declare a charset they do not use);
    then the charset the server or the page declares, if the bytes fit it; then detection."""
    if content.startswith(BINARY_SIGNATURES) or b"\x00" in content[:4096]:
        raise UnreadableInput("binary content, not a page or a text dump")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    meta = META_CHARSET.search(content[:4096])
    for charset in (declared, meta.group(1).decode("ascii", "ignore") if meta else None):
        if charset and charset.lower().replace("_", "-") not in {"utf-8", "utf8"}:
            try:
                return content.decode(charset)
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(content).best()
    if best is None:
        raise UnreadableInput("undecodable bytes: no charset fits")
    return str(best)


def is_html(text: str, filename: str | None = None) -> bool:
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(HTML_START.match(text[:2048]))


def extract(
    content: bytes | str,
    *,
    url: str | None = None,
    filename: str | None = None,
    source: str | SourcePlugin | None = None,
    charset: str | None = None,
) -> Extraction:
    """Clean a page or text dump with its outlet's plugin and extract its records."""
    text = decode(content, charset) if isinstance(content, bytes) else content
    if not text.strip():
        raise NoArticle("empty input")
    plugin = get_source(source) if isinstance(source, str) else source or recognise(text, url)
    article = plugin.clean_html(text, url=url) if is_html(text, filename) else plugin.clean_text(text)
    if not article.blocks:
        raise NoArticle(f"no article text found by the {plugin.name} plugin")
    return Extraction(source=plugin.name, article=article, records=extract_records(article))
