"""Quarters and halves: "the third quarter", "1Q89", "the first half of 2024", "the year-earlier
quarter", "the 1988 quarter", "the fourth quarter ended Sept. 30" (a fiscal quarter)."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Flag, Grain, Interval, Kind, Mention, Reading, Rel, Tense
from .calendar import full_year
from .context import Context
from .relative import set_quarter

_REL_YEAR = {Rel.LAST: -1, Rel.NEXT: 1, Rel.LAST_YEAR: -1, Rel.NEXT_YEAR: 1}


def resolve_quarter(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    year = full_year(st.year, st.two_digit_year, anchor) if st.year is not None else None
    if year is None and mention.rel_year is not None and anchor is not None:
        year = anchor.year + _REL_YEAR.get(mention.rel_year, 0)
    if st.half is not None:
        if year is None and anchor is not None:  # "el segundo semestre", told in the past before it began: last year's
            later = st.half == 2 and anchor.month <= 6 and ctx.tense(mention) is Tense.PAST
            year = anchor.year - 1 if later else anchor.year
        mention.reading = Reading(Grain.HALF, year, half=st.half)
        mention.interval = timex.half_interval(year, st.half) if year is not None else None
        return
    if anchor is None and year is None:
        mention.reading = Reading.in_quarter(None, st.quarter or None)
        return
    if year is not None and st.quarter is not None:
        mention.anchor = None
        set_quarter(mention, year, st.quarter)
    else:
        _named_by_context(mention, anchor, year, ctx)
    _ended(mention, ctx)


def _named_by_context(mention: Mention, anchor: date | None, year: int | None, ctx: Context) -> None:
    """A quarter whose number or year the text leaves to the story: "the year-earlier quarter",
    "the 1988 quarter", "the latest quarter", "the third quarter"."""
    st, flags = mention.stated, mention.flags
    current = (anchor.year, timex.quarter_of(anchor)) if anchor is not None else (year or 1, 4)
    reported = ctx.reported_quarter(mention)
    if Flag.SAME_QUARTER in flags and year is not None:
        # "the 1988 quarter": the quarter the story is about, in the year written
        if reported is not None and reported.quarter is not None:
            quarter = reported.quarter[1]
            mention.anchor_mention = reported.index
        else:
            quarter = timex.add_quarters(current[0], current[1], -1)[1]
        set_quarter(mention, year, quarter)
        return
    if Flag.YEAR_EARLIER in flags:
        _year_earlier(mention, anchor, current, reported)
        return
    if st.quarter is None:
        if {Flag.SAME, Flag.LATEST} & flags and reported is not None:
            # "the same quarter", "the latest period": the quarter being reported on; "el mismo periodo
            # de 1999", "del año anterior": that quarter in the year written
            mention.anchor_mention = reported.index
            if year is not None and reported.quarter is not None and ctx.words.SAME_PERIOD_IN_YEAR_WRITTEN:
                set_quarter(mention, year, reported.quarter[1])
                return
            mention.reading, mention.interval, mention.quarter = reported.reading, reported.interval, reported.quarter
            return
        set_quarter(mention, *timex.add_quarters(current[0], current[1], 0 if Flag.CURRENT in flags else -1))
        return
    quarter = st.quarter
    tense = ctx.tense(mention)
    if tense is Tense.FUTURE:
        q_year = current[0] if quarter >= current[1] - 1 else current[0] + 1
    else:
        q_year = current[0] if quarter <= current[1] else current[0] - 1
    set_quarter(mention, q_year, quarter)


def _year_earlier(mention: Mention, anchor: date | None, current: tuple[int, int], reported: Mention | None) -> None:
    """"the year-earlier quarter": the quarter reported on (or the one written), a year before."""
    st = mention.stated
    base = None
    if reported is not None and reported.quarter is not None:
        base = reported.quarter
        mention.anchor_mention = reported.index
    if st.quarter is not None:
        base = (anchor.year if anchor is not None else current[0], st.quarter) if base is None else (base[0], st.quarter)
    if base is None:
        base = timex.add_quarters(current[0], current[1], -1)
    q_year, quarter = base[0] - 1, base[1]
    set_quarter(mention, q_year, quarter)
    if reported is not None and reported.quarter is not None and (st.quarter is None or st.quarter == reported.quarter[1]):
        mention.interval = timex.years_later(reported.interval, -1)  # a fiscal quarter's months


def _ended(mention: Mention, ctx: Context) -> None:
    """"the fourth quarter ended Sept. 30": a fiscal quarter keeps its name as its value, and covers
    the three months up to the day named (resolved before the quarter)."""
    ended = ctx.ended_day(mention)
    if ended is None or ended.interval is None or mention.quarter is None or mention.interval is None:
        return
    end = ended.interval.last
    if abs((mention.interval.last - end).days) > 366:
        return  # not the quarter's own end: a fiscal year runs at most a year off the calendar
    year, month = timex.add_months(end.year, end.month, -3)
    start = timex.safe_date(year, month, min(end.day, timex.days_in_month(year, month)))
    if start is not None:
        mention.interval = timex.ordinal_interval(start.toordinal() + 1, end.toordinal())


def reports_quarter(mention: Mention, anchor: date | None, ctx: Context) -> bool:
    """Whether `mention` is the quarter (or half) a story reports on, for "the quarter", "a year
    earlier" and "that quarter" after it. A forecast is not: a quarter yet to start ("losses
    through the third quarter of 1990"), or the current one unless told in the past tense
    ("reported a decline in fourth-quarter profit", yes; "the trend will continue into the fourth
    quarter", no)."""
    if mention.kind != Kind.QUARTER or mention.quarter is None and mention.stated.half is None:
        return False
    if {Flag.YEAR_EARLIER, Flag.SAME_QUARTER} & mention.flags:
        return False
    if Flag.SAME in mention.flags and mention.stated.year is not None and ctx.words.SAME_PERIOD_IN_YEAR_WRITTEN:
        return False  # "el mismo periodo de 2023": the quarter reported on is compared with it
    before = ctx.low[max(0, mention.start - 20):mention.start].split()
    if ctx.words.QUARTER_BACKGROUND & set(before[-3:]):
        return False  # "After a flat second quarter, …": background to the quarter reported on
    named = [mention.interval]
    if mention.quarter is not None and ctx.ended_day(mention) is not None:
        named.append(timex.quarter_interval(*mention.quarter))  # the quarter as named, before its fiscal months
    return any(not _ahead(interval, anchor, mention, ctx) for interval in named)


def _ahead(interval: Interval | None, anchor: date | None, mention: Mention, ctx: Context) -> bool:
    """A quarter not yet over counts only when its results are told in the past tense."""
    if anchor is None or interval is None or interval.last < anchor:
        return False
    return interval.first > anchor or ctx.tense(mention) is not Tense.PAST
