"""German words DC201 (stale-year) reads around a full date: whether it closes a reporting period
("das Geschäftsjahr zum 30. September"), whether that period is compared with the year before, and
whether the sentence tells the date's story as history. All lower case."""

from __future__ import annotations

PERIOD_END = (
    r"\b(?:quartal|quartals|geschäftsjahr|geschäftsjahres|jahr|jahres|halbjahr|halbjahres|zeitraum|monate|wochen)"
    r"\s+(?:zum|bis\s+zum|endend\s+am|das\s+am)\s+$"
)
EARLIER_SIDE = r"\b(?:verglichen\s+mit|gegenüber|im\s+vergleich\s+zu|von)\b"
EARLIER_NEAR = r"\b(?:vorherigen|vorigen|vorangegangenen)(?:\s+[a-zäöüß-]+){0,3}\s+(?:zum\s+)?$"
YEAR_BEFORE_COMPARED = (
    r"\b(?:vorjahr\w*|ein\s+jahr\s+(?:zuvor|davor)|(?:stieg|sank|wuchs|fiel)\b(?:[^.;!?]|\.(?=[0-9])){0,100}?\bvon\b)"
)
SEQUEL = r"\b(?:später|danach|anschließend|schließlich)\b"
#: A beginning's date and the count of its first days said as now (not read in this language yet).
BEGUN_BEFORE = r"(?!)"
FIRST_SPAN = r"(?!)"
#: Right before a date in its own clause: a deadline or a schedule told as still ahead ("die Frist
#: endet am", "Anmeldeschluss ist der", "die Bewerbungsfrist läuft bis zum"); the future ("wird am")
#: is left to past-as-future.
STILL_AHEAD = (
    r"(?:\b(?:frist|bewerbungsfrist|anmeldefrist|anmeldeschluss|einsendeschluss|bewerbungsschluss|stichtag|"
    r"anmeldung|abstimmung|ausstellung)"
    r"\s+(?:endet|ist|läuft|beginnt|startet|schließt|öffnet)(?:\s+(?:bis|noch\s+bis))?)"
    r"\s+(?:am\s+|der\s+|zum\s+|den\s+)?$"
)
