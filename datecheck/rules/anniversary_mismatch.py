"""DC302 anniversary-mismatch."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

from ..model import Mention, Severity, Suggestion
from ..style import ordinal_like, ordinal_value
from ..messages import ordinal
from .base import CheckContext, Rule, Violation


def _first_between(ctx: CheckContext, by_start: list[tuple[int, int]], start: int, end: int,
                   test: Callable[[Mention], bool]) -> Mention | None:
    """The first mention, in the order of ctx.mentions, that starts in [start, end) and passes `test`."""
    window = by_start[bisect_left(by_start, (start, -1)):bisect_left(by_start, (end, -1))]
    found = [i for _, i in window if test(ctx.mentions[i])]
    return ctx.mentions[min(found)] if found else None


class AnniversaryMismatch(Rule):
    """An anniversary whose number does not fit the year it counts from.

    What it does:
        Checks "the 30th anniversary of the 1999 flood" against the year it is marked in: the year
        of a full date given in the same sentence, or the publication year when the sentence
        speaks of now ("marks", "this week", "on Sunday"). A past anniversary with no date
        ("the launch coincided with the 20th anniversary") is left alone.

    Why is this bad?
        Anniversary numbers are checked by every reader who remembers the event.

    Example:
        (published June 3, 2024) Residents marked the 30th anniversary of the 1999 flood on Sunday.

    Use instead:
        Residents marked the 25th anniversary of the 1999 flood on Sunday.
    """

    code = "DC302"
    name = "anniversary-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        if ctx.cues.ANNIVERSARY_STEM not in ctx.low:
            return
        by_start = sorted((m.start, i) for i, m in enumerate(ctx.mentions))
        for match in ctx.cues.ANNIVERSARY.finditer(ctx.low):
            number = ordinal_value(match.group("ordinal"), ctx.lang)
            if number is None:
                continue
            _, sentence_end = ctx.sentence_bounds(match.start())
            event = _first_between(
                ctx, by_start, match.end(), min(sentence_end, match.end() + 60) + 1,
                lambda m: m.kind == "calendar" and m.stated.year is not None)
            if event is None:
                continue
            sentence_start, _ = ctx.sentence_bounds(match.start())
            marked = _first_between(
                ctx, by_start, sentence_start, sentence_end,
                lambda m: m is not event and m.kind == "calendar" and m.stated.year is not None
                and m.stated.day is not None)
            if marked is not None:
                year, basis = marked.stated.year, f"{ctx.text[marked.start:marked.end]}"
            else:
                now = ctx.now_at(match.start())
                if now is None or not self._marked_now(ctx, match.start(), now):
                    continue  # "coincided with the 20th anniversary": some year, not said which
                year, basis = now.year, ctx.say("this story's year ({year})", year=now.year)
            assert event.stated.year is not None and year is not None
            expected = year - event.stated.year
            if expected == number or expected <= 0:
                continue
            start, end = match.start("ordinal"), match.end("ordinal")
            written = ctx.text[start:end]
            related = (ctx.related(event, ctx.say("the year it counts from")),)
            if marked is not None:
                related += (ctx.related(marked, ctx.say("the date it is marked")),)
            nth = ordinal(expected, ctx.messages)
            yield Violation(
                start,
                end,
                ctx.say("'{written} anniversary' of {year} does not fit {basis}: it is the {nth}", written=written,
                        year=event.stated.year, basis=basis, nth=nth),
                related,
                (Suggestion(start, end, ordinal_like(written, expected, ctx.lang),
                            ctx.say("Change to the {nth}", nth=nth)),),
            )

    @staticmethod
    def _marked_now(ctx: CheckContext, offset: int, now) -> bool:  # type: ignore[no-untyped-def]
        """Whether the sentence at `offset` speaks of the anniversary as happening around `now`."""
        start, end = ctx.sentence_bounds(offset)
        if ctx.tense_at(offset, offset + 10) in ("present", "future"):
            return True
        if ctx.cues.ANNIVERSARY_NOW.search(ctx.low[max(start, offset - 50):offset]):
            return True
        for mention in ctx.mentions_starting(start, end):
            if mention.kind in ("weekday", "relative", "relunit", "ref"):
                if mention.interval is not None and abs((mention.interval.first - now).days) <= 14:
                    return True
        return False
