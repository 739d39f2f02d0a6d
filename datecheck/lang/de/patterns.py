"""The German date grammar: one regular expression per family, with the families and group names
of the English table (``datecheck/lang/en/patterns.py``), built from this package's word tables.

German writes the day as an ordinal before the month ("5. März 2024", "05.03.2024"), joins a part
of the day to a weekday ("Dienstagabend"), inflects its relations ("am kommenden Montag", "im
vergangenen Jahr") and counts back with "vor" ("vor drei Tagen"). Families German does not write
never match here: ``NEVER``. After changing a pattern, run ``python -m datecheck.triggers --write``.
"""

from __future__ import annotations

from ...patterns import NEVER, SP, YEAR_RE, alternation, group as _g
from ..en.patterns import PATTERNS as _ENGLISH
from .holidays import ALIASES
from .relative import (
    ANAPHORIC, APPROXIMATORS, DAY_RELATIONS, DAY_WORDS, DIRECTIONS_AFTER, DIRECTIONS_BEFORE, DURATION_PREFIXES,
    HALF_POSITIONS, HALF_SPANS, MONTH_MODIFIERS, MONTH_RELATIONS, MORNING_BEFORE, PAIR_WORD, QUARTER_ORDINALS,
    QUARTER_RELATIONS, QUARTER_UNITS, RANGE_OPENERS, RANGE_WORDS, REFERENCES, RELATIVE_UNITS, SEASON_RELATIONS,
    SHORT_MODIFIERS, UNIT_MODIFIERS, UNIT_RELATIONS, WEEKDAY_RELATIONS, YEAR_RELATIONS,
)
from .words import (
    DAY_ORDINALS, DECADE_WORDS, DIGIT_WORDS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PARTS_OF_DAY,
    QUANTITY_WORDS, SEASONS, TENS_WORDS, UNIT_WORDS, WEEKDAYS,
)

LETTERS = "a-zäöüß"
WE = rf"(?![{LETTERS}0-9])"


def _unused(*names: str) -> str:
    """Groups a family's handler reads that German never fills."""
    return "(?:" + "".join(f"(?P<{name}>(?!))" for name in names) + ")?"


DAY_RE = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DAYX = r"(?:[0-3]?[0-9])(?![0-9])"
_MONTH_FULL = alternation(MONTHS)
MONTH_RE = "(?:" + _MONTH_FULL + "|" + alternation(MONTH_ABBREVIATIONS) + r"\.)"
WEEKDAY_RE = alternation(WEEKDAYS)
_NUMBER = rf"(?:{alternation(DIGIT_WORDS)}und{alternation(TENS_WORDS)})"
NUMBER_RE = rf"(?:[0-9]{{1,3}}(?:\.[0-9]{{3}})*(?:,[0-9]+)?|{_NUMBER}|{alternation(NUMBER_WORDS)[3:-1]})"
QUANTITY_RE = rf"(?:{NUMBER_RE}|{alternation(QUANTITY_WORDS)[3:-1]})"
UNIT_RE = alternation(UNIT_WORDS)
_HOLIDAY = alternation(ALIASES)
_APPROX = alternation(APPROXIMATORS)
_POD = alternation(PARTS_OF_DAY)
_DAY_SEP = r"\.?[ \t]*[-\u2013][ \t]*|\.?" + SP + alternation(RANGE_WORDS + (PAIR_WORD,)) + SP
_YEAR_SEP = r"[ \t]*[-\u2013\u2014/][ \t]*|" + SP + alternation(RANGE_WORDS + (PAIR_WORD,)) + SP
_YEAR_MOD = (alternation(MONTH_MODIFIERS)
             + rf"|(?:(?:die|der|in{SP}der){SP})?" + _g("hpos", alternation(HALF_POSITIONS)) + SP + alternation(HALF_SPANS))
