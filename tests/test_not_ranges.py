"""What looks like a range of dates in wire copy and is not one: a dateline's dash, an amount after
"to", a price in fractions, times of day with their zone; and a range whose end leaves out the next
month. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck

PUBLISHED = date(1991, 6, 12)

CASES = [
    # a wire dateline's dash: the date stands alone, what follows is the story
    ("BOISE, Idaho, June 12 - 3rd qtr May 31 end Shr 12 cts", [("June 12", "1991-06-12"), ("May 31", "1991-05-31")]),
    ("PERTH, June 12 - 26 weeks ended Dec 29 Net shr 12 cents", [("June 12", "1991-06-12"), ("26 weeks", "P26W"),
                                                                 ("Dec 29", "1990-12-29")]),
    ("TULSA, Okla., June 12 - June 2, 1990 end Shr 40 cts", [("June 12", "1991-06-12"), ("June 2, 1990", "1990-06-02")]),
    # an amount or a price after the day
    ("Reserves climbed on June 10 to 5.312 billion dlrs.", [("June 10", "1991-06-10")]),
    ("The rate rises on July 10 to 6 pct from 5 pct.", [("July 10", "1991-07-10")]),
    ("Stocks fell in the week ended June 7 to 4,210,300 tonnes.", [("June 7", "1991-06-07")]),
    ("Bids for Nov were at Nov 11-3/4 under, Jan 9-1/2 under.", []),
    # times of day with their zone
    ("Bids are due 1630 to 1800 GMT on Friday.", [("Friday", "1991-06-14")]),
    ("The session runs between 1900 and 2300 hours EST.", []),
    ("Trading stops at 1315 CST.", []),
    # a year, then a day in it (a label), and a table's cells: a month-day, then a year
    ("Output 1991 - June 7      1990 - June 8", [("1991", "1991"), ("June 7", "1991-06-07"), ("1990", "1990"),
                                                 ("June 8", "1991-06-08")]),
    ("Week to\tMay 24\t1990\tMay 25", [("May 24", "1991-05-24"), ("1990", "1990"), ("May 25", "1991-05-25")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_not_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    mentions = datecheck.extract(text, published=PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.range_role is None for m in mentions)


def test_a_range_into_the_next_month() -> None:
    mentions = datecheck.extract("The fair runs from Aug. 29 to 3, organizers said.", published=date(1991, 8, 20))
    assert [(m.text, m.value, m.range_role) for m in mentions] == [
        ("Aug. 29", "1991-08-29", "start"), ("3", "1991-09-03", "end")]


def test_a_range_back_in_its_month_is_still_a_range() -> None:
    mentions = datecheck.extract("The road is shut from Oct. 20 to 12.", published=PUBLISHED)
    assert [m.range_role for m in mentions] == ["start", "end"]
    assert [f.code for f in datecheck.check("The road is shut from Oct. 20 to 12.", PUBLISHED)] == ["DC304"]


def test_a_dash_after_a_date_in_running_text_is_a_range() -> None:
    text = "The Westfield Garden Club, June 3 - 7, will show roses."
    mentions = datecheck.extract(text, published=PUBLISHED)
    assert [m.range_role for m in mentions] == ["start", "end"]
