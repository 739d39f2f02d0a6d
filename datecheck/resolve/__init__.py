"""Mentions + the publication date -> readings (the calendar unit each names, typed), calendar
interval, anchor, alternatives and assumptions, one pure function per kind of mention; the TIMEX3
value strings are written from the readings once all are resolved, for output only.

News conventions (AP style):

* relative expressions anchor to the publication date, or to the date of the section they stand
  in (a line that is only a date starts a dated section: datelines, live-blog entries, teasers);
* "two days later", "the next day", "a year earlier" anchor to the last date the story named;
* a month-day with no year is its occurrence nearest the anchor; tense only breaks near-ties;
* a bare weekday is the one in the week around the anchor: past tense the latest on or before
  it, future tense the next on or after it, the other kept as an alternative.

Both questions about anchors are answered by the document's `Timeline`. Mentions are resolved in
text order, except that a mention that reads another one's reading comes after it: the date a
weekday is written with ("Tuesday, Dec. 3"), the day "the day after" points to, the day a period
is said to end on ("the quarter ended Sept. 30"). No mention is changed once resolved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from .. import timex
from ..lang import language
from ..model import Flag, Kind, Mention, Span
from ..text import segments_of
from ..timeline import Timeline
from .calendar import resolve_calendar
from .context import Context
from .decade import resolve_century, resolve_decade
from .holiday import resolve_holiday
from .quarter import reports_quarter, resolve_quarter
from .ref import duration_value, resolve_duration, resolve_ref
from .relative import resolve_anaphoric, resolve_relative
from .season import resolve_season
from .units import resolve_relunit
from .weekday import resolve_weekday, tied_to

__all__ = ["RESOLVERS", "duration_value", "resolve", "resolve_with_timeline"]

Resolver = Callable[[Mention, date | None, Context], None]

RESOLVERS: dict[Kind, Resolver] = {
    Kind.CALENDAR: resolve_calendar,
    Kind.WEEKDAY: resolve_weekday,
    Kind.RELATIVE: resolve_relative,
    Kind.ANAPHORIC: resolve_anaphoric,
    Kind.RELUNIT: resolve_relunit,
    Kind.QUARTER: resolve_quarter,
    Kind.SEASON: resolve_season,
    Kind.DECADE: resolve_decade,
    Kind.CENTURY: resolve_century,
    Kind.HOLIDAY: resolve_holiday,
    Kind.REF: resolve_ref,
    Kind.DURATION: resolve_duration,
    Kind.AGE: resolve_duration,
}


def resolve(
    mentions: list[Mention],
    text: str,
    low: str,
    published: date | None,
    *,
    date_order: str = "MDY",
    country: str = "US",
    lang: str = "en",
) -> list[Mention]:
    """Fill in value, interval, anchor, alternatives and assumptions of each mention, in place."""
    resolve_with_timeline(mentions, text, low, published, date_order=date_order, country=country, lang=lang)
    return mentions


def resolve_with_timeline(
    mentions: list[Mention],
    text: str,
    low: str,
    published: date | None,
    *,
    date_order: str = "MDY",
    country: str = "US",
    lang: str = "en",
    published_span: Span | None = None,
) -> Timeline:
    """`resolve`, returning the document's timeline as it was built while resolving (the one the
    rules read: `published_span`, where the publication date is written, tells its own date line
    from a foreign one)."""
    timeline = Timeline(published, published_span)
    ctx = Context(
        text, low, mentions, timeline, language(lang).resolve, date_order, country, lang, segments_of(low, lang)
    )
    done = [False] * len(mentions)
    for mention in mentions:
        index = mention.index
        if done[index]:
            continue
        done[index] = True
        # a weekday depends on nothing unless it is written with another mention (most are not)
        if mention.kind != _WEEKDAY or mention.linked is not None:
            depends_on = _depends_on(mention, ctx)
            if depends_on is not None and not done[depends_on.index]:
                for earlier in _in_dependency_order(depends_on, ctx, done):
                    _resolve_one(earlier, ctx)
        _resolve_one(mention, ctx)
    _link_ranges(mentions)
    _write_values(mentions)
    if ctx.words.PART_OF_DAY_IN_VALUE:
        _part_of_day_values(mentions)
    return timeline


def _write_values(mentions: list[Mention]) -> None:
    """The output edge: TIMEX3 values, written once from the readings. Mentions share readings
    (a day read again and again): each reading is written once, looked up by its identity, which
    is its own while the mentions hold it."""
    value = timex.timex_value
    written: dict[int, str] = {}
    for mention in mentions:
        reading = mention.reading
        found = written.get(id(reading))
        if found is None:
            found = written[id(reading)] = value(reading)
        mention.value = found


def _part_of_day_values(mentions: list[Mention]) -> None:
    """"esta noche" -> "2024-09-18TNI": a day said with its part of the day, in a language whose
    values carry it."""
    for mention in mentions:
        part = mention.stated.part_of_day
        if part is not None and len(mention.value) == 10 and mention.value[4] == "-":
            mention.value += "T" + part


# the kinds, looked up once (an enum member costs an attribute lookup on its class each time)
_WEEKDAY, _ANAPHORIC, _QUARTER, _RELUNIT = Kind.WEEKDAY, Kind.ANAPHORIC, Kind.QUARTER, Kind.RELUNIT
_OF_NEXT = Flag.OF_NEXT


def _depends_on(mention: Mention, ctx: Context) -> Mention | None:
    """The later mention whose reading this one reads, if any."""
    kind = mention.kind
    if kind == _WEEKDAY:
        return tied_to(mention, ctx)
    if kind == _ANAPHORIC and _OF_NEXT in mention.flags:
        return ctx.following(mention)
    if kind == _QUARTER or kind == _RELUNIT:
        return ctx.ended_day(mention)
    return None


def _in_dependency_order(mention: Mention, ctx: Context, done: list[bool]) -> Iterator[Mention]:
    """`mention` and the mentions it depends on, each before the ones that read it, skipping the
    ones already resolved."""
    chain = []
    current: Mention | None = mention
    while current is not None and not done[current.index]:
        done[current.index] = True
        chain.append(current)
        current = _depends_on(current, ctx)
    return reversed(chain)


def _resolve_one(mention: Mention, ctx: Context) -> None:
    timeline = ctx.timeline
    anchor, source = timeline.anchor_at(mention.start)
    mention.anchor, mention.anchor_source = anchor, source
    kind = mention.kind
    RESOLVERS[kind](mention, anchor, ctx)
    if mention.anchor is None:
        mention.anchor_source = None
    timeline.note(mention)
    if kind == _QUARTER and reports_quarter(mention, anchor, ctx):
        timeline.note_quarter(mention)


def _link_ranges(mentions: list[Mention]) -> None:
    for mention in mentions:
        if mention.range_role == "start" and mention.index + 1 < len(mentions):
            partner = mentions[mention.index + 1]
            mention.range_partner, partner.range_partner = partner.index, mention.index
