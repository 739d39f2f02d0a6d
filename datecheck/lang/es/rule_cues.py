"""Spanish words the rules look for around a date: "nació en", "el 30 aniversario de", "hace 25
años", "publicado el", "el martes 5 de marzo". Patterns run on the lower-cased text unless their
name says otherwise."""

from __future__ import annotations

import re

from ...patterns import alternation
from .relative import APPROXIMATORS, PAIR_WORD, RANGE_OPENERS, RANGE_WORDS
from .words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# --- extraction ---------------------------------------------------------------------------------------
#: Between a weekday (or "hoy", "ayer") and the date it is tied to: "martes 5", "hoy, jueves",
#: "el martes, 5 de marzo", "el martes (5 de marzo)".
#: Between a date and the weekday written after it: "el 14 de octubre, un viernes".
TIE_AFTER = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:un[ \t\xa0]+)?\Z")
#: The end of a line a sentence runs on from onto a line holding only a date, which is then a
#: wrapped line, not a date line: "la riada del\n9 de abril de 1965\nserá" (any case).
WRAPPED_BEFORE = re.compile(r"(?<![^\W\d_])(?:de|desde|el|en|hasta|del|y|a|antes|tras)[ \t\xa0]*\Z", re.IGNORECASE)
#: After a weekday: (Spanish has no possessive ending.)
POSSESSIVE_AFTER = re.compile(r"(?!)")
#: Between a date and a weekday: (not read in Spanish)
HELD_ON = re.compile(r"(?!)", re.IGNORECASE)
#: Before a date that names an event.
EVENT_ARTICLE = re.compile(r"(?!)", re.IGNORECASE)
#: Words saying which weekday a date is, and a time of day between a weekday and its date (not read).
WHICH_IS = re.compile(r"(?!)")
AT_TIME = re.compile(r"(?!)")
TIE = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:el[ \t\xa0]+|día[ \t\xa0]+)?\Z")
DATE_LINE_REST = re.compile(
    r"(?:actualizado|publicado|modificado|el|a|las|y|h|hora|horas|gmt|utc|cet|cest|[0-9]{1,2}[:.][0-9]{2}|[\W_])*\Z",
    re.IGNORECASE,
)
#: A label dating the story itself (publicado, actualizado): no dated section.
STAMP_LABEL = re.compile(r"(?<![^\W\d_])(?:actualizad[oa]|publicad[oa]|modificad[oa]|actualización)(?![^\W\d_])", re.IGNORECASE)
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|" + "|".join(RANGE_WORDS + (PAIR_WORD,)) + r")\s*\Z", re.IGNORECASE)
RANGE_OPENER = re.compile("(?:" + "|".join(RANGE_OPENERS) + r")\s+\Z", re.IGNORECASE)

# --- DC302 anniversary-mismatch ---------------------------------------------------------------------
ANNIVERSARY_STEM = "aniversario"
ANNIVERSARY = re.compile(r"(?<![a-z0-9])(?P<ordinal>[0-9]{1,3}(?:\.?º)?|[a-záéíóúñ]+)[ \t]+aniversario[ \t]+de(?:l)?\b")
ANNIVERSARY_NOW = re.compile(r"\b(?:celebra|celebran|conmemora|conmemoran|cumple|cumplen|se cumplen?|hoy|este año)\b")

# --- DC301 elapsed-time-mismatch --------------------------------------------------------------------
ELAPSED_GAP = re.compile(r"[\s,(\u2014\u2013-]*(?:(?:en|el|de|del)\s+)?\Z")
_NOT_EXACT = [words for words, kind in APPROXIMATORS.items() if kind != "exact"]
APPROXIMATE_BEFORE = re.compile(r"\b" + alternation(_NOT_EXACT) + r"\s*$")
APPROXIMATE_START = re.compile(alternation(_NOT_EXACT) + r"\b")
AGO = "hace"
#: Whether that word opens the count ("hace 25 años") rather than ends it ("25 years ago").
AGO_FIRST = True
COUNT_BEFORE_YEAR = re.compile(
    r"(?<![a-z0-9])(?P<n>[0-9]{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|"
    r"cincuenta)[ ](?P<unit>año|década|siglo)s?[ \t]+(?P<dir>después|antes)[ \t]+(?:de(?:l)?[ \t]+)?"
    r"(?:(?:la|las|los|su|sus)[ \t]+)?\Z"
)
COUNT_UNITS = {"año": "year", "década": "decade", "siglo": "century"}
COUNT_FORWARD = "después"

