"""Spanish tense cues: the words that tell whether a clause reports, plans or states, and the cues
that mark a date as old news, hedged or still to come. Read by datecheck.tense and the recency
rules; the shape of the tables is English's (``datecheck/lang/en/tense.py``). All lower case.

The preterite is the past of news copy: "anunció", "firmaron", "murió"; the future is written
"firmará", "va a firmar", "prevé firmar". The tests of a word's form are made from the endings below
(``lang/verb_forms.py``); the cue names Spanish has no words for yet come from ``lang/no_tense_cues.py``.
"""

from __future__ import annotations

from .. import verb_forms as _forms
from ..no_tense_cues import *  # noqa: F401,F403
from . import words as _words

WORD = r"[a-záéíóúüñ']+(?:-[a-záéíóúüñ']+)*"
#: The endings of the forms read by their ending alone: the preterite (third person), the past
#: participle, the imperfect of "-ar" verbs ("firmaba"), the future ("firmará", "tendrán") and the
#: conditional plural ("firmarían"). The reader looks no further where none of them and no cue word
#: stands.
PAST_ENDING = r"(?:ó|ió|aron|ieron|ado|ido|aba|aban|rá|rán|ré|remos|rían)(?![a-záéíóúüñ'])"
_PRETERITE = ("ó", "ió", "aron", "ieron")
_PARTICIPLE = ("ado", "ido")
_IMPERFECT = ("aba", "aban")
#: The future ("-rá", "-rán": "firmará", "tendrán", "dirá"; in the first person, as quotes say it,
#: "firmaré", "tendremos") and the conditional plural ("firmarían"), which looks ahead from a past as
#: "would" does; the singular conditional ("-ría") is also a noun's ending ("secretaría", "mayoría")
#: and is read from a list.
_FUTURE = ("rá", "rán", "aré", "eré", "iré", "dré", "aremos", "eremos", "iremos", "dremos", "rían")
#: Words with those endings that are no verb: names and nouns.
NOT_FUTURE = frozenset("irán teherán corán durán beltrán alcorán catamarán".split())


#: Words with the ending of a preterite or an imperfect that are no verb.
NOT_PAST_ED = frozenset(
    "dominó bingó pasado estado lado todo modo nido ruido sonido partido apellido contenido traba haba jaba "
    "acaba".split()
)
#: A word with the ending of a preterite, a participle or an "-ar" imperfect ("firmó", "firmado", "firmaba").
past_form = _forms.any_form(_forms.Form(_PRETERITE + _PARTICIPLE),
                            _forms.Form(_IMPERFECT, longer_than=4, exceptions=NOT_PAST_ED))
#: A preterite in the third person or an imperfect: "anunció", "firmaron", "firmaba" (not "dominó", "pasado").
regular_past = _forms.Form(_PRETERITE + _IMPERFECT, longer_than=3, exceptions=NOT_PAST_ED, single=True)
#: A future or a conditional plural by its ending: "firmará", "abrirán", "tendrá", "serían".
future_form = _forms.Form(_FUTURE, longer_than=4, exceptions=NOT_FUTURE, single=True)
#: "inesperado": an adjective made from a participle.
negated_participle = _forms.Form(_PARTICIPLE, starts="in")
#: "principalmente": an adverb.
adverb = _forms.Form(("mente",))
#: "llamando", "vendiendo": a gerund.
gerund = _forms.Form(("ando", "iendo"), longer_than=5)


