"""DC103 holiday-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from datetime import date

from ..holiday import holiday_date, holiday_name, holiday_observed
from ..lang import DEFAULT, language
from ..model import Mention, Severity, Suggestion
from ..patterns import DATELINE_AFTER, after_dateline_place
from ..style import date_like
from .base import CheckContext, Rule, Violation
from .cues import CUES, WORDS


def _named(key: str, ctx: CheckContext) -> str:
    """A holiday's name in the messages' language, else in the story's, else in English."""
    for code in (ctx.messages, ctx.lang, DEFAULT):
        if key in language(code).holidays.NAMES:
            return holiday_name(key, code)
    return key


#: How far into a story its wire dateline may stand.
_DATELINE_WITHIN = 400


def story_country(ctx: CheckContext) -> str | None:
    """The country of the place a story's wire dateline names ("OTTAWA, Oct. 2 -", "PERTH,
    Australia, May 3 -"), when the language's table of places knows it."""
    places = language(DEFAULT).places.DATELINE_PLACES
    for mention in ctx.mentions:
        if mention.start > _DATELINE_WITHIN:
            break
        if mention.kind != "calendar" or mention.stated.day is None or not DATELINE_AFTER.match(ctx.text, mention.end):
            continue
        if not after_dateline_place(ctx.text, mention.start):
            continue
        line = ctx.text[ctx.text.rfind("\n", 0, mention.start) + 1:mention.start]
        for part in reversed(line.split(",")):
            code = places.get(" ".join(part.split()).lower())
            if code is not None:
                return code
        return None
    return None


def _counted_to(ctx: CheckContext, holiday: Mention, actual: date, day: date) -> bool:
    """Whether `day` is the day counted to from the holiday before it ("two days before Christmas,
    Dec. 23"; "the weekend before Halloween, Oct. 25" is a Saturday or Sunday of that weekend)."""
    count = CUES.HOLIDAY_COUNTED_FROM.search(ctx.low, max(0, holiday.start - 40), holiday.start)
    if count is None:
        return False
    n_text = count.group("n")
    n = int(n_text) if n_text and n_text.isdigit() else WORDS.NUMBER_WORDS.get(n_text, 1) if n_text else 1
    unit = CUES.HOLIDAY_COUNT_UNITS.get(count.group("unit"))
    sign = -1 if " ".join(count.group("dir").split()) in CUES.HOLIDAY_COUNT_BACK else 1
    if unit is None:
        return False
    if unit == 0:  # a weekend: its Saturday or Sunday, within a week of the holiday
        return day.weekday() >= 5 and 0 < sign * (day - actual).days <= 8
    return (day - actual).days == sign * n * unit


def _says_observed(ctx: CheckContext, offset: int) -> bool:
    start, end = ctx.sentence_bounds(offset)  # read at most 200 characters either side
    return CUES.HOLIDAY_OBSERVED.search(ctx.prose, max(start, offset - 200), min(end, offset + 200)) is not None


class HolidayMismatch(Rule):
    """A named holiday written with a date it does not fall on that year.

    What it does:
        Checks a holiday written beside a date ("Christmas Eve, Dec. 23", "Thanksgiving, Nov. 22,
        2023", "Labor Day, Sept. 2") against that year's calendar: fixed holidays and movable ones
        (Thanksgiving, Easter, Good Friday, Memorial Day, Labor Day …), for the configured country
        (the United States unless set otherwise). A date that fits the holiday in the country of
        the story's wire dateline ("OTTAWA, Oct. 2 - ... Thanksgiving, Oct. 14"), or the day the
        holiday is observed instead, said so ("Independence Day, observed Friday, July 3" in 2026),
        is left alone; so is a date counted from the holiday ("two days before Christmas, Dec. 23").

    Why is this bad?
        Readers know when the holiday is; a date that disagrees with it makes them doubt both.

    Example:
        (published Nov. 1, 2023) The parade steps off on Thanksgiving, Nov. 22.

    Use instead:
        The parade steps off on Thanksgiving, Nov. 23.

    Fixes:
        Moving the date to the holiday's is safe when the date's year is written, and unsafe
        when the year is inferred from the publication date.
    """

    code = "DC103"
    name = "holiday-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        local: list[str | None] = []  # the dateline's country, read at the first mismatch
        for holiday in ctx.of_kind("holiday"):
            if holiday.linked is None or holiday.stated.holiday is None:
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
            if actual is None or actual == day or _counted_to(ctx, holiday, actual, day):
                continue
            if holiday_observed(holiday.stated.holiday, day.year, ctx.country) == day and \
                    _says_observed(ctx, holiday.start):
                continue  # "Independence Day, observed Friday, July 3" in 2026
            if not local:
                local.append(story_country(ctx))
            there = local[0]
            if there is not None and there != ctx.country and holiday_date(holiday.stated.holiday, day.year, there) == day:
                continue  # "OTTAWA, Oct. 2 - ... Thanksgiving, Oct. 14": the holiday of the story's country
            written = ctx.text[dated.start:dated.end]
            name = ctx.text[holiday.start:holiday.end]
            named = _named(holiday.stated.holiday, ctx)
            yield Violation(
                dated.start,
                dated.end,
                ctx.say("{holiday} {year} falls on {day}, not {date}", holiday=named, year=day.year,
                        day=ctx.short_day(actual), date=written),
                (ctx.related(holiday, ctx.say("the holiday '{name}'", name=name)),),
                (Suggestion(dated.start, dated.end,
                            date_like(written, actual, order=dated.stated.numeric_order, lang=ctx.lang),
                            ctx.say("Change the date to {holiday}'s", holiday=named),
                            unsafe=dated.stated.year is None),),  # the holiday's day in a year not written
            )
