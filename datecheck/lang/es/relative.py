"""Spanish words that place a date relative to another: "el próximo lunes", "la semana pasada",
"hace tres días", "a finales de", "el tercer trimestre".

A relation may stand before the word it places ("el próximo lunes", "el pasado año") or after it
("el lunes pasado", "el año que viene"); ``RELATION_KEYS`` maps both onto the language-free
relations of ``datecheck.model.Rel``. The day words and the relative unit phrases come from CLDR
(``generated.py``).
"""

from __future__ import annotations

import re

from . import generated as _cldr
from . import words as _words

_NEXT = ("el próximo", "la próxima", "próximo", "próxima", "que viene", "entrante", "venidero", "venidera")
_LAST = ("el pasado", "la pasada", "pasado", "pasada", "el último", "la última")
_THIS = ("este", "esta", "este mismo", "esta misma", "en curso", "el presente", "la presente", "presente", "el actual",
         "la actual")
RELATION_KEYS: dict[str, str] = {
    **{w: "next" for w in _NEXT}, **{w: "last" for w in _LAST}, **{w: "this" for w in _THIS},
    "anterior": "the previous", "el anterior": "the previous", "la anterior": "the previous",
    "siguiente": "the following", "el siguiente": "the following", "la siguiente": "the following",
    "el": "the", "la": "the", "del": "the", "los": "the", "las": "the", "ese": "that", "esa": "that",
    "aquel": "that", "aquella": "that", "el mismo": "the same", "la misma": "the same",
    "ese mismo": "that", "esa misma": "that", "aquel mismo": "that", "aquella misma": "that", "dicho": "that",
    "dicha": "that",
    "del año pasado": "last year", "del año anterior": "last year", "del pasado año": "last year",
    "de este año": "this year", "del presente año": "this year", "del año en curso": "this year",
    "del próximo año": "next year", "del año próximo": "next year", "del año que viene": "next year",
    "del año": "this year",
}

DEFINITE_ARTICLE = "el"

#: Words before a unit ("la próxima semana", "el pasado año", "este mes", "la semana") -> role.
UNIT_RELATIONS: dict[str, str] = {
    **{w: "deictic" for w in (*_NEXT, *_LAST, *_THIS)},
    "el": "article", "la": "article", "del": "article", "ese": "demonstrative", "esa": "demonstrative",
    "aquel": "demonstrative", "aquella": "demonstrative", "el mismo": "narrative", "la misma": "narrative",
    **{w: "demonstrative" for w in ("ese mismo", "esa misma", "aquel mismo", "aquella misma", "dicho", "dicha")},
    "anterior": "narrative", "siguiente": "narrative",
}
#: The relations written before a unit, and those written after it ("la semana pasada").
#: The article that makes a unit alone the one the story is in: "la primera jornada del año", "el
#: mejor mes del año".
OF_THE_UNIT: frozenset[str] = frozenset({"del"})
UNIT_RELATIONS_BEFORE = ("el próximo", "la próxima", "el pasado", "la pasada", "el último", "la última", "este",
                         "esta", "este mismo", "esta misma", "el presente", "la presente", "el actual",
                         "la actual", "el mismo", "la misma", "ese mismo", "esa misma", "aquel mismo", "aquella misma",
                         "dicho", "dicha", "ese", "esa", "aquel", "aquella", "el", "la", "del")
UNIT_RELATIONS_AFTER = ("pasado", "pasada", "próximo", "próxima", "que viene", "entrante", "en curso", "anterior",
                        "siguiente", "venidero", "venidera")