#: Verbs of news copy, whose future ("firmará", "abrirán") is the infinitive and an ending.
_NEWS_INFINITIVES = (
    "abrir reabrir cerrar firmar votar aprobar anunciar celebrar inaugurar presentar publicar comenzar empezar "
    "terminar acabar llegar salir viajar visitar juzgar decidir elegir nombrar lanzar entregar pagar cobrar "
    "subir bajar entrar estrenar recibir reunir reunirse debatir discutir negociar construir cumplir renovar "
    "jugar disputar competir actuar cantar hablar declarar comparecer vender comprar retirar sustituir "
    "dimitir asumir convocar suspender aplazar reanudar examinar revisar estudiar llover nevar"
).split()
#: The future of verbs whose stem changes: "tendrá", "hará", "saldrá".
_IRREGULAR_FUTURES = "tendr har dir saldr vendr pondr sabr querr cabr valdr".split()
_FUTURE_FORMS = frozenset(
    [verb + ending for verb in _NEWS_INFINITIVES for ending in ("á", "án")]
    + [stem + ending for stem in _IRREGULAR_FUTURES for ending in ("á", "án")]
)
FUTURE_WORDS = frozenset(
    "será serán habrá haré diré iré prevé prevén planea planean pretende pretenden próximo próxima próximos próximas "
    "previsto prevista programado programada tendrá tendrán podrá podrán deberá deberán espera esperan".split()
) | _FUTURE_FORMS
#: Participles that are not the infinitive's stem and "-ado", "-ido".
_IRREGULAR_PARTICIPLES = "abierto reabierto hecho dicho puesto vuelto escrito muerto roto visto resuelto".split()
#: The perfect of those verbs, the participle after "ha", "han": "han firmado", "ha abierto".
_PARTICIPLES = frozenset(
    [verb[:-2] + ("ado" if verb.endswith("ar") else "ido") for verb in _NEWS_INFINITIVES if verb.endswith(("ar", "er", "ir"))]
    + _IRREGULAR_PARTICIPLES
)
PAST_VERBS = _PARTICIPLES | frozenset(
    "fue fueron era eran estuvo estuvieron tuvo tuvieron hizo hicieron dijo dijeron dio dieron vino vinieron "
    "puso pusieron había habían hubo murió murieron ganó perdió llegó salió iba iban".split()
) | frozenset(
    # the imperfect of "-er" and "-ir" verbs ("tenía", "decían"): their ending "-ía" is also a noun's
    verb + ending for verb in (
        "ten hac dec pod quer sab viv sal ven deb exist parec segu pertenec ofrec manten conten sufr permit "
        "ocurr recib exig dirig produc cre le met pon escrib sent".split()
    ) for ending in ("ía", "ían")
) | frozenset("fuimos estuvimos dijimos hicimos tuvimos".split())
#: "hace tres días"; not "desde", which is "from" as often as "since" (the verb decides).
PAST_MARKERS = frozenset({"hace"})
CONDITIONS = frozenset({"siempre"})
PLAN_PARTICIPLES = frozenset("previsto prevista programado programada planeado planeada propuesto propuesta".split())
PAST_BE = frozenset({"era", "eran", "estaba", "estaban"})
PERFECT_AUX = frozenset({"ha", "han", "he", "hemos"})
INFINITIVE_MARKERS = frozenset({"para", "a"})
CONDITION_LINKS = frozenset({"que"})
#: "firmado por el ministro el lunes": a Spanish participle before its agent still reports a deed
#: (and a preterite before "por", "habló por teléfono", is no participle): nothing is set aside.
PASSIVE_AGENT: frozenset[str] = frozenset()
PRESENT_WORDS = frozenset("es son está están hay dice dicen".split())
OWN_TIME_ENDINGS = ("ando", "iendo", "able", "ible")
OWN_TIME_WORDS = frozenset({"pagadero"})
#: Verbs of what a story announces, in the present, just before its date: "la feria se celebra el
#: sábado", "el museo se inaugura en mayo", "el equipo juega el domingo", "los socios votan el lunes"
#: (news Spanish tells a plan in the present). Singular and plural; not "acaba" ("acaba de firmar"
#: is just past).
_SCHEDULE_STEMS = (
    "abr cierr comienz empiez termin venc expir inici arranc lleg visit viaj celebr inaugur estren jueg disput "
    "actú reún vot comparec debat regres vuelv concluy finaliz clausur enfrent recib pronostic"
).split()
_SCHEDULE_VOWEL = {"abr": "e", "venc": "e", "expir": "a", "comparec": "e", "vuelv": "e",
                   "concluy": "e", "reún": "e", "recib": "e"}
