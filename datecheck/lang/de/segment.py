"""German words that decide where sentences and clauses end (read by datecheck.text)."""

from __future__ import annotations

from .words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS as _WEEKDAYS

TITLES = frozenset("dr prof hr fr nr st bzw vgl ca abs art bd hl jh jhd mio mrd".split())
#: Tokens a period after them need not end a sentence (the next word decides): abbreviations, and the
#: days of the month, which German writes with an ordinal dot ("am 19. Mai").
ABBREVIATIONS = frozenset("usw etc jan feb mär apr jun jul aug sep sept okt nov dez z.b u.a d.h evtl inkl".split()) \
    | frozenset(str(day) for day in range(1, 32)) | frozenset(f"{day:02d}" for day in range(1, 10))
SENTENCE_STARTERS = frozenset(
    "der die das ein eine er sie es wir ich ihr aber und doch auch als wenn während obwohl dann nun heute gestern "
    "morgen laut nach".split()
)
CONJUNCTIONS = frozenset("aber sondern doch denn".split())
SUBORDINATORS = frozenset("weil wenn als obwohl während falls sobald nachdem bevor ob".split())
RELATIVES = frozenset("dass der die das welche welcher welches wer".split())
REPORTING_VERBS = frozenset(
    "sagte sagt sagten sagen erklärte erklärt teilte teilt betonte betont berichtete berichtet kündigte "
    "meinte meint schrieb schreibt warnte warnt fügte bestätigte bestätigt".split()
)
WEEKDAYS = frozenset(_WEEKDAYS)
MONTHS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
CLAUSE_SUBJECTS = frozenset("der die das er sie es wir ich man ein eine".split())
RUN_ON_WORDS = frozenset(
    "ein eine der die das des dem den von vom zu zum zur in im an am auf mit für und oder aber dass als wie "
    "ist sind war waren wird werden hat haben hatte".split()
)
