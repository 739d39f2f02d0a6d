"""The English language package: what its tables make of sentences written for these tests, and the
shape every language package shares."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.lang import SUPPORTED, language
from datecheck.tokenize import tokenize

PUBLISHED = date(2024, 8, 1)

#: The modules every language package has (the tokenizer, the rules and the suggestions read them).
MODULES = ("words", "relative", "cues", "numbers", "holidays", "patterns", "rule_cues", "triggers_table")


def mentions(text: str) -> list[tuple[str, str, str | None, frozenset[str]]]:
    return [(m.kind, m.text, m.value, m.flags) for m in datecheck.extract(text, PUBLISHED)]


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_the_same_modules(code: str) -> None:
    for name in MODULES:
        assert getattr(language(code), name) is not None
    patterns = language(code).patterns
    assert list(patterns.PATTERNS) == list(language("en").patterns.PATTERNS)  # the same families, in order
    assert patterns.DAY_NAMED


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        tokenize("On Tuesday", lang="xx")


# --- quarters compared with the same quarter a year before: any ordinal -------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Profit rose from the year-earlier second quarter, the bank said.", "the year-earlier second quarter", "2023-Q2"),
        ("Sales slipped against the year-ago fourth quarter.", "the year-ago fourth quarter", "2023-Q4"),
        ("Margins beat the comparable year-ago first quarter.", "the comparable year-ago first quarter", "2023-Q1"),
        ("Costs matched the corresponding third quarter.", "the corresponding third quarter", "2023-Q3"),
        ("It compares with the year-earlier third-quarter figure.", "year-earlier third-quarter", "2023-Q3"),
        ("It was smaller than the year-ago quarter.", "the year-ago quarter", "2023-Q2"),
    ],
)
def test_year_earlier_quarter_with_any_ordinal(text: str, phrase: str, value: str) -> None:
    found = mentions(text)
    assert [(kind, written, resolved) for kind, written, resolved, _ in found] == [("quarter", phrase, value)]
    assert "year-earlier" in found[0][3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Output in the first two quarters of 2019 fell.", "2019-H1"),
        ("Output in the last two quarters of 2019 fell.", "2019-H2"),
        ("Output in the second half of 2019 fell.", "2019-H2"),
        ("Output in last half of 2019 fell.", "2019-H2"),
    ],
)
def test_halves_of_a_year(text: str, value: str) -> None:
    assert [(kind, resolved) for kind, _, resolved, _ in mentions(text)] == [("quarter", value)]


# --- "the day before" + a word: a clause word by the whole word, not by its first letters ------------


def test_the_day_before_an_event_is_no_date() -> None:
    assert mentions("The mayor spoke the day before asking for a recount.") == []
    assert mentions("The chief resigned the day before indictments were unsealed.") == []


def test_the_day_before_a_clause_is_a_date() -> None:
    found = mentions("The council met the day before, as planned.")
    assert [(kind, written) for kind, written, _, _ in found] == [("anaphoric", "the day before")]
    found = mentions("The council met the day before and voted.")
    assert [(kind, written) for kind, written, _, _ in found] == [("anaphoric", "the day before")]


# --- "a day" after a plural noun is a rate; after other words ending in "s" it is not ----------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Forty buses a day cross the bridge.", "SET"),
        ("The pool opens twice a week.", "SET"),
        ("Rents rose across a year of shortages.", "DURATION"),
        ("The fee covers storage plus a week of delays.", "DURATION"),
    ],
)
def test_rate_or_duration(text: str, type_: str) -> None:
    found = datecheck.extract(text, PUBLISHED)
    assert [m.type for m in found] == [type_]


# --- DC301 reads approximators from the one table the tokenizer uses ----------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The bridge, opened in 1990, just 25 years ago, needs repair.", True),  # "just" is exact
        ("The bridge, opened in 1990, exactly 25 years ago, needs repair.", True),
        ("The bridge, opened in 1990, approximately 25 years ago, needs repair.", False),
        ("The bridge, opened in 1990, close to 25 years ago, needs repair.", False),
        ("The bridge, opened in 1990, about 25 years ago, needs repair.", False),
    ],
)
def test_elapsed_time_and_approximators(text: str, flagged: bool) -> None:
    codes = [f.code for f in datecheck.check(text, PUBLISHED)]
    assert ("DC301" in codes) is flagged, codes


def test_numbers_read_and_written() -> None:
    numbers = language("en").numbers
    assert numbers.number_value("twenty-four") == 24
    assert numbers.number_value("a couple of") == 2
    assert numbers.spoken_year("nineteen", "oh five", False, None) == 1905
    assert numbers.spoken_year(None, None, True, "one") == 2001
    assert numbers.ordinal_words(25) == "twenty-fifth" and numbers.ordinal_words(30) == "thirtieth"
    assert [numbers.ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21)] == ["st", "nd", "rd", "th", "th", "th", "th", "st"]


def test_relation_words_are_one_table() -> None:
    rel = language("en").relative
    for subset in (rel.DAY_RELATIONS, rel.WEEKDAY_RELATIONS, rel.MONTH_RELATIONS, rel.SEASON_RELATIONS,
                   rel.YEAR_RELATIONS, rel.HALF_RELATIONS - {"the first", "the second"}):
        assert set(subset) <= set(rel.UNIT_RELATIONS), subset
    for subset in (rel.UNIT_MODIFIERS, rel.MONTH_MODIFIERS, rel.SHORT_MODIFIERS, rel.DAY_MODIFIERS, rel.WEEKDAY_MODIFIERS,
                   rel.NARRATIVE_MODIFIERS):
        assert set(subset) <= set(rel.MODIFIERS), subset


@pytest.mark.parametrize("text", ["The form was filed Jun., 12, with the clerk.", "Sales in Mar., 15, stores fell."])
def test_a_month_abbreviation_is_no_name_before_an_age(text: str) -> None:
    """Every abbreviated month counts, not only those the old list spelt out (Jan., Feb., Aug.-Dec.)."""
    assert [m.kind for m in datecheck.extract(text, PUBLISHED) if m.kind == "age"] == []


def test_a_name_before_an_age() -> None:
    assert [m.text for m in datecheck.extract("Pat Quill, 42, chairs the board.", PUBLISHED)] == ["42"]
