"""Named holidays: which day a holiday falls on in a given year.

Dates come from the `holidays` package (public and unofficial calendars of the configured
country), imported only when a text names a holiday. A few observances that calendar does not
carry for every country (Halloween, Valentine's Day, Christmas Eve …) fall back to their fixed
day or to dateutil's Easter computation.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

#: key -> (display name, names a country calendar may use for it, fallback)
#: fallback: ("fixed", month, day), ("easter", offset in days), ("weekday-from", month, day,
#: weekday, country): the first such weekday (Monday = 0) on or after month-day, in that country only;
#: or None
HOLIDAYS: dict[str, tuple[str, tuple[str, ...], tuple | None]] = {
    "new-years-day": ("New Year's Day", ("New Year's Day",), ("fixed", 1, 1)),
    "new-years-eve": ("New Year's Eve", ("New Year's Eve",), ("fixed", 12, 31)),
    "christmas-eve": ("Christmas Eve", ("Christmas Eve",), ("fixed", 12, 24)),
    "christmas": ("Christmas Day", ("Christmas Day", "Christmas"), ("fixed", 12, 25)),
    "boxing-day": ("Boxing Day", ("Boxing Day", "Second Day of Christmas"), ("fixed", 12, 26)),
    "independence-day": ("Independence Day", ("Independence Day",), None),
    "thanksgiving": ("Thanksgiving Day", ("Thanksgiving Day", "Thanksgiving"), None),
    "easter": ("Easter Sunday", ("Easter Sunday", "Easter"), ("easter", 0)),
    "easter-monday": ("Easter Monday", ("Easter Monday",), ("easter", 1)),
    "good-friday": ("Good Friday", ("Good Friday",), ("easter", -2)),
    "palm-sunday": ("Palm Sunday", ("Palm Sunday",), ("easter", -7)),
    "ash-wednesday": ("Ash Wednesday", ("Ash Wednesday",), ("easter", -46)),
    "memorial-day": ("Memorial Day", ("Memorial Day",), None),
    "labor-day": ("Labor Day", ("Labor Day", "Labour Day"), None),
    "halloween": ("Halloween", ("Halloween",), ("fixed", 10, 31)),
    "valentines-day": ("Valentine's Day", ("Valentine's Day",), ("fixed", 2, 14)),
    "st-patricks-day": ("St. Patrick's Day", ("Saint Patrick's Day", "St. Patrick's Day"), ("fixed", 3, 17)),
    "mothers-day": ("Mother's Day", ("Mother's Day",), None),
    "fathers-day": ("Father's Day", ("Father's Day",), None),
    "veterans-day": ("Veterans Day", ("Veterans Day",), None),
    "columbus-day": ("Columbus Day", ("Columbus Day",), None),
    "mlk-day": ("Martin Luther King Jr. Day", ("Martin Luther King Jr. Day",), None),
    "presidents-day": ("Presidents' Day", ("Washington's Birthday", "Presidents' Day"), None),
    "juneteenth": ("Juneteenth", ("Juneteenth National Independence Day", "Juneteenth"), ("fixed", 6, 19)),
    "groundhog-day": ("Groundhog Day", ("Groundhog Day",), ("fixed", 2, 2)),
    # the Tuesday after the first Monday in November (3 U.S.C. 1; 2 U.S.C. 7)
    "election-day": ("Election Day", ("Election Day",), ("weekday-from", 11, 2, 1, "US")),
}

#: Words in text -> holiday key (lower case, apostrophes normalised to ').
HOLIDAY_WORDS: dict[str, str] = {
    "new year's day": "new-years-day",
    "new year's eve": "new-years-eve",
    "christmas eve": "christmas-eve",
    "christmas day": "christmas",
    "christmas": "christmas",
    "boxing day": "boxing-day",
    "independence day": "independence-day",
    "the fourth of july": "independence-day",
    "fourth of july": "independence-day",
    "july fourth": "independence-day",
    "thanksgiving day": "thanksgiving",
    "thanksgiving": "thanksgiving",
    "easter sunday": "easter",
    "easter": "easter",
    "easter monday": "easter-monday",
    "good friday": "good-friday",
    "palm sunday": "palm-sunday",
    "ash wednesday": "ash-wednesday",
    "memorial day": "memorial-day",
    "labor day": "labor-day",
    "labour day": "labor-day",
    "halloween": "halloween",
    "valentine's day": "valentines-day",
    "st. patrick's day": "st-patricks-day",
    "saint patrick's day": "st-patricks-day",
    "mother's day": "mothers-day",
    "father's day": "fathers-day",
    "veterans day": "veterans-day",
    "veterans' day": "veterans-day",
    "columbus day": "columbus-day",
    "martin luther king jr. day": "mlk-day",
    "martin luther king day": "mlk-day",
    "mlk day": "mlk-day",
    "presidents day": "presidents-day",
    "presidents' day": "presidents-day",
    "juneteenth": "juneteenth",
    "groundhog day": "groundhog-day",
    "election day": "election-day",
}


@lru_cache(maxsize=256)
def _country_calendar(country: str, year: int) -> dict[str, date]:
    """Holiday name -> day for one country and year, from the holidays package."""
    import holidays  # imported here: it is slow to import and most texts name no holiday

    categories = _categories(country)
    if categories is None:  # a country the package does not know: fallbacks only
        return {}
    calendar = holidays.country_holidays(country, years=year, categories=categories)
    names: dict[str, date] = {}
    for day, name in sorted(calendar.items()):
        for part in name.split(";"):
            names.setdefault(part.strip().replace("\u2019", "'"), day)
    return names


@lru_cache(maxsize=64)
def _categories(country: str) -> tuple[str, ...] | None:
    """The holiday categories to read for a country: its unofficial days too (Halloween,
    Valentine's Day …) where it lists them; None for a country the package does not know."""
    import holidays

    try:
        supported = holidays.country_holidays(country).supported_categories
    except (NotImplementedError, KeyError):
        return None
    return ("public", "unofficial") if "unofficial" in supported else ("public",)


def holiday_date(key: str, year: int, country: str = "US") -> date | None:
    """The day holiday `key` falls on in `year` in `country`, or None if it has none there."""
    if not 1 <= year <= 9999:
        return None  # outside the calendar dates can represent
    display, names, fallback = HOLIDAYS[key]
    calendar = _country_calendar(country, year)
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


def holiday_name(key: str) -> str:
    return HOLIDAYS[key][0]


def holiday_key(words: str) -> str | None:
    """The holiday key for the words of a mention ("Christmas Eve" -> "christmas-eve")."""
    normal = " ".join(words.lower().replace("\u2019", "'").split())
    return HOLIDAY_WORDS.get(normal)