#: "morgen" the day, not the morning: not after "am", "jeden", "heute" … ("am Morgen").
_TOMORROW = "".join(f"(?<!{word} )" for word in MORNING_BEFORE)
_DAY_WORDS = alternation([w for w in DAY_WORDS if w != "morgen"])[3:-1] + f"|{_TOMORROW}morgen"
_RELATION = alternation([w for w in UNIT_RELATIONS if w != "vor"])
_JAHRE = rf"(?:(?:{SP}|-)?jahre[n]?)"
#: "im Sommer des Jahres 2003", "im Mai des Jahres 1990"
_OF_YEAR = rf"(?:des{SP}jahres{SP})?"

DAY_NAMED = rf"(?:{WEEKDAY_RE}|{_HOLIDAY})\b"

PATTERNS: dict[str, str] = {
    "iso": _ENGLISH["iso"],
    "numeric": _ENGLISH["numeric"],
    "md_range": (
        rf"(?:{_g('between', alternation(RANGE_OPENERS))}{SP})?{_g('d1', DAY_RE)}{_g('sep', _DAY_SEP)}"
        rf"{_g('d2', DAY_RE)}\.{SP}{_g('m1', MONTH_RE)}(?:,?{SP}{_g('y', YEAR_RE)})?{WE}{_unused('m2')}"
    ),
    "mdy": NEVER,
    "my": (
        rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{SP})?{_g('m', MONTH_RE)},?{SP}{_OF_YEAR}{_g('y', YEAR_RE)}{WE}"
    ),
    "rel_month": (
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?{_g('rel', alternation(MONTH_RELATIONS))}{SP}"
        rf"{_g('m', _MONTH_FULL)}{WE}"
        rf"|(?:{_g('mod2', alternation(SHORT_MODIFIERS))}{SP})?{_g('m2', _MONTH_FULL)}{SP}"
        rf"{_g('rel2', alternation(YEAR_RELATIONS))}{WE}"
    ),
    "dmy": (
        rf"{_g('d', _DAYX)}\.?{SP}{_g('m', MONTH_RE)}"
        rf"(?:,?{SP}{_OF_YEAR}{_g('y', YEAR_RE)}|{SP}{_g('rely', alternation(YEAR_RELATIONS))})?{WE}"
    ),
    "spelled_day": (  # "am fünften März", "zum ersten Mai 2025": the day as an ordinal word, after its article
        rf"(?:am|vom|zum|den|der|dem){SP}{_g('ds', alternation(DAY_ORDINALS))}{SP}{_g('m', MONTH_RE)}"
        rf"(?:{SP}{_g('y', YEAR_RE)})?{WE}" + _unused("m2", "ds2", "y2")
    ),
    "day_alone": NEVER,  # a day written without its month: a family German does not write
    "year_range": (
        rf"(?:{_g('pre', alternation(RANGE_OPENERS))}{SP})?{_g('y1', YEAR_RE)}{_g('sep', _YEAR_SEP)}"
        rf"{_g('y2', YEAR_RE + '|[0-9]{2}(?![0-9])')}{WE}(?!-)"
    ),
    "quarter": (
        rf"{_g('q', alternation(list(QUARTER_ORDINALS) + list(QUARTER_RELATIONS)))}{SP}"
        rf"{_g('unit', alternation(QUARTER_UNITS))}(?:{SP}{_g('y2', YEAR_RE)}|{SP}{_g('rely2', alternation(YEAR_RELATIONS))})?{WE}"
        + _unused("y1", "y3", "fis1", "fis2", "rely", "ye", "qo")
    ),
    "year_quarter": NEVER,
    "qcode": _ENGLISH["qcode"],
    "fiscal": rf"(?:geschäftsjahr(?:es)?|fiskaljahr(?:es)?){SP}{_g('y', YEAR_RE)}{WE}" + _unused("yy", "y2", "yy2"),
    "decade": (
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?(?:{_g('the', 'die|den|der')}{SP})?"
        rf"(?:{_g('y', '1[0-9]{2}0|20[0-9]0')}er{_JAHRE}?|{_g('yy', '[0-9]0')}er(?:{_JAHRE}|n)"
        rf"|{_g('w', alternation(DECADE_WORDS))}{_JAHRE}){WE}"
    ),
    "century": rf"(?:(?:das|im|dem|des|ins){SP})?{_g('o', '[0-9]{1,2}[.]')}{SP}jahrhunderts?{WE}",
    "year_mod": rf"{_g('mod', _YEAR_MOD)}{SP}{_g('y', YEAR_RE)}{WE}",
    "holiday": (
        rf"(?:{_g('rel', alternation(DAY_RELATIONS))}{SP})?{_g('h', _HOLIDAY)}(?:{SP}{_g('y', YEAR_RE)})?{WE}"
        + _unused("wk")
    ),
    "weekday": (
        rf"(?:{_g('rel', alternation(WEEKDAY_RELATIONS))}{SP})?{_g('wd', WEEKDAY_RE)}"
        rf"(?:{SP}?{_g('pod', _POD)})?{WE}" + _unused("wda")
    ),
    "relday": rf"{_g('w', _DAY_WORDS)}(?:{SP}{_g('pod', _POD)})?{WE}" + _unused("mod"),
    "age": (
        rf"{_g('n', '[0-9]{1,3}')}-jährige[nmr]?{WE}"
        rf"|{_g('n2', '[0-9]{1,3}')}{SP}jahre{SP}alt{WE}"
        rf"|{_g('at', 'im')}{SP}{_g('age', 'alter')}{SP}von{SP}{_g('n4', '[0-9]{1,3}')}{SP}jahren{WE}"
        rf"|,[ \t]?{_g('n3', '[0-9]{1,3}')}(?=[ \t]*,(?![0-9]))"
        rf"|\({_g('n5', '[0-9]{1,3}')}\)(?=[ \t]*[,.;]|{SP}(?:war|ist|hat|hatte|sagte|starb|wurde|wird)\b)"
    ),
    "year_ago_adj": NEVER,
    "spelled_year": NEVER,
    "ago": (  # "vor drei Tagen", "in zwei Jahren"; "drei Tage später", "ein Jahr zuvor" (from the story's last date)
        rf"{_g('dir', alternation(DIRECTIONS_BEFORE))}{SP}(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}{SP}"
        rf"{_g('unit', UNIT_RE)}{WE}"
        rf"|(?:{_g('approx2', _APPROX)}{SP})?{_g('n2', QUANTITY_RE)}{SP}{_g('unit2', UNIT_RE)}{SP}"
        rf"{_g('dir2', alternation(DIRECTIONS_AFTER))}{WE}" + _unused("orso")
    ),
    "in_n": NEVER,
    "relday_unit": rf"{_g('w', alternation(ANAPHORIC))}{WE}",
    "relunit": (
        rf"(?:{_g('mod', alternation(UNIT_MODIFIERS))}{SP})?"
        rf"(?:{_g('rel', _RELATION)}{SP}|{_g('rel_after', 'vor(?=jahr)|heuer')})"
        rf"{_g('unit', alternation([u for u in RELATIVE_UNITS if u])[:-1] + '|(?<=heuer))')}{WE}"
    ),
    "season": (
        rf"(?:{_g('rel', alternation(SEASON_RELATIONS))}{SP})?(?:{_g('mod', alternation(SHORT_MODIFIERS))}{SP})?"
        rf"{_g('s', alternation(SEASONS))}(?:{SP}{_OF_YEAR}{_g('y', YEAR_RE)})?{WE}"
    ),
    "duration": (
        rf"(?:{_g('pre', alternation(DURATION_PREFIXES))}{SP})?(?:{_g('approx', _APPROX)}{SP})?"
        rf"{_g('n', QUANTITY_RE)}{SP}{_g('unit', UNIT_RE)}{WE}"
    ),
    "month": rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{SP})?{_g('m', _MONTH_FULL)}{WE}",
    "ref": rf"{_g('w', alternation(REFERENCES))}{WE}",
    "year": rf"(?:(?:jahr|jahre|jahres){SP})?{_g('y', YEAR_RE)}{WE}",
}
#: The English families, in the English order; those this language does not write never match.
PATTERNS = {name: PATTERNS.get(name, NEVER) for name in _ENGLISH}
