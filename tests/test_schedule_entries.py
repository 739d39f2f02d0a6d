"""A dated list (a season's schedule, a fixture list, a chronology) runs on from entry to entry: a
yearless entry far from the publication date, with no tense to place it, takes the year nearest the
entry above it. And an abbreviated weekday that is also a word ("Sat.", "Wed.") is a day, not a verb."""

from __future__ import annotations

from datetime import date

import pytest

import datecheck
from datecheck.tense.reading import read

SCHEDULES = [
    # (publication date, schedule, the dates expected)
    ("2025-07-08",
     "The Harrowgate Rovers' home fixtures:\n\n- Sat., Aug. 23: Dunmore\n- Sat., Nov. 1: Kestrel Town\n"
     "- Sat., Jan. 10: Pellworth\n- Sat., April 18: Ashby Vale\n",
     ["2025-08-23", "2025-11-01", "2026-01-10", "2026-04-18"]),
    ("2026-09-02",
     "Lecture series at the Fenmore museum\n\n* Thu., Oct. 8 - glaciers\n* Thu., Dec. 3 - river deltas\n"
     "* Thu., March 4 - salt marshes\n* Thu., June 3 - the tides\n",
     ["2026-10-08", "2026-12-03", "2027-03-04", "2027-06-03"]),
    ("2024-08-30",
     "Ice show dates:\n\nWed., Nov. 20: opening night\nWed., Jan. 15: family matinee\nWed., May 14: last show\n",
     ["2024-11-20", "2025-01-15", "2025-05-14"]),
]


@pytest.mark.parametrize(("pub", "text", "expected"), SCHEDULES, ids=[s[1][:24] for s in SCHEDULES])
def test_a_schedule_runs_on_from_entry_to_entry(pub: str, text: str, expected: list[str]) -> None:
    published = date.fromisoformat(pub)
    days = [m.value for m in datecheck.extract(text, published) if m.kind == "calendar"]
    assert days == expected
    assert [f.code for f in datecheck.check(text, published)] == []


def test_a_wrong_weekday_in_a_schedule_is_still_flagged() -> None:
    text = "Home fixtures:\n\n- Sat., Aug. 23: Dunmore\n- Sat., Nov. 1: Kestrel Town\n- Fri., Jan. 10: Pellworth\n"
    findings = datecheck.check(text, date(2025, 7, 8))
    assert [(f.code, f.text) for f in findings] == [("DC101", "Fri.")]


def test_a_list_of_results_running_back_stays_in_the_past() -> None:
    text = "Recent results:\n\n- Jan. 6: won 3-1\n- Dec. 14: lost 0-2\n- Oct. 30: drew 1-1\n"
    days = [m.value for m in datecheck.extract(text, date(2026, 1, 12)) if m.kind == "calendar"]
    assert days == ["2026-01-06", "2025-12-14", "2025-10-30"]


def test_an_entry_near_the_publication_date_keeps_its_own_year() -> None:
    text = "Key dates:\n\n- March 3: filing opens\n- Nov. 20: the vote\n"
    days = [m.value for m in datecheck.extract(text, date(2025, 12, 1)) if m.kind == "calendar"]
    assert days[-1] == "2025-11-20"


def test_a_date_in_running_prose_is_no_entry() -> None:
    text = "Dunmore at home on Aug. 23.\nPellworth away on Jan. 10, then Ashby Vale.\n"
    days = [m.value for m in datecheck.extract(text, date(2025, 7, 8)) if m.kind == "calendar"]
    assert days == ["2025-08-23", "2025-01-10"]


@pytest.mark.parametrize("before", ["- sat., ", "wed., ", "sat. "])
def test_an_abbreviated_weekday_is_no_past_verb(before: str) -> None:
    assert read(before, ": a recital of songs", "en", day=True) is datecheck.Tense.UNKNOWN


def test_the_verb_itself_still_reads_past() -> None:
    assert read("the board sat on ", "", "en", day=True) is datecheck.Tense.PAST
