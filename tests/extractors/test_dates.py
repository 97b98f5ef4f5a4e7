"""Printed dates read as aware datetimes: a zone abbreviation or a printed offset is read
with its zone, a date with no zone (or a word that only looks like one) is Vietnam time."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest

from extractors.dates import parse_date


@pytest.mark.parametrize(
    ("printed", "hours_east"),
    [
        ("October 15, 2025 4:18 PM EST", -5),
        ("Oct 15, 2025 10:00 EDT", -4),
        ("15 Oct 2025 09:00 CST", -6),
        ("2025-10-15 08:00 PST", -8),
        ("2025-07-15 08:00 PDT", -7),
        ("Wed, 15 Oct 2025 14:00:00 GMT", 0),
        ("15/10/2025 10:00 UTC", 0),
        ("2025-10-15T14:00:00Z", 0),
        ("15.10.2025 14:00 CET", 1),
        ("15.07.2025 14:00 CEST", 2),
        ("15 July 2025 10:00 BST", 1),
        ("15/10/2025 10:00 ICT", 7),
        ("October 15, 2025 4:18 PM GMT+7", 7),
        ("15/10/2025 10:00 (GMT+07:00)", 7),
        ("Tuesday 10:00 GMT +7 14/10/2025", 7),
        ("15/10/2025 10:00 UTC-5", -5),
        ("15/10/2025 10:00 GMT+5:30", 5.5),
        ("2025-10-15T10:00:00+02:00", 2),
        ("Thứ Ba, 22:35, 14/10/2025", 7),
        ("15/10/2025 10:00 ZZ", 7),  # not a zone: the default one, and no warning
    ],
)
def test_a_zone_is_read_with_its_offset(printed, hours_east):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil's UnknownTimezoneWarning would fail here
        parsed = parse_date(printed)
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=hours_east)


def test_the_clock_time_is_kept_in_its_own_zone():
    parsed = parse_date("October 15, 2025 4:18 PM EST")
    assert (parsed.day, parsed.hour, parsed.minute) == (15, 16, 18)
    assert parsed.astimezone(parse_date("15/10/2025 10:00 UTC").tzinfo).hour == 21
