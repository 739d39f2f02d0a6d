"""A unit named relative to now: "last week", "this month", "next year", "the following year",
"the past decade", "this weekend", "the quarter", "the year ended Dec. 31"."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Flag, Grain, Mention, Reading, Rel, Tense, Unit
from .context import Context
from .relative import set_quarter, shift

BACKWARD = frozenset({Rel.LAST, Rel.PAST, Rel.THE_PAST, Rel.THE_LAST, Rel.THE_PREVIOUS, Rel.THE_PRIOR, Rel.THIS_PAST, Rel.THE_LATEST})
FORWARD = frozenset({Rel.NEXT, Rel.COMING, Rel.THE_COMING, Rel.THE_NEXT, Rel.THE_FOLLOWING, Rel.THIS_COMING})
#: What a unit named relative to now names when nothing places it (a year for any other unit).
_UNKNOWN = {Unit.WEEK: Reading(Grain.WEEK), Unit.MONTH: Reading(Grain.MONTH), Unit.QUARTER: Reading(Grain.QUARTER)}
_REPORTED = frozenset({Rel.THE, Rel.THAT, Rel.THE_SAME})


def resolve_relunit(mention: Mention, anchor: date | None, ctx: Context) -> None:
    _resolve(mention, anchor, ctx)
    if mention.unit == Unit.YEAR and mention.rel == Rel.THE:
        _year_ended(mention, ctx)


def _resolve(mention: Mention, anchor: date | None, ctx: Context) -> None:
    rel, unit = mention.rel, mention.unit
    assert rel is not None and unit is not None
    if Flag.NARRATIVE in mention.flags:
        # "earlier in the year" stays with the story's last dated day; "the following year" may
        # follow a year named alone
        anchor, mention.anchor_source = ctx.narrative_anchor(mention, unit if rel != Rel.THE else Unit.DAY)
        mention.anchor = anchor
    if anchor is None:
        mention.reading = _UNKNOWN.get(unit, Reading(Grain.YEAR))
        return
    moved = -1 if rel in BACKWARD else 1 if rel in FORWARD else 0
    if unit == Unit.WEEKEND:
        _weekend(mention, anchor, rel, moved, ctx)
    elif unit == Unit.QUARTER:
        _quarter(mention, anchor, rel, moved, ctx)
    elif unit in (Unit.DECADE, Unit.CENTURY):
        size = 10 if unit == Unit.DECADE else 100
        number = anchor.year // size + moved
        mention.reading = Reading(Grain.DECADE, decade=number) if unit == Unit.DECADE else Reading(Grain.CENTURY, century=number)
        interval = timex.years_interval(number * size, number * size + size - 1)
        mention.interval = timex.narrow(interval, mention.stated.modifier) if unit == Unit.DECADE else interval
    elif unit == Unit.HALF:
        half = 1 if anchor.month <= 6 else 2
        year, half = divmod(anchor.year * 2 + half - 1 + moved, 2)
        mention.reading = Reading(Grain.HALF, year, half=half + 1)
        mention.interval = timex.half_interval(year, half + 1)
    else:
        if unit == Unit.WEEK and rel in (Rel.THE_PAST, Rel.THE_LAST) and mention.stated.modifier is None:
            moved = -1
        shift(mention, anchor, unit, moved)
        mention.interval = timex.narrow(mention.interval, mention.stated.modifier)


def _weekend(mention: Mention, anchor: date, rel: Rel, moved: int, ctx: Context) -> None:
    weeks = moved
    if rel == Rel.THE or rel == Rel.THIS and anchor.weekday() < 5:
        tense = ctx.tense(mention)
        ahead = tense is Tense.FUTURE or ctx.words.PRESENT_LOOKS_AHEAD and (
            tense is Tense.PRESENT or rel == Rel.THIS and tense is not Tense.PAST)  # "este fin de semana", as "este lunes"
        if not ahead and anchor.weekday() < 5:
            weeks -= 1
    saturday = timex.add_days(anchor, 5 - anchor.weekday() + 7 * weeks)
    if saturday is not None:
        iso_year, week, _ = saturday.isocalendar()
        mention.reading = Reading(Grain.WEEKEND, iso_year, week=week)
        mention.interval = timex.weekend_interval(saturday)


def _quarter(mention: Mention, anchor: date, rel: Rel, moved: int, ctx: Context) -> None:
    reported = rel in _REPORTED or rel == Rel.THIS and ctx.tense(mention) is not Tense.FUTURE
    last = ctx.reported_quarter(mention) if reported else None
    if last is not None:
        mention.reading, mention.interval, mention.quarter = last.reading, last.interval, last.quarter
        mention.anchor_mention = last.index
        return
    if rel in (Rel.THE, Rel.THE_LATEST):
        moved = -1
    year, quarter = timex.add_quarters(anchor.year, timex.quarter_of(anchor), moved)
    set_quarter(mention, year, quarter)
    mention.interval = timex.narrow(mention.interval, mention.stated.modifier)


def _year_ended(mention: Mention, ctx: Context) -> None:
    """"the year ended Dec. 31": the (fiscal) year that ended on that day (resolved first)."""
    ended = ctx.ended_day(mention)
    end = ended.interval.last if ended is not None and ended.interval is not None else None
    if end is None:
        return
    mention.reading = Reading.in_year(end.year)
    start = timex.shift_years(end, -1)
    mention.interval = timex.ordinal_interval(start.toordinal() + 1, end.toordinal()) if start else None
