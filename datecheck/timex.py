"""Calendar arithmetic and TIMEX3 value strings: days, weeks, months, quarters, seasons, decades."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .calendar_math import clamp_days
from .model import Interval

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


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


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_years(day: date, years: int) -> date:
    """`day` moved by whole years; Feb. 29 becomes Feb. 28 in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
