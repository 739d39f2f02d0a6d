"""Weekdays: "Tuesday", "last Tuesday", "the following Tuesday", "Tuesday, Dec. 3".

A bare weekday is the one in the week around the anchor: past tense the latest on or before it,
future tense the next on or after it, the other kept as an alternative. A weekday written beside a
date is that date when they agree (the date is resolved first)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .. import timex
from ..model import Grain, Interval, Kind, Mention, Reading, Rel, Tense, Unit
from .context import Context

_NARRATIVE = frozenset({Rel.THE_PREVIOUS, Rel.THE_FOLLOWING, Rel.THE_NEXT})
_BACK = frozenset({Rel.LAST, Rel.PAST, Rel.THIS_PAST, Rel.THE_PREVIOUS})
_AHEAD = frozenset({Rel.NEXT, Rel.COMING, Rel.THIS_COMING, Rel.THE_FOLLOWING, Rel.THE_NEXT})
# looked up once (an enum member costs a lookup on its class each time)
_FUTURE, _PRESENT, _RELATIVE = Tense.FUTURE, Tense.PRESENT, Kind.RELATIVE


def tied_to(mention: Mention, ctx: Context) -> Mention | None:
    """The date written right beside a weekday ("Tuesday, Dec. 3", "Aug. 8, 1925, a Saturday"), which
    must be resolved first (one before it is already)."""
    if mention.linked is None or mention.linked == mention.index or mention.rel is not None:
        return None
    other = ctx.mentions[mention.linked]
    if other.stated.month is None or other.stated.day is None or other.kind != Kind.CALENDAR:
        return None
    return other


def resolve_weekday(mention: Mention, anchor: date | None, ctx: Context) -> None:
    rel = mention.rel
    if rel is not None and rel in _NARRATIVE:
        anchor, mention.anchor_source = ctx.narrative_anchor(mention)
        mention.anchor = anchor
    if anchor is None:
        mention.reading = Reading(Grain.WEEK, weekday=mention.stated.weekday)
        return
    tied = tied_to(mention, ctx) if mention.linked is not None else None
    if tied is not None:
        day = tied.resolved_date
    elif mention.index > 0 and ctx.mentions[mention.index - 1].kind == _RELATIVE:
        day = _day_word_before(mention, ctx)
    else:
        day = None
    weekday = mention.stated.weekday
    assert weekday is not None
    if day is not None and day.weekday() == weekday:
        mention.reading = Reading.on_day(day)
        mention.interval = timex.day_interval(day)
        mention.anchor_mention = mention.linked
        return
    if rel is None:  # most weekdays: "on Tuesday"
        words = ctx.words
        tense = _possessive_tense(mention, ctx) if ctx.low.startswith(words.POSSESSIVE, mention.end) else None
        if tense is None:
            tense = ctx.tense(mention)
        ahead = tense is _FUTURE or tense is _PRESENT and words.PRESENT_LOOKS_AHEAD  # "el concierto es el sábado"
        found = _bare(anchor, weekday, ahead)
        if found is None:  # beyond the calendar
            return
        mention.reading, mention.interval, alternatives = found
        if alternatives:
            mention.alternatives = alternatives
        return
    chosen, other = _choose(mention, anchor, rel, ctx)
    if chosen is None:  # beyond the calendar
        return
    mention.reading = Reading.on_day(chosen)
    mention.interval = timex.day_interval(chosen)
    if other is not None and other != chosen:
        mention.alternatives = _alternative(other)


@lru_cache(maxsize=4096)  # a story's bare weekdays are read from a few anchors: a handful of keys
def _bare(anchor: date, weekday: int, ahead: bool) -> tuple[Reading, Interval, tuple[str, ...]] | None:
    """The reading of a bare weekday read from `anchor`, its day and its alternatives (none, or
    the other day it could be): the next one on or after the anchor when the clause looks
    `ahead`, else the latest on or before it. None beyond the calendar."""
    _, _, before, after = _week_around(anchor, weekday)
    chosen, other = (after, before) if ahead else (before, after)
    if chosen is None:
        return None
    alternatives = _alternative(other) if other is not None and other != chosen else ()
    return Reading.on_day(chosen), timex.day_interval(chosen), alternatives


def _day_word_before(mention: Mention, ctx: Context) -> date | None:
    """The day a day word right before the weekday names ("mañana, viernes", "ayer miércoles",
    "heute, Dienstag"): the weekday in apposition is that day when they agree."""
    previous = ctx.previous(mention)
    if previous is None or previous.kind != Kind.RELATIVE or mention.rel is not None:
        return None
    offset = previous.stated.offset
    if offset is None or offset[0] != Unit.DAY or ctx.low[previous.end:mention.start].strip(" ,") != "":
        return None
    return previous.resolved_date


def _choose(mention: Mention, anchor: date, rel: Rel, ctx: Context) -> tuple[date | None, date | None]:
    """The weekday meant with `rel` ("last", "next", "this" ...), and the other one it could be."""
    weekday = mention.stated.weekday
    assert weekday is not None
    back, forward, before, after = _week_around(anchor, weekday)
    if rel in _BACK:
        chosen = before if back else timex.add_days(anchor, -7)
        return chosen, timex.add_days(chosen, -7) if rel == Rel.LAST and back <= 1 and chosen else None
    if rel in _AHEAD:
        chosen = after if forward else timex.add_days(anchor, 7)
        return chosen, timex.add_days(chosen, 7) if rel == Rel.NEXT and chosen else None
    if rel == Rel.THIS:
        chosen = before if ctx.tense(mention) is Tense.PAST else after
        return chosen, after if chosen == before else before
    tense = _possessive_tense(mention, ctx) or ctx.tense(mention)
    chosen, other = (after, before) if tense is _FUTURE else (before, after)
    return chosen, None if chosen == other else other


@lru_cache(maxsize=4096)  # most weekdays of a story are read from a few anchors: a handful of pairs
def _week_around(anchor: date, weekday: int) -> tuple[int, int, date | None, date | None]:
    """Days back to the latest `weekday` on or before `anchor` (0 = the anchor), days on to the
    next one on or after it, and those two days (None beyond the calendar)."""
    anchor_weekday = anchor.weekday()
    back = (anchor_weekday - weekday) % 7
    forward = (weekday - anchor_weekday) % 7
    return back, forward, timex.add_days(anchor, -back), timex.add_days(anchor, forward)


@lru_cache(maxsize=4096)
def _alternative(day: date) -> tuple[str]:
    """`day` as a mention's one alternative reading (the same days come back again and again)."""
    return (day.isoformat(),)


def _possessive_tense(mention: Mention, ctx: Context) -> Tense | None:
    """"Wednesday's ruling", "Friday's close": a day reported on, whatever the verb of the
    sentence; "Saturday's game will decide" looks ahead."""
    words = ctx.words
    if not ctx.low.startswith(words.POSSESSIVE, mention.end):
        return None
    following = ctx.low[mention.end + 3:mention.end + 60].split()[:4]
    if words.POSSESSIVE_FUTURE & set(following) or (
        words.POSSESSIVE_COPULA & set(following) and words.POSSESSIVE_SCHEDULED & set(following)
    ):
        return Tense.FUTURE
    mention.tense = Tense.PAST.value
    return Tense.PAST
