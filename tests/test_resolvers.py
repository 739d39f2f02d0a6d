"""One table per resolver family: (sentence, publication date) -> (mention text, value), and the
edges of the calendar (years near 1 and 9999, huge shifts) that must give no reading, not a crash."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datecheck
from datecheck.model import Kind, Mention, Rel, Stated, Unit
from datecheck.resolve import RESOLVERS, duration_value, resolve

PUB = date(2025, 6, 18)  # a Wednesday
JAN = date(2026, 1, 14)  # a Wednesday in January, inside a winter that began in December


def value_of(text: str, phrase: str, published: date | None = PUB) -> str:
    found = [m.value for m in datecheck.extract(text, published) if m.text == phrase]
    assert found, [(m.text, m.value) for m in datecheck.extract(text, published)]
    return found[0]


CASES = {
    "calendar": [
        ("The ferry resumed on Aug. 4, 2022, after repairs.", PUB, "Aug. 4, 2022", "2022-08-04"),
        ("The ferry resumes on Aug. 4 after repairs.", PUB, "Aug. 4", "2025-08-04"),
        ("The toll rose in February.", PUB, "February", "2025-02"),
        ("The toll will rise in February.", PUB, "February", "2026-02"),
        ("The orchard was planted in 1987.", PUB, "1987", "1987"),
        ("The mayor ran again last April.", PUB, "last April", "2025-04"),
        ("The mayor ran again last May.", PUB, "last May", "2024-05"),
        ("Rates rose in March of last year.", PUB, "March of last year", "2024-03"),
    ],
    "weekday": [
        ("The crew left Monday.", PUB, "Monday", "2025-06-16"),
        ("The crew will leave Friday.", PUB, "Friday", "2025-06-20"),
        ("The shop closed last Thursday.", PUB, "last Thursday", "2025-06-12"),
        ("The panel met on Tuesday, June 10.", PUB, "Tuesday", "2025-06-10"),
    ],
    "relative": [
        ("The gate broke yesterday.", PUB, "yesterday", "2025-06-17"),
        ("The audit ended three weeks ago.", PUB, "three weeks ago", "2025-W22"),
        ("Repairs finish in two months.", PUB, "two months", "2025-08"),
    ],
    "anaphoric": [
        ("The levee broke on April 2, 2021. The next day, the river crested.", PUB, "The next day", "2021-04-03"),
        ("The mill opened in 2003. Four years later it closed.", PUB, "Four years later", "2007"),
        ("The parade ran the day after Thanksgiving.", PUB, "the day after", "2024-11-29"),
    ],
    "relunit": [
        ("Ridership fell last month.", PUB, "last month", "2025-05"),
        ("The line opens next year.", PUB, "next year", "2026"),
        ("Storms are due this weekend.", PUB, "this weekend", "2025-W25-WE"),
        ("Sales grew in the past decade.", PUB, "the past decade", "201"),
    ],
    "quarter": [
        ("Output fell in the second quarter of 2023.", PUB, "the second quarter of 2023", "2023-Q2"),
        ("The mill reported a loss in the first quarter.", PUB, "the first quarter", "2025-Q1"),
        ("Profit rose in the first half of 2024.", PUB, "the first half of 2024", "2024-H1"),
    ],
    "season": [
        ("The pier was rebuilt last summer.", PUB, "last summer", "2024-SU"),
        ("The pier will be rebuilt next spring.", PUB, "next spring", "2026-SP"),
        ("The pier froze last winter.", JAN, "last winter", "2024-WI"),
        ("The pier froze this winter.", JAN, "this winter", "2025-WI"),
    ],
    "holiday": [
        ("The market closed on Christmas Eve.", PUB, "Christmas Eve", "2024-12-24"),
        ("The parade returns next Thanksgiving.", PUB, "next Thanksgiving", "2025-11-27"),
    ],
    "decade": [
        ("The arcade thrived in the 1980s.", PUB, "1980s", "198"),
        ("Steam ruled the 19th century.", PUB, "the 19th century", "18"),
    ],
    "ref": [
        ("The pier is closed now.", PUB, "now", "PRESENT_REF"),
        ("The pier will reopen in the near future.", PUB, "the near future", "FUTURE_REF"),
    ],
    "duration": [
        ("The strike lasted three days.", PUB, "three days", "P3D"),
        ("The caretaker, 61, retired.", PUB, "61", "P61Y"),
    ],
}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [case for family in CASES.values() for case in family],
    ids=[case[2] for family in CASES.values() for case in family],
)
def test_resolves(text: str, published: date, phrase: str, expected: str) -> None:
    assert value_of(text, phrase, published) == expected


def test_every_kind_has_a_resolver() -> None:
    assert set(RESOLVERS) == set(Kind)


def test_duration_value_is_importable_from_resolve() -> None:
    mention = datecheck.extract("The drought lasted two decades.", PUB)[0]
    assert duration_value(mention) == "P20Y"


EDGE_PUBLISHED = [date(1, 1, 1), date(1, 3, 2), date(9999, 12, 31), date(9999, 10, 20)]
EDGE_TEXTS = [
    "The canal was dug 316,000 years ago.",
    "The seal expires in 999,999,999 days.",
    "Nothing changed 3,650,000 days ago.",
    "The vault opens in 4,000,000 weeks.",
    "The dike stood 292,000 weeks ago.",
    "The ore formed 316,000 years ago.",
    "They met yesterday, last week, next week and this weekend.",
    "The tower opens next year, next decade and next century.",
    "It rained last month, last quarter, last year, last decade and in the last century.",
    "The ice came last winter and will come next winter.",
    "The fair is on Dec. 31 and on Jan. 1, Monday and next Sunday.",
    "The week of Dec. 30 and Christmas week were quiet.",
    "Christmas, last Easter and next Thanksgiving all fell on a weekday.",
    "The relic is from the 1st century; the 100th century is far off.",
    "The orchard dates from the '90s and the 1990s.",
    "The third quarter, the year-earlier quarter and the first half were weak.",
    "The fourth quarter ended Jan. 31 and the year ended Dec. 31.",
    "The next day, two years later and the day after Christmas, they left.",
    "Earlier this year, in February, prices rose; in December they fell.",
]


@pytest.mark.parametrize("published", EDGE_PUBLISHED, ids=str)
@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_calendar_edges_give_no_reading_rather_than_crash(text: str, published: date) -> None:
    for mention in datecheck.extract(text, published):
        if mention.interval is not None:
            assert date.min <= mention.interval.first <= mention.interval.last <= date.max
    datecheck.check(text, published)  # and the rules read what the resolver gave them


def test_a_shift_beyond_the_calendar_has_no_interval() -> None:
    mention = datecheck.extract("The dike stood 292,000 weeks ago.", date(1987, 4, 1))[0]
    assert mention.interval is None and mention.value == "XXXX-WXX"
    years = datecheck.extract("The ore formed 316,000 years ago.", date(2020, 5, 5))[0]
    assert years.interval is None


SHIFTS = [(unit, amount) for unit in ("day", "week", "month", "quarter", "year", "decade", "century", "hour")
          for amount in (999_999_999, -999_999_999, 3_650_000, -3_650_000)]


@pytest.mark.parametrize("published", EDGE_PUBLISHED, ids=str)
@pytest.mark.parametrize(("unit", "amount"), SHIFTS)
@pytest.mark.parametrize("kind", [Kind.RELATIVE, Kind.ANAPHORIC])
def test_huge_shifts_do_not_raise(kind: Kind, unit: str, amount: int, published: date) -> None:
    text = "x" * 20
    mention = Mention(0, 20, text, kind, Stated(offset=(unit, amount)))
    mention.index = 0
    resolve([mention], text, text, published)
    assert mention.value
    if mention.interval is not None:
        assert mention.interval.first <= mention.interval.last


def test_a_week_at_the_end_of_the_calendar_ends_with_the_calendar() -> None:
    mention = datecheck.extract("The week of Dec. 30 was quiet.", date(9999, 12, 31))[0]
    assert mention.interval is not None and mention.interval.last == date.max


def test_last_winter_in_january_is_the_winter_before_the_current_one() -> None:
    mention = datecheck.extract("The canal froze last winter.", date(2026, 2, 3))[0]
    assert mention.value == "2024-WI"
    assert (mention.interval.first, mention.interval.last) == (date(2024, 12, 1), date(2025, 2, 28))


def test_relations_and_units_are_typed_fields() -> None:
    week, quarter, tuesday = datecheck.extract(
        "Orders slipped last week after last year's third quarter, and again last Tuesday.", PUB
    )
    assert (week.rel, week.unit, week.flags) == (Rel.LAST, Unit.WEEK, frozenset())
    assert quarter.rel_year == Rel.LAST and quarter.value == "2024-Q3" and quarter.quarter == (2024, 3)
    assert tuesday.rel == Rel.LAST and tuesday.unit is None


def test_a_weekday_reads_the_date_written_with_it_resolved_first() -> None:
    weekday, day = datecheck.extract("The parade is on Friday, July 4, the clerk said.", PUB)
    assert day.value == weekday.value == "2025-07-04"
    assert weekday.anchor_mention == day.index


_TEMPLATES = [
    "It happened {n} days ago and {n} weeks later.",
    "The vote is in {n} months; the audit was {n} years ago.",
    "Sales rose {n} quarters ago, {n} decades after the founding.",
    "Last winter, next summer, the day after Christmas, Tuesday, Dec. {d}.",
    "The third quarter ended Dec. {d}; the year-earlier quarter was weak.",
    "The week of Jan. {d} and this weekend were calm, a year earlier too.",
]


@settings(max_examples=150, deadline=None)
@given(
    published=st.dates(min_value=date.min, max_value=date.max),
    template=st.sampled_from(_TEMPLATES),
    n=st.integers(min_value=1, max_value=10**12).map(lambda n: f"{n:,}"),
    d=st.integers(min_value=1, max_value=31),
)
def test_any_publication_date_and_any_shift_resolve_without_raising(published: date, template: str, n: str, d: int) -> None:
    for mention in datecheck.extract(template.format(n=n, d=d), published):
        if mention.interval is not None:
            assert mention.interval.first <= mention.interval.last
