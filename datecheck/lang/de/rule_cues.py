"""German words the rules look for around a date: "geboren am", "das 50-jährige Bestehen", "vor 25
Jahren", "veröffentlicht am", "am Dienstag, 5. März". Patterns run on the lower-cased text unless
their name says otherwise."""

from __future__ import annotations

import re

from ...patterns import alternation
from .relative import APPROXIMATORS, PAIR_WORD, RANGE_OPENERS, RANGE_WORDS
from .words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

#: Between a weekday (or "heute") and its date: "Dienstag, 5. März", "Dienstag (5. März)", "Dienstag, den 5. März".
TIE = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:den[ \t\xa0]+|dem[ \t\xa0]+)?\Z")
DATE_LINE_REST = re.compile(
    r"(?:aktualisiert|veröffentlicht|geändert|am|um|und|uhr|mez|mesz|gmt|utc|[0-9]{1,2}[:.][0-9]{2}|[\W_])*\Z",
    re.IGNORECASE,
)
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|" + "|".join(RANGE_WORDS + (PAIR_WORD,)) + r")\s*\Z", re.IGNORECASE)
RANGE_OPENER = re.compile("(?:" + "|".join(RANGE_OPENERS) + r")\s+\Z", re.IGNORECASE)

ANNIVERSARY_STEM = "jähr"
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
COUNT_BEFORE_YEAR = re.compile(
    r"(?<![a-z0-9])(?P<n>[0-9]{1,3}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|fünfzig)"
    r"[ ](?P<unit>jahr|jahrzehnt|jahrhundert)(?:e|en)?[ \t]+(?P<dir>nach|vor)[ \t]+(?:(?:dem|der|den)[ \t]+)?\Z"
)
COUNT_UNITS = {"jahr": "year", "jahrzehnt": "decade", "jahrhundert": "century"}
COUNT_FORWARD = "nach"

ON_BEFORE = re.compile(r"\bam(?:\s+" + alternation(WEEKDAYS) + r",?)?\s*$")
ON = "am "
CONDITIONAL = "\x00"
EARLIER = "zuvor"
LATER = "später"
DAY_BESIDE_TODAY = re.compile(r"\x00")

BYLINE = re.compile(r"[ \t]*(?:veröffentlicht|erschienen)(?:[ \t]+am)?[ \t]*:?", re.IGNORECASE)
NOT_PUBLICATION = re.compile(r"[ \t]*(?:heute|aktualisiert|zuletzt[ \t]+aktualisiert|geändert)\b", re.IGNORECASE)

BORN = re.compile(r"\bgeboren\b(?:[ \t]+(?:am|im|in))?[ \t]*")
AGE_TO_BORN = re.compile(r"[\s,()\u2014\u2013-]*(?:(?:der|die)[ \t]+)?\Z")

LOOSE_GAP = re.compile(r"^[ \t]+(?:[a-zäöüß]+[ \t]+){0,3}(?:am|vom)[ \t]+$|^[ \t]*[,(][ \t]*$", re.IGNORECASE)

MONTH_TOKEN = re.compile(
    r"\b(" + "|".join(MONTHS) + "|" + "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w))) + r")(\.?)(?![a-zäöüß])",
    re.IGNORECASE,
)
