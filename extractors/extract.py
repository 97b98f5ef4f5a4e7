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


def decode(content: bytes) -> str:
    """Bytes to text: UTF-8 when valid, else the most likely charset."""
    if content.startswith(BINARY_SIGNATURES) or b"\x00" in content[:4096]:
        raise UnreadableInput("binary content, not a page or a text dump")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(content).best()
        if best is None:
            raise UnreadableInput("undecodable bytes: no charset fits") from None
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
) -> Extraction:
    """Clean a page or text dump with its outlet's plugin and extract its records."""
    text = decode(content) if isinstance(content, bytes) else content
    if not text.strip():
        raise NoArticle("empty input")
    plugin = get_source(source) if isinstance(source, str) else source or recognise(text, url)
    article = plugin.clean_html(text, url=url) if is_html(text, filename) else plugin.clean_text(text)
    if not article.blocks:
        raise NoArticle(f"no article text found by the {plugin.name} plugin")
    return Extraction(source=plugin.name, article=article, records=extract_records(article))