RELATIVE_UNITS: dict[str, str] = {
    "semana": "week", "fin de semana": "weekend", "mes": "month", "año": "year", "trimestre": "quarter",
    "década": "decade", "siglo": "century", "ejercicio": "fiscal year", "semestre": "half",
}
#: Units written bare after a part of them: "a finales de mes", "a principios de año" (the one the story is in).
BARE_UNITS = ("mes", "año", "semana")
#: The parts written before such a unit: "a finales de mes", "antes del fin del año", "en lo que va de año"
#: ("fin de semana" is the weekend, no part of the week).
BARE_UNIT_MODIFIERS = ("principios de", "comienzos de", "inicios de", "mediados de", "finales de", "fines de",
                       "principios del", "comienzos del", "inicios del", "mediados del", "finales del", "fines del",
                       "fin de", "fin del", "final de", "final del", "lo que va de", "lo que va del",
                       "lo que llevamos de")
#: Words that name half a year on their own ("este semestre"), without a part of it written before.
HALF_WORDS_ALONE = frozenset({"semestre"})
HALF_RELATIONS = frozenset({"este", "el próximo", "el pasado"})
DAY_RELATIONS = ("el próximo", "la próxima", "el pasado", "la pasada", "este", "esta")
WEEKDAY_RELATIONS = ("el próximo", "el pasado", "el último", "este", "el anterior", "el siguiente")
WEEKDAY_RELATIONS_AFTER = ("pasado", "próximo", "que viene", "anterior", "siguiente", "entrante")
#: Before or after a month, "pasado" is the latest such month, even the one just gone
#: ("septiembre pasado" written in October): the relation "past", not "last".
MONTH_RELATION_KEYS: dict[str, str] = {"last": "past"}
MONTH_RELATIONS = ("el próximo", "el pasado", "el último", "este", "pasado", "próximo")
MONTH_RELATIONS_AFTER = ("pasado", "próximo", "que viene", "entrante")
SEASON_RELATIONS = ("el próximo", "la próxima", "el pasado", "la pasada", "este", "esta", "el", "la")
SEASON_RELATIONS_AFTER = ("pasado", "pasada", "próximo", "próxima", "que viene")
#: Words after "año" that make it another kind of year ("el primer día del año escolar", "del año fiscal").
YEAR_KINDS = ("fiscal", "escolar", "lectivo", "académico", "judicial", "parlamentario", "litúrgico", "agrícola")
#: "el primer semestre del año": a part of the year the story is in (not before a year's number).
QUARTER_YEAR_RELATIONS = ("del año",)
#: "marzo del año pasado": the relation after the month.
YEAR_RELATIONS = ("del año pasado", "del año anterior", "del pasado año", "de este año", "del presente año",
                  "del año en curso", "del próximo año", "del año próximo", "del año que viene")
YEAR_WORD = "año"
#: Before a count of units: "los últimos tres años", "los próximos dos meses".
DURATION_PREFIXES = ("los últimos", "las últimas", "los próximos", "las próximas", "los primeros", "las primeras",
                     "otros", "otras")

#: "a principios de marzo", "a mediados de 2010", "finales del año pasado".
MODIFIERS: dict[str, str | None] = {
    "principios de": "START", "principios": "START", "comienzos de": "START", "comienzos": "START",
    "inicios de": "START", "inicios": "START", "primeros de": "START", "primeros días de": "START",
    "mediados de": "MID", "mediados": "MID", "finales de": "END", "finales": "END", "fines de": "END",
    "fines": "END", "fin": "END", "final": "END", "últimos días de": "END",
    "la primera mitad de": "EARLY", "la segunda mitad de": "LATE",
    "principios del": "START", "comienzos del": "START", "inicios del": "START", "mediados del": "MID",
    "finales del": "END", "fines del": "END", "fin de": "END", "fin del": "END", "final de": "END", "final del": "END",
    # "en lo que va de año": the unit so far, no part of it
    "lo que va de": None, "lo que va del": None, "lo que llevamos de": None,
}
SHORT_MODIFIERS = ("principios de", "comienzos de", "inicios de", "mediados de", "finales de", "fines de")
UNIT_MODIFIERS = ("principios", "comienzos", "inicios", "mediados", "finales", "fines", "fin", "final", *SHORT_MODIFIERS)
MONTH_MODIFIERS = ("principios de", "comienzos de", "inicios de", "mediados de", "finales de", "fines de",
                   "primeros de", "primeros días de", "últimos días de")
