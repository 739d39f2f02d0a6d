"""Families of phrasing around weekdays, holidays, ranges and impossible dates: each false-alarm
family stays quiet and each missed family is found, over several sentences of its own (other names,
dates and years). Every weekday is worked out with `datetime`, never typed by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from datecheck import check, extract

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MY_CODES = frozenset({"DC101", "DC102", "DC103", "DC204", "DC304", "DC401"})


def wd(y: int, m: int, d: int, shift: int = 0) -> str:
    """The weekday of y-m-d (or `shift` days after that weekday: a wrong one)."""
    return _NAMES[(date(y, m, d).weekday() + shift) % 7]


def codes(text: str, published: date, **options: object) -> set[str]:
    return {f.code for f in check(text, published, **options)} & _MY_CODES


def _id(case: tuple) -> str:
    return case[0][:48]


# --- false alarms: each stays quiet ------------------------------------------------------------------

QUIET = [
    # a weekday at each end of a range of dates
    (f"The fair runs {wd(2025, 8, 14)} through {wd(2025, 8, 17)}, Aug. 14-17, at the grounds.", date(2025, 8, 1)),
    (f"Crews work {wd(2025, 11, 29)} to {wd(2025, 12, 2)}, Nov. 29-Dec. 2, on the span.", date(2025, 11, 20)),
    (f"The sale runs {wd(2026, 1, 30)} through {wd(2026, 2, 2)}, Jan. 30-Feb. 2.", date(2026, 1, 20)),
    # the narrative's year carried into the next paragraph by "later" / "the next day"
    (f"The mill burned on June 3, 1911, a {wd(1911, 6, 3)}.\n\nTwo days later, {wd(1911, 6, 5)}, June 5, "
     "the owners vowed to rebuild.", date(2025, 6, 3)),
    (f"The strike began on Oct. 2, 1934.\n\nThree days later, {wd(1934, 10, 5)}, Oct. 5, the mayor called in "
     "mediators.", date(2025, 10, 1)),
    (f"The ferry sank on March 9, 1952.\n\nThe next day, {wd(1952, 3, 10)}, March 10, divers reached the hull.",
     date(2025, 3, 12)),
    # an "ago" count and the relative day after it are one expression
    ("Ten years ago this week, on May 2, 2015, the dam gave way.", date(2025, 5, 1)),
    ("Twenty years ago this month, on Sept. 14, 2005, the plant opened.", date(2025, 9, 20)),
    ("Five years ago today, on June 3, 2020, the first ward reopened.", date(2025, 6, 3)),
    # a date that dates a recess, not the holiday
    ("The Senate adjourns for Christmas Dec. 18 and returns in January.", date(2025, 12, 1)),
    ("The school board breaks for Easter April 10 this year.", date(2026, 3, 1)),
    # named shopping days
    (f"Stores open at 5 a.m. on Black Friday, Nov. 28.", date(2025, 11, 1)),
    (f"Discounts run through Cyber Monday, Dec. 1.", date(2025, 11, 1)),
    # a month boundary with the month left out
    ("The show runs Nov. 28-2 at the arena.", date(2025, 11, 1)),
    ("Road work lasts Aug. 29 to 3, weather permitting.", date(2025, 8, 1)),
    # a date, then a weekday with its own date
    (f"The company reports for the quarter that ended July 3 on {wd(2021, 7, 28)}, July 28.", date(2021, 7, 12)),
    (f"Ballots cast through Sept. 30 are counted on {wd(2025, 10, 6)}, Oct. 6.", date(2025, 9, 20)),
    # a weekday owning a noun after a date
    (f"On Sept. 3, {wd(2025, 9, 3, 2)}'s crowd was the largest of the week.", date(2025, 9, 10)),
    # an abbreviation that ends a name
    ("The column ran in the Toronto Sun, Aug. 16, 2008, and drew letters.", date(2008, 8, 20)),
    ("The Hartwell Sun 3 May edition carried the notice.", date(2025, 5, 10)),
    # spelled ordinals that count something else
    ("The firm posted its April second quarter forecast.", date(2025, 3, 1)),
    ("And in December the first of the payments arrived.", date(2025, 1, 5)),
    # a dateline and a later weekday's event
    (f"HELENA, Mont., March 4 (AP) - {wd(2025, 3, 4, 1)}'s vote surprised lawmakers.", date(2025, 3, 6)),
    # a count after a month is no five-digit year
    ("The club reached May 20000 members, a record.", date(2025, 6, 1)),
    # a score before a month-day is no range
    ("Dunmore won 3-2 March 14 at home.", date(2025, 3, 20)),
]


@pytest.mark.parametrize("case", QUIET, ids=_id)
def test_false_alarm_families_stay_quiet(case: tuple) -> None:
    text, published = case
    assert codes(text, published) == set()


# --- misses: each is found ----------------------------------------------------------------------------

FOUND = [
    # abbreviated weekdays, with or without their period
    (f"The hearing is {wd(2025, 10, 9, 1)[:3]}, Oct. 9, at 9 a.m.", date(2025, 10, 1), "DC101"),
    (f"Doors open {wd(2025, 5, 4, 1)[:3]} 4 May at noon.", date(2025, 4, 20), "DC101"),
    (f"The market opens {wd(2025, 6, 13, 3)[:3]}, June 13.", date(2025, 6, 1), "DC101"),
    (f"The vote is {wd(2025, 10, 8, 6)[:4]}., Oct. 8.", date(2025, 10, 1), "DC101"),
    (f"Gates open on {wd(2019, 4, 27, 1)[:3]} 27 April and close at 10 p.m.", date(2019, 4, 10), "DC101"),
    # a weekday after its date
    (f"The final is set for Oct. 17, a {wd(2025, 10, 17, 6)}, in Dover.", date(2025, 10, 1), "DC101"),
    (f"The recital, on March 6, a {wd(2026, 3, 6, 2)}, sold out.", date(2026, 2, 20), "DC101"),
    (f"Polls close Nov. 4 ({wd(2025, 11, 4, 1)}) at 8 p.m.", date(2025, 10, 20), "DC101"),
    # a weekday and its date split by a line break
    (f"The council will meet on {wd(2025, 10, 9, 5)},\nOct. 9, to vote.", date(2025, 10, 1), "DC101"),
    (f"Registration closes {wd(2026, 1, 15, 1)}\nJan. 15 at noon.", date(2026, 1, 5), "DC101"),
    # a holiday, its weekday, then its date
    (f"Offices close on Labor Day, {wd(2025, 9, 2)}, Sept. 2.", date(2025, 8, 20), "DC103"),
    (f"The parade is on Memorial Day ({wd(2025, 5, 25)}, May 25).", date(2025, 5, 1), "DC103"),
    (f"The 5K starts on Veterans Day ({wd(2024, 11, 12)}, Nov. 12).", date(2024, 11, 1), "DC103"),
    # a day and month in digits, no year, after a weekday (read per date order)
    (f"The match is on {wd(2025, 11, 27, 1)}, 27/11.", date(2025, 11, 20), "DC101"),
    (f"The fair opens {wd(2025, 6, 13, 2)} 6/13 at the grounds.", date(2025, 6, 1), "DC101"),
    # reversed ranges with the year only at the end, and day-first ranges
    ("The festival ran Nov. 9-6, 2021, in the square.", date(2025, 10, 1), "DC304"),
    ("The trial ran August 19 - 2, 2022, in Lowell.", date(2025, 10, 1), "DC304"),
    ("The barriers stay up from 21 to 14 April, the agency said.", date(2025, 4, 2), "DC304"),
    # years with a digit too many
    ("The contract ends in March 20026.", date(2025, 10, 1), "DC102"),
    ("The lease ran out Oct. 3, 20025, at noon.", date(2025, 10, 1), "DC102"),
    # days spelled out
    (f"The ninth of July, a {wd(2025, 7, 9, 1)}, was the hottest day.", date(2025, 7, 1), "DC101"),
    ("The deadline is the thirty-first of April.", date(2025, 3, 1), "DC102"),
    ("Entries are due June thirty-first.", date(2025, 3, 1), "DC102"),
    (f"It opens {wd(2025, 4, 21, 4)}, April twenty-first.", date(2025, 3, 1), "DC101"),
]


@pytest.mark.parametrize("case", FOUND, ids=_id)
def test_missed_families_are_found(case: tuple) -> None:
    text, published, code = case
    assert code in codes(text, published)


def test_the_right_weekday_in_each_found_form_is_quiet() -> None:
    """The near misses: the same forms with the weekday the calendar gives."""
    quiet = [
        (f"Doors open {wd(2025, 5, 4)[:3]} 4 May at noon.", date(2025, 4, 20)),
        (f"The final is set for Oct. 17, a {wd(2025, 10, 17)}, in Dover.", date(2025, 10, 1)),
        (f"The council will meet on {wd(2025, 10, 9)},\nOct. 9, to vote.", date(2025, 10, 1)),
        (f"Offices close on Labor Day, {wd(2025, 9, 1)}, Sept. 1.", date(2025, 8, 20)),
        (f"The match is on {wd(2025, 11, 27)}, 27/11.", date(2025, 11, 20)),
        (f"It opens {wd(2025, 4, 21)}, April twenty-first.", date(2025, 3, 1)),
        ("The barriers stay up from 14 to 21 April, the agency said.", date(2025, 4, 2)),
    ]
    for text, published in quiet:
        assert codes(text, published) == set(), text


def test_markup_between_a_weekday_and_its_date_is_read_through() -> None:
    day = date(2021, 9, 17)
    wrong = wd(2021, 9, 17, 6)
    text = f"---\npublished: 2021-09-01\n---\nThe first remote day is *{wrong}*, [Sept. 17](https://example.org/c), for training.\n"
    assert "DC101" in codes(text, date(2021, 9, 1), path="story.md")
    right = text.replace(wrong, _NAMES[day.weekday()])
    assert codes(right, date(2021, 9, 1), path="story.md") == set()


def test_a_day_month_pair_follows_the_date_order() -> None:
    """"5/6" after a weekday is June 5 read day first and May 6 read month first."""
    text = f"The gala is {wd(2025, 6, 5)}, 5/6."
    for order, value in (("DMY", "2025-06-05"), ("MDY", "2025-05-06")):
        dated = [m for m in extract(text, date(2025, 5, 20), date_order=order) if m.kind == "calendar"]
        assert [m.value for m in dated] == [value]
    assert codes(text, date(2025, 5, 20), date_order="DMY") == set()
    assert "DC101" in codes(text, date(2025, 5, 20), date_order="MDY")


def test_a_weekday_after_its_date_takes_that_date() -> None:
    day = date(2025, 10, 17)
    weekdays = [m for m in extract(f"The final is Oct. 17, a {wd(2025, 10, 17)}.", date(2025, 10, 1)) if m.kind == "weekday"]
    assert [m.value for m in weekdays] == [day.isoformat()]


def test_a_long_year_suggests_the_years_it_could_be() -> None:
    finding = next(f for f in check("The lease ran out Oct. 3, 20025, at noon.", date(2025, 10, 1)) if f.code == "DC102")
    assert [s.replacement for s in finding.suggestions][:1] == ["2025"]


def test_the_weekdays_in_these_tests_are_the_calendars() -> None:
    assert wd(2025, 10, 17) == "Friday" and (date(2025, 10, 17) + timedelta(days=1)).strftime("%A") == wd(2025, 10, 17, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The plant, which first opened its doors to workers on\nJune 3, 1998,\nwill close, the firm said.",
        "Officials said the levee, last rebuilt after the flood of\nApril 9, 1965\nwill be inspected.",
        "The strike, which began on\nFebruary 27.\nhas idled ports.",
        "Shares may be redeemed if surrendered by\nApril 23.\nThe bank said so.",
    ],
    ids=["comma", "lower-case-next", "next-line-lower", "preposition-before"],
)
def test_a_wrapped_line_holding_only_a_date_is_no_date_line(text: str) -> None:
    dated = [m for m in extract(text, date(2025, 11, 5)) if m.kind == "calendar"]
    assert dated and not any("date-line" in {str(f.value) for f in m.flags} for m in dated)


def test_a_line_holding_only_a_date_under_a_title_is_a_date_line() -> None:
    text = "Storm closes roads\nNov. 4, 2025\nCrews worked through the night."
    dated = [m for m in extract(text, date(2025, 11, 5)) if m.kind == "calendar"]
    assert any("date-line" in {str(f.value) for f in m.flags} for m in dated)


def test_a_relative_day_after_a_wrapped_historical_date_keeps_the_publication_date() -> None:
    wrong = wd(2025, 11, 11, 3)
    text = f"The levee, rebuilt after the flood of\nApril 9, 1965\nis inspected on {wd(2025, 11, 11)}, Nov. 11."
    assert codes(text, date(2025, 11, 5)) == set()
    assert "DC101" in codes(text.replace(wd(2025, 11, 11), wrong), date(2025, 11, 5))


@pytest.mark.parametrize(
    "text, published",
    [
        (f"Hundreds came to the May 9 vigil, held {wd(2025, 5, 9, 1)} on the green.", date(2025, 5, 12)),
        (f"The Oct. 3 gala, set for {wd(2025, 10, 3, 6)}, sold out.", date(2025, 9, 1)),
        (f"Voters return for the June 14 runoff, scheduled for {wd(2026, 6, 14, 3)}.", date(2026, 6, 1)),
    ],
)
def test_an_event_named_by_its_date_is_held_on_its_weekday(text: str, published: date) -> None:
    assert "DC101" in codes(text, published)


@pytest.mark.parametrize(
    "text, published",
    [
        (f"Hundreds came to the May 9 vigil, held {wd(2025, 5, 9)} on the green.", date(2025, 5, 12)),
        (f"The Oct. 3 deadline, set {wd(2025, 9, 25)} by the judge, stands.", date(2025, 9, 26)),
        (f"Since May 9 crews held {wd(2025, 5, 9, 1)} drills at the pier.", date(2025, 5, 12)),
    ],
)
def test_an_event_near_miss_is_quiet(text: str, published: date) -> None:
    assert codes(text, published) == set()


@pytest.mark.parametrize(
    "text, found",
    [
        ("The annex closes for a two-week project from March 3 to March 10.", True),
        ("The three-week festival, June 1-8, sold out.", True),
        ("The pool shuts for a one-week cleaning from Aug. 4 to Aug. 11.", False),
        ("The two-week run, June 1-12, sold out.", False),
        ("After a two-day delay, the work runs March 4-9.", False),
        ("The two-day event, from March 4-7, drew crowds.", True),
    ],
)
def test_a_length_in_weeks_or_days_beside_a_range(text: str, found: bool) -> None:
    assert ("DC304" in codes(text, date(2026, 2, 23))) is found


@pytest.mark.parametrize(
    "text",
    [
        "HELENA, Mont., March 5 - {w}, lawmakers voted to adjourn.",
        "BOISE, Idaho, March 5 (AP) \u2014 {w} night, the board met.",
        "DENVER, March 5 \u2014 {w} brought snow to the foothills.",
        "HELENA, Mont., March 5 - {w}'s vote surprised lawmakers.",
    ],
)
def test_a_datelines_date_is_not_the_weekday_after_it(text: str) -> None:
    """The dateline dates the filing; the weekday that opens the story is another day."""
    assert codes(text.format(w=wd(2025, 3, 5, 6)), date(2025, 3, 6)) == set()


def test_a_date_and_a_weekday_in_dashes_are_tied_outside_a_dateline() -> None:
    assert "DC101" in codes(f"The vote is March 5 \u2014 a {wd(2025, 3, 5, 6)} \u2014 in the hall.", date(2025, 3, 1))


@pytest.mark.parametrize(
    "name, key, after_thanksgiving",
    [("Black Friday", "black-friday", 1), ("Small Business Saturday", "small-business-saturday", 2),
     ("Cyber Monday", "cyber-monday", 4), ("Giving Tuesday", "giving-tuesday", 5)],
)
def test_shopping_days_are_named_days(name: str, key: str, after_thanksgiving: int) -> None:
    from datecheck.holiday import holiday_date

    for year in (2022, 2024, 2025, 2026, 2029):
        thanksgiving = holiday_date("thanksgiving", year)
        assert thanksgiving is not None
        assert holiday_date(key, year) == thanksgiving + timedelta(days=after_thanksgiving)
    day = holiday_date(key, 2025)
    assert day is not None
    right = f"{name}, {day:%b}. {day.day}, drew crowds."
    wrong = f"{name}, {day:%b}. {day.day + 1}, drew crowds."
    assert codes(right, date(2025, 11, 1)) == set()
    assert codes(wrong, date(2025, 11, 1)) == {"DC103"}


@pytest.mark.parametrize(
    "template, y, m, d",
    [
        ("The vote is Oct. 9, which is a {w}.", 2025, 10, 9),
        ("The fair closed on Aug. 3, which fell on a {w}.", 2025, 8, 3),
        ("The vote is {w} at 7 p.m., Oct. 9.", 2025, 10, 9),
        ("Doors open {w} at noon (Nov. 15).", 2025, 11, 15),
    ],
)
def test_words_that_say_which_weekday_a_date_is(template: str, y: int, m: int, d: int) -> None:
    assert codes(template.format(w=wd(y, m, d)), date(y, m, 1)) == set()
    assert "DC101" in codes(template.format(w=wd(y, m, d, 2)), date(y, m, 1))


def test_a_numeric_date_is_read_in_the_configured_order_whatever_its_weekday() -> None:
    """"9/10" is Sept. 10 month first and Oct. 9 day first: the date order says which."""
    day_first, month_first = wd(2025, 10, 9), wd(2025, 9, 10)
    assert codes(f"Polls open {month_first[:3]} 9/10 in Leeds.", date(2025, 9, 1)) == set()
    assert "DC101" in codes(f"Polls open {day_first[:3]} 9/10 in Leeds.", date(2025, 9, 1))
    assert codes(f"Polls open {day_first[:3]} 9/10 in Leeds.", date(2025, 9, 1), date_order="DMY") == set()


@pytest.mark.parametrize(
    "template",
    [
        "Shows run {a}, {b} and {c}, Oct. 10-12.",
        "Open {a3}-{c3}, Oct. 10-12.",
        "Open {a3}.-{c3}., Oct. 10-12.",
        "The fair runs {a}-{c}, Oct. 10-12.",
        "Shows run {a}, {b}, Oct. 10, 11.",
        "Events: {a}/{b}, Oct. 10/11.",
    ],
)
def test_a_list_or_range_of_weekdays_ties_its_ends_to_a_range_of_dates(template: str) -> None:
    names = {"a": wd(2025, 10, 10), "b": wd(2025, 10, 11), "c": wd(2025, 10, 12)}
    right = template.format(**names, a3=names["a"][:3], c3=names["c"][:3])
    assert codes(right, date(2025, 10, 1)) == set()
    if "-" in template and "Oct. 10-12" in template:  # the last weekday is checked against the range's end
        wrong_end = {**names, "c": wd(2025, 10, 12, 1)}
        assert "DC101" in codes(template.format(**wrong_end, a3=names["a"][:3], c3=wrong_end["c"][:3]),
                                date(2025, 10, 1))


@pytest.mark.parametrize(
    "text, published",
    [
        ("The week before Easter, April 13, is the busiest at the garden center.", date(2025, 3, 1)),
        ("Two days before Christmas, Dec. 23, the mall stays open late.", date(2025, 12, 1)),
        ("A week after Labor Day, Sept. 8, school starts.", date(2025, 8, 1)),
        ("The weekend before Halloween, Oct. 25, sells out.", date(2025, 10, 1)),
        ("The day after Thanksgiving, Nov. 28, is the busiest.", date(2025, 11, 1)),
        ("Independence Day, Friday, July 3, is the observed holiday.", date(2026, 6, 1)),
        ("Three days after Christmas, Dec. 28, the stores restock.", date(2025, 12, 1)),
        ("Her birthday, Feb. 29, comes once every four years.", date(2025, 3, 3)),
        ("Leap-day babies born Feb. 29 held a party.", date(2025, 2, 20)),
    ],
)
def test_a_holiday_counted_from_or_observed_and_a_leap_day_are_quiet(text: str, published: date) -> None:
    assert codes(text, published) == set()


@pytest.mark.parametrize(
    "text, published, code",
    [
        ("The day after Thanksgiving, Nov. 29, is the busiest.", date(2025, 11, 1), "DC204"),
        ("Independence Day, Thursday, July 2, is a holiday.", date(2026, 6, 1), "DC103"),
        ("Independence Day, Friday, July 3, is a holiday.", date(2026, 6, 1), "DC103"),
        ("Food went out in the two weeks before Thanksgiving, Nov. 22, 2023, a record.", date(2023, 12, 4), "DC103"),
        ("Eight trading days after Labor Day, Sept. 3, 2024, the index fell.", date(2024, 10, 1), "DC103"),
        ("The filing deadline is Feb. 29.", date(2025, 2, 1), "DC102"),
    ],
)
def test_their_near_misses_are_found(text: str, published: date, code: str) -> None:
    assert code in codes(text, published)


@pytest.mark.parametrize(
    "template",
    [
        "Packet pickup runs Oct. 10-12, {a}, {b} and {c}, at the armory.",
        "The camp runs Oct. 10-12 ({a} through {c}) at the lake.",
        "Open Oct. 10-12, {a}/{c}, in the old mill.",
        "The revival meets Oct. 10-12, {a} to {c}, under the big tent.",
    ],
)
def test_a_list_or_range_of_weekdays_after_a_range_of_dates_ties_its_ends(template: str) -> None:
    names = {"a": wd(2025, 10, 10), "b": wd(2025, 10, 11), "c": wd(2025, 10, 12)}
    right = template.format(**names, a3=names["a"][:3], c3=names["c"][:3])
    assert codes(right, date(2025, 10, 1)) == set()
    wrong_end = {**names, "c": wd(2025, 10, 12, 1)}
    assert "DC101" in codes(template.format(**wrong_end, a3=names["a"][:3], c3=wrong_end["c"][:3]), date(2025, 10, 1))
    wrong_start = {**names, "a": wd(2025, 10, 10, -1)}
    assert "DC101" in codes(template.format(**wrong_start, a3=wrong_start["a"][:3], c3=names["c"][:3]),
                            date(2025, 10, 1))


def test_one_weekday_after_a_range_is_still_read_against_the_date_before_it() -> None:
    published = date(2026, 4, 1)
    assert codes(f"Tryouts are April 17-18, {wd(2026, 4, 18)}, at the field.", published) == set()
    assert "DC101" in codes(f"Tryouts are April 17-18, {wd(2026, 4, 18, 2)}, at the field.", published)
