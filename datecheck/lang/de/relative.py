"""German words that place a date relative to another: "am kommenden Montag", "vergangene Woche",
"vor drei Tagen", "Anfang", "im dritten Quartal".

German inflects the relation ("letzte Woche", "im letzten Jahr", "letzten Montag"): every form of
each stem is listed, and ``RELATION_KEYS`` maps them onto the language-free relations of
``datecheck.model.Rel``. The day words and relative phrases come from CLDR (``generated.py``).
"""

from __future__ import annotations

import re

from . import generated as _cldr

_ENDINGS = ("e", "en", "er", "es", "em")


def _forms(*stems: str) -> tuple[str, ...]:
    return tuple(stem + ending for stem in stems for ending in _ENDINGS)


_NEXT = _forms("nächst", "kommend")
_LAST = _forms("letzt", "vergangen", "vorig")
_THIS = (*_forms("dies", "laufend"), "heuer")
_FOLLOWING = _forms("folgend")
_SAME = _forms("selb", "gleich")
ARTICLES_BEFORE_UNITS = ("am", "des", "der")
#: "im März des vergangenen Jahres"; "am 5. Juni d. J." (dieses Jahres), "v. J." (vorigen Jahres)
_YEAR_WITH_ARTICLE = ("des letzten jahres", "des vergangenen jahres", "des vorigen jahres", "des nächsten jahres",
                      "des kommenden jahres")
_YEAR_ABBREVIATIONS = {"d. j.": "this year", "d.j.": "this year", "v. j.": "last year", "v.j.": "last year"}
RELATION_KEYS: dict[str, str] = {
    **{w: "the" for w in ARTICLES_BEFORE_UNITS},
    **{w: "next" for w in _NEXT}, **{w: "last" for w in _LAST}, **{w: "this" for w in _THIS},
    **{w: "the following" for w in _FOLLOWING}, **{w: "the same" for w in _SAME}, "vor": "last",
    **{w: "last year" for w in ("letzten jahres", "vergangenen jahres", "vorigen jahres", "des vorjahres",
                                "des letzten jahres", "des vergangenen jahres", "des vorigen jahres")},
    **{w: "next year" for w in ("des nächsten jahres", "des kommenden jahres")}, **_YEAR_ABBREVIATIONS,
    **{w: "this year" for w in ("dieses jahres", "des laufenden jahres")},
    **{w: "next year" for w in ("nächsten jahres", "kommenden jahres")},
}

DEFINITE_ARTICLE = "der"

UNIT_RELATIONS: dict[str, str] = {
    **{w: "deictic" for w in (*_NEXT, *_LAST, *_THIS, "vor")}, **{w: "narrative" for w in (*_FOLLOWING, *_SAME)},
    # "am Wochenende", "Anfang des Jahres", "Ende der Woche": the unit around the story's date (a week,
    # a month or a year after an article only with a part of it written before)
    **{w: "article" for w in ARTICLES_BEFORE_UNITS},
}
RELATIVE_UNITS: dict[str, str] = {
    "woche": "week", "wochenende": "weekend", "monat": "month", "monats": "month", "jahr": "year",
    "jahres": "year", "jahrs": "year", "quartal": "quarter", "quartals": "quarter", "jahrzehnt": "decade",
    "jahrzehnts": "decade", "jahrhundert": "century", "jahrhunderts": "century", "geschäftsjahr": "fiscal year",
    "geschäftsjahres": "fiscal year", "halbjahr": "half", "halbjahres": "half",
    "": "year",  # "heuer": the relation that holds its unit (this year)
}
HALF_WORDS_ALONE: frozenset[str] = frozenset()
HALF_RELATIONS: frozenset[str] = frozenset()
DAY_RELATIONS = (*_NEXT, *_LAST, *_forms("dies"))
WEEKDAY_RELATIONS = (*_NEXT, *_LAST, *_forms("dies"), *_FOLLOWING)
#: "im vergangenen November" written in December: the November just gone, "past", not "last".
MONTH_RELATION_KEYS: dict[str, str] = {"last": "past"}
MONTH_RELATIONS = (*_NEXT, *_LAST, *_forms("dies"))
SEASON_RELATIONS = (*_NEXT, *_LAST, *_forms("dies"))
YEAR_RELATIONS = ("letzten jahres", "vergangenen jahres", "vorigen jahres", "des vorjahres", "dieses jahres",
                  "des laufenden jahres", "nächsten jahres", "kommenden jahres", *_YEAR_WITH_ARTICLE,
                  *_YEAR_ABBREVIATIONS)
YEAR_WORD = "jahr"
DURATION_PREFIXES = ("die letzten", "die vergangenen", "die nächsten", "die kommenden", "den letzten",
                     "den vergangenen", "den nächsten", "den kommenden", "der letzten", "der vergangenen", "weitere",
                     "weiteren")

MODIFIERS: dict[str, str | None] = {
    "anfang": "START", "beginn": "START", "zu beginn": "START", "mitte": "MID", "ende": "END",
    "erste hälfte": "EARLY", "zweite hälfte": "LATE", "frühjahr": None,
}
SHORT_MODIFIERS = ("anfang", "mitte", "ende")
UNIT_MODIFIERS = ("anfang", "mitte", "ende", "zu beginn")
MONTH_MODIFIERS = ("anfang", "mitte", "ende", "zu beginn")
DAY_MODIFIERS: tuple[str, ...] = ()
WEEKDAY_MODIFIERS: tuple[str, ...] = ()
NARRATIVE_MODIFIERS: frozenset[str] = frozenset()

