"""The rule catalogue: every rule, registered in one table, in code order.

Codes and names are stable: configurations, suppressions and other tools refer to them.
Codes are grouped by hundreds: 1xx calendar facts, 2xx against the publication date, 3xx
arithmetic, 4xx consistency inside the story, 5xx house style, 9xx processing.
"""

from __future__ import annotations

from functools import lru_cache

from .age_mismatch import AgeMismatch
from .ambiguous_numeric_date import AmbiguousNumericDate
from .anniversary_mismatch import AnniversaryMismatch
from .base import CheckContext, Rule, Violation
from .elapsed_time_mismatch import ElapsedTimeMismatch
from .future_as_past import FutureAsPast
from .holiday_mismatch import HolidayMismatch
from .impossible_date import ImpossibleDate
from .inconsistent_day_reference import InconsistentDayReference
from .missing_publication_date import MissingPublicationDate
from .month_abbreviation import MonthAbbreviation
from .past_as_future import PastAsFuture
from .publication_date_conflict import PublicationDateConflict
from .range_mismatch import RangeMismatch
from .relative_date_conflict import RelativeDateConflict
from .relative_day_word import RelativeDayWord
from .stale_year import StaleYear
from .unused_suppression import UnusedSuppression
from .weekday_beyond_week import WeekdayBeyondWeek
from .weekday_mismatch import WeekdayMismatch

RULES: tuple[type[Rule], ...] = (
    WeekdayMismatch,
    ImpossibleDate,
    HolidayMismatch,
    StaleYear,
    FutureAsPast,
    PastAsFuture,
    RelativeDateConflict,
    PublicationDateConflict,
    ElapsedTimeMismatch,
    AnniversaryMismatch,
    AgeMismatch,
    RangeMismatch,
    InconsistentDayReference,
    AmbiguousNumericDate,
    RelativeDayWord,
    WeekdayBeyondWeek,
    MonthAbbreviation,
    MissingPublicationDate,
    UnusedSuppression,
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}


def find_rule(code_or_name: str) -> type[Rule] | None:
    """A rule by its code ("DC201", any case) or name ("stale-year")."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


class UnknownRule(ValueError):
    pass


def matches(rule: type[Rule], selector: str) -> bool:
    """Whether `selector` (a code, a code prefix like "DC2", a name, or "ALL") picks `rule`."""
    selector = selector.strip()
    if selector.upper() == "ALL":
        return True
    if selector.lower() == rule.name:
        return True
    return selector.upper().startswith("DC") and rule.code.startswith(selector.upper())


def check_selectors(selectors: list[str]) -> None:
    """Raise UnknownRule for a selector that picks no rule."""
    for selector in selectors:
        if not any(matches(rule, selector) for rule in RULES):
            raise UnknownRule(f"unknown rule code or name: {selector!r} (see `datecheck rules`)")


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> list[type[Rule]]:
    """The rules to run: the default set (house style off), or those `select` names, minus `ignore`.

    A rule that is off by default runs only when selected by its own code, name or a prefix that
    is not "ALL" and not the bare "DC".
    """
    return list(_selected(tuple(select or ()), tuple(ignore or ())))


@lru_cache(maxsize=256)
def _selected(select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[type[Rule], ...]:
    """`select_rules`, worked out once for each choice (an unknown selector raises every time)."""
    check_selectors(list(select) + list(ignore))
    chosen = []
    for rule in RULES:
        if select:
            picked = [s for s in select if matches(rule, s)]
            if not picked:
                continue
            if not rule.default_enabled and all(s.upper() in ("ALL", "DC") for s in picked):
                continue
        elif not rule.default_enabled:
            continue
        if ignore and any(matches(rule, s) for s in ignore):
            continue
        chosen.append(rule)
    return tuple(chosen)


__all__ = [
    "RULES", "CheckContext", "Rule", "UnknownRule", "Violation", "check_selectors", "find_rule", "matches",
    "select_rules",
]