# --- DC202 / DC203 ----------------------------------------------------------------------------------
ON_BEFORE = re.compile(r"\bel(?:\s+" + alternation(WEEKDAYS) + r",?)?\s*$")
ON = "el "
CONDITIONAL = "\x00"
#: Dates the future verb of their clause does not date: one after "del" names the noun before it
#: ("la oferta del 30 de enero", "la reunión del 4 de junio"); one after "desde", "a partir de"
#: opens a span that may be running already.
NAMES_A_NOUN_BEFORE = re.compile(r"\bdel[ \t\n]+\Z")
NAMES_A_NOUN_AFTER = re.compile(r"")
SPAN_START_BEFORE = re.compile(r"\b(?:desde|a[ \t\n]+partir[ \t\n]+del?)[ \t\n]+(?:el[ \t\n]+)?\Z")

# --- DC204 relative-date-conflict -------------------------------------------------------------------
EARLIER = "antes"
LATER = "después"

# --- DC502 relative-day-word (AP style: English only) ------------------------------------------------
DAY_BESIDE_TODAY = re.compile(r"\x00")

# --- DC205 publication-date-conflict (any case) -----------------------------------------------------
BYLINE = re.compile(r"[ \t]*(?:publicado|fechado)(?:[ \t]+el)?[ \t]*:?", re.IGNORECASE)
NOT_PUBLICATION = re.compile(r"[ \t]*(?:hoy|actualizado|última[ \t]+actualización|modificado)\b", re.IGNORECASE)

# --- DC303 age-mismatch -----------------------------------------------------------------------------
BORN = re.compile(r"\bnaci(?:ó|da|do)\b(?:[ \t]+(?:en|el))?[ \t]*")
AGE_TO_BORN = re.compile(r"[\s,()\u2014\u2013-]*(?:(?:que|quien)[ \t]+)?\Z")
#: Right before a count of years that is an age being reached: "que cumple 50 años".
TURNING = re.compile(r"\bcumpl(?:e|en|ió|ieron|irá|irán)[ \t]+\Z")

# --- DC401 inconsistent-day-reference (any case) ----------------------------------------------------
LOOSE_GAP = re.compile(r"^[ \t]+(?:[a-záéíóúñ]+[ \t]+){0,3}(?:del?|el)[ \t]+$|^[ \t]*[,(][ \t]*$", re.IGNORECASE)

# --- suggestions (any case) -------------------------------------------------------------------------
MONTH_TOKEN = re.compile(
    r"\b(" + "|".join(MONTHS) + "|" + "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w))) + r")(\.?)(?![a-záéíóúñ])",
    re.IGNORECASE,
)

#: Before a holiday, a date right after it dates what is done for the holiday, not the holiday.
FOR_HOLIDAY = re.compile(r"\b(?:por|para)[ \t\xa0]+(?:(?:la|el|las|los)[ \t\xa0]+)?\Z", re.IGNORECASE)
#: A count of days before or after a holiday (not read in this language).
HOLIDAY_COUNTED_FROM = re.compile(r"(?!)(?P<n>)(?P<unit>)(?P<dir>)")
HOLIDAY_COUNT_UNITS: dict[str, int] = {}
HOLIDAY_COUNT_BACK: frozenset[str] = frozenset()
#: In the sentence of a holiday, a word saying the day written is the one it is observed on (any case).
HOLIDAY_OBSERVED = re.compile(r"\b(?:observad|trasladad)", re.IGNORECASE)


# --- DC102 impossible-date ----------------------------------------------------------------------------
#: In the sentence of a Feb. 29 written without its year, words that make it the day of leap years,
#: not a day of the year inferred: "nacido un 29 de febrero, año bisiesto" (any case).
LEAP_DAY = re.compile(r"\b(?:bisiest[oa]s?|cumpleaños|cada[ \t]+cuatro[ \t]+años)\b", re.IGNORECASE)


# --- read by the rules in English only so far: here they match nothing (lang/no_cues.py) ------------
from ..no_cues import *  # noqa: E402,F401,F403

