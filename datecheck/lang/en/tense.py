"""English tense cues: the words that tell whether a clause reports, plans or states, the words
that make a date's own phrase (an intent, a purpose, a deadline, the end of a span), and the cues
that mark a date as old news, hedged or still to come. One set of each, read by datecheck.tense
(the tense of a date's clause) and datecheck.rules.recency (the rules comparing a date with the
publication date). All lower case. The tests of a word's form (a regular past, a gerund, an
adverb) are the small functions below: the code elsewhere holds no affix of the language.
"""

from __future__ import annotations

from .words import DIGIT_WORDS, MONTH_ABBREVIATIONS, MONTHS, TEEN_WORDS, TENS_WORDS, WEEKDAYS

#: What a word is, in lower-cased text: the letters of the language and the apostrophe, and a
#: compound joined by hyphens ("state-owned", "strike-hit": an adjective, not a verb in the past).
WORD = r"[a-z']+(?:-[a-z']+)*"
#: A word that joins others into one ("state-owned"): never a finite verb.
_JOINER = "-"
#: Somewhere in a stretch of text, a word that ends like a regular past form (a fast test: a
#: stretch without one, and without any cue word, has no tense to read).
PAST_ENDING = r"ed(?![a-z'])"
_PAST = "ed"


def past_form(word: str) -> bool:
    """Whether `word` has the ending of a regular past form or participle ("voted", "planned"),
    whatever it is ("red" and "need" too)."""
    return word.endswith(_PAST)


def regular_past(word: str) -> bool:
    """A regular past-tense verb: a word in "-ed" that is not a noun or an adjective ("need",
    "speed", "state-owned")."""
    return word.endswith(_PAST) and len(word) > 3 and word not in NOT_PAST_ED and _JOINER not in word


def future_form(word: str) -> bool:
    """English tells the future with words (listed in FUTURE_WORDS), not with an ending."""
    return False


def negated_participle(word: str) -> bool:
    """"unnamed", "unspecified": adjectives made from a participle, never a verb in the past."""
    return word.startswith("un") and word.endswith(_PAST)


def adverb(word: str) -> bool:
    """"largely", "partly": an adverb ("due largely to the storm")."""
    return word.endswith("ly")


def gerund(word: str) -> bool:
    """"calling", "selling": a present participle or gerund (a clause of its own after a past verb);
    not a preposition or a noun in "-ing" ("during", "a meeting", "in the morning")."""
    return word.endswith("ing") and len(word) > 4 and word not in NOT_GERUNDS


NOT_GERUNDS = frozenset(
    "during morning evening meeting meetings hearing ruling briefing building ceiling wedding spring string "
    "thing nothing something anything everything offering earnings funding spending session".split()
)


