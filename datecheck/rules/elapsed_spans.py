"""The spans of years elapsed-time-mismatch reads besides "25 years ago" next to a year.

* a narrative shift with the year it lands on: "in 1996. Twenty years later, in 2012" (16);
* a count up to now and the year it counts from: "It has been 18 years since the drive-in closed in
  2001" (21 in 2022);
* a span ending at a year, from the one year before it in the paragraph: "built in 1931 ... torn down
  in 1980, after 45 years" (49).

Each count must be exact ("about", "nearly" and the like turn it off), and each year a year alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..model import Flag, Kind, Mention
from .base import CheckContext, Violation, whole_years_since

UNIT_YEARS = {"year": 1, "decade": 10, "century": 100}
TOLERANCE = {"year": 0, "decade": 2, "century": 10}
#: The kinds of mentions that write a date (not a count of time, not an age).
_DATES = tuple(kind for kind in Kind if kind not in (Kind.DURATION, Kind.AGE))


def _year(mention: Mention) -> int | None:
    """The year a mention writes alone ("1996", "in 2012"), else None."""
    st = mention.stated
    return st.year if mention.kind == Kind.CALENDAR and st.year is not None and st.month is None else None


def _exact(ctx: CheckContext, mention: Mention) -> bool:
    words = ctx.low[mention.start:mention.end]
    return not (ctx.cues.APPROXIMATE_BEFORE.search(ctx.low[max(0, mention.start - 20):mention.start])
                or ctx.cues.APPROXIMATE_START.match(words) or mention.stated.vague_offset)


def _years_of(mention: Mention) -> tuple[str, int] | None:
    offset = mention.stated.offset
    if offset is None or offset[0] not in UNIT_YEARS:
        return None
    return offset[0], offset[1] * UNIT_YEARS[offset[0]]


def narrative_shifts(ctx: CheckContext) -> Iterator[Violation]:
    """"Twenty years later, in 2012" after 1996: the shift and the year it lands on must agree."""
    mentions = ctx.mentions
    for i, rel in ctx.positions_of(Kind.RELATIVE):
        if Flag.NARRATIVE not in rel.flags or rel.anchor_source != "mention":
            continue
        years = _years_of(rel)
        if years is None or rel.anchor is None or not _exact(ctx, rel):
            continue
        for other in (mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None):
            if other is None or _year(other) is None:
                continue
            gap = ctx.prose[min(rel.end, other.end):max(rel.start, other.start)]
            if len(gap) > 12 or not ctx.cues.ELAPSED_GAP.match(gap):
                continue
            landed, start = _year(other), rel.anchor.year
            assert landed is not None
            if other.start < rel.start and other.interval is not None and other.interval.first == rel.anchor:
                # "in 2021, 53 years later": the year before is where it lands; it counts from the one before that
                named = ctx.timeline.last_named(other.start, "year")
                if named is None or named.interval is None:
                    break
                start = named.interval.first.year
            actual = landed - start
            if abs(actual - years[1]) <= TOLERANCE[years[0]]:
                continue
            fields = {"phrase": ctx.text[rel.start:rel.end], "year": ctx.text[other.start:other.end], "start": start,
                      "n": abs(actual)}
            if actual >= 0:
                message = ctx.say("'{phrase}' does not fit {year}: counted from {start} that is {n} years later", **fields)
            else:
                message = ctx.say("'{phrase}' does not fit {year}: counted from {start} that is {n} years earlier",
                                  **fields)
            yield Violation(rel.start, rel.end, message, (ctx.related(other, ctx.say("the year written with it")),))
            break


def counts_since(ctx: CheckContext) -> Iterator[Violation]:
    """"It has been 18 years since ... in 2001": the count up to now and the year it counts from."""
    for duration in ctx.of_kind(Kind.DURATION):
        since = ctx.cues.SINCE_AFTER.match(ctx.low, duration.end)
        if since is None:
            continue
        opens = since.group("passed") and not ctx.low[ctx.sentence_bounds(duration.start)[0]:duration.start].strip()
        if not opens and not ctx.cues.HAS_BEEN.search(ctx.low, max(0, duration.start - 20), duration.start):
            continue  # "It has been 18 years since", "marks 30 years since", "Twenty years have passed since"
        years = _years_of(duration)
        now = ctx.now_at(duration.start)
        if years is None or since is None or now is None or not _exact(ctx, duration):
            continue
        end = ctx.sentence_bounds(duration.start)[1]
        written = [m for m in ctx.mentions_starting(since.end(), end) if m.kind not in (Kind.DURATION, Kind.AGE)]
        if len(written) != 1 or _year(written[0]) is None:
            continue  # one year in what follows "since", or no telling which it counts from
        year = written[0]
        possible = whole_years_since(year.stated, _year(year) or 0, now)
        if any(abs(years[1] - p) <= TOLERANCE[years[0]] for p in possible):
            continue
        yield Violation(
            duration.start, duration.end,
            ctx.say("'{phrase}' does not fit {date}: counted from {now} that was {years} years ago",
                    phrase=ctx.text[duration.start:duration.end], date=ctx.text[year.start:year.end],
                    now=now.isoformat(), years=ctx.say(" or ").join(str(p) for p in sorted(possible))),
            (ctx.related(year, ctx.say("the year it counts from")),),
        )


def spans_ending(ctx: CheckContext) -> Iterator[Violation]:
    """"torn down in 1980, after 45 years": the span from the one year before it in the paragraph (with
    words after the count, "after 40 years in business", when that year begins something: "opened in
    1975")."""
    for duration in ctx.of_kind(Kind.DURATION):
        if not ctx.cues.AFTER_BEFORE.search(ctx.low, max(0, duration.start - 12),
                                                                          duration.start):
            continue
        years = _years_of(duration)
        if years is None or not _exact(ctx, duration):
            continue
        para_start = ctx.paragraph_bounds(duration.start)[0]
        # the dates of the paragraph before the count, found by bisection (a long paragraph holds many)
        dates, starts = ctx.of_kind(*_DATES), ctx.starts_of(*_DATES)
        since, until = bisect_left(starts, para_start), bisect_left(starts, duration.start)
        if until - since != 2 or _year(dates[since]) is None or _year(dates[since + 1]) is None:
            continue
        first, last = dates[since], dates[since + 1]
        begins = ctx.cues.FOUNDED.search(ctx.low, max(0, first.start - 30), first.start) is not None
        if not begins and not ctx.cues.SPAN_END_AFTER.match(ctx.low, duration.end):
            continue  # "after 40 years in business" only after a beginning: "opened in 1975"
        if not ctx.cues.ELAPSED_GAP.match(ctx.prose[last.end:duration.start].replace("after", "", 1)):
            continue
        actual = (_year(last) or 0) - (_year(first) or 0)
        if actual <= 0 or abs(actual - years[1]) <= max(TOLERANCE[years[0]], 1):
            continue
        yield years_misfit(ctx, duration, first, last, actual)


def years_misfit(ctx: CheckContext, count: Mention, first: Mention, last: Mention, years: int,
                 after: bool = False) -> Violation:
    """A count of years that does not fit the two years written before it (`after`: after it),
    `years` apart: "'45 years' does not fit the years written before it: 1931 to 1980 is 49 years"."""
    fields = {"phrase": ctx.text[count.start:count.end], "first": ctx.text[first.start:first.end],
              "last": ctx.text[last.start:last.end], "n": years}
    return Violation(
        count.start, count.end,
        ctx.say("'{phrase}' does not fit the years written after it: {first} to {last} is {n} years", **fields)
        if after else
        ctx.say("'{phrase}' does not fit the years written before it: {first} to {last} is {n} years", **fields),
        (ctx.related(last, ctx.say("the year it ends")), ctx.related(first, ctx.say("the year it counts from"))),
    )
