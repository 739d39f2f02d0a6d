"""DC401 inconsistent-day-reference."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Mention, Severity, Suggestion
from ..style import date_like, weekday_like
from .base import CheckContext, Rule, Violation, written_weekday

def _pairs(ctx: CheckContext) -> list[tuple[Mention, Mention, bool]]:
    """(weekday, date, tight) for every weekday the text ties to a date, tightly ("Wednesday,
    Jan. 8") or loosely ("Wednesday's hearing on Jan. 9")."""
    pairs = []
    mentions = ctx.mentions
    for i, weekday in enumerate(mentions):
        if weekday.kind != "weekday" or weekday.rel is not None:
            continue
        if weekday.linked is not None:
            dated = ctx.mention_at(weekday.linked)
            if dated is not None and dated.kind == "calendar" and dated.resolved_date and dated.valid:
                pairs.append((weekday, dated, True))
            continue
        if i + 1 < len(mentions):
            dated = mentions[i + 1]
            if dated.kind == "calendar" and _loose_date(dated) and (ctx.cues.LOOSE_GAP.match(ctx.prose[weekday.end:dated.start])
                                       or _apposed(ctx, weekday, dated, mentions[i + 2] if i + 2 < len(mentions) else None)):
                pairs.append((weekday, dated, False))
                continue
        if i > 0:  # "the June 6 ceremony on Wednesday"
            dated = mentions[i - 1]
            if dated.kind == "calendar" and _loose_date(dated) and ctx.cues.LOOSE_GAP_AFTER_DATE.match(ctx.prose[dated.end:weekday.start]) \
                    and ctx.cues.LOOSE_DATE_BEFORE.search(ctx.low, max(0, dated.start - 8), dated.start):
                pairs.append((weekday, dated, False))
    return pairs


def _apposed(ctx: CheckContext, weekday: Mention, dated: Mention, following: Mention | None) -> bool:
    """A weekday that names a thing, possessive or after a determiner ("Saturday's final", "the Friday
    vote"), with that thing's date set off after the noun: "Saturday's final, June 14, drew",
    "Friday's vote -- Oct. 3 -- is"; not one of a list of dates ("June 14, June 21 and ...")."""
    gap = ctx.cues.APPOSED_GAP.match(ctx.low[weekday.end:dated.start])
    if gap is None or not (gap.group("own") is not None or ctx.cues.LOOSE_DATE_BEFORE.search(
            ctx.low, max(0, weekday.start - 8), weekday.start)):
        return False
    close = ctx.cues.APPOSED_END.match(ctx.low, dated.end)
    return close is not None and (following is None or following.kind != "calendar"
                                  or not ctx.cues.APPOSED_LIST.fullmatch(ctx.low, close.end(), following.start))


def _loose_date(dated: Mention) -> bool:
    return dated.kind == "calendar" and bool(dated.resolved_date) and dated.valid and dated.stated.day is not None


class InconsistentDayReference(Rule):
    """The story ties one weekday to two different dates, or one date to two weekdays.

    What it does:
        Collects every weekday the story ties to a date, tightly ("Wednesday (Jan. 8)") or
        loosely ("Wednesday's hearing on Jan. 9", or a date set off after the noun a weekday names:
        "Saturday's final, June 14,", "Friday's vote -- Oct. 3 --"), and flags a tie that contradicts the calendar
        when another tie in the story gives that weekday, or that date, consistently.

    Why is this bad?
        Readers cannot tell which day the event was; often one reference was not updated when
        the other was.

    Example:
        (published Jan. 10, 2025) The board met Wednesday (Jan. 8). ...
        Wednesday's hearing on Jan. 9 ran late.

    Use instead:
        The board met Wednesday (Jan. 8). ...
        Wednesday's hearing on Jan. 8 ran late.

    Fixes:
        Changing the weekday to the date's is safe when the date's year is written, and unsafe
        when it is inferred; using the date the story gave that weekday earlier is always unsafe
        (that the earlier pairing is the right one is a guess).
    """

    code = "DC401"
    name = "inconsistent-day-reference"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        pairs = _pairs(ctx)
        good = [(w, d) for w, d, _ in pairs if d.resolved_date and d.resolved_date.weekday() == w.stated.weekday]
        for weekday, dated, tight in pairs:
            if tight:
                continue  # a tight pair that disagrees is DC101's finding
            day = dated.resolved_date
            assert day is not None and weekday.stated.weekday is not None
            if day.weekday() == weekday.stated.weekday:
                continue
            same_weekday = [(w, d) for w, d in good if w.stated.weekday == weekday.stated.weekday]
            same_date = [(w, d) for w, d in good if d.resolved_date == day]
            if not same_weekday and not same_date:
                continue
            weekday_word = written_weekday(ctx, weekday, possessive=True)
            written = ctx.text[dated.start:dated.end]
            suggestions = []
            related = []
            if same_weekday:
                w, d = same_weekday[0]
                earlier: date = d.resolved_date  # type: ignore[assignment]
                name = ctx.weekday_name(w.stated.weekday)
                related.append(ctx.related(d, ctx.say("{weekday} is {day} here", weekday=name,
                                                      day=ctx.short_day(earlier))))
                suggestions.append(Suggestion(dated.start, dated.end,
                                              date_like(written, earlier, order=dated.stated.numeric_order, lang=ctx.lang),
                                              ctx.say("Use the date given for {weekday} earlier", weekday=name),
                                              unsafe=True))  # that the earlier pairing is the right one is a guess
                message = ctx.say("'{weekday}' is {day} elsewhere in the story, but here it is tied to {date}, a "
                                  "{actual}", weekday=weekday_word, day=ctx.short_day(earlier), date=written,
                                  actual=ctx.weekday_name(day.weekday()))
            else:
                w, d = same_date[0]
                related.append(ctx.related(w, ctx.say("{day} is a {weekday} there", day=ctx.short_day(day),
                                                      weekday=ctx.weekday_name(day.weekday()))))
                message = ctx.say("{date} is a {weekday}, as the story says elsewhere, but here it is tied to "
                                  "'{word}'", date=written, weekday=ctx.weekday_name(day.weekday()), word=weekday_word)
            suggestions.append(Suggestion(weekday.start, weekday.start + len(weekday_word),
                                          weekday_like(weekday_word, day.weekday(), ctx.lang),
                                          ctx.say("Change the weekday to {weekday}",
                                                  weekday=ctx.weekday_name(day.weekday())),
                                          unsafe=dated.stated.year is None))  # the weekday of a year not written
            yield Violation(min(weekday.start, dated.start), max(weekday.end, dated.end), message, tuple(related),
                            tuple(suggestions))
