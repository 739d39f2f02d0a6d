"""DC501-DC504: AP house style. Severity info, off unless selected."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from ..lexicon import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from ..model import Severity, Suggestion
from ..style import same_case, weekday_like
from .base import CheckContext, Rule, Violation

_MONTH_TOKEN = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(\.?)(?![a-z])",
    re.IGNORECASE,
)


class AmbiguousNumericDate(Rule):
    """A numeric date that reads differently in the United States and elsewhere.

    What it does:
        Flags dates such as "03/04/2024", which is March 4 to an American reader and April 3 to
        most others, and offers both spelled out.

    Why is this bad?
        Half of the readers may take the wrong day; AP style spells the month out.

    Example:
        The vote is on 03/04/2024.

    Use instead:
        The vote is on March 4, 2024.
    """

    code = "DC501"
    name = "ambiguous-numeric-date"
    severity = Severity.INFO
    default_enabled = False

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            st = mention.stated
            if mention.kind != "calendar" or st.numeric_order != "AMBIGUOUS" or st.year is None:
                continue
            assert st.month is not None and st.day is not None
            readings = []
            for month, day in ((st.month, st.day), (st.day, st.month)):
                try:
                    readings.append(date(st.year, month, day))
                except ValueError:
                    continue
            spelled = [f"{AP_MONTH_ABBREVIATIONS.get(d.month, MONTH_NAMES[d.month - 1])} {d.day}, {d.year}" for d in readings]
            yield Violation(
                mention.start,
                mention.end,
                f"'{ctx.text[mention.start:mention.end]}' can be read as {' or as '.join(spelled)}",
                (),
                tuple(Suggestion(mention.start, mention.end, s, f"Spell it out: {s}") for s in spelled),
            )


class RelativeDayWord(Rule):
    """"Yesterday" or "tomorrow" where AP style names the day of the week.

    What it does:
        Flags "yesterday", "tomorrow" (and "last night") outside quotations, and offers the day of
        the week they stand for.

    Why is this bad?
        Stories are read on other days than they are written; the weekday stays true.

    Example:
        (published Tuesday, Dec. 3, 2024) The council voted yesterday.

    Use instead:
        The council voted Monday.
    """

    code = "DC502"
    name = "relative-day-word"
    severity = Severity.INFO
    default_enabled = False

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            if mention.kind != "relative" or ctx.in_quotes(mention.start):
                continue
            words = ctx.low[mention.start:mention.end]
            match = re.search(r"\b(yesterday|tomorrow)\b", words)
            if match is None:
                continue
            day = mention.resolved_date
            word = ctx.text[mention.start + match.start():mention.start + match.end()]
            suggestions = ()
            if day is not None:
                suggestions = (Suggestion(mention.start + match.start(), mention.start + match.end(),
                                          weekday_like(word if word[0].isupper() else "Monday", day.weekday()),
                                          f"Name the day: {WEEKDAY_NAMES[day.weekday()]}"),)
            yield Violation(mention.start + match.start(), mention.start + match.end(),
                            f"AP style names the day of the week instead of '{word}'", (), suggestions)


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
    """

    code = "DC503"
    name = "weekday-beyond-week"
    severity = Severity.INFO
    default_enabled = False
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for weekday in ctx.mentions:
            if weekday.kind != "weekday" or weekday.linked is None or weekday.linked < weekday.index:
                continue
            dated = ctx.mention_at(weekday.linked)
            now = ctx.now_at(weekday.start)
            if dated is None or dated.resolved_date is None or now is None:
                continue
            if abs(dated.resolved_date - now) <= timedelta(days=6):
                continue
            yield Violation(
                weekday.start,
                weekday.end,
                f"'{ctx.text[weekday.start:weekday.end]}' is given for a date "
                f"{abs((dated.resolved_date - now).days)} days from publication; AP style drops the weekday",
                (ctx.related(dated, "the date"),),
                (Suggestion(weekday.start, dated.start, "", "Drop the weekday"),),
            )


class MonthAbbreviation(Rule):
    """A month abbreviated, or spelled out, against AP style.

    What it does:
        AP style abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. with a day of the month,
        never March to July, and spells every month out when it stands alone or with a year only.

    Why is this bad?
        House style keeps copy consistent; mixed forms look careless.

    Example:
        It opened December 7, 2023, and closed in Sept. 2024.

    Use instead:
        It opened Dec. 7, 2023, and closed in September 2024.
    """

    code = "DC504"
    name = "month-abbreviation"
    severity = Severity.INFO
    default_enabled = False

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention in ctx.mentions:
            st = mention.stated
            if mention.kind != "calendar" or st.month is None:
                continue
            token = _MONTH_TOKEN.search(ctx.text, mention.start, mention.end)
            if token is None:
                continue
            written = token.group(0)
            full = MONTH_NAMES[st.month - 1]
            if st.day is not None:
                wanted = AP_MONTH_ABBREVIATIONS.get(st.month, full)
            else:
                wanted = full
            wanted = same_case(written, wanted)
            if written == wanted:
                continue
            if written.lower() == wanted.lower():
                continue
            yield Violation(
                token.start(),
                token.end(),
                f"AP style writes '{wanted}' {'with a day of the month' if st.day else 'without a day'}, not '{written}'",
                (),
                (Suggestion(token.start(), token.end(), wanted, f"Write {wanted}"),),
            )

