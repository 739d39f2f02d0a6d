"""The timeline: what "now" is at each offset (publication date, date lines, live-blog entries) and
what day, month or year the text last named before an offset, as the resolver and the rules see it."""

from __future__ import annotations

from datetime import date

import datecheck
from datecheck.model import Flag, Interval, Kind, Mention, Span, Stated
from datecheck.extract import link_mentions, mark_date_lines
from datecheck.resolve import resolve_with_timeline
from datecheck.timeline import Timeline
from datecheck.tokenize import lower_same_length, tokenize

PUB = date(2025, 6, 18)  # a Wednesday


def _day_line(start: int, day: date, index: int) -> Mention:
    text = f"{day:%b}. {day.day}, {day.year}"
    mention = Mention(start, start + len(text), text, Kind.CALENDAR, Stated(day.year, day.month, day.day))
    mention.interval, mention.index, mention.flags = Interval(day, day), index, frozenset({Flag.DATE_LINE})
    return mention


def test_now_is_the_publication_date_without_date_lines() -> None:
    timeline = Timeline(PUB)
    assert timeline.now_at(0) == PUB
    assert timeline.anchor_at(500) == (PUB, "publication")
    assert not timeline.under_date_line(500)
    assert Timeline(None).anchor_at(3) == (None, None)


def test_a_date_line_dates_what_follows_it() -> None:
    first, second = _day_line(100, date(2025, 6, 16), 0), _day_line(400, date(2025, 6, 17), 1)
    timeline = Timeline.of([first, second], PUB)
    assert timeline.now_at(50) == PUB
    assert timeline.now_at(first.end) == date(2025, 6, 16)
    assert timeline.anchor_at(399) == (date(2025, 6, 16), "dateline")
    assert timeline.now_at(10_000) == date(2025, 6, 17)
    assert timeline.under_date_line(first.end) and not timeline.under_date_line(first.start)
    assert timeline.sections == [(first.end, date(2025, 6, 16)), (second.end, date(2025, 6, 17))]


def test_the_publications_own_date_line_is_not_another_section() -> None:
    own = _day_line(0, PUB, 0)
    timeline = Timeline.of([own], PUB, Span(0, own.end))
    assert timeline.now_at(own.end + 5) == PUB
    assert not timeline.under_date_line(own.end + 5)


def test_a_date_line_without_a_year_opens_a_section_for_the_resolver_and_the_rules() -> None:
    text = "Ferry notes\n\nNov. 28\n\nThe harbor board will meet on Dec. 1 to set the winter timetable.\n"
    mentions = datecheck.extract(text, date(2025, 4, 9))
    line, meeting = mentions
    assert Flag.DATE_LINE in line.flags and line.value == "2024-11-28"
    assert meeting.value == "2024-12-01" and meeting.anchor_source == "dateline"
    timeline = Timeline.of(mentions, date(2025, 4, 9))
    assert timeline.now_at(meeting.start) == date(2024, 11, 28)


def test_no_past_as_future_under_a_date_line_without_a_year() -> None:
    text = "Ferry notes\n\nNov. 28\n\nThe harbor board will meet on Dec. 1 to set the winter timetable.\n"
    codes = [f.code for f in datecheck.check(text, date(2025, 4, 9))]
    assert "DC203" not in codes


def test_the_resolver_hands_back_the_timeline_it_built() -> None:
    text = "June 12, 2025\n\nCrews cleared the road the next day.\n\nJune 14, 2025\n\nTwo days later the bridge reopened."
    mentions = tokenize(text, lower_same_length(text))
    link_mentions(text, mentions)
    mark_date_lines(text, mentions)
    timeline = resolve_with_timeline(mentions, text, lower_same_length(text), PUB)
    assert [day for _, day in timeline.sections] == [date(2025, 6, 12), date(2025, 6, 14)]
    assert [m.value for m in mentions] == ["2025-06-12", "2025-06-13", "2025-06-14", "2025-06-16"]
    rebuilt = Timeline.of(mentions, PUB)
    assert rebuilt.sections == timeline.sections


def _values(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in datecheck.extract(text, published)]


def test_narrative_anchors_run_on_from_the_unit_named() -> None:
    # a day named: "the next day" runs on from it
    assert _values("The mill burned on March 3, 2019. The next day, crews searched it.")[-1] == ("The next day", "2019-03-04")
    # a year named alone anchors "two years later" but not "the next day"
    later = _values("The levy passed in 2011. Two years later, the pool opened.")
    assert later[-1] == ("Two years later", "2013")
    alone = _values("The levy passed in 2011. The next day, the pool opened.")
    assert alone[-1] == ("The next day", "2025-06-19")
    # a month named anchors "the following month"
    month = _values("The shop opened in October 2021 and the following month it moved.")
    assert month[-1][1] == "2021-11"


def test_narrative_anchor_is_the_last_named_before_the_offset() -> None:
    text = "The dam was inspected on Feb. 2, 2020, and again on Aug. 9, 2020. Three days later it failed."
    mentions = datecheck.extract(text, PUB)
    assert mentions[-1].value == "2020-08-12" and mentions[-1].anchor_mention == 1


def test_last_named_bisects_by_unit() -> None:
    year = Mention(10, 14, "2016", Kind.CALENDAR, Stated(year=2016))
    year.interval, year.index = Interval(date(2016, 1, 1), date(2016, 12, 31)), 0
    day = Mention(40, 47, "Sept. 9", Kind.CALENDAR, Stated(month=9, day=9))
    day.interval, day.index = Interval(date(2016, 9, 9), date(2016, 9, 9)), 1
    later = Mention(80, 84, "2018", Kind.CALENDAR, Stated(year=2018))
    later.interval, later.index = Interval(date(2018, 1, 1), date(2018, 12, 31)), 2
    timeline = Timeline.of([year, day, later], PUB)
    assert timeline.last_named(5, "day") is None
    assert timeline.last_named(30, "day") is None
    assert timeline.last_named(30, "year") is year
    assert timeline.last_named(60, "day") is day
    assert timeline.last_named(100, "day") is day
    assert timeline.last_named(100, "year") is later
    assert timeline.last_named(100, "month") is day


def test_thousands_of_date_lines_resolve_quickly() -> None:
    # a chronology of dated entries: each lookup bisects, so this stays well under a second
    day = date(1990, 1, 1)
    lines = []
    for n in range(3000):
        current = date.fromordinal(day.toordinal() + n)
        lines.append(f"{current:%B} {current.day}, {current.year}\n\nThe gauge read {n % 90} the day before.\n")
    mentions = datecheck.extract("\n".join(lines), PUB)
    relative = [m for m in mentions if m.kind == Kind.ANAPHORIC]
    assert len(relative) == 3000
    assert relative[-1].value == date.fromordinal(day.toordinal() + 2998).isoformat()
