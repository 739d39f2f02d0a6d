"""English words the rules look for around a date: "born in", "marks the 30th anniversary",
"25 years ago", "published on", "Tuesday's hearing on". Patterns run on the lower-cased text unless
their name says otherwise."""

from __future__ import annotations

import re

from ...patterns import alternation
from .relative import APPROXIMATORS, PAIR_WORD, RANGE_OPENERS, RANGE_WORDS
from .words import MONTH_ABBREVIATIONS, MONTHS, ORDINAL_SUFFIXES, WEEKDAYS

_SUFFIX = alternation(ORDINAL_SUFFIXES)

# --- extraction: what may stand between dates that belong together -----------------------------------
#: Between a weekday (or holiday, or relative day) and the date it is tied to: "Tuesday, Dec. 3",
#: "Saturday (April 6)", "yesterday, the 3rd", "Tuesday on Dec. 3".
#: (Blanks, then a mark and its blanks: two runs of blanks side by side would be tried at every split.)
TIE = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:on[ \t\xa0]+|the[ \t\xa0]+)?\Z")
#: Before a holiday, a date after it (blanks only between) dates what is done for the holiday, not
#: the holiday: "breaks for Easter April 9", "adjourns for Christmas Dec. 18" (any case).
#: Between a date and the weekday written after it: "Oct. 14, a Friday", "Oct. 14 (Friday)". No "on":
#: "the quarter that ended July 3 on Wednesday" dates two things.
TIE_AFTER = re.compile(r"[ \t\xa0]*+(?:[,(\u2014\u2013:-][ \t\xa0]*+)?(?:a[ \t\xa0]+)?\Z")
#: After a weekday: "On Sept. 3, Monday's crowd": a weekday owning a noun is not the date before it.
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
#: Between a date and a weekday: "the May 9 vigil, held Saturday", "the Oct. 3 gala, set for
#: Friday": a date naming an event, then the weekday it is held on (after "the"; any case). Not
#: "set" alone: "the Oct. 3 deadline, set Thursday" was set that day.
HELD_ON = re.compile(r"[ \t\xa0]+[a-z]+(?:[ \t\xa0]+[a-z]+)?,?[ \t\xa0]+(?:(?:held|staged)(?:[ \t\xa0]+on)?|(?:set|scheduled|planned|slated)[ \t\xa0]+for)[ \t\xa0]+\Z", re.IGNORECASE)
#: Between a date and a weekday, words that say which weekday it is: "Oct. 9, which is a Thursday",
#: "March 2, which fell on a Sunday" (any case).
WHICH_IS = re.compile(
    r",[ \t\xa0]+(?:which|that)[ \t\xa0]+(?:is|was|will[ \t\xa0]+be|(?:falls|fell|lands|landed)[ \t\xa0]+on)"
    r"[ \t\xa0]+a[ \t\xa0]+\Z",
    re.IGNORECASE,
)
#: Between a weekday and its date, a time of day: "Tuesday at 7 p.m., Oct. 9" (any case).
AT_TIME = re.compile(
    r"[ \t\xa0]+(?:at[ \t\xa0]+)?(?:[0-9]{1,2}(?:[:.][0-9]{2})?[ \t\xa0]*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)"
    r"(?:[ \t\xa0]+[a-z]{2,3}t)?[ \t\xa0]*[,(][ \t\xa0]*\Z",
    re.IGNORECASE,
)
#: Before a date that names an event.
EVENT_ARTICLE = re.compile(r"\bthe[ \t\xa0]+\Z", re.IGNORECASE)
FOR_HOLIDAY = re.compile(r"\bfor[ \t\xa0]+(?:the[ \t\xa0]+)?\Z", re.IGNORECASE)
#: Before a holiday, a count of days or weeks before or after it, which a date after the holiday may
#: be counted to: "two days before Christmas, Dec. 23", "the week before Easter, April 13" (any case).
HOLIDAY_COUNTED_FROM = re.compile(
    r"(?:\b(?P<n>[0-9]{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \t\xa0]+|\bthe[ \t\xa0]+)"
    r"(?P<unit>days?|nights?|weeks?|weekend)[ \t\xa0]+(?P<dir>before|after|ahead[ \t\xa0]+of|following|preceding)"
    r"[ \t\xa0]+(?:the[ \t\xa0]+)?\Z",
    re.IGNORECASE,
)
#: Its units in days (0: a weekend) and the directions that count back.
HOLIDAY_COUNT_UNITS = {"day": 1, "days": 1, "night": 1, "nights": 1, "week": 7, "weeks": 7, "weekend": 0}
HOLIDAY_COUNT_BACK = frozenset({"before", "ahead of", "preceding"})
#: In the sentence of a holiday, a word saying the day written is the one it is observed on (any case).
HOLIDAY_OBSERVED = re.compile(r"\bobserv", re.IGNORECASE)
#: The end of a line a sentence runs on from onto a line holding only a date, which is then a
#: wrapped line, not a date line: "the flood of\nApril 9, 1965\nwill be" (any case).
WRAPPED_BEFORE = re.compile(r"(?<![^\W\d_])(?:of|on|since|in|until|from|by|before|after|to|and|the|was|were|is|at)[ \t\xa0]*\Z", re.IGNORECASE)
#: What else a date line may hold besides its dates: labels, times, punctuation (any case). One mark
#: at a time: a run of them as one piece inside the repetition could be split every which way.
DATE_LINE_REST = re.compile(
    r"(?:updated|published|posted|last|modified|on|at|and|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]?[scemp][sd]t|et|ist|cet|"
    r"[0-9]{1,2}[:.][0-9]{2}|[\W_])*\Z",
    re.IGNORECASE,
)
#: A label on a date line saying the date is the story's own (published, posted, updated): a stamp
#: on the story, never the date of a section of it (any case).
STAMP_LABEL = re.compile(r"(?<![^\W\d_])(?:updated|published|posted|modified)(?![^\W\d_])", re.IGNORECASE)
#: Between the two dates of a range: "2011 to 2014", "March - May" (any case).
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|" + "|".join(RANGE_WORDS + (PAIR_WORD,)) + r")\s*\Z", re.IGNORECASE)
#: Before the first date of a range: "between", "from" (any case).
RANGE_OPENER = re.compile("(?:" + "|".join(RANGE_OPENERS) + r")\s+\Z", re.IGNORECASE)

