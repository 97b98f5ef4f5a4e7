"""Photo captions and their credits."""

from __future__ import annotations

import re

CREDIT = re.compile(
    r"\s*[\(\[]\s*(?:photo|photos|source|ảnh|nguồn|image|file photo)\s*:\s*(?P<credit>[^)\]]+?)\s*[\)\]]\s*\.?\s*$",
    re.I,
)
TRAILING_CREDIT = re.compile(r"\s*(?:—|-|–)?\s*(?:Photo|Ảnh)\s*:\s*(?P<credit>[^.]{2,60})\.?$")


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """'Delegates at the event. (Photo: Bao Chi)' -> ('Delegates at the event.', 'Bao Chi')."""
    text = caption.strip()
    if ":" not in text:  # every credit form has one; most lines read are body text
        return (text or None), None
    for pattern in (CREDIT, TRAILING_CREDIT):
        match = pattern.search(text)
        if match:
            rest = text[: match.start()].strip()
            return (rest or None), match.group("credit").strip()
    return (text or None), None
