"""Tense cue names that English's finer reading reads and a language has no words for yet: each
matches nothing. A language's tense module starts from these (``from ..no_tense_cues import *``) and
defines its own words after them, as its rule_cues module does with ``no_cues``."""

#: Words that make a date a deadline or the start of a span in its own clause only.
HEDGES_NEAR = r"\x00"
#: Words that open a time phrase before a month or a weekday ("in February", "last Tuesday").
TIME_PHRASE_OPENERS: frozenset[str] = frozenset()
#: Words joining a clause with a subject of its own, and the words opening such a subject.
CLAUSE_JOINERS: frozenset[str] = frozenset()
NEW_SUBJECTS: frozenset[str] = frozenset()
#: Determiners that may also open a relative clause.
RELATIVE_DETERMINERS: frozenset[str] = frozenset()
#: Participles that book or call off a day rather than report a day's deed.
BOOKS_A_DAY: frozenset[str] = frozenset()
#: Verbs that give a date a role rather than report the day something was done.
SETS_A_DATE: frozenset[str] = frozenset()
#: After a date that opens its sentence, how many words the verb reporting it may stand after it.
FRONTED_VERB_REACH = 0
#: Modals that are also other words ("may"), and the words after which they are modals.
AMBIGUOUS_MODALS: frozenset[str] = frozenset()
MODAL_FOLLOWERS: frozenset[str] = frozenset()
#: Particles after a verb of ordering that make it no order ("called off").
ORDERS_PARTICLES: frozenset[str] = frozenset()
