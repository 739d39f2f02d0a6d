"""A month named without a day: "in March" (its nearest sensible year) and "last March", "next
June", "June of last year" (placed by the word before it)."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Kind, Mention, Reading, Rel, Tense
from .context import Context

#: A month this close to the anchor is taken whatever the tense (as for a month-day).
NEAR_DAYS = 60

_LAST = frozenset({Rel.LAST, Rel.THIS_PAST, Rel.THE_PREVIOUS})
_NEXT = frozenset({Rel.NEXT, Rel.THIS_COMING, Rel.THE_FOLLOWING})
_YEAR_SHIFT = {Rel.LAST_YEAR: -1, Rel.NEXT_YEAR: 1, Rel.THIS_YEAR: 0}


def nearest_month_year(month: int, anchor: date, mention: Mention, ctx: Context) -> int:
    """A month named alone: the last such month for a clause in the past tense, the next one for
    the future; in the present, where the language says so, the one in the anchor's year; with no
    tense, the last one unless it is at most two months ahead. A month within
    NEAR_DAYS of the anchor is taken whatever the tense."""
    near = [
        (interval.days_from(anchor), year)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (interval := timex.month_interval(year, month)) is not None
    ]
    if near and min(near)[0] <= NEAR_DAYS:
        return min(near)[1]
    listed = _listed_after(mention, ctx)
    if listed is not None:  # "Italy in November, Mexico in January, Magi-Fest in February": onward
        return listed.year if month >= listed.month else listed.year + 1
    diff = month - anchor.month  # in months, same year
    tense = ctx.tense(mention)
    if tense is Tense.PAST:
        return anchor.year if diff <= 0 else anchor.year - 1
    if tense is Tense.FUTURE:
        return anchor.year if diff >= 0 else anchor.year + 1
    if tense is Tense.PRESENT and ctx.words.PRESENT_MONTH_THIS_YEAR:
        return anchor.year  # "en noviembre se celebra la feria", "el IPC de febrero es": this year's
    if diff < -9:
        return anchor.year + 1  # "January" in a story of late December
    return anchor.year if diff <= 2 else anchor.year - 1


def _listed_after(mention: Mention, ctx: Context) -> date | None:
    """The month before this one in a list of months ("in November, ... in January"): the first
    day of the month the previous item resolved to, when the two are close in one sentence."""
    previous = ctx.previous(mention)
    if previous is None:
        return None
    st = previous.stated
    if previous.kind != Kind.CALENDAR or st.month is None or st.day is not None or previous.interval is None:
        return None
    gap = ctx.low[previous.end:mention.start]
    if len(gap) > 50 or "," not in gap and ctx.words.LIST_JOINER not in gap or any(mark in gap for mark in ".;!?\n"):
        return None
    return previous.interval.first


def resolve_relative_month(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    assert st.month is not None
    rel = mention.rel
    if anchor is None:
        mention.reading = Reading.in_month(None, st.month)
        mention.anchor = None
        return
    if rel in _LAST:
        year = anchor.year if st.month < anchor.month - 1 else anchor.year - 1
    elif rel == Rel.PAST:  # "septiembre pasado", "im vergangenen September": the latest before the anchor's month
        year = anchor.year if st.month < anchor.month else anchor.year - 1
    elif rel in _YEAR_SHIFT:
        year = anchor.year + _YEAR_SHIFT[rel]
    elif rel in _NEXT:
        year = anchor.year if st.month > anchor.month else anchor.year + 1
    else:  # "this September": the one in the anchor's year
        year = anchor.year
    mention.reading = Reading.in_month(year, st.month)
    mention.interval = timex.narrow(timex.month_interval(year, st.month), st.modifier)
