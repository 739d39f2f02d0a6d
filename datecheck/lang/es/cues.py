"""Spanish words around a date expression that tell the tokenizer whether it is one: "en 2011" is
a year, "2011 votos" a count; "desde marzo" a month. All lower case."""

from __future__ import annotations

import re

from .relative import FISCAL, SHORT_MODIFIERS, YEAR_WORD
from .words import MONTH_ABBREVIATIONS, MONTHS, SEASONS

YEAR_CUES = frozenset(
    "en desde hasta de del durante antes después entre y a al para hacia año años el los ejercicio principios "
    "finales mediados fines comienzos inicios verano invierno otoño primavera o circa".split()
) | frozenset(SHORT_MODIFIERS) | frozenset(SEASONS) | {FISCAL, YEAR_WORD}
NOT_YEAR_BEFORE = frozenset(
    "número núm. nº no. ruta carretera vuelo habitación página páginas modelo artículo apartado sección "
    "capítulo código salida calle avenida km kilómetro línea".split()
)
NOT_YEAR_AFTER = frozenset({"horas", "h", "gmt", "utc", "hrs"})
NOT_PLURAL = frozenset("más menos tras pues mes veces después antes entonces además".split())
NOT_PLURAL_ENDINGS = ("ss",)
PLURAL_ENDING = "s"

MONTH_CUES = frozenset(
    "en desde hasta de del durante antes después entre y a para hacia o pasado próximo este mes "
    "principios finales mediados fines comienzos inicios el".split()
) | frozenset(SHORT_MODIFIERS)
NOT_DAY_AFTER = frozenset({"millones", "mil", "puntos", "personas", "votos", "%"})
ARTICLES = frozenset("un una el la su sus".split())
NOT_NOUNS = frozenset("de del a en y o por para con como es fue".split())

MEASURE_NOUNS = frozenset(
    "personas votos soldados habitantes estudiantes trabajadores empleados empleos viviendas casas coches "
    "vehículos unidades acciones toneladas kilómetros km metros hectáreas barriles dólares euros pesos libras "
    "puntos escaños miembros casos muertos víctimas refugiados niños mujeres hombres familias pacientes camas "
    "habitaciones ejemplares páginas palabras veces millones mil policías agentes presos empresas visitantes "
    "pasajeros turistas aficionados espectadores firmas participantes delegados atletas partidos goles".split()
)
NOT_SPOKEN_YEAR_AFTER = MEASURE_NOUNS | {"años", "días"}

NOT_AGE_ROLES = frozenset("año años total página número votos precio cifra media temperatura partido".split())
NOT_AGE_WORDS = frozenset(MONTHS) | {abbreviation + "." for abbreviation in MONTH_ABBREVIATIONS} | frozenset(
    "calle avenida página capítulo artículo núm. nº".split()
)
#: A person named by role before ", 42,": "el conductor, 42,".
AGE_ROLE = r"\b(?:el|la|un|una|[Ee]l|[Ll]a|Una?)\s+(?:[a-záéíóúñ]+\s+)?([a-záéíóúñ]{3,})\s*$"

CLAUSE_WORDS = frozenset({"y", "o", "pero", "cuando", "como", "en", "a", ",", "que"})
#: After "antes" or "después", the words that lead on to an event ("dos días después de la votación": a
#: span before it); otherwise the count is a date ("dos días después, cerró").
EVENT_LINKS: frozenset[str] = frozenset({"de", "del", "que"})

SUPERLATIVE = r"\b(?P<sup>primera?|mayor|menor|peor|mejor|más\s+[a-záéíóúñ]+)(?P<between>(?:[ \t-]+[a-záéíóúñ'-]+){0,3}?)[ \t]+$"
NOT_SUPERLATIVE: frozenset[str] = frozenset()
VERBISH = frozenset("será serán va van es son fue fueron puede podría debe".split())
IN_N_AFTER = ("\x00", "\x00\x00", "\x00\x00\x00")

FREQUENCY_WORDS = frozenset({"veces", "vez"})
SPAN_PREPOSITIONS = frozenset({"durante", "para", "todo", "toda", "en"})
FISCAL_YEAR_PREPOSITIONS = frozenset({"durante", "en", "para"})
#: "ejercicio" is also an exercise: "en el ejercicio de su cargo", "el ejercicio militar" name no year.
NOT_FISCAL_AFTER = frozenset(
    "de del militar militares naval conjunto físico práctico teórico escrito oral aéreo libre profesional".split()
)

SEASON_CUES = frozenset({"en", "durante", "hasta", "desde", "para", "este", "esta", "pasado", "próximo"})
THE_SEASON_CUES = frozenset({"en", "durante", "hasta", "desde", "para", "todo", "toda"})
BARE_SEASON_NOT_DATES: frozenset[str] = frozenset()
NOT_SEASON_AFTER = frozenset({"austral", "boreal", "árabe", "europeo", "europea"})

#: A time of day and its zone after a number, at once or after a second time (the number is no year).
CLOCK_AFTER = re.compile(
    r"(?:[ \t]*(?:-|\u2013|a|al|hasta|y)[ \t]*[0-9]{4})?[ \t]+(?:horas|h|hrs|gmt|utc)(?![a-zäöüßñáéíóú])"
)

#: A date that names a place: "Avenida 9 de Julio", "el estadio 12 de Octubre" (the word before it).
PLACE_NOUNS = frozenset({"avenida", "calle", "plaza", "paseo", "estadio", "barrio", "colegio", "puente", "parque",
                         "glorieta", "instituto", "aeropuerto", "hospital", "escuela", "liceo", "colonia", "rambla",
                         "carretera", "urbanización", "villa"})
PLACE_LINKS = frozenset({"del", "de"})
#: Names joined by a hyphen ("Sydney-2000") are no concern of the words here: Spanish seldom writes them.
HYPHEN_COMPOUNDS = False
#: Words after a day spelled out that make it no date: a place in a ranking.
NOT_SPELLED_DAY_AFTER = frozenset({"puesto", "lugar"})
