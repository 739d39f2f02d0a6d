"""Spanish (and some German) families of date phrases, each with several sentences written for these
tests: what is found and the value it resolves to, the near misses that are no date, and the tense
a Spanish clause is read in (verb endings: preterite, imperfect, future, conditional)."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.tense import clause_tense

PUBLISHED = date(2024, 9, 18)  # a Wednesday


def values(text: str, lang: str = "es") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in datecheck.extract(text, PUBLISHED, language=lang) if m.type == "DATE"]


def _has(found: list[tuple[str, str | None]], phrase: str, value: str) -> bool:
    return any(phrase.lower() in written.lower() and got == value for written, got in found)


FAMILIES = [
    # a capitalized month where only a month stands
    ("La muestra abrirá en Noviembre en Cádiz.", "Noviembre", "2024-11"),
    ("El pleno votó el 4 de Marzo el presupuesto.", "4 de Marzo", "2024-03-04"),
    ("El ciclo acaba a finales de Octubre.", "finales de Octubre", "2024-10"),
    ("La liga empezó en Agosto de 2023.", "Agosto de 2023", "2023-08"),
    ("Febrero trajo heladas a la meseta.", "Febrero", "2024-02"),
    # a lower-case month alone, with no cue before it
    ("La bolsa cierra agosto con pérdidas.", "agosto", "2024-08"),
    ("El índice cerró mayo con una subida.", "mayo", "2024-05"),  # lower case: no surname
    ("Las ventas de enero, febrero y marzo bajaron.", "febrero", "2024-02"),
    # the month named with its unit
    ("Durante el mes de diciembre la biblioteca abrirá por la tarde.", "el mes de diciembre", "2024-12"),
    ("La feria fue en el mes de abril de 2019.", "el mes de abril de 2019", "2019-04"),
    # days spelled out
    ("El museo reabrió el siete de julio.", "el siete de julio", "2024-07-07"),
    ("La ley rige desde el primero de enero de 2023.", "el primero de enero de 2023", "2023-01-01"),
    ("La votación será el veintidós de octubre.", "el veintidós de octubre", "2024-10-22"),
    # a day alone and its month said after it, or a relation before it
    ("La junta se reunirá el 27 del corriente.", "el 27 del corriente", "2024-09-27"),
    ("El convenio se firmó el 9 del actual.", "el 9 del actual", "2024-09-09"),
    ("La obra empezó el día 12 del mes pasado.", "el día 12 del mes pasado", "2024-08-12"),
    ("El pago llegará el 3 del próximo mes.", "el 3 del próximo mes", "2024-10-03"),
    ("La asamblea del pasado 11 eligió presidenta.", "pasado 11", "2024-09-11"),
    ("La final se jugará el próximo 29.", "el próximo 29", "2024-09-29"),
    # the unit the story is in, said other ways
    ("En lo que va de año las matriculaciones crecieron.", "lo que va de año", "2024"),
    ("La planta cerrará a fin de año.", "fin de año", "2024"),
    ("La empresa espera beneficios antes del fin del año.", "fin del año", "2024"),
    ("La línea abrirá al final del año próximo.", "final del año próximo", "2025"),
    ("La presente semana se vota la ley.", "La presente semana", "2024-W38"),
    ("Esta misma semana dimitió el director.", "Esta misma semana", "2024-W38"),
    ("El primer semestre del año dejó cifras récord.", "El primer semestre del año", "2024-H1"),
    ("Este mediodía el alcalde dará una rueda de prensa.", "Este mediodía", "2024-09-18TMI"),
    ("Es la primera jornada del año sin lluvia.", "del año", "2024"),
    ("Las exportaciones subieron un 3 % en el año.", "el año", "2024"),
    ("El primer día del año entrará en vigor la tasa.", "El primer día del año", "2025-01-01"),
    ("El último día del año cerrará la tienda.", "El último día del año", "2024-12-31"),
    ("El 2 de septiembre se votó. Al siguiente día dimitió el alcalde.", "Al siguiente día", "2024-09-03"),
    ("El 2 de septiembre se votó. Al otro día dimitió el alcalde.", "Al otro día", "2024-09-03"),
    ("El 2 de septiembre se votó. El día antes hubo protestas.", "El día antes", "2024-09-01"),
    # a count with its direction after it, from the last date named
    ("El 2 de septiembre se votó el plan. Tres días después dimitió el alcalde.", "Tres días después", "2024-09-05"),
    ("El 2 de septiembre se votó el plan. Un día antes hubo protestas.", "Un día antes", "2024-09-01"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), FAMILIES, ids=[f[0][:40] for f in FAMILIES])
def test_spanish_families(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), (phrase, value, found)


NOT_DATES = [
    ("El equipo confía en Julio Pérez para la final.", "Julio"),
    ("Caminaron por la Avenida 12 de octubre hasta el puerto.", "octubre"),
    ("La tienda está en la calle del dos de mayo.", "mayo"),
    ("El próximo 40 aniversario del club será en Bilbao.", "40"),
    ("Dos días después de la votación hubo otra reunión.", "Dos días después"),
    ("Según Martes Ruiz, el plan fracasó.", "Martes"),  # a capitalized weekday before a name
    ("Los Reyes de Suecia visitaron Toledo.", "Reyes"),  # the monarchs, not Epiphany
    ("Ahora bien, el plan fracasó.", "Ahora"),  # a connective
    ("Es el último día del año fiscal de la empresa.", "año"),  # another kind of year
    ("Fue el mejor alumno del año escolar.", "año"),
    ("Vimos el programa El Día Después en la tele.", "Día"),  # a title
    ("El otro día vi a tu hermano en la plaza.", "día"),  # some day before, no date
]


@pytest.mark.parametrize(("text", "phrase"), NOT_DATES, ids=[f[0][:40] for f in NOT_DATES])
def test_spanish_near_misses(text: str, phrase: str) -> None:
    assert not any(phrase in written for written, _ in values(text)), values(text)


def test_a_range_with_its_month_keeps_its_days() -> None:
    found = values("La cumbre será los días 15 y 16 de octubre de 2024.")
    assert _has(found, "16 de octubre de 2024", "2024-10-16") and not _has(found, "los días 15", "2024-09-15")


@pytest.mark.parametrize(("text", "value"), [
    ("Septiembre arrancará con huelgas en el metro.", "2024-09"),  # a future by its ending
    ("En marzo la fábrica cerraba los sábados.", "2024-03"),  # an imperfect
    ("El ministro dijo que en enero subirían los precios.", "2025-01"),  # a conditional plural
    ("Desde febrero el precio ha subido un 5 %.", "2024-02"),  # "desde": since, the perfect decides
    ("En diciembre es la feria del libro.", "2024-12"),  # the present: this year's
])
def test_the_tense_places_a_month(text: str, value: str) -> None:
    found = values(text)
    assert any(got == value for _, got in found), found


@pytest.mark.parametrize(("text", "value"), [
    ("Los colegios han dado vacaciones hasta el jueves.", "2024-09-19"),  # a deadline still running
    ("El obrero trabajó hasta el jueves en la obra.", "2024-09-12"),
    ("Los técnicos preparan a partir del viernes la cumbre.", "2024-09-20"),  # the day a change takes effect
    ("El ministro habló por teléfono el lunes con su homólogo.", "2024-09-16"),  # a preterite before "por"
])
def test_the_tense_places_a_weekday(text: str, value: str) -> None:
    found = values(text)
    assert any(got == value for _, got in found), found


@pytest.mark.parametrize(("word", "future"), [
    ("firmará", True), ("abrirán", True), ("tendrá", True), ("subirían", True), ("irán", False), ("teherán", False),
])
def test_future_forms(word: str, future: bool) -> None:
    from datecheck.lang.es import tense

    assert tense.future_form(word) is future


@pytest.mark.parametrize(("text", "value"), [
    ("En 2015 había nueve librerías y hoy hay dos.", "PRESENT_REF"),  # how things are now
    ("La plantilla, que hoy es de cuarenta personas, creció.", "PRESENT_REF"),
    ("Ayer llovió y hoy hace sol.", "2024-09-18"),  # no statement of how things are
    ("El alcalde dijo hoy que dimitirá.", "2024-09-18"),  # a clause that reports
    ("Hoy es el día de la votación.", "2024-09-18"),  # the day named after it
    ("La reunión de hoy es clave.", "2024-09-18"),  # a preposition before it
])
def test_today_in_a_statement_of_how_things_are_is_the_present(text: str, value: str) -> None:
    assert ("hoy", value) in [(written.lower(), got) for written, got in values(text)], values(text)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Die Halle wurde am sechsten April eröffnet.", "am sechsten April", "2024-04-06"),
    ("Das Fest beginnt am ersten Mai 2025.", "am ersten Mai 2025", "2025-05-01"),
    ("Am 2. September wurde gewählt. Drei Tage später trat der Bürgermeister zurück.", "Drei Tage später", "2024-09-05"),
])
def test_german_families(text: str, phrase: str, value: str) -> None:
    found = values(text, "de")
    assert _has(found, phrase, value), (phrase, value, found)


def test_the_spanish_tense_reader_reads_an_imperfect() -> None:
    text = "en marzo la fábrica cerraba los sábados."
    assert clause_tense(text, 3, 8, code="es").name == "PAST"


@pytest.mark.parametrize(("story", "lang"), [
    ("Hace seis años esta semana, el 3 de septiembre de 2018, se hundió el muelle viejo.", "es"),
    ("Vor sechs Jahren in dieser Woche, am 3. September 2018, stürzte der alte Steg ein.", "de"),
])
def test_years_ago_this_week_compares_the_date(story: str, lang: str) -> None:
    codes = [f.code for f in datecheck.check(story, PUBLISHED, language=lang)]
    assert "DC204" in codes  # that week six years back is 17-23 Sept. 2018
    right = story.replace("3 de septiembre", "19 de septiembre").replace("3. September", "19. September")
    assert "DC204" not in [f.code for f in datecheck.check(right, PUBLISHED, language=lang)]


@pytest.mark.parametrize(("text", "value"), [
    ("«El jueves firmaremos el convenio», dijo la consejera.", "2024-09-19"),
    ("\"El viernes haré públicas las cuentas\", anunció el tesorero.", "2024-09-20"),
    ("\"En noviembre tendremos el nuevo pabellón\", aseguró.", "2024-11"),
])
def test_a_quote_in_the_first_person_future(text: str, value: str) -> None:
    assert any(got == value for _, got in values(text)), values(text)


def test_a_day_after_pasado_is_counted_from_the_story_date() -> None:
    text = "El 3 de septiembre se votó. Los partidos que ganaron los comicios del pasado día 3 pactaron."
    assert ("del pasado día 3", "2024-09-03") in values(text)
