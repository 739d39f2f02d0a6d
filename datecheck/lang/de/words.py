"""German names and numbers: months, weekdays, ordinals, number words, units, seasons, parts of day.

All lower case, as the tokenizer reads the text; the names come from CLDR and dateparser
(``generated.py``: "Jänner", "Feber" from the Austrian spellings). German capitalizes every noun,
so a capitalized word after a month says nothing ("im März Verhandlungen"); a month alone needs a
cue before it ("im", "seit", "Ende"), which keeps "März" the surname out.
"""

from __future__ import annotations

from . import generated as _cldr

MONTHS: dict[str, int] = {**_cldr.MONTHS, **{w: n for w, n in _cldr.MONTH_SPELLINGS.items() if len(w) > 4}}
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{w: n for w, n in _cldr.MONTH_SPELLINGS.items() if len(w) <= 4 and w not in _cldr.MONTHS},
    **{w: n for w, n in _cldr.MONTH_ABBREVIATIONS.items() if w not in _cldr.MONTHS},
}
MONTHS_CAPITALIZED = True
MONTH_JOINERS: frozenset[str] = frozenset()  # months are capitalized: no company needed
MONTH_OF = ("\x00", "\x00")
#: Months are capitalized: no place is needed to tell one.
CAPITALIZED_MONTH_CUES: frozenset[str] = frozenset()
MONTH_OF_DAY: frozenset[str] = frozenset()
CAPITALIZED_MONTH_CUES_BEFORE_OF: frozenset[str] = frozenset()
#: Every noun is capitalized: a capitalized word after a month is no name.
NOUNS_CAPITALIZED = True
DATE_ORDER = "DMY"
VERB_MONTHS = frozenset(MONTHS)
NAME_MONTHS = frozenset({"märz", "april", "august", "juni"})
NOT_ADJECTIVE_MONTHS = frozenset(MONTHS)
AMBIGUOUS_MONTHS = frozenset({"mai", "mär", "jan"})

WEEKDAYS: dict[str, int] = dict(_cldr.WEEKDAYS)
WEEKDAY_ABBREVIATIONS: dict[str, int] = dict(_cldr.WEEKDAY_ABBREVIATIONS)
WEEKDAY_NAMES = _cldr.WEEKDAY_NAMES
MONTH_NAMES = _cldr.MONTH_NAMES
AP_MONTH_ABBREVIATIONS: dict[int, str] = {}

#: How a message writes a date, with its weekday, and an ordinal number.
SHORT_DATE = "{day}. {month} {year}"
LONG_DATE = "{weekday}, {day}. {month} {year}"
MESSAGE_ORDINAL = "{n}."

#: An ordinal in digits ends with a period: "5.", "20.".
ORDINAL_SUFFIXES = (".",)

DIGIT_WORDS: dict[str, int] = {
    "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}
TEEN_WORDS: dict[str, int] = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
TENS_WORDS: dict[str, int] = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90,
}
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer"})
#: Days of the month spelled out as ordinals, after "am", "vom", "zum", "den", "der", "dem" ("am fünften
#: März", "zum ersten Mai"): the stem of each ordinal, then its endings.
_ORDINAL_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8, "neunt": 9,
    "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
    "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21,
    "zweiundzwanzigst": 22, "dreiundzwanzigst": 23, "vierundzwanzigst": 24, "fünfundzwanzigst": 25,
    "sechsundzwanzigst": 26, "siebenundzwanzigst": 27, "achtundzwanzigst": 28, "neunundzwanzigst": 29,
    "dreißigst": 30, "einunddreißigst": 31,
}
DAY_ORDINALS: dict[str, int] = {stem + ending: n for stem, n in _ORDINAL_STEMS.items() for ending in ("e", "en", "er")}
NUMBER_WORDS: dict[str, int] = {**DIGIT_WORDS, **TEEN_WORDS, **TENS_WORDS, "hundert": 100, "ein paar": 2,
                                "ein dutzend": 12, "zwei dutzend": 24}
VAGUE_QUANTITIES = frozenset({"einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "viele", "vielen",
                              "ein paar"})
VAGUE_NEEDING_PREFIX = frozenset({"viele", "vielen", "wenige", "wenigen"})
QUANTITY_WORDS = ("ein paar", "einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "viele", "vielen")
ZERO = "null"

ORDINALS: dict[str, int] = {
    f"{stem}{ending}": number
    for number, stem in enumerate(("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt",
                                   "zehnt"), 1)
    for ending in ("e", "en", "er", "es", "em")
}
IRREGULAR_ORDINALS: dict[str, str] = {}

DECADE_WORDS: dict[str, int] = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6, "siebziger": 7,
    "achtziger": 8, "neunziger": 9,
}

SEASONS: dict[str, str] = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
#: Unit words in every case -> the unit (CLDR's names, with the dative plural "Tagen", "Jahren").
UNIT_WORDS: dict[str, str] = {
    **_cldr.UNIT_NAMES, "sekunden": "second", "minuten": "minute", "stunden": "hour", "tagen": "day",
    "tages": "day", "wochen": "week", "monaten": "month", "monats": "month", "jahren": "year", "jahres": "year",
    "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade", "jahrhundert": "century",
    "jahrhunderte": "century", "jahrhunderten": "century", "quartal": "quarter", "quartale": "quarter",
    "quartalen": "quarter",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

#: Parts of the day (CLDR's day periods), alone or joined to a weekday ("Dienstagabend").
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV",
    "nacht": "NI",
}

SPOKEN_CENTURIES: dict[str, int] = {}
SPOKEN_ZERO = "\x00"
SPOKEN_MILLENNIUM = "\x00\x00"

#: The commonest words of German text, for telling its language (datecheck.lang.detect).
FUNCTION_WORDS = frozenset(
    "der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im sie er es auch wird "
    "wurde hat sind nach bei aus wie".split()
)
