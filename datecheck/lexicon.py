"""Words that make up date expressions, and the small regular-expression pieces built from them.

Everything here is lower case: the tokenizer matches against a lower-cased copy of the text that
keeps every offset, and looks at the original only where capitals matter ("May" the month, "may"
the verb).
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names that are also common words or given names: a month only with a date-like neighbour.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "april", "august", "jan", "mar", "jun"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
#: AP style abbreviations, used with a day of the month; March-July are never abbreviated.
AP_MONTH_ABBREVIATIONS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
}
VAGUE_QUANTITIES = frozenset({"a few", "few", "several", "some", "many", "a number of", "recent"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
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
TIME_UNITS = frozenset({"second", "minute", "hour"})

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str] | dict) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any run of spaces."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", SP) for w in ordered) + ")"


#: Space between words: blanks, with at most one line break (never a paragraph break).
SP = r"(?:[ \t\xa0]+(?:\n[ \t\xa0]*)?|\n[ \t\xa0]*)"
#: The end of a word.
WE = r"(?![a-z0-9])"
APOS = r"['\u2019]"

MONTH_RE = (
    "(?:" + alternation(list(MONTHS)) + "|" + alternation(list(MONTH_ABBREVIATIONS)) + r"\.?)"
)
WEEKDAY_RE = alternation(list(WEEKDAYS))
YEAR_RE = r"(?:1[0-9]|20|21)[0-9]{2}(?![0-9])"
DAY_RE = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_NUMBER_WORDS = [w for w in NUMBER_WORDS if w not in ("a", "an")]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_RE = (
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?|(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + alternation(_NUMBER_WORDS)[3:-1]
    + ")"
)
QUANTITY_RE = rf"(?:{NUMBER_RE}|a{SP}few|a{SP}couple{SP}of|a{SP}couple|a{SP}dozen|several|some|a|an|few|many)"
UNIT_RE = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?"
SEASON_RE = alternation(list(SEASONS))
PART_OF_DAY_RE = alternation(list(PARTS_OF_DAY))


#: Years said aloud, as broadcast transcripts write them: "nineteen ninety-six", "twenty twenty-four",
#: "the year two thousand", "two thousand and one" (only after "the year": alone it is a count).
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SPELLED_YEAR_RE = (
    rf"(?P<cent>nineteen|twenty)[ \t-](?P<rest>(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}|oh[ -](?:{_UNITS_WORDS}))"
    rf"|(?P<thousand>the{SP}year{SP}two{SP}thousand)(?:(?:{SP}and)?{SP}(?P<k>(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}|{_UNITS_WORDS}))?"
)


def spelled_year(match: "re.Match[str]") -> int | None:
    """The year a SPELLED_YEAR_RE match says (None when that part of the pattern did not match)."""
    if match.group("thousand"):
        beyond = match.group("k")
        return 2000 + (number_value(beyond) or 0 if beyond else 0)
    if match.group("cent"):
        rest = re.sub(r"\s+", " ", match.group("rest")).removeprefix("oh ").removeprefix("oh-")
        century = 1900 if match.group("cent") == "nineteen" else 2000
        return century + (number_value(rest) or 0)
    return None


def number_value(words: str) -> int | None:
    """The number a quantity phrase states ("two", "twenty-four", "12", "a couple of"); None if vague."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    if words.replace(",", "").isdigit():
        return int(words.replace(",", ""))
    match = re.fullmatch(rf"({_TENS})[- ](one|two|three|four|five|six|seven|eight|nine)", words)
    if match:
        return NUMBER_WORDS[match.group(1)] + NUMBER_WORDS[match.group(2)]
    try:
        value = float(words)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS[word]
