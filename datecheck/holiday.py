"""Named holidays: which day a holiday falls on in a given year.

Dates come from the `holidays` package (public and unofficial calendars of the configured
country), imported only when a text names a holiday. A few observances that calendar does not
carry for every country (Halloween, Valentine's Day, Christmas Eve …) fall back to their fixed
day or to dateutil's Easter computation.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .lang import DEFAULT, language

#: holiday key -> where it falls when the country calendar does not carry it: ("fixed", month, day),
#: ("easter", offset in days), ("weekday-from", month, day, weekday, country): the first such weekday
#: (Monday = 0) on or after month-day, in that country only; or None. Its names in the text, in the
#: holidays package and in a suggestion are language data (``datecheck/lang/<code>/holidays.py``).
FALLBACKS: dict[str, tuple | None] = {
    "new-years-day": ("fixed", 1, 1),
    "new-years-eve": ("fixed", 12, 31),
    "christmas-eve": ("fixed", 12, 24),
    "christmas": ("fixed", 12, 25),
    "boxing-day": ("fixed", 12, 26),
    "independence-day": None,
    "thanksgiving": None,
    "easter": ("easter", 0),
    "easter-monday": ("easter", 1),
    "good-friday": ("easter", -2),
    "palm-sunday": ("easter", -7),
    "ash-wednesday": ("easter", -46),
    "memorial-day": None,
    "labor-day": None,
    "halloween": ("fixed", 10, 31),
    "valentines-day": ("fixed", 2, 14),
    "st-patricks-day": ("fixed", 3, 17),
    "mothers-day": None,
    "fathers-day": None,
    "veterans-day": None,
    "columbus-day": None,
    "mlk-day": None,
    "presidents-day": None,
    "juneteenth": ("fixed", 6, 19),
    "groundhog-day": ("fixed", 2, 2),
    # the Tuesday after the first Monday in November (3 U.S.C. 1; 2 U.S.C. 7)
    "election-day": ("weekday-from", 11, 2, 1, "US"),
    # the shopping days named after Thanksgiving (the fourth Thursday, on or after Nov. 22)
    "black-friday": ("weekday-from", 11, 23, 4, "US"),
    "small-business-saturday": ("weekday-from", 11, 24, 5, "US"),
    "cyber-monday": ("weekday-from", 11, 26, 0, "US"),
    "giving-tuesday": ("weekday-from", 11, 27, 1, "US"),
}


@lru_cache(maxsize=256)
def _country_calendar(country: str, year: int, lang: str = DEFAULT) -> dict[str, date]:
    """Holiday name -> day for one country and year, from the holidays package, with the names in
    language `lang` where the package has them (English, its default, otherwise)."""
    import holidays  # imported here: it is slow to import and most texts name no holiday

    categories = _categories(country)
    if categories is None:  # a country the package does not know: fallbacks only
        return {}
    named = {}
    if lang != DEFAULT and lang in holidays.country_holidays(country).supported_languages:
        named = {"language": lang}
    calendar = holidays.country_holidays(country, years=year, categories=categories, **named)
    names: dict[str, date] = {}
    for day, name in sorted(calendar.items()):
        for part in name.split(";"):
            names.setdefault(part.strip().replace("\u2019", "'"), day)
    return names


@lru_cache(maxsize=64)
def _categories(country: str) -> tuple[str, ...] | None:
    """The holiday categories to read for a country, where it lists them: its public days, its
    unofficial ones (Halloween, Valentine's Day …), and the days of its government and optional
    calendars (Canada's Thanksgiving is no public holiday in every province, but it is the
    country's day); None for a country the package does not know."""
    import holidays
    from holidays.constants import GOVERNMENT, OPTIONAL, PUBLIC, UNOFFICIAL

    categories = (PUBLIC, UNOFFICIAL, GOVERNMENT, OPTIONAL)
    try:
        supported = holidays.country_holidays(country).supported_categories
    except (NotImplementedError, KeyError):
        return None
    return tuple(category for category in categories if category in supported)


def holiday_date(key: str, year: int, country: str = "US", lang: str = DEFAULT) -> date | None:
    """The day holiday `key` falls on in `year` in `country`, or None if it has none there."""
    if not 1 <= year <= 9999:
        return None  # outside the calendar dates can represent
    tables = language(lang).holidays
    names = tables.NAMES[key][1]
    # the language's own calendars first: Spanish and German 'labor-day' is May 1, the U.S. one is not fixed
    fallback = tables.FALLBACKS[key] if key in tables.FALLBACKS else FALLBACKS.get(key)
    calendar = _country_calendar(country, year, lang)
    for name in names:
        if name in calendar:
            return calendar[name]
    if fallback is None:
        return None
    if fallback[0] == "fixed":
        return date(year, fallback[1], fallback[2])
    if fallback[0] == "weekday-from":
        _, month, day, weekday, only_in = fallback
        if country != only_in:
            return None
        first = date(year, month, day)
        return first + timedelta(days=(weekday - first.weekday()) % 7)
    from dateutil.easter import easter

    return easter(year) + timedelta(days=fallback[1])


def holiday_observed(key: str, year: int, country: str = "US", lang: str = DEFAULT) -> date | None:
    """The day holiday `key` is observed instead in `year` in `country` (the Friday before a
    Saturday Independence Day), when the country calendar names one."""
    if not 1 <= year <= 9999:
        return None
    tables = language(lang).holidays
    calendar = _country_calendar(country, year, lang)
    for name in tables.NAMES[key][1]:
        for suffix in tables.OBSERVED_SUFFIXES:
            if name + suffix in calendar:
                return calendar[name + suffix]
    return None


def holiday_name(key: str, lang: str = DEFAULT) -> str:
    return language(lang).holidays.NAMES[key][0]


def holiday_key(words: str, lang: str = DEFAULT) -> str | None:
    """The holiday key for the words of a mention ("Christmas Eve" -> "christmas-eve")."""
    normal = " ".join(words.lower().replace("\u2019", "'").split())
    return language(lang).holidays.ALIASES.get(normal)


def written_in_lower_case(words: str, lang: str = DEFAULT) -> bool:
    """Whether a holiday's name is a common noun phrase, written in lower case ("la fiesta de fin de año")."""
    return " ".join(words.lower().split()) in language(lang).holidays.LOWER_CASE_NAMES