# --- DC302 anniversary-mismatch ---------------------------------------------------------------------
#: The stem every form of the word shares, to skip texts without one quickly.
ANNIVERSARY_STEM = "anniversar"
#: (It first looks ahead, without going back, over the word and the blanks to the word it needs: a
#: place that cannot match is left at once, not after trying each way of cutting the word before
#: it. The lookahead matches wherever the pattern does, so it finds the same.)
ANNIVERSARY = re.compile(
    r"(?<![a-z0-9])(?=[a-z0-9-]++[ \t]+anniversary[ \t]+of\b)"
    rf"(?P<ordinal>[0-9]{{1,3}}{_SUFFIX}|(?:[a-z]+-)?[a-z]+{_SUFFIX})"
    r"[ \t]+anniversary[ \t]+of\b"
)
#: The words after "anniversary of the" that may name the event: "the flood", "the great flood".
ANNIVERSARY_EVENT_NOUN = re.compile(r"[ \t]+(?:the|its|their|our)[ \t]+([a-z]{3,})\b(?:[ \t]+([a-z]{3,})\b)?")
#: Between a year and the event noun it names: "the 1999 flood", "the flood of 1999", "the flood in 1999".
YEAR_BEFORE_NOUN = " "
NOUN_BEFORE_YEAR = (" of ", " in ")
#: An ordinal anniversary or year without "of": "their 90th anniversary season", "celebrates its 60th
#: year", and what it counts from in its sentence: "founded in 1936", "which opened in 1968".
OWN_ANNIVERSARY = re.compile(
    rf"\b(?:its|their|his|her|our|the|[a-z]+['\u2019]s)[ \t]+(?P<ordinal>[0-9]{{1,3}}{_SUFFIX}|(?:[a-z]+-)?[a-z]+{_SUFFIX})"
    r"[ \t]+(?:(?:wedding|founding|opening)[ \t]+(?=anniversary))?(?P<what>anniversary|year|season|birthday)\b"
    r"(?![ \t]+of\b)"
)
ORDINAL_YEAR_WORDS = frozenset({"year", "season"})
#: "celebrates 90 years", "is celebrating 60 years": a count of years since a beginning, marked now.
CELEBRATES_YEARS = re.compile(r"\b(?:celebrates|celebrating|marks|marking)[ \t]+\Z")
CELEBRATES_YEARS_ANYWHERE = re.compile(r"\b(?:celebrates|celebrating|marks|marking)\b")
#: The verb may say what its owner began as: "incorporated as a town in 1851", "opened as a feed store in 1932".
FOUNDED = re.compile(r"\b(?:founded|opened|established|formed|started|incorporated|launched|built|organized|married"
                     r"|chartered|consecrated|dedicated|inaugurated|christened|commissioned)"
                     r"(?:[ \t]+as[ \t]+(?:a|an|the)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+){0,2})?[ \t]+in[ \t]+\Z")
