"""Families of Spanish and German phrasing and what extraction makes of them: several sentences
written for these tests per family (other words, other dates), each naming the phrase and the
TIMEX3 value it must get, and near misses that must get none."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck

PUBLISHED = date(2025, 10, 16)  # a Thursday


def found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in datecheck.extract(text, PUBLISHED, language=lang) if m.type == "DATE"]


# (family, language, text, phrase, value)
FAMILIES = [
    # "heute" stating how things are: the present; reporting, planning or with a clock time: the day
    ("heute-nowadays", "de", "Heute ist die Stadt viel wohlhabender als vor dem Krieg.", "Heute", "PRESENT_REF"),
    ("heute-nowadays", "de", "Die Stadt hat heute drei Bahnhöfe und einen Flughafen.", "heute", "PRESENT_REF"),
    ("heute-nowadays", "de", "Viele Familien haben heute zwei Autos.", "heute", "PRESENT_REF"),
    ("heute-the-day", "de", "Der Vertrag wurde heute in Wien unterzeichnet.", "heute", "2025-10-16"),
    ("heute-the-day", "de", "Der Minister wird heute in Graz sprechen.", "heute", "2025-10-16"),
    ("heute-the-day", "de", "Die Ausstellung öffnet heute um 18 Uhr.", "heute", "2025-10-16"),
    ("heute-the-day", "de", "Die Stadtwerke melden heute, Donnerstag, einen Rekord.", "heute", "2025-10-16"),
    ("heute-the-day", "de", "Heute Abend spielt das Orchester in Linz.", "Heute Abend", "2025-10-16"),
    ("hoy-attributive", "es", "Fue ministro de la hoy desaparecida Checoslovaquia.", "hoy", "PRESENT_REF"),
    ("hoy-the-day", "es", "El ministro presentó hoy el nuevo plan de empleo.", "hoy", "2025-10-16"),
    ("hoy-the-day", "es", "Hoy la ciudad tiene más parques que hace diez años.", "Hoy", "2025-10-16"),
    # a relation word before a noun that is no time word: ahead of or behind the story
    ("relation-adjective", "es", "El pívot jugará la próxima temporada en Valencia.", "próxima", "FUTURE_REF"),
    ("relation-adjective", "es", "Sus próximos conciertos serán en Lima y Quito.", "próximos", "FUTURE_REF"),
    ("relation-adjective", "es", "Ganó el oro en la pasada edición de la regata.", "pasada", "PAST_REF"),
    ("relation-adjective", "es", "Se lesionó en el pasado Europeo de natación.", "pasado", "PAST_REF"),
    ("relation-before-date", "es", "La feria cerró el pasado 12 de mayo.", "12 de mayo", "2025-05-12"),
    ("the-past-as-noun", "es", "Hay que aprender de los errores del pasado.", "del pasado", "PAST_REF"),
    # a holiday in a year the country calendars do not reach falls on the day the language's calendars give
    ("holiday-before-calendar", "es", "Las marchas del Primero de Mayo de 1997 llenaron Sevilla y Cádiz.", "Primero de Mayo de 1997", "1997-05-01"),
    ("holiday-before-calendar", "es", "El Día del Trabajo de 1996 hubo huelga.", "Día del Trabajo de 1996", "1996-05-01"),
    # a capitalized Spanish month in the company of months is a month
    ("month-company", "es", "Las ventas de marzo y Abril de 2024 cayeron.", "Abril de 2024", "2024-04"),
    ("month-company", "es", "Nos espera un mes de Mayo de 2026 muy duro.", "Mayo de 2026", "2026-05"),
    # a day written without its month: of the month of the last date named, else of the story's
    ("day-alone", "es", "La feria abre hoy y sigue abierta hasta el día 21.", "el día 21", "2025-10-21"),
    ("day-alone", "es", "Las jornadas se celebran del día 27 al 29 en Vigo.", "del día 27", "2025-10-27"),
    ("day-alone", "es", "Las jornadas se celebran del día 27 al 29 en Vigo.", "29", "2025-10-29"),
    ("day-alone", "es", "El acuerdo se firmó el 4 de julio. El día 5, los bancos abrieron.", "El día 5", "2025-07-05"),
    ("day-alone", "es", "Los comicios del pasado día 20 dieron la mayoría a los verdes.", "del pasado día 20", "2025-09-20"),
    ("day-alone", "es", "La obra se estrena el próximo día 3.", "el próximo día 3", "2025-11-03"),
    # two days of one month: the year written after the second is the first's too
    ("day-pair-year", "es", "El congreso será los días 9 y 10 de febrero de 2027.", "9", "2027-02-09"),
    # a month before or after "pasado" / "vergangenen": the latest such month, even the one just gone
    ("month-just-gone", "es", "Las subastas de septiembre pasado batieron récords.", "septiembre pasado", "2025-09"),
    ("month-just-gone", "es", "El pasado septiembre cerró la fábrica.", "El pasado septiembre", "2025-09"),
    ("month-just-gone", "es", "La sequía del pasado noviembre arruinó la cosecha.", "pasado noviembre", "2024-11"),
    ("month-just-gone", "de", "Die Messe fand im vergangenen September statt.", "vergangenen September", "2025-09"),
    # "mañana" tomorrow, "morgen" tomorrow (at a sentence's start too), "heute Morgen" this morning
    ("tomorrow", "es", "Mañana se vota la reforma en el pleno.", "Mañana", "2025-10-17"),
    ("tomorrow", "es", "La reforma se vota mañana por la mañana.", "mañana por la mañana", "2025-10-17TMO"),
    ("tomorrow", "de", "Morgen beginnt die Messe in Bozen.", "Morgen", "2025-10-17"),
    ("tomorrow", "de", "Die Messe beginnt morgen in Bozen.", "morgen", "2025-10-17"),
    ("tomorrow", "de", "Heute Morgen regnete es in Brixen.", "Heute Morgen", "2025-10-16"),
    ("weekday-compound", "de", "Am Dienstagabend tagte der Gemeinderat.", "Dienstagabend", "2025-10-14"),
    ("decade-words", "de", "In den achtziger Jahren wuchs die Stadt rasch.", "den achtziger Jahren", "198"),
    ("decade-words", "de", "In den 90er-Jahren wuchs die Stadt rasch.", "den 90er-Jahren", "199"),
    ("ago-since", "de", "Vor drei Jahren brannte die Scheune ab.", "Vor drei Jahren", "2022"),
    ("ago-since", "de", "Seit 2012 leitet sie das Museum.", "2012", "2012"),
    ("month-modifier", "de", "Anfang März wurde der Tunnel eröffnet.", "Anfang März", "2025-03"),
    ("month-modifier", "de", "Ende September 2024 lief die Frist ab.", "Ende September 2024", "2024-09"),
    ("last-month", "de", "Vergangenen Monat stiegen die Mieten.", "Vergangenen Monat", "2025-09"),
    # "am Wochenende": the weekend just gone, the next one in a clause that plans
    ("am-wochenende", "de", "Die Polizei nahm am Wochenende drei Einbrecher fest.", "am Wochenende", "2025-W41-WE"),
    ("am-wochenende", "de", "Am Wochenende wird in Meran gewählt werden.", "Am Wochenende", "2025-W42-WE"),
    # Anfang / Mitte / Ende / zu Beginn + des Jahres, des Monats, der Woche: a part of the unit around the story
    ("part-of-unit", "de", "Anfang des Jahres legte der Bürgermeister sein Amt nieder.", "Anfang des Jahres", "2025"),
    ("part-of-unit", "de", "Die Halle soll Ende des Jahres fertig sein.", "Ende des Jahres", "2025"),
    ("part-of-unit", "de", "Mitte des Monats kommen die neuen Zahlen.", "Mitte des Monats", "2025-10"),
    ("part-of-unit", "de", "Zu Beginn der Woche fielen die Kurse.", "Zu Beginn der Woche", "2025-W42"),
    # days listed before a day and its month share the month
    ("day-list", "de", "Gespielt wird am 7., 8. und 9. November.", "7", "2025-11-07"),
    ("day-list", "de", "Gespielt wird am 7., 8. und 9. November.", "8", "2025-11-08"),
    ("day-list", "de", "Sprechtage sind am 2. und 3. sowie am 9. und 10. Dezember.", "2", "2025-12-02"),
    ("day-list", "de", "Die Kurse laufen am 4. Mai und am 12., 19., und 26. Juni.", "12", "2025-06-12"),
    # a day, a month or a season placed in a year by the words after it
    ("of-the-year", "de", "Im Sommer des Jahres 2003 brannten die Wälder.", "Sommer des Jahres 2003", "2003-SU"),
    ("of-the-year", "de", "Im Mai des Jahres 1998 schloss die Mine.", "Mai des Jahres 1998", "1998-05"),
    ("of-the-year", "de", "Der Umsatz lag unter dem März des vergangenen Jahres.", "März des vergangenen Jahres", "2024-03"),
    ("of-the-year", "de", "Die Gebühr ist bis 2. Dezember dieses Jahres zu zahlen.", "2. Dezember dieses Jahres", "2025-12-02"),
    ("of-the-year", "de", "Der Antrag vom 4. Juli v. J. wurde abgelehnt.", "4. Juli v. J.", "2024-07-04"),
    ("of-the-year", "de", "Die Sitzung vom 9. Mai d. J. fiel aus.", "9. Mai d. J.", "2025-05-09"),
    ("of-the-year", "es", "La ley se aprobó el 7 de marzo del año pasado.", "7 de marzo del año pasado", "2024-03-07"),
    # "in letzter Zeit", "im Moment"
    ("lately-now", "de", "In letzter Zeit häufen sich die Unfälle.", "In letzter Zeit", "PAST_REF"),
    ("lately-now", "de", "Im Moment fehlen drei Ärzte.", "Im Moment", "PRESENT_REF"),
    # a part of the unit the story is in, the unit written bare
    ("part-of-bare-unit", "es", "La tarifa sube a principios de mes.", "principios de mes", "2025-10"),
    ("part-of-bare-unit", "es", "Las obras durarán hasta finales de año.", "finales de año", "2025"),
    # "el pasado mes de abril": the month, not the month before this one; "la víspera de" a holiday
    ("month-of-relation", "es", "El pasado mes de marzo cerró la mina.", "El pasado mes de marzo", "2025-03"),
    ("month-of-relation", "es", "El próximo mes de febrero abrirá el museo.", "El próximo mes de febrero", "2026-02"),
    ("eve-of-holiday", "es", "La víspera de Navidad de 2019 cenaron en Toledo.", "La víspera", "2019-12-24"),
    # two months written as a span, the year after the second: the first's year too
    ("month-span-year", "es", "Las ventas crecieron entre enero y abril de 2009.", "enero", "2009-01"),
    ("month-span-year", "es", "Los precios bajaron de febrero a mayo de 2003.", "febrero", "2003-02"),
    ("month-span-year", "de", "Die Preise stiegen von Januar bis März 2004.", "Januar", "2004-01"),
    # a weekday in apposition to a day word is that day
    ("day-word-weekday", "es", "El presidente llegará mañana, viernes, a Lima.", "viernes", "2025-10-17"),
    ("day-word-weekday", "es", "Lo anunció ayer miércoles en Quito.", "miércoles", "2025-10-15"),
    ("day-word-weekday", "de", "Die Messe öffnet morgen, Freitag, in Bozen.", "Freitag", "2025-10-17"),
    # more references: some day, formerly, lately, at any moment; half a year named alone
    ("references", "es", "Algún día volverá a su pueblo.", "Algún día", "FUTURE_REF"),
    ("references", "es", "Antaño el puerto era el corazón de la ciudad.", "Antaño", "PAST_REF"),
    ("references", "es", "Ultimamente llueve poco en Murcia.", "Ultimamente", "PAST_REF"),
    ("references", "es", "La presa puede ceder en cualquier momento.", "cualquier momento", "FUTURE_REF"),
    ("half-alone", "es", "Dinamarca dirige este semestre la comisión.", "este semestre", "2025-H2"),
    # "entonces" at that time, "hasta el momento" so far
    ("then", "es", "Desde entonces vive en Cádiz.", "entonces", "PAST_REF"),
    ("then", "es", "El aeropuerto, hasta entonces un solar, abrió en mayo.", "entonces", "PAST_REF"),
    ("so-far", "es", "Hasta el momento no hay detenidos.", "el momento", "PRESENT_REF"),
    ("the-future", "es", "La empresa invertirá más en el futuro.", "en el futuro", "FUTURE_REF"),
]


@pytest.mark.parametrize(("family", "lang", "text", "phrase", "value"), FAMILIES, ids=lambda v: v if len(str(v)) > 2 else None)
def test_family(family: str, lang: str, text: str, phrase: str, value: str) -> None:
    got = found(text, lang)
    assert (phrase, value) in got, (family, got)


# (family, language, text, phrase that is no date here)
NEAR_MISSES: list[tuple[str, str, str, str]] = [
    ("relation-adjective", "es", "Viven en una zona próxima a la costa.", "próxima"),
    ("relation-adjective", "es", "Es uno de los asesores más próximos al alcalde.", "próximos"),
    ("relation-before-date", "es", "La feria cerró el pasado 12 de mayo.", "el pasado"),
    ("day-alone", "es", "El plazo vence el día 5 de noviembre.", "el día 5"),
    ("part-of-unit", "de", "Sie wurde zur Sportlerin des Jahres gewählt.", "des Jahres"),
    ("part-of-unit", "de", "Der Plan der Woche hängt am Kühlschrank.", "der Woche"),
    ("day-list", "de", "Sie wurde 4. am 9. Mai in Graz.", "4"),
    # a date that names a place, a name joined by hyphens
    ("date-names-a-place", "es", "El hotel está en la Avenida 9 de Julio de Buenos Aires.", "9 de Julio"),
    ("date-names-a-place", "es", "El derbi se jugará en el estadio 12 de Octubre.", "12 de Octubre"),
    ("date-names-a-place", "de", "Die Demo zog über die Straße des 18. Oktober.", "18. Oktober"),
    ("hyphen-compound", "de", "Sie gewann Silber im Winter-Triathlon von Antholz.", "Winter"),
    ("hyphen-compound", "de", "Der Dienstag-Stammtisch trifft sich im Gasthof.", "Dienstag"),
    ("hyphen-compound", "de", "Zur Mai-Kundgebung kamen tausend Menschen.", "Mai"),
    # words that are no dates: the morning, a surname, corn, a city
    ("morning-not-tomorrow", "es", "Trabajó toda la mañana en el taller.", "mañana"),
    ("morning-not-tomorrow", "de", "Er joggt jeden Morgen im Park.", "Morgen"),
    ("morning-not-tomorrow", "de", "Am Morgen war die Straße noch gesperrt.", "Morgen"),
    ("surname-month", "es", "El alcalde habló con Lucía Mayo y Pedro Abril.", "Mayo"),
    ("corn-not-may", "de", "Der Mais steht dieses Jahr besonders hoch.", "Mais"),
    ("compound-word", "de", "Der Weihnachtsmarkt und das Oktoberfest locken Gäste.", "Oktober"),
    ("eve-of-event", "es", "La víspera de la boda hubo un concierto.", "víspera"),
    ("then-as-connective", "es", "Llovió mucho y entonces cerraron el puerto.", "entonces"),
    ("then-as-connective", "es", "Me faltaba el final, entonces, llamé a mi editor.", "entonces"),
    ("moment-no-time", "es", "Dijo que ya no era el momento de subir impuestos.", "momento"),
    ("moment-no-time", "es", "Llegó en el momento justo para firmar.", "momento"),
    ("future-of-something", "es", "Nadie sabe cuál será el futuro de la fábrica.", "futuro"),
    ("future-of-something", "es", "El entrenador sabe que su futuro depende de la liga.", "futuro"),
]


@pytest.mark.parametrize(("family", "lang", "text", "phrase"), NEAR_MISSES, ids=lambda v: v if len(str(v)) > 2 else None)
def test_near_miss(family: str, lang: str, text: str, phrase: str) -> None:
    got = found(text, lang)
    assert all(phrase not in written for written, _ in got), (family, got)
