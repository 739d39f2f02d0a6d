"""The expression families: one regular expression per kind of date expression.

Each pattern runs on the lower-cased text (see ``tokenize.lower_same_length``) at a place where a
word starts, and names its parts with groups that the family's handler in ``tokenize.py`` reads.
Families are tried in the order of ``PATTERNS`` at each place, so longer and more specific forms
come first. After changing a pattern, regenerate the scan table
(see ``triggers.py``); until then the tokenizer works it out at start-up.
"""

from __future__ import annotations

from .holiday import HOLIDAY_WORDS
from .lexicon import (
    APOS, DAY_RE, DECADE_WORDS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS, PART_OF_DAY_RE, QUANTITY_RE,
    SEASON_RE, SP, SPELLED_YEAR_RE, UNIT_RE, WE, WEEKDAY_RE, YEAR_RE, alternation,
)


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


_MONTH_FULL = alternation(list(MONTHS))
_MONTH = "(?:" + _MONTH_FULL + "|" + alternation(list(MONTH_ABBREVIATIONS)) + r"\.?)"
_DAYX = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])"  # also 32-39, for impossible dates
_HYPHEN_OR_SP = rf"(?:{SP}|-)"
_APPROX = (
    r"(?:nearly|almost|about|some|more{SP}than|less{SP}than|roughly|around|over|just|only|"
    r"barely|exactly|precisely|at{SP}least|approximately|at{SP}most|fewer{SP}than|under|up{SP}to)"
).replace("{SP}", SP)
_REL = (
    r"(?:the{SP}past|the{SP}last|the{SP}coming|the{SP}next|the{SP}previous|the{SP}following|"
    r"the{SP}current|the{SP}same|the{SP}latest|the{SP}prior|the{SP}full|this{SP}past|this{SP}coming|"
    r"last|this|next|past|coming|that|the)"
).replace("{SP}", SP)
_MOD = (
    r"(?:early|late|earlier|later|mid|the{SP}end{SP}of|end{SP}of|the{SP}beginning{SP}of|"
    r"beginning{SP}of|the{SP}start{SP}of|start{SP}of|the{SP}middle{SP}of|middle{SP}of|"
    r"the{SP}rest{SP}of|the{SP}first{SP}half{SP}of|the{SP}second{SP}half{SP}of|the{SP}last{SP}half{SP}of|"
    r"sometime|earlier{SP}in|later{SP}in|early{SP}in|late{SP}in)"
).replace("{SP}", SP)
_MONTH_MOD = (
    r"(?:early|late|mid|the{SP}middle{SP}of|the{SP}end{SP}of|the{SP}beginning{SP}of|the{SP}start{SP}of|"
    r"end{SP}of|beginning{SP}of|start{SP}of|middle{SP}of)"
).replace("{SP}", SP)
_YEAR_MOD = (
    r"(?:early|late|mid|the{SP}end{SP}of|end{SP}of|the{SP}beginning{SP}of|beginning{SP}of|"
    r"the{SP}start{SP}of|start{SP}of|the{SP}middle{SP}of|middle{SP}of|the{SP}first{SP}half{SP}of|"
    r"the{SP}second{SP}half{SP}of|the{SP}last{SP}half{SP}of|first{SP}half{SP}of|second{SP}half{SP}of|"
    r"(?:the{SP})?(?:first|last|second){SP}two{SP}quarters{SP}of)"
).replace("{SP}", SP)
_ORDINAL = alternation(list(ORDINALS))
_HOLIDAY = alternation([w.replace("'", "\x00") for w in HOLIDAY_WORDS]).replace("\\\x00", APOS).replace("\x00", APOS)
_REF_WORDS = (
    r"right{SP}now|now|currently|nowadays|these{SP}days|recently|lately|the{SP}near{SP}future|"
    r"the{SP}distant{SP}future|the{SP}future|the{SP}past|the{SP}present|at{SP}present|presently|"
    r"previously|formerly|the{SP}immediate{SP}future|recent{SP}(?:years|months|weeks|days|times)|past{SP}years|the{SP}(?:near|short){SP}term"
).replace("{SP}", SP)

_RANGE_SEP = rf"[ \t]*[-\u2013\u2014][ \t]*|{SP}(?:to|through|until|and|till){SP}"
_YEAR_RANGE_SEP = rf"[ \t]*[-\u2013\u2014/][ \t]*|{SP}(?:to|through|until|and|till){SP}"
_MONTH_ALONE = _MONTH_FULL + r"|sept\."
_Y2 = YEAR_RE + "|[0-9]{2}(?![0-9])"