#: The subject of a sentence right after an anniversary's that says when its owner began: "The school
#: opened in 1986", "They were married in June 1961" (not "Its new wing opened in 2019": a part of it).
FOUNDING_SUBJECT = re.compile(r"(?!(?:its|their|his|her|our|a|an)\b)(?P<head>(?:[^\W\d_][\w'\u2019-]*[ \t]+){1,5}?)"
                              r"(?:(?:was|were|first)[ \t]+)?\Z")
#: Pronoun subjects that stand for the anniversary's owner.
FOUNDING_PRONOUNS = frozenset({"it", "they", "we"})
#: Words before an anniversary that mark it now: "marks the 30th anniversary".
ANNIVERSARY_NOW = re.compile(r"\b(?:marks?|marking|celebrates?|celebrating|commemorates?|commemorating|observes?|"
                             r"observing|will|this year|today|tonight|now)\b")

# --- DC301 elapsed-time-mismatch --------------------------------------------------------------------
#: Between a year and "25 years ago" that counts from it: "in 1999, 25 years ago", "(in 1999) 25 …".
ELAPSED_GAP = re.compile(r"[\s,(\u2014\u2013-]*(?:(?:in|on|of|back in)\s+)?\Z")
#: A year used as an adjective before "25 years ago": "the 2011 flood (12 years ago)", "the 1998 merger, 26 years ago".
ELAPSED_NOUN_GAP = re.compile(r"[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?[ \t]*[(,\u2014\u2013][ \t]*\Z")
BEFORE_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|its|their|his|her|a)[ \t]+\Z")
#: "It has been 18 years since ...": a count of years up to now, and the word that ends it.
HAS_BEEN = re.compile(r"\b(?:(?:it|this)[ \t]+(?:has[ \t]+been|['\u2019]s[ \t]+been|is)|marks|marking|celebrates|"
                      r"celebrating|commemorates)[ \t]+\Z")
SINCE_AFTER = re.compile(r"(?P<passed>[ \t]+(?:have|has)[ \t]+(?:passed|gone[ \t]+by|elapsed))?[ \t]+since\b")
#: "torn down in 1980, after 45 years": a span that ends at the year before it.
AFTER_BEFORE = re.compile(r"[ \t]*,?[ \t]*after[ \t]+\Z")
SPAN_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)]|\Z)")
#: Between a range of years and the count of years it spans, set off after it: "from 1998 to 2010, 12
#: years in all", "between 2001 and 2009 -- eight years --", "1930-1936, a span of six years", and
#: what closes that count (not "12 years after the war": the count of something else).
RANGE_COUNT_GAP = re.compile(r"[ \t]*(?:,|;|\(|--|\u2014|\u2013)[ \t]*"
                             r"(?:(?:a|an)[ \t]+(?:span|stretch|period|run|total)[ \t]+of[ \t]+|or[ \t]+)?\Z")
