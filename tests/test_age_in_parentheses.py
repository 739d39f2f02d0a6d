"""An age written in parentheses right after a name ("Dana Ruiz (37), who ...") is an age like ", 37,"."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck import check, extract

PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize(
    "text, age",
    [
        ("Dana Ruiz (37), who coaches the youth team, spoke first.", "37"),
        ("Omar Haddad (52) said the harvest came in late.", "52"),
        ("The mayor thanked Lena Fischer (29), a volunteer.", "29"),
    ],
)
def test_an_age_in_parentheses_after_a_name_is_read(text: str, age: str) -> None:
    assert [m.text for m in extract(text, PUBLISHED) if m.kind == "age"] == [age]


@pytest.mark.parametrize(
    "text",
    [
        "The total (12), which rose, was final.",  # no name before it
        "See note (3), below the table.",
        "Ruiz (2003) describes the method.",  # a year in a citation, not an age
    ],
)
def test_a_number_in_parentheses_without_a_name_is_no_age(text: str) -> None:
    assert not [m for m in extract(text, PUBLISHED) if m.kind == "age"]


def test_an_age_in_parentheses_that_does_not_fit_the_birth_year_is_flagged() -> None:
    codes = [f.code for f in check("Dana Ruiz (37), who was born in 1979, spoke first.", PUBLISHED)]
    assert codes == ["DC303"]


def test_an_age_in_parentheses_that_fits_is_not_flagged() -> None:
    assert not check("Tom Baker (38), who was born in 1987, spoke first.", PUBLISHED)
