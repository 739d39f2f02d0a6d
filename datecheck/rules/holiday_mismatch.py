"""DC103 holiday-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ..holiday import holiday_date, holiday_name
from ..model import Severity, Suggestion
from ..style import date_like
from .base import CheckContext, Rule, Violation, short_day


class HolidayMismatch(Rule):
    """A named holiday written with a date it does not fall on that year.

    What it does:
        Checks a holiday written beside a date ("Christmas Eve, Dec. 23", "Thanksgiving, Nov. 22,
        2023", "Labor Day, Sept. 2") against that year's calendar: fixed holidays and movable ones
        (Thanksgiving, Easter, Good Friday, Memorial Day, Labor Day …), for the configured country
        (the United States unless set otherwise).

    Why is this bad?
        Readers know when the holiday is; a date that disagrees with it makes them doubt both.

    Example:
        (published Nov. 1, 2023) The parade steps off on Thanksgiving, Nov. 22.

    Use instead:
        The parade steps off on Thanksgiving, Nov. 23.
    """

    code = "DC103"
    name = "holiday-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for holiday in ctx.mentions:
            if holiday.kind != "holiday" or holiday.linked is None or holiday.stated.holiday is None:
                continue
            if "week-of" in holiday.flags:
                continue  # "Christmas week, Dec. 23": a week, not the day itself
            dated = ctx.mention_at(holiday.linked)
            if dated is None or dated.kind != "calendar" or not dated.valid:
                continue
            day = dated.resolved_date
            if day is None:
                continue
            actual = holiday_date(holiday.stated.holiday, day.year, ctx.country)
            if actual is None or actual == day:
                continue
            written = ctx.text[dated.start:dated.end]
            name = ctx.text[holiday.start:holiday.end]
            yield Violation(
                dated.start,
                dated.end,
                f"{holiday_name(holiday.stated.holiday)} {day.year} falls on {short_day(actual)}, not {written}",
                (ctx.related(holiday, f"the holiday '{name}'"),),
                (Suggestion(dated.start, dated.end, date_like(written, actual, order=dated.stated.numeric_order),
                            f"Change the date to {holiday_name(holiday.stated.holiday)}'s"),),
            )
