"""DC102 impossible-date."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from ..calendar_math import safe_date
from ..model import Severity, Suggestion
from ..style import date_like
from .base import CheckContext, Rule, Violation


class ImpossibleDate(Rule):
    """A date that does not exist on the calendar.

    What it does:
        Flags days past the end of their month (Sept. 31, June 31, 32 March), Feb. 29 in a year
        that is not a leap year, and numeric dates that fit no day/month order (13/25/2024).

    Why is this bad?
        The date is certainly mistyped, and a reader has no way to know the intended day.

    Example:
        The filing deadline is Sept. 31.

    Use instead:
        The filing deadline is Sept. 30.   (or Oct. 1, whichever was meant)
    """

    code = "DC102"
    name = "impossible-date"
    severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            if mention.kind != "calendar" or mention.valid:
                continue
            st = mention.stated
            written = ctx.text[mention.start:mention.end]
            suggestions = []
            if st.month is not None and 1 <= st.month <= 12 and st.day is not None:
                year = st.year or (mention.anchor.year if mention.anchor else 2000)
                if mention.reading is not None and mention.reading.year is not None:
                    year = mention.reading.year
                last = calendar.monthrange(year, st.month)[1]
                last_day = safe_date(year, st.month, last)  # None in year 0
                if st.day > last and last_day is not None:
                    suggestions.append(Suggestion(
                        mention.start, mention.end, date_like(written, last_day, order=st.numeric_order, lang=ctx.lang),
                        ctx.say("Use the last day of the month ({day})", day=last),
                    ))
            yield Violation(
                mention.start,
                mention.end,
                ctx.say("'{date}' is not a date: {reason}", date=written,
                        reason=mention.problem or ctx.say("no such day")),
                (),
                tuple(suggestions),
            )
