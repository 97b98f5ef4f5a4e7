"""Dates as the outlets print them, read as timezone-aware datetimes.

Vietnamese outlets print Vietnam time (UTC+7, no daylight saving), day before month,
often behind a Vietnamese weekday: "Thứ Ba, 22:35, 26/08/2025", "09:53 03/02/2025",
"October 15, 2025 4:18 PM GMT+7". A date without a zone is taken as Vietnam time.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
VIETNAMESE_WEEKDAY = re.compile(r"(?i)\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b,?")
NOISE = re.compile(r"[|•·]|(?i:\b(updated|posted|published|cập nhật)\b:?)")
GMT_OFFSET = re.compile(r"(?i)\b(GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


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
        parsed = date_parser.parse(cleaned, dayfirst=not ISO_DATE.match(cleaned), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=default_tz)
    if parsed.year < 1900 or parsed > datetime.now(timezone.utc) + timedelta(days=2):
        return None  # a typo, a placeholder or a number that only looked like a date
    return parsed
