"""Spanish words the resolver reads around a mention, and the notes it writes on one."""

from __future__ import annotations

import re

from .words import MONTH_NAMES, WEEKDAYS

PRESENT_REFS = frozenset({
    "ahora", "ahora mismo", "actualmente", "en la actualidad", "hoy en día", "hoy día", "hoy por hoy", "estos días",
    "estos momentos", "este momento", "el momento", "el presente", "actual", "actuales", "del presente",
})
FUTURE_REFS = frozenset({"el futuro", "en el futuro", "próximamente", "futuro", "futura", "futuros", "futuras",
                         "próximo", "próxima", "próximos", "próximas", "algún día", "cualquier momento",
                         "largo plazo", "corto plazo", "medio plazo"})

#: "hoy" in a clause in the present that states how things are ("y hoy hay trescientos", "los kurdos, hoy
#: tan dispersos"): the present, not the day of the story. A clause that reports or plans ("dijo hoy",
#: "se reunirá hoy") keeps it the day; so does a weekday, a clock time or the day named after it ("hoy
#: martes", "hoy a las 12", "hoy es el día de") and a preposition before it ("de hoy", "desde hoy").
NOWADAYS = frozenset({"hoy"})
NOWADAYS_TENSES = frozenset({"present"})
DAY_CUE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:a[ \t]+las|a[ \t]+la|desde|hasta)[ \t]+)?[0-9]"
    r"|[ \t]*(?:,[ \t]*)?(?:(?:es|será|era)[ \t]+(?:el[ \t]+|la[ \t]+)?)?(?:día|jornada|" + "|".join(WEEKDAYS) + ")"
)
DAY_CUE_BEFORE = frozenset({"de", "desde", "hasta", "para"})
#: "hoy" between an article and what it qualifies ("la hoy desaparecida Checoslovaquia"): the present.
TODAY_WORDS = frozenset({"hoy"})
ARTICLES_BEFORE_NOW = frozenset({"el", "la", "los", "las", "del", "al"})

#: A vague shift ending so looks ahead: "unos años después", "dentro de unos días".
#: What joins two months written as a span, the year after the second ("febrero y abril de 2003").
MONTH_SPAN_JOINERS = frozenset({"y", "a", "al", "hasta"})
#: A month named alone in a clause in the present ("en noviembre se celebra la feria", "el IPC de
#: febrero es"): the one in the year of the story, ahead or behind (news Spanish tells plans in the present).
PRESENT_MONTH_THIS_YEAR = True
#: A day said with its part ("esta noche", "ayer por la tarde", "este mediodía") is written with it
#: in its TIMEX3 value, as the Spanish TimeBank writes it: "2024-09-18TNI".
PART_OF_DAY_IN_VALUE = True
#: "el mismo periodo de 2023": the period the story reports on, in the year written.
SAME_PERIOD_IN_YEAR_WRITTEN = True
#: A weekday or a weekend in a clause in the present is the coming one ("el concierto es el sábado",
#: "el festival es este fin de semana"): news Spanish tells a plan in the present. So is "este fin de
#: semana" in a clause with no tense ("la carrera de este fin de semana"), as "este lunes" is.
PRESENT_LOOKS_AHEAD = True

FORWARD_ENDINGS = ("después", "más tarde")

PERIOD_ENDED = frozenset({"cerrado el", "concluido el", "finalizado el", "terminado el"})
QUARTER_BACKGROUND = frozenset({"tras", "después"})

#: Spanish has no possessive weekday ("Friday's game"): nothing to read.
POSSESSIVE = ("\x00",)
POSSESSIVE_FUTURE: frozenset[str] = frozenset()
POSSESSIVE_COPULA: frozenset[str] = frozenset()
POSSESSIVE_SCHEDULED: frozenset[str] = frozenset()

LIST_JOINER = " y "


def month_has_days(month: int, days: int) -> str:
    return f"{MONTH_NAMES[month - 1]} tiene {days} días"


def not_leap_year(year: int) -> str:
    return f"{year} no es bisiesto"


def no_month(month: int) -> str:
    return f"no existe el mes {month}"


def long_year(year: int) -> str:
    return f"{year} tiene una cifra de más para un año"


def no_day(day: int) -> str:
    return f"ningún mes tiene día {day}"


def numeric_read_as(order: str) -> str:
    return f"fecha numérica leída como {order}"


YEAR_INFERRED = "año deducido de la fecha de referencia"


def no_holiday(holiday: str, country: str) -> str:
    return f"{holiday} no figura en el calendario de {country}"
