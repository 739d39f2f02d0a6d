"""Abbreviated weekdays ("Tue.", "Thurs.") are read when a month-day follows them, and only then."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check, extract

PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The board meets Tue., Mar. 4, at the town hall.", "Tue.", "2025-03-04"),
        ("Ballots were counted Thurs., Feb. 27.", "Thurs.", "2025-02-27"),
        ("The clinic reopened Sat., March 1, 2025, after repairs.", "Sat.", "2025-03-01"),
        ("Tickets go on sale Fri., Feb. 28 at noon.", "Fri.", "2025-02-28"),
    ],
)
def test_an_abbreviated_weekday_before_a_date_is_read(text: str, written: str, value: str) -> None:
    weekdays = [m for m in extract(text, PUBLISHED) if m.kind == "weekday"]
    assert [(m.text, m.value) for m in weekdays] == [(written, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The couple will wed. March 4 is the day they chose.",  # a verb, not capitalized
        "The Sun. edition carried the list.",  # no month-day after it
        "Open Mon. to Fri. from nine.",  # a range of opening days, no date
    ],
)
def test_an_abbreviation_without_a_date_after_it_is_not_a_weekday(text: str) -> None:
    assert not [m for m in extract(text, PUBLISHED) if m.kind == "weekday"]


def test_a_wrong_abbreviated_weekday_is_flagged() -> None:
    findings = check("The vote is set for Tue., Mar. 5, 2025, in the council chamber.", PUBLISHED)
    codes = [f.code for f in findings]
    assert "DC101" in codes
    finding = next(f for f in findings if f.code == "DC101")
    assert finding.text == "Tue."
    assert "Wednesday" in [s.replacement for s in finding.suggestions]
