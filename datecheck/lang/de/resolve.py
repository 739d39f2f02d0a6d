"""German words the resolver reads around a mention, and the notes it writes on one."""

from __future__ import annotations

import re

from .words import MONTH_NAMES, WEEKDAYS

PRESENT_REFS = frozenset({"jetzt", "derzeit", "zurzeit", "zur zeit", "momentan", "gegenwärtig", "heutzutage", "nun",
                          "aktuell", "zur stunde", "gegenwart", "heutigen",
                          "im moment"})
FUTURE_REFS = frozenset({"demnächst", "bald", "künftig", "zukunft", "in zukunft"})

#: "heute" stating how things are now ("Heute ist das Land reicher", "bis heute"): the present, not
#: the day of the story, in a clause that neither reports nor plans. In German news copy it reads so
#: more often than as the day (KRAUTS marks it PRESENT_REF three times in four).
NOWADAYS = frozenset({"heute"})
#: After "heute", what makes it the day: a clock time or a weekday ("heute um 20 Uhr", "heute, Montag").
DAY_CUE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:um|ab|bis)[ \t]+)?[0-9]|[ \t]*(?:,[ \t]*)?(?:" + "|".join(WEEKDAYS) + ")"
)
#: A today-word between an article and what it qualifies: none read so, as German "der heute" opens
#: relative clauses too ("der Vertrag, der heute unterzeichnet wurde").
TODAY_WORDS: frozenset[str] = frozenset()
ARTICLES_BEFORE_NOW: frozenset[str] = frozenset()
#: The tenses of a clause in which "heute" is the present: none read, or the present.
NOWADAYS_TENSES = frozenset({"unknown", "present"})
#: Words before "heute" that keep it the day: none read.
DAY_CUE_BEFORE: frozenset[str] = frozenset()

#: What joins two months written as a span, the year after the second ("febrero y abril de 2003").
MONTH_SPAN_JOINERS = frozenset({"und", "bis"})
#: A month named alone in the present: read as with no tense (the nearer one behind).
PRESENT_MONTH_THIS_YEAR = False
#: Whether a day said with its part ("tonight") carries it in its TIMEX3 value ("2024-09-18TNI"):
#: not here, the value is the day.
PART_OF_DAY_IN_VALUE = False
#: "im gleichen Zeitraum 2023": the period the story reports on, in the year written.
SAME_PERIOD_IN_YEAR_WRITTEN = True
#: Whether a weekday or a weekend in a clause in the present is the coming one: not here (the
#: present is as often a report: "the weekend is over").
PRESENT_LOOKS_AHEAD = False

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


def long_year(year: int) -> str:
    return f"{year} hat eine Ziffer zu viel für ein Jahr"


def no_day(day: int) -> str:
    return f"kein Monat hat einen {day}. Tag"


def numeric_read_as(order: str) -> str:
    return f"Datum in Ziffern gelesen als {order}"


YEAR_INFERRED = "Jahr aus dem Bezugsdatum erschlossen"


def no_holiday(holiday: str, country: str) -> str:
    return f"{holiday} steht nicht im Kalender von {country}"
