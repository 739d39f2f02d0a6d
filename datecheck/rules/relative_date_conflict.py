"""DC204 relative-date-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import N_
from ..model import Interval, Mention, Severity, Suggestion
from ..style import date_like
from ..timex import unit_interval
from .base import CheckContext, Rule, Violation

_RELATIVE_KINDS = frozenset({"relative", "relunit", "anaphoric", "weekday"})


def value_interval(mention: Mention) -> Interval | None:
    """The whole calendar unit a relative mention names ("this month" -> the month), before any
    early/late narrowing: a date anywhere in it agrees with the expression."""
    return unit_interval(mention.reading, mention.interval)


class RelativeDateConflict(Rule):
    """A relative expression and the date written with it disagree.

    What it does:
        Resolves "last night", "three days ago", "tomorrow", "last Monday", "earlier this month"
        against the publication date (or the date the narrative has moved to) and compares the
        result with the explicit date the text ties to it: "last night, Sept. 8", "three days ago,
        on Nov. 2", "tomorrow, Feb. 4", "last Monday, Oct. 6", "earlier this month, on Sept. 28".

    Why is this bad?
        The two cannot both be right; relative words are often left over from an earlier draft
        or a story re-run a day later.

    Example:
        (published Sept. 11, 2025) The fire started last night, Sept. 8.

    Use instead:
        The fire started last night, Sept. 10.   (or: on Monday night, Sept. 8)
    """

    code = "DC204"
    name = "relative-date-conflict"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for relative in ctx.mentions:
            if relative.kind not in _RELATIVE_KINDS or relative.linked is None or relative.anchor is None:
                continue
            if relative.kind == "weekday" and relative.rel is None:
                continue  # a plain weekday against its date is DC101's question
            dated = ctx.mention_at(relative.linked)
            if dated is None or dated.kind != "calendar" or not dated.valid or dated.stated.day is None:
                continue
            if "date-line" in dated.flags:
                continue  # "Today: Dec 25, 2024" labels the day a page was shown, it states nothing
            day = dated.resolved_date
            interval = value_interval(relative)
            if day is None or interval is None:
                continue
            agrees = interval.first <= day <= interval.last
            words = ctx.low[relative.start:relative.end]
            if agrees and words.startswith(ctx.cues.EARLIER) and day > relative.anchor:
                agrees = False
            if agrees and words.startswith(ctx.cues.LATER) and day < relative.anchor:
                agrees = False
            if agrees:
                continue
            phrase = ctx.text[relative.start:relative.end]
            written = ctx.text[dated.start:dated.end]
            if interval.first == interval.last:
                meaning = ctx.short_day(interval.first)
            else:
                meaning = ctx.say("{first} to {last}", first=ctx.short_day(interval.first),
                                  last=ctx.short_day(interval.last))
            source = ctx.say({"mention": N_("the date the story last gave"), "dateline": N_("the date line above it")}.get(
                relative.anchor_source or "", N_("the publication date")
            ))
            suggestions = []
            if interval.first == interval.last:
                suggestions.append(Suggestion(
                    dated.start, dated.end, date_like(written, interval.first, order=dated.stated.numeric_order, lang=ctx.lang),
                    ctx.say("Change the date to what '{phrase}' means", phrase=phrase),
                ))
            yield Violation(
                dated.start,
                dated.end,
                ctx.say("'{phrase}' means {meaning} (counted from {source}, {anchor}), but the date written with "
                        "it is {date}", phrase=phrase, meaning=meaning, source=source,
                        anchor=ctx.short_day(relative.anchor), date=written),
                (ctx.related(relative, ctx.say("'{phrase}' = {meaning}", phrase=phrase, meaning=meaning)),),
                tuple(suggestions),
            )
