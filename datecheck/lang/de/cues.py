"""German words around a date expression that tell the tokenizer whether it is one: "im Jahr
2011" a year, "2011 Stimmen" a count; "seit März" a month. All lower case."""

from __future__ import annotations

import re

from .relative import FISCAL, SHORT_MODIFIERS, YEAR_WORD
from .words import MONTH_ABBREVIATIONS, MONTHS, SEASONS

YEAR_CUES = frozenset(
    "im in seit bis von vom ab nach vor zwischen und oder jahr jahre jahres jahren anfang ende mitte frühjahr "
    "sommer herbst winter frühling um circa ca. etwa saison des".split()
) | frozenset(SHORT_MODIFIERS) | frozenset(SEASONS) | {FISCAL, YEAR_WORD}
NOT_YEAR_BEFORE = frozenset(
    "nr. nr nummer route flug zimmer seite seiten modell artikel paragraf paragraph kapitel abschnitt "
    "code ausgang straße linie bus tram platz".split()
)
NOT_YEAR_AFTER = frozenset({"uhr", "gmt", "utc", "euro", "dollar", "franken", "meter", "kilometer", "einwohner"})
NOT_PLURAL: frozenset[str] = frozenset()
NOT_PLURAL_ENDINGS = ("ss",)
PLURAL_ENDING = "\x00"

MONTH_CUES = frozenset(
    "im in seit bis von vom ab nach vor zwischen und oder anfang ende mitte monat monats ab dem zum "
    "bis zum letzten vergangenen kommenden nächsten diesen".split()
) | frozenset(SHORT_MODIFIERS)
NOT_DAY_AFTER = frozenset({"prozent", "millionen", "milliarden", "punkte", "euro"})
ARTICLES: frozenset[str] = frozenset()
NOT_NOUNS = frozenset("von zu und oder in an auf mit für als ist war".split())

MEASURE_NOUNS = frozenset(
    "menschen personen stimmen soldaten einwohner schüler studenten arbeiter mitarbeiter beschäftigte "
    "arbeitsplätze wohnungen häuser autos fahrzeuge einheiten aktien tonnen kilometer km meter hektar barrel "
    "euro dollar franken punkte sitze mitglieder fälle tote opfer flüchtlinge kinder frauen männer familien "
    "patienten betten zimmer exemplare seiten wörter mal millionen tausend polizisten besucher passagiere "
    "touristen fans zuschauer unterschriften teilnehmer delegierte sportler spiele tore stück".split()
)
NOT_SPOKEN_YEAR_AFTER = MEASURE_NOUNS | {"jahre", "tage"}

NOT_AGE_ROLES = frozenset("jahr jahre summe seite nummer stimmen preis zahl durchschnitt temperatur".split())
NOT_AGE_WORDS = frozenset(MONTHS) | {abbreviation + "." for abbreviation in MONTH_ABBREVIATIONS} | frozenset(
    "straße str. seite kapitel artikel nr.".split()
)
AGE_ROLE = r"\b(?:der|die|ein|eine|[Dd]er|[Dd]ie|Eine?)\s+(?:[a-zäöüß]+\s+)?([A-Za-zäöüß]{3,})\s*$"

CLAUSE_WORDS = frozenset({"und", "oder", "aber", "als", "wenn", "wie", "in", "am", ","})
#: The words after a direction that lead on to an event: none listed (any word that opens no clause).
EVENT_LINKS: frozenset[str] = frozenset()

SUPERLATIVE = r"\b(?P<sup>erste[nmrs]?|höchste[nmrs]?|niedrigste[nmrs]?|[a-zäöüß]{3,}ste[nmrs]?)(?P<between>(?:[ \t-]+[a-zäöüß'-]+){0,3}?)[ \t]+$"
NOT_SUPERLATIVE = frozenset("letzte letzten nächste nächsten".split())
VERBISH = frozenset("wird werden soll sollen ist sind war kann könnte muss".split())
IN_N_AFTER = ("\x00", "\x00\x00", "\x00\x00\x00")

FREQUENCY_WORDS = frozenset({"mal", "zweimal", "einmal", "dreimal"})
SPAN_PREPOSITIONS = frozenset({"während", "für", "über", "im", "das", "dieses"})
FISCAL_YEAR_PREPOSITIONS = frozenset({"im", "für", "während"})
#: Words after a fiscal year's unit word that make it something else: none (the unit says "fiscal").
NOT_FISCAL_AFTER: frozenset[str] = frozenset()

SEASON_CUES = frozenset({"im", "in", "seit", "bis", "ab", "zum", "vom", "über", "diesen", "diesem", "dieses",
                         "letzten", "vergangenen", "nächsten", "kommenden", "anfang", "ende", "mitte"})
THE_SEASON_CUES = SEASON_CUES
BARE_SEASON_NOT_DATES: frozenset[str] = frozenset()
NOT_SEASON_AFTER = frozenset({"olympia", "spiele", "pause", "ferien", "reifen", "zeit", "fahrplan"})

#: A time of day and its zone after a number, at once or after a second time (the number is no year).
CLOCK_AFTER = re.compile(
    r"(?:[ \t]*(?:-|\u2013|bis|und)[ \t]*[0-9]{4})?[ \t]+(?:uhr|gmt|utc|mez|mesz)(?![a-zäöüßñáéíóú])"
)

#: A date that names a place: "Straße des 18. Oktober", "Platz des 4. Juli" (the word before it, past "des").
PLACE_NOUNS = frozenset({"straße", "strasse", "platz", "allee", "brücke", "stadion", "schule", "gasse", "ring", "ufer",
                         "kaserne", "siedlung", "park"})
PLACE_LINKS = frozenset({"des", "vom"})
#: Names joined by a hyphen hold dates that are none: "Winter-Triathlon", "Kino-Montag", "Mai-Kundgebung".
HYPHEN_COMPOUNDS = True
#: Words after a day spelled out that make it no date: a place in a ranking.
NOT_SPELLED_DAY_AFTER = frozenset({"platz", "rang"})
