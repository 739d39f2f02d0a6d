"""Holidays: "Christmas Eve", "last Thanksgiving", "Easter 2024", "Christmas week"."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..holiday import holiday_date
from ..model import Flag, Grain, Mention, Reading, Rel, Tense
from .context import Context

_LAST = frozenset({Rel.LAST, Rel.THIS_PAST})
_NEXT = frozenset({Rel.NEXT, Rel.THIS_COMING})
_UNKNOWN_DAY = Reading(Grain.DAY)


def _on(key: str, year: int, country: str, lang: str = "en") -> date | None:
    return holiday_date(key, year, country, lang) if 1 <= year <= 9999 else None


def resolve_holiday(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    assert st.holiday is not None
    if st.year is not None:
        mention.anchor = None
        day = _on(st.holiday, st.year, ctx.country, ctx.lang)
    elif anchor is None:
        mention.reading = _UNKNOWN_DAY
        return
    else:
        days = [d for d in (_on(st.holiday, y, ctx.country, ctx.lang) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
        if not days:
            mention.reading = _UNKNOWN_DAY
            return
        day = _nearest(mention, days, anchor, ctx)
    if day is None:
        mention.reading = _UNKNOWN_DAY
        mention.assumptions = (ctx.words.no_holiday(st.holiday, ctx.country),)
        return
    if Flag.WEEK_OF in mention.flags:
        mention.reading, mention.interval = Reading.in_week(day), timex.week_interval(day)
        return
    mention.reading = Reading.on_day(day)
    mention.interval = timex.day_interval(day)


def _nearest(mention: Mention, days: list[date], anchor: date, ctx: Context) -> date:
    """Of the holiday's days in the years around the anchor, the one meant."""
    rel = mention.rel
    if rel in _LAST:
        return max((d for d in days if d < anchor), default=days[0])
    if rel in _NEXT:
        return min((d for d in days if d > anchor), default=days[-1])
    if rel == Rel.THIS:
        return next((d for d in days if d.year == anchor.year), days[0])
    days = sorted(days, key=lambda d: abs((d - anchor).days))
    day = days[0]
    if len(days) > 1 and abs(abs((days[1] - anchor).days) - abs((day - anchor).days)) < 45:
        tense = ctx.tense(mention)
        if tense is Tense.FUTURE and day < anchor or tense is Tense.PAST and day > anchor:
            day = days[1]
    return day