SCHEDULE = frozenset(
    stem + _SCHEDULE_VOWEL.get(stem, "a") + ending for stem in _SCHEDULE_STEMS for ending in ("", "n")
)
DETERMINERS = frozenset("el la los las un una su sus este esta estos estas ese esa".split())
PASSIVE_AUX = frozenset("ser sido siendo".split())
PRESENT_AUX = frozenset("es son está están".split())
MODALS = frozenset("puede pueden podría podrían debe deben debería deberían".split())
INFINITIVES = frozenset({"ser", "haber"})
CAUSAL_DUE = frozenset({"debido"})
NOUN_LIKE = frozenset("plan planes espera".split())
PAST_INTENT = frozenset("planeó prometió anunció decidió acordó".split())
INTENT_OBJECT = frozenset("a que un una".split())
MULTI_FUTURE = (
    r"\b(?:va a|van a|vamos a|tiene previsto|tienen previsto|está previsto|están previstos?|"
    r"está prevista|están previstas|está programad[oa]|se celebrará|se espera)\b"
)
#: "para el lunes", "hasta el jueves" ("han dado vacaciones hasta el jueves": still running).
DEADLINE_WORDS = frozenset({"antes", "para", "hasta"})
SPAN_ENDS = frozenset({"hasta"})
#: "a partir del viernes": the day a change takes effect ("desde" is "since" as often as "from": it
#: decides nothing by itself).
TAKES_EFFECT = frozenset({"partir"})
TAKES_EFFECT_LINKS = frozenset({"del", "de", "el"})
REPORTING = frozenset(
    "dijo afirmó aseguró anunció informó explicó señaló indicó declaró añadió advirtió pidió ordenó exigió".split()
)
POSTPONED = frozenset("aplazó aplazado aplazada pospuso pospuesto pospuesta prorrogó prorrogado suspendió suspendido "
                      "retrasó retrasado aplazar posponer prorrogar retrasar".split())
INTENT_HEADS = frozenset(
    "acordó acordaron decidió decidieron propuso propusieron pidió pidieron votó votaron aprobó aprobaron "
    "acuerdo decisión propuesta intención plan".split()
)
INTENT_REACH = 4
PURPOSE = frozenset({"para"})
NUMBER_WORDS, DATE_WORDS = _forms.number_and_date_words(_words)
DATE_PREPOSITIONS = frozenset("el en entre desde de del a al".split())
DATE_COORDINATORS = frozenset({"y", "o"})
UNTIL = frozenset({"hasta", "para"})
CLAUSE_OF_ITS_OWN = frozenset("es son está están será serán que quien cual para".split())

# --- cues of the rules that compare a date with the publication date -----------------------------
OLD_CUES = (
    r"\b(?:el año pasado|un año antes|años? (?:antes|atrás|después)|hace|aniversario|nació|nacida?|"
    r"fundad[oa]|récord|desde entonces|se remonta)"
)
OLD_CUES_NEAR = r"\b(?:desde|ya en|allá por)\s+(?:(?:el|la|su)\s+)?$"
HEDGES = (
    r"\b(?:será|serán|podría|podrían|debería|deberían|puede|pueden|debe|deben|prevé|prevista?|previstos?|"
    r"programad[oa]s?|espera\w*|planea\w*|pretende\w*|va a|van a|hasta|antes del?|para el|desde|a partir|"
    r"plazo|próxim[oa]s?|vence|expira|si)\b"
)
FUTURE_MARKERS = r"\b(?:\w+(?:ará|erá|irá|arán|erán|irán)|va a|van a|está previsto|está prevista|próxim[oa])\b"
UP_TO_NOW = r"\b(?:los|las) (?:últim[oa]s|pasad[oa]s)\b"
PAST_VERB_REACH = 8
#: Whether the past participle of the perfect stands after the date, at the end of its clause.
PARTICIPLE_LAST = False

#: Verbs whose object happens later ("called the notes for redemption on July 2"): they do not date it.
ORDERS = frozenset("convocó autorizó ordenó".split())