RANGE_COUNT_END = re.compile(r"[ \t]*(?:(?:in[ \t]+all|in[ \t]+total|altogether|all[ \t]+told)[ \t]*)?"
                             r"(?:[.,;:)\u2014\u2013]|--|\Z)")
#: A count of years that leads into the range it spans: "for 15 years, from 1990 to 2005", "for 15
#: years (1990-2005)"; the words right before the count, between it and the range, and what closes
#: the range ("for 12 years from 1990 to 2005 as editor" goes on to another thing). After "between"
#: (`within`, only set off) the count may be of years within the range ("for four years, between
#: 2001 and 2010"): only more years than the range holds is wrong.
COUNT_RANGE_LEAD = re.compile(r"\bfor[ \t]+\Z")
COUNT_RANGE_GAP = re.compile(r"[ \t]*(?:(?:,|\(|--|\u2014|\u2013)[ \t]*(?:from[ \t]+|(?P<within>between)[ \t]+)?|from[ \t]+)\Z")
COUNT_RANGE_END = re.compile(r"[ \t]*(?:[.,;:)\u2014\u2013]|--|\Z)")
#: "retires this week after 25 years": a span told as ending now, and the words before the year it
#: began in its sentence ("she joined in 2001", "having opened in 1996", "was hired by the county in").
AFTER_COUNT_BEFORE = AFTER_BEFORE
#: Words that open another clause or event between a joining verb and its year (see BEGAN_IN).
BEGAN_GAP_STOPS = (r"(?:that|which|who|whom|whose|where|when|and|but|or|while|after|before|since|until|"
                   r"following|because|during|than|then|later|earlier|ago)")
#: The beginning must be the span's own: its verb follows a pronoun, "who" or "having" ("she joined",
#: "who was hired", "having opened"), not another subject ("its owner joined the chamber in 1990", "the
#: cafe, which she joined in 1990": the pronoun after a relative is someone else). Read in the year's
#: own clause; between the verb and "in <year>" its object, role or companion (`gap`: "joined the school
#: as a science teacher in", "was hired by the county as an engineer in", "opened the bakery with her
#: brother in"), never a word that opens another clause or event ("the school that her father founded
#: in", "joined the firm after the fire in"); a verb of its own there is another deed (the rule reads it).
BEGAN_IN = re.compile(r"(?<!which )(?<!that )(?<!whom )\b(?:she|he|it|they|we|who|which|having)[ \t]+"
                      r"(?:(?:was|were|had|has|first|originally)[ \t]+){0,2}"
                      r"(?:joined|opened|founded|established|started|began|launched|hired|enlisted|took[ \t]+over|"
                      r"set[ \t]+up|signed[ \t]+on)(?P<gap>(?:[ \t]+(?!" + BEGAN_GAP_STOPS + r"\b)[a-z'\u2019]+){0,12}?)"
                      r"[ \t]+in[ \t]+\Z")
#: Reported speech before "after N years" ("said Tuesday that he will retire"): the span is the one of
#: the person who began it only when its subject is a pronoun (`who`), not another noun ("said that his
#: boss will retire", "said the paper will close").
SPEECH_SUBJECT = re.compile(
    r"\b(?:that|said|says|told[ \t]+[a-z]+|announced|announces|added|adds|wrote|writes)[ \t]+"
    r"(?:(?:on[ \t]+)?(?:" + alternation(WEEKDAYS) + r"|today|yesterday)[ \t]+)?(?:that[ \t]+)?"
    r"(?P<who>[a-z'\u2019]+)")
