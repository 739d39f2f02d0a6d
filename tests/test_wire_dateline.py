"""A wire dateline at the head of a plain-text story ("CITY, Month D, YYYY - ...") gives its
publication date; a date after other words, without a year or without the dash does not."""

from __future__ import annotations

from datetime import date

import pytest

from datecheck.document import load_text
from datecheck.document.published import find_dateline


@pytest.mark.parametrize(
    "line, expected",
    [
        ("HARLOW, April 9, 2025 - The ferry company said on Wednesday it would add a route.", date(2025, 4, 9)),
        ("TULSA, Okla., Oct. 2, 2023 \u2014 Officials opened the new library branch.", date(2023, 10, 2)),
        ("NEW MILFORD, January 30, 2022 -- Snow closed the schools.", date(2022, 1, 30)),
        ("OSLO (NTB), 7 June 2021 \u2013 The ministry released its figures.", date(2021, 6, 7)),
        ("ST. LOUIS, Dec. 1, 2020: The zoo welcomed a calf.", date(2020, 12, 1)),
    ],
)
def test_a_wire_dateline_gives_the_publication_date(line: str, expected: date) -> None:
    found = find_dateline(f"A headline for the story\n\n{line}\n\nMore text follows.\n")
    assert found is not None and found.date == expected and found.source == "dateline"
    prose = f"A headline for the story\n\n{line}\n\nMore text follows.\n"
    assert prose[found.span.start:found.span.end] in line and found.span.start > len("A headline")


@pytest.mark.parametrize(
    "line",
    [
        "HARLOW, April 9 - The ferry company said on Wednesday it would add a route.",  # no year
        "The harbour master, April 9, 2025 - a clause, not a place",  # a place in capitals is needed
        "HARLOW, April 9, 2025 the ferry company said",  # no dash after the date
        "On April 9, 2025 - the day the ferry sailed - the company grew.",  # no place before the date
    ],
)
def test_other_lines_are_not_wire_datelines(line: str) -> None:
    assert find_dateline(f"A headline for the story\n\n{line}\n") is None


def test_the_dateline_span_is_the_date_and_the_story_is_checked_with_it() -> None:
    text = "Ferry adds a route\n\nHARLOW, April 9, 2025 - The company said on Tuesday, April 9, it would sail daily.\n"
    document = load_text(text, "ferry.txt")
    assert document.published is not None and document.published.date == date(2025, 4, 9)
    start, end = document.published.span.start, document.published.span.end
    assert text[start:end] == "April 9, 2025"


def test_spanish_and_german_wire_datelines() -> None:
    assert find_dateline("MURCIA, 3 de mayo de 2024 (EFE).- El pleno aprobó el plan.\n", "DMY", "es").date \
        == date(2024, 5, 3)
    assert find_dateline("GÖRLITZ, 3. Mai 2024 \u2013 Der Stadtrat hat getagt.\n", "DMY", "de").date == date(2024, 5, 3)
