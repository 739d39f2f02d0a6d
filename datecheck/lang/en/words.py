"""English names and numbers: months, weekdays, ordinals, number words, units, seasons, parts of day.

Everything is lower case (the tokenizer reads a lower-cased copy of the text that keeps every
offset); the capitalized display names are for writing suggestions. Each table maps the words of
the text onto the language-free values datecheck works with: month and weekday numbers, unit names,
TimeML codes.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names are written capitalized ("May"): a lower-case "may" is another word.
MONTHS_CAPITALIZED = True
MONTH_JOINERS: frozenset[str] = frozenset()  # months are capitalized: no company needed
MONTH_OF = ("\x00", "\x00")
#: Months are capitalized: no place is needed to tell one.
CAPITALIZED_MONTH_CUES: frozenset[str] = frozenset()
MONTH_OF_DAY: frozenset[str] = frozenset()
CAPITALIZED_MONTH_CUES_BEFORE_OF: frozenset[str] = frozenset()
#: Only names are capitalized: a capitalized word after a month makes it a name ("April Smith").
NOUNS_CAPITALIZED = False
#: Numeric dates are written month first ("3/5/2024" is March 5) unless configured otherwise.
DATE_ORDER = "MDY"
#: Month names that are also verbs ("may", "march"): a month only with a cue before them.
VERB_MONTHS = frozenset({"may", "march"})
#: Month names that are also given names ("April Smith").
NAME_MONTHS = frozenset({"june", "april", "august"})
#: Month names that are no adjective after an article: "a may", unlike "a June agreement".
NOT_ADJECTIVE_MONTHS = frozenset({"may"})
#: Month names and abbreviations that are also common words or names: a month only when
#: capitalized, or with a date-like neighbour.
AMBIGUOUS_MONTHS = VERB_MONTHS | NAME_MONTHS | {"jan", "mar", "jun"}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
#: Weekday abbreviations; read only with their period and a month-day after them ("Tue., March 4"),
#: since "Sun." or "Wed." alone are as often a newspaper or a verb.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
#: AP style abbreviations, used with a day of the month; March-July are never abbreviated.
AP_MONTH_ABBREVIATIONS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

#: How a message writes a date, with its weekday, and an ordinal number.
SHORT_DATE = "{month} {day}, {year}"
LONG_DATE = "{weekday}, {month} {day}, {year}"
MESSAGE_ORDINAL = "{n}{suffix}"

#: The suffixes of ordinal numbers written in digits ("3rd").
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

#: Number words 1-9, 10-19 and the tens, the pieces a number or a year said aloud is made of.
DIGIT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEEN_WORDS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
#: Words that count one: "a day", "an hour".
INDEFINITE_ARTICLES = frozenset({"a", "an"})
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, **DIGIT_WORDS, **TEEN_WORDS, **TENS_WORDS, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
}
#: Quantities with no number: "a few days ago".
VAGUE_QUANTITIES = frozenset({"a few", "few", "several", "some", "many", "a number of", "recent"})
#: Vague quantities that make a duration only after "the past", "the next" …: "some years" alone is not one.
VAGUE_NEEDING_PREFIX = frozenset({"some", "many"})
#: The quantity words a duration or a shift may use besides numbers ("a few", "several").
QUANTITY_WORDS = ("a few", "a couple of", "a couple", "a dozen", "several", "some", "a", "an", "few", "many")
#: Zero, for writing numbers out.
ZERO = "zero"

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
#: Number words whose ordinal is irregular ("five" -> "fifth"); the rest add "th" ("y" -> "ieth").
#: Days of the month spelled out as ordinals: "the ninth of July", "April twenty-first".
_DAY_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS: dict[str, int] = {
    **{word: day for word, day in ORDINALS.items() if word.isalpha() and day < 20},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty{mark}{unit}": 21 + i for i, unit in enumerate(_DAY_UNITS) for mark in "- "},
    "thirty-first": 31, "thirty first": 31,
}
IRREGULAR_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: Unit words -> the unit letter TimeML uses in durations and the resolver's unit name.
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
#: The unit words a count of time is written with ("three days", "a decade") -> the unit.
UNIT_WORDS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
#: Units shorter than a day: no date is that many of them away.
TIME_UNITS = frozenset({"second", "minute", "hour"})

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

#: Years said aloud: the two centuries, "oh" for a zero ("nineteen oh five") and "the year two thousand".
SPOKEN_CENTURIES: dict[str, int] = {"nineteen": 1900, "twenty": 2000}
SPOKEN_ZERO = "oh"
SPOKEN_MILLENNIUM = "the year two thousand"

#: The commonest words of English text, for telling its language (datecheck.lang.detect).
FUNCTION_WORDS = frozenset(
    "the of and to in is that for it was on with as by at from his her they this have has had be were are "
    "which but not an will would their said".split()
)
