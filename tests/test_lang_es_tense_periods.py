"""Spanish families read from the tense and from the period a story reports on, each with sentences
written for these tests: a plan told in the present ("la feria se celebra el sábado") looks ahead;
"el mismo periodo de 2023" is the reported quarter in the year written; a quarter or half "del año
pasado" is in the year before the story's."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck

PUBLISHED = date(2024, 9, 18)  # a Wednesday


def values(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in datecheck.extract(text, PUBLISHED, language="es") if m.type == "DATE"]


def _has(found: list[tuple[str, str | None]], phrase: str, value: str) -> bool:
    return any(phrase.lower() == written.lower() and got == value for written, got in found)


PRESENT_PLANS = [
    ("La feria del queso se celebra el sábado en la plaza.", "el sábado", "2024-09-21"),
    ("El nuevo auditorio se inaugura el viernes con un concierto.", "el viernes", "2024-09-20"),
    ("El Cádiz juega el domingo en Zaragoza.", "el domingo", "2024-09-22"),
    ("Los socios votan el lunes la nueva junta.", "el lunes", "2024-09-23"),
    ("Las obras del puerto terminan en noviembre.", "noviembre", "2024-11"),
    ("La compañía estrena en diciembre su nuevo montaje.", "diciembre", "2024-12"),
    ("Para el jueves se pronostican tormentas en el litoral.", "el jueves", "2024-09-19"),
]
PAST_AND_NOUNS = [
    ("El Cádiz jugó el domingo en Zaragoza.", "el domingo", "2024-09-15"),
    ("La visita del lunes fue breve.", "del lunes", "2024-09-16"),  # "visita" after an article: a noun
    ("Los socios votaron el lunes la nueva junta.", "el lunes", "2024-09-16"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), PRESENT_PLANS + PAST_AND_NOUNS, ids=lambda x: str(x)[:40])
def test_a_plan_in_the_present_looks_ahead(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


PERIODS = [
    ("El beneficio del primer trimestre de 2022 subió, y en el mismo periodo de 2023 bajó.",
     "el mismo periodo de 2023", "2023-Q1"),
    ("Las ventas del tercer trimestre de 2021 superaron las del mismo trimestre de 2020.",
     "del mismo trimestre de 2020", "2020-Q3"),
    ("Las ventas del segundo trimestre crecieron respecto al mismo periodo del año anterior.",
     "al mismo periodo del año anterior", "2023-Q2"),
    ("La producción cayó en el segundo semestre del año pasado.", "el segundo semestre del año pasado", "2023-H2"),
    ("El paro bajó en el tercer trimestre del año pasado.", "el tercer trimestre del año pasado", "2023-Q3"),
    ("La obra acabará en el primer trimestre del próximo año.", "el primer trimestre del próximo año", "2025-Q1"),
    ("El beneficio del primer trimestre de 2022 subió, y en el mismo periodo bajó el gasto.",
     "el mismo periodo", "2022-Q1"),  # no year written: the quarter reported on
]


@pytest.mark.parametrize(("text", "phrase", "value"), PERIODS, ids=lambda x: str(x)[:40])
def test_the_same_period_in_the_year_written(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


HALVES_AND_PARTS = [
    ("Las ventas crecieron un 6 % en el primer semestre.", "el primer semestre", "2024-H1"),
    ("La fábrica contratará a 40 personas en el segundo semestre.", "el segundo semestre", "2024-H2"),
    ("La concejala habló esta mañana con los vecinos del barrio.", "esta mañana", "2024-09-18TMO"),
    ("Los vecinos se reunirán esta noche en la parroquia.", "esta noche", "2024-09-18TNI"),
    ("Ayer por la tarde ardió un almacén de maderas.", "Ayer por la tarde", "2024-09-17TAF"),
    ("La feria abrió el 3 de mayo.", "3 de mayo", "2024-05-03"),  # no part of the day: the day alone
]


@pytest.mark.parametrize(("text", "phrase", "value"), HALVES_AND_PARTS, ids=lambda x: str(x)[:40])
def test_halves_alone_and_parts_of_the_day(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


def test_a_game_half_is_no_date() -> None:
    assert values("El visitante marcó dos goles en la segunda mitad.") == []


def test_a_half_told_in_the_past_before_it_began_is_last_year() -> None:
    found = [(m.text, m.value) for m in datecheck.extract(
        "Las ventas crecieron un 3 % en el segundo semestre.", date(2024, 2, 10), language="es")]
    assert found == [("el segundo semestre", "2023-H2")]


VAGUE_AND_TO_DATE = [
    ("El concierto es el sábado en la plaza del mercado.", "el sábado", "2024-09-21"),
    ("El certamen es este fin de semana en Almería.", "este fin de semana", "2024-W38-WE"),
    ("El certamen fue este fin de semana en Almería.", "este fin de semana", "2024-W37-WE"),
    ("La regata de este fin de semana.", "este fin de semana", "2024-W38-WE"),
    ("Las lluvias de este fin de semana anegaron la vega.", "este fin de semana", "2024-W37-WE"),
    ("Hasta la fecha, la cooperativa ha vendido 900 toneladas.", "Hasta la fecha", "2024-09-18"),
    ("La naviera no ha pagado ninguna multa hasta la fecha.", "hasta la fecha", "2024-09-18"),
    ("La consejera, que en su día prometió un hospital, calla.", "en su día", "PAST_REF"),
    ("Hace poco, la lonja tenía 80 barcos.", "Hace poco", "PAST_REF"),
    ("En aquella época la mina daba empleo a 600 personas.", "aquella época", "PAST_REF"),
    ("En otros tiempos la mina daba empleo a 600 personas.", "otros tiempos", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), VAGUE_AND_TO_DATE, ids=lambda x: str(x)[:40])
def test_the_present_ahead_to_date_and_times_gone_by(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


@pytest.mark.parametrize("text", [
    "El contrato se prorroga hasta la fecha prevista para la fusión.",
    "La beca cubre los gastos hasta la fecha de la defensa de la tesis.",
    "Hace poco más de un año que la lonja cerró.",
])
def test_near_misses_name_no_reference(text: str) -> None:
    assert not any(value in ("PAST_REF", "2024-09-18") for _, value in values(text)), values(text)


ANAPHORIC = [
    ("La cooperativa nació en 1987. Dicho año exportó 200 toneladas.", "Dicho año", "1987"),
    ("La cooperativa nació en 1987. Ese mismo año exportó 200 toneladas.", "Ese mismo año", "1987"),
    ("La presa se inauguró el 9 de abril. Dicho día llovió sin parar.", "Dicho día", "2024-04-09"),
    ("La presa se inauguró el 9 de abril. El día previo hubo protestas.", "El día previo", "2024-04-08"),
    ("La presa se inauguró el 9 de abril. El día posterior se abrió al tráfico.", "El día posterior", "2024-04-10"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), ANAPHORIC, ids=lambda x: str(x)[:40])
def test_days_and_years_said_from_the_last_one_named(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


def test_a_league_round_is_no_day() -> None:
    assert values("La jornada anterior fue la más dura de la liga para el equipo.") == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Las campanadas de fin de año sonarán en la plaza del reloj.", "campanadas de fin de año", "2024-12-31"),
    ("La noche de fin de año de 2019 fue tranquila en el puerto.", "noche de fin de año de 2019", "2019-12-31"),
    ("La cooperativa cerrará las cuentas a fin de año.", "fin de año", "2024"),
], ids=lambda x: str(x)[:40])
def test_new_years_eve_said_as_the_night_of_the_year_end(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert _has(found, phrase, value), found


def test_a_year_end_party_is_not_new_years_eve() -> None:
    found = values("La fiesta de fin de año del colegio será el 20 de junio.")
    assert ("2024-12-31" not in [value for _, value in found]), found


@pytest.mark.parametrize("text", [
    "La concejala, en el ejercicio de su cargo, firmó la licencia.",
    "Los reservistas participaron en el ejercicio militar de la costa.",
    "Durante el ejercicio de sus funciones no cobró dietas.",
])
def test_an_exercise_is_no_fiscal_year(text: str) -> None:
    assert values(text) == []


def test_the_fiscal_year_alone_is_still_read() -> None:
    assert _has(values("En el ejercicio, la cooperativa ganó 30 millones."), "el ejercicio", "2024")


def test_a_newborn_names_no_time() -> None:
    assert values("El hospital comarcal atendió a dos recién nacidos con fiebre.") == []
    assert _has(values("La sala recién reformada abrió sus puertas."), "recién", "PAST_REF")
