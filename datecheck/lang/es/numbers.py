"""Spanish numbers in words: reading them ("veinticuatro", "treinta y dos") and writing them."""

from __future__ import annotations

import re

from .words import DIGIT_WORDS, NUMBER_WORDS, TEEN_WORDS, TENS_WORDS, ZERO

_TENS_PAIR = re.compile("(" + "|".join(TENS_WORDS) + ") y (" + "|".join(DIGIT_WORDS) + ")")
_DIGIT_ORDINAL = re.compile(r"([0-9]+)(\.?[ºª]|\.?er|\.[oa])?$", re.IGNORECASE)
_SMALL = {value: word for word, value in {**DIGIT_WORDS, **TEEN_WORDS}.items() if word not in ("un", "una", "veintiún")}
_TENS = {value: word for word, value in TENS_WORDS.items()}
_ORDINAL_WORDS = ("primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno",
                  "décimo")


def number_value(words: str) -> int | None:
    """The number a quantity phrase states ("dos", "treinta y dos", "12"); None if vague."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    if words.replace(".", "").isdigit():
        return int(words.replace(".", ""))
    match = _TENS_PAIR.fullmatch(words)
    if match:
        return NUMBER_WORDS[match.group(1)] + NUMBER_WORDS[match.group(2)]
    try:
        value = float(words.replace(",", "."))
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def spoken_year(century: str | None, rest: str | None, thousand: bool, beyond: str | None) -> int | None:
    """Years said aloud are not read in Spanish."""
    return None


def ordinal_suffix(day: int) -> str:
    """Days of the month take no ordinal mark in Spanish, except the first ("1.º")."""
    return ".º" if day == 1 else ""


def number_words(number: int) -> str:
    """A whole number from 0 to 999 in words: 25 -> "veinticinco"."""
    if number == 0:
        return ZERO
    if number < 30:
        return _SMALL[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens * 10] + (f" y {_SMALL[ones]}" if ones else "")
    hundreds, rest = divmod(number, 100)
    head = "cien" if hundreds == 1 and not rest else ("ciento" if hundreds == 1 else _SMALL[hundreds] + "cientos")
    return head + (f" {number_words(rest)}" if rest else "")


def ordinal_words(number: int) -> str:
    """An ordinal in words up to the tenth ("quinto"); beyond, the number with its mark ("25.º")."""
    return _ORDINAL_WORDS[number - 1] if 1 <= number <= 10 else f"{number}.º"


def digit_ordinal(text: str) -> re.Match[str] | None:
    """"1.º", "20" -> a match with the number and the mark as groups 1 and 2."""
    return _DIGIT_ORDINAL.match(text)
