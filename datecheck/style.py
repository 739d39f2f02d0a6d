"""Writing a corrected date, weekday, number or ordinal in the style of the text it replaces.

A suggestion is only useful if an editor can accept it as is: "Oct. 8" becomes "Oct. 7", not
"2025-10-07"; "7 December 2023" becomes "7 December 2024"; "Tuesday" becomes "Wednesday" and
"TUESDAY" becomes "WEDNESDAY". Everything the correction does not change (punctuation, spacing,
suffixes) is kept from the original.
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, month_number

_MONTH_WORD = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(\.?)(?![a-z])",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b([12][0-9]{3})-([01][0-9])-([0-3][0-9])\b")
_NUMERIC = re.compile(r"\b([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})\b")
_YEAR = re.compile(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])|(['\u2019])([0-9]{2})(?![0-9])")
_DAY = re.compile(r"(?<![0-9'\u2019])([0-3]?[0-9])(st|nd|rd|th)?(?![0-9])", re.IGNORECASE)

_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen"]
_TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def same_case(model: str, word: str) -> str:
    """`word` in the capitalization of `model`: "DEC." -> "JAN.", "Dec." -> "Jan.", "dec" -> "jan"."""
    letters = [c for c in model if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


def month_like(model: str, month: int) -> str:
    """Month `month` written as `model` writes a month: full, AP abbreviation, or three letters."""
    word = model.rstrip(".")
    full = MONTH_NAMES[month - 1]
    if word.lower() == MONTH_NAMES[month_number(word) - 1].lower():
        return same_case(word, full)
    if model.endswith("."):
        ap = AP_MONTH_ABBREVIATIONS.get(month)
        return same_case(word, ap if ap else full)
    return same_case(word, full[:3])


def ordinal_suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date_like(text: str, new: date, *, order: str | None = None) -> str:
    """`new` written the way `text` writes a date ("Dec. 7, 2023", "7 December", "12/07/2023").

    `order` is the day/month order a numeric date was read in ("MDY" or "DMY").
    """
    iso = _ISO.search(text)
    if iso:
        return text[:iso.start()] + new.isoformat() + text[iso.end():]
    numeric = _NUMERIC.search(text)
    if numeric:
        a, sep, b, year = numeric.groups()
        month_first = order != "DMY"
        first, second = (new.month, new.day) if month_first else (new.day, new.month)
        width_a, width_b = len(a), len(b)
        year_text = f"{new.year:04d}" if len(year) == 4 else f"{new.year % 100:02d}"
        body = f"{first:0{width_a}d}{sep}{second:0{width_b}d}{sep}{year_text}"
        return text[:numeric.start()] + body + text[numeric.end():]
    month = _MONTH_WORD.search(text)
    if month is None:
        return text
    result = text[:month.start()] + month_like(month.group(0), new.month) + text[month.end():]
    # the day: the first number that is not the year
    for day in _DAY.finditer(result):
        number = int(day.group(1))
        if 1 <= number <= 39 and not _is_year_at(result, day.start()):
            suffix = day.group(2)
            new_suffix = same_case(suffix, ordinal_suffix(new.day)) if suffix else ""
            result = result[:day.start()] + str(new.day) + new_suffix + result[day.end():]
            break
    year = _YEAR.search(result)
    if year is not None:
        if year.group(1):
            result = result[:year.start(1)] + str(new.year) + result[year.end(1):]
        else:
            result = result[:year.start(3)] + f"{new.year % 100:02d}" + result[year.end(3):]
    return result


def _is_year_at(text: str, position: int) -> bool:
    return bool(re.match(r"(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])", text[position:]))


def weekday_like(model: str, weekday: int) -> str:
    """Weekday `weekday` (Monday = 0) written as `model` writes one."""
    return same_case(model, WEEKDAY_NAMES[weekday])


def number_words(number: int) -> str:
    """A whole number from 0 to 999 in words: 25 -> "twenty-five"."""
    if number < 20:
        return _NUMBER_WORDS[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS_WORDS[tens] + (f"-{_NUMBER_WORDS[ones]}" if ones else "")
    hundreds, rest = divmod(number, 100)
    return f"{_NUMBER_WORDS[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")


def number_like(model: str, number: int) -> str:
    """`number` written as `model` writes one: digits stay digits, words stay words."""
    if model.strip().replace(",", "").isdigit():
        return f"{number:,}" if "," in model else str(number)
    if number > 999:
        return str(number)
    return same_case(model, number_words(number))


def ordinal_like(model: str, number: int) -> str:
    """`number` as an ordinal written as `model` writes one: "30th" -> "25th", "tenth" -> "ninth"."""
    digits = re.match(r"([0-9]+)(st|nd|rd|th)$", model, re.IGNORECASE)
    if digits:
        return f"{number}{same_case(digits.group(2), ordinal_suffix(number))}"
    words = number_words(number)
    head, _, last = words.rpartition("-")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return same_case(model, f"{head}-{last}" if head else last)


def ordinal_value(word: str) -> int | None:
    """The number an ordinal writes: "30th" -> 30, "thirtieth" -> 30, "twenty-fifth" -> 25."""
    digits = re.match(r"([0-9]+)(st|nd|rd|th)$", word, re.IGNORECASE)
    if digits:
        return int(digits.group(1))
    word = word.lower()
    for number in range(1, 200):
        if ordinal_like("x", number) == word:
            return number
    return None
