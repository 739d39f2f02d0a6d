"""The evaluation stories (benchmarks/stories/) agree with their manifest and with the calendar.

Each planted error is where the manifest says and really is an error by the calendar; every
weekday written beside a date elsewhere is right; each story has one container and a known date.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.easter import easter

STORIES = Path(__file__).resolve().parent.parent / "benchmarks" / "stories"
MANIFEST = json.loads((STORIES / "manifest.json").read_text(encoding="utf-8"))
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m.lower()[:3]: i for i, m in enumerate(calendar.month_name) if m}
_WD = r"(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?"
_MON = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
PAIRS = [  # a weekday written right beside a date, in the orders the stories use
    re.compile(rf"\b{_WD},?\s+(?:\(\s*)?{_MON}\s+(?P<day>\d{{1,2}})\b{_YEAR}", re.I),
    re.compile(rf"\b{_WD},?\s+(?P<day>\d{{1,2}})\s+{_MON}{_YEAR}", re.I),
    re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})\b{_YEAR},?\s+(?:a|\()\s*{_WD}", re.I),
]
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.weekday() == weekday]
    return matching[nth - 1] if nth > 0 else matching[-1]


HOLIDAYS = {
    "Christmas Eve": lambda y: date(y, 12, 24),
    "New Year's Eve": lambda y: date(y, 12, 31),
    "Halloween": lambda y: date(y, 10, 31),
    "Veterans Day": lambda y: date(y, 11, 11),
    "Thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "Labor Day": lambda y: _nth_weekday(y, 9, 0, 1),
    "Memorial Day": lambda y: _nth_weekday(y, 5, 0, -1),
    "Martin Luther King Jr. Day": lambda y: _nth_weekday(y, 1, 0, 3),
    "Easter Sunday": lambda y: easter(y),
    "Good Friday": lambda y: easter(y) - timedelta(days=2),
}


def _ages(born: str, at: date) -> set[int]:
    parts = [int(p) for p in born.split("-")]
    if len(parts) == 3:
        birthday = date(*parts)
        return {at.year - birthday.year - ((at.month, at.day) < (birthday.month, birthday.day))}
    if len(parts) == 2 and parts[1] != at.month:
        return {at.year - parts[0] - (at.month < parts[1])}
    return {at.year - parts[0] - 1, at.year - parts[0]}


def _is_error(code: str, f: dict, published: date) -> bool:
    """Whether the manifest's facts make a real contradiction, by the calendar alone."""
    if code == "DC101":
        return not WEEKDAYS[_day(f["date"]).weekday()].startswith(f["weekday"].lower()[:3])
    if code == "DC102":
        year = int(f.get("year", 2000))  # no year written: only a day no year has counts
        return int(f["day"]) > calendar.monthrange(year, int(f["month"]))[1]
    if code == "DC103":
        actual = _day(f["actual"])
        return HOLIDAYS[f["holiday"]](actual.year) == actual and f["written"] != f["actual"]
    if code == "DC201":
        written, meant = _day(f["written"]), _day(f["meant"])
        return (written.year < meant.year and (written.month, written.day) == (meant.month, meant.day)
                and (published - written).days > 300 and abs((published - meant).days) <= 45)
    if code in ("DC202", "DC203"):
        return (_day(f["date"]) > published) == (code == "DC202") and _day(f["date"]) != published
    if code == "DC204":
        means, written = f["means"], f["written"]
        if written.lower() in WEEKDAYS:
            return WEEKDAYS[_day(means).weekday()] != written.lower()
        return not written.startswith(means) and not means.startswith(written)
    if code == "DC205":
        return f["metadata"] != f["visible"] and _day(f["metadata"]) == published
    if code == "DC301":
        return abs(int(f["to"]) - int(f["from"]) - int(f["stated"])) >= 2
    if code == "DC302":
        return int(f["at"]) - int(f["year"]) != int(f["stated"])
    if code == "DC303":
        return int(f["age"]) not in _ages(f["born"], _day(f["at"]))
    if code == "DC304":
        start, end = _day(f["start"]) if "-" in f["start"] else None, None
        if start is None:
            return int(f["end"]) < int(f["start"])
        end = _day(f["end"])
        if "stated_days" in f:
            return int(f["stated_days"]) != (end - start).days + 1
        return end < start
    if code == "DC401":
        return WEEKDAYS[_day(f["date"]).weekday()] != f["weekday"].lower()
    raise AssertionError(f"no calendar check for {code}")


def _candidates(month: int, day: int, published: date, before: str) -> list[date]:
    """The days a year-less date can mean: the one nearest publication, the next one (schedules
    run ahead), and the one in the last year written shortly before it (a narrative's year)."""
    def on(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    around = [d for d in map(on, range(published.year - 1, published.year + 2)) if d]
    named = [on(int(y)) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", before[-300:])[-1:]]
    nearest = min(around, key=lambda d: abs((d - published).days), default=None)
    ahead = next((d for d in around if d >= published), None)
    return [d for d in (nearest, ahead, *named) if d]


def _wrong_weekdays(text: str, published: date, skip: tuple[int, int] | None) -> list[str]:
    wrong = []
    for pattern in PAIRS:
        for m in pattern.finditer(text):
            if skip and m.start() < skip[1] and skip[0] < m.end():
                continue
            if re.search(r"(?:through|to|and|until)\s+$", text[max(0, m.start() - 10):m.start()]):
                continue  # the second weekday of a span ("Friday through Monday, June 27-30")
            month, day = MONTHS[m["mon"].lower()[:3]], int(m["day"])
            if m["year"]:
                try:
                    days = [date(int(m["year"]), month, day)]
                except ValueError:
                    continue
            else:
                days = _candidates(month, day, published, text[:m.start()])
            if days and not any(WEEKDAYS[d.weekday()].startswith(m["wd"].lower()[:3]) for d in days):
                wrong.append(f"{m.group(0)!r} ({days[0]} is a {WEEKDAYS[days[0].weekday()]})")
    return wrong


def test_manifest_is_whole() -> None:
    ids = [story["id"] for story in MANIFEST]
    assert len(ids) == len(set(ids)) and len(ids) >= 160
    files = {p.name for p in STORIES.iterdir() if p.suffix in (".md", ".html", ".txt")}
    assert files == {story["file"] for story in MANIFEST}
    planted = [story for story in MANIFEST if story["error"]]
    assert 0.4 <= len(planted) / len(MANIFEST) <= 0.6


@pytest.mark.parametrize("story", MANIFEST, ids=lambda s: s["id"])
def test_story_agrees_with_manifest_and_calendar(story: dict) -> None:
    text = (STORIES / story["file"]).read_text(encoding="utf-8")
    published = _day(story["published"])
    error = story["error"]
    skip = None
    if error is None:
        assert story["traps"], "a clean story names the traps it sets"
    elif error["code"] == "DC901":
        assert story["container"] in ("txt-none", "md-nodate", "html-none")
        assert not re.search(r"^\w+: \d{4}-\d\d-\d\d$", text, re.M)
    else:
        start = error["start"]
        assert text[start:start + len(error["span"])] == error["span"]
        assert error["replacement"] and error["replacement"] != error["span"]
        assert _is_error(error["code"], error["facts"], published), error["facts"]
        skip = (start, start + len(error["span"]))
    assert _wrong_weekdays(text, published, skip) == []
