"""English holiday names: what the text calls a holiday, and what the `holidays` package and a
suggestion call it."""

from __future__ import annotations

#: The country whose calendar dates a holiday when none is configured.
COUNTRY = "US"
#: Where the holidays of this package that datecheck.holiday does not list fall (none here).
FALLBACKS: dict[str, tuple | None] = {}

#: What the `holidays` package adds to a holiday's name for the day it is observed instead.
OBSERVED_SUFFIXES: tuple[str, ...] = (" (observed)",)
#: holiday key -> (display name, names a country calendar of the `holidays` package may use for it)
NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    'new-years-day': ("New Year's Day", ("New Year's Day",)),
    'new-years-eve': ("New Year's Eve", ("New Year's Eve",)),
    'christmas-eve': ('Christmas Eve', ('Christmas Eve',)),
    'christmas': ('Christmas Day', ('Christmas Day', 'Christmas')),
    'boxing-day': ('Boxing Day', ('Boxing Day', 'Second Day of Christmas')),
    'independence-day': ('Independence Day', ('Independence Day',)),
    'thanksgiving': ('Thanksgiving Day', ('Thanksgiving Day', 'Thanksgiving')),
    'easter': ('Easter Sunday', ('Easter Sunday', 'Easter')),
    'easter-monday': ('Easter Monday', ('Easter Monday',)),
    'good-friday': ('Good Friday', ('Good Friday',)),
    'palm-sunday': ('Palm Sunday', ('Palm Sunday',)),
    'ash-wednesday': ('Ash Wednesday', ('Ash Wednesday',)),
    'memorial-day': ('Memorial Day', ('Memorial Day',)),
    'labor-day': ('Labor Day', ('Labor Day', 'Labour Day')),
    'halloween': ('Halloween', ('Halloween',)),
    'valentines-day': ("Valentine's Day", ("Valentine's Day",)),
    'st-patricks-day': ("St. Patrick's Day", ("Saint Patrick's Day", "St. Patrick's Day")),
    'mothers-day': ("Mother's Day", ("Mother's Day",)),
    'fathers-day': ("Father's Day", ("Father's Day",)),
    'veterans-day': ('Veterans Day', ('Veterans Day',)),
    'columbus-day': ('Columbus Day', ('Columbus Day',)),
    'mlk-day': ('Martin Luther King Jr. Day', ('Martin Luther King Jr. Day',)),
    'presidents-day': ("Presidents' Day", ("Washington's Birthday", "Presidents' Day")),
    'juneteenth': ('Juneteenth', ('Juneteenth National Independence Day', 'Juneteenth')),
    'groundhog-day': ('Groundhog Day', ('Groundhog Day',)),
    'election-day': ('Election Day', ('Election Day',)),
    'black-friday': ('Black Friday', ('Black Friday',)),
    'small-business-saturday': ('Small Business Saturday', ('Small Business Saturday',)),
    'cyber-monday': ('Cyber Monday', ('Cyber Monday',)),
    'giving-tuesday': ('Giving Tuesday', ('Giving Tuesday', 'GivingTuesday')),
}

#: Holiday names that are common noun phrases, read in lower case too: none.
LOWER_CASE_NAMES: frozenset[str] = frozenset()

#: Words in text -> holiday key (lower case, apostrophes normalised to ').
ALIASES: dict[str, str] = {
    "new year's day": 'new-years-day',
    "new year's eve": 'new-years-eve',
    'christmas eve': 'christmas-eve',
    'christmas day': 'christmas',
    'christmas': 'christmas',
    'boxing day': 'boxing-day',
    'independence day': 'independence-day',
    'the fourth of july': 'independence-day',
    'fourth of july': 'independence-day',
    'july fourth': 'independence-day',
    'thanksgiving day': 'thanksgiving',
    'thanksgiving': 'thanksgiving',
    'easter sunday': 'easter',
    'easter': 'easter',
    'easter monday': 'easter-monday',
    'good friday': 'good-friday',
    'palm sunday': 'palm-sunday',
    'ash wednesday': 'ash-wednesday',
    'memorial day': 'memorial-day',
    'labor day': 'labor-day',
    'labour day': 'labor-day',
    'halloween': 'halloween',
    "valentine's day": 'valentines-day',
    "st. patrick's day": 'st-patricks-day',
    "saint patrick's day": 'st-patricks-day',
    "mother's day": 'mothers-day',
    "father's day": 'fathers-day',
    'veterans day': 'veterans-day',
    "veterans' day": 'veterans-day',
    'columbus day': 'columbus-day',
    'martin luther king jr. day': 'mlk-day',
    'martin luther king day': 'mlk-day',
    'mlk day': 'mlk-day',
    'presidents day': 'presidents-day',
    "presidents' day": 'presidents-day',
    'juneteenth': 'juneteenth',
    'groundhog day': 'groundhog-day',
    'election day': 'election-day',
    'black friday': 'black-friday',
    'small business saturday': 'small-business-saturday',
    'cyber monday': 'cyber-monday',
    'giving tuesday': 'giving-tuesday',
}
