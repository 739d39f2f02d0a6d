"""German holiday names: what the text calls a holiday and what a suggestion calls it. The names of
the national and regional calendars (Germany and its states, Austria, Switzerland) come from the
holidays package (``generated.py``); the common names those calendars do not use are added here."""

from __future__ import annotations

from . import generated as _cal

COUNTRY = "DE"
NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    **_cal.HOLIDAY_NAMES,
    "christmas-eve": ("Heiligabend", ("Heiligabend",)),
    "new-years-eve": ("Silvester", ("Silvester",)),
    "easter": ("Ostersonntag", ("Ostersonntag",)),
    "palm-sunday": ("Palmsonntag", ("Palmsonntag",)),
    "ash-wednesday": ("Aschermittwoch", ("Aschermittwoch",)),
    "valentines-day": ("Valentinstag", ("Valentinstag",)),
    "halloween": ("Halloween", ("Halloween",)),
    "carnival-monday": ("Rosenmontag", ("Rosenmontag",)),
}
FALLBACKS: dict[str, tuple | None] = {**_cal.HOLIDAY_FALLBACKS, "carnival-monday": ("easter", -48)}

#: Holiday names that are common noun phrases, read in lower case too: none.
LOWER_CASE_NAMES: frozenset[str] = frozenset()

ALIASES: dict[str, str] = {
    **_cal.HOLIDAY_ALIASES,
    "heiligabend": "christmas-eve", "heiliger abend": "christmas-eve", "heiligen abend": "christmas-eve",
    "silvester": "new-years-eve", "ostern": "easter", "ostersonntag": "easter", "pfingsten": "pentecost",
    "palmsonntag": "palm-sunday", "aschermittwoch": "ash-wednesday", "valentinstag": "valentines-day",
    "halloween": "halloween", "rosenmontag": "carnival-monday", "weihnachten": "christmas",
    "neujahr": "new-years-day", "dreikönigstag": "epiphany", "allerheiligen": "all-saints-day",
}

#: What the `holidays` package adds to a holiday's name for the day it is observed instead.
OBSERVED_SUFFIXES: tuple[str, ...] = ()
