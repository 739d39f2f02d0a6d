"""The fixes that move a written date to another year, written the way the text writes it."""

from __future__ import annotations

from datetime import date

from ..model import Mention, Suggestion
from ..style import date_like
from ..timex import safe_date
from .base import CheckContext


def year_suggestion(ctx: CheckContext, mention: Mention, day: date, unsafe: bool = False) -> Suggestion:
    """Replace the written date by `day`, another year of it, written the same way (`unsafe`: a year
    the rule infers rather than one the text shows)."""
    written = ctx.text[mention.start:mention.end]
    replacement = date_like(written, day, order=mention.stated.numeric_order, lang=ctx.lang)
    return Suggestion(mention.start, mention.end, replacement, ctx.say("Change the year to {year}", year=day.year),
                      unsafe=unsafe)


def year_shift_suggestions(ctx: CheckContext, mention: Mention, years: int, first: date, last: date) -> tuple[Suggestion, ...]:
    """The written date moved by `years` years, offered when it lands between `first` and `last`: unsafe,
    since the year is inferred from the verb's tense, and the verb may be the mistake."""
    st = mention.stated
    if st.year is None or st.month is None or st.day is None:
        return ()
    day = safe_date(st.year + years, st.month, st.day)
    if day is None or not first <= day <= last:
        return ()
    return (year_suggestion(ctx, mention, day, unsafe=True),)
