"""Date arithmetic that stays inside the calendar Python can represent (years 1 to 9999).

Text can name any number ("999999999 days ago", "the year 10000") and a story can be dated
Dec. 31, 9999; plain `date + timedelta` then raises OverflowError. These helpers answer None
(or, for the bounds of a window, the nearest representable day) instead.
"""

from __future__ import annotations

from datetime import date, timedelta

FIRST = date.min  # 0001-01-01
LAST = date.max  # 9999-12-31
_FIRST_ORDINAL, _LAST_ORDINAL = FIRST.toordinal(), LAST.toordinal()


def add_days(day: date, days: int) -> date | None:
    """`day` moved by `days` (negative: back), or None when that leaves the calendar."""
    ordinal = day.toordinal() + days
    return date.fromordinal(ordinal) if _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL else None


def clamp_days(day: date, days: int) -> date:
    """`day` moved by `days`, stopped at Jan. 1 of year 1 or Dec. 31, 9999: the bound of a window
    ("within 60 days of the story") that reaches past the end of the calendar."""
    ordinal = day.toordinal() + max(-LAST.toordinal(), min(days, LAST.toordinal()))
    return date.fromordinal(max(FIRST.toordinal(), min(ordinal, LAST.toordinal())))


def clamp_delta(day: date, delta: timedelta) -> date:
    """`clamp_days` for a timedelta (whole days count)."""
    return clamp_days(day, delta.days)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is none (Feb. 30, month 13, year 0 or 10000)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_years(day: date, years: int) -> date | None:
    """`day` moved by whole years (Feb. 29 becomes Feb. 28 in a common year), or None outside the
    calendar."""
    year = day.year + years
    if not FIRST.year <= year <= LAST.year:
        return None
    return safe_date(year, day.month, day.day) or date(year, day.month, 28)