#: DC205: a label dating an update of the story (an update cannot come before its first publication).
UPDATED = re.compile(r"[ \t]*(?:actualizado|última[ \t]+actualización|modificado)\b", re.IGNORECASE)

#: DC204: "hace cinco años esta semana", "hace cinco años, esta semana": what may stand between.
YEARS_BACK_LINKS = frozenset({"", ","})

# --- DC301: counts set beside the years that bound them (after the defaults above) -----------------
#: "de 1998 a 2010, 12 años en total", "entre 2001 y 2009 -- ocho años --", "1930-1936, un periodo de seis años".
RANGE_COUNT_GAP = re.compile(r"[ \t]*(?:,|;|\(|--|\u2014|\u2013)[ \t]*"
                             r"(?:(?:un|una)[ \t]+(?:periodo|período|lapso|total)[ \t]+de[ \t]+|en[ \t]+total[ \t]+|o[ \t]+sea[ \t]+)?\Z")
RANGE_COUNT_END = re.compile(r"[ \t]*(?:en[ \t]+total[ \t]*)?(?:[.,;:)\u2014\u2013]|--|\Z)")
#: "durante 15 años, de 1990 a 2005", "durante 15 años (1990-2005)", "durante ocho años, entre 2001 y 2009"
#: ("entre", `within`, only set off: "durante cuatro años, entre 2001 y 2010" may be four years
#: within them, so only more years than the range holds is wrong).
COUNT_RANGE_LEAD = re.compile(r"\bdurante[ \t]+\Z")
COUNT_RANGE_GAP = re.compile(r"[ \t]*(?:(?:,|\(|--|\u2014|\u2013)[ \t]*(?:(?:de|desde)[ \t]+|(?P<within>entre)[ \t]+)?|(?:de|desde)[ \t]+)\Z")
COUNT_RANGE_END = re.compile(r"[ \t]*(?:[.,;:)\u2014\u2013]|--|\Z)")
#: "se jubila esta semana tras 25 años; entró en 2001", "cierra después de 30 años, tras abrir en 1996".
AFTER_COUNT_BEFORE = re.compile(r"[ \t]*,?[ \t]*(?:tras|después[ \t]+de)[ \t]+\Z")
BEGAN_IN = re.compile(r"\b(?:abrió|abrir|abrieron|fundó|fundad[oa]|entró|ingresó|comenzó|empezó|inauguró|inaugurad[oa]|"
                      r"llegó)(?:[ \t]+[a-záéíóúñ]+){0,4}?[ \t]+en[ \t]+\Z")
#: DC401: a weekday and its date set off between dashes, without "el": "la votación del viernes --
#: 4 de octubre -- es la última".
APPOSED_GAP = re.compile(r"^(?P<own>)[ \t]*(?:--|\u2014|\u2013)[ \t]*$")
APPOSED_END = re.compile(r"[ \t]*(?:--|\u2014|\u2013)")
#: Between such a date and the next, when the date is one of a list ("June 14, June 21 and ..."): not a tie.
APPOSED_LIST = re.compile(r"[ \t]*(?:(?:y|o)[ \t]+)?")
#: DC202: a phrase set off by commas between a verb's object and "el <fecha>": "completó la venta,
#: anunciada en marzo, el 28 de mayo", "firmó el contrato, que vence en 2030, el 23 de mayo" (`part`:
#: a participle of either gender or number, "anunciada", "previstos").
SET_OFF_BEFORE = re.compile(
    r",[ \t]+(?:(?P<rel>que|quien|la[ \t]+cual|el[ \t]+cual)[ \t]+)?"
    r"(?:(?P<part>[a-záéíóúñ]+(?:ad|id)[oa]s?)\b|(?P<head>[a-záéíóúñ]+))"
    r"[^,;:.!?\"\u201c\u201d\u00ab\u00bb()]{0,80},[ \t]*el[ \t]+\Z")
#: DC202: a gerund phrase set off after the date ("aprobó la fusión el 12 de mayo, poniendo fin a una
#: larga búsqueda"): it modifies the clause and does not hedge it.
SET_OFF_AFTER = re.compile(r",[ \t]+[a-záéíóúñ]+(?:ando|iendo|yendo)\b")
