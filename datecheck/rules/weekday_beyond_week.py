"""DC503 weekday-beyond-week (house style: severity info, off unless selected)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from ..model import Severity, Suggestion
from .base import CheckContext, Rule, Violation


class WeekdayBeyondWeek(Rule):
    """A weekday given for a date more than six days from publication.

    What it does:
        Flags "Tuesday, Dec. 3" in a story published Dec. 24: AP style uses the weekday only for
        dates within a week of publication, and the date alone otherwise.

    Why is this bad?
        A weekday far from the story's date adds nothing but a chance of error.

    Example:
        (published Dec. 24, 2024) The plan was approved Tuesday, Dec. 3.

    Use instead:
        The plan was approved Dec. 3.

    Fixes:
        Safe: the weekday is removed and the date stays as written.
    """

    code = "DC503"
    name = "weekday-beyond-week"
    severity = Severity.INFO
    default_enabled = False
    languages = ("en",)
    needs_publication_date = True
    options = {"days": (int, 6, 1, 31, "how many days from publication a weekday may still be used")}

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        days = self.option(ctx, "days")
        for weekday in ctx.of_kind("weekday"):
            if weekday.linked is None or weekday.linked < weekday.index:
                continue
            dated = ctx.mention_at(weekday.linked)
            now = ctx.now_at(weekday.start)
            if dated is None or dated.resolved_date is None or now is None:
                continue
            if abs(dated.resolved_date - now) <= timedelta(days=days):
                continue
            yield Violation(
                weekday.start,
                weekday.end,
                f"'{ctx.text[weekday.start:weekday.end]}' is given for a date "
                f"{abs((dated.resolved_date - now).days)} days from publication; AP style drops the weekday",
                (ctx.related(dated, "the date"),),
                (Suggestion(weekday.start, dated.start, "", "Drop the weekday"),),
            )
