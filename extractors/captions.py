"""Photo captions and their credits.

Credits are printed in many forms, at the end of the caption: "(Photo: Bao Chi)",
"(Source: X)", "Photo: VNA", "Photos: Thanh Hai/The Hanoi Times |", "__Photo: Tran Hai/VNA",
"Photo by Reuters/Lee.", "Photo courtesy of X", "– VNA/VNS Photo Minh Đức", "— Photo site.vn".
"""

from __future__ import annotations

import re

_LABEL = r"(?:photos?|ảnh|source|nguồn|image|file\s+photo|photo\s+credit|illustration(?:\s+photo)?)"
_CREDIT_TEXT = r"(?P<credit>[^\s.|()\[\]](?:[^|()\[\]]{0,58}[^\s.|()\[\]])?)"
CREDIT = re.compile(
    rf"\s*[\(\[]\s*{_LABEL}\s*(?:by\s*)?(?::|\s+by\b|\s+of\b)\s*(?P<credit>[^)\]]+?)\s*[\)\]]\s*\.?\s*\|?\s*$",
    re.I,
)
TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.!?”\"’)])|_)\s*(?:[–—-]\s*|_+\s*|\|\s*)?"
    rf"(?:{_LABEL}\s*:|photos?\s+by\b\s*:?|(?:photo\s+)?courtesy\s+(?:of\s+)?)\s*{_CREDIT_TEXT}\s*\.?\s*\|?\s*$",
    re.I,
)
# "– VNA/VNS Photo Minh Đức", "— VNA/VNS Photo", "— Photo somesite.vn": the credit after a dash
DASHED_CREDIT = re.compile(
    r"\s+[–—-]\s*(?P<credit>(?:[A-Z][\w.]*(?:/[A-Z][\w.]*)*\s+)?Photos?\b(?:\s+[^\s.|][^|]{0,48}?)?)\s*\.?\s*\|?\s*$"
)
PHOTO_WORD = re.compile(r"\s*\bPhotos?\b\s*")
MAX_CREDIT_WORDS = 8
CREDIT_HINTS = (":", "photo", "Photo", "PHOTO", "courtesy", "Courtesy")


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """'Delegates at the event. (Photo: Bao Chi)' -> ('Delegates at the event.', 'Bao Chi')."""
    text = caption.strip()
    if not any(hint in text for hint in CREDIT_HINTS):  # most lines read are body text
        return (text or None), None
    for pattern in (CREDIT, TRAILING_CREDIT, DASHED_CREDIT):
        match = pattern.search(text)
        if match:
            credit = match.group("credit").strip(" .|")
            if pattern is DASHED_CREDIT:
                # "VNA/VNS Photo Minh Đức" credits the photographer, "VNA/VNS Photo" the agency
                agency, photographer = PHOTO_WORD.split(credit, maxsplit=1)
                credit = photographer.strip() or agency.strip()
            if pattern is TRAILING_CREDIT:
                credit = re.sub(r"(?i)^the\s+", "", credit)  # "Photo by the X News Agency" credits the agency
            if not credit or len(credit.split()) > MAX_CREDIT_WORDS:
                continue
            rest = text[: match.start()].strip().rstrip("|_").strip()
            return (rest or None), credit
    return (text or None), None
