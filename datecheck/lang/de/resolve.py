"""German words the resolver reads around a mention, and the notes it writes on one."""

from __future__ import annotations

from .words import MONTH_NAMES

PRESENT_REFS = frozenset({"jetzt", "derzeit", "zurzeit", "zur zeit", "momentan", "gegenwärtig", "heutzutage", "nun",
                          "aktuell", "zur stunde", "gegenwart", "heutigen"})
FUTURE_REFS = frozenset({"demnächst", "bald", "künftig", "zukunft", "in zukunft"})

FORWARD_ENDINGS = ("später", "danach")
PERIOD_ENDED = frozenset({"zum", "bis zum", "endete am", "abgeschlossen am"})
QUARTER_BACKGROUND = frozenset({"nach"})

POSSESSIVE = ("\x00",)
POSSESSIVE_FUTURE: frozenset[str] = frozenset()
POSSESSIVE_COPULA: frozenset[str] = frozenset()
POSSESSIVE_SCHEDULED: frozenset[str] = frozenset()

LIST_JOINER = " und "


def month_has_days(month: int, days: int) -> str:
    return f"der {MONTH_NAMES[month - 1]} hat {days} Tage"


def not_leap_year(year: int) -> str:
    return f"{year} ist kein Schaltjahr"


def no_month(month: int) -> str:
    return f"es gibt keinen Monat {month}"


def no_day(day: int) -> str:
    return f"kein Monat hat einen {day}. Tag"


def numeric_read_as(order: str) -> str:
    return f"Datum in Ziffern gelesen als {order}"


YEAR_INFERRED = "Jahr aus dem Bezugsdatum erschlossen"


def no_holiday(holiday: str, country: str) -> str:
    return f"{holiday} steht nicht im Kalender von {country}"
