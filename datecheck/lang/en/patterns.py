"""The English date grammar: one regular expression per family of date expression, built from the
word tables of this package.

Each pattern runs on the lower-cased text at a place where a word starts and names its parts with
groups that the family's handler in ``datecheck/scan/`` reads (the group names are the same
in every language). Families are tried in the order of ``PATTERNS`` at each place, so longer and
more specific forms come first. After changing a pattern, regenerate this language's scan table
(``python -m datecheck.triggers --write``); until then the tokenizer works it out at start-up.
"""

from __future__ import annotations

from ...patterns import NEVER, APOS, SP, WE, YEAR_RE, alternation, group as _g, phrase
from .holidays import ALIASES
from .relative import (
    ANAPHORIC, APPROXIMATORS, DAY_MODIFIERS, DAY_RELATIONS, DAY_WORDS, DIRECTIONS, DURATION_PREFIXES, FISCAL,
    HALF_POSITIONS, HALF_SPANS, MONTH_MODIFIERS, MONTH_RELATIONS, OR_SO, QUARTER_ORDINALS, QUARTER_RELATIONS,
    QUARTER_UNITS, RANGE_OPENERS, RANGE_WORDS, PAIR_WORD, REFERENCES, RELATIVE_UNITS, SEASON_RELATIONS,
    SHORT_MODIFIERS, UNIT_MODIFIERS, UNIT_RELATIONS, WEEK, WEEK_OF, WEEKDAY_MODIFIERS, WEEKDAY_RELATIONS, YEAR_EARLIER,
    YEAR_RELATIONS, YEAR_WORD,
)
from .cues import AGE_SUBJECTS, AGE_SUPERLATIVES, AGE_TURNED, AGE_TURNED_AFTER, AGE_VERBS, IN_N_AFTER
from .words import (
    DAY_ORDINALS, DECADE_WORDS, DIGIT_WORDS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, ORDINAL_SUFFIXES, ORDINALS,
    PARTS_OF_DAY, QUANTITY_WORDS, SEASONS, SPOKEN_CENTURIES, SPOKEN_MILLENNIUM, SPOKEN_ZERO, TEEN_WORDS,
    TENS_WORDS, UNIT_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS,
)

_SUFFIX = alternation(ORDINAL_SUFFIXES)
DAY_RE = rf"(?:3[01]|[12][0-9]|0?[1-9]){_SUFFIX}?(?![0-9])"
_DAYX = rf"(?:[0-3]?[0-9]){_SUFFIX}?(?![0-9])"  # also 32-39, for impossible dates
_MONTH_FULL = alternation(MONTHS)
MONTH_RE = "(?:" + _MONTH_FULL + "|" + alternation(MONTH_ABBREVIATIONS) + r"\.?)"
#: A day of the month spelled out: "ninth", "twenty-first", "thirty first".
_DAY_SPELLED = alternation(DAY_ORDINALS)
#: What may follow an abbreviated weekday for it to be one: a month-day, a day-month or a day/month.
_DATE_AFTER_ABBREVIATION = (
    rf"(?=,?[ \t]+(?:{MONTH_RE}[ \t]*[0-9]|[0-9]{{1,2}}{_SUFFIX}?[ \t]+{MONTH_RE}|[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9])))"
)
_MONTH_ALONE = _MONTH_FULL + r"|sept\."
WEEKDAY_RE = alternation(WEEKDAYS)
_HYPHEN_OR_SP = rf"(?:{SP}|-)"
#: Blanks and a comma, or not, before more blanks ("March 4 , 2024", "March 4,\n2024"): the first
#: blanks only with the comma, so that two runs of blanks never meet and split a long run every way.
_COMMA_SP = rf"(?:[ \t]*+,)?{SP}"
_TENS = "|".join(TENS_WORDS)
_DIGITS = "|".join(DIGIT_WORDS)
_TEENS = "|".join(TEEN_WORDS)
_TENS_AND_DIGIT = rf"(?:{_TENS})(?:[- ](?:{_DIGITS}))?"
NUMBER_RE = (
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?|{_TENS_AND_DIGIT}|"
    + alternation([w for w in NUMBER_WORDS if w not in ("a", "an")])[3:-1]
    + ")"
)
QUANTITY_RE = rf"(?:{NUMBER_RE}|{alternation(QUANTITY_WORDS)[3:-1]})"
UNIT_RE = alternation(UNIT_WORDS)
_ORDINAL = alternation(ORDINALS)
_HOLIDAY = alternation([w.replace("'", "\x00") for w in ALIASES]).replace("\\\x00", APOS).replace("\x00", APOS)
_APPROX = alternation(APPROXIMATORS)
#: An age in words before "-year-old": "forty-year-old", "sixty-two-year-old", "nine-year-old".
_SPELLED_AGE = rf"{_TENS_AND_DIGIT}|{_TEENS}|{_DIGITS}"

