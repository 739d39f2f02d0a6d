"""English numbers in words: reading them ("twenty-four", "nineteen ninety-six") and writing them
("25" -> "twenty-five", "30th" -> "thirtieth")."""

from __future__ import annotations

import re

from .words import (
    DIGIT_WORDS, IRREGULAR_ORDINALS, NUMBER_WORDS, ORDINAL_SUFFIXES, SPOKEN_CENTURIES, SPOKEN_ZERO, TEEN_WORDS,
    TENS_WORDS, ZERO,
)

_TENS_PAIR = re.compile("(" + "|".join(TENS_WORDS) + ")[- ](" + "|".join(DIGIT_WORDS) + ")")
_DIGIT_ORDINAL = re.compile("([0-9]+)(" + "|".join(ORDINAL_SUFFIXES) + ")$", re.IGNORECASE)
_SMALL = [ZERO, *DIGIT_WORDS, *TEEN_WORDS]
_TENS = ["", "", *TENS_WORDS]


def number_value(words: str) -> int | None:
    """The number a quantity phrase states ("two", "twenty-four", "12", "a couple of"); None if vague."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    if words.replace(",", "").isdigit():
        return int(words.replace(",", ""))
    match = _TENS_PAIR.fullmatch(words)
    if match:
        return NUMBER_WORDS[match.group(1)] + NUMBER_WORDS[match.group(2)]
    try:
        value = float(words)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def spoken_year(century: str | None, rest: str | None, thousand: bool, beyond: str | None) -> int | None:
    """The year a year said aloud states: ("nineteen", "ninety-six") -> 1996; "the year two thousand
    and one" (thousand, "one") -> 2001."""
    if thousand:
        return 2000 + (number_value(beyond) or 0 if beyond else 0)
    if century:
        rest = re.sub(r"\s+", " ", rest or "").removeprefix(SPOKEN_ZERO + " ").removeprefix(SPOKEN_ZERO + "-")
        return SPOKEN_CENTURIES[century] + (number_value(rest) or 0)
    return None


def ordinal_suffix(day: int) -> str:
    """"st", "nd", "rd" or "th" for a number written in digits."""
    first, second, third, other = ORDINAL_SUFFIXES
    if 10 <= day % 100 <= 20:
        return other
    return {1: first, 2: second, 3: third}.get(day % 10, other)


def number_words(number: int) -> str:
    """A whole number from 0 to 999 in words: 25 -> "twenty-five"."""
    if number < 20:
        return _SMALL[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_SMALL[ones]}" if ones else "")
    hundreds, rest = divmod(number, 100)
    return f"{_SMALL[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")


def ordinal_words(number: int) -> str:
    """A whole number as an ordinal in words: 25 -> "twenty-fifth"."""
    head, _, last = number_words(number).rpartition("-")
    if last in IRREGULAR_ORDINALS:
        last = IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def digit_ordinal(text: str) -> re.Match[str] | None:
    """"30th" -> a match with the number and the suffix as groups 1 and 2."""
    return _DIGIT_ORDINAL.match(text)
