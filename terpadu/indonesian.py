"""Bahasa Indonesia for dates, written one way everywhere on the site."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(day: dt.date, weekday: bool = False) -> str:
    """``28 Maret 2023`` (or ``Selasa, 28 Maret 2023``)."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]}, {text}" if weekday else text

# Month names as old sites write them (Indonesian and English, full and short; a few
# sites' own abbreviations such as "Agt"/"Ags"), lower-case -> month number.
MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTHS, start=1)},
    **{
        name.lower(): i
        for i, name in enumerate(
            ("January", "February", "March", "April", "May", "June",
             "July", "August", "September", "October", "November", "December"),
            start=1,
        )
    },
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "nop": 11, "nopember": 11, "des": 12, "dec": 12,
}

# Weekday names (Indonesian and English) that precede dates and carry no information.
DAY_NAMES: frozenset[str] = frozenset(
    [d.lower() for d in DAYS]
    + ["jum'at", "ahad", "monday", "tuesday", "wednesday", "thursday", "friday",
       "saturday", "sunday", "sen", "sel", "rab", "kam", "jum", "sab", "min"]
)

# Indonesian time zones written after times ("14:05 WIB").
TIME_ZONES: frozenset[str] = frozenset({"wib", "wita", "wit"})
