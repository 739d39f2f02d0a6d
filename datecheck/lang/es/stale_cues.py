"""Spanish words DC201 (stale-year) reads around a full date: whether it closes a reporting period
("el trimestre cerrado el 30 de septiembre"), whether that period is compared with the year before,
and whether the sentence tells the date's story as history. All lower case."""

from __future__ import annotations

PERIOD_END = (
    r"\b(?:trimestres?|años?|ejercicios?|periodos?|períodos?|meses|semanas|semestres?)"
    r"\s+(?:que\s+)?(?:cerrad[oa]s?|terminad[oa]s?|concluid[oa]s?|finalizad[oa]s?)\s+(?:el\s+)?$"
)
EARLIER_SIDE = r"\b(?:frente\s+a|comparad[oa]\s+con|respecto\s+a?l?|desde)\b"
EARLIER_NEAR = r"\b(?:anterior|previo|precedente)(?:\s+[a-záéíóúñ-]+){0,3}\s+(?:el\s+)?$"
YEAR_BEFORE_COMPARED = (
    r"\b(?:un\s+año\s+antes|el\s+año\s+(?:pasado|anterior)|interanual|"
    r"(?:subió|bajó|creció|cayó|aumentó|disminuyó)\b(?:[^.;!?]|\.(?=[0-9])){0,100}?\bdesde\b)"
)
SEQUEL = r"\b(?:después|posteriormente|finalmente|más\s+tarde)\b"
#: A beginning's date and the count of its first days said as now (not read in this language yet).
BEGUN_BEFORE = r"(?!)"
FIRST_SPAN = r"(?!)"
#: Right before a date in its own clause: a deadline or a schedule told as still ahead ("el plazo
#: vence el", "la fecha límite es el", "las inscripciones cierran el"); the future ("vencerá el") is
#: left to past-as-future.
STILL_AHEAD = (
    r"(?:\b(?:plazo|fecha\s+límite|convocatoria|inscripciones|inscripción|matrícula|solicitudes|votación)"
    r"\s+(?:vence|vencen|es|cierra|cierran|termina|terminan|finaliza|abre|abren|comienza|empieza|"
    r"sigue\s+abiert[ao]\s+hasta))"
    r"\s+(?:el\s+|hasta\s+el\s+)?$"
)
