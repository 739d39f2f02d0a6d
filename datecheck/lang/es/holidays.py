"""Spanish holiday names: what the text calls a holiday and what a suggestion calls it. The names
of the national and regional calendars (Spain and its communities, Mexico, Argentina) come from
the holidays package (``generated.py``); the common names those calendars do not use are added here."""

from __future__ import annotations

from . import generated as _cal

COUNTRY = "ES"
#: What the `holidays` package adds to a holiday's name for the day it is observed instead.
OBSERVED_SUFFIXES: tuple[str, ...] = (" (observado)", " (trasladado)")
#: holiday key -> (display name, names the country calendars of the holidays package use for it)
NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    **_cal.HOLIDAY_NAMES,
    "christmas-eve": ("Nochebuena", ("Nochebuena",)),
    "new-years-eve": ("Nochevieja", ("Nochevieja",)),
    "easter": ("Domingo de Resurrección", ("Domingo de Resurrección", "Domingo de Pascua")),
    "palm-sunday": ("Domingo de Ramos", ("Domingo de Ramos",)),
    "ash-wednesday": ("Miércoles de Ceniza", ("Miércoles de Ceniza",)),
    "valentines-day": ("San Valentín", ("San Valentín",)),
    "halloween": ("Halloween", ("Halloween",)),
}
#: Where the holidays the calendars do not always carry fall: a fixed day, or a distance from Easter.
FALLBACKS: dict[str, tuple | None] = dict(_cal.HOLIDAY_FALLBACKS)

#: A holiday named after a saint ("San José", "San Juan") is as often a person, a town or a church:
#: a holiday only when written as one ("el Día de San José", "la festividad de San Juan").
_SAINTS = ("san ", "santa ", "sant ", "santiago ")
_AS_HOLIDAY = ("día de ", "festividad de ", "fiesta de ")

#: "fin de año" is New Year's Eve where it names the night ("la noche de fin de año", "las campanadas de
#: fin de año"); alone it is the end of the year ("a fin de año"), and a party or a dinner "de fin de
#: año" may be a firm's or a school's, any day.
_NEW_YEARS_EVE = tuple(f"{what} de fin de año" for what in ("noche", "campanadas", "cotillón", "uvas"))

#: Words in text -> holiday key (lower case).
ALIASES: dict[str, str] = {
    **{name: key for name, key in _cal.HOLIDAY_ALIASES.items() if not name.startswith(_SAINTS)},
    **{lead + name: key for name, key in _cal.HOLIDAY_ALIASES.items() if name.startswith(_SAINTS) for lead in _AS_HOLIDAY},
    "primero de mayo": "labor-day",
    "navidad": "christmas", "nochebuena": "christmas-eve", "nochevieja": "new-years-eve",
    "año nuevo": "new-years-day", "el primer día del año": "new-years-day", "el último día del año": "new-years-eve",
    "pascua": "easter", "domingo de pascua": "easter",
    "domingo de resurrección": "easter", "domingo de ramos": "palm-sunday", "miércoles de ceniza": "ash-wednesday",
    "viernes santo": "good-friday", "jueves santo": "maundy-thursday", "lunes de pascua": "easter-monday",
    "día de reyes": "epiphany", "noche de reyes": "epiphany", "epifanía": "epiphany", "san valentín": "valentines-day",
    "día de san valentín": "valentines-day", "día del trabajo": "labor-day", "día de todos los santos": "all-saints-day",
    "todos los santos": "all-saints-day", "halloween": "halloween", "día de la hispanidad": "national-day",
    **{name: "new-years-eve" for name in _NEW_YEARS_EVE},
}
#: Holiday names that are common noun phrases, read in lower case too.
LOWER_CASE_NAMES = frozenset(_NEW_YEARS_EVE)
