"""Shifts by a number of units: "yesterday", "two days ago", "in three weeks" from now, and "the
next day", "two years later", "the day after Christmas" from a day the story named."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Flag, Grain, Kind, Mention, Reading, Ref, Tense, Unit
from .context import Context

#: What a shift by each unit names when nothing places it: a day, a week or a month of no known year;
#: any other unit, a year.
_UNKNOWN = {Unit.DAY: Reading(Grain.DAY), Unit.WEEK: Reading(Grain.WEEK), Unit.MONTH: Reading(Grain.MONTH)}
_UNKNOWN_YEAR = Reading(Grain.YEAR)
_YEARS = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}


def resolve_relative(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    assert st.offset is not None
    unit, amount = st.offset
    if Flag.NARRATIVE in mention.flags:
        anchor, mention.anchor_source = ctx.narrative_anchor(mention, unit)
        mention.anchor = anchor
    if st.vague_offset:
        future = amount > 0 or mention.text.lower().endswith(ctx.words.FORWARD_ENDINGS)
        mention.reading = Reading(ref=Ref.FUTURE if future else Ref.PAST)
        return
    if anchor is None:
        mention.reading = _UNKNOWN.get(unit, _UNKNOWN_YEAR)
        return
    if unit == Unit.YEAR and abs(amount) == 1 and _year_ago_quarter(mention, amount, ctx):
        return
    if amount == 0 and unit == Unit.DAY and _nowadays(mention, ctx):
        mention.reading = Reading(ref=Ref.PRESENT)
        mention.interval = timex.day_interval(anchor)
        return
    shift(mention, anchor, unit, amount)


def _attributive(mention: Mention, ctx: Context) -> bool:
    """A today-word between an article and the word it qualifies: what something is now."""
    return _word_before(mention, ctx) in ctx.words.ARTICLES_BEFORE_NOW


def _word_before(mention: Mention, ctx: Context) -> str:
    """The word just before a mention (blanks between), lower case."""
    low = ctx.low
    i = mention.start
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    return low[j:i]


def _nowadays(mention: Mention, ctx: Context) -> bool:
    """A today-word between an article and what it qualifies ("la hoy desaparecida Checoslovaquia"),
    and a today-word in a statement of how things are ("Heute ist das Land reicher", "bis heute";
    "había 60 y hoy hay 300"): the present, not the day of the story. Only a word the language lists,
    in a clause of the tenses it lists (German: none or the present; Spanish: the present); it stays
    the day with a part of the day or a clock time ("heute Abend", "heute um 20 Uhr"), beside a
    weekday or a date ("heute, Dienstag", "hoy martes"), after a word that makes it a day ("de hoy"),
    or in a clause that reports or plans."""
    words = ctx.words
    if mention.stated.part_of_day is not None:
        return False
    written = ctx.low[mention.start:mention.end]
    if written in words.TODAY_WORDS and _attributive(mention, ctx):
        return True  # "la hoy desaparecida Checoslovaquia"
    if written not in words.NOWADAYS:
        return False
    after = ctx.low[mention.end:mention.end + 24]
    if words.DAY_CUE_AFTER.match(after) or _word_before(mention, ctx) in words.DAY_CUE_BEFORE:
        return False
    return ctx.tense(mention).value in words.NOWADAYS_TENSES


def resolve_anaphoric(mention: Mention, anchor: date | None, ctx: Context) -> None:
    assert mention.stated.offset is not None
    unit, amount = mention.stated.offset
    if Flag.OF_NEXT in mention.flags:  # "the day after Christmas": the day named next, resolved first
        named = ctx.following(mention)
        anchor = named.resolved_date if named is not None else None
        mention.anchor_source = "mention" if anchor is not None else None
        if anchor is not None:
            mention.anchor_mention = mention.index + 1
    else:
        anchor, mention.anchor_source = ctx.narrative_anchor(mention, unit)
    mention.anchor = anchor
    if anchor is None:
        mention.reading = _UNKNOWN[Unit.DAY]
        return
    shift(mention, anchor, unit, amount)


def shift(mention: Mention, anchor: date, unit: str, amount: int) -> None:
    """`anchor` moved by `amount` units, as the reading and interval of `mention`. A shift beyond
    the calendar (before year 1 or after 9999) gives a reading with no interval, or one of no
    known year."""
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND):
        if unit != Unit.DAY:
            amount = 0 if abs(amount) < 24 or unit != Unit.HOUR else amount // 24
        day = timex.add_days(anchor, amount)
        mention.reading = Reading.on_day(day) if day is not None else _UNKNOWN[Unit.DAY]
        mention.interval = timex.day_interval(day) if day is not None else None
    elif unit == Unit.WEEK:
        day = timex.add_days(anchor, 7 * amount)
        mention.reading = Reading.in_week(day) if day is not None else _UNKNOWN[Unit.WEEK]
        mention.interval = timex.week_interval(day) if day is not None else None
    elif unit == Unit.MONTH:
        year, month = timex.add_months(anchor.year, anchor.month, amount)
        mention.reading = Reading.in_month(year, month)
        mention.interval = timex.month_interval(year, month)
    elif unit == Unit.QUARTER:
        year, quarter = timex.add_quarters(anchor.year, timex.quarter_of(anchor), amount)
        set_quarter(mention, year, quarter)
    else:
        year = anchor.year + amount * _YEARS.get(unit, 1)
        mention.reading = Reading.in_year(year)
        mention.interval = timex.year_interval(year)


def set_quarter(mention: Mention, year: int, quarter: int) -> None:
    """A calendar quarter as the reading of `mention`."""
    mention.reading = Reading.in_quarter(year, quarter)
    mention.interval = timex.quarter_interval(year, quarter)
    mention.quarter = (year, quarter) if 1 <= year <= 9999 else None


def _year_ago_quarter(mention: Mention, amount: int, ctx: Context) -> bool:
    """Financial news: "up from $2.8 million a year ago", just after a quarter's results, means
    the same quarter a year before. True when the mention was resolved so."""
    context = ctx.reported_quarter(mention)
    if mention.kind != Kind.RELATIVE or context is None or context.quarter is None:
        return False
    if mention.start - context.end >= 1500:
        return False
    q_year, quarter = context.quarter
    set_quarter(mention, q_year + amount, quarter)
    mention.interval = timex.years_later(context.interval, amount)  # a fiscal quarter's months
    mention.anchor_mention = context.index
    return True
