"""German numbers in words: reading them ("vierundzwanzig") and writing them ("25" ->
"fünfundzwanzig", "5." as the ordinal of a day)."""

from __future__ import annotations

import re

from .words import DIGIT_WORDS, NUMBER_WORDS, TEEN_WORDS, TENS_WORDS, ZERO

_COMPOUND = re.compile("(" + "|".join(DIGIT_WORDS) + ")und(" + "|".join(TENS_WORDS) + ")")
_DIGIT_ORDINAL = re.compile(r"([0-9]+)(\.)?$")
_SMALL = {1: "eins", **{v: w for w, v in DIGIT_WORDS.items() if v > 1}, **{v: w for w, v in TEEN_WORDS.items()}}
_TENS = {value: word for word, value in TENS_WORDS.items()}


def number_value(words: str) -> int | None:
    """The number a quantity phrase states ("zwei", "vierundzwanzig", "12"); None if vague."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    if words.replace(".", "").isdigit():
        return int(words.replace(".", ""))
    match = _COMPOUND.fullmatch(words)
    if match:
        return NUMBER_WORDS[match.group(1)] + NUMBER_WORDS[match.group(2)]
    try:
        value = float(words.replace(",", "."))
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def spoken_year(century: str | None, rest: str | None, thousand: bool, beyond: str | None) -> int | None:
    """Years said aloud are not read in German."""
    return None


def ordinal_suffix(day: int) -> str:
    """An ordinal in digits takes a period: "5."."""
    return "."


def number_words(number: int) -> str:
    """A whole number from 0 to 999 in words: 25 -> "fünfundzwanzig"."""
    if number == 0:
        return ZERO
    if number < 20:
        return _SMALL[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return (("ein" if ones == 1 else _SMALL[ones]) + "und" if ones else "") + _TENS[tens * 10]
    hundreds, rest = divmod(number, 100)
    return ("ein" if hundreds == 1 else _SMALL[hundreds]) + "hundert" + (number_words(rest) if rest else "")


def ordinal_words(number: int) -> str:
    """An ordinal as German writes it in a date: the number and a period ("25.")."""
    return f"{number}."


def digit_ordinal(text: str) -> re.Match[str] | None:
    """"20." -> a match with the number and the period as groups 1 and 2."""
    return _DIGIT_ORDINAL.match(text)
