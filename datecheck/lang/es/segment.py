"""Spanish words that decide where sentences and clauses end (read by datecheck.text)."""

from __future__ import annotations

from .words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS as _WEEKDAYS

TITLES = frozenset("sr sra srta dr dra lic ing prof gral cnel sto sta núm nº pág art cap vol ee uu".split())
ABBREVIATIONS = frozenset("etc aprox ene feb mar abr may jun jul ago sep sept oct nov dic s.a av avda".split())
SENTENCE_STARTERS = frozenset(
    "el la los las un una este esta estos estas ese esa pero y sin además también cuando mientras si aunque "
    "ayer hoy mañana luego entonces según sin embargo".split()
)
CONJUNCTIONS = frozenset("pero sino mas".split())
SUBORDINATORS = frozenset("aunque porque cuando mientras si pues como".split())
RELATIVES = frozenset("que cual cuales quien quienes donde cuyo cuya".split())
REPORTING_VERBS = frozenset(
    "dijo dice dicen afirmó afirma aseguró asegura explicó explica señaló señala indicó indica anunció anuncia "
    "informó informa declaró declara añadió añade advirtió advierte precisó precisa manifestó agregó".split()
)
WEEKDAYS = frozenset(_WEEKDAYS)
MONTHS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
CLAUSE_SUBJECTS = frozenset("el la los las un una este esta ese esa se no lo le les ya".split())
RUN_ON_WORDS = frozenset(
    "un una el la los las de del en a al por para con sin y o pero que como su sus es son fue fueron ha han "
    "había este esta estos estas".split()
)
