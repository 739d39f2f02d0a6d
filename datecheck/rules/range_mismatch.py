"""DC304 range-mismatch."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ..calendar_math import add_days
from ..model import Flag, Kind, Mention, Severity, Suggestion
from ..style import date_like, number_like
from .base import CheckContext, Rule, Violation


def _reversed(first: Mention, last: Mention) -> bool:
    a, b = first.stated, last.stated
    if first.interval is None or last.interval is None:
        return False
    if a.year is not None and b.year is not None:
        return last.interval.last < first.interval.first
    shared_year = b.year is None or Flag.YEAR_FROM_RANGE in first.flags  # "Nov. 9-6, 2021": one year for both
    if a.year is None and shared_year and a.month == b.month and a.day is not None and b.day is not None:
        return b.day < a.day  # "from Oct. 20 to Oct. 12"; across months a range may cross a new year
    return False


#: A mark that ends a sentence, between a length and a range; the number that opens a length ("two-day").
_SENTENCE_MARK = re.compile(r"[.;!?]")
_NUMBER = re.compile(r"[^-\s]+")
#: The units a length written before a range may be counted in, in days.
_UNIT_DAYS = {"day": 1, "week": 7}


@lru_cache(maxsize=1024)
def _number_like(model: str, number: int, lang: str) -> str:
    """`style.number_like`, worked out once for each length as written and the length that fits (a
    long text repeats a few of them)."""
    return number_like(model, number, lang)


def _misfits(unit: str, amount: int, days: int) -> bool:
    """Whether a range of `days` days (both ends counted) is not `amount` `unit`s: a count of days
    must be exact; weeks are nearer another whole number of weeks, counted with or without the
    last day ("a two-week closure, March 3 to March 10")."""
    if unit == "day":
        return amount != days
    if unit == "week":
        return round(days / 7) != amount and round((days - 1) / 7) != amount
    return False


class RangeMismatch(Rule):
    """A range whose end comes before its start, or whose stated length disagrees with it.

    What it does:
        Flags reversed ranges ("from Oct. 20 to Oct. 12", "between 2021 and 2017", "Nov. 9-6,
        2021") and a length in days or weeks written next to a range that does not match it ("the
        two-day conference, March 4-7", "a two-week closure from March 3 to March 10").
        Ranges across the new year ("Dec. 28 to Jan. 3") are fine.

    Why is this bad?
        A reversed range is a typo in one end; a wrong length means one of the days is wrong.

    Example:
        (published Feb. 1, 2025) The two-day conference, March 4-7, drew 3,000 people.

    Use instead:
        The four-day conference, March 4-7, drew 3,000 people.   (or March 4-5)

    Fixes:
        Safe: the length and the end date are counted from the dates and the length as written;
        two suggestions when either side could be the one to change.
    """

    code = "DC304"
    name = "range-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        firsts = [m for m in ctx.mentions if m.range_role == "start"]
        if not firsts:
            return  # no range (most texts): nothing to sort
        # looked up by offset for each range below, instead of scanning every mention each time
        durations = sorted(
            (d.end, i) for i, d in ctx.positions_of(Kind.DURATION)
            if d.stated.offset is not None and not d.stated.vague_offset
        )
        ends = [end for end, _ in durations]  # bisected as numbers, not as pairs
        starts = sorted(m.start for m in ctx.mentions)
        labels = (ctx.say("start"), ctx.say("end"))  # the two sides of every finding, said once
        for first in firsts:
            last = ctx.mention_at(first.range_partner)
            if last is None or last.range_role != "end" or not first.valid or not last.valid:
                continue
            if _reversed(first, last):
                yield Violation(
                    first.start,
                    last.end,
                    ctx.say("the range ends ({last}) before it starts ({first})", last=ctx.text[last.start:last.end],
                            first=ctx.text[first.start:first.end]),
                    (ctx.related(first, labels[0]), ctx.related(last, labels[1])),
                    (),
                )
                continue
            yield from self._length(ctx, first, last, durations, ends, starts, labels)

    def _length(self, ctx: CheckContext, first: Mention, last: Mention, durations: list[tuple[int, int]],
                ends: list[int], starts: list[int], labels: tuple[str, str]) -> Iterator[Violation]:
        start_day, end_day = first.resolved_date, last.resolved_date
        if start_day is None or end_day is None or end_day < start_day:
            return
        days = (end_day - start_day).days + 1
        near = durations[bisect_left(ends, first.start - 40):bisect_left(ends, first.start + 1)]
        for duration in (ctx.mentions[i] for i in sorted(i for _, i in near)):
            if "-" not in ctx.text[duration.start:duration.end]:
                continue  # only the adjective form right before the range: "the two-day summit, ..."
            gap = ctx.prose[duration.end:first.start]
            if _SENTENCE_MARK.search(gap) or bisect_left(starts, duration.end) < bisect_left(starts, first.start):
                continue
            if len(gap.rsplit(",", 1)[-1].split()) > 1 and "," in gap:
                continue  # "after a two-day delay, the work runs March 4-7": the length is another thing's
            unit, amount = duration.stated.offset
            if amount is None or not _misfits(unit, amount, days):
                continue
            written = ctx.text[duration.start:duration.end]
            number = _NUMBER.match(written)
            fits = days if unit == "day" else max(1, round(days / 7))
            suggestions = []
            if number and (unit == "day" or days % 7 in (0, 1)):
                suggestions.append(Suggestion(duration.start, duration.start + number.end(),
                                              _number_like(number.group(0), fits, ctx.lang),
                                              ctx.say("Make it {n} days", n=fits) if unit == "day"
                                              else ctx.say("Make it {n} weeks", n=fits)))
            other_end = add_days(start_day, amount * _UNIT_DAYS[unit] - (1 if unit == "day" else 0))
            last_text = ctx.text[last.start:last.end]
            if other_end is not None:  # None: a length past the end of the calendar
                suggestions.append(Suggestion(last.start, last.end, date_like(last_text, other_end, lang=ctx.lang)
                                              if not last_text.strip().isdigit() else str(other_end.day),
                                              ctx.say("End the range after {n} days", n=amount) if unit == "day"
                                              else ctx.say("End the range after {n} weeks", n=amount)))
            yield Violation(
                duration.start,
                duration.end,
                ctx.say("'{written}' does not fit {range}, which is {n} days", written=written,
                        range=ctx.text[first.start:last.end], n=days),
                (ctx.related(first, labels[0]), ctx.related(last, labels[1])),
                tuple(suggestions),
            )
