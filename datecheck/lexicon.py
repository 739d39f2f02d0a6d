"""The English names older code imports from here (resolver, rule helpers, benchmarks).

New code reads words through ``datecheck.lang.language(code)``: the tables are in
``datecheck/lang/en/words.py``, the number words in ``datecheck/lang/en/numbers.py``.
"""

from __future__ import annotations

from .lang import DEFAULT, language

_WORDS = language(DEFAULT).words
MONTH_NAMES: tuple[str, ...] = _WORDS.MONTH_NAMES
WEEKDAY_NAMES: tuple[str, ...] = _WORDS.WEEKDAY_NAMES
AP_MONTH_ABBREVIATIONS: dict[int, str] = _WORDS.AP_MONTH_ABBREVIATIONS


def number_value(words: str, lang: str = DEFAULT) -> int | None:
    """The number a quantity phrase states ("two", "twenty-four", "12"); None if vague."""
    return language(lang).numbers.number_value(words)


def month_number(word: str, lang: str = DEFAULT) -> int:
    """The month a month name or abbreviation names ("Sept." -> 9)."""
    words = language(lang).words
    word = word.lower().rstrip(".")
    return words.MONTHS.get(word) or words.MONTH_ABBREVIATIONS[word]
