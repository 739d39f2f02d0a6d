"""Calendar dates written in less common forms: a day and month in digits after a weekday
("Friday, 28/11"), a year typed with a digit too many ("March 20025"), a day spelled out ("the
ninth of July", "April twenty-first")."""

from __future__ import annotations

import re

from ..model import Stated
from .calendar import _day, _month_ok
from .context import Context, Handler, plural


def _day_month_numeric(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """A day and month in digits without a year ("Friday, 28/11"), read only right after a weekday:
    alone, "28/11" is as often a score or a fraction."""
    previous = c.out[-1] if c.out else None
    if previous is None or previous.kind != "weekday" or previous.rel is not None:
        return
    if s - previous.end > 3 or c.low[previous.end:s].strip(" \t,") or (s > 0 and c.low[s - 1].isdigit()):
        return
    a, b = int(m.group("a")), int(m.group("b"))
    if a == 0 or b == 0 or (a > 12 and b > 12) or a > 31 or b > 31:
        return
    order = "DMY" if a > 12 else "MDY" if b > 12 or a == b else "AMBIGUOUS"
    month, day = (b, a) if order == "DMY" else (a, b)
    c.add(s, e, "calendar", Stated(month=month, day=day, numeric_order=order))


def _long_year(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"March 20025", "Oct. 3, 20025": a year typed with a digit too many."""
    if not _month_ok(c, m, "m", True) or not c.month_cased(m.start("m")):
        return
    day = _day(m.group("d")) if m.group("d") else None
    after = c.word_after(e)
    if day == 0 or after.lower() in c.cues.MEASURE_NOUNS or after.islower() and plural(c, after.lower()):
        return  # "May 20000 fans": a count
    c.add(s, e, "calendar", Stated(year=int(m.group("y")), month=c.month(m.group("m")), day=day))


def _spelled_day(c: Context, m: re.Match[str], s: int, e: int) -> None:
    """"the ninth of July", "April twenty-first, 2024": a day of the month spelled out."""
    month = "m" if m.group("m") else "m2"
    if not _month_ok(c, m, month, True) or not c.month_cased(m.start(month)):
        return
    if c.word_after(e).lower() in c.cues.NOT_SPELLED_DAY_AFTER or c.names_a_place(s):
        return  # "April second quarter"; "la calle del dos de mayo" names a street
    ds = "ds" if m.group("ds") else "ds2"
    if not c.words.MONTHS_CAPITALIZED and c.capitalized(m.start(ds)) and not c.sentence_start(m.start(ds)):
        return  # "del Primero de Mayo", "el Dos de Mayo": a holiday's or a place's name, where days are lower case
    day = c.words.DAY_ORDINALS[" ".join(m.group(ds).split())]
    year = m.group("y") or m.group("y2")
    c.add(s, e, "calendar", Stated(year=int(year) if year else None, month=c.month(m.group(month)), day=day))


HANDLERS: dict[str, Handler] = {
    "day_month_numeric": _day_month_numeric,
    "long_year": _long_year,
    "spelled_day": _spelled_day,
}
