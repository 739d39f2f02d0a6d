"""Calendar arithmetic (days, weeks, months, quarters, seasons, decades) and, at the output edge,
the TIMEX3 value string of a reading (`timex_value`)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from . import calendar_math
from .calendar_math import clamp_days
from .model import Grain, Interval, Reading, Ref

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Days in `month` (1-12) of `year`, for any year (the Gregorian leap rule carried on)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def add_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + quarters
    return index // 4, index % 4 + 1


@lru_cache(maxsize=4096)  # intervals are immutable: the same day gives the same one
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


#: `day` moved by `days` days; None beyond the calendar (the same function: no second call on the way).
add_days = calendar_math.add_days


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


def unit_interval(reading: Reading | None, interval: Interval | None) -> Interval | None:
    """The whole day, week, month, quarter or year `reading` names ("early this month": the month),
    before any early/late narrowing; `interval` (the mention's own) for any other reading. None
    for a day that does not exist or a unit beyond the calendar."""
    if reading is None:
        return interval
    year = reading.year
    if reading.ref is not None or reading.duration is not None or reading.clock is not None or year is None:
        return interval
    grain = reading.grain
    known = {Grain.DAY: reading.day, Grain.WEEK: reading.week, Grain.MONTH: reading.month,
             Grain.QUARTER: reading.quarter, Grain.YEAR: year}
    if grain not in known or known[grain] is None:
        return interval
    if not 1 <= year <= 9999:
        return None
    if grain == Grain.DAY:
        day = safe_date(year, reading.month or 0, reading.day or 0)
        return day_interval(day) if day is not None else None
    if grain == Grain.WEEK:
        return week_interval(date.fromisocalendar(year, reading.week or 1, 1))
    if grain == Grain.MONTH:
        return month_interval(year, reading.month or 1)
    if grain == Grain.QUARTER:
        return quarter_interval(year, reading.quarter or 1)
    return year_interval(year)


# --- TIMEX3 values, for output ----------------------------------------------------------------

_REFS = {Ref.PRESENT: "PRESENT_REF", Ref.PAST: "PAST_REF", Ref.FUTURE: "FUTURE_REF"}
#: Duration units TIMEX3 writes otherwise than by their first letter: (letters, value when vague).
_DURATION_LETTERS = {"decade": ("0Y", "PXDE"), "century": ("00Y", "PXCE"), "quarter": ("Q", None), "weekend": ("WE", None)}


@lru_cache(maxsize=4096)  # readings are immutable and repeat (the same day, the same year)
def timex_value(reading: Reading | None) -> str:
    """The TIMEX3 value of a reading, X for what is not known: "2024-12-03", "2024-W49-WE",
    "XXXX-07", "1998-Q3", "2024-SU", "198", "PRESENT_REF", "P3D"; "" for no reading. The one
    place datecheck writes TIMEX3 values: for output (extract, reports, evaluation), never read back."""
    if reading is None:
        return ""
    if reading.ref is not None:
        return _REFS[reading.ref]
    if reading.duration is not None:
        return _duration(*reading.duration)
    writer = _WRITERS.get(reading.grain)
    return writer(reading) if writer is not None else ""


def _day(r: Reading) -> str:
    if r.year is not None and r.month is not None and r.day is not None and r.clock is None:
        return f"{r.year:04d}-{r.month:02d}-{r.day:02d}"  # the common case, written directly
    value = f"{_number(r.year, 4)}-{_number(r.month, 2)}-{_number(r.day, 2)}"
    return value + (f"T{r.clock[0]:02d}:{r.clock[1]:02d}" if r.clock else "")


def _week(r: Reading) -> str:
    if r.weekday is not None:
        return f"{_number(r.year, 4)}-WXX-{r.weekday + 1}"
    return f"{_number(r.year, 4)}-W{_number(r.week, 2)}" + ("-WE" if r.grain == Grain.WEEKEND else "")


_WRITERS = {
    Grain.DAY: _day,
    Grain.WEEK: _week,
    Grain.WEEKEND: _week,
    Grain.MONTH: lambda r: f"{_number(r.year, 4)}-{_number(r.month, 2)}",
    Grain.QUARTER: lambda r: f"{_number(r.year, 4)}-Q{_number(r.quarter, 1)}",
    Grain.HALF: lambda r: f"{_number(r.year, 4)}-H{_number(r.half, 1)}",
    Grain.SEASON: lambda r: f"{_number(r.year, 4)}-{r.season}",
    Grain.YEAR: lambda r: _number(r.year, 4),
    Grain.DECADE: lambda r: _number(r.decade, 3),
    Grain.CENTURY: lambda r: _number(r.century, 2),
}


def _number(number: int | None, digits: int) -> str:
    """`number` zero-padded to `digits`, or X as many times when it is not known."""
    return "X" * digits if number is None else f"{number:0{digits}d}"


def _duration(unit: str, amount: int | None) -> str:
    """ "P3D", "PT2H", "P20Y" for two decades, "PXY" when the amount is vague."""
    n = "X" if amount is None else str(amount)
    if unit in ("hour", "minute", "second"):
        return f"PT{n}{unit[0].upper()}"
    if unit in _DURATION_LETTERS:
        letters, vague = _DURATION_LETTERS[unit]
        return vague if n == "X" and vague else f"P{n}{letters}"
    return f"P{n}{unit[0].upper()}"
