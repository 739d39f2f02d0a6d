"""English words around a date expression that tell the tokenizer whether it is one.

"in 2011" is a year, "2011 votes" a count; "5 May" a date, "Route 5" not; "the day before the
vote" is tied to an event, not to a date. All lower case.
"""

from __future__ import annotations

import re

from .relative import FISCAL, SHORT_MODIFIERS, YEAR_RELATIONS, YEAR_WORD
from .words import MONTH_ABBREVIATIONS, MONTHS, SEASONS

#: Words before a number that make it a year: "in 2011", "since 1990", "early 2011", "summer 2011".
YEAR_CUES = frozenset(
    "in since by of from until till during before after through throughout between and to the "
    "until around circa 's".split()
) | frozenset(SHORT_MODIFIERS) | frozenset(SEASONS) | {FISCAL, YEAR_WORD}
#: Words before a number that make it something else: "Route 66", "Boeing 737".
NOT_YEAR_BEFORE = frozenset(
    "no. no number route highway interstate flight room page pages model boeing airbus windows "
    "article section rule psalm chapter verse form item code exit suite apt. apartment unit "
    "channel gate platform track the dow index at".split()
)
#: Words after a number that make it a time of day, not a year: "2100 hours", "1800 GMT".
NOT_YEAR_AFTER = frozenset({"hours", "hrs", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                            "bst", "cet", "cest", "jst", "hkt", "sgt"})
#: A time of day and its zone right after a number, at once or after a second time: "1800 GMT",
#: "1630 to 1800 GMT", "1630-1800 EDT" (the first number is no year either).
CLOCK_AFTER = re.compile(
    r"(?:[ \t]*(?:-|\u2013|to|and|until)[ \t]*[0-9]{4})?[ \t]+(?:" + "|".join(sorted(NOT_YEAR_AFTER)) + r")(?![a-z])"
)
#: Words that end in "s" but are not plural nouns ("2011 was", "a day plus").
NOT_PLURAL = frozenset("was has is its this as us his hers ours yours plus thus less".split())
#: Endings of words in "s" that are not plurals: "class", "Smith's".
NOT_PLURAL_ENDINGS = ("ss", "'s")
PLURAL_ENDING = "s"

#: Words before a month name that make it a month: "in May", "since March".
MONTH_CUES = frozenset(
    "in since until till by from through during before after of throughout around between and to or "
    "since mid-".split()
) | frozenset(SHORT_MODIFIERS) | frozenset(YEAR_RELATIONS)
#: Words after a month and day that make them a number: "May 3 percent".
NOT_DAY_AFTER = frozenset({
    "percent", "per", "million", "billion", "points", "people", "votes",
    "pct", "mln", "bln", "dlrs", "dlr", "cts", "stg",  # wire copy: "rose on June 10 to 5 pct"
})
#: Words after a month and a spelled ordinal that make the ordinal count something else: "its April
#: second quarter", "in March third place", "the August ninth grade class".
NOT_SPELLED_DAY_AFTER = frozenset({
    "quarter", "half", "round", "place", "time", "period", "straight", "consecutive", "largest", "biggest",
    "grade", "graders", "inning", "floor", "street", "avenue", "ward", "district", "row", "seed", "amendment",
})
#: Determiners before a month used as an adjective: "a June agreement".
ARTICLES = frozenset("a an the its his her their our".split())
#: Words that are not nouns after such a month: "the March of …".
NOT_NOUNS = frozenset("on of to for and or in at by with from as is was".split())

#: Nouns after a number that make it a count: "2011 votes", "1,500 people".
MEASURE_NOUNS = frozenset(
    "people persons votes voters troops soldiers residents students workers employees jobs homes houses "
    "cars vehicles units shares tons tonnes miles kilometers km meters feet acres barrels dollars euros "
    "pounds yuan yen rupees points seats members cases deaths victims refugees children women men "
    "families patients beds rooms copies pages words calories hectares square rounds times percent "
    "km/h mph degrees marines sailors officers police fighters rebels militants civilians prisoners "
    "villages towns cities companies firms stores flights passengers tourists visitors fans spectators "
    "signatures ballots participants delegates athletes teams games matches goals runs yards".split()
)
#: Nouns after a year said aloud that make it a count: "nineteen twenty people".
NOT_SPOKEN_YEAR_AFTER = MEASURE_NOUNS | {"years", "days", "dollars"}

