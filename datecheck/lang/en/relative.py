"""English words that place a date relative to another: last/next, ago/later, early/late, quarters.

Each table maps the words onto what they mean to the tokenizer: a sign, a role, a modifier code
(TimeML's START, EARLY, MID, LATE, END). The flags a mention carries ("rel:last") keep the words as
written; the resolver reads them.
"""

from __future__ import annotations

import re

#: Relation words written otherwise than the language-free relation they stand for (``model.Rel``):
#: none in English, whose words are the relations' own names.
RELATION_KEYS: dict[str, str] = {}

#: The article the tokenizer leaves out of a bare date ("the 1990s" -> "1990s").
DEFINITE_ARTICLE = "the"

#: Words before a unit ("last week", "the coming month"): the relation -> its role.
#: "article": only "the"; "demonstrative": "that"; "narrative": relative to a day the story named.
UNIT_RELATIONS: dict[str, str] = {
    "the past": "deictic", "the last": "deictic", "the coming": "deictic", "the next": "deictic",
    "the previous": "narrative", "the following": "narrative", "the current": "deictic",
    "the same": "narrative", "the latest": "deictic", "the prior": "narrative", "the full": "deictic",
    "this past": "deictic", "this coming": "deictic", "last": "deictic", "this": "deictic", "next": "deictic",
    "past": "deictic", "coming": "deictic", "that": "demonstrative", "the": "article",
}
#: The units a relation can name ("last week", "the next fiscal year") -> the unit.
RELATIVE_UNITS: dict[str, str] = {
    "week": "week", "weekend": "weekend", "month": "month", "year": "year", "quarter": "quarter",
    "decade": "decade", "century": "century", "fiscal year": "fiscal year", "half": "half",
}
#: Relations "half" takes as a unit, which also needs a modifier: "later this half".
HALF_WORDS_ALONE: frozenset[str] = frozenset()
HALF_RELATIONS = frozenset({"this", "next", "last", "the first", "the second"})
#: Relations before a weekday, a month, a holiday or a season.
DAY_RELATIONS = ("last", "next", "this past", "this coming", "this")
WEEKDAY_RELATIONS = DAY_RELATIONS + ("coming", "past", "the previous", "the following", "the next")
MONTH_RELATION_KEYS: dict[str, str] = {}
MONTH_RELATIONS = DAY_RELATIONS + ("the previous", "the following")
SEASON_RELATIONS = DAY_RELATIONS + ("the",)
#: "March of this year", "May last year": the relation after the month; also before a day named
#: after "the day before" ("the day before last Tuesday").
YEAR_RELATIONS = ("this", "last", "next")
YEAR_WORD = "year"
#: Before a count of units: "the past three weeks", "another two days".
DURATION_PREFIXES = (
    "the past", "the last", "the next", "the first", "the previous", "the following", "the coming",
    "the final", "past", "last", "next", "another",
)

#: Modifiers of a period -> TimeML's modifier (None: no part of the period in particular).
MODIFIERS: dict[str, str | None] = {
    "early": "EARLY", "earlier": "EARLY", "earlier in": "EARLY", "early in": "EARLY",
    "the beginning of": "START", "beginning of": "START", "the start of": "START", "start of": "START",
    "the first half of": "EARLY", "first half of": "EARLY",
    "late": "LATE", "later": "LATE", "later in": "LATE", "late in": "LATE",
    "the end of": "END", "end of": "END", "the second half of": "LATE", "second half of": "LATE",
    "the last half of": "LATE", "the rest of": "LATE",
    "mid": "MID", "the middle of": "MID", "middle of": "MID",
    "sometime": None,
}
#: The modifiers each family takes.
SHORT_MODIFIERS = ("early", "late", "mid")
UNIT_MODIFIERS = tuple(m for m in MODIFIERS if m not in ("first half of", "second half of"))
MONTH_MODIFIERS = (
    "early", "late", "mid", "the middle of", "the end of", "the beginning of", "the start of",
    "end of", "beginning of", "start of", "middle of",
)
DAY_MODIFIERS = ("early", "late", "earlier", "later")
WEEKDAY_MODIFIERS = ("early", "late")
#: Modifiers that tell a story's own time: "later in the year" after a date the story gave.
NARRATIVE_MODIFIERS = frozenset({"earlier in", "later in", "early in", "late in"})

#: Halves of a year: "the first half of 2024", "the last two quarters of 1990" -> which half.
HALF_POSITIONS: dict[str, int] = {"first": 1, "second": 2, "last": 2}
HALF_SPANS = ("half", "two quarters")