SPEECH_SAME_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})
#: A year that begins what such a span counts: "opened in 1975", "founded in 1931" (see FOUNDED).
#: Words that make a count of years not exact: "about 25 years ago", "more than a decade after".
_NOT_EXACT = [words for words, kind in APPROXIMATORS.items() if kind != "exact"]
APPROXIMATE_BEFORE = re.compile(r"\b" + alternation(_NOT_EXACT) + r"\s*$")
APPROXIMATE_START = re.compile(alternation(_NOT_EXACT) + r"\b")
#: The word that ends a count back from now: "25 years ago".
AGO = "ago"
#: Whether that word opens the count ("hace 25 años") rather than ends it ("25 years ago").
AGO_FIRST = False
#: "a decade after the 2001 law": a count of years right before a year.
COUNT_BEFORE_YEAR = re.compile(
    r"(?<![a-z0-9])(?P<n>[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"[ -](?P<unit>year|decade|centur(?:y|ie))s?[ \t]+(?P<dir>after|before)[ \t]+"
    r"(?:(?:the|its|his|her|their|a)[ \t]+)?\Z"
)
#: The same count before the year of an event named between them: "eight years after its founding in
#: 2008", "three decades after the observatory opened in 1975", "a decade after the strike of 1990".
COUNT_BEFORE_EVENT_YEAR = re.compile(
    r"(?<![a-z0-9])(?P<n>[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"[ -](?P<unit>year|decade|centur(?:y|ie))s?[ \t]+(?P<dir>after|before)[ \t]+"
    r"(?:(?:the|its|his|her|their|a)[ \t]+)?(?:(?!and\b|but\b|or\b)[a-z][a-z'\u2019-]*[ \t]+){1,3}(?:in|of)[ \t]+\Z"
)
#: "half a century ago", "half a decade ago": half of the one unit counted back.
HALF_BEFORE = re.compile(r"\bhalf[ \t]+\Z")
#: The unit words of that count -> the unit; the direction word that counts forward.
COUNT_UNITS = {"year": "year", "decade": "decade", "century": "century", "centurie": "century"}
COUNT_FORWARD = "after"

# --- DC202 future-as-past ---------------------------------------------------------------------------
#: "on" and an optional weekday right before a date: "signed on Tuesday, May 19".
ON_BEFORE = re.compile(r"\bon(?:\s+" + alternation(WEEKDAYS) + r",?)?\s*$")
ON = "on "
#: A date that opens its sentence: "On May 28, " (the verb of the main clause after it dates it).
FRONTED_ON = re.compile(r"[\s\"'\u201c]*on\s+\Z")
FRONTED_AFTER = re.compile(r"\s*,")
#: A phrase set off by commas between a verb's object and "on <date>", a participle or a relative
#: clause: "completed the sale, announced in March, on May 28", "signed the lease, which runs five
#: years, on May 23": the verb before it dates the day (`rel` or a past participle `head` opens it).
SET_OFF_BEFORE = re.compile(
    r",[ \t]+(?:(?P<age>(?:aged[ \t]+)?[0-9]{1,3}(?:[ \t]+years?[ \t]+old)?)|"
    r"(?:(?P<rel>which|who)[ \t]+|(?:first|originally|initially|long)[ \t]+|(?P<det>the|its|their|his|her|a|an)[ \t]+)?"
    r"(?P<head>[a-z]+)[^,;:.!?\"\u201c\u201d()]{0,80}),[ \t]*on[ \t]+\Z")
#: Or a noun set beside the object (`det`: "approved a contract with Marlow Paving, the low bidder, on
#: May 20"), unless it holds a verb of its own: an attribution ("the mayor says") is not a noun.
SET_OFF_NOT_A_NOUN = re.compile(r"\b(?:says|say|tells|reports|adds|notes|according|is|are|was|were|will|would|has|have|had)\b")
#: A participle phrase set off after the date ("approved the merger on May 12, ending a long search",
#: ", clearing the way for"): it modifies the clause and does not hedge it, so the words that would
#: (ending, starting, the way for ...) are read only up to it. Not a preposition in "-ing" ("during").
SET_OFF_AFTER = re.compile(
    r",[ \t]+(?!(?:during|morning|evening|spring)\b)"
    r"[a-z]{2,}ing\b")
