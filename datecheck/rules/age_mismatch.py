"""DC303 age-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Mention, Severity, Suggestion
from ..style import number_like
from .base import CheckContext, Rule, Violation, whole_years_since

def _stated_age(ctx: CheckContext, mention: Mention) -> tuple[int, bool] | None:
    """The age a mention states, and whether it is one being reached ("que cumple 50 años": a
    count of years after the language's word for turning an age); None for a mention that states
    no age now ("died at age 87": an age at some past event, not on the publication date)."""
    offset = mention.stated.offset
    if offset is None:
        return None
    if mention.kind == "age":
        return None if "at-event" in mention.flags else (offset[1], False)
    if mention.kind == "duration" and offset[0] == "year" and not mention.stated.vague_offset \
            and ctx.cues.TURNING.search(ctx.low, max(0, mention.start - 20), mention.start):
        return offset[1], True
    return None


class AgeMismatch(Rule):
    """An age that does not fit the birth date written with it.

    What it does:
        Checks "Jordan Ellis, 38, born in 1990" against the publication date. A birth year alone
        allows two ages (the birthday may not have come yet); with a month or a full date the
        age is exact.

    Why is this bad?
        Ages are among the most checked facts in a profile or an obituary.

    Example:
        (published June 1, 2025) Jordan Ellis, 38, born in 1990, runs the shop.

    Use instead:
        Jordan Ellis, 35, born in 1990, runs the shop.   (34 if the birthday is after June 1)
    """

    code = "DC303"
    name = "age-mismatch"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for age in ctx.mentions:
            stated = _stated_age(ctx, age)
            if stated is None:
                continue
            now = ctx.now_at(age.start)
            if now is None:
                continue
            start, end = ctx.sentence_bounds(age.start)
            born = None
            for match in ctx.cues.BORN.finditer(ctx.low, max(start, age.start - 80), min(end, age.end + 80)):
                # "Ellis, 38, born in 1990": nothing but punctuation (or "who was") between
                if match.start() >= age.end and ctx.cues.AGE_TO_BORN.match(ctx.low[age.end:match.start()]):
                    born = match
                    break
            if born is None:
                continue
            birth = next(  # looked up by offset, not by reading every mention for every age
                (m for m in ctx.mentions_starting(born.end(), born.end() + 5)
                 if m.kind == "calendar" and m.stated.year is not None and m.valid),
                None,
            )
            if birth is None:
                continue
            between = ctx.prose[min(age.end, birth.end):max(age.start, birth.start)]
            if any(m.kind == "age" and m is not age
                   for m in ctx.mentions_starting(min(age.end, birth.end), max(age.start, birth.start))) \
                    or re.search(r"[.;!?]", between):
                continue
            assert birth.stated.year is not None
            possible = whole_years_since(birth.stated, birth.stated.year, now)
            stated_age, turning = stated
            if stated_age in possible or turning and stated_age - 1 in possible:
                continue  # "cumple 50 años": 50 now, or on this year's birthday
            number = re.search(r"[0-9]+", ctx.text[age.start:age.end])
            suggestions = []
            if len(possible) == 1 and number and not turning:
                right = possible.pop()
                possible = {right}
                suggestions.append(Suggestion(age.start + number.start(), age.start + number.end(),
                                              number_like(number.group(0), right, ctx.lang),
                                              ctx.say("Change the age to {age}", age=right)))
            ages = ctx.say(" or ").join(str(p) for p in sorted(possible))
            yield Violation(
                age.start,
                age.end,
                ctx.say("age {age} does not fit born {born}: on {now} that person is {ages}", age=stated_age,
                        born=ctx.text[birth.start:birth.end], now=now.isoformat(), ages=ages),
                (ctx.related(birth, ctx.say("the birth date")),),
                tuple(suggestions),
            )
