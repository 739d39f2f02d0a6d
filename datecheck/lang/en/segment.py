"""English words that decide where sentences and clauses end (read by datecheck.text).

All lower case; the segmenter compares lower-cased words, so it reads the same boundaries from a
text and from its lower-cased copy.
"""

from __future__ import annotations

#: Abbreviations that stand before a name or a number and never end a sentence: "Gov. Ellis",
#: "No. 3", "St. Louis".
TITLES = frozenset(
    "mr mrs ms mx dr prof gov sen rep gen lt col sgt capt cmdr adm maj brig cpl pvt rev fr hon pres "
    "supt det insp atty gens reps sens messrs mme mlle st mt ft no nos vs v cf approx fig figs vol "
    "vols pp ch art sec op ed eds rt".split()
)

#: Abbreviations that may end a sentence as well as stand inside one: "the U.S. economy" and
#: "... in the U.S. The next day": they end one only before a word that starts sentences.
ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri "
    "inc corp co ltd llc plc bros jr sr esq etc al dept univ assn ave blvd hwy calif "
    "conn fla kan minn mich neb nev okla penn tenn tex wis wyo ariz colo ky md mont ala "
    "yr yrs hrs mos".split()
)

#: Words that begin sentences, not continue them: after an abbreviation ("U.S.", "p.m.", "Inc.")
#: one of these means the sentence ended there.
SENTENCE_STARTERS = frozenset(
    "the a an this these those it its he she they we i you his her their our there here but and so "
    "yet however meanwhile still also when while if although though despite last next earlier later "
    "then now officials police some many most all both each mr mrs ms dr".split()
)

#: Words that open a clause of their own. A comma, semicolon, colon or dash also ends a clause.
#: Coordinating: the clause before does not govern the one they open.
CONJUNCTIONS = frozenset("but yet".split())
#: Subordinating: the main clause governs the one they open ("When the office opens Monday, we will
#: ...", "... will resume if talks fail").
SUBORDINATORS = frozenset("whereas although though because unless when if while".split())
#: Subordinating or relative: the clause they open hangs on the clause before it ("said that ...",
#: "the plant, which closed ...").
RELATIVES = frozenset("that which who whom whose".split())

#: Verbs that report speech: "'Go now?' she asked" is one sentence; "said that ..." governs what follows.
REPORTING_VERBS = frozenset(
    "said says say told tells asked asks added adds announced announces reported reports stated "
    "states noted notes predicted predicts warned warns estimated estimates explained explains "
    "wrote writes replied replies insisted insists acknowledged acknowledges confirmed confirms "
    "argued argues claimed claims recalled recalls".split()
)

#: A comma between a weekday and a month joins two parts of one date ("Tuesday, Jan. 7"), not two
#: clauses (nor does a comma before a number: "Jan. 7, 2026").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: "that" opens a clause before these ("said that the ...", "found that it ...") or after a reporting
#: verb; elsewhere it points at a noun ("that figure", "that week") and opens nothing.
CLAUSE_SUBJECTS = frozenset(
    "the a an it he she they we i you this these those his her its their there some many no one each "
    "all our your my".split()
)

#: A line ending in one of these runs on into the next ("voted on / Tuesday"), however short it is.
RUN_ON_WORDS = frozenset(
    "a an the of on in at to for from by with and or but nor that which who whom whose as than into onto "
    "is are was were be been will would shall should can could may might must has have had said says "
    "its their his her our your my this these those".split()
)
