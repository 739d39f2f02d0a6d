"""Spanish and German: what the grammars make of sentences written for these tests, the language a
document is read in, and the generated tables' shape."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.lang import language
from datecheck.lang.detect import choose

PUBLISHED = date(2025, 10, 16)  # a Thursday


def values(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in datecheck.extract(text, PUBLISHED, language=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La junta votó el lunes 13 de octubre de 2025.", [("lunes", "2025-10-13"), ("13 de octubre de 2025", "2025-10-13")]),
        ("El plazo vence el 2 de noviembre.", [("2 de noviembre", "2025-11-02")]),
        ("El acta lleva la fecha 3/9/2025.", [("3/9/2025", "2025-09-03")]),
        ("Lo anunció ayer y lo firmará pasado mañana.", [("ayer", "2025-10-15"), ("pasado mañana", "2025-10-18")]),
        ("Se reunieron la semana pasada.", [("la semana pasada", "2025-W41")]),
        ("Llegó el martes pasado y vuelve el próximo martes.", [("el martes pasado", "2025-10-14"), ("el próximo martes", "2025-10-21")]),
        ("Ocurrió hace cuatro años.", [("hace cuatro años", "2021")]),
        ("Las obras acabarán a finales de 2026.", [("a finales de 2026", "2026")]),
        ("Fue en los años 80 y en el siglo XIX.", [("los años 80", "198"), ("el siglo XIX", "18")]),
        ("El beneficio del segundo trimestre de 2024 creció.", [("segundo trimestre de 2024", "2024-Q2")]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_spanish_dates(text: str, expected: list[tuple[str, str]]) -> None:
    found = values(text, "es")
    for phrase, value in expected:
        assert any(phrase in written and got == value for written, got in found), (phrase, value, found)


@pytest.mark.parametrize(
    "text",
    [
        "Salieron por la mañana hacia la sierra.",  # "mañana": the morning, not tomorrow
        "Habló con Rosa Mayo sobre el proyecto.",  # "Mayo": a surname
        "Visitó la iglesia de San José con su familia.",  # a saint's name, no holiday
    ],
)
def test_spanish_words_that_are_no_dates(text: str) -> None:
    assert values(text, "es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Rat tagte am Dienstag, 14. Oktober 2025.", [("Dienstag", "2025-10-14"), ("14. Oktober 2025", "2025-10-14")]),
        ("Die Frist endet am 02.11.2025.", [("02.11.2025", "2025-11-02")]),
        ("Sie kam gestern an und reist übermorgen ab.", [("gestern", "2025-10-15"), ("übermorgen", "2025-10-18")]),
        ("Das Konzert war am Dienstagabend.", [("Dienstagabend", None)]),
        ("Vergangene Woche stimmte der Rat ab.", [("Vergangene Woche", "2025-W41")]),
        ("Das geschah vor drei Tagen.", [("vor drei Tagen", "2025-10-13")]),
        ("Der Bau beginnt Anfang 2027.", [("Anfang 2027", "2027")]),
        ("Im Frühjahr 2024 wurde gewählt.", [("Frühjahr 2024", "2024-SP")]),
        ("Das war in den 70er Jahren.", [("den 70er Jahren", "197")]),
        ("Der Umsatz im Vorjahr sank, heuer steigt er.", [("Vorjahr", "2024"), ("heuer", "2025")]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_german_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = values(text, "de")
    for phrase, value in expected:
        assert any(phrase in written and (value is None or got == value) for written, got in found), (phrase, value, found)


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen regnete es in der Stadt.",  # "Morgen": the morning
        "Der Bauer erntete den Mais im Tal.",  # "Mais" is no "Mai"
        "Friedrich März sprach vor der Presse.",  # "März": a surname
    ],
)
def test_german_words_that_are_no_dates(text: str) -> None:
    assert values(text, "de") == []


def test_english_words_are_no_spanish_or_german_dates() -> None:
    assert values("It happened yesterday, on Tuesday.", "es") == []
    assert values("It happened yesterday, on Tuesday.", "de") == []


@pytest.mark.parametrize("code", ["es", "de"])
def test_every_holiday_alias_names_a_holiday_of_the_language(code: str) -> None:
    tables = language(code).holidays
    assert set(tables.ALIASES.values()) <= set(tables.NAMES)


def test_a_holiday_resolves_in_the_language_calendar() -> None:
    assert ("Día de la Constitución Española", "2025-12-06") in values("El Día de la Constitución Española habrá desfile.", "es")
    assert ("Tag der Deutschen Einheit", "2025-10-03") in values("Am Tag der Deutschen Einheit wurde gefeiert.", "de")


@pytest.mark.parametrize(
    ("front_matter", "text", "html", "expected"),
    [
        ({"lang": "es-ES"}, "", False, ("es", None)),
        ({}, '<html lang="de"><body>x</body></html>', True, ("de", None)),
        ({}, "El gobierno dijo que la reforma de las pensiones se votará en el pleno de la próxima semana y que "
             "los grupos de la oposición no han presentado enmiendas.", False, ("es", None)),
        ({}, "Die Regierung hat am Abend mitgeteilt, dass die Reform nicht mehr in diesem Jahr im Bundestag "
             "beraten wird und die Opposition sich auf eine längere Debatte einstellt.", False, ("de", None)),
        ({}, "The council said the vote on the new budget was put off until the members of the board have read it.",
         False, ("en", None)),
    ],
)
def test_the_language_a_document_is_read_in(front_matter, text, html, expected) -> None:  # type: ignore[no-untyped-def]
    assert choose("auto", front_matter, text, html) == expected


def test_a_language_datecheck_does_not_read_gets_a_notice() -> None:
    code, notice = choose("auto", {"lang": "fr"}, "Le conseil a voté hier.", False)
    assert code == "en" and notice and "'fr'" in notice
    text = " ".join(["le conseil municipal a voté une nouvelle loi sur les transports publics"] * 6)
    code, notice = choose("auto", {}, text, False)
    assert code == "en" and notice


def test_a_language_given_is_used_as_it_is() -> None:
    assert choose("de", {"lang": "es"}, "", False) == ("de", None)


def test_check_in_spanish_and_german_finds_a_wrong_weekday_and_an_impossible_date() -> None:
    spanish = "La comisión se reunió el viernes 14 de octubre de 2025. La cita del 31 de septiembre se anuló."
    german = "Die Kommission tagte am Freitag, 14. Oktober 2025. Der Termin am 31. September fiel aus."
    for text, code in ((spanish, "es"), (german, "de")):
        codes = sorted(f.code for f in datecheck.check(text, PUBLISHED, language=code))
        assert codes == ["DC101", "DC102"], (code, codes)
