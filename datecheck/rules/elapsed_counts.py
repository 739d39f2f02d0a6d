"""Two more spans of years elapsed-time-mismatch reads, each a count of years set beside the years
that bound it:

* a range of years and the count it spans, set off after it: "from 1998 to 2010, 12 years in
  all", "between 2001 and 2009 -- eight years --", "1930-1936, a span of six years";
* a span that ends now, "after N years", and the year it began in its sentence: "retires this week
  after 25 years; she joined in 2001", "closes after 30 years, having opened in 1996".

A count may be off by one either way (the months are not written, and a count of seasons or of
straight years takes both ends in), and must be exact ("about", "nearly" turn it off).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Kind, Mention, Tense
from ..tense.reading import read
from .base import CheckContext, Violation
from .elapsed_spans import _exact, _year, _years_of

#: What may be off in a count of years: the months of both ends are not written.
_SLACK = 1
#: How far from a count its sentence is read (a table without sentence ends is one long sentence).
_REACH = 400
#: Kinds of mentions that say when a sentence is told, not what a span counts from.
_NOW_KINDS = frozenset({Kind.RELUNIT, Kind.RELATIVE, Kind.WEEKDAY, Kind.REF})


def range_counts(ctx: CheckContext) -> Iterator[Violation]:
    """"from 1998 to 2010, 15 years in all": the count set off after a range of years."""
    mentions = ctx.mentions
    for i, first in enumerate(mentions):
        if first.range_role != "start" or _year(first) is None or i + 2 >= len(mentions):
            continue
        last, duration = mentions[i + 1], mentions[i + 2]
        if last.range_role != "end" or _year(last) is None or duration.kind != Kind.DURATION:
            continue
        years = _years_of(duration)
        if years is None or years[0] != "year" or not _exact(ctx, duration):
            continue
        if not ctx.cues.RANGE_COUNT_GAP.match(ctx.low[last.end:duration.start]) \
                or not ctx.cues.RANGE_COUNT_END.match(ctx.low, duration.end):
            continue  # "from 2001 to 2009, 12 years after the war": the count is another thing's
        actual = (_year(last) or 0) - (_year(first) or 0)
        if actual <= 0 or abs(actual - years[1]) <= _SLACK:
            continue
        yield Violation(
            duration.start, duration.end,
            ctx.say("'{phrase}' does not fit the years written before it: {first} to {last} is {n} years",
                    phrase=ctx.text[duration.start:duration.end], first=ctx.text[first.start:first.end],
                    last=ctx.text[last.start:last.end], n=actual),
            (ctx.related(last, ctx.say("the year it ends")), ctx.related(first, ctx.say("the year it counts from"))),
        )


def spans_to_now(ctx: CheckContext) -> Iterator[Violation]:
    """"retires this week after 25 years; she joined in 1996": a span told as ending now, and the one
    year in its sentence that begins it ("joined in", "opened in"), counted to the story's date."""
    for duration in ctx.mentions:
        if duration.kind != Kind.DURATION or not ctx.cues.AFTER_COUNT_BEFORE.search(
                ctx.low, max(0, duration.start - 12), duration.start):
            continue
        years = _years_of(duration)
        now = ctx.now_at(duration.start)
        if years is None or years[0] != "year" or now is None or not _exact(ctx, duration):
            continue
        began, ends = _began(ctx, duration)
        if began is None or not (ends or _told_now(ctx, duration)):
            continue
        actual = (ends or now.year) - (_year(began) or 0)
        if actual <= 0 or abs(actual - years[1]) <= _SLACK:
            continue
        yield Violation(
            duration.start, duration.end,
            ctx.say("'{phrase}' does not fit {date}: counted from {now} that was {years} years ago",
                    phrase=ctx.text[duration.start:duration.end], date=ctx.text[began.start:began.end],
                    now=now.isoformat() if not ends else ends, years=actual),
            (ctx.related(began, ctx.say("the year it counts from")),),
        )


def _began(ctx: CheckContext, duration: Mention) -> tuple[Mention | None, int | None]:
    """The one year written in the sentence of `duration` when words right before it say the span's
    subject began then ("she joined in 1996", "having opened in 1990"), and the year of a day named
    without its year before the count in its clause, where the span ends ("will retire in June after
    20 years"); no year when the sentence writes any other date (the span may end there: "retired
    in 2010 after 25 years") or none."""
    start, end = ctx.sentence_bounds(duration.start)
    start, end = max(start, duration.start - _REACH), min(end, duration.end + _REACH)  # a sentence without ends
    clause_start = duration.start - len(ctx.before(duration.start, 120, clause=True))
    began, ends = None, None
    for other in ctx.mentions_starting(start, end):
        if other is duration or other.kind in _NOW_KINDS or other.kind in (Kind.DURATION, Kind.AGE):
            continue
        if clause_start <= other.start < duration.start and other.stated.year is None and other.interval is not None:
            ends = other.interval.last.year  # "will retire in June": read from the story's date
            continue
        if began is not None or _year(other) is None or other.range_role is not None:
            return None, None
        began = other
    if began is None or not ctx.cues.BEGAN_IN.search(ctx.low, max(0, began.start - 60), began.start):
        return None, None
    return began, ends


def _told_now(ctx: CheckContext, duration: Mention) -> bool:
    """Whether the words before "after N years" in its clause tell the span as ending now: a verb in
    the present or the future ("retires", "is closing", "will step down"), or a day counted from the
    story's date ("this week", "Friday", "today")."""
    before = ctx.before(duration.start, 120, clause=True)
    start = duration.start - len(before)
    for other in ctx.mentions_starting(start, duration.start):
        if other.kind in _NOW_KINDS and other.anchor_source != "mention":
            return True
    return read(before, "", ctx.lang) in (Tense.PRESENT, Tense.FUTURE)
