"""German words the rules look for around a date: "geboren am", "das 50-jährige Bestehen", "vor 25
Jahren", "veröffentlicht am", "am Dienstag, 5. März". Patterns run on the lower-cased text unless
their name says otherwise."""

from __future__ import annotations

import re

from ...patterns import alternation
from .relative import APPROXIMATORS, PAIR_WORD, RANGE_OPENERS, RANGE_WORDS
from .words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

#: Between a weekday (or "heute") and its date: "Dienstag, 5. März", "Dienstag (5. März)", "Dienstag, den 5. März".
#: Between a date and the weekday written after it: "am 14. Oktober, einem Freitag".
TIE_AFTER = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:ein(?:em)?[ \t\xa0]+)?\Z")
#: The end of a line a sentence runs on from onto a line holding only a date, which is then a
#: wrapped line, not a date line: "seit dem\n9. April 1965\nwird" (any case).
WRAPPED_BEFORE = re.compile(r"(?<![^\W\d_])(?:am|seit|vom|bis|im|dem|den|der|und|vor|nach|zum)[ \t\xa0]*\Z", re.IGNORECASE)
#: After a weekday: (German has no possessive ending after a weekday.)
POSSESSIVE_AFTER = re.compile(r"(?!)")
#: Between a date and a weekday: (not read in German)
HELD_ON = re.compile(r"(?!)", re.IGNORECASE)
#: Before a date that names an event.
EVENT_ARTICLE = re.compile(r"(?!)", re.IGNORECASE)
#: Words saying which weekday a date is, and a time of day between a weekday and its date (not read).
WHICH_IS = re.compile(r"(?!)")
AT_TIME = re.compile(r"(?!)")
TIE = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:den[ \t\xa0]+|dem[ \t\xa0]+|am[ \t\xa0]+)?\Z")
DATE_LINE_REST = re.compile(
    r"(?:aktualisiert|veröffentlicht|geändert|am|um|und|uhr|mez|mesz|gmt|utc|[0-9]{1,2}[:.][0-9]{2}|[\W_])*\Z",
    re.IGNORECASE,
)
#: A label dating the story itself (veröffentlicht, aktualisiert): no dated section.
STAMP_LABEL = re.compile(r"(?<![^\W\d_])(?:aktualisiert|veröffentlicht|geändert|erschienen)(?![^\W\d_])", re.IGNORECASE)
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|" + "|".join(RANGE_WORDS + (PAIR_WORD,)) + r")\s*\Z", re.IGNORECASE)
RANGE_OPENER = re.compile("(?:" + "|".join(RANGE_OPENERS) + r")\s+\Z", re.IGNORECASE)

#: The letter every form shares ("jährig", "Jahrestag", "Jubiläum"), to skip texts without one quickly.
ANNIVERSARY_STEM = "j"
#: "das 50-jährige Bestehen", "zum 30. Jahrestag des", "das 25-jährige Jubiläum".
ANNIVERSARY = re.compile(
    r"(?<![a-z0-9])(?P<ordinal>[0-9]{1,3})(?:-jährigen?|-jähriges|\.)[ \t]+(?:bestehen|jubiläum|jahrestag|firmenjubiläum)\b"
)
ANNIVERSARY_NOW = re.compile(r"\b(?:feiert|feiern|begeht|begehen|gedenkt|gedenken|heute|dieses jahr|jährt sich)\b")

ELAPSED_GAP = re.compile(r"[\s,(\u2014\u2013-]*(?:(?:im|am|von)\s+)?\Z")
_NOT_EXACT = [words for words, kind in APPROXIMATORS.items() if kind != "exact"]
APPROXIMATE_BEFORE = re.compile(r"\b" + alternation(_NOT_EXACT) + r"\s*$")
APPROXIMATE_START = re.compile(alternation(_NOT_EXACT) + r"\b")
AGO = "vor"
#: Whether that word opens the count ("hace 25 años") rather than ends it ("25 years ago").
AGO_FIRST = True
COUNT_BEFORE_YEAR = re.compile(
    r"(?<![a-z0-9])(?P<n>[0-9]{1,3}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|fünfzig)"
    r"[ ](?P<unit>jahr|jahrzehnt|jahrhundert)(?:e|en)?[ \t]+(?P<dir>nach|vor)[ \t]+(?:(?:dem|der|den)[ \t]+)?\Z"
)
COUNT_UNITS = {"jahr": "year", "jahrzehnt": "decade", "jahrhundert": "century"}
COUNT_FORWARD = "nach"

ON_BEFORE = re.compile(r"\bam(?:\s+" + alternation(WEEKDAYS) + r",?)?\s*$")
ON = "am "
CONDITIONAL = "\x00"
#: Dates the future verb of their clause does not date: one after "vom" names the noun before it
#: ("die Sitzung vom 4. Juni", "das Angebot vom 30. Januar"); one after "ab", "seit" opens a span
#: that may be running already.
NAMES_A_NOUN_BEFORE = re.compile(r"\bvom[ \t\n]+\Z")
NAMES_A_NOUN_AFTER = re.compile(r"")
SPAN_START_BEFORE = re.compile(r"\b(?:ab|seit)[ \t\n]+(?:dem[ \t\n]+)?\Z")
EARLIER = "zuvor"
LATER = "später"
DAY_BESIDE_TODAY = re.compile(r"\x00")

BYLINE = re.compile(r"[ \t]*(?:veröffentlicht|erschienen)(?:[ \t]+am)?[ \t]*:?", re.IGNORECASE)
NOT_PUBLICATION = re.compile(r"[ \t]*(?:heute|aktualisiert|zuletzt[ \t]+aktualisiert|geändert)\b", re.IGNORECASE)

