"""German tense cues: the words that tell whether a clause reports, plans or states, and the cues
that mark a date as old news, hedged or still to come; the shape of the tables is English's
(``datecheck/lang/en/tense.py``). All lower case.

News copy tells the past in the perfect ("hat ... beschlossen") and the preterite ("sagte",
"wurde"); the future with "wird", "soll", "will". The tests of a word's form are made from the endings
below (``lang/verb_forms.py``); the cue names German has no words for yet come from
``lang/no_tense_cues.py``.
"""

from __future__ import annotations

from .. import verb_forms as _forms
from ..no_tense_cues import *  # noqa: F401,F403
from . import words as _words

WORD = r"[a-zäöüß']+(?:-[a-zäöüß']+)*"
#: The ending of a past participle ("beschlossen", "gesagt") or of a weak preterite ("sagte").
PAST_ENDING = r"(?:te|ten|tet)(?![a-zäöüß'])|\bge[a-zäöüß]{3,}(?:t|en)(?![a-zäöüß'])"
_PRETERITE = ("te", "ten")
_PARTICIPLE_START = "ge"
_PARTICIPLE_END = ("t", "en")


#: Words with the shape of a participle that are none.
NOT_PAST_ED = frozenset("gestern gegen gemeinsam gesamt geschäft gesetzt gericht gebiet gesellschaft gebäude".split())
#: A word with the ending of a weak preterite or the form of a participle ("sagte", "gesagt").
past_form = _forms.any_form(_forms.Form(_PRETERITE), _forms.Form(_PARTICIPLE_END, starts=_PARTICIPLE_START))
#: A participle of the perfect ("gesagt", "geschlossen"); a verb in the past otherwise is listed as one.
regular_past = _forms.Form(_PARTICIPLE_END, starts=_PARTICIPLE_START, longer_than=5, exceptions=NOT_PAST_ED,
                           single=True)
#: German tells the future with words (listed in FUTURE_WORDS), not with an ending.
future_form = _forms.no_form
#: "ungeklärt": an adjective made from a participle.
negated_participle = _forms.Form(("",), starts="unge")
#: "weitgehend", "hauptsächlich": an adverb.
adverb = _forms.Form(("weise", "lich"))
#: Words ending so after a past verb ("wartend"): German has no gerund, but such a participle.
gerund = _forms.Form(("end",), longer_than=6)


FUTURE_WORDS = frozenset(
    "wird werden werde soll sollen will wollen plant planen geplant voraussichtlich künftig bevorstehende "
    "bevorstehenden angekündigt vorgesehen erwartet".split()
)
#: Weak verbs of news copy, by their stem: the preterite is the stem and "-te", "-ten" ("stimmte"), or
#: "-ete", "-eten" after a stem ending in "t", "d" or a consonant and "n" ("startete", "eröffneten").
_WEAK_STEMS = (
    "sag stimm eröffn unterzeichn meld teil erklär bericht stell leg zeig führ mach kauf verkauf zahl wähl "
    "start land end feier besuch verabschied genehmig forder warn bestätig präsentier veröffentlich gründ öffn "
    "kündig lehn beantrag bestell spiel sieg verhandel einig protestier demonstrier streik rett schaff hol"
).split()


def _preterites(stem: str) -> tuple[str, str]:
    linking = "e" if stem.endswith(("t", "d", "ffn", "chn", "gn")) else ""
    return stem + linking + "te", stem + linking + "ten"


