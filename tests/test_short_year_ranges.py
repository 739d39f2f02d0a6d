"""A range with a short second year stays in the first year's century unless it plainly wraps into the next."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check, extract

PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize(
    "text, end",
    [
        ("The 2008-09 season ended in a tie.", "2009"),
        ("The 1999-00 budget was the last of the century.", "2000"),
        ("The 1996-03 drought emptied the reservoir.", "2003"),
        ("She chaired the board in 1987-84 by the report's account.", "1984"),
    ],
)
def test_the_second_year_of_a_short_range(text: str, end: str) -> None:
    years = [m.value for m in extract(text, PUBLISHED) if m.kind == "calendar"]
    assert years[-1] == end


def test_a_short_range_written_backwards_is_flagged() -> None:
    codes = [f.code for f in check("The senator served as an aide in 1993-91, the archive shows.", PUBLISHED)]
    assert codes == ["DC304"]


def test_a_range_into_the_next_century_is_not_flagged() -> None:
    assert not check("The 1998-01 expansion doubled the fleet.", PUBLISHED)