#: A day named by itself (a weekday, a month-day, a holiday), as in "the day after Christmas".
DAY_NAMED = rf"(?:(?:last|next|this){SP})?(?:{WEEKDAY_RE}|{_MONTH}{SP}?[0-9]|{_HOLIDAY})\b"

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
    "md_range": (
        rf"(?:{_g('between', 'between|from')}{SP})?{_g('m1', _MONTH)}{SP}?{_g('d1', DAY_RE)}"
        rf"{_g('sep', _RANGE_SEP)}"
        rf"(?:{_g('m2', _MONTH)}{SP})?{_g('d2', DAY_RE)}(?:[ \t]*,?{SP}{_g('y', YEAR_RE)})?{WE}"
    ),
    "mdy": (
        rf"(?:{_g('wk', rf'the{SP}week{SP}of')}{SP})?{_g('m', _MONTH)}{SP}?{_g('d', _DAYX)}"
        rf"(?:[ \t]*,?{SP}{_g('y', YEAR_RE)}|,?{SP}{APOS}{_g('yy', '[0-9]{2}')}(?![0-9]))?{WE}"
    ),
    "my": (
        rf"(?:{_g('mod', _MONTH_MOD)}{_HYPHEN_OR_SP})?{_g('m', _MONTH)}(?:{SP}of)?[ \t]*,?{SP}"
        rf"(?:{_g('y', YEAR_RE)}|{SPELLED_YEAR_RE}){WE}"
    ),
    "rel_month": (
        rf"(?:{_g('mod', 'early|late|mid')}{_HYPHEN_OR_SP})?"
        rf"{_g('rel', rf'last|next|this{SP}past|this{SP}coming|this|the{SP}previous|the{SP}following')}{SP}"
        rf"{_g('m', _MONTH_FULL)}{WE}"
        rf"|(?:{_g('mod2', 'early|late|mid')}{_HYPHEN_OR_SP})?{_g('m2', _MONTH_FULL)}(?:{SP}of)?{SP}{_g('rel2', 'this|last|next')}{SP}year{WE}"
    ),
    "dmy": (
        rf"(?:the{SP})?{_g('d', _DAYX)}(?:{SP}of)?{SP}{_g('m', _MONTH)}"
        rf"(?:[ \t]*,?{SP}{_g('y', YEAR_RE)})?{WE}"
    ),
    "year_range": (
        rf"(?:{_g('pre', 'from|between')}{SP})?{_g('y1', YEAR_RE)}"
        rf"{_g('sep', _YEAR_RANGE_SEP)}"
        rf"{_g('y2', _Y2)}{WE}(?!-)"
    ),
    "quarter": (
        rf"(?:the{SP})?(?:{_g('y1', YEAR_RE)}{SP}|{_g('rely', r'this|last|next')}{SP}year{APOS}s{SP})?"
        rf"(?:{_g('fis1', 'fiscal')}{_HYPHEN_OR_SP})?"
        rf"{_g('q', rf'first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|year-earlier|year-ago|previous|prior|same|comparable{SP}year-ago|comparable{SP}year-earlier|comparable|corresponding|year-earlier{SP}third|year-ago{SP}third')}"
        rf"{_HYPHEN_OR_SP}(?:{_g('fis2', 'fiscal')}{_HYPHEN_OR_SP})?{_g('unit', 'quarter|half|period')}"
        rf"(?:{SP}of{SP}(?:fiscal{SP})?{_g('y2', YEAR_RE)}|,?{SP}{_g('y3', YEAR_RE)}"
        rf"|{SP}of{SP}{_g('rely2', 'this|last|next')}{SP}year)?{WE}"
    ),
    "year_quarter": rf"the{SP}{_g('y', YEAR_RE)}{SP}(?:fiscal{SP})?(?:quarter|period){WE}",
    "qcode": (
        rf"{_g('q', 'q[1-4]|h[12]')}(?:[ \t]|-|/)?(?:{_g('y', YEAR_RE)}|{APOS}?{_g('yy', '[0-9]{2}')}(?![0-9])){WE}"
        rf"|{_g('y2', YEAR_RE)}(?:[ \t]|-|/)?{_g('q2', 'q[1-4]|h[12]')}{WE}"
    ),
    "fiscal": (
        rf"(?:the{SP})?fiscal(?:{SP}year)?(?:{SP}|-){_g('y', YEAR_RE)}{WE}"
        rf"|(?:the{SP})?fiscal(?:{SP}year)?{SP}{APOS}{_g('yy', '[0-9]{2}')}(?![0-9])"
        rf"|fy{SP}?{_g('y2', YEAR_RE)}{WE}|fy{APOS}?{_g('yy2', '[0-9]{2}')}(?![0-9])"
    ),
    "decade": (
        rf"(?:(?:the{SP})?{_g('mod', 'early|mid|late')}{_HYPHEN_OR_SP})?(?:{_g('the', 'the')}{SP})?"
        rf"(?:{_g('y', '1[0-9]{2}0|20[0-9]0')}{APOS}?s|{APOS}{_g('yy', '[0-9]0')}s|{_g('w', alternation(list(DECADE_WORDS)))}){WE}"
    ),
    "century": (
        rf"(?:the{SP})?{_g('o', _ORDINAL + '|[0-9]{1,2}(?:st|nd|rd|th)')}{_HYPHEN_OR_SP}centur(?:y|ies){WE}"
    ),
    "year_mod": (
        rf"(?:the{SP})?{_g('mod', _YEAR_MOD)}{_HYPHEN_OR_SP}{_g('y', YEAR_RE)}{WE}"
    ),
    "holiday": (
        rf"(?:{_g('rel', rf'last|next|this{SP}past|this{SP}coming|this')}{SP})?{_g('h', _HOLIDAY)}"
        rf"(?:[ \t]*,?{SP}{_g('y', YEAR_RE)})?(?:{SP}{_g('wk', 'week')})?{WE}"
    ),
    "weekday": (
        rf"(?:{_g('rel', rf'last|next|this{SP}coming|this{SP}past|this|coming|past|the{SP}previous|the{SP}following|the{SP}next|early|late')}{SP})?"
        rf"{_g('wd', WEEKDAY_RE)}(?:{SP}{_g('pod', PART_OF_DAY_RE)})?{WE}"
    ),
    "relday": (
        rf"(?:{_g('mod', 'early|late|earlier|later')}{SP})?"
        rf"{_g('w', rf'today|tonight|yesterday|tomorrow|the{SP}day{SP}before{SP}yesterday|the{SP}day{SP}after{SP}tomorrow|last{SP}night|this{SP}morning|this{SP}afternoon|this{SP}evening')}"
        rf"(?:{SP}{_g('pod', PART_OF_DAY_RE)})?{WE}"
    ),
    "age": (
        rf"{_g('n', '[0-9]{1,3}')}(?:{SP}|-)years?(?:{SP}|-)old{WE}"
        rf"|aged{SP}{_g('n2', '[0-9]{1,3}')}{WE}"
        rf"|(?:at{SP})?age{SP}{_g('n4', '[0-9]{1,3}')}{WE}(?![.,][0-9])"
        rf"|,[ \t]?{_g('n3', '[0-9]{1,3}')}(?=[ \t]*,(?![0-9]))"
    ),
    "year_ago_adj": rf"year-{_g('w', 'earlier|ago')}{WE}(?!-)",
    "spelled_year": rf"(?:{SPELLED_YEAR_RE}){WE}(?!-)",
    "ago": (
        rf"(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}{_HYPHEN_OR_SP}{_g('unit', UNIT_RE)}{SP}"
        rf"(?:{_g('orso', rf'or{SP}so')}{SP})?"
        rf"{_g('dir', rf'ago|earlier|later|before|after|from{SP}now|hence|previously|prior|back')}{WE}"
    ),
    "in_n": (
        rf"in{SP}{_g('n', QUANTITY_RE)}(?:{SP}|-){_g('unit', UNIT_RE)}{WE}"
        rf"(?={SP}?(?:[.,;:!?)]|$|time\b|from{SP}now)|{SP}or{SP}so\b)"
    ),
    "relday_unit": (
        rf"{_g('w', rf'the{SP}(?:next|following|previous|same){SP}(?:day|morning|night|evening|afternoon)|the{SP}day{SP}(?:before|after)|that{SP}(?:same{SP})?(?:day|morning|night|evening|afternoon)|the{SP}same{SP}day|the{SP}night{SP}before|the{SP}year{SP}before|the{SP}week{SP}before')}{WE}"
    ),
    "relunit": (
        rf"(?:{_g('mod', _MOD)}{SP})?{_g('rel', _REL)}{SP}"
        rf"{_g('unit', rf'week(?:end)?|month|year|quarter|decade|century|fiscal{SP}year|half')}{WE}(?!-)"
    ),
    "season": (
        rf"(?:{_g('rel', rf'this{SP}past|this{SP}coming|this|last|next|the')}{SP})?"
        rf"(?:{_g('mod', 'early|late|mid')}{_HYPHEN_OR_SP})?{_g('s', SEASON_RE)}"
        rf"(?:{SP}(?:of{SP})?(?:{_g('y', YEAR_RE)}|{SPELLED_YEAR_RE}))?{WE}(?!-)"
    ),
    "duration": (
        rf"(?:{_g('pre', rf'the{SP}(?:past|last|next|first|previous|following|coming|final)|past|last|next|another')}{SP})?"
        rf"(?:{_g('approx', _APPROX)}{SP})?{_g('n', QUANTITY_RE)}(?:{SP}|-){_g('unit', UNIT_RE)}{WE}(?!-(?:old|earlier|ago)\b)"
    ),
    "month": (
        rf"(?:{_g('mod', _MONTH_MOD)}{_HYPHEN_OR_SP})?{_g('m', _MONTH_ALONE)}{WE}"
    ),
    "ref": rf"{_g('w', _REF_WORDS)}{WE}(?!-)",
    "year": rf"(?:the{SP}year{SP})?{_g('y', YEAR_RE)}{WE}",
}