#: Words that open a clause of time after a date when a verb follows them ("on Aug. 9 before the site
#: is cleared", "until the bridge is rebuilt"): that clause's verbs are not the date's.
TEMPORAL_CONJUNCTIONS = frozenset("before after until once since unless".split())
#: Finite verbs that show such a clause has begun (its subject, then one of these).
FINITE_AUX = frozenset("is are was were has have had will can gets get got".split())
#: How many words after the conjunction its verb may stand.
TEMPORAL_CLAUSE_REACH = 5
#: Words that put a clause ahead: "will", "expected", "plans", "due".
FUTURE_WORDS = frozenset(
    "will won't 'll shall scheduled expected expects expect plans plan planning upcoming "
    "intends intend due aims aim hopes hope would might slated poised looming prepares preparing".split()
)
#: Irregular past forms (the regular ones end in "-ed").
PAST_VERBS = frozenset(
    "was were had did said told met went came made took gave began won lost left held saw got fell "
    "rose sold bought paid spent struck hit killed died shot found kept led ran sent built broke "
    "brought thought felt wrote spoke stood fought caught chose drove flew grew knew threw wore beat "
    "became forgot hid overcame sank sang swam tore woke withdrew arose fled sought sat slept".split()
)
#: Not verbs, but they put the clause in the past: "since Monday", "two days ago".
PAST_MARKERS = frozenset({"since", "ago"})
#: Words ending in "-ed" that are not past verbs.
NOT_PAST_ED = frozenset(
    "need red bed bred shed wed seed speed feed hundred united indeed proceed exceed succeed "
    "embed breed creed greed heed weed deed aged reed sled".split()
)
#: "provided that ...", "providing that ...": a condition, not a past verb.
CONDITIONS = frozenset({"provided", "providing"})
#: Participles of a plan: "the scheduled vote", "the expected ruling" report nothing done.
PLAN_PARTICIPLES = frozenset("scheduled expected planned proposed slated".split())
#: The past of "to be" before a word of the future ("were planning to", "was expected").
PAST_BE = frozenset({"was", "were"})
#: The perfect's auxiliaries: "has extended loans through January" is still running.
PERFECT_AUX = frozenset({"has", "have"})
#: The word that opens an infinitive ("plans to", "to be issued", "due to the storm").
INFINITIVE_MARKERS = frozenset({"to"})
#: "provided that ...": the word that makes a condition of the participle before it.
CONDITION_LINKS = frozenset({"that"})
#: "laws passed by Congress": after a participle, the agent of a passive, not a deadline.
PASSIVE_AGENT = frozenset({"by"})
PRESENT_WORDS = frozenset("is are says say am it's that's there's what's".split())
#: A phrase set off by commas that opens with a word of these endings ("declared a split, payable
#: June 22", "the year, ending June 30") has a time of its own: the clause before does not govern it.
OWN_TIME_ENDINGS = ("able", "ible", "ing", "ed")
OWN_TIME_WORDS = frozenset({"due"})
#: Present-tense verbs of a timetable: "the show opens Friday", "the leaders meet Monday", "the
#: lease expires on June 30" look ahead.
SCHEDULE = frozenset(
    "opens begins starts closes resumes reopens meets arrives leaves visits travels "
    "meet resume reopen arrive expires lapses matures".split()
)
#: Words after which a verb-looking word is a noun or an adjective: "the plan", "a reduced dividend".
DETERMINERS = frozenset("the a an its his her their our your this that these those my".split())
#: Words that join a clause with a subject of its own ("and the cut takes effect"), and the words
#: that open such a subject.
CLAUSE_JOINERS = frozenset({"and", "but", "while"})
NEW_SUBJECTS = DETERMINERS | frozenset({"he", "she", "it", "they", "we", "i", "you"})
#: Determiners that may also open a relative clause ("the agency that cut rates"): a verb may follow.
RELATIVE_DETERMINERS = frozenset({"that"})
#: Participles that book or call off a day rather than report a day's deed: "the hall was booked on
#: May 30", "the parade was canceled on May 30" (the day is the booking's or the parade's).
BOOKS_A_DAY = frozenset("booked reserved canceled cancelled postponed rescheduled suspended".split())
#: A participle after these is passive or perfect; the word before them carries the tense.
PASSIVE_AUX = frozenset("be been being".split())
#: A past participle after these is a present passive ("is opened to banks on June 30").
PRESENT_AUX = frozenset("is are am".split())
#: Modal verbs: what follows them ("could be reached by Friday", "must file by June") is not told
#: in the tense of a verb before them. ("may" is left out: it is also a month.)
MODALS = frozenset("could must should can cannot might".split())
#: Modals that are also other words ("may", a month): a modal only before one of `MODAL_FOLLOWERS`
#: ("the notes may be redeemed on Sept. 1", "may not be called").
AMBIGUOUS_MODALS = frozenset({"may"})
MODAL_FOLLOWERS = frozenset("be have not also still well never only".split())
#: After "to", these open an infinitive ("to be issued on June 12", "to have finished by May").
INFINITIVES = frozenset({"be", "have"})
#: "due to the storm": a cause, not a date ahead.
CAUSAL_DUE = frozenset({"due", "owing"})
#: Future cues that are also nouns ("vacation plans", "the aim"): a cue only before "to".
NOUN_LIKE = frozenset("plan plans hope hopes aim aims".split())
#: Past verbs of intent: what follows "planned to" is still ahead; the planning itself is past.
PAST_INTENT = frozenset("planned vowed pledged promised".split())
INTENT_OBJECT = frozenset("to a an".split())
#: Phrases of more than one word that put a clause ahead (literal words only: a clause with none of
#: them is skipped without the pattern being tried).
MULTI_FUTURE = (
    r"\b(?:as soon as|as early as|going to|is to|are to|is due|are due|to be held|set to|is set|are set|is expected|"
    r"are expected|(?:planned|set|slated|scheduled) for)\b"
)
#: "by February", "through January": a deadline.
DEADLINE_WORDS = frozenset({"by", "through", "thru"})
#: "until Friday", "through June 30", "beyond Sept. 1": the end of a span. A past verb before it
#: with an object between ("obtained a waiver until May 26") started the span, and does not date it.
SPAN_ENDS = frozenset({"until", "till", "through", "thru", "beyond"})
#: "effective Feb. 1", "starting Jan. 1", "payable May 26": the day a change announced takes hold.
TAKES_EFFECT = frozenset({"effective", "starting", "beginning", "payable"})
#: Words between those and the date: "effective on", "starting from", "effective as of".
TAKES_EFFECT_LINKS = frozenset({"on", "from", "as", "of"})
#: Verbs of saying and of asking: "said it would finish by June", "asked for the change by June
#: 12" — the saying or the asking is past, the deadline is not.
REPORTING = frozenset(
    "said told announced reported added stated noted predicted warned estimated forecast "
    "asked urged ordered requested demanded directed instructed".split()
)
#: "postponed until Tuesday", "extended its deadline until Friday", "agreed to defer payments until
#: June 30"
POSTPONED = frozenset(
    "postponed delayed deferred adjourned extended recessed suspended given gave rescheduled moved pushed "
    "postpone delay defer adjourn extend suspend reschedule prolong prolonged".split()
)
#: Words that take a verb for what is meant to happen after them ("agreed to close the mill on
#: Oct. 3", "an offer to extend the pact through May", "proposed allowing imports until July 1"):
#: the date is that verb's, not theirs. Heads that put a clause ahead by themselves ("planned to")
#: are read as cues instead.
INTENT_HEADS = frozenset(
    "agreed agree agrees voted vote votes decided decide decides proposed propose proposes offered offer "
    "offers sought seek seeks asked ask asks urged urge urges ordered order orders requested request "
    "requests wanted want wants tried try tries threatened threaten threatens chose choose opted opt "
    "arranged arrange authorized authorize allowed allow permitted permit required require suggested "
    "suggest considered consider pressed press encouraged encourage resolved resolve "
    "proposal proposals bid bids deal agreement decision attempt effort efforts motion option options "
    "right rights intention pledge promise".split()
)
#: Verbs whose object happens later: "called the notes for redemption on July 2", "authorized the
#: buyback on Aug. 9", "ordered an evacuation on Friday". The calling is done; the date, when nothing
#: but the object stands between, may be the object's, so the verb does not date it.
ORDERS = frozenset("called authorized authorised ordered".split())
#: Verbs that give a date a role rather than report the day something was done: "fixed April 24 as".
SETS_A_DATE = frozenset("named chose picked moved pushed advanced delayed postponed rescheduled".split())
#: "called off the strike on May 3": with these after it the verb is a deed of its own.
ORDERS_PARTICLES = frozenset({"off"})
#: How many words may stand between such a head and its verb ("asked the central bank to ...").
INTENT_REACH = 4
#: "for delivery on July 5", "for redemption on Aug. 14", "for Sept. 1-15 shipment", "for 60 days
#: until May 31": the date of what something is for, not of the verb before.
PURPOSE = frozenset({"for"})
#: Numbers in words: "for two weeks from Oct. 9" is a span, not a purpose.
NUMBER_WORDS = frozenset(DIGIT_WORDS) | frozenset(TEEN_WORDS) | frozenset(TENS_WORDS)
#: The words that may stand between such a noun and the date (not the end of a span: "rose for
#: five days through Oct. 9" is dated by its verb).
DATE_PREPOSITIONS = frozenset("on between from by in at".split())
#: "between May 10 and July 30", "payable June 30 and Sept. 30": the second date is governed by
#: the word before the first.
DATE_COORDINATORS = frozenset({"and", "or"})
#: The words of a date written before the coordinator (numbers are no words).
DATE_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset(WEEKDAYS)
#: Words that open a time phrase before a month or a weekday: "approved the sale in February and
#: awaits the vote on April 14" gives the verb a time of its own; "hired archivist June Okoro on
#: May 12" does not.
TIME_PHRASE_OPENERS = frozenset({"in", "on", "since", "until", "by", "from", "last", "this", "next", "early", "late",
                                 "mid", "during"})
