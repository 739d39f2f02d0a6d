"""Cue names the rules read that a language does not have words for yet: each matches nothing.

A language's rule_cues module starts from these (``from ..no_cues import *``) and defines its own
words after them.
"""

import re

_NOTHING = re.compile(r"\x00")
#: DC302: an anniversary named by an event noun, a story's own ordinal year, years celebrated, a founding.
ANNIVERSARY_EVENT_NOUN = _NOTHING
YEAR_BEFORE_NOUN = "\x00"
NOUN_BEFORE_YEAR: tuple[str, ...] = ()
OWN_ANNIVERSARY = _NOTHING
ORDINAL_YEAR_WORDS: frozenset[str] = frozenset()
CELEBRATES_YEARS = _NOTHING
CELEBRATES_YEARS_ANYWHERE = _NOTHING
FOUNDED = _NOTHING
FOUNDING_SUBJECT = _NOTHING
FOUNDING_PRONOUNS: frozenset[str] = frozenset()
#: DC301: a year as an adjective before a count back, counts up to now, spans ending at a year.
ELAPSED_NOUN_GAP = _NOTHING
COUNT_BEFORE_EVENT_YEAR = _NOTHING
HALF_BEFORE = _NOTHING
BEFORE_ATTRIBUTIVE_YEAR = _NOTHING
HAS_BEEN = _NOTHING
SINCE_AFTER = _NOTHING
AFTER_BEFORE = _NOTHING
SPAN_END_AFTER = _NOTHING
RANGE_COUNT_GAP = _NOTHING
RANGE_COUNT_END = _NOTHING
COUNT_RANGE_LEAD = _NOTHING
COUNT_RANGE_GAP = _NOTHING
COUNT_RANGE_END = _NOTHING
AFTER_COUNT_BEFORE = _NOTHING
BEGAN_IN = _NOTHING
SPEECH_SUBJECT = _NOTHING
SPEECH_SAME_SUBJECTS: frozenset[str] = frozenset()
#: DC202: a date opening its sentence, a date an event is for, a date right after its verb (AP style).
FRONTED_ON = _NOTHING
FRONTED_AFTER = _NOTHING
FOR_AN_EVENT = _NOTHING
SET_OFF_BEFORE = _NOTHING
SET_OFF_NOT_A_NOUN = _NOTHING
SET_OFF_AFTER = _NOTHING
AP_DATE_AFTER = _NOTHING
AP_DATE_END = _NOTHING
AP_SUBJECT_BEFORE = _NOTHING
#: DC204: a relative day set beside a weekday.
DAY_APPOSITION_GAP = _NOTHING
#: DC204: what may stand between a count of years ago and the week it points to: nothing.
YEARS_BACK_LINKS = frozenset({""})
DAY_APPOSITION_END = _NOTHING
#: DC303: whose birth or age it is (only an age right before its birth is read here).
BIRTH_PRONOUNS: dict[str, str] = {}
AGE_PRONOUNS: frozenset[str] = frozenset()
BORN_LINK = _NOTHING
PRONOUN_SUBJECT = _NOTHING
NAMED_SUBJECT = _NOTHING
TURNED_HOLDER = _NOTHING
AGE_ADJECTIVE = "\x00"
AGE_NOUN_GAP = _NOTHING
SUBJECT_AFTER_BIRTH = _NOTHING
PREDICATE_AGE = _NOTHING
AGE_AT = _NOTHING
SENTENCE_SUBJECT = _NOTHING
NOT_THE_SAME_PERSON: frozenset[str] = frozenset()
#: DC401: a date set before the noun it dates, then the weekday it is on ("the June 6 ceremony on Wednesday").
LOOSE_DATE_BEFORE = _NOTHING
APPOSED_GAP = _NOTHING
APPOSED_END = _NOTHING
APPOSED_LIST = _NOTHING
LOOSE_GAP_AFTER_DATE = _NOTHING
