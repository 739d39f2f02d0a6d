"""Written dates: a day, a month, a year or any part of them ("Dec. 3, 2024", "Dec. 3", "March",
"1998"). A month-day with no year is its occurrence nearest the anchor; tense only breaks
near-ties. A month alone is the last such month in the past tense, the next in the future."""

from __future__ import annotations

from datetime import date

from .. import timex
from ..model import Flag, Grain, Kind, Mention, Reading, Rel, Tense
from ..text import segments_of
from .context import Context
from .entries import entry_above, nearest_to
from .months import nearest_month_year, resolve_relative_month

_YEAR_SHIFT = {Rel.LAST_YEAR: -1, Rel.THIS_YEAR: 0, Rel.NEXT_YEAR: 1}
_BACK = frozenset({Rel.LAST, Rel.PAST})
_AHEAD = frozenset({Rel.NEXT, Rel.COMING})
#: A day alone whose month is said after it ("el 5 del actual", "del mes pasado"): the month's shift.
_MONTH_SAID = {Rel.THE_CURRENT: 0, Rel.THE_PREVIOUS: -1, Rel.THE_FOLLOWING: 1}
#: A yearless date this close to the anchor is taken as written, whatever the tense.
NEAR_DAYS = 60
#: The last year the calendar holds: a longer number is a typo.
_LAST_YEAR = 9999
#: Two years this close in distance from the anchor are a near-tie the written weekday may settle.
_WEEKDAY_TIE_DAYS = 45


def full_year(year: int, two_digit: bool, anchor: date | None) -> int:
    """A year as written, with a two-digit one put in the century that makes it nearest the anchor."""
    if not two_digit or year >= 100:  # "2008-09": the tokenizer has already written 2009 in full
        return year
    if anchor is None:
        return 2000 + year if year < 50 else 1900 + year
    candidate = anchor.year // 100 * 100 + year
    if candidate > anchor.year + 10:
        candidate -= 100
    return candidate


