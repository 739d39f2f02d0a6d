"""The Spanish date grammar: one regular expression per family, with the families and group names
of the English table (``datecheck/lang/en/patterns.py``), built from this package's word tables.

Spanish writes the day before the month ("el martes 5 de marzo de 2024", "5/3/2024"), a relation
before or after what it places ("el próximo lunes", "el lunes pasado"), and the count after the
direction ("hace tres días"). Families English has and Spanish does not write ("March 5",
"year-earlier", years said aloud) never match here: ``NEVER``. After changing a pattern, run
``python -m datecheck.triggers --write``.
"""

from __future__ import annotations

from ...patterns import NEVER, SP, YEAR_RE, alternation, group as _g, phrase
from ..en.patterns import PATTERNS as _ENGLISH
from .holidays import ALIASES
from .relative import (
    ADJECTIVE_DETERMINERS, ANAPHORIC, APPROXIMATORS, BARE_UNITS, BARE_UNIT_MODIFIERS, DAY_ALONE_OPENERS,
    DAY_ALONE_RELATIONS, DAY_MONTH_RELATIONS, DAY_RELATIONS, DAY_WORDS, DATE_NAMED_AFTER, DIRECTIONS_AFTER, DIRECTIONS_BEFORE,
    DURATION_PREFIXES, HALF_POSITIONS, MONTH_MODIFIERS, MONTH_RELATIONS, MONTH_RELATIONS_AFTER, MORNING_BEFORE,
    NOT_NOUNS, NUMBERED_NOUNS, PAIR_WORD, QUARTER_ORDINALS, QUARTER_RELATIONS, QUARTER_UNITS,
    QUARTER_YEAR_RELATIONS, RANGE_OPENERS, RANGE_WORDS, REFERENCES, RELATION_ADJECTIVES, RELATIVE_UNITS,
    SEASON_RELATIONS, SEASON_RELATIONS_AFTER, SHORT_MODIFIERS, TIME_NOUNS, UNIT_MODIFIERS, UNIT_RELATIONS_AFTER,
    UNIT_RELATIONS_BEFORE, WEEKDAY_RELATIONS_AFTER, YEAR_KINDS, YEAR_RELATIONS,
)
from .words import (
    DAY_ORDINALS, DECADE_WORDS, DIGIT_WORDS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PARTS_OF_DAY,
    QUANTITY_WORDS, SEASONS, TENS_WORDS, UNIT_WORDS, WEEKDAYS,
)

LETTERS = "a-záéíóúüñ"
#: The end of a word (Spanish letters included).
WE = rf"(?![{LETTERS}0-9])"
#: A family Spanish does not write: a pattern no text holds.


def _unused(*names: str) -> str:
    """Groups a family's handler reads that Spanish never fills."""
    return "(?:" + "".join(f"(?P<{name}>(?!))" for name in names) + ")?"


DAY_RE = r"(?:3[01]|[12][0-9]|0?[1-9])(?:\.?º|\.?er)?(?![0-9])"
_DAYX = r"(?:[0-3]?[0-9])(?:\.?º|\.?er)?(?![0-9])"  # also 32-39, for impossible dates
_MONTH_FULL = alternation(MONTHS)
MONTH_RE = "(?:" + _MONTH_FULL + "|" + alternation(MONTH_ABBREVIATIONS) + r"\.)"
WEEKDAY_RE = alternation(WEEKDAYS)
_DE = rf"{SP}(?:de|del){SP}"
_NUMBER = rf"(?:{alternation(TENS_WORDS)}{SP}y{SP}{alternation(DIGIT_WORDS)})"
NUMBER_RE = rf"(?:[0-9]{{1,3}}(?:\.[0-9]{{3}})*(?:,[0-9]+)?|{_NUMBER}|{alternation(NUMBER_WORDS)[3:-1]})"
QUANTITY_RE = rf"(?:{NUMBER_RE}|{alternation(QUANTITY_WORDS)[3:-1]})"
UNIT_RE = alternation(UNIT_WORDS)
_HOLIDAY = alternation(ALIASES)
_APPROX = alternation(APPROXIMATORS)
_ARTICLE = rf"(?:(?:el|del|al|los|las|la){SP})"
_POD = rf"(?:{SP}(?:por|en|de|a){SP}la|{SP}al)?{SP}{_g('pod', alternation(PARTS_OF_DAY))}"
#: "mañana" the day, not the morning: not after "la", "esta", "cada" … ("por la mañana").
_TOMORROW = "".join(f"(?<!{word} )" for word in MORNING_BEFORE)
_DAY_WORDS = (
    alternation([w for w in DAY_WORDS if w not in ("mañana", "hasta la fecha")])[3:-1]
    + f"|{_TOMORROW}mañana(?!{SP}de{SP}(?:ayer|hoy))"
    + rf"|hasta{SP}la{SP}fecha(?!{SP}{alternation(DATE_NAMED_AFTER)}{WE})"  # not "hasta la fecha prevista"
)
#: A day word that opens a reference ("hoy por hoy", "hoy en día") is read as the reference.
_NOT_A_REFERENCE = "".join(
    f"(?!{SP}{phrase(rest)}{WE})" for words in REFERENCES for day in DAY_WORDS
    if words.startswith(day + " ") and (rest := words[len(day) + 1:])
)