#: What a date after "on" dates when words after "for" stand between: the thing something is for
#: ("sold tickets for the concert on", "bought notes for resale to dealers on"), not the verb
#: before it ("sold for $2 million at an auction on": a price, not a purpose).
FOR_AN_EVENT = re.compile(r"\bfor\s+(?:[a-z][a-z'-]*\s+){1,10}on\s*\Z")
#: After a date right after its verb (AP style), what shows the verb dates it: its object or a place
#: ("approved June 3 a plan", "sank June 3 off Cape Ross"), not a clause ("said April 10 is").
AP_DATE_AFTER = re.compile(r",?\s+(?:a|an|the|its|their|his|her|our|off|near|in|at|outside)\s")
#: Or a date that ends the clause of a verb with its subject right before it ("Brandt resigned Dec. 12,
#: citing her health", "who retired March 1."): not a participle set off by commas ("The film, released
#: Dec. 12, stars ...").
AP_DATE_END = re.compile(r"[ \t]*(?:[,.;]|\Z)")
AP_SUBJECT_BEFORE = re.compile(r"(?<![^\W\d_])(?!(?:has|have|had)[ \t])[^\W\d_]+[ \t]+\Z")

# --- DC203 past-as-future ---------------------------------------------------------------------------
#: A conditional after a future marker: "was to have opened … would".
CONDITIONAL = "would"
#: Dates the future verb of their clause does not date: one between a determiner and a noun names
#: the noun ("tendered under a Jan. 30 offer", "the June 4 meeting"), one after "from" opens a span
#: that may be running already ("for a year from March 1", "plus interest from Nov. 1").
NAMES_A_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that)[ \t\n]+\Z")
NAMES_A_NOUN_AFTER = re.compile(r"[ \t\n]+(?!(?:on|of|to|for|and|or|in|at|by|with|from|as|is|was|will|would)\b)[a-z]")
SPAN_START_BEFORE = re.compile(r"\bfrom[ \t\n]+\Z")

# --- DC204 relative-date-conflict -------------------------------------------------------------------
#: A relative day and a weekday set side by side: "on Monday, yesterday,", "three days ago (Friday)",
#: "until tomorrow, Sunday,": the gap between them, and what must close the second (not a list:
#: "open Friday, yesterday and today").
DAY_APPOSITION_GAP = re.compile(r"[ \t]*(?:,|\(|\u2014|\u2013)[ \t]*(?:on[ \t]+)?\Z")
DAY_APPOSITION_END = re.compile(r"[ \t]*(?:[,)\u2014\u2013.;:]|\Z)(?![ \t]*(?:and|or)\b)")
#: DC204: what may stand between a count of years ago and "this week" ("ten years ago this week"): nothing.
YEARS_BACK_LINKS = frozenset({""})
#: Relative words that point before or after their anchor: "earlier that week", "later this month".
EARLIER = "earlier"
LATER = "later"

# --- DC502 relative-day-word -----------------------------------------------------------------------
#: The words for the day before and after the story's day, which AP style replaces by the weekday.
DAY_BESIDE_TODAY = re.compile(r"\b(yesterday|tomorrow)\b")

# --- DC205 publication-date-conflict (any case) -----------------------------------------------------
#: A byline's author before its label: "By Rana Osei · ", "By R. Osei | " (one separator, no sentence).
_BY = r"(?:by[ \t]+[^\n\u00b7|\u2022\u2014\u2013.,;:]{1,40}(?:\.[^\n\u00b7|\u2022\u2014\u2013,;:.]{1,40}){0,2}[ \t]*[\u00b7|\u2022\u2014\u2013,-][ \t]*)?"
BYLINE = re.compile(rf"[ \t]*{_BY}(?:first[ \t]+)?(?:published|posted|dated)(?:[ \t]+on)?[ \t]*:?", re.IGNORECASE)
NOT_PUBLICATION = re.compile(rf"[ \t]*{_BY}(?:today|updated|last[ \t]+updated|modified|printed|accessed)\b", re.IGNORECASE)
#: A label dating an update of the story: an update cannot come before its first publication.
UPDATED = re.compile(rf"[ \t]*{_BY}(?:last[ \t]+)?(?:updated|modified)\b", re.IGNORECASE)

