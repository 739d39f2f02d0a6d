"""The rules' messages and suggestion labels in the language they are read in.

A rule writes its message as an English template with named fields ("'{word}' does not match
{date}") and asks `say` for it; the template is the message id of a gettext catalog
(``datecheck/locale/<code>/LC_MESSAGES/datecheck.po``, compiled to ``.mo`` by
``tools/compile_messages.py``). English is the template itself: no catalog is read and the standard
``gettext`` module is imported only when another language is first asked for.

The dates a message names are written in the message's language too (`short_day`, `long_day`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path

from .lang import DEFAULT, SUPPORTED, language

#: Where the compiled catalogs live: ``locale/<code>/LC_MESSAGES/datecheck.mo``.
LOCALE = Path(__file__).parent / "locale"
DOMAIN = "datecheck"
#: The values of the `messages` setting: a language, or "auto" (the story's language).
CHOICES = ("auto",) + SUPPORTED


def _same(message: str) -> str:
    return message


def N_(message: str) -> str:
    """Marks a message id written where it is not yet translated (a table of templates): the id itself."""
    return message


@lru_cache(maxsize=None)
def translator(code: str) -> Callable[[str], str]:
    """The function giving a message id's text in language `code` (English: the id itself; an id the
    catalog lacks stays English)."""
    if code == DEFAULT:
        return _same
    import gettext

    return gettext.translation(DOMAIN, localedir=str(LOCALE), languages=[code], fallback=True).gettext


def say(code: str, template: str, **fields: object) -> str:
    """`template` in language `code`, its fields filled in."""
    return translator(code)(template).format(**fields)


def messages_language(setting: str | None, story: str) -> str:
    """The language of the messages: the setting's, or the story's when it is "auto" or not given."""
    return story if setting in (None, "auto") else setting


def short_day(day: date, code: str = DEFAULT) -> str:
    """A date for a message: "Dec. 3, 2024", "3 de diciembre de 2024", "3. Dezember 2024"."""
    words = language(code).words
    month = words.AP_MONTH_ABBREVIATIONS.get(day.month, words.MONTH_NAMES[day.month - 1])
    return words.SHORT_DATE.format(day=day.day, month=month, year=day.year)


def long_day(day: date, code: str = DEFAULT) -> str:
    """A date and its weekday for a message: "Tuesday, Dec. 3, 2024", "martes, 3 de diciembre de 2024"."""
    words = language(code).words
    month = words.AP_MONTH_ABBREVIATIONS.get(day.month, words.MONTH_NAMES[day.month - 1])
    return words.LONG_DATE.format(day=day.day, month=month, year=day.year, weekday=words.WEEKDAY_NAMES[day.weekday()])


def ordinal(number: int, code: str = DEFAULT) -> str:
    """An ordinal number for a message: "25th", "25.º", "25."."""
    return language(code).words.MESSAGE_ORDINAL.format(n=number, suffix=language(code).numbers.ordinal_suffix(number))