_DAY_SEP = r"[ \t]*[-\u2013][ \t]*|" + SP + alternation(RANGE_WORDS + (PAIR_WORD,)) + rf"(?:{SP}el)?{SP}"
_YEAR_SEP = r"[ \t]*[-\u2013\u2014/][ \t]*|" + SP + alternation(RANGE_WORDS + (PAIR_WORD,)) + SP
_YEAR_MOD = alternation(MONTH_MODIFIERS) + rf"|(?:la{SP})?" + _g("hpos", alternation(HALF_POSITIONS)) + rf"{SP}mitad{SP}del?"
_THE_DECADE = rf"(?:los{SP}años|la{SP}década{SP}de)(?:{SP}los)?"

#: "el mes de agosto", "del mes de mayo de 2001": the month named, written with its unit.
_MONTH_NAMED = rf"(?:(?:(?:el|del|al){SP})?mes{SP}de{SP})?"
#: The month of a day written alone: "del actual", "del corriente", "del mes pasado".
_MONTH_OF_DAY = alternation(DAY_MONTH_RELATIONS)

DAY_NAMED = rf"(?:{WEEKDAY_RE}|{_HOLIDAY})\b"

PATTERNS: dict[str, str] = {
    "iso": _ENGLISH["iso"],
    "numeric": _ENGLISH["numeric"],
    "md_range": (
        rf"(?:{_g('between', alternation(RANGE_OPENERS))}{SP})?{_g('d1', DAY_RE)}"
        rf"{_g('sep', _DAY_SEP)}"
        rf"{_g('d2', DAY_RE)}{_DE}{_g('m1', MONTH_RE)}(?:{_DE}{_g('y', YEAR_RE)})?{WE}{_unused('m2')}"
    ),
    "mdy": NEVER,
    "my": (
        rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{SP})?{_MONTH_NAMED}{_g('m', MONTH_RE)}(?:{_DE}|,?{SP})(?:año{SP})?"
        rf"{_g('y', YEAR_RE)}{WE}"
    ),
    "rel_month": (
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?(?:el{SP})?{_g('rel', alternation(MONTH_RELATIONS))}{SP}"
        rf"(?:mes{SP}de{SP})?{_g('m', _MONTH_FULL)}{WE}"  # "el pasado mes de abril": April, not last month
        rf"|(?:{_g('mod2', alternation(SHORT_MODIFIERS))}{SP})?{_g('m2', _MONTH_FULL)}{SP}"
        rf"{_g('rel2', alternation(MONTH_RELATIONS_AFTER + YEAR_RELATIONS))}{WE}"
    ),
    "dmy": (
        rf"(?:(?:el|del|al){SP})?(?:día{SP})?{_g('d', _DAYX)}(?:{SP}de)?{SP}{_g('m', MONTH_RE)}"
        rf"(?:(?:{SP}(?:de|del)|,)?{SP}(?:año{SP})?{_g('y', YEAR_RE)}|{SP}{_g('rely', alternation(YEAR_RELATIONS))})?{WE}"
    ),
    "spelled_day": (  # "el cinco de marzo", "del primero de mayo de 2020": the article before, as days are said
        rf"(?:el|del|al){SP}(?:día{SP})?{_g('ds', alternation(DAY_ORDINALS))}{_DE}{_g('m', MONTH_RE)}"
        rf"(?:{_DE}{_g('y', YEAR_RE)})?{WE}" + _unused("m2", "ds2", "y2")
    ),
    "day_alone": (  # "hasta el día 21", "del pasado día 20", "del día 27 al 29": a day of the month the story is in
        rf"(?:{alternation(DAY_ALONE_OPENERS)}{SP})?"
        # "el pasado 20", "el próximo día 25", "los días 3 y 4", "el 5 del actual" (the month said after it)
        rf"(?:{_g('rel', alternation(DAY_ALONE_RELATIONS))}{SP}(?:días?{SP})?|días?{SP}|(?={DAY_RE}{SP}{_MONTH_OF_DAY}{WE}))"
        rf"{_g('d', DAY_RE)}(?!{SP}(?:{UNIT_RE}|{alternation(NUMBERED_NOUNS)}|[{LETTERS}]+s){WE})"
        rf"(?!{SP}(?:al|y){SP}(?:(?:el{SP})?día{SP})?{DAY_RE}{_DE}{MONTH_RE})"  # "los días 15 y 16 de marzo": a range
        rf"(?:{SP}(?:al|y){SP}(?:(?:el{SP})?día{SP})?{_g('d2', DAY_RE)})?{WE}(?!{_DE}{MONTH_RE})"
        rf"(?:{SP}{_g('mrel', _MONTH_OF_DAY)}{WE})?"
    ),
    "year_range": (
        rf"(?:{_g('pre', alternation(RANGE_OPENERS))}{SP})?{_g('y1', YEAR_RE)}"
        rf"{_g('sep', _YEAR_SEP)}"
        rf"{_g('y2', YEAR_RE + '|[0-9]{2}(?![0-9])')}{WE}(?!-)"
    ),
    "quarter": (
        rf"(?:(?:el|del|al){SP})?{_g('q', alternation(list(QUARTER_ORDINALS) + list(QUARTER_RELATIONS)))}{SP}"
        rf"{_g('unit', alternation(QUARTER_UNITS))}(?:{SP}{_g('fis2', 'fiscal')})?"
        rf"(?:{_DE}(?:(?:año|ejercicio){SP})?{_g('y2', YEAR_RE)}"
        rf"|{SP}{_g('rely', alternation(YEAR_RELATIONS + QUARTER_YEAR_RELATIONS))}(?!{SP}[0-9]))?{WE}"
        + _unused("y1", "y3", "fis1", "rely2", "ye", "qo")
    ),
    "year_quarter": NEVER,
    "qcode": _ENGLISH["qcode"],
    "fiscal": (
        rf"(?:el{SP})?(?:ejercicio(?:{SP}fiscal)?|año{SP}fiscal){SP}{_g('y', YEAR_RE)}{WE}"
        + _unused("yy", "y2", "yy2")
    ),
    "decade": (
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?"
        rf"{_g('the', _THE_DECADE)}{SP}"
        rf"(?:{_g('y', '1[0-9]{2}0|20[0-9]0')}|{_g('yy', '[0-9]0')}|{_g('w', alternation(DECADE_WORDS))}){WE}"
    ),
    "century": rf"(?:(?:el|del|al){SP})?siglo{SP}{_g('o', '[xvi]{1,5}|[0-9]{1,2}')}{WE}",
    "year_mod": (
        rf"(?:a{SP})?{_g('mod', _YEAR_MOD)}"
        rf"{SP}(?:año{SP})?{_g('y', YEAR_RE)}{WE}"
    ),
    "holiday": (
        rf"(?:{_g('rel', alternation(DAY_RELATIONS))}{SP})?{_g('h', _HOLIDAY)}(?:{_DE}{_g('y', YEAR_RE)})?{WE}"
        rf"(?!{SP}{alternation(YEAR_KINDS)}{WE})"  # "el último día del año fiscal": no New Year's Eve
        + _unused("wk")
    ),
    "weekday": (
        rf"{_ARTICLE}?(?:{_g('rel', alternation(('pasado', 'próximo', 'último', 'este', 'esta')))}{SP})?"
        rf"{_g('wd', WEEKDAY_RE)}(?:{SP}{_g('rel_after', alternation(WEEKDAY_RELATIONS_AFTER))})?(?:{_POD})?{WE}"
        + _unused("wda")
    ),
    "relday": rf"{_g('w', _DAY_WORDS)}{_NOT_A_REFERENCE}(?:{_POD})?{WE}" + _unused("mod"),
    "age": (
        rf"{_g('n', '[0-9]{1,3}')}{SP}años{SP}de{SP}edad{WE}"
        rf"|,{SP}?de{SP}{_g('n2', '[0-9]{1,3}')}{SP}años{WE}(?=[ \t]*[,;.)])"
        rf"|{_g('at', 'a')}{SP}{_g('age', 'los')}{SP}{_g('n4', '[0-9]{1,3}')}{SP}años{WE}(?!{SP}de{SP}(?:su|la|el))"
        rf"|,[ \t]?{_g('n3', '[0-9]{1,3}')}(?=[ \t]*,(?![0-9]))"
        rf"|\({_g('n5', '[0-9]{1,3}')}\)(?=[ \t]*,)"
    ),
    "year_ago_adj": NEVER,
    "spelled_year": NEVER,
    "ago": (  # "hace tres días", "dentro de dos años"; "tres días después", "un año antes" (from the story's last date)
        rf"{_g('dir', alternation(DIRECTIONS_BEFORE))}{SP}(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}{SP}"
        rf"{_g('unit', UNIT_RE)}{WE}"
        rf"|(?:{_g('approx2', _APPROX)}{SP})?{_g('n2', QUANTITY_RE)}{SP}{_g('unit2', UNIT_RE)}{SP}"
        rf"{_g('dir2', alternation(DIRECTIONS_AFTER))}{WE}" + _unused("orso")
    ),
    "in_n": NEVER,
    "relday_unit": rf"{_g('w', alternation(ANAPHORIC))}{WE}",
    "relunit": (
        rf"(?:{_g('mod', alternation(UNIT_MODIFIERS))}{SP})?{_g('rel', alternation(UNIT_RELATIONS_BEFORE))}{SP}"
        rf"{_g('unit', alternation(RELATIVE_UNITS))}(?:{SP}{_g('rel_after', alternation(UNIT_RELATIONS_AFTER))})?{WE}"
        rf"(?!{_DE}{_MONTH_FULL}{WE}|{SP}(?:[12][0-9]{{3}}|[0-9]{{2}})(?![0-9]|[.,][0-9])|{SP}{alternation(YEAR_KINDS)}{WE})"
        # "a finales de mes", "a principios de año": a part of the unit the story is in (no relation written)
        rf"|(?!fin{SP}de{SP}semana){_g('mod2', alternation(BARE_UNIT_MODIFIERS))}{SP}{_g('unit2', alternation(BARE_UNITS))}{WE}"
    ),
    "season": (
        rf"(?:{_g('rel', alternation(SEASON_RELATIONS))}{SP})?(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?"
        rf"{_g('s', alternation(SEASONS))}(?:{SP}{_g('rel_after', alternation(SEASON_RELATIONS_AFTER))})?"
        rf"(?:{_DE}{_g('y', YEAR_RE)})?{WE}"
    ),
    "duration": (
        rf"(?:{_g('pre', alternation(DURATION_PREFIXES))}{SP})?(?:{_g('approx', _APPROX)}{SP})?"
        rf"{_g('n', QUANTITY_RE)}{SP}{_g('unit', UNIT_RE)}{WE}"
    ),
    "month": (  # "mayo", "a finales de mayo", "el mes de agosto" (the month named, not the story's)
        rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{SP})?{_MONTH_NAMED}{_g('m', _MONTH_FULL)}{WE}"
    ),
    "ref": (  # "la próxima temporada" (the relation word alone) before "el pasado" (the past)
        rf"{alternation(ADJECTIVE_DETERMINERS)}{SP}{_g('adj', alternation(RELATION_ADJECTIVES))}"
        rf"(?={SP}(?!{alternation((*TIME_NOUNS, *NOT_NOUNS))}{WE})[{LETTERS}]{{2}})"
        rf"|{_g('w', alternation(REFERENCES))}{WE}"
    ),
    "year": rf"(?:(?:el{SP})?año{SP})?{_g('y', YEAR_RE)}{WE}",
}
#: The English families, in the English order; those this language does not write never match.
PATTERNS = {name: PATTERNS.get(name, NEVER) for name in _ENGLISH}