BORN = re.compile(r"\bgeboren\b(?:[ \t]+(?:am|im|in))?[ \t]*")
#: Between an age and "geboren": "Wolf, 45, geboren", "der 45-jährige Bürgermeister, geboren" (the noun
#: the age describes), "(45), der 1975 geboren" is not read (the year comes first).
AGE_TO_BORN = re.compile(r"[\s,()\u2014\u2013-]*(?:[a-zäöüß]+[ \t]*,[ \t]*)?(?:(?:der|die)[ \t]+)?\Z")
#: Right before a count of years that is an age being reached: not read in German yet ("der am Sonntag 50 wird": the count comes first).
TURNING = re.compile(r"\x00")

LOOSE_GAP = re.compile(r"^[ \t]+(?:[a-zäöüß]+[ \t]+){0,3}(?:am|vom)[ \t]+$|^[ \t]*[,(][ \t]*$", re.IGNORECASE)

MONTH_TOKEN = re.compile(
    r"\b(" + "|".join(MONTHS) + "|" + "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w))) + r")(\.?)(?![a-zäöüß])",
    re.IGNORECASE,
)

#: Before a holiday, a date right after it dates what is done for the holiday, not the holiday.
FOR_HOLIDAY = re.compile(r"\bf\u00fcr[ \t\xa0]+(?:(?:die|den|das)[ \t\xa0]+)?\Z", re.IGNORECASE)
#: A count of days before or after a holiday (not read in this language).
HOLIDAY_COUNTED_FROM = re.compile(r"(?!)(?P<n>)(?P<unit>)(?P<dir>)")
HOLIDAY_COUNT_UNITS: dict[str, int] = {}
HOLIDAY_COUNT_BACK: frozenset[str] = frozenset()
#: In the sentence of a holiday, a word saying the day written is the one it is observed on (any case).
HOLIDAY_OBSERVED = re.compile(r"(?:verlegt|ersatz)", re.IGNORECASE)


# --- DC102 impossible-date ----------------------------------------------------------------------------
#: In the sentence of a Feb. 29 written without its year, words that make it the day of leap years,
#: not a day of the year inferred: "Schalttag", "Geburtstag am 29. Februar" (any case).
LEAP_DAY = re.compile(r"(?:schalt|geburtstag|alle[ \t]+vier[ \t]+jahre)", re.IGNORECASE)


# --- read by the rules in English only so far: here they match nothing (lang/no_cues.py) ------------
from ..no_cues import *  # noqa: E402,F401,F403

#: DC205: a label dating an update of the story (an update cannot come before its first publication).
UPDATED = re.compile(r"[ \t]*(?:aktualisiert|zuletzt[ \t]+aktualisiert|geändert)\b", re.IGNORECASE)

#: DC204: "vor fünf Jahren in dieser Woche": the word between a count of years ago and the week.
YEARS_BACK_LINKS = frozenset({"", "in"})

# --- DC301: counts set beside the years that bound them (after the defaults above) -----------------
#: "von 1998 bis 2010, insgesamt zwölf Jahre", "zwischen 2001 und 2009 -- acht Jahre --".
RANGE_COUNT_GAP = re.compile(r"[ \t]*(?:,|;|\(|--|\u2014|\u2013)[ \t]*"
                             r"(?:insgesamt[ \t]+|also[ \t]+|(?:eine[ \t]+|einen[ \t]+)?(?:spanne|zeitraum)[ \t]+von[ \t]+)?\Z")
RANGE_COUNT_END = re.compile(r"[ \t]*(?:(?:insgesamt|lang)[ \t]*)?(?:[.,;:)\u2014\u2013]|--|\Z)")
#: "15 Jahre lang, von 1990 bis 2005", "15 Jahre lang (1990-2005)", "acht Jahre lang, zwischen 2001 und
#: 2009" ("zwischen", `within`, only set off, and only more years than the range holds is wrong):
#: "lang" after the count makes it the length of the range.
COUNT_RANGE_LEAD = re.compile(r"")
COUNT_RANGE_GAP = re.compile(r"[ \t]+lang[ \t]*(?:(?:,|\(|--|\u2014|\u2013)[ \t]*(?:von[ \t]+|(?P<within>zwischen)[ \t]+)?|von[ \t]+)\Z")
COUNT_RANGE_END = re.compile(r"[ \t]*(?:[.,;:)\u2014\u2013]|--|\Z)")
#: "geht diese Woche nach 25 Jahren in Rente; sie kam 2001", "schließt nach 30 Jahren, eröffnet 1996".
AFTER_COUNT_BEFORE = re.compile(r"[ \t]*,?[ \t]*nach[ \t]+\Z")
BEGAN_IN = re.compile(r"\b(?:öffnete|eröffnete|eröffnet|gründete|gegründet|begann|trat|kam|eingestellt)"
                      r"(?:[ \t]+[a-zäöüß]+){0,4}?[ \t]+(?:im[ \t]+jahr[ \t]+)?\Z")
#: DC401: a weekday and its date set off between dashes: "die Abstimmung am Freitag – 4. Oktober – ist".
APPOSED_GAP = re.compile(r"^(?P<own>)[ \t]*(?:--|\u2014|\u2013)[ \t]*$")
APPOSED_END = re.compile(r"[ \t]*(?:--|\u2014|\u2013)")
#: Between such a date and the next, when the date is one of a list ("June 14, June 21 and ..."): not a tie.
APPOSED_LIST = re.compile(r"[ \t]*(?:(?:und|oder)[ \t]+)?")