DAY_MODIFIERS: tuple[str, ...] = ()
WEEKDAY_MODIFIERS: tuple[str, ...] = ()
NARRATIVE_MODIFIERS: frozenset[str] = frozenset()

HALF_POSITIONS: dict[str, int] = {"primera": 1, "segunda": 2}
HALF_SPANS = ("mitad",)

#: "hace tres días", "dentro de dos semanas", "tres días después" -> (sign, role), as in English.
DIRECTIONS: dict[str, tuple[int, str]] = {
    **{w: (-1, "now") for w in _cldr.AGO_WORDS}, **{w: (1, "now") for w in _cldr.AHEAD_WORDS},
    "atrás": (-1, "now"), "antes": (-1, "event"), "después": (1, "event"), "más tarde": (1, "narrative"),
}
#: Direction words written before the count ("hace tres días"), the others after it.
DIRECTIONS_BEFORE = (*_cldr.AGO_WORDS, *_cldr.AHEAD_WORDS)
DIRECTIONS_AFTER = ("atrás", "antes", "después", "más tarde")
OR_SO = "\x00"
APPROXIMATORS: dict[str, str] = {
    "cerca de": "approximate", "casi": "approximate", "alrededor de": "approximate", "unos": "approximate",
    "unas": "approximate", "aproximadamente": "approximate", "más de": "bound", "menos de": "bound",
    "al menos": "bound", "hasta": "bound", "por lo menos": "bound", "apenas": "exact", "solo": "exact",
    "sólo": "exact", "exactamente": "exact", "justo": "exact", "escasamente": "exact",
}

#: "hoy", "ayer", "anoche", "esta mañana": the day offset and part of day (CLDR's words first).
DAY_WORDS: dict[str, tuple[int, str | None]] = {
    **{w: (offset, None) for w, offset in _cldr.DAY_OFFSETS.items()},
    "antier": (-2, None), "anoche": (-1, "NI"), "antenoche": (-2, "NI"), "esta mañana": (0, "MO"),
    "esta tarde": (0, "AF"), "esta noche": (0, "NI"), "esta madrugada": (0, "MO"), "este mediodía": (0, "MI"),
    "hasta la fecha": (0, None),  # "to date": up to the day of the story (not "hasta la fecha prevista")
}
#: "hasta la fecha" is the story's day only where no word says which date: not before these.
DATE_NAMED_AFTER = ("de", "del", "en", "que", "prevista", "previsto", "fijada", "señalada", "acordada", "límite",
                    "tope", "indicada", "establecida", "elegida", "anunciada", "marcada")
#: "mañana" is also the morning ("por la mañana", "esta mañana", "la mañana del lunes"): after
#: these words it is no day.
MORNING_BEFORE = ("la", "una", "cada", "toda", "media", "esta", "esa", "aquella", "misma", "buena", "buenas")
DAY_WORDS_IN_NAMES: frozenset[str] = frozenset()
NOUNS_WHEN_CAPITALIZED: frozenset[str] = frozenset()

#: "el día 21", "desde el día 27", "del pasado día 20": a day of the month the story is in.
DAY_ALONE_OPENERS = ("el", "del", "al", "los")
DAY_ALONE_RELATIONS = ("pasado", "próximo")
#: Nouns a number before them counts ("el próximo 25 aniversario", "la pasada 12 edición"): no day.
NUMBERED_NOUNS = ("aniversario", "edición", "cumpleaños", "congreso", "festival", "certamen", "campeonato",
                  "encuentro", "salón", "jornada", "puesto", "lugar", "por ciento", "grados")