def nearest_year(month: int, day: int, anchor: date, mention: Mention, ctx: Context) -> int | None:
    """The year that puts month-day nearest the anchor; tense breaks near-ties."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = timex.safe_date(year, month, min(day, timex.days_in_month(year, month)))
        if candidate is not None:
            options.append(((candidate - anchor).days, year))
    if not options:
        return None
    options.sort(key=lambda item: abs(item[0]))
    best_distance, best_year = options[0]
    if len(options) > 1 and abs(best_distance) > NEAR_DAYS:
        tense = ctx.tense(mention)
        want_future = tense is Tense.FUTURE
        if tense in (Tense.PAST, Tense.FUTURE):
            for distance, year in options[:2]:
                if (distance > 0) == want_future and distance != 0:
                    return year
        above = entry_above(mention, ctx)
        if above is not None:
            return nearest_to(month, day, above)  # "- Dec. 12: ...", "- Feb. 14: ...": the February after
        near_tie = abs(options[1][0]) - abs(best_distance) < _WEEKDAY_TIE_DAYS
        fitting = _fits_its_weekday(mention, month, day, [year for _, year in options[:2]], ctx) if near_tie else None
        if fitting is not None:
            return fitting  # "Next season: Saturday, March 8", no tense: the year it is a Saturday in
        if abs(options[1][0]) - abs(best_distance) < 14:
            return min(options[:2])[1]  # a near-tie with no tense: news looks back more than ahead
    return best_year


def _fits_its_weekday(mention: Mention, month: int, day: int, years: list[int], ctx: Context) -> int | None:
    """Of two years about equally near, the one in which the date falls on the weekday written with
    it, when only one of them fits and its sentence looks ahead ("Next season: Saturday, March 8")."""
    ahead = getattr(ctx.words, "AHEAD_WORDS", frozenset())
    if mention.linked is None or not ahead:
        return None
    segments = ctx.segments if ctx.segments is not None else segments_of(ctx.low, ctx.lang)
    if ahead.isdisjoint(ctx.low[slice(*segments.sentence_at(mention.start))].split()):
        return None
    weekday = ctx.mentions[mention.linked]
    if weekday.kind != Kind.WEEKDAY or weekday.stated.weekday is None:
        return None
    fits = [year for year in years if (found := timex.safe_date(year, month, day)) is not None
            and found.weekday() == weekday.stated.weekday]
    return fits[0] if len(fits) == 1 else None


def resolve_calendar(mention: Mention, anchor: date | None, ctx: Context) -> None:
    st = mention.stated
    year = full_year(st.year, st.two_digit_year, anchor) if st.year is not None else None
    if year is not None and year > _LAST_YEAR:  # "March 20025": a digit too many
        mention.valid = False
        mention.problem = ctx.words.long_year(year)
        mention.anchor = None
        mention.reading = Reading(Grain.DAY if st.day is not None else Grain.MONTH, None, st.month, st.day)
        return
    if st.month is not None and st.day is None and mention.rel is not None:
        resolve_relative_month(mention, anchor, ctx)
    elif st.month is not None and st.day is not None:
        _month_day(mention, anchor, year, ctx)
    elif st.month is not None:
        _month(mention, anchor, year, ctx)
    elif st.day is not None:
        _day_alone(mention, anchor, ctx)
    elif year is not None:
        mention.anchor = None
        mention.reading = Reading.in_year(year)
        mention.interval = timex.narrow(timex.year_interval(year), st.modifier)


def _day_alone(mention: Mention, anchor: date | None, ctx: Context) -> None:
    """A day written without its month ("hasta el día 21"): that day in the month of the last date the
    story named, else of the date it is written from. "Pasado" looks back and "próximo" ahead from
    the date it is written from ("del pasado día 3"), and a month said after the day ("del actual",
    "del mes pasado") is counted from it. A day that month does not have is left unread (it is no
    impossible date: the month is not written)."""
    if anchor is None:
        return
    day = mention.stated.day
    assert day is not None
    shift = _MONTH_SAID.get(mention.rel)  # type: ignore[arg-type]
    if shift is not None:  # "el 5 del actual", "el 3 del mes pasado": the month of the date written from
        base = anchor
        year, month = timex.add_months(anchor.year, anchor.month, shift)
    elif mention.rel in _BACK or mention.rel in _AHEAD:  # "del pasado día 3": the last one before the date written from
        base = anchor
        year, month = anchor.year, anchor.month
    else:
        base, mention.anchor_source = ctx.narrative_anchor(mention)
        base = base or anchor
        year, month = base.year, base.month
    if mention.rel in _BACK and day >= base.day:
        year, month = timex.add_months(year, month, -1)
    elif mention.rel in _AHEAD and day <= base.day:
        year, month = timex.add_months(year, month, 1)
    if not 1 <= year <= 9999 or day > timex.days_in_month(year, month):
        return
    mention.anchor = base
    _on_day(mention, year, month, day, ctx)


def _month(mention: Mention, anchor: date | None, year: int | None, ctx: Context) -> None:
    month = mention.stated.month
    assert month is not None
    if year is None:
        year = _pair_year(mention, ctx)
    if year is None:
        if anchor is None:
            mention.reading = Reading.in_month(None, month)
            mention.anchor = None
            return
        year = nearest_month_year(month, anchor, mention, ctx)
        mention.assumptions = (ctx.words.YEAR_INFERRED,)
    else:
        mention.anchor = None
    mention.reading = Reading.in_month(year, month)
    mention.interval = timex.narrow(timex.month_interval(year, month), mention.stated.modifier)


def _pair_year(mention: Mention, ctx: Context) -> int | None:
    """The year written after the second of two months joined as a span ("entre enero y marzo de
    1998", "von Januar bis März 1998"), for the first, when it is earlier in the year."""
    other = ctx.following(mention)
    if other is None or other.kind != mention.kind or other.stated.year is None or other.stated.day is not None:
        return None
    month, other_month = mention.stated.month, other.stated.month
    if other_month is None or month is None or month >= other_month:
        return None
    if ctx.low[mention.end:other.start].strip() not in ctx.words.MONTH_SPAN_JOINERS:
        return None
    return other.stated.year


def _range_year(mention: Mention, ctx: Context) -> int | None:
    """The year the other end of a range or pair writes ("Dec. 5-7, 2024", "9 y 10 de febrero de
    2027"), for its first end."""
    if Flag.YEAR_FROM_RANGE not in mention.flags:
        return None
    partner = ctx.following(mention)
    if partner is None or partner.range_role != mention.range_role and partner.range_role != "end":
        return None
    return partner.stated.year


#: What may stand between a narrative shift and the date set beside it: "Two days later, Monday, Aug. 10".
_APPOSITION_MARKS = frozenset({",", "(", ":", "\u2014", "\u2013"})


def _narrative_year(mention: Mention, month: int, day: int, ctx: Context) -> int | None:
    """The year of a narrative shift a yearless date is set beside, when it lands on that very day:
    "On Aug. 8, 1925, ... Two days later, Monday, Aug. 10" is Aug. 10, 1925."""
    after = mention
    previous = ctx.previous(mention)
    if previous is not None and previous.kind == Kind.WEEKDAY and previous.linked == mention.index:
        after, previous = previous, ctx.previous(previous)
    if previous is None or previous.kind not in (Kind.RELATIVE, Kind.ANAPHORIC) or previous.anchor_source != "mention":
        return None
    interval = previous.interval
    if interval is None or interval.first != interval.last or (interval.first.month, interval.first.day) != (month, day):
        return None
    gap = ctx.text[previous.end:after.start].strip()
    return interval.first.year if gap in _APPOSITION_MARKS else None


def _month_day(mention: Mention, anchor: date | None, year: int | None, ctx: Context) -> None:
    st = mention.stated
    month, day = st.month, st.day
    assert month is not None and day is not None
    if year is None:
        year = _range_year(mention, ctx)
    if year is None and mention.rel in _YEAR_SHIFT and anchor is not None:  # "3. Mai dieses Jahres"
        year = anchor.year + _YEAR_SHIFT[mention.rel]
        mention.anchor = None
    if year is None:
        year = _narrative_year(mention, month, day, ctx)
    if st.numeric_order in ("AMBIGUOUS", "AMBIGUOUS-DMY"):
        order = "DMY" if st.numeric_order == "AMBIGUOUS-DMY" else ctx.date_order
        if order == "DMY" and st.numeric_order == "AMBIGUOUS":
            month, day = day, month
        other = timex.safe_date(year, day, month) if year is not None else None
        if other is not None:
            mention.alternatives = (other.isoformat(),)
        mention.assumptions = (ctx.words.numeric_read_as(order),)
    if month > 12 or day > 31 or day < 1:
        mention.valid = False
        mention.problem = ctx.words.no_month(month) if month > 12 else ctx.words.no_day(day)
        mention.reading = Reading(Grain.DAY, year or None, month, day)
        mention.anchor = None
        return
    if year is None:
        if anchor is not None:
            year = nearest_year(month, day, anchor, mention, ctx)
        if year is None:
            _yearless(mention, month, day, ctx)
            return
        mention.assumptions = mention.assumptions + (ctx.words.YEAR_INFERRED,)
    else:
        mention.anchor = None
    _on_day(mention, year, month, day, ctx)


def _yearless(mention: Mention, month: int, day: int, ctx: Context) -> None:
    """A month-day with nothing to place it in a year: only whether it can exist is known."""
    mention.reading = Reading(Grain.DAY, None, month, day)
    mention.anchor = None
    if day > timex.days_in_month(2024, month):
        mention.valid = False
        mention.problem = ctx.words.month_has_days(month, timex.days_in_month(2024, month))


def _on_day(mention: Mention, year: int, month: int, day: int, ctx: Context) -> None:
    limit = timex.days_in_month(year, month)
    if day > limit:
        mention.valid = False
        if month == 2 and day == 29:
            mention.problem = ctx.words.not_leap_year(year)
        else:
            mention.problem = ctx.words.month_has_days(month, limit)
        mention.reading = Reading(Grain.DAY, year, month, day)
        return
    day_value = timex.safe_date(year, month, day)
    if day_value is None:  # a year beyond the calendar (before 1 or after 9999)
        mention.reading = Reading(Grain.DAY, year, month, day)
        return
    if Flag.WEEK_OF in mention.flags:
        mention.reading = Reading.in_week(day_value)
        mention.interval = timex.week_interval(day_value)
        return
    mention.reading = Reading(Grain.DAY, year, month, day, clock=_clock(mention))
    mention.interval = timex.day_interval(day_value)


def _clock(mention: Mention) -> tuple[int, int] | None:
    """The hour and minute of an ISO date-time ("2024-03-05T14:30"), as written after the day."""
    text = mention.text
    if mention.type != "TIME" or len(text) < 16:
        return None
    return int(text[11:13]), int(text[14:16])