#: "three days ago", "two years later": the word after the count -> (sign, role).
#: "now": from the publication date; "narrative": from a day the story named; "event": from an
#: event when a noun follows ("two days after the vote"); "back": "event" or "now".
DIRECTIONS: dict[str, tuple[int, str]] = {
    "ago": (-1, "now"), "from now": (1, "now"), "hence": (1, "now"), "back": (-1, "back"),
    "earlier": (-1, "narrative"), "later": (1, "narrative"), "previously": (-1, "narrative"),
    "prior": (-1, "narrative"), "before": (-1, "event"), "after": (1, "event"),
}
#: "a week or so ago".
OR_SO = "or so"
#: Words of a quantity that is not exact: "about two years ago" -> "approximate", "bound" or "exact".
APPROXIMATORS: dict[str, str] = {
    "about": "approximate", "nearly": "approximate", "almost": "approximate", "some": "approximate",
    "roughly": "approximate", "around": "approximate", "approximately": "approximate",
    "more than": "bound", "less than": "bound", "over": "bound", "under": "bound", "at least": "bound",
    "at most": "bound", "fewer than": "bound", "up to": "bound", "close to": "approximate",
    "upwards of": "bound",
    "just": "exact", "only": "exact", "barely": "exact", "exactly": "exact", "precisely": "exact",
}

#: "today", "last night": the day offset and part of day.
DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "last night": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
}
#: Day words that are a noun when capitalized inside a sentence (none in English).
NOUNS_WHEN_CAPITALIZED: frozenset[str] = frozenset()
#: Day words that are also part of names ("USA Today").
DAY_WORDS_IN_NAMES = frozenset({"today"})

#: Days relative to a day the story named: "the next day", "that night" -> (unit, offset, part of day, role).
#: role "event": it may be tied to an event instead ("the day before the vote"), and
#: "day": also to a named day ("the day after Christmas").
ANAPHORIC_LINKS: frozenset[str] = frozenset()
ANAPHORIC: dict[str, tuple[str, int, str | None, str | None]] = {
    **{f"{rel} {part}": ("day", offset, pod, None)
       for rel, offset in (("the next", 1), ("the following", 1), ("the previous", -1), ("the same", 0),
                           ("that", 0), ("that same", 0))
       for part, pod in (("day", None), ("morning", "MO"), ("night", "NI"), ("evening", "EV"),
                         ("afternoon", "AF"))},
    "the day before": ("day", -1, None, "day"), "the day after": ("day", 1, None, "day"),
    "the night before": ("day", -1, "NI", None),
    "the year before": ("year", -1, None, "event"), "the week before": ("week", -1, None, "event"),
}

#: "now", "recently", "the future": the time of the story, not a date -> its role
#: ("date", "not-a-date" for words read only to keep other families off them, "before-hyphen"
#: for words that are no date in a compound: "now-defunct").
REFERENCES: dict[str, str] = {
    "right now": "date", "now": "before-hyphen", "currently": "date", "nowadays": "date",
    "these days": "date", "recently": "date", "lately": "date", "the near future": "date",
    "the distant future": "date", "the future": "date", "the past": "date", "the present": "date",
    "at present": "date", "presently": "date", "previously": "not-a-date", "formerly": "not-a-date",
    "the immediate future": "date", "recent years": "date", "recent months": "date", "recent weeks": "date",
    "recent days": "date", "recent times": "date", "past years": "date", "the near term": "date",
    "the short term": "date",
}
#: Reference cues this language has no words for yet (lang/no_reference_cues.py).
from ..no_reference_cues import *  # noqa: E402,F401,F403

#: Quarters: "the third quarter", "the final quarter" -> the quarter.
QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
}
#: Quarters named relative to now ("the latest quarter") -> the flag the resolver reads, except
#: "last": the final quarter of a year written with it, else the previous quarter.
QUARTER_RELATIONS: dict[str, str] = {
    "last": "last", "latest": "latest", "current": "current", "previous": "previous",
    "prior": "prior", "same": "same",
}
#: Halves: "the first half", "the 2nd half of 2024" -> the half.
HALF_ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2}
#: The relations a "period" takes ("the latest period"); "the year-earlier period" too.
PERIOD_RELATIONS = frozenset({"latest", "same", "previous", "prior"})
#: The same quarter a year before: "the year-earlier quarter", "the year-ago third quarter".
YEAR_EARLIER = ("year-earlier", "year-ago", "comparable", "corresponding")
#: The period words of a quarter phrase -> the period.
QUARTER_UNITS: dict[str, str] = {"quarter": "quarter", "half": "half", "period": "period"}
FISCAL = "fiscal"

#: Range words: "from May 3 to May 9", "between 2011 and 2014".
#: Days listed before a day and its month ("6., 7. und 8. Mai"): not written so.
DAY_LIST: re.Pattern[str] | None = None
DAY_LIST_JOINERS: frozenset[str] = frozenset()
DAY_LIST_OPENERS: frozenset[str] = frozenset()
RANGE_WORDS = ("to", "through", "until", "till")
#: The word joining two dates that is a range only after "between".
PAIR_WORD = "and"
RANGE_OPENERS: dict[str, str] = {"between": "between", "from": "from"}
#: "the week of March 6": the week holding that day.
WEEK_OF = "the week of"
WEEK = "week"

#: The article that makes a unit alone the one the story is in: none ("of the year" is as often any
#: year's).
OF_THE_UNIT: frozenset[str] = frozenset()
