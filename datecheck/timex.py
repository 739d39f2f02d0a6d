"""Calendar arithmetic and TIMEX3 value strings: days, weeks, months, quarters, seasons, decades."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from . import calendar_math
from .calendar_math import clamp_days
from .model import Interval

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Days in `month` (1-12) of `year`, for any year (the Gregorian leap rule carried on)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def week_value(day: date) -> str:
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def add_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + quarters
    return index // 4, index % 4 + 1


def day_interval(day: date) -> Interval:
    return Interval(day, day)


def month_interval(year: int, month: int) -> Interval | None:
    if not 1 <= year <= 9999:
        return None
    return Interval(date(year, month, 1), date(year, month, days_in_month(year, month)))


def year_interval(year: int) -> Interval | None:
    if not 1 <= year <= 9999:
        return None
    return Interval(date(year, 1, 1), date(year, 12, 31))


def week_interval(day: date) -> Interval:
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, clamp_days(monday, 6))  # the last week of 9999 ends with the calendar


def weekend_interval(day: date) -> Interval:
    saturday = clamp_days(day, 5 - day.weekday())
    return Interval(saturday, clamp_days(saturday, 1))


def ordinal_interval(first: int, last: int) -> Interval | None:
    """The days from ordinal `first` to `last`, None when either lies beyond the calendar."""
    if not 1 <= first <= last <= date.max.toordinal():
        return None
    return Interval(date.fromordinal(first), date.fromordinal(last))


def years_interval(first: int, last: int) -> Interval | None:
    """Jan. 1 of year `first` to Dec. 31 of year `last`, cut to the calendar (years 1 to 9999)."""
    first, last = max(first, 1), min(last, 9999)
    if first > last:
        return None
    return Interval(date(first, 1, 1), date(last, 12, 31))


def add_days(day: date, days: int) -> date | None:
    """`day` moved by `days` days; None beyond the calendar."""
    return calendar_math.add_days(day, days)


def quarter_interval(year: int, quarter: int) -> Interval | None:
    if not 1 <= year <= 9999:
        return None
    first_month = 3 * (quarter - 1) + 1
    return Interval(date(year, first_month, 1), date(year, first_month + 2, days_in_month(year, first_month + 2)))


def half_interval(year: int, half: int) -> Interval | None:
    if not 1 <= year <= 9999:
        return None
    return Interval(date(year, 1, 1), date(year, 6, 30)) if half == 1 else Interval(date(year, 7, 1), date(year, 12, 31))


def season_interval(year: int, season: str) -> Interval | None:
    if not 1 <= year < 9999:
        return None
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        return Interval(date(year, 12, 1), date(year + 1, 2, days_in_month(year + 1, 2)))
    return Interval(date(year, first, 1), date(year, last, days_in_month(year, last)))


def season_of(day: date) -> tuple[int, str]:
    """The season `day` falls in and the year that season is named by (winter by its December)."""
    month = day.month
    if month in (3, 4, 5):
        return day.year, "SP"
    if month in (6, 7, 8):
        return day.year, "SU"
    if month in (9, 10, 11):
        return day.year, "FA"
    return (day.year if month == 12 else day.year - 1), "WI"


def narrow(interval: Interval | None, modifier: str | None) -> Interval | None:
    """The part of `interval` that "early", "mid", "late", "the end of" … point at."""
    if interval is None or modifier is None:
        return interval
    length = (interval.last - interval.first).days + 1
    third = max(length // 3, 1)
    if modifier in ("EARLY", "START"):
        return Interval(interval.first, interval.first + timedelta(days=third - 1))
    if modifier in ("LATE", "END"):
        return Interval(interval.last - timedelta(days=third - 1), interval.last)
    if modifier == "MID":
        return Interval(interval.first + timedelta(days=third), interval.last - timedelta(days=third))
    return interval


safe_date = calendar_math.safe_date
#: `day` moved by whole years; Feb. 29 becomes Feb. 28 in a common year; None beyond the calendar.
shift_years = calendar_math.add_years


def years_later(interval: Interval | None, years: int) -> Interval | None:
    """The same stretch of the calendar `years` later (earlier when negative)."""
    if interval is None:
        return None
    first, last = shift_years(interval.first, years), shift_years(interval.last, years)
    return Interval(first, last) if first is not None and last is not None else None