HALF_POSITIONS: dict[str, int] = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2}
HALF_SPANS = ("hälfte", "jahreshälfte")

DIRECTIONS: dict[str, tuple[int, str]] = {
    **{w: (-1, "now") for w in _cldr.AGO_WORDS}, **{w: (1, "now") for w in _cldr.AHEAD_WORDS},
    "später": (1, "narrative"), "danach": (1, "narrative"), "zuvor": (-1, "narrative"), "davor": (-1, "narrative"),
}
DIRECTIONS_BEFORE = (*_cldr.AGO_WORDS, *_cldr.AHEAD_WORDS)
DIRECTIONS_AFTER = ("später", "danach", "zuvor", "davor")
OR_SO = "\x00"
APPROXIMATORS: dict[str, str] = {
    "etwa": "approximate", "rund": "approximate", "fast": "approximate", "knapp": "approximate",
    "gut": "approximate", "ungefähr": "approximate", "beinahe": "approximate", "mehr als": "bound",
    "weniger als": "bound", "über": "bound", "mindestens": "bound", "bis zu": "bound", "genau": "exact",
    "nur": "exact", "erst": "exact", "exakt": "exact",
}

DAY_WORDS: dict[str, tuple[int, str | None]] = {
    **{w: (offset, None) for w, offset in _cldr.DAY_OFFSETS.items()},
    "heute nacht": (0, "NI"), "gestern nacht": (-1, "NI"), "vergangene nacht": (-1, "NI"),
}
#: "morgen" is tomorrow; "Morgen", capitalized inside a sentence, the morning ("am Morgen").
NOUNS_WHEN_CAPITALIZED = frozenset({"morgen"})
#: After these, "morgen" is the morning ("am Morgen", "jeden Morgen", "heute Morgen").
MORNING_BEFORE = ("am", "der", "den", "dem", "des", "jeden", "einen", "guten", "frühen", "diesen", "heute",
                  "gestern", "vom", "zum", "ins", "bis", "am frühen")
DAY_WORDS_IN_NAMES: frozenset[str] = frozenset()

ANAPHORIC_LINKS: frozenset[str] = frozenset()
ANAPHORIC: dict[str, tuple[str, int, str | None, str | None]] = {
    "am nächsten tag": ("day", 1, None, None), "am folgenden tag": ("day", 1, None, None),
    "tags darauf": ("day", 1, None, None), "am tag danach": ("day", 1, None, None),
    "am vortag": ("day", -1, None, None), "am tag zuvor": ("day", -1, None, None),
    "am selben tag": ("day", 0, None, None), "am gleichen tag": ("day", 0, None, None),
    "an diesem tag": ("day", 0, None, None), "am vorabend": ("day", -1, "EV", None),
    "am nächsten morgen": ("day", 1, "MO", None), "am folgenden morgen": ("day", 1, "MO", None),
    "im jahr darauf": ("year", 1, None, None), "ein jahr später": ("year", 1, None, None),
}

#: Words that name the story's time, not a date. Left out: "nun" (a particle as often as "now"), and the
#: words news copy uses mostly without a time meant ("bald", "Zukunft", "kürzlich", "jüngst").
REFERENCES: dict[str, str] = {
    "jetzt": "date", "derzeit": "date", "zurzeit": "date", "momentan": "date", "heutzutage": "date",
    "aktuell": "date", "zur stunde": "date", "im moment": "date", "in letzter zeit": "date", "damals": "date", "früher": "date", "einst": "date",
    "demnächst": "date", "künftig": "date", "in zukunft": "date", "heutigen": "date",
    "bislang": "not-a-date", "bisher": "not-a-date",
}
#: Reference cues this language has no words for yet (lang/no_reference_cues.py).
from ..no_reference_cues import *  # noqa: E402,F401,F403

QUARTER_ORDINALS: dict[str, int] = {
    **{f"{stem}{ending}": number for number, stem in enumerate(("erst", "zweit", "dritt", "viert"), 1)
       for ending in ("e", "en", "es")},
    "1.": 1, "2.": 2, "3.": 3, "4.": 4,
}
QUARTER_RELATIONS: dict[str, str] = {"letzten": "last", "letzte": "last", "vergangenen": "previous",
                                     "laufenden": "current", "abgelaufenen": "previous"}
HALF_ORDINALS: dict[str, int] = {"ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "zweites": 2,
                                 "1.": 1, "2.": 2}
PERIOD_RELATIONS: frozenset[str] = frozenset()
YEAR_EARLIER: tuple[str, ...] = ()
QUARTER_UNITS: dict[str, str] = {"quartal": "quarter", "quartals": "quarter", "halbjahr": "half",
                                 "halbjahres": "half", "jahreshälfte": "half"}
FISCAL = "geschäftsjahr"

#: Days listed before a day and its month share them: "am 6., 7. und 8. Mai", "am 2. und 3.
#: sowie am 9. und 10. März": a listed day, and the words between.
DAY_LIST: re.Pattern[str] | None = re.compile(r"((?:3[01]|[12][0-9]|0?[1-9]))\.")
DAY_LIST_JOINERS = frozenset({"und", "sowie", "am", "bzw.", "vom", "ab"})
DAY_LIST_OPENERS = frozenset({"am", "vom", "ab"})
RANGE_WORDS = ("bis", "bis zum", "bis ende")
PAIR_WORD = "und"
RANGE_OPENERS: dict[str, str] = {"zwischen": "between", "von": "from", "vom": "from", "seit": "from"}
WEEK_OF = "die woche vom"
WEEK = "woche"

#: The article that makes a unit alone the one the story is in: none.
OF_THE_UNIT: frozenset[str] = frozenset()