#: Participles of verbs with a prefix that takes no "ge-": "unterzeichnet", "beschlossen", "eröffnet".
_PREFIX_PARTICIPLES = (
    "unterzeichnet beschlossen eröffnet verabschiedet bestätigt entschieden vereinbart erklärt verkauft "
    "übernommen veröffentlicht verloren begonnen bekommen besucht berichtet beantragt bestellt verhandelt "
    "präsentiert protestiert demonstriert vorgestellt unterschrieben verhaftet verurteilt entlassen gewählt "
    "zerstört verletzt getötet gestorben passiert"
).split()
_STRONG_PAST = "beschloss beschlossen schloss schlossen unterschrieb unterschrieben traf entschied entschieden sprach sprachen".split()
PAST_VERBS = frozenset([form for stem in _WEAK_STEMS for form in _preterites(stem)]
                       + _PREFIX_PARTICIPLES + _STRONG_PAST) | frozenset(
    "war waren wurde wurden hatte hatten sagte sagten kam kamen gab gaben ging gingen starb fand fanden "
    "stand standen lag lagen nahm nahmen traf trafen blieb blieben begann begannen gewann verlor fiel".split()
)
PAST_MARKERS = frozenset({"seit", "vor"})
CONDITIONS = frozenset({"vorausgesetzt", "sofern"})
PLAN_PARTICIPLES = frozenset("geplant geplante geplanten erwartet erwartete vorgesehen angesetzt".split())
PAST_BE = frozenset({"war", "waren"})
PERFECT_AUX: frozenset[str] = frozenset()
INFINITIVE_MARKERS = frozenset({"zu", "um"})
CONDITION_LINKS = frozenset({"dass"})
PASSIVE_AGENT = frozenset({"von"})
PRESENT_WORDS = frozenset("ist sind gibt heißt".split())
OWN_TIME_ENDINGS = ("end", "bar")
OWN_TIME_WORDS = frozenset({"fällig"})
SCHEDULE = frozenset("beginnt öffnet schließt endet startet läuft tagt trifft".split())
DETERMINERS = frozenset("der die das den dem des ein eine einen einem einer sein seine ihr ihre".split())
PASSIVE_AUX = frozenset("worden werden".split())
PRESENT_AUX = frozenset("ist sind".split())
MODALS = frozenset("kann können könnte könnten muss müssen müsste sollte sollten darf dürfen".split())
INFINITIVES = frozenset({"sein", "haben"})
CAUSAL_DUE = frozenset({"wegen", "aufgrund"})
NOUN_LIKE = frozenset("plan pläne ziel".split())
PAST_INTENT = frozenset("plante planten kündigte versprach beschloss".split())
INTENT_OBJECT = frozenset("zu".split())
MULTI_FUTURE = r"\b(?:soll am|sollen am|ist geplant|sind geplant|ist vorgesehen|steht an|stehen an)\b"
DEADLINE_WORDS = frozenset({"bis", "spätestens"})
SPAN_ENDS = frozenset({"bis"})
TAKES_EFFECT = frozenset({"ab"})
TAKES_EFFECT_LINKS = frozenset({"dem", "kommendem"})
REPORTING = frozenset("sagte sagten erklärte kündigte teilte berichtete betonte forderte verlangte".split())
POSTPONED = frozenset("verschoben vertagt verlängert verlängerte verschob vertagte aufgeschoben".split())
INTENT_HEADS = frozenset("beschloss beschlossen entschied entschieden stimmte vereinbart vereinbarten "
                         "beschluss entscheidung vorschlag absicht".split())
INTENT_REACH = 4
PURPOSE = frozenset({"für"})
NUMBER_WORDS, DATE_WORDS = _forms.number_and_date_words(_words)
DATE_PREPOSITIONS = frozenset("am an vom von zwischen bis im".split())
DATE_COORDINATORS = frozenset({"und", "oder"})
UNTIL = frozenset({"bis", "auf"})
CLAUSE_OF_ITS_OWN = frozenset("ist sind wird werden dass der die das zu".split())

OLD_CUES = (
    r"\b(?:letztes jahr|im vorjahr|ein jahr (?:zuvor|davor|später)|jahre? (?:zuvor|davor|später)|vor \w+ jahren|"
    r"jahrestag|jubiläum|geboren|gegründet|rekord|damals)"
)
OLD_CUES_NEAR = r"\b(?:seit|bereits|schon)\s+(?:(?:dem|der|den)\s+)?(?:am\s+)?$"
HEDGES = (
    r"\b(?:wird|werden|soll|sollen|könnte|könnten|kann|können|muss|müssen|will|wollen|geplant\w*|vorgesehen|"
    r"erwartet\w*|voraussichtlich|bis|ab|spätestens|frist|nächste\w*|kommende\w*|falls|wenn)\b"
)
FUTURE_MARKERS = r"\b(?:wird|werden|soll|sollen|geplant|voraussichtlich|kommende\w*|nächste\w*)\b"
UP_TO_NOW = r"\b(?:die|den) (?:letzten|vergangenen)\b"
PAST_VERB_REACH = 8
#: Whether the past participle of the perfect stands after the date, at the end of its clause ("hat
#: den Vertrag am 19. Mai unterzeichnet").
PARTICIPLE_LAST = True

#: Verbs whose object happens later ("called the notes for redemption on July 2"): they do not date it.
ORDERS = frozenset("genehmigte ordnete rief beraumte".split())
