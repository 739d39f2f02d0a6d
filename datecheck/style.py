"""Writing a corrected date, weekday, number or ordinal in the style of the text it replaces.

A suggestion is only useful if an editor can accept it as is: "Oct. 8" becomes "Oct. 7", not
"2025-10-07"; "7 December 2023" becomes "7 December 2024"; "Tuesday" becomes "Wednesday" and
"TUESDAY" becomes "WEDNESDAY". Everything the correction does not change (punctuation, spacing,
suffixes) is kept from the original.
"""

from __future__ import annotations

import re
from datetime import date

from .lang import DEFAULT, language

_ISO = re.compile(r"\b([12][0-9]{3})-([01][0-9])-([0-3][0-9])\b")
_NUMERIC = re.compile(r"\b([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})\b")
_YEAR = re.compile(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])|(['\u2019])([0-9]{2})(?![0-9])")
#: A day of the month with what follows it: the letters of an ordinal suffix, if any ("7th").
_DAY = re.compile(r"(?<![0-9'\u2019])([0-3]?[0-9])([a-z]{2})?(?![0-9])", re.IGNORECASE)


def same_case(model: str, word: str) -> str:
    """`word` in the capitalization of `model`: "DEC." -> "JAN.", "Dec." -> "Jan.", "dec" -> "jan"."""
    letters = [c for c in model if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


def month_like(model: str, month: int, lang: str = DEFAULT) -> str:
    """Month `month` written as `model` writes a month: full, AP abbreviation, or three letters."""
    words = language(lang).words
    word = model.rstrip(".")
    full = words.MONTH_NAMES[month - 1]
    if word.lower() in words.MONTHS:
        return same_case(word, full)
    if model.endswith(".") and not words.AP_MONTH_ABBREVIATIONS and word.lower() in words.MONTH_ABBREVIATIONS:
        # without AP's table the abbreviation written stays one: "ene." -> "feb.", "Jan." -> "Feb."
        spellings = sorted((w for w, n in words.MONTH_ABBREVIATIONS.items() if n == month), key=len)
        same_length = [w for w in spellings if len(w) == len(word)]
        return same_case(word, (same_length or spellings)[0]) + "."
    if model.endswith("."):
        ap = words.AP_MONTH_ABBREVIATIONS.get(month)
        return same_case(word, ap if ap else full)
    return same_case(word, full[:3])


def ordinal_suffix(day: int, lang: str = DEFAULT) -> str:
    return language(lang).numbers.ordinal_suffix(day)


def date_like(text: str, new: date, *, order: str | None = None, lang: str = DEFAULT) -> str:
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
    month = language(lang).rule_cues.MONTH_TOKEN.search(text)
    if month is None:
        return text
    result = text[:month.start()] + month_like(month.group(0), new.month, lang) + text[month.end():]
    suffixes = language(lang).words.ORDINAL_SUFFIXES
    # the day: the first number that is not the year
    for day in _DAY.finditer(result):
        number = int(day.group(1))
        if 1 <= number <= 39 and not _is_year_at(result, day.start()):
            suffix = day.group(2) if day.group(2) and day.group(2).lower() in suffixes else None
            end = day.end() if suffix else day.end(1)
            new_suffix = same_case(suffix, ordinal_suffix(new.day, lang)) if suffix else ""
            result = result[:day.start()] + str(new.day) + new_suffix + result[end:]
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


def weekday_like(model: str, weekday: int, lang: str = DEFAULT) -> str:
    """Weekday `weekday` (Monday = 0) written as `model` writes one."""
    return same_case(model, language(lang).words.WEEKDAY_NAMES[weekday])


def number_words(number: int, lang: str = DEFAULT) -> str:
    """A whole number from 0 to 999 in words: 25 -> "twenty-five"."""
    return language(lang).numbers.number_words(number)


def number_like(model: str, number: int, lang: str = DEFAULT) -> str:
    """`number` written as `model` writes one: digits stay digits, words stay words."""
    if model.strip().replace(",", "").isdigit():
        return f"{number:,}" if "," in model else str(number)
    if number > 999:
        return str(number)
    return same_case(model, number_words(number, lang))


def ordinal_like(model: str, number: int, lang: str = DEFAULT) -> str:
    """`number` as an ordinal written as `model` writes one: "30th" -> "25th", "tenth" -> "ninth"."""
    numbers = language(lang).numbers
    digits = numbers.digit_ordinal(model)
    if digits:  # the suffix for the number; the one written (or none) where the language's does not vary
        written, wanted = digits.group(2) or "", numbers.ordinal_suffix(number)
        return f"{number}{same_case(written, wanted) if wanted and written else written}"
    if not 0 < number <= 999:  # words only up to 999, as for number_like (a year-9999 story's 7,983rd)
        return f"{number}{numbers.ordinal_suffix(number)}"
    return same_case(model, numbers.ordinal_words(number))


def ordinal_value(word: str, lang: str = DEFAULT) -> int | None:
    """The number an ordinal writes: "30th" -> 30, "thirtieth" -> 30, "twenty-fifth" -> 25."""
    numbers = language(lang).numbers
    digits = numbers.digit_ordinal(word)
    if digits:
        return int(digits.group(1))
    word = word.lower()
    for number in range(1, 200):
        if numbers.ordinal_words(number) == word:
            return number
    return None