#: The month of a day written alone, said after it: "el 5 del actual", "el día 12 del corriente" (the
#: month of the publication), "el 3 del mes pasado", "el 20 del próximo mes" -> relation.
DAY_MONTH_RELATIONS: dict[str, str] = {
    **{w: "the current" for w in ("del actual", "del corriente", "de este mes", "del mes en curso", "del presente mes",
                                  "del mes actual", "del presente")},
    **{w: "the previous" for w in ("del mes pasado", "del pasado mes")},
    **{w: "the following" for w in ("del próximo mes", "del mes próximo", "del mes que viene", "del mes entrante")},
}

#: Between a day relative to another and the day it names: "la víspera de Navidad".
ANAPHORIC_LINKS = frozenset({"de", "del"})
#: Days relative to a day the story named: "al día siguiente", "ese mismo día", "la víspera".
ANAPHORIC: dict[str, tuple[str, int, str | None, str | None]] = {
    "al día siguiente": ("day", 1, None, None), "el día siguiente": ("day", 1, None, None),
    "al siguiente día": ("day", 1, None, None), "el siguiente día": ("day", 1, None, None),
    "al otro día": ("day", 1, None, None), "el día después": ("day", 1, None, None),
    "al día después": ("day", 1, None, None), "el día antes": ("day", -1, None, None),
    "el día anterior": ("day", -1, None, None), "la víspera": ("day", -1, None, "day"),
    # ("la jornada anterior" is as often a league's previous round: not read)
    "dicho día": ("day", 0, None, None), "el día previo": ("day", -1, None, None),
    "el día posterior": ("day", 1, None, None),
    "ese día": ("day", 0, None, None), "el mismo día": ("day", 0, None, None), "ese mismo día": ("day", 0, None, None), "aquel día": ("day", 0, None, None),
    "esa noche": ("day", 0, "NI", None), "esa misma noche": ("day", 0, "NI", None),
    "aquella noche": ("day", 0, "NI", None), "esa mañana": ("day", 0, "MO", None),
    "la noche anterior": ("day", -1, "NI", None), "la mañana siguiente": ("day", 1, "MO", None),
    "al año siguiente": ("year", 1, None, None), "el año anterior": ("year", -1, None, None),
}

#: "ahora", "actualmente", "el futuro": the time of the story, not a date -> role.
REFERENCES: dict[str, str] = {
    "ahora": "date", "ahora mismo": "date", "ahora bien": "not-a-date", "actualmente": "date", "en la actualidad": "date", "hoy en día": "date",
    "hoy día": "date", "hoy por hoy": "date", "estos días": "date", "estos momentos": "date", "este momento": "date",
    "el momento": "date", "recientemente": "date", "recién": "date", "últimamente": "date", "entonces": "date",
    "el futuro": "noun", "el pasado": "date", "el presente": "date", "en el futuro": "date",
    "próximamente": "date", "actual": "date", "actuales": "date", "futuro": "noun", "futura": "date",
    "futuros": "date", "futuras": "date", "largo plazo": "date", "corto plazo": "date", "medio plazo": "date", "reciente": "date", "recientes": "date", "anteriormente": "not-a-date",
    "del pasado": "date", "del presente": "date", "ultimamente": "date", "antaño": "date", "algún día": "date",
    "cualquier momento": "date", "esos momentos": "date", "aquellos momentos": "date", "en su momento": "date",
    # a time gone by, said without a date: "hace poco", "en su día", "en aquella época", "en otros tiempos"
    "hace poco": "date", "hace muy poco": "date", "hace poco más": "not-a-date", "hace poco menos": "not-a-date",
    "en su día": "date", "aquella época": "date", "esa época": "date", "la época anterior": "date",
    "aquellos tiempos": "date", "esos tiempos": "date", "otros tiempos": "date",
    # a newborn ("un recién nacido", "las crías recién nacidas") names no time
    **{f"recién {born}": "not-a-date" for born in ("nacido", "nacida", "nacidos", "nacidas")},
}
#: References that are also relations: before a time word or a number they place it ("el pasado 12 de
#: mayo", "el pasado mes"), and are no reference of their own.
REFERENCES_THAT_PLACE = frozenset({"el pasado", "el futuro", "el presente", "del pasado", "del presente"})
#: References that are a time only after one of these words: "hasta el momento" (so far); "en el
#: momento justo", "ya no era el momento" name no time.
REFERENCE_NEEDS_BEFORE: dict[str, frozenset[str]] = {"el momento": frozenset({"hasta"})}
#: References that are also connectives ("y entonces cerraron", "el final, entonces, llamé"):
#: after these words or a comma they join clauses and name no time ("desde entonces" does).
CONNECTIVE_REFERENCES = frozenset({"entonces"})
CONNECTIVE_AFTER = frozenset({"y", "o", "pero", "pues", "e"})
#: "el futuro de la fábrica", "su futuro": the future of something, no time of the story; a
#: reference whose role is "noun" is no date after a possessive or before "de".
NOUN_OF = frozenset({"de", "del"})
POSSESSIVES = frozenset({"su", "sus", "mi", "mis", "tu", "tus", "nuestro", "nuestra", "vuestro", "vuestra"})
#: "la próxima temporada", "la pasada legislatura", "sus próximos discos": a relation word before a
#: noun that is no time word says the thing is ahead or behind; it is written after a determiner.
RELATION_ADJECTIVES = ("próximo", "próxima", "próximos", "próximas", "pasado", "pasada", "pasados", "pasadas")
ADJECTIVE_DETERMINERS = ("el", "la", "los", "las", "del", "al", "su", "sus", "mi", "mis", "nuestro", "nuestra",
                         "nuestros", "nuestras")
