"""Dates as the outlets print them, read as timezone-aware datetimes.

Vietnamese outlets print Vietnam time (UTC+7, no daylight saving), day before month,
often behind a Vietnamese weekday: "Thứ Ba, 22:35, 26/08/2025", "09:53 03/02/2025",
"October 15, 2025 4:18 PM GMT+7". A date without a zone is taken as Vietnam time. A zone
printed as an abbreviation ("10:30 a.m. EST", "14:05 CEST") is read with its offset: an
abbreviation names standard or summer time itself, so each maps to one fixed offset.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from dateutil import tz

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
VIETNAMESE_WEEKDAY = re.compile(r"(?i)\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b,?")
NOISE = re.compile(r"[|•·]|(?i:\b(updated|posted|published|cập nhật)\b:?)")
GMT_OFFSET = re.compile(r"(?i)\b(GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Hours east of UTC. CST is the United States' Central time (as English-language news prints
# it), IST India's; the other zones of those names are rarely printed by abbreviation.
ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5,
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "PHT": 8, "MYT": 8, "AWST": 8, "JST": 9, "KST": 9,
    "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}


def zone_of(name: str | None, offset: int | None) -> tz.tzoffset | None:
    """dateutil's `tzinfos`: a known abbreviation or a printed offset; None (the default
    zone) for a word that only looked like a zone name."""
    if name and name.upper() in ZONE_ABBREVIATIONS:
        return tz.tzoffset(name.upper(), round(ZONE_ABBREVIATIONS[name.upper()] * 3600))
    if offset is not None:
        return tz.tzoffset(name, offset)
    return None


def parse_date(text: str | None, default_tz: ZoneInfo = VIETNAM) -> datetime | None:
    """Read a printed or ISO date; None when there is no date in it."""
    if not text:
        return None
    cleaned = NOISE.sub(" ", VIETNAMESE_WEEKDAY.sub(" ", text))
    cleaned = GMT_OFFSET.sub(lambda m: f" {m.group(2)}{int(m.group(3)):02d}:{m.group(4) or '00'}", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,")
    if not re.search(r"\d", cleaned):
        return None
    try:
        parsed = date_parser.parse(cleaned, dayfirst=not ISO_DATE.match(cleaned), fuzzy=True, tzinfos=zone_of)
    except (ValueError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=default_tz)
    if parsed.year < 1900 or parsed > datetime.now(timezone.utc) + timedelta(days=2):
        return None  # a typo, a placeholder or a number that only looked like a date
    return parsed
