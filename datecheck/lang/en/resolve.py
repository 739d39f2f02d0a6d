"""English words the resolver reads around a mention (the mentions themselves carry no words)."""

from __future__ import annotations

import re

from .words import MONTH_NAMES

#: "now", "currently": the present; "soon", "the future": ahead; any other reference word: the past
PRESENT_REFS = frozenset({"now", "right now", "currently", "nowadays", "these days", "the present", "at present", "presently"})
FUTURE_REFS = frozenset({
    "soon", "the future", "the near future", "the distant future", "the immediate future", "the near term", "the short term",
})

#: A today-word that in a clause stating how things are means the present: none.
NOWADAYS: frozenset[str] = frozenset()
DAY_CUE_AFTER = re.compile("\x00")
#: The tenses of a clause in which a today-word is the present, and the words before it that keep it
#: the day: none read in English.
NOWADAYS_TENSES: frozenset[str] = frozenset()
DAY_CUE_BEFORE: frozenset[str] = frozenset()
TODAY_WORDS: frozenset[str] = frozenset()
ARTICLES_BEFORE_NOW: frozenset[str] = frozenset()

#: A vague shift ending so looks ahead: "a few years later", "some weeks from now".
#: What joins two months written as a span, the year after the second: English reads "between
#: February and October 1986" with the first month placed on its own for now.
MONTH_SPAN_JOINERS: frozenset[str] = frozenset()
#: A month named alone in the present: read as with no tense (the nearer one behind).
PRESENT_MONTH_THIS_YEAR = False
#: Whether a day said with its part ("tonight") carries it in its TIMEX3 value ("2024-09-18TNI"):
#: not here, the value is the day.
PART_OF_DAY_IN_VALUE = False
#: "the same period of 1985": the period reported on, in the year written (True), or as it is
#: (False: English news writes a fiscal year there as often, "the same period of 1985/86").
SAME_PERIOD_IN_YEAR_WRITTEN = False
#: Whether a weekday or a weekend in a clause in the present is the coming one: not here (the
#: present is as often a report: "the weekend is over").
PRESENT_LOOKS_AHEAD = False

FORWARD_ENDINGS = ("later", "from now", "hence", "after")

#: What joins a period to the day it ended: "the fourth quarter ended Sept. 30".
PERIOD_ENDED = frozenset({"ended", "ending", "that ended", "which ended"})

#: Words in the three before a quarter that make it background: "After a flat second quarter, ...".
QUARTER_BACKGROUND = frozenset({"after", "following"})

#: A possessive weekday ("Friday's game") looks ahead when followed by one of these.
POSSESSIVE = ("'s ", "\u2019s ")
POSSESSIVE_FUTURE = frozenset({"will"})
POSSESSIVE_COPULA = frozenset({"is"})
POSSESSIVE_SCHEDULED = frozenset({"set", "scheduled", "expected", "slated"})

#: Months in a list run on from each other when joined by a comma or by this word.
LIST_JOINER = " and "



def month_has_days(month: int, days: int) -> str:
    return f"{MONTH_NAMES[month - 1]} has {days} days"


def not_leap_year(year: int) -> str:
    return f"{year} is not a leap year"


def no_month(month: int) -> str:
    return f"there is no month {month}"


def long_year(year: int) -> str:
    return f"{year} has a digit too many for a year"


def no_day(day: int) -> str:
    return f"no month has a day {day}"


def numeric_read_as(order: str) -> str:
    return f"numeric date read as {order}"


YEAR_INFERRED = "year inferred from the anchor date"


def no_holiday(holiday: str, country: str) -> str:
    return f"no {holiday} in the {country} calendar"

#: Words in a sentence that say its dates lie ahead ("Next season's schedule: Saturday, March 8"): with
#: one, a yearless date half a year off takes the year it falls on its written weekday in.
AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "schedule", "will", "season's", "slate", "fixtures"})