#: What a relation word places when it stands before it: the time words (the others are nouns).
TIME_NOUNS = frozenset({
    *_words.MONTHS, *_words.WEEKDAYS, *_words.SEASONS, *_words.UNIT_WORDS, "semana", "mes", "año", "trimestre",
    "década", "siglo", "ejercicio", "semestre", "fin", "día", "días", "jornada", "noche", "mañana", "tarde",
    "madrugada", "mediodía", "periodo", "período", "curso",
})
#: Words that are no noun: after them a relation word is none of a noun ("la pasada de ...").
NOT_NOUNS = ("de", "del", "a", "al", "y", "o", "e", "que", "en", "con", "por", "para")

#: "el tercer trimestre", "el primer semestre de 2024".
QUARTER_ORDINALS: dict[str, int] = {
    "primer": 1, "primero": 1, "1er": 1, "1.er": 1, "segundo": 2, "2º": 2, "2.º": 2, "tercer": 3, "tercero": 3,
    "3er": 3, "3.er": 3, "cuarto": 4, "4º": 4, "4.º": 4,
}
QUARTER_RELATIONS: dict[str, str] = {"último": "last", "pasado": "previous", "anterior": "previous",
                                     "actual": "current", "mismo": "same"}
HALF_ORDINALS: dict[str, int] = {"primer": 1, "primero": 1, "segundo": 2, "primera": 1, "segunda": 2}
PERIOD_RELATIONS = frozenset({"mismo", "anterior"})
YEAR_EARLIER: tuple[str, ...] = ()
QUARTER_UNITS: dict[str, str] = {"trimestre": "quarter", "semestre": "half", "periodo": "period"}
FISCAL = "ejercicio"

#: Days listed before a day and its month ("6., 7. und 8. Mai"): not written so.
DAY_LIST: re.Pattern[str] | None = None
DAY_LIST_JOINERS: frozenset[str] = frozenset()
DAY_LIST_OPENERS: frozenset[str] = frozenset()
RANGE_WORDS = ("a", "al", "hasta", "hasta el")
PAIR_WORD = "y"
RANGE_OPENERS: dict[str, str] = {"entre": "between", "entre el": "between", "de": "from", "del": "from",
                                 "desde": "from", "desde el": "from"}
WEEK_OF = "la semana del"
WEEK = "semana"
