"""DC204 relative-date-conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..messages import N_
from ..model import Interval, Kind, Mention, Severity, Suggestion
from ..style import date_like, weekday_like
from ..timex import safe_date, unit_interval
from .base import CheckContext, Rule, Violation

_RELATIVE_KINDS = frozenset({"relative", "relunit", "anaphoric", "weekday"})
_YEARS = {"year": 1, "decade": 10}
_WEEK_DAYS = 7


def shift_years(day: date, years: int) -> date | None:
    return safe_date(day.year + years, day.month, min(day.day, 28) if day.month == 2 and day.day == 29 else day.day)


def value_interval(mention: Mention) -> Interval | None:
    """The whole calendar unit a relative mention names ("this month" -> the month), before any
    early/late narrowing: a date anywhere in it agrees with the expression."""
    return unit_interval(mention.reading, mention.interval)


class RelativeDateConflict(Rule):
    """A relative expression and the date written with it disagree.

    What it does:
        Resolves "last night", "three days ago", "tomorrow", "last Monday", "earlier this month"
        against the publication date (or the date the narrative has moved to) and compares the
        result with the explicit date the text ties to it: "last night, Sept. 8", "three days ago,
        on Nov. 2", "tomorrow, Feb. 4", "last Monday, Oct. 6", "earlier this month, on Sept. 28";
        and a relative day set beside a weekday: "on Monday, yesterday," in a Wednesday story.

    Why is this bad?
        The two cannot both be right; relative words are often left over from an earlier draft
        or a story re-run a day later.

    Example:
        (published Sept. 11, 2025) The fire started last night, Sept. 8.

    Use instead:
        The fire started last night, Sept. 10.   (or: on Monday night, Sept. 8)

    Fixes:
        Changing the date (or the weekday) to what the relative phrase means is safe when the
        phrase counts from the publication date or a date line, and unsafe when it counts from a
        date the story gave earlier (where the narrative stands is an inference).
    """

    code = "DC204"
    name = "relative-date-conflict"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        yield from self._against_dates(ctx)
        yield from weekday_appositions(ctx)

    def _against_dates(self, ctx: CheckContext) -> Iterator[Violation]:
        for relative in ctx.of_kind(*sorted(_RELATIVE_KINDS)):
            if relative.linked is None or relative.anchor is None:
                continue
            if relative.kind == "weekday" and relative.rel is None:
                continue  # a plain weekday against its date is DC101's question
            dated = ctx.mention_at(relative.linked)
            if dated is None or dated.kind != "calendar" or not dated.valid or dated.stated.day is None:
                continue
            if "date-line" in dated.flags:
                continue  # "Today: Dec 25, 2024" labels the day a page was shown, it states nothing
            day = dated.resolved_date
            interval = _years_back(ctx, relative, value_interval(relative))
            if day is None or interval is None:
                continue
            agrees = interval.first <= day <= interval.last
            words = ctx.low[relative.start:relative.end]
            if agrees and words.startswith(ctx.cues.EARLIER) and day > relative.anchor:
                agrees = False
            if agrees and words.startswith(ctx.cues.LATER) and day < relative.anchor:
                agrees = False
            if agrees:
                continue
            phrase = ctx.text[relative.start:relative.end]
            written = ctx.text[dated.start:dated.end]
            if interval.first == interval.last:
                meaning = ctx.short_day(interval.first)
            else:
                meaning = ctx.say("{first} to {last}", first=ctx.short_day(interval.first),
                                  last=ctx.short_day(interval.last))
            source = ctx.say({"mention": N_("the date the story last gave"), "dateline": N_("the date line above it")}.get(
                relative.anchor_source or "", N_("the publication date")
            ))
            suggestions = []
            if interval.first == interval.last:
                suggestions.append(Suggestion(
                    dated.start, dated.end, date_like(written, interval.first, order=dated.stated.numeric_order, lang=ctx.lang),
                    ctx.say("Change the date to what '{phrase}' means", phrase=phrase),
                    unsafe=relative.anchor_source == "mention",  # counted from a day the narrative was read to be at
                ))
            yield Violation(
                dated.start,
                dated.end,
                ctx.say("'{phrase}' means {meaning} (counted from {source}, {anchor}), but the date written with "
                        "it is {date}", phrase=phrase, meaning=meaning, source=source,
                        anchor=ctx.short_day(relative.anchor), date=written),
                (ctx.related(relative, ctx.say("'{phrase}' = {meaning}", phrase=phrase, meaning=meaning)),),
                tuple(suggestions),
            )


def weekday_appositions(ctx: CheckContext) -> Iterator[Violation]:
    """A relative day set beside a weekday ("on Monday, yesterday," in a story of a Wednesday):
    the day it counts to must be that weekday."""
    mentions = ctx.mentions
    for i, relative in ctx.positions_of(Kind.RELATIVE):
        interval = relative.interval
        if interval is None or interval.first != interval.last \
                or relative.anchor is None or relative.stated.vague_offset or "approximate" in relative.flags:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(mentions):
                continue
            weekday = mentions[j]
            if weekday.kind != "weekday" or weekday.rel is not None or weekday.linked is not None \
                    or weekday.stated.weekday is None:
                continue
            first, second = (weekday, relative) if j < i else (relative, weekday)
            if not ctx.cues.DAY_APPOSITION_GAP.match(ctx.low[first.end:second.start]) \
                    or not ctx.cues.DAY_APPOSITION_END.match(ctx.low, second.end):
                continue
            day = interval.first
            if day.weekday() == weekday.stated.weekday:
                continue
            phrase, named = ctx.text[relative.start:relative.end], ctx.text[weekday.start:weekday.end]
            right = ctx.weekday_name(day.weekday())
            source = ctx.say(N_("the date the story last gave") if relative.anchor_source == "mention"
                             else N_("the publication date"))
            yield Violation(
                first.start, second.end,  # the pair: either side may be the one to change
                ctx.say("'{phrase}' means {day}, a {weekday} (counted from {source}, {anchor}), but the weekday "
                        "written with it is {named}", phrase=phrase, day=ctx.short_day(day), weekday=right,
                        source=source, anchor=ctx.short_day(relative.anchor), named=named),
                (ctx.related(relative, ctx.say("'{phrase}' = {meaning}", phrase=phrase, meaning=ctx.short_day(day))),),
                (Suggestion(weekday.start, weekday.end, weekday_like(named, day.weekday(), ctx.lang),
                            ctx.say("Change the weekday to {weekday}", weekday=right),
                            unsafe=relative.anchor_source == "mention"),),  # counted from the narrative's day
            )


def _years_back(ctx: CheckContext, relative: Mention, interval: Interval | None) -> Interval | None:
    """"Ten years ago this week": the week (day, month) that many years back, when a count of years
    ago stands right before the relative word (or the language's word between: "vor zehn Jahren in
    dieser Woche"). An anniversary week is the week either side of the day it is told on, not the
    calendar week: "Ten years ago this week, on May 2" in a story of Tuesday, May 6, is the Friday
    before."""
    if interval is None or relative.index < 1:
        return interval
    before = ctx.mentions[relative.index - 1]
    offset = before.stated.offset
    if before.kind != "relative" or offset is None or offset[0] not in _YEARS or offset[1] >= 0 \
            or before.stated.vague_offset or ctx.low[before.end:relative.start].strip() not in ctx.cues.YEARS_BACK_LINKS:
        return interval
    years = offset[1] * _YEARS[offset[0]]
    if (interval.last - interval.first).days == _WEEK_DAYS - 1 and relative.anchor is not None:
        interval = Interval(relative.anchor - timedelta(days=_WEEK_DAYS - 1), relative.anchor + timedelta(days=_WEEK_DAYS - 1))
    first, last = shift_years(interval.first, years), shift_years(interval.last, years)
    return Interval(first, last) if first is not None and last is not None else None