# --- DC303 age-mismatch -----------------------------------------------------------------------------
#: A birth: "born in", "born on", and a person's "birth in" ("Okafor's birth in", "her birth on").
#: The possessive starts only where a word does not continue one ("ex-wife's", never "wife's" inside
#: it), so a long chain of hyphenated letters is read once, not again from each of its letters.
BORN = re.compile(r"\bborn\b(?:[ \t]+(?:in|on))?[ \t]*"
                  r"|(?<![a-z0-9_])(?<![a-z]-)(?P<whose>his|her|[a-z][a-z-]*+['\u2019]s)[ \t]+birth[ \t]+(?:in|on)[ \t]+")
BIRTH_PRONOUNS = {"his": "he", "her": "she"}
#: The pronouns that stand for the person an age or a birth is of.
AGE_PRONOUNS = frozenset({"he", "she"})
#: Between the person and "born": "Okafor was born", "Okafor, 33, was born", "she is born".
BORN_LINK = re.compile(r"[ \t]*(?:,[ \t0-9]*,[ \t]*)?(?:who[ \t]+)?(?:(?:was|is)[ \t]*)?$")
#: A pronoun ending the words before "was born": "She was born".
PRONOUN_SUBJECT = re.compile(r"(?i)\b(he|she)[ \t]*$")
#: Someone named as the subject of a clause (any case as written): "Marta Ruiz was", "Delgado has".
NAMED_SUBJECT = re.compile(r"\b(?!(?:He|She|It|They)\b)(?:[A-Z][a-z]+[ \t]){1,2}(?:was|is|has|had)\b")
#: The person before "turned 52" or "turns 40": "Hale turns", "Wierzba, who turned".
TURNED_HOLDER = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]*,?[ \t]*(?:who[ \t]+)?(?:turned|turns)[ \t]*$")
#: Between an age and "born": "38, who was born in", "33, was born in".
AGE_TO_BORN = re.compile(r"[\s,()\u2014\u2013-]*(?:(?:who|and)[ \t]+)?(?:(?:was|were|is)[ \t]+)?\Z")
#: How an age used as an adjective ends ("67-year-old"), and the few words naming its person before
#: a birth in apposition: "the 67-year-old retiree, born in", "the forty-year-old teacher, who was born".
AGE_ADJECTIVE = "old"
AGE_NOUN_GAP = re.compile(r"(?P<words>(?:[ \t]+[a-z][a-z-]*){1,3})[ \t]*,?[ \t]*(?:who[ \t]+was[ \t]+)?\Z")
#: After "Born in 1988," the subject it is said of: "she", "Okafor" (as written).
SUBJECT_AFTER_BIRTH = re.compile(r"[ \t]*,[ \t]*(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?([A-Za-z][\w'-]*)")
#: The person a predicate age is said of: "She is 33", "who was 33" (the word before the verb).
PREDICATE_AGE = re.compile(r"\b(he|she|who)[ \t]+(?:is|was)[ \t]+\Z")
#: An age set before a superlative ("becoming at 29 the youngest"): it is said of its sentence's subject,
#: the name that opens the sentence ("Physicist Mara Lind has won ...": "lind").
AGE_AT = re.compile(r"\bat[ \t]+\Z")
SENTENCE_SUBJECT = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+)*?([A-Z][\w'\u2019-]*)[ \t]+(?=[a-z])")
#: Words in that gap that bring in someone else: "the 40-year-old's son, born in".
NOT_THE_SAME_PERSON = frozenset(
    "whose his her their its and or with of for to son sons daughter daughters wife husband mother father "
    "child children brother sister parents baby grandson granddaughter".split()
)
#: Right before a count of years that is an age being reached: not read in English yet.
TURNING = re.compile(r"\x00")

# --- DC401 inconsistent-day-reference (any case) ----------------------------------------------------
#: What may stand between a weekday and the date it is loosely tied to: "Wednesday's hearing on".
#: Also a possessive weekday's noun and a phrase saying when it was: "Thursday's meeting, held", "Friday's
#: storm, which hit on", "Monday's vote, taken on".
LOOSE_GAP = re.compile(
    r"^(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+){0,3}(?:on|of)[ \t]+$|^(?:['\u2019]s)?[ \t]*[,(][ \t]*$|^['\u2019]s[ \t]+$"
    r"|^['\u2019]s(?:[ \t]+[a-z]+){1,3}[ \t]*,[ \t]*on[ \t]+$"
    r"|^['\u2019]s(?:[ \t]+[a-z]+){1,3}[ \t]*,[ \t]*(?:(?:which|that)[ \t]+(?:was[ \t]+)?)?[a-z]+ed(?:[ \t]+(?:on|in))?[ \t]+$"
    r"|^['\u2019]s(?:[ \t]+[a-z]+){1,3}[ \t]*,[ \t]*(?:(?:which|that)[ \t]+(?:was[ \t]+)?)?(?:held|hit|began|took|met|fell|came|struck|ran|won|lost|broke)(?:[ \t]+(?:on|in))?[ \t]+$",
    re.IGNORECASE)
#: A date set before the noun it dates, then the weekday that noun is on: "the June 6 ceremony on
#: Wednesday", "its March 12 vote, held on Monday" (the determiner before the date, then the gap).
#: A weekday that names a thing, possessive or before its noun ("Saturday's final", "the Friday
#: vote"), and that thing's date set off after the noun, without "on": "Saturday's final, June 14,",
#: "Friday's vote -- Oct. 3 --", "the Sunday race (May 4)". The noun is one to three words, the last
#: not a participle or a word of order ("the Saturday before, June 14": another day).
APPOSED_GAP = re.compile(
    r"^(?P<own>['\u2019]s)?(?:[ \t]+(?!(?:before|after|following|prior|and|or|but|to)\b)[a-z][a-z-]*){1,3}(?<!ed)"
    r"[ \t]*(?:,|\(|--|\u2014|\u2013)[ \t]*$")
APPOSED_END = re.compile(r"[ \t]*(?:,|\)|--|\u2014|\u2013)(?![ \t]*(?:and|or)\b)")
#: Between such a date and the next, when the date is one of a list ("June 14, June 21 and ..."): not a tie.
APPOSED_LIST = re.compile(r"[ \t]*(?:(?:and|or)[ \t]+)?")
LOOSE_DATE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that)[ \t]+\Z")
LOOSE_GAP_AFTER_DATE = re.compile(
    r"^[ \t]+(?!(?:and|or|but|to)\b)[a-z]+(?:[ \t]+(?!(?:and|or|but|to)\b)[a-z]+)?[ \t]*,?[ \t]+(?:held[ \t]+)?on[ \t]+$")

# --- DC504 month-abbreviation and suggestions (any case) --------------------------------------------
#: A month name or abbreviation as written, with its period: "Dec.", "December", "Sept".
MONTH_TOKEN = re.compile(
    r"\b(" + "|".join(MONTHS) + "|" + "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w))) + r")(\.?)(?![a-z])",
    re.IGNORECASE,
)


# --- DC102 impossible-date ----------------------------------------------------------------------------
#: In the sentence of a Feb. 29 written without its year, words that make it the day of leap years,
#: not a day of the year inferred: "a leap-day baby, born Feb. 29", "her birthday, Feb. 29" (any case).
LEAP_DAY = re.compile(r"\b(?:leap|birthdays?|every[ \t]+four[ \t]+years)\b", re.IGNORECASE)
