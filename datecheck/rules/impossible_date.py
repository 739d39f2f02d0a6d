"""DC102 impossible-date."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from ..calendar_math import safe_date
from ..model import Severity, Suggestion
from ..style import date_like
from .base import CheckContext, Rule, Violation
from .cues import CUES


def _a_leap_day(ctx: CheckContext, offset: int) -> bool:
    start, end = ctx.sentence_bounds(offset)  # read at most 200 characters either side
    return CUES.LEAP_DAY.search(ctx.prose, max(start, offset - 200), min(end, offset + 200)) is not None


def _shorter_years(ctx: CheckContext, start: int, end: int, written: str, year: int) -> list[Suggestion]:
    """"March 20025": the years one digit fewer makes, nearest the publication year first."""
    digits = str(year)
    around = ctx.published.date.year if ctx.published else 2000
    options = sorted({int(digits[:i] + digits[i + 1:]) for i in range(len(digits))} & set(range(1000, 10000)),
                     key=lambda y: (abs(y - around), y))
    at = written.rfind(digits)
    return [Suggestion(start + at, start + at + len(digits), str(y), ctx.say("Make the year {year}", year=y),
                       unsafe=True)  # which digit is the extra one is a guess
            for y in options[:2]]


class ImpossibleDate(Rule):
    """A date that does not exist on the calendar.

    What it does:
        Flags days past the end of their month (Sept. 31, June 31, 32 March, the thirty-first of
        April), Feb. 29 in a year that is not a leap year, numeric dates that fit no day/month
        order (13/25/2024), and years typed with a digit too many (March 20025).

    Why is this bad?
        The date is certainly mistyped, and a reader has no way to know the intended day.

    Example:
        The filing deadline is Sept. 31.

    Use instead:
        The filing deadline is Sept. 30.   (or Oct. 1, whichever was meant)

    Fixes:
        Always unsafe: the last day of the month could as well have been the first of the next,
        and which digit of a five-digit year is the extra one is a guess.
    """

    code = "DC102"
    name = "impossible-date"
    severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            if mention.kind != "calendar" or mention.valid:
                continue
            st = mention.stated
            if st.year is None and st.month == 2 and st.day == 29 and _a_leap_day(ctx, mention.start):
                continue  # "her birthday, Feb. 29": the day of leap years, not of the year inferred
            written = ctx.text[mention.start:mention.end]
            suggestions = []
            if st.year is not None and st.year > 9999:
                suggestions.extend(_shorter_years(ctx, mention.start, mention.end, written, st.year))
            elif st.month is not None and 1 <= st.month <= 12 and st.day is not None:
                year = st.year or (mention.anchor.year if mention.anchor else 2000)
                if mention.reading is not None and mention.reading.year is not None:
                    year = mention.reading.year
                last = calendar.monthrange(year, st.month)[1]
                last_day = safe_date(year, st.month, last)  # None in year 0
                if st.day > last and last_day is not None:
                    suggestions.append(Suggestion(
                        mention.start, mention.end, date_like(written, last_day, order=st.numeric_order, lang=ctx.lang),
                        ctx.say("Use the last day of the month ({day})", day=last),
                        unsafe=True,  # the last day, not the first of the next month, is a guess
                    ))
            yield Violation(
                mention.start,
                mention.end,
                ctx.say("'{date}' is not a date: {reason}", date=written,
                        reason=mention.problem or ctx.say("no such day")),
                (),
                tuple(suggestions),
            )
