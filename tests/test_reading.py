"""The typed reading of a mention, and the TIMEX3 value written from it at the output edge only."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck import timex
from datecheck.model import Grain, Interval, Reading, Ref
from test_rules import CASES

PUB = date(2025, 3, 14)  # a Friday

# (phrase in a sentence, the reading it resolves to, its TIMEX3 value)
READINGS = [
    ("The dam opened on June 2, 2019.", Reading(Grain.DAY, 2019, 6, 2), "2019-06-02"),
    ("The filing was due Feb. 30.", Reading(Grain.DAY, 2025, 2, 30), "2025-02-30"),
    ("The log starts 2024-03-05T14:30 sharp.", Reading(Grain.DAY, 2024, 3, 5, clock=(14, 30)), "2024-03-05T14:30"),
    ("The ferry sailed on Tuesday.", Reading(Grain.DAY, 2025, 3, 11), "2025-03-11"),
    ("Prices fell last week.", Reading(Grain.WEEK, 2025, week=10), "2025-W10"),
    ("The fair will run this weekend.", Reading(Grain.WEEKEND, 2025, week=11), "2025-W11-WE"),
    ("Sales rose last month.", Reading(Grain.MONTH, 2025, 2), "2025-02"),
    ("The plant closed in the third quarter of 2023.", Reading(Grain.QUARTER, 2023, quarter=3), "2023-Q3"),
    ("Profit fell in the first half of 2024.", Reading(Grain.HALF, 2024, half=1), "2024-H1"),
    ("The pier was rebuilt last summer.", Reading(Grain.SEASON, 2024, season="SU"), "2024-SU"),
    ("The mill shut in 1998.", Reading(Grain.YEAR, 1998), "1998"),
    ("Rents doubled in the 1980s.", Reading(Grain.DECADE, decade=198), "198"),
    ("The town grew in the 19th century.", Reading(Grain.CENTURY, century=18), "18"),
    ("The council meets now.", Reading(ref=Ref.PRESENT), "PRESENT_REF"),
    ("The drought lasted three days.", Reading(duration=("day", 3)), "P3D"),
    ("The road was closed for two decades.", Reading(duration=("decade", 2)), "P20Y"),
]


@pytest.mark.parametrize(("text", "reading", "value"), READINGS, ids=[r[2] for r in READINGS])
def test_a_mention_reads_as_typed_fields_and_writes_its_value_from_them(text: str, reading: Reading, value: str) -> None:
    mention = datecheck.extract(text, PUB)[0]
    assert mention.reading == reading
    assert mention.value == value == timex.timex_value(reading)


UNKNOWN = [
    (Reading(Grain.DAY), "XXXX-XX-XX"),
    (Reading(Grain.DAY, None, 7, 4), "XXXX-07-04"),
    (Reading(Grain.WEEK), "XXXX-WXX"),
    (Reading(Grain.WEEK, weekday=1), "XXXX-WXX-2"),
    (Reading(Grain.MONTH), "XXXX-XX"),
    (Reading(Grain.MONTH, None, 3), "XXXX-03"),
    (Reading(Grain.QUARTER), "XXXX-QX"),
    (Reading(Grain.HALF, half=2), "XXXX-H2"),
    (Reading(Grain.SEASON, season="WI"), "XXXX-WI"),
    (Reading(Grain.YEAR), "XXXX"),
    (Reading(ref=Ref.PAST), "PAST_REF"),
    (Reading(duration=("year", None)), "PXY"),
    (Reading(duration=("decade", None)), "PXDE"),
    (Reading(duration=("hour", 2)), "PT2H"),
    (None, ""),
]


@pytest.mark.parametrize(("reading", "value"), UNKNOWN, ids=[v or "none" for _, v in UNKNOWN])
def test_what_is_not_known_is_written_with_x(reading: Reading | None, value: str) -> None:
    assert timex.timex_value(reading) == value


def test_without_a_publication_date_relative_readings_keep_their_unit() -> None:
    readings = [m.reading for m in datecheck.extract("Crews left yesterday and return next month.")]
    assert readings == [Reading(Grain.DAY), Reading(Grain.MONTH)]


def test_the_unit_a_reading_names_is_whole_before_narrowing() -> None:
    mention = datecheck.extract("Repairs began early this month.", PUB)[0]
    assert mention.interval == Interval(date(2025, 3, 1), date(2025, 3, 10))
    assert timex.unit_interval(mention.reading, mention.interval) == Interval(date(2025, 3, 1), date(2025, 3, 31))


def test_a_day_that_does_not_exist_names_no_unit() -> None:
    assert timex.unit_interval(Reading(Grain.DAY, 2025, 2, 30), None) is None
    seasons = Reading(Grain.SEASON, 2024, season="SU")
    summer = Interval(date(2024, 6, 1), date(2024, 8, 31))
    assert timex.unit_interval(seasons, summer) == summer  # no whole unit of its own: the mention's


RULE_TEXTS = sorted({(case["text"], case.get("published"), case.get("path")) for _, case in CASES}, key=str)


def test_no_rule_reads_the_timex3_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules decide on the readings: with every value string blanked, every fixture gives the
    same findings."""
    def findings() -> list[tuple[str, int, int, str]]:
        return [(f.code, f.start, f.end, f.message) for text, published, path in RULE_TEXTS
                for f in datecheck.check(text, published, path, select=["ALL"])]

    expected = findings()
    monkeypatch.setattr(timex, "timex_value", lambda reading: "")
    assert findings() == expected
    assert datecheck.extract("The mill shut in 1998.", PUB)[0].value == ""  # the patch did take effect