#: Nouns that, after "the" and before ", 42,", name a thing rather than a person.
NOT_AGE_ROLES = frozenset(
    "year years score scores total page pages route room number numbers vote votes count rate index "
    "price prices percent amount figure figures list tally margin average temperature game games "
    "quarter half round rounds seat seats district ward precinct chapter verse line item".split()
)
#: Capitalized words before ", 42," that are not names: month names ("Sept., 12,") and these.
NOT_AGE_WORDS = frozenset(MONTHS) | {abbreviation + "." for abbreviation in MONTH_ABBREVIATIONS} | frozenset(
    "no. street st. avenue ave. route road highway page chapter section article vol. volume".split()
)
#: An age said of a person as the passage's subject: "He was 81." (the age at the time the passage tells).
AGE_SUBJECTS = ("he", "she", "who")
AGE_VERBS = ("was", "is")
#: Words before "he is 40" that make it an age not reached: "before he is 40", "unless she is 18".
AGE_HYPOTHETICAL = frozenset({"before", "until", "till", "unless", "if", "once"})
#: Of those verbs, the one that puts the age at the time told, not now.
AGE_THEN = "was"
#: An age reached on a day named with it: "who turned 52 last month", "turns 60 on Friday"; and the
#: words that may follow the number for it to be an age, not an amount ("turned 5 percent lower").
AGE_TURNED = ("turned", "turns")
AGE_TURNED_AFTER = ("last", "this", "on", "in", "earlier", "yesterday", "today", "tomorrow", "next")
#: An age set before the superlative it makes someone ("becoming at 29 the youngest winner", "at 71, the
#: oldest"): the age at the time the passage tells.
AGE_SUPERLATIVES = ("youngest", "oldest")
#: A person named by role before ", 42,": "the captain, 42,", "a local driver, 23,".
AGE_ROLE = r"\b(?:the|a|an|[Tt]he|An?)\s+(?:[a-z]+\s+)?([a-z]{3,})\s*$"

#: Words after a date-like phrase that start a clause, so the phrase stands alone: "the day before,
#: when …", "two days after and …".
CLAUSE_WORDS = frozenset({"and", "or", "but", "when", "as", "in", "at", "on"})
#: The words after a direction that lead on to an event: none listed (any word that opens no clause).
EVENT_LINKS: frozenset[str] = frozenset()

#: A superlative before "in N units" makes it a span: "the smallest gain in a year".
SUPERLATIVE = r"\b(?P<sup>first|most|least|[a-z]{2,}est)(?P<between>(?:[ \t-]+[a-z'-]+){0,3}?)[ \t]+$"
NOT_SUPERLATIVE = frozenset(
    "interest interests rest west request protest test contest forest honest modest arrest guest suggest "
    "invest harvest digest manifest latest conquest quest nest chest pest crest vest zest".split()
)
#: Verbs between a superlative and "in N units" that make it a plan: "the first plant will open in two years".
VERBISH = frozenset("will would to is are was were be can could may might should must shall".split())
#: "in two weeks" is a date only at the end of a clause or before these.
IN_N_AFTER = ("time", "from now", "or so")

#: Words before "a day" that make it a rate: "twice a week".
FREQUENCY_WORDS = frozenset({"times", "twice", "once", "thrice"})

#: Words before "the week", "the year" that make them a span: "during the year".
SPAN_PREPOSITIONS = frozenset({"for", "during", "throughout"})
FISCAL_YEAR_PREPOSITIONS = frozenset({"for", "during", "in"})
#: Words after a fiscal year's unit word that make it something else: none (the unit says "fiscal").
NOT_FISCAL_AFTER: frozenset[str] = frozenset()

#: Words before a season alone ("in summer") or after "the" ("during the summer") that make it one.
SEASON_CUES = frozenset(
    {"in", "into", "during", "by", "over", "until", "since", "through", "this", "last", "next", "early", "late"}
)
THE_SEASON_CUES = frozenset(
    {"in", "into", "during", "by", "over", "until", "since", "through", "throughout", "for"}
)
#: Seasons that are no date alone, even after "in": "in fall" (a verb as often as a season).
BARE_SEASON_NOT_DATES = frozenset({"fall", "autumn"})
#: Words after a season that make it a name: "summer camp", "the Winter Olympics".
NOT_SEASON_AFTER = frozenset(
    {"break", "season", "camp", "games", "olympics", "solstice", "storm", "wheat", "session", "school", "term",
     "semester", "collection", "league"}
)

#: A date that names a place, and names joined by a hyphen: English reads these its own way.
PLACE_NOUNS: frozenset[str] = frozenset()
PLACE_LINKS: frozenset[str] = frozenset()
HYPHEN_COMPOUNDS = False
