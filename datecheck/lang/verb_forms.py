"""How a language's tense module tells a verb form by its shape: the endings (and beginning) a form
has, how long a word must be to have it, and the words with that shape that are no such form. Each
language writes only those (``lang/es/tense.py``: the preterite ends in "-ó", "-aron"; ``lang/de``: the
participle starts with "ge-"); the test is made here, the same way for every language."""

from __future__ import annotations

from collections.abc import Callable, Iterable


class Form:
    """A test of a word's form: it ends in one of `endings` (and starts with `starts`), is longer than
    `longer_than` letters, is not one of `exceptions`, and (with `single`) holds no hyphen."""

    __slots__ = ("endings", "starts", "longer_than", "exceptions", "single")

    def __init__(self, endings: tuple[str, ...], *, starts: str = "", longer_than: int = 0,
                 exceptions: Iterable[str] = (), single: bool = False) -> None:
        self.endings, self.starts, self.longer_than = endings, starts, longer_than
        self.exceptions, self.single = frozenset(exceptions), single

    def __call__(self, word: str) -> bool:
        return len(word) > self.longer_than and word.endswith(self.endings) and word.startswith(self.starts) \
            and word not in self.exceptions and not (self.single and "-" in word)


def any_form(*tests: Callable[[str], bool]) -> Callable[[str], bool]:
    """A test passed by a word that passes any of `tests`."""
    return lambda word: any(test(word) for test in tests)


def no_form(word: str) -> bool:
    """A form the language does not tell by its shape (German tells the future with words)."""
    return False


def number_and_date_words(words) -> tuple[frozenset[str], frozenset[str]]:  # type: ignore[no-untyped-def]
    """The number words and the date words (months, their abbreviations, weekdays) of a language's
    words module, as its tense module lists them."""
    numbers = frozenset(words.DIGIT_WORDS) | frozenset(words.TEEN_WORDS) | frozenset(words.TENS_WORDS)
    return numbers, frozenset(words.MONTHS) | frozenset(words.MONTH_ABBREVIATIONS) | frozenset(words.WEEKDAYS)