#: Years said aloud, as broadcast transcripts write them: "nineteen ninety-six", "twenty twenty-four",
#: "the year two thousand", "two thousand and one" (only after "the year": alone it is a count).
SPELLED_YEAR_RE = (
    rf"(?P<cent>{'|'.join(SPOKEN_CENTURIES)})[ \t-](?P<rest>{_TENS_AND_DIGIT}|{_TEENS}|{SPOKEN_ZERO}[ -](?:{_DIGITS}))"
    rf"|(?P<thousand>{phrase(SPOKEN_MILLENNIUM)})(?:(?:{SP}{PAIR_WORD})?{SP}(?P<k>{_TENS_AND_DIGIT}|{_TEENS}|{_DIGITS}))?"
)
_RANGE_SEP = rf"[ \t]*[-\u2013\u2014][ \t]*|{SP}{alternation(RANGE_WORDS + (PAIR_WORD,))}{SP}"
_YEAR_RANGE_SEP = rf"[ \t]*[-\u2013\u2014/][ \t]*|{SP}{alternation(RANGE_WORDS + (PAIR_WORD,))}{SP}"
_Y2 = YEAR_RE + "|[0-9]{2}(?![0-9])"
_YEAR_MOD = (
    alternation(MONTH_MODIFIERS)
    + rf"|(?:the{SP})?{_g('hpos', alternation(HALF_POSITIONS))}{SP}{alternation(HALF_SPANS)}{SP}of"
)
#: "the year-earlier quarter", "the comparable year-ago third quarter": the same quarter a year before.
_YEAR_EARLIER = rf"(?:comparable{SP})?{alternation(YEAR_EARLIER)}"
_QUARTER_WORD = (
    rf"{_g('ye', _YEAR_EARLIER)}(?:{SP}{_g('qo', alternation(QUARTER_ORDINALS))})?"
    rf"|{alternation(list(QUARTER_ORDINALS) + list(QUARTER_RELATIONS))}"
)
_REL_YEAR = rf"{alternation(YEAR_RELATIONS)}{SP}{YEAR_WORD}"

#: A day named by itself (a weekday, a month-day, a holiday), as in "the day after Christmas".
DAY_NAMED = rf"(?:{alternation(YEAR_RELATIONS)}{SP})?(?:{WEEKDAY_RE}|{MONTH_RE}{SP}?[0-9]|{_HOLIDAY})\b"

