"""DC101 weekday-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ..calendar_math import add_days
from ..model import Flag, Mention, Severity, Suggestion
from ..timex import safe_date
from ..style import date_like, weekday_like
from .base import CheckContext, Rule, Violation, written_weekday


#: How far back in its paragraph the year a date without one may take is looked for.
_NARRATIVE_REACH = 600


def _fits_the_story_year(ctx: CheckContext, dated: Mention, weekday: int) -> bool:
    """Whether a date written without its year matches the weekday in the year the story last
    gave with a month: in its paragraph ("On Feb. 25, 1985, ... On Sept. 20, the Friday before"),
    or in an earlier one when the sentence carries the story on from there ("Two days later,
    Monday, Aug. 10"): the narrative's year, not the publication's."""
    paragraph = ctx.paragraph_bounds(dated.start)[0]
    start = max(0, dated.start - _NARRATIVE_REACH)
    for earlier in reversed(ctx.mentions_between(start, dated.start)):
        st = earlier.stated
        if earlier.kind == "calendar" and st.year is not None and st.month is not None and not st.two_digit_year:
            if earlier.start < paragraph and not _carries_on(ctx, dated):
                return False
            assert dated.stated.month is not None and dated.stated.day is not None
            day = safe_date(st.year, dated.stated.month, dated.stated.day)
            return day is not None and day.weekday() == weekday
    return False


def _carries_on(ctx: CheckContext, dated: Mention) -> bool:
    """Whether the sentence of `dated` counts on from a day named before it ("Two days later",
    "The next day")."""
    sentence = ctx.sentence_bounds(dated.start)[0]
    return any(Flag.NARRATIVE in m.flags for m in ctx.mentions_between(sentence, dated.start))


class WeekdayMismatch(Rule):
    """A weekday written with a date it does not fall on.

    What it does:
        Checks every weekday written beside a date ("Tuesday, Oct. 8", "Saturday (April 6)",
        "Monday, 2025-10-07", "Wed, Oct. 8", "Sat 4 May", "Friday, 28/11", "Oct. 8, a Wednesday",
        "Oct. 8, which is a Wednesday", "the May 9 vigil, held Saturday", a weekday and a date
        split by a line break or inline markup) against the calendar, a numeric date read in the
        configured date order. Without a written year the date is taken in
        the year nearest the publication date, as readers take it, unless the weekday fits the
        year the paragraph last gave with a month ("On Feb. 25, 1985, ... On Sept. 20, the Friday
        before ..."), or an earlier paragraph when the sentence counts on from it ("Two days later,
        Monday, Aug. 10"): the story's own year. A range or list of weekdays over a range of dates
        ("Friday through Monday, June 28-July 1", "Fri-Sun, Oct. 10-12") is checked end by end.

    Why is this bad?
        One of the two is wrong, and a reader cannot tell which: the story sends people to the
        wrong day.

    Example:
        (published Oct. 1, 2025) The hearing is set for Tuesday, Oct. 8.

    Use instead:
        The hearing is set for Wednesday, Oct. 8.   (or: Tuesday, Oct. 7)

    Fixes:
        Two suggestions, so `check --fix` leaves the choice to the writer. Changing the weekday
        is unsafe when the date's year is not written (it is the weekday in the year inferred
        from the publication date); changing the date to the nearest day with the written
        weekday is always unsafe (which day was meant is a guess).
    """

    code = "DC101"
    name = "weekday-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for weekday in ctx.of_kind("weekday"):
            if weekday.linked is None:
                continue
            if weekday.rel is not None:
                continue  # "last Monday, Oct. 6": a relative-date question (DC204)
            dated = ctx.mention_at(weekday.linked)
            if dated is None or dated.kind != "calendar" or not dated.valid:
                continue
            day = dated.resolved_date
            written = weekday.stated.weekday
            if day is None or written is None or day.weekday() == written:
                continue
            if dated.stated.year is None and _fits_the_story_year(ctx, dated, written):
                continue
            weekday_word = written_weekday(ctx, weekday)
            right_name = weekday_like(weekday_word, day.weekday(), ctx.lang)
            # the nearest date that does fall on the written weekday
            back = (day.weekday() - written) % 7
            forward = (written - day.weekday()) % 7
            nearest = add_days(day, -back) if back <= forward else add_days(day, forward)
            nearest = nearest or add_days(day, forward) or add_days(day, -back)  # at an end of the calendar
            date_written = ctx.text[dated.start:dated.end]
            at = weekday.start + ctx.text.find(weekday_word, weekday.start, weekday.end) - weekday.start
            suggestions = [
                Suggestion(at, at + len(weekday_word), right_name,
                           ctx.say("Change the weekday to {weekday}", weekday=ctx.weekday_name(day.weekday())),
                           unsafe=dated.stated.year is None),  # the weekday of a year not written
                Suggestion(dated.start, dated.end,
                           date_like(date_written, nearest, order=dated.stated.numeric_order, lang=ctx.lang),
                           ctx.say("Change the date to the nearest {weekday}", weekday=ctx.weekday_name(written)),
                           unsafe=True),  # the nearest such day is a guess at the one meant
            ]
            inferred = ctx.say(" (year inferred from the publication date)") if dated.stated.year is None else ""
            yield Violation(
                weekday.start,
                weekday.end,
                ctx.say("'{weekday}' does not match {date}: {day}{inferred}", weekday=weekday_word,
                        date=date_written, day=ctx.day_text(day), inferred=inferred),
                (ctx.related(dated, ctx.say("the date, a {weekday}", weekday=ctx.weekday_name(day.weekday()))),),
                tuple(suggestions),
            )
