"""Families of date slips found by reading a clause's own words: each table holds slips of one
family in varied forms (which must be flagged, by the family's rule) and near misses written to
tempt it (which must stay silent)."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check


def _codes(text: str, published: str, code: str, language: str = "en") -> list[str]:
    return [f.text for f in check(text, date.fromisoformat(published), select=[code], language=language)]


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [row[1][:48] for row in table]


# --- DC201: last year's number on a deadline or a schedule that is still ahead --------------------
# (published, text, the date flagged, language)
DEADLINE_SLIPS = [
    ("2026-01-12", "Applications for the Harlow grants close March 3, 2025, the housing office said.",
     "March 3, 2025", "en"),
    ("2026-01-14", "The deadline is Feb. 20, 2025, for every entry in the quilt show.", "Feb. 20, 2025", "en"),
    ("2026-01-20", "Essays are due by Feb. 27, 2025, the scholarship board said Tuesday.", "Feb. 27, 2025", "en"),
    ("2026-01-08", "Registration opens Jan. 30, 2025, and costs $40 for adults.", "Jan. 30, 2025", "en"),
    ("2026-02-02", "The zoning appeal window runs through March 10, 2025, at City Hall.",
     "March 10, 2025", "en"),
    ("2025-12-29", "Nominations close Jan. 16, 2025, and the winners are named in April.", "Jan. 16, 2025", "en"),
    ("2026-01-09", "Voting ends Feb. 6, 2025, the election office said.", "Feb. 6, 2025", "en"),
    ("2026-01-12", "El plazo vence el 3 de marzo de 2025, informó la alcaldía de Tordesillas.",
     "3 de marzo de 2025", "es"),
    ("2026-01-15", "Las inscripciones cierran el 20 de febrero de 2025.", "20 de febrero de 2025", "es"),
    ("2026-01-12", "Die Frist endet am 3. März 2025, teilte die Gemeinde Altdorf mit.", "3. März 2025", "de"),
    ("2026-01-12", "Anmeldeschluss ist der 20. Februar 2025.", "20. Februar 2025", "de"),
]

DEADLINE_MEANT = [
    ("2026-01-12", "The deadline was Feb. 20, 2025, and 300 families applied.", "en"),
    ("2026-01-12", "Applications closed March 3, 2025, the housing office said.", "en"),
    ("2026-01-12", "Applications close March 3, 2026, the housing office said.", "en"),
    ("2026-06-12", "Applications close March 3, 2025, in the program's first round, the office said.", "en"),
    ("2026-01-12", "Last year the deadline is Feb. 20, 2025, and this year it moved to March.", "en"),
    ("2026-01-20", "Essays were due by Feb. 27, 2025, in the contest's first year.", "en"),
    ("2026-01-08", "Registration opened Jan. 30, 2025, a year after the club was founded.", "en"),
    ("2026-01-09", "\"Voting ends Feb. 6, 2025,\" read the old banner still hanging in the hall.", "en"),
    ("2026-01-12", "El plazo venció el 3 de marzo de 2025.", "es"),
    ("2026-01-12", "Die Frist endete am 3. März 2025.", "de"),
]


# The writer's own future on last year's number is past-as-future's finding, reported once.
FUTURE_ON_LAST_YEAR = [
    ("2026-02-02", "The zoning hearing is scheduled for March 10, 2025, in Room 4 of City Hall.", "en"),
    ("2026-01-05", "The winter fair will run through Feb. 1, 2025, at the county grounds.", "en"),
    ("2026-01-12", "El plazo vencerá el 3 de marzo de 2025.", "es"),
    ("2026-01-12", "Die Abstimmung wird am 3. März 2025 stattfinden.", "de"),
]


@pytest.mark.parametrize(("published", "text", "language"), FUTURE_ON_LAST_YEAR, ids=_ids(FUTURE_ON_LAST_YEAR))
def test_the_writers_future_on_last_years_number_is_reported_once(published: str, text: str, language: str) -> None:
    found = check(text, date.fromisoformat(published), language=language)
    assert [f.code for f in found] == ["DC203"]


@pytest.mark.parametrize(("published", "text", "flag", "language"), DEADLINE_SLIPS, ids=_ids(DEADLINE_SLIPS))
def test_last_years_number_on_a_deadline_still_ahead(published: str, text: str, flag: str, language: str) -> None:
    assert _codes(text, published, "DC201", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), DEADLINE_MEANT, ids=_ids(DEADLINE_MEANT))
def test_a_deadline_told_as_past_or_in_its_own_year_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC201", language) == []


# --- DC301: a range of years and the count it spans, set off after it ------------------------------
# (published, text, the count flagged, language)
RANGE_COUNT_SLIPS = [
    ("2025-06-10", "Lorna Pike coached the Wrens from 1998 to 2010, 15 years in all.", "15 years", "en"),
    ("2025-06-10", "Abel Ferraz served as mayor between 2001 and 2009 -- 12 years -- before losing.", "12 years", "en"),
    ("2025-06-10", "The drought of 1930-1936, a span of nine years, emptied the valley.", "nine years", "en"),
    ("2024-03-02", "The mill ran at a loss from 1971 to 1975 (seven years), its ledgers show.", "seven years", "en"),
    ("2024-03-02", "Between 1980 and 2000, a period of 14 years, the river flooded twice.", "14 years", "en"),
    ("2023-09-14", "The Tasker sisters ran the diner from 1962 until 1990, or 20 years, and then sold it.",
     "20 years", "en"),
    ("2025-06-10", "Dirigió el coro de 1998 a 2010, 15 años en total.", "15 años", "es"),
    ("2025-06-10", "Leitete den Chor von 1998 bis 2010, insgesamt 15 Jahre.", "15 Jahre", "de"),
]

RANGE_COUNT_FITS = [
    ("2025-06-10", "Lorna Pike coached the Wrens from 1998 to 2010, 12 years in all.", "en"),
    ("2025-06-10", "Lorna Pike coached the Wrens from 1998 to 2010, 13 seasons in all.", "en"),
    ("2025-06-10", "The Wrens won the title from 2010 to 2019, 10 straight years.", "en"),
    ("2025-06-10", "Abel Ferraz served as mayor from 2001 to 2009, eight years, then ran for the Senate.", "en"),
    ("2025-06-10", "Ferraz served from 2001 to 2009, 12 years after his first campaign.", "en"),
    ("2025-06-10", "The drought of 1930-1936, about nine years by some counts, emptied the valley.", "en"),
    ("2025-06-10", "From 1990 to 2000, the plant grew, and 25 years later it closed.", "en"),
    ("2024-03-02", "The mill ran from 1971 to 1975 (five years, counting the last season), its ledgers show.", "en"),
    ("2025-06-10", "Dirigió el coro de 1998 a 2010, 12 años en total.", "es"),
    ("2025-06-10", "Leitete den Chor von 1998 bis 2010, insgesamt 13 Jahre.", "de"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), RANGE_COUNT_SLIPS, ids=_ids(RANGE_COUNT_SLIPS))
def test_a_count_that_does_not_fit_its_range_of_years(published: str, text: str, flag: str, language: str) -> None:
    assert _codes(text, published, "DC301", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), RANGE_COUNT_FITS, ids=_ids(RANGE_COUNT_FITS))
def test_a_count_that_fits_or_counts_another_thing_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC301", language) == []


# --- DC301: "after N years" told as ending now, and the year it began -----------------------------
# (published, text, the count flagged, language)
SPAN_TO_NOW_SLIPS = [
    ("2026-05-20", "Nadia Ortiz retires this week after 25 years; she joined the clinic in 1996.", "25 years", "en"),
    ("2026-05-20", "Harbor Books closes after 30 years in business, having opened in 1990.", "30 years", "en"),
    ("2025-11-03", "Warren Hale, who was hired by the county in 1989, steps down Friday after 30 years.",
     "30 years", "en"),
    ("2024-08-15", "The Blue Kettle is closing after 12 years, its owners said; it opened on Pine Street in 2005.",
     "12 years", "en"),
    ("2026-02-09", "Coach Amos Reyes will retire in June after 20 years; he took over the program in 2000.",
     "20 years", "en"),
    ("2025-04-01", "The Linden choir sings its last concert today after 40 years, having started in 1975.",
     "40 years", "en"),
    ("2026-05-20", "La librería Faro cierra esta semana tras 30 años; abrió en 1990.", "30 años", "es"),
    ("2026-05-20", "Die Buchhandlung Faro schließt diese Woche nach 30 Jahren; sie eröffnete 1990.", "30 Jahren", "de"),
]

SPAN_TO_NOW_FITS = [
    ("2026-05-20", "Nadia Ortiz retires this week after 30 years; she joined the clinic in 1996.", "en"),
    ("2026-05-20", "Harbor Books closes after 35 years in business, having opened in 1990.", "en"),
    ("2026-05-20", "Ortiz retired in 2010 after 25 years; she joined the clinic in 1985.", "en"),
    ("2026-05-20", "Ortiz retires this week after about 25 years; she joined the clinic in 1996.", "en"),
    ("2026-05-20", "In her memoir she wrote that she quit after 25 years; she joined the clinic in 1996.", "en"),
    ("2026-05-20", "Harbor Books closes after 30 years in business; its owner joined the chamber in 1990.", "en"),
    ("2026-05-20", "Harbor Books closes this week after 30 years on Dock Street; it moved there in 1990.", "en"),
    ("2025-11-03", "Hale steps down Friday after 30 years, the county said; he was hired in 1995.", "en"),
    ("2026-05-20", "The Copper Cup, which she joined in 1990, closes Friday after 25 years.", "en"),
    ("2026-05-20", "La librería Faro cierra esta semana tras 36 años; abrió en 1990.", "es"),
    ("2026-05-20", "Die Buchhandlung Faro schließt diese Woche nach 36 Jahren; sie eröffnete 1990.", "de"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), SPAN_TO_NOW_SLIPS, ids=_ids(SPAN_TO_NOW_SLIPS))
def test_a_span_ending_now_that_does_not_fit_its_first_year(published: str, text: str, flag: str, language: str) -> None:
    assert _codes(text, published, "DC301", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), SPAN_TO_NOW_FITS, ids=_ids(SPAN_TO_NOW_FITS))
def test_a_span_that_fits_or_ends_elsewhere_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC301", language) == []


# --- DC401: a weekday that names a thing, and that thing's date set off after the noun -------------
# (published, text, the span flagged, language)
APPOSED_SLIPS = [
    ("2025-06-10", "Saturday's final, June 15, drew 9,000 fans. The parade is on Saturday, June 14.",
     "Saturday's final, June 15", "en"),
    ("2025-10-01", "Friday's vote -- Oct. 4 -- is the last one. The council meets Friday, Oct. 3, to prepare.",
     "Friday's vote -- Oct. 4", "en"),
    ("2025-10-01", "The Friday vote (Oct. 4) is the last one. The council meets Friday, Oct. 3, to prepare.",
     "Friday vote (Oct. 4", "en"),
    ("2024-03-04", "The gallery opens Tuesday, March 5. Tuesday's ribbon cutting, March 6, starts at noon.",
     "Tuesday's ribbon cutting, March 6", "en"),
    ("2026-09-14", "Monday\u2019s school board session \u2014 Sept. 22 \u2014 is open. Parents may speak Monday, "
     "Sept. 21.", "Monday\u2019s school board session \u2014 Sept. 22", "en"),
    ("2025-11-20", "Ticket sales for the Sunday concert, Nov. 29, begin today. Doors open Sunday, Nov. 30.",
     "Sunday concert, Nov. 29", "en"),
    ("2025-10-01", "La votación del viernes -- 4 de octubre -- es la última. El pleno se reúne el viernes 3 de "
     "octubre.", "del viernes -- 4 de octubre", "es"),
]

APPOSED_FITS = [
    ("2025-06-10", "Saturday's final, June 14, drew 9,000 fans. The parade is on Saturday, June 14.", "en"),
    ("2025-06-10", "Saturday's games, June 15, June 22 and June 29, are free. The parade is on Saturday, June 14.",
     "en"),
    ("2025-06-10", "The Saturday before, June 15, was quiet. The parade is on Saturday, June 14.", "en"),
    ("2025-06-10", "Saturday's final, June 15 and the replay are sold out. The parade is on Saturday, June 14.",
     "en"),
    ("2025-10-01", "Friday's vote was close; Oct. 4 is the next date. The council meets Friday, Oct. 3.", "en"),
    ("2025-06-10", "Saturday's final, June 15, drew 9,000 fans.", "en"),
    ("2025-10-01", "Friday's delayed, Oct. 4, session will run late. The council meets Friday, Oct. 3.", "en"),
    ("2025-10-01", "La votación del viernes -- 3 de octubre -- es la última. El pleno se reúne el viernes 3 de "
     "octubre.", "es"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), APPOSED_SLIPS, ids=_ids(APPOSED_SLIPS))
def test_a_named_weekday_tied_to_another_date_after_its_noun(published: str, text: str, flag: str,
                                                             language: str) -> None:
    assert _codes(text, published, "DC401", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), APPOSED_FITS, ids=_ids(APPOSED_FITS))
def test_a_named_weekday_that_fits_or_is_not_tied_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC401", language) == []


# --- DC202: a past verb that governs a date after publication through a chain of phrases ------------
# (published, text, the date flagged, language)
FAR_VERB_SLIPS = [
    ("2025-05-06", "The Alder County board approved the budget at a special meeting on May 20.", "May 20", "en"),
    ("2025-05-06", "The Senate passed the water bill in a late-night session on May 21.", "May 21", "en"),
    ("2025-05-06", "Regents approved the tuition plan during a closed session of the board on May 14.", "May 14", "en"),
    ("2025-05-06", "Quarry Mutual completed the sale, announced in March, on May 28.", "May 28", "en"),
    ("2025-05-06", "Pellham Corp. finished the merger, first proposed last fall, on May 30.", "May 30", "en"),
    ("2025-05-06", "The city signed the lease, which runs five years, on May 23.", "May 23", "en"),
    ("2025-05-06", "Voters rejected the levy in a special election held on May 13.", "May 13", "en"),
    ("2025-05-06", "The council approved a contract with Marlow Paving, the low bidder, on May 20.", "May 20", "en"),
    ("2025-05-06", "Tessaro Foods sold the Akron plant, its last in Ohio, on May 21.", "May 21", "en"),
    # a person's age set beside the name between the verb and "on <date>"
    ("2025-05-06", "The Ridgeback Rovers signed striker Nils Amato, 29, on May 19.", "May 19", "en"),
    ("2025-05-06", "The library board hired archivist June Okoro, aged 44, on May 12.", "May 12", "en"),
    ("2025-05-06", "Trustees named Wes Calloway, 58 years old, on May 27 to run the college.", "May 27", "en"),
    ("2025-05-06", "La empresa Quarry completó la venta, anunciada en marzo, el 28 de mayo.", "28 de mayo", "es"),
    ("2025-05-06", "El ayuntamiento de Lerma firmó el contrato, que dura cinco años, el 23 de mayo.", "23 de mayo", "es"),
    ("2025-05-06", "Der Rat von Altdorf beschloss den Haushalt in einer Sondersitzung am 20. Mai.", "20. Mai", "de"),
]

FAR_VERB_MEANT = [
    ("2025-05-06", "Neighbors praised their June 4 accord at a meeting on Monday.", "en"),
    ("2025-05-06", "The board discussed the meeting scheduled for May 20.", "en"),
    ("2025-05-06", "The board approved a plan to hold a special meeting on May 20.", "en"),
    ("2025-05-06", "The board approved the agenda for its May 20 session.", "en"),
    ("2025-05-06", "Trustees adopted rules that take effect at a special meeting on May 22.", "en"),
    ("2025-05-06", "Quarry Mutual completed the sale, and it will announce results on May 28.", "en"),
    ("2025-05-06", "Members approved the contract, which expires on May 31.", "en"),
    ("2025-05-06", "The board approved the budget for the meeting on May 20.", "en"),
    ("2025-05-06", "The union signed a pledge to strike at its hall on May 27 if talks fail.", "en"),
    ("2025-05-06", "Shares fell, analysts said, on worries about the May 28 vote.", "en"),
    ("2025-05-06", "Voters approved the measure, the mayor says, on May 20.", "en"),
    ("2025-05-06", "Lenders cut rates, the third cut this year, and will meet on May 20.", "en"),
    ("2025-05-06", "The Ridgeback Rovers will sign striker Nils Amato, 29, on May 19.", "en"),
    ("2025-05-06", "The Rovers plan to sign striker Nils Amato, 29, on May 19.", "en"),
    ("2025-05-06", "The Rovers won the cup final, 3, on May 19.", "en"),
    ("2025-05-06", "The Rovers signed striker Nils Amato, 29, on May 1.", "en"),
    ("2025-05-06", "La junta de Lerma aprobó el contrato, que vence el 31 de mayo.", "es"),
    ("2025-05-06", "La empresa completó la venta y anunciará resultados el 28 de mayo.", "es"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), FAR_VERB_SLIPS, ids=_ids(FAR_VERB_SLIPS))
def test_a_past_verb_far_from_its_future_date(published: str, text: str, flag: str, language: str) -> None:
    assert _codes(text, published, "DC202", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), FAR_VERB_MEANT, ids=_ids(FAR_VERB_MEANT))
def test_a_date_the_past_verb_does_not_govern_is_left_alone(published: str, text: str, language: str) -> None:
    assert _codes(text, published, "DC202", language) == []


# --- DC302: what an anniversary counts from, said with the verb that began it -----------------------
# (published, text, the ordinal flagged)
BEGUN_AS_SLIPS = [
    ("2026-03-04", "Ashby, incorporated as a village in 1841, will mark its 180th anniversary in May.", "180th"),
    ("2026-03-04", "The diner, opened as a lunch counter in 1956, celebrates its 60th anniversary this spring.", "60th"),
    ("2026-03-04", "The firm, founded as a partnership in 2001, marks its 20th anniversary.", "20th"),
    ("2025-09-10", "The credit union, chartered in 1935, celebrates its 80th anniversary next week.", "80th"),
    ("2025-09-10", "St. Brendan's, consecrated in 1890, marks its 130th anniversary on Sunday.", "130th"),
    ("2025-09-10", "The library, dedicated in 1925, will mark its 90th anniversary in October.", "90th"),
]
BEGUN_AS_RIGHT = [
    ("2026-03-04", "Ashby, incorporated as a village in 1841, will mark its 185th anniversary in May."),
    ("2026-03-04", "The diner, opened as a lunch counter in 1956, celebrates its 70th anniversary this spring."),
    ("2025-09-10", "The credit union, chartered in 1935, celebrates its 90th anniversary next week."),
    ("2025-09-10", "St. Brendan's, consecrated in 1890, marks its 135th anniversary on Sunday."),
    ("2025-09-10", "The library, dedicated in 1925, will mark its 100th anniversary in October."),
    ("2025-09-10", "The mill, rebuilt as a museum in 1990, marks its 150th anniversary this fall."),
]


@pytest.mark.parametrize(("published", "text", "flag"), BEGUN_AS_SLIPS, ids=_ids(BEGUN_AS_SLIPS))
def test_an_anniversary_counted_from_what_its_owner_began_as(published: str, text: str, flag: str) -> None:
    assert _codes(text, published, "DC302") == [flag]


@pytest.mark.parametrize(("published", "text"), BEGUN_AS_RIGHT, ids=_ids(BEGUN_AS_RIGHT))
def test_a_right_anniversary_or_another_beginning_is_quiet(published: str, text: str) -> None:
    assert _codes(text, published, "DC302") == []