#: The families, in the order they are tried at each position.
PATTERNS: dict[str, str] = {
    "iso": (
        rf"{_g('y', '[12][0-9]{3}')}-{_g('m', '[01][0-9]')}-{_g('d', '[0-3][0-9]')}"
        rf"(?:t{_g('hh', '[0-2][0-9]')}:{_g('mi', '[0-5][0-9]')}(?::[0-5][0-9](?:\.[0-9]+)?)?(?:z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?"
        rf"(?![0-9a-z]|-[0-9])"
    ),
    "numeric": (
        rf"{_g('a', '[0-9]{1,2}')}{_g('s1', '[/.-]')}{_g('b', '[0-9]{1,2}')}{_g('s2', '[/.-]')}"
        rf"{_g('y', '[0-9]{4}|[0-9]{2}')}(?![0-9]|[/.-][0-9])"
    ),
    "day_month_numeric": (
        rf"{_g('a', '[0-9]{1,2}')}/{_g('b', '[0-9]{1,2}')}(?![0-9]|[/.-][0-9])"
    ),
    "md_range": (
        rf"(?:{_g('between', alternation(RANGE_OPENERS))}{SP})?{_g('m1', MONTH_RE)}{SP}?{_g('d1', DAY_RE)}"
        rf"{_g('sep', _RANGE_SEP)}"
        rf"(?:{_g('m2', MONTH_RE)}{SP})?{_g('d2', DAY_RE)}(?:{_COMMA_SP}{_g('y', YEAR_RE)})?{WE}"
    ),
    "long_year": (
        rf"{_g('m', MONTH_RE)}{SP}?(?:{_g('d', DAY_RE)}{_COMMA_SP})?{_g('y', '(?:19|20)[0-9]{3}')}(?![0-9]|,[0-9])"
    ),
    "mdy": (
        rf"(?:{_g('wk', phrase(WEEK_OF))}{SP})?{_g('m', MONTH_RE)}{SP}?{_g('d', _DAYX)}"
        rf"(?:{_COMMA_SP}{_g('y', YEAR_RE)}|,?{SP}{APOS}{_g('yy', '[0-9]{2}')}(?![0-9]))?{WE}"
    ),
    "my": (
        rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{_HYPHEN_OR_SP})?{_g('m', MONTH_RE)}(?:{SP}of)?{_COMMA_SP}"
        rf"(?:{_g('y', YEAR_RE)}|{SPELLED_YEAR_RE}){WE}"
    ),
    "rel_month": (
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{_HYPHEN_OR_SP})?"
        rf"{_g('rel', alternation(MONTH_RELATIONS))}{SP}{_g('m', _MONTH_FULL)}{WE}"
        rf"|(?:{_g('mod2', alternation(SHORT_MODIFIERS))}{_HYPHEN_OR_SP})?{_g('m2', _MONTH_FULL)}(?:{SP}of)?{SP}"
        rf"{_g('rel2', _REL_YEAR)}{WE}"
    ),
    "dm_range": (
        rf"(?:{_g('between', alternation(RANGE_OPENERS))}{SP})?{_g('d1', DAY_RE)}{_g('sep', _RANGE_SEP)}{_g('d2', DAY_RE)}"
        rf"{SP}(?:of{SP})?{_g('m1', MONTH_RE)}(?:{_COMMA_SP}{_g('y', YEAR_RE)})?{WE}(?!{SP}?[0-9])(?P<m2>\x00)?"
    ),
    "dmy": (
        rf"(?:the{SP})?{_g('d', _DAYX)}(?:{SP}of)?{SP}{_g('m', MONTH_RE)}"
        rf"(?:{_COMMA_SP}{_g('y', YEAR_RE)})?{WE}"
    ),
    "day_alone": NEVER,  # a day written without its month: a family English does not write
    "year_range": (
        rf"(?:{_g('pre', alternation(RANGE_OPENERS))}{SP})?{_g('y1', YEAR_RE)}"
        rf"{_g('sep', _YEAR_RANGE_SEP)}"
        rf"{_g('y2', _Y2)}{WE}(?!-)"
    ),
    "quarter": (
        rf"(?:the{SP})?(?:{_g('y1', YEAR_RE)}{SP}|{_g('rely', alternation(YEAR_RELATIONS))}{SP}{YEAR_WORD}{APOS}s{SP})?"
        rf"(?:{_g('fis1', FISCAL)}{_HYPHEN_OR_SP})?"
        rf"{_g('q', _QUARTER_WORD)}"
        rf"{_HYPHEN_OR_SP}(?:{_g('fis2', FISCAL)}{_HYPHEN_OR_SP})?{_g('unit', alternation(QUARTER_UNITS))}"
        rf"(?:{SP}of{SP}(?:{FISCAL}{SP})?{_g('y2', YEAR_RE)}|,?{SP}{_g('y3', YEAR_RE)}"
        rf"|{SP}of{SP}{_g('rely2', alternation(YEAR_RELATIONS))}{SP}{YEAR_WORD})?{WE}"
    ),
    "year_quarter": rf"the{SP}{_g('y', YEAR_RE)}{SP}(?:{FISCAL}{SP})?(?:quarter|period){WE}",
    "qcode": (
        rf"{_g('q', 'q[1-4]|h[12]')}(?:[ \t]|-|/)?(?:{_g('y', YEAR_RE)}|{APOS}?{_g('yy', '[0-9]{2}')}(?![0-9])){WE}"
        rf"|{_g('y2', YEAR_RE)}(?:[ \t]|-|/)?{_g('q2', 'q[1-4]|h[12]')}{WE}"
    ),
    "fiscal": (
        rf"(?:the{SP})?{FISCAL}(?:{SP}{YEAR_WORD})?(?:{SP}|-){_g('y', YEAR_RE)}{WE}"
        rf"|(?:the{SP})?{FISCAL}(?:{SP}{YEAR_WORD})?{SP}{APOS}{_g('yy', '[0-9]{2}')}(?![0-9])"
        rf"|fy{SP}?{_g('y2', YEAR_RE)}{WE}|fy{APOS}?{_g('yy2', '[0-9]{2}')}(?![0-9])"
    ),
    "decade": (
        rf"(?:(?:the{SP})?{_g('mod', alternation(SHORT_MODIFIERS))}{_HYPHEN_OR_SP})?(?:{_g('the', 'the')}{SP})?"
        rf"(?:{_g('y', '1[0-9]{2}0|20[0-9]0')}{APOS}?s|{APOS}{_g('yy', '[0-9]0')}s|{_g('w', alternation(DECADE_WORDS))}){WE}"
    ),
    "century": (
        rf"(?:the{SP})?{_g('o', _ORDINAL + '|[0-9]{1,2}' + _SUFFIX)}{_HYPHEN_OR_SP}centur(?:y|ies){WE}"
    ),
    "year_mod": rf"(?:the{SP})?{_g('mod', _YEAR_MOD)}{_HYPHEN_OR_SP}{_g('y', YEAR_RE)}{WE}",
    "holiday": (
        rf"(?:{_g('rel', alternation(DAY_RELATIONS))}{SP})?{_g('h', _HOLIDAY)}"
        rf"(?:{_COMMA_SP}{_g('y', YEAR_RE)})?(?:{SP}{_g('wk', WEEK)})?{WE}"
    ),
    "spelled_day": (
        rf"(?:the{SP})?{_g('ds', _DAY_SPELLED)}{SP}of{SP}{_g('m', MONTH_RE)}(?:{_COMMA_SP}{_g('y', YEAR_RE)})?{WE}"
        rf"|{_g('m2', MONTH_RE)}{SP}{_g('ds2', _DAY_SPELLED)}(?:{_COMMA_SP}{_g('y2', YEAR_RE)})?{WE}(?!-|{SP}of{WE})"
    ),
    "weekday": (
        rf"(?:{_g('rel', alternation(WEEKDAY_RELATIONS + WEEKDAY_MODIFIERS))}{SP})?"
        rf"(?:{_g('wd', WEEKDAY_RE)}|{_g('wda', alternation(WEEKDAY_ABBREVIATIONS))}\.?{_DATE_AFTER_ABBREVIATION})"
        rf"(?:{SP}{_g('pod', alternation(PARTS_OF_DAY))})?{WE}"
    ),
    "relday": (
        rf"(?:{_g('mod', alternation(DAY_MODIFIERS))}{SP})?{_g('w', alternation(DAY_WORDS))}"
        rf"(?:{SP}{_g('pod', alternation(PARTS_OF_DAY))})?{WE}"
    ),
    "age": (
        rf"{_g('n', '[0-9]{1,3}')}(?:{SP}|-)years?(?:{SP}|-)old{WE}"
        rf"|{_g('nw', _SPELLED_AGE)}(?:{SP}|-)years?(?:{SP}|-)old{WE}"
        rf"|{_g('pro', alternation(AGE_SUBJECTS))}{SP}{_g('pv', alternation(AGE_VERBS))}{SP}{_g('n6', '[0-9]{1,3}')}"
        rf"(?=[ \t]*+(?:[.;,](?![0-9])|$))"
        rf"|{_g('turned', alternation(AGE_TURNED))}{SP}{_g('n7', '[0-9]{1,3}')}{WE}(?=[ \t]*+[,.;](?![0-9])|{SP}{alternation(AGE_TURNED_AFTER)}\b)"
        rf"|at{SP}{_g('n8', '[0-9]{1,3}')}(?=,?{SP}(?:the|its|their){SP}{alternation(AGE_SUPERLATIVES)}\b)"
        rf"|aged{SP}{_g('n2', '[0-9]{1,3}')}{WE}"
        rf"|(?:{_g('at', 'at')}{SP})?{_g('age', 'age')}{SP}{_g('n4', '[0-9]{1,3}')}{WE}(?![.,][0-9])"
        rf"|,[ \t]?{_g('n3', '[0-9]{1,3}')}(?=[ \t]*,(?![0-9]))"
        rf"|\({_g('n5', '[0-9]{1,3}')}\)(?=[ \t]*,|{SP}(?:who|was|is|has|had|said|died)\b)"
    ),
    "year_ago_adj": rf"year-{_g('w', 'earlier|ago')}{WE}(?!-)",
    "spelled_year": rf"(?:{SPELLED_YEAR_RE}){WE}(?!-)",
    "ago": (
        rf"(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}{_HYPHEN_OR_SP}{_g('unit', UNIT_RE)}{SP}"
        rf"(?:{_g('orso', phrase(OR_SO))}{SP})?{_g('dir', alternation(DIRECTIONS))}{WE}"
    ),
    "in_n": (
        rf"in{SP}{_g('n', QUANTITY_RE)}(?:{SP}|-){_g('unit', UNIT_RE)}{WE}"
        rf"(?={SP}?(?:[.,;:!?)]|$|{IN_N_AFTER[0]}\b|{phrase(IN_N_AFTER[1])})|{SP}{phrase(IN_N_AFTER[2])}\b)"
    ),
    "relday_unit": rf"{_g('w', alternation(ANAPHORIC))}{WE}",
    "relunit": (
        rf"(?:{_g('mod', alternation(UNIT_MODIFIERS))}{SP})?{_g('rel', alternation(UNIT_RELATIONS))}{SP}"
        rf"{_g('unit', alternation(RELATIVE_UNITS))}{WE}(?!-)"
    ),
    "season": (
        rf"(?:{_g('rel', alternation(SEASON_RELATIONS))}{SP})?"
        rf"(?:{_g('mod', alternation(SHORT_MODIFIERS))}{_HYPHEN_OR_SP})?{_g('s', alternation(SEASONS))}"
        rf"(?:{SP}(?:of{SP})?(?:{_g('y', YEAR_RE)}|{SPELLED_YEAR_RE}))?{WE}(?!-)"
    ),
    "duration": (
        rf"(?:{_g('pre', alternation(DURATION_PREFIXES))}{SP})?"
        rf"(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}(?:{SP}|-){_g('unit', UNIT_RE)}{WE}"
        rf"(?!-{alternation(('old', 'earlier', 'ago'))}\b)"
    ),
    "month": rf"(?:{_g('mod', alternation(MONTH_MODIFIERS))}{_HYPHEN_OR_SP})?{_g('m', _MONTH_ALONE)}{WE}",
    "ref": rf"{_g('w', alternation(REFERENCES))}{WE}(?!-)",
    "year": rf"(?:the{SP}{YEAR_WORD}{SP})?{_g('y', YEAR_RE)}{WE}",
}
