"""DC303 age-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..model import Flag, Kind, Mention, Severity, Suggestion
from ..style import number_like
from .base import CheckContext, Rule, Violation, whole_years_since
from .births import birth_in_sentence, birth_nearby, births


def _stated_age(ctx: CheckContext, mention: Mention) -> tuple[int, bool] | None:
    """The age a mention states, and whether it is one being reached ("que cumple 50 años": a
    count of years after the language's word for turning an age); None for a mention that states
    no age now ("died at age 87": an age at some past event, not on the publication date)."""
    offset = mention.stated.offset
    if offset is None:
        return None
    if mention.kind == Kind.AGE:
        return None if Flag.AT_EVENT in mention.flags else (offset[1], False)
    if mention.kind == Kind.DURATION and offset[0] == "year" and not mention.stated.vague_offset \
            and ctx.cues.TURNING.search(ctx.low, max(0, mention.start - 20), mention.start):
        return offset[1], True
    return None


class AgeMismatch(Rule):
    """An age that does not fit the birth date written with it.

    What it does:
        Checks "Jordan Ellis, 38, born in 1990" against the publication date. A birth year alone
        allows two ages (the birthday may not have come yet); with a month or a full date the
        age is exact. The age and the birth may be apart when both are plainly the same person's:
        "Okafor, 33, was born in 1988", "the 67-year-old retiree, born in 1951", "Born in 1978, the
        45-year-old ...", the same surname or a pronoun in the next sentence ("Brannock, 29, runs
        the ferry. Brannock was born in 1991"). "He was 81." counts to the day the passage names;
        "who turned 52 last month" to that month's year.

    Why is this bad?
        Ages are among the most checked facts in a profile or an obituary.

    Example:
        (published June 1, 2025) Jordan Ellis, 38, born in 1990, runs the shop.

    Use instead:
        Jordan Ellis, 35, born in 1990, runs the shop.   (34 if the birthday is after June 1)

    Fixes:
        Changing the age is safe when it is counted to the publication date, and unsafe when it
        is counted to a time the story tells of, found by reading back through the narrative.
    """

    code = "DC303"
    name = "age-mismatch"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        ages = [(m, stated) for m in ctx.of_kind(Kind.AGE, Kind.DURATION)  # the kinds that state an age
                if (stated := _stated_age(ctx, m)) is not None]
        found = births(ctx) if ages else []
        for age, (stated_age, turning) in ages if found else ():
            birth = birth_in_sentence(ctx, age, found) or birth_nearby(ctx, age, found)
            if birth is None:
                continue
            possible = _possible_ages(ctx, age, birth.mention)
            if not possible or stated_age in possible or turning and stated_age - 1 in possible:
                continue  # "cumple 50 años": 50 now, or on this year's birthday
            yield _violation(ctx, age, birth.mention, possible, stated_age, turning)


def _possible_ages(ctx: CheckContext, age: Mention, birth: Mention) -> set[int]:
    """The ages the person may have where the age is stated (empty: no day to count to)."""
    year = birth.stated.year
    assert year is not None
    if Flag.TURNED in age.flags:  # "turned 52 last month": a birthday in that month's year
        day = _day_named_with(ctx, age)
        return {day.year - year} if day is not None else set()
    when = _time_told(ctx, age) if Flag.AT_TIME_TOLD in age.flags else ctx.now_at(age.start)
    return whole_years_since(birth.stated, year, when) if when is not None else set()


def _day_named_with(ctx: CheckContext, age: Mention) -> date | None:
    """The day (or the month, within one year) named right after "turned 52" in its clause."""
    end = ctx.clause_bounds(age.start)[1]
    for other in ctx.mentions_starting(age.end, end):
        if other.kind in (Kind.AGE, Kind.DURATION) or other.interval is None:
            continue
        first, last = other.interval.first, other.interval.last
        return last if first.year == last.year else None
    return None


def _time_told(ctx: CheckContext, age: Mention) -> date | None:
    """For "He was 81.": the day the passage last named (in its sentence or the one before), or the
    story's day when neither names a time."""
    start = ctx.sentence_bounds(age.start)[0]
    previous = ctx.sentence_bounds(max(0, start - 1))[0]
    named = ctx.timeline.last_named(age.start)
    if named is not None and named.start >= previous and named.resolved_date is not None:
        return named.resolved_date
    if any(m.kind not in (Kind.AGE, Kind.DURATION) for m in ctx.mentions_starting(previous, age.start)):
        return None  # a time named, but not to the day: the age then is not known
    return ctx.now_at(age.start)


def _violation(ctx: CheckContext, age: Mention, birth: Mention, possible: set[int], stated_age: int,
               turning: bool) -> Violation:
    when = _time_told(ctx, age) if Flag.AT_TIME_TOLD in age.flags else ctx.now_at(age.start)
    number = re.search(r"[0-9]+", ctx.text[age.start:age.end])
    suggestions = []
    if len(possible) == 1 and number and not turning:
        right = next(iter(possible))
        suggestions.append(Suggestion(age.start + number.start(), age.start + number.end(),
                                      number_like(number.group(0), right, ctx.lang),
                                      ctx.say("Change the age to {age}", age=right),
                                      unsafe=Flag.AT_TIME_TOLD in age.flags))  # at a time read from the narrative
    ages = ctx.say(" or ").join(str(p) for p in sorted(possible))
    born = ctx.text[birth.start:birth.end]
    if Flag.TURNED in age.flags:
        message = ctx.say("age {age} does not fit born {born}: a birthday in that year makes {ages}",
                          age=stated_age, born=born, ages=ages)
    else:
        message = ctx.say("age {age} does not fit born {born}: on {now} that person is {ages}", age=stated_age,
                          born=born, now=when.isoformat() if when else "?", ages=ages)
    return Violation(age.start, age.end, message, (ctx.related(birth, ctx.say("the birth date")),),
                     tuple(suggestions))
