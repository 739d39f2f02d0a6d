"""Families of date slips a rule missed because it read the way reporters write too narrowly: each
slip is checked as a Markdown story (a `date:` in its front matter) and as a plain-text wire story
(its dateline "CITY, Month D, YYYY - " opening the sentence), and each near miss must stay silent
in both."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _story(form: str, published: str, body: str) -> tuple[str, str]:
    day = date.fromisoformat(published)
    if form == "md":
        return f"---\ntitle: A story\ndate: {published}\n---\n\n{body}\n", "story.md"
    return f"TARVILLE, {_MONTHS[day.month - 1]} {day.day}, {day.year} - {body}\n", "story.txt"


def _found(form: str, published: str, body: str, code: str) -> list[str]:
    text, path = _story(form, published, body)
    return [f.text for f in check(text, path=path) if f.code == code]


def _said(published: str, body: str, code: str, language: str) -> list[str]:
    return [f.text for f in check(body, date.fromisoformat(published), select=[code], language=language)]


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [row[1][:48] for row in table]


FORMS = ("md", "txt")


# --- DC202: a participle phrase set off after the date does not change the main verb's tense ---------
# (published, text, the date flagged)
TRAILING_PHRASE_SLIPS = [
    ("2023-05-04", "Members approved the merger at a special meeting on May 12, ending a long search.", "May 12"),
    ("2024-03-05", "The Orrin County board adopted the zoning map on March 19, clearing the way for a clinic.",
     "March 19"),
    ("2025-09-02", "Harlan Mills signed the lease on Sept. 15, paving the way for a second shop on Elm Street.",
     "Sept. 15"),
    ("2022-10-11", "The Pelham Tigers beat Dorsey 3-1 on Oct. 21, capping an unbeaten season.", "Oct. 21"),
    ("2026-02-03", "The state Senate passed the transit bill on Feb. 18, sending it to the governor.", "Feb. 18"),
    ("2024-11-06", "Voters approved the library levy on Nov. 19, starting a new chapter for the branch.", "Nov. 19"),
    ("2023-07-10", "Trustees hired Dana Kimura as superintendent on July 24, ending months of interviews.",
     "July 24"),
    ("2025-01-14", "The nurses' union ratified the contract on Jan. 29, marking the end of a six-week strike.",
     "Jan. 29"),
]

TRAILING_PHRASE_MEANT = [
    ("2023-05-04", "Members are approving the merger at a special meeting on May 12, ending a long search."),
    ("2024-03-05", "The Orrin County board will adopt the zoning map on March 19, clearing the way for a clinic."),
    ("2025-09-02", "Harlan Mills expects to sign the lease on Sept. 15, paving the way for a second shop."),
    ("2022-10-11", "The Pelham Tigers play Dorsey on Oct. 21, capping the regular season."),
    ("2026-02-03", "The state Senate is scheduled to vote on Feb. 18, sending the bill to the governor."),
    ("2024-11-06", "Voters approved the library levy on Nov. 1, starting a new chapter for the branch."),
    ("2023-07-10", "Trustees hired Dana Kimura last week, ending months of interviews; she starts on July 24."),
    ("2025-01-14", "The union ratified the contract Monday, paving the way for work to resume on Jan. 29."),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), TRAILING_PHRASE_SLIPS, ids=_ids(TRAILING_PHRASE_SLIPS))
def test_a_past_verb_dated_ahead_before_a_participle_phrase(form: str, published: str, text: str, flag: str) -> None:
    assert _found(form, published, text, "DC202") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), TRAILING_PHRASE_MEANT, ids=_ids(TRAILING_PHRASE_MEANT))
def test_a_present_or_future_clause_before_a_participle_phrase_is_left_alone(form: str, published: str,
                                                                              text: str) -> None:
    assert _found(form, published, text, "DC202") == []


def test_a_spanish_gerund_phrase_after_the_date() -> None:
    text = "El pleno de Lerma aprobó el presupuesto el 20 de mayo, poniendo fin a meses de debate."
    assert _said("2025-05-06", text, "DC202", "es") == ["20 de mayo"]
    assert _said("2025-05-06", text.replace("aprobó", "aprobará"), "DC202", "es") == []


# --- DC301: "after N years" to now, and the year of the joining verb's own clause --------------------
# (published, text, the count flagged)
JOINED_AS_SLIPS = [
    ("2027-05-04", "Rowan Achebe, who joined the school as a science teacher in 1994, will retire in June "
     "after 30 years.", "30 years"),
    ("2026-09-15", "Lena Okafor, who was hired by the county as an engineer in 1990, steps down Friday after "
     "40 years.", "40 years"),
    ("2025-03-11", "Mara Quist, having opened the bakery with her brother in 1979, closes it this week after "
     "50 years.", "50 years"),
    ("2024-10-22", "Tom Ferrante, who started at the paper as a copy clerk in 1985, said Tuesday that he will "
     "retire in December after 35 years.", "35 years"),
    ("2026-01-20", "Ines Vogt, who joined the orchestra as a second violinist in 1992, said Monday she would "
     "leave in March after 30 years.", "30 years"),
    ("2025-07-08", "The Halvorsen twins, who took over the hardware store from their uncle in 1981, are "
     "selling it after 40 years.", "40 years"),
    ("2027-02-16", "Father Luis Arce, who began at Holy Cross as an assistant pastor in 2001, leaves Sunday "
     "after 20 years.", "20 years"),
]

JOINED_AS_FITS = [
    ("2027-05-04", "Rowan Achebe, who joined the school as a science teacher in 1994, will retire in June "
     "after 33 years."),
    ("2027-05-04", "Rowan Achebe, who joined the school that her father founded in 1994, will retire in June "
     "after 30 years."),
    ("2027-05-04", "Rowan Achebe, who joined the firm her uncle built in 1994, will retire in June after 30 "
     "years."),
    ("2027-05-04", "Rowan Achebe, who joined the school after the fire in 1994, will retire in June after 30 "
     "years."),
    ("2024-10-22", "Tom Ferrante, who started at the paper as a copy clerk in 1985, said Tuesday that his "
     "editor will retire in December after 35 years."),
    ("2024-10-22", "Tom Ferrante, who started at the paper as a copy clerk in 1985, said the paper will "
     "close in December after 35 years."),
    ("2026-09-15", "Lena Okafor, who was hired by the county as an engineer in 1990, retired in 2015 after "
     "25 years."),
    ("2025-03-11", "Mara Quist, having opened the bakery with her brother in 1979, closes it this week after "
     "about 50 years."),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), JOINED_AS_SLIPS, ids=_ids(JOINED_AS_SLIPS))
def test_a_span_to_now_against_the_year_of_its_joining_clause(form: str, published: str, text: str,
                                                              flag: str) -> None:
    assert _found(form, published, text, "DC301") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), JOINED_AS_FITS, ids=_ids(JOINED_AS_FITS))
def test_a_span_that_fits_or_whose_year_is_another_deed_is_left_alone(form: str, published: str,
                                                                      text: str) -> None:
    assert _found(form, published, text, "DC301") == []


# --- DC201: last year's number on a deadline someone still has ahead ---------------------------------
# (published, text, the date flagged)
STILL_HAS_SLIPS = [
    ("2023-05-04", "Parents in the Brisco district have until June 3, 2022, to register for summer classes.",
     "June 3, 2022"),
    ("2024-02-12", "Anyone who wants a plot at the Kell Street garden must apply by March 1, 2023.",
     "March 1, 2023"),
    ("2025-08-19", "Ballots must be postmarked no later than Sept. 9, 2024, the clerk's office said.",
     "Sept. 9, 2024"),
    ("2026-03-03", "The second tax installment is due April 15, 2025, for owners on the east side.",
     "April 15, 2025"),
    ("2023-01-09", "Registration for the youth soccer league runs through Feb. 4, 2022, at the Dunmore gym.",
     "Feb. 4, 2022"),
    ("2024-04-22", "Submissions to the Marlowe poetry prize are open until May 31, 2023, organizers said.",
     "May 31, 2023"),
    ("2025-10-06", "The water authority has until Nov. 14, 2024, to answer the state's complaint.",
     "Nov. 14, 2024"),
    ("2026-05-11", "Grant proposals are accepted through June 26, 2025, at the arts council.", "June 26, 2025"),
]

STILL_HAS_MEANT = [
    ("2023-05-04", "Parents in the Brisco district had until June 3, 2022, to register for summer classes."),
    ("2023-05-04", "Parents in the Brisco district have until June 3, 2023, to register for summer classes."),
    ("2023-07-20", "Parents in the Brisco district have until June 3, 2022, to register for summer classes."),
    ("2024-02-12", "The deadline passed on March 1, 2023, and 40 gardeners got plots."),
    ("2025-08-19", "Last year ballots had to be postmarked no later than Sept. 9, 2024, the clerk said."),
    ("2026-03-03", "The second installment was due April 15, 2025, and most owners paid on time."),
    ("2023-01-09", "Registration ran through Feb. 4, 2022, in the league's first season."),
    ("2025-10-06", "The water authority had until Nov. 14, 2024, to answer, and it asked for more time."),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), STILL_HAS_SLIPS, ids=_ids(STILL_HAS_SLIPS))
def test_last_years_number_on_time_someone_still_has(form: str, published: str, text: str, flag: str) -> None:
    assert _found(form, published, text, "DC201") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), STILL_HAS_MEANT, ids=_ids(STILL_HAS_MEANT))
def test_a_deadline_told_as_past_or_behind_is_left_alone(form: str, published: str, text: str) -> None:
    assert _found(form, published, text, "DC201") == []


# (published, text, the date flagged, language)
STILL_HAS_OTHER_LANGUAGES = [
    ("2023-05-04", "Las familias de Brisco tienen hasta el 3 de junio de 2022 para inscribirse.",
     "3 de junio de 2022", "es"),
    ("2024-02-12", "Los vecinos deben presentar la solicitud a más tardar el 1 de marzo de 2023.",
     "1 de marzo de 2023", "es"),
    ("2023-05-04", "Die Familien in Brisco haben bis zum 3. Juni 2022 Zeit, sich anzumelden.", "3. Juni 2022", "de"),
    ("2024-02-12", "Anträge müssen bis spätestens 1. März 2023 beim Bürgeramt eingehen.", "1. März 2023", "de"),
]

STILL_HAD_OTHER_LANGUAGES = [
    ("2023-05-04", "Las familias de Brisco tenían hasta el 3 de junio de 2022 para inscribirse.", "es"),
    ("2023-05-04", "Las familias de Brisco tienen hasta el 3 de junio de 2023 para inscribirse.", "es"),
    ("2023-05-04", "Die Familien in Brisco hatten bis zum 3. Juni 2022 Zeit, sich anzumelden.", "de"),
    ("2023-05-04", "Die Familien in Brisco haben bis zum 3. Juni 2023 Zeit, sich anzumelden.", "de"),
]


@pytest.mark.parametrize(("published", "text", "flag", "language"), STILL_HAS_OTHER_LANGUAGES,
                         ids=_ids(STILL_HAS_OTHER_LANGUAGES))
def test_time_still_had_in_spanish_and_german(published: str, text: str, flag: str, language: str) -> None:
    assert _said(published, text, "DC201", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), STILL_HAD_OTHER_LANGUAGES,
                         ids=_ids(STILL_HAD_OTHER_LANGUAGES))
def test_time_that_was_had_in_spanish_and_german(published: str, text: str, language: str) -> None:
    assert _said(published, text, "DC201", language) == []


def test_a_deadline_slip_says_it_is_told_as_still_ahead_even_when_the_sentence_also_reports() -> None:
    """The deadline words, not the "said Monday" that makes the sentence a report, are the other side."""
    text = ("---\ndate: 2024-09-10\n---\n\nRunners have until Oct. 2, 2023, to pick up their bibs at the arena, "
            "the organizers said Monday.\n")
    (finding,) = [f for f in check(text, path="story.md") if f.code == "DC201"]
    assert "still ahead" in finding.message and "Oct. 2, 2024" in finding.message
    assert [r.text for r in finding.related if "still ahead" in r.label] == ["have until"]


# --- DC202: "starting", "beginning" or "effective" before a noun is an adjective, not a span's start ---
# (published, text, the date flagged)
SPAN_WORD_AS_ADJECTIVE_SLIPS = [
    ("2021-04-20", "The club signed Luis Ferro on April 28 after starting striker Ben Ode hurt his knee.", "April 28"),
    ("2025-10-01", "Coaches named the starting lineup on Oct. 9 after a week of trials.", "Oct. 9"),
    ("2023-02-07", "The county raised the effective tax rate on Feb. 21 despite a crowd of protesters.", "Feb. 21"),
    ("2024-08-06", "The district hired Mara Voss on Aug. 19 to coach its beginning teachers.", "Aug. 19"),
]

SPAN_WORD_OPENS_A_SPAN = [
    ("2021-04-20", "The council voted to raise bus fares starting on April 28."),
    ("2025-10-01", "The museum cut its hours, beginning Oct. 9, after the budget vote."),
    ("2023-02-07", "The county raised the tax rate effective Feb. 21, officials said."),
    ("2024-08-06", "The district changed its bell schedule starting the week of Aug. 19."),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), SPAN_WORD_AS_ADJECTIVE_SLIPS, ids=_ids(SPAN_WORD_AS_ADJECTIVE_SLIPS))
def test_a_span_word_used_as_an_adjective_does_not_hedge(form: str, published: str, text: str, flag: str) -> None:
    assert _found(form, published, text, "DC202") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), SPAN_WORD_OPENS_A_SPAN, ids=_ids(SPAN_WORD_OPENS_A_SPAN))
def test_a_span_word_before_a_time_still_hedges(form: str, published: str, text: str) -> None:
    assert _found(form, published, text, "DC202") == []


# --- DC301: a count of years that leads into the range it spans ("for 12 years, from 1990 to 2005") ---
# (published, text, the count flagged)
COUNT_LEADS_RANGE_SLIPS = [
    ("2025-03-11", "Wendell Axt kept the lighthouse for 14 years, from 1961 to 1984.", "14 years"),
    ("2024-10-02", "The Orrin Street bakery fed the block for nine years (1995-2012).", "nine years"),
    ("2026-01-19", "For 20 years -- from 1977 to 1990 -- the ferry never missed a crossing.", "20 years"),
    ("2023-06-28", "Priya Sand chaired the board for 11 years, between 2003 and 2008, the minutes show.", "11 years"),
]

COUNT_LEADS_RANGE_FITS = [
    ("2025-03-11", "Wendell Axt kept the lighthouse for 23 years, from 1961 to 1984."),
    ("2024-10-02", "The Orrin Street bakery fed the block for 18 years (1995-2012)."),
    ("2023-06-28", "Priya Sand chaired the board for three years, between 2003 and 2008, the minutes show."),
    ("2023-06-28", "Priya Sand lived abroad for three years between 2003 and 2012."),
    ("2025-03-11", "Axt kept the lamp for about 14 years, from 1961 to 1984."),
    ("2025-03-11", "Axt kept the lamp for 14 years from 1961 to 1984 and again in 1990."),
    ("2026-01-19", "After 20 years, from 1977 to 1990 the ferry ran at a loss."),
]

COUNT_LEADS_RANGE_OTHER_LANGUAGES = [
    ("2025-03-11", "Wendell Axt cuidó el faro durante 14 años, de 1961 a 1984.", "14 años", "es"),
    ("2025-03-11", "Wendell Axt hütete den Leuchtturm 14 Jahre lang, von 1961 bis 1984.", "14 Jahre", "de"),
    ("2024-10-02", "La panadería dio de comer al barrio durante nueve años (1995-2012).", "nueve años", "es"),
    ("2024-10-02", "Die Bäckerei versorgte das Viertel neun Jahre lang (1995-2012).", "neun Jahre", "de"),
]

COUNT_LEADS_RANGE_OTHER_LANGUAGES_FIT = [
    ("2025-03-11", "Wendell Axt cuidó el faro durante 23 años, de 1961 a 1984.", "es"),
    ("2025-03-11", "Wendell Axt hütete den Leuchtturm 23 Jahre lang, von 1961 bis 1984.", "de"),
    ("2023-06-28", "Priya Sand vivió fuera durante tres años, entre 2003 y 2012.", "es"),
    ("2023-06-28", "Priya Sand lebte drei Jahre lang, zwischen 2003 und 2012, im Ausland.", "de"),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), COUNT_LEADS_RANGE_SLIPS, ids=_ids(COUNT_LEADS_RANGE_SLIPS))
def test_a_count_that_leads_into_a_range_it_does_not_fit(form: str, published: str, text: str, flag: str) -> None:
    assert _found(form, published, text, "DC301") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), COUNT_LEADS_RANGE_FITS, ids=_ids(COUNT_LEADS_RANGE_FITS))
def test_a_count_that_fits_its_range_or_is_not_its_length_is_quiet(form: str, published: str, text: str) -> None:
    assert _found(form, published, text, "DC301") == []


@pytest.mark.parametrize(("published", "text", "flag", "language"), COUNT_LEADS_RANGE_OTHER_LANGUAGES,
                         ids=_ids(COUNT_LEADS_RANGE_OTHER_LANGUAGES))
def test_a_count_leading_into_a_range_in_spanish_and_german(published: str, text: str, flag: str,
                                                            language: str) -> None:
    assert _said(published, text, "DC301", language) == [flag]


@pytest.mark.parametrize(("published", "text", "language"), COUNT_LEADS_RANGE_OTHER_LANGUAGES_FIT,
                         ids=_ids(COUNT_LEADS_RANGE_OTHER_LANGUAGES_FIT))
def test_a_fitting_count_before_a_range_in_spanish_and_german(published: str, text: str, language: str) -> None:
    assert _said(published, text, "DC301", language) == []


def test_the_message_of_a_count_before_its_range_says_the_years_come_after_it() -> None:
    (finding,) = check("Wendell Axt kept the lighthouse for 14 years, from 1961 to 1984.", date(2025, 3, 11),
                       select=["DC301"])
    assert "years written after it" in finding.message and "is 23 years" in finding.message
    assert sorted(r.text for r in finding.related) == ["1961", "1984"]


# --- DC202: a past verb with a long object between it and the date, in one clause --------------------
# (published, text, the date flagged)
LONG_OBJECT_SLIPS = [
    ("2024-04-08", "Shareholders of Pemberton Mills approved the sale of the company to the Swedish paper group "
                   "Lindvall Holm at a special meeting on April 14.", "April 14"),
    ("2024-04-08", "The senate confirmed the nomination of the former harbor commissioner Aldo Vance as the state's "
                   "new transport secretary in a vote on April 16.", "April 16"),
    ("2024-04-08", "Union members ratified the new three-year contract with the regional bus operator Kestrel Lines "
                   "at a meeting in the depot on April 22.", "April 22"),
    ("2025-09-02", "The city council chose the design of the architect Mila Strand for the new library on the site "
                   "of the old bus station at its session on Sept. 9.", "Sept. 9"),
]

LONG_OBJECT_MEANT = [
    ("2024-04-08", "Shareholders who approved the sale of the company to the Swedish paper group Lindvall Holm "
                   "last year will meet again on April 14."),
    ("2024-04-08", "Shareholders of Pemberton Mills approved the sale in February and now wait for the vote of the "
                   "Swedish paper group Lindvall Holm at its meeting on April 14."),
    ("2024-04-08", "The senate confirmed the nomination in March, and the new transport secretary Aldo Vance is to "
                   "take office at a ceremony in the capital on April 16."),
    ("2025-09-02", "The council chose the design last spring; the architect Mila Strand shows her plans for the new "
                   "library on the site of the old bus station on Sept. 9."),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text", "flag"), LONG_OBJECT_SLIPS, ids=_ids(LONG_OBJECT_SLIPS))
def test_a_past_verb_reports_its_date_across_a_long_object(form: str, published: str, text: str, flag: str) -> None:
    assert _found(form, published, text, "DC202") == [flag]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("published", "text"), LONG_OBJECT_MEANT, ids=_ids(LONG_OBJECT_MEANT))
def test_a_past_verb_with_a_time_or_clause_of_its_own_does_not(form: str, published: str, text: str) -> None:
    assert _found(form, published, text, "DC202") == []
