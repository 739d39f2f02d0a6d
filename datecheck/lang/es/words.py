"""Spanish names and numbers: months, weekdays, ordinals, number words, units, seasons, parts of day.

All lower case, as the tokenizer reads the text; the names come from CLDR and dateparser
(``generated.py``). Spanish writes month and weekday names in lower case: a capitalized "Mayo" in
the middle of a sentence is a surname.
"""

from __future__ import annotations

from . import generated as _cldr

MONTHS: dict[str, int] = {**_cldr.MONTHS, **{w: n for w, n in _cldr.MONTH_SPELLINGS.items() if len(w) > 4}}
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{w: n for w, n in _cldr.MONTH_SPELLINGS.items() if len(w) <= 4}, **_cldr.MONTH_ABBREVIATIONS,
}
#: Months and weekdays are written in lower case ("mayo", "domingo"); capitalized only where a sentence
#: starts, or in headline style (a capitalized one inside a sentence, before a capitalized word, is a
#: name: "Domingo García").
MONTHS_CAPITALIZED = False
NOUNS_CAPITALIZED = False
#: A capitalized month in the company of months is a month: joined to one ("diciembre y Febrero"), or
#: after "mes de" ("un mes de Febrero").
MONTH_JOINERS = frozenset({"y", "a", "o", "e", "hasta"})
MONTH_OF = ("mes", "de")
#: A capitalized month ("en Mayo", "5 de Junio", "finales de Abril", "Mayo de 2001") where only a
#: month stands: after these words, after "de" and a day or one of the words after it, before "de"
#: and a year.
CAPITALIZED_MONTH_CUES = frozenset("en desde hasta durante pasado próximo este".split())
MONTH_OF_DAY = frozenset({"de", "del"})
CAPITALIZED_MONTH_CUES_BEFORE_OF = frozenset(
    "principios finales mediados fines comienzos inicios primeros mes".split()
)
#: Numeric dates are written day first: "5/3/2024" is 5 March.
DATE_ORDER = "DMY"
#: Month names that are also other words: "mayo" a surname when capitalized mid-sentence, "marzo"
#: rarely; alone (without a day or a year) a month needs a cue before it.
VERB_MONTHS: frozenset[str] = frozenset()
NAME_MONTHS = frozenset({"mayo", "abril"})
NOT_ADJECTIVE_MONTHS = frozenset(_cldr.MONTHS)
AMBIGUOUS_MONTHS = NAME_MONTHS | {"mar", "set", "ago"}

WEEKDAYS: dict[str, int] = {**_cldr.WEEKDAYS, "miercoles": 2, "sabado": 5}
WEEKDAY_ABBREVIATIONS: dict[str, int] = dict(_cldr.WEEKDAY_ABBREVIATIONS)
WEEKDAY_NAMES = _cldr.WEEKDAY_NAMES
MONTH_NAMES = _cldr.MONTH_NAMES
#: Spanish style writes month names out in dates.
AP_MONTH_ABBREVIATIONS: dict[int, str] = {}

#: How a message writes a date, with its weekday, and an ordinal number.
SHORT_DATE = "{day} de {month} de {year}"
LONG_DATE = "{weekday}, {day} de {month} de {year}"
MESSAGE_ORDINAL = "{n}.º"

#: Ordinal marks after a number written in digits: "1.º", "1º", "1.er", "3.a".
ORDINAL_SUFFIXES = (".º", "º", ".ª", "ª", ".er", "er", ".o", ".a")

DIGIT_WORDS: dict[str, int] = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9,
}
TEEN_WORDS: dict[str, int] = {
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}
TENS_WORDS: dict[str, int] = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
}
INDEFINITE_ARTICLES = frozenset({"un", "una"})
#: Days of the month spelled out, after the article ("el cinco de marzo", "el primero de mayo",
#: "el veintiuno de junio"): the cardinal, or "primero" for the first.
DAY_ORDINALS: dict[str, int] = {
    **{word: n for word, n in DIGIT_WORDS.items() if word not in ("un", "una")}, "primero": 1,
    **{word: n for word, n in TEEN_WORDS.items() if word != "veintiún"}, "treinta": 30, "treinta y uno": 31,
}
NUMBER_WORDS: dict[str, int] = {
    **DIGIT_WORDS, **TEEN_WORDS, **TENS_WORDS, "cien": 100, "ciento": 100, "una docena de": 12,
    "un par de": 2, "media docena de": 6,
}
VAGUE_QUANTITIES = frozenset({"unos", "unas", "varios", "varias", "algunos", "algunas", "muchos", "muchas", "pocos", "pocas"})
VAGUE_NEEDING_PREFIX = frozenset({"muchos", "muchas", "pocos", "pocas"})
QUANTITY_WORDS = ("unos pocos", "unas pocas", "un par de", "unos", "unas", "varios", "varias", "algunos", "algunas",
                  "muchos", "muchas", "pocos", "pocas", "un", "una")
ZERO = "cero"

ORDINALS: dict[str, int] = {
    "primero": 1, "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercer": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
    "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
    "décima": 10,
    # centuries are numbered in Roman numerals: "el siglo xx"
    **{numeral: number for number, numeral in enumerate(
        "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split(), 1)},
}
IRREGULAR_ORDINALS: dict[str, str] = {}

DECADE_WORDS: dict[str, int] = {
    "veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8,
    "noventa": 9,
}

SEASONS: dict[str, str] = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
#: Unit words (CLDR's unit names, and the decade) -> the unit.
UNIT_WORDS: dict[str, str] = {
    **_cldr.UNIT_NAMES, "década": "decade", "décadas": "decade", "lustro": "year", "fin de semana": "weekend",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

#: Parts of the day, after "por la", "de la", "esta": CLDR's day periods.
PARTS_OF_DAY: dict[str, str] = {
    "mañana": "MO", "madrugada": "MO", "mediodía": "MI", "tarde": "AF", "noche": "NI", "anoche": "NI",
}

#: Years said aloud are not written in Spanish news: none.
SPOKEN_CENTURIES: dict[str, int] = {}
SPOKEN_ZERO = "\x00"
SPOKEN_MILLENNIUM = "\x00\x00"

#: The commonest words of Spanish text, for telling its language (datecheck.lang.detect).
FUNCTION_WORDS = frozenset(
    "el la los las de del que y en un una por con para es se no al lo su sus como más pero fue ha este esta "
    "también entre sobre".split()
)