#: "postponed until Tuesday", "rescheduled the meeting to June 18": the new date lies ahead.
UNTIL = frozenset({"until", "till", "to"})
#: Words that, between a past verb and the date, start a clause of its own ("said it is calling
#: for the redemption on Dec. 7"): the date then belongs to that clause, not to the past verb.
CLAUSE_OF_ITS_OWN = frozenset("is are am be being 's 're will shall can to that which who".split())

# --- cues of the rules that compare a date with the publication date (rules/recency.py) ---------

#: Words that say an older date is meant on purpose.
OLD_CUES = (
    r"\b(?:last year|a year (?:earlier|ago|before|after|later)|years? (?:earlier|ago|before|later)|back in|"
    r"ago\b|anniversar|previous year|the year before|prior year|year-earlier|year-ago|born|"
    r"founded|established|record|dating (?:back|from))"
)
#: Cues that mark an older date only right before it: "since April 6, 1999", "as far back as".
OLD_CUES_NEAR = r"\b(?:since|as far back as|dating to|way back)\s+(?:(?:the|his|her|its|their)\s+)?(?:on\s+)?$"
#: Words that make a clause forward-looking (a plan, an expectation) rather than a report ("may" before
#: a day is the month: "May 4").
HEDGES = (
    r"\b(?:will|won't|'ll|would|could|may(?![ \t]+\d)|might|should|must|expect\w*|schedul\w*|set to|"
    r"plann\w*|plans?(?=\s+(?:to|for)\b)|"  # "plans to", "a plan for", "planned"; not "the tuition plan"
    r"is to|are to|was to|were to|due|aim\w*|hope\w*|intend\w*|agree\w* to|to be|"
    r"deadline|slated|proposed|poised|promis\w*|"
    r"pledg\w*|vow\w*|threat\w*|prepar\w*|want\w*|seek\w*|asked|ask\w*|request\w*|if|unless|"
    r"next|upcoming|coming|expir\w*|end(?:s|ing)?|open(?:s|ing)? on|deliver\w*|pay\w* on)\b"
)
#: What follows "starting", "beginning" or "effective" when it opens a span ("starting June 3",
#: "beginning on Monday", "effective immediately"); before a noun it is an adjective ("the starting
#: goalkeeper", "the effective tax rate") and opens nothing.
_SPAN_OPENS = (
    r"(?:on|in|at|from|with|the|this|next|today|tonight|tomorrow|immediately|now|"
    + "|".join(sorted(DATE_WORDS, key=len, reverse=True)) + r")\b|[0-9]"
)
#: Words that make a date a deadline or the start of a span, in its own clause only ("by", "until",
#: "starting"): further back in the sentence they are about something else ("a landscape by the painter").
HEDGES_NEAR = (
    r"\b(?:until|till|by|before|through|from|(?:starting|beginning|effective)(?=[ \t]+(?:" + _SPAN_OPENS + r")))\b"
)
#: Future markers strong enough to call a date upcoming: the writer's own voice, not reported speech.
FUTURE_MARKERS = (
    r"\b(?:will|won't|'ll|(?:is|are) (?:scheduled|expected|set|due|slated|poised) to|"
    r"(?:is|are) (?:scheduled|set|due|slated) (?:for|on)|(?:is|are) to be|plans? to|"
    r"upcoming)\b"
)
#: A span of time that ends now: "the past few hours", "the last two days".
UP_TO_NOW = r"\b(?:the )?past\b|\blast\b"
#: A past verb more than this many words before a date (in its clause, of which 160 characters are
#: read) is too far to report it as done. A long object may stand between them ("approved the sale
#: of the company to the paper group Lindvall Holm at a meeting on"); the walk back stops earlier
#: at a clause of its own or a time of the verb's own ("in February").
PAST_VERB_REACH = 30
#: After a date that opens its sentence ("On May 28, members of the local approved ..."), how many
#: words the verb that reports it may stand after it.
FRONTED_VERB_REACH = 8
#: Whether the past participle of the perfect stands after the date, at the end of its clause.
PARTICIPLE_LAST = False
