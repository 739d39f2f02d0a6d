"""DC202 future-as-past."""

from __future__ import annotations

from collections.abc import Iterator
from ..calendar_math import clamp_days
from ..model import Severity, Tense
from .base import CheckContext, Rule, Violation, year_shift_suggestions
from .recency import clause_before, cues, past_verb_after, past_verb_before

class FutureAsPast(Rule):
    """A date after publication in a clause that reports it as done.

    What it does:
        Flags "signed the deal on May 19" in a story published May 6: the verb reports a finished
        event, the date has not happened yet. It needs a past-tense verb right before "on <date>"
        and stays quiet when the clause hedges (will, would, expected, scheduled, plans, due, by,
        until …) or the date is in a quotation. The reading of the date's own phrase must agree
        that the verb dates it: not when the verb orders its object for later ("called the notes
        for redemption on July 2", "authorized the buyback on Aug. 9"), the date is what something
        is for ("bought bills for resale on June 19"), a modal or passive stands between ("can be
        redeemed on July 1"), or the date belongs to another clause ("launched in 2019 and
        matures on Dec. 1, 2031").

    Why is this bad?
        Either the date or the tense is wrong, and both mislead: the reader thinks a pending
        event already happened, or misdates a real one.

    Example:
        (published May 6, 2025) The two companies signed the deal on May 19.

    Use instead:
        The two companies will sign the deal on May 19.   (or the date it was signed: May 1)
    """

    code = "DC202"
    name = "future-as-past"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention, day, now in ctx.written_days():
            if (day - now).days <= 1:
                continue
            before = clause_before(ctx, mention)
            if not ctx.cues.ON_BEFORE.search(before):
                continue
            sentence_before = ctx.before(mention.start, 200)
            hedges = cues(ctx.lang).HEDGES
            if hedges.search(sentence_before) or hedges.search(ctx.after(mention.end, 40)):
                continue
            on = ctx.cues.ON
            verb = past_verb_before(before[:-len(on)] if before.endswith(on) else before, code=ctx.lang) \
                or past_verb_after(ctx.after(mention.end, 80, clause=True), ctx.lang)
            if verb is None or ctx.in_quotes(mention.start) or ctx.tense(mention) != Tense.PAST:
                continue  # the reading of the date's own phrase must agree: not a modal, a purpose, another clause
            written = ctx.text[mention.start:mention.end]
            yield Violation(
                mention.start,
                mention.end,
                ctx.say("'{date}' ({day}) is after this story's date ({now}), but '{verb}' reports it as done",
                        date=written, day=ctx.short_day(day), now=ctx.short_day(now), verb=verb),
                ctx.publication_related(),
                year_shift_suggestions(ctx, mention, -1, clamp_days(now, -60), now),
            )
