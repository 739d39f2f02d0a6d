"""Mentions + an anchor -> values: TIMEX3 value, calendar interval, alternatives, assumptions.

News conventions (AP style):

* relative expressions anchor to the publication date, or to the date of the section they stand
  in (a line that is only a date starts a dated section: datelines, live-blog entries, teasers);
* "two days later", "the next day", "a year earlier" anchor to the last date the story named;
* a month-day with no year is its occurrence nearest the anchor; tense only breaks near-ties;
* a bare weekday is the one in the week around the anchor: past tense the latest on or before
  it, future tense the next on or after it, the other kept as an alternative.
"""

from __future__ import annotations

from datetime import date, timedelta

from . import timex
from .holiday import holiday_date
from .model import Interval, Mention, Tense
from .tense import clause_tense

_PRESENT_REFS = frozenset({"now", "right now", "currently", "nowadays", "these days", "the present", "at present", "presently"})
_FUTURE_REFS = frozenset({
    "soon", "the future", "the near future", "the distant future", "the immediate future", "the near term", "the short term",
})

#: A yearless date this close to the anchor is taken as written, whatever the tense.
NEAR_DAYS = 60

_BACKWARD = frozenset({"last", "past", "the past", "the last", "the previous", "the prior", "this past", "previous", "the latest"})
_FORWARD = frozenset({"next", "coming", "the coming", "the next", "the following", "this coming"})
_SAME = frozenset({"this", "the current", "the", "that", "the same", "the latest"})


class Resolver:
    """Resolves the mentions of one text, in order, keeping the narrative's reference date."""

    def __init__(
        self,
        text: str,
        low: str,
        published: date | None,
        *,
        date_order: str = "MDY",
        country: str = "US",
    ) -> None:
        self.text = text
        self.low = low
        self.published = published
        self.date_order = date_order
        self.country = country
        self.sections: list[tuple[int, date]] = []  # (offset, day): a date line dates what follows it
        self.last_day: Mention | None = None  # the last mention that named a day, for "two days later"
        #: the last mention that named a month (or a day), and a year (or finer): "the following month"
        self.last_month: Mention | None = None
        self.last_year: Mention | None = None
        self.last_quarter: Mention | None = None
        self.range_years: dict[int, int] = {}

    # --- anchors ---------------------------------------------------------------------------

    def _anchor_for(self, mention: Mention) -> tuple[date | None, str | None]:
        anchor, source = self.published, "publication" if self.published else None
        for offset, day in self.sections:
            if offset <= mention.start:
                anchor, source = day, "dateline"
            else:
                break
        return anchor, source

    def _narrative_anchor(self, mention: Mention, unit: str = "day") -> tuple[date | None, str | None]:
        """The start of the last date the story named, for "two days later" and "that day"; for
        "the following month" a named month will do, and for "two years later" a named year."""
        candidates = [self.last_day]
        if unit in ("month", "quarter", "half", "year", "decade", "century"):
            candidates.append(self.last_month)
        if unit in ("year", "decade", "century"):
            candidates.append(self.last_year)
        previous = max((c for c in candidates if c is not None), key=lambda c: c.index, default=None)
        if previous is not None and previous.interval is not None:
            mention.anchor_mention = previous.index
            return previous.interval.first, "mention"
        return self._anchor_for(mention)

    def _tense(self, mention: Mention) -> Tense:
        tense = clause_tense(self.low, mention.start, mention.end)
        mention.tense = tense.value
        return tense

    # --- the main loop ---------------------------------------------------------------------

    def resolve(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        for mention in mentions:
            if mention.range_role == "end" and mention.stated.year is not None and mention.index > 0:
                self.range_years[mention.index - 1] = mention.stated.year
        for mention in mentions:
            anchor, source = self._anchor_for(mention)
            mention.anchor, mention.anchor_source = anchor, source
            method = getattr(self, "_resolve_" + mention.kind)
            method(mention, anchor)
            if mention.anchor is None:
                mention.anchor_source = None
            if mention.interval is not None and mention.kind not in ("duration", "age", "ref"):
                span = (mention.interval.last - mention.interval.first).days
                if mention.kind == "calendar" and span < 366:  # a month or a year the text names
                    self.last_year = mention
                    if span < 31:
                        self.last_month = mention
                if mention.value[:4].isdigit() and len(mention.value) >= 10 and mention.value[4] == "-" and "W" not in mention.value:
                    self.last_day = mention
            self._note_quarter(mention, anchor)
            self._period_ended(mention, anchor)
            if "date-line" in mention.flags and mention.resolved_date is not None:
                self.sections.append((mention.end, mention.resolved_date))
                self.last_day = mention
        self._link_ranges(mentions)

    def _note_quarter(self, mention: Mention, anchor: date | None) -> None:
        """Keep the last quarter reported on, for "the quarter", "a year earlier" and "that quarter".
        A forecast is not it: a quarter yet to start ("losses through the third quarter of 1990"), or
        the current one unless told in the past tense ("reported a decline in fourth-quarter profit",
        a fiscal quarter, yes; "the trend will continue into the fourth quarter", no)."""
        if (
            mention.kind != "quarter" or ("-Q" not in mention.value and "-H" not in mention.value)
            or {"year-earlier", "same-quarter"} & mention.flags
        ):
            return
        before = self.low[max(0, mention.start - 20):mention.start].split()
        if "after" in before[-3:] or "following" in before[-3:]:
            return  # "After a flat second quarter, …": background to the quarter reported on
        interval = mention.interval
        if anchor is not None and interval is not None and interval.last >= anchor:
            if interval.first > anchor or self._tense(mention) is not Tense.PAST:
                return  # a quarter not yet over counts only when its results are told in the past tense
        self.last_quarter = mention

    def _period_ended(self, mention: Mention, anchor: date | None) -> None:
        """"the fourth quarter ended Sept. 30": a fiscal quarter keeps its name as its value, and
        covers the three months up to the day named; "the year ended Sept. 30" is the year to it."""
        if mention.kind != "calendar" or mention.stated.day is None or mention.interval is None or mention.index < 1:
            return
        quarter = self.mentions[mention.index - 1]
        if self.low[quarter.end:mention.start].strip() not in ("ended", "ending", "that ended", "which ended"):
            return
        end = mention.interval.last
        if quarter.kind == "relunit" and "unit:year" in quarter.flags and "rel:the" in quarter.flags:
            # "the year ended Dec. 31": the (fiscal) year that ended on that day
            quarter.value = timex.year_value(end.year)
            quarter.interval = Interval(timex.shift_years(end, -1) + timedelta(days=1), end)
            return
        if quarter.kind != "quarter" or "-Q" not in quarter.value or quarter.interval is None:
            return
        if abs((quarter.interval.last - end).days) > 366:
            return  # not the quarter's own end: a fiscal year runs at most a year off the calendar
        year, month = timex.add_months(end.year, end.month, -3)
        start = date(year, month, min(end.day, timex.days_in_month(year, month))) + timedelta(days=1)
        quarter.interval = Interval(start, end)
        self._note_quarter(quarter, anchor)

    def _link_ranges(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            if mention.range_role == "start" and mention.index + 1 < len(mentions):
                partner = mentions[mention.index + 1]
                mention.range_partner, partner.range_partner = partner.index, mention.index

    # --- explicit calendar dates -------------------------------------------------------------

    def _full_year(self, year: int, two_digit: bool, anchor: date | None) -> int:
        if not two_digit or year >= 100:  # "2008-09": the tokenizer has already written 2009 in full
            return year
        if anchor is None:
            return 2000 + year if year < 50 else 1900 + year
        candidate = anchor.year // 100 * 100 + year
        if candidate > anchor.year + 10:
            candidate -= 100
        return candidate

    def _nearest_year(self, month: int, day: int, anchor: date, mention: Mention) -> int:
        """The year that puts month-day nearest the anchor; tense breaks near-ties."""
        options = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            candidate = timex.safe_date(year, month, min(day, timex.days_in_month(year, month)))
            if candidate is not None:
                options.append(((candidate - anchor).days, year))
        options.sort(key=lambda item: abs(item[0]))
        best_distance, best_year = options[0]
        if len(options) > 1 and abs(best_distance) > NEAR_DAYS:
            tense = self._tense(mention)
            want_future = tense is Tense.FUTURE
            if tense in (Tense.PAST, Tense.FUTURE):
                for distance, year in options[:2]:
                    if (distance > 0) == want_future and distance != 0:
                        return year
            elif abs(options[1][0]) - abs(best_distance) < 14:
                return min(options[:2])[1]  # a near-tie with no tense: news looks back more than ahead
        return best_year

    def _resolve_calendar(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        year = st.year
        if year is not None:
            year = self._full_year(year, st.two_digit_year, anchor)
        if st.month is not None and st.day is None and any(f.startswith("rel:") for f in mention.flags):
            self._resolve_relative_month(mention, anchor)
            return
        if st.month is not None and st.day is not None:
            self._resolve_month_day(mention, anchor, year)
            return
        if st.month is not None:
            if year is None:
                if anchor is None:
                    mention.value = f"XXXX-{st.month:02d}"
                    mention.anchor = None
                    return
                year = self._nearest_month_year(st.month, anchor, mention)
                mention.assumptions = ("year inferred from the anchor date",)
            else:
                mention.anchor = None
            mention.value = timex.month_value(year, st.month)
            mention.interval = timex.narrow(timex.month_interval(year, st.month), st.modifier)
            return
        if year is not None:
            mention.anchor = None
            mention.value = timex.year_value(year)
            mention.interval = timex.narrow(timex.year_interval(year), st.modifier)

    def _resolve_month_day(self, mention: Mention, anchor: date | None, year: int | None) -> None:
        st = mention.stated
        month, day = st.month, st.day
        assert month is not None and day is not None
        if year is None and mention.range_role == "start" and "year-from-range" in mention.flags:
            partner = self._range_partner_year(mention)
            if partner is not None:
                year = partner
        if st.numeric_order in ("AMBIGUOUS", "AMBIGUOUS-DMY"):
            order = "DMY" if st.numeric_order == "AMBIGUOUS-DMY" else self.date_order
            if order == "DMY" and st.numeric_order == "AMBIGUOUS":
                month, day = day, month
            full_year = year
            other = timex.safe_date(full_year, day, month) if full_year is not None else None
            if other is not None:
                mention.alternatives = (other.isoformat(),)
            mention.assumptions = (f"numeric date read as {order}",)
        if month > 12 or day > 31 or day < 1:
            mention.valid = False
            mention.problem = f"there is no month {month}" if month > 12 else f"no month has a day {day}"
            mention.value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
            mention.anchor = None
            return
        if year is None:
            if anchor is None:
                mention.value = f"XXXX-{month:02d}-{day:02d}"
                mention.anchor = None
                if day > timex.days_in_month(2024, month):
                    mention.valid = False
                    mention.problem = f"{_month_name(month)} has {timex.days_in_month(2024, month)} days"
                return
            year = self._nearest_year(month, day, anchor, mention)
            mention.assumptions = mention.assumptions + ("year inferred from the anchor date",)
        else:
            mention.anchor = None
        limit = timex.days_in_month(year, month)
        if day > limit:
            mention.valid = False
            if month == 2 and day == 29:
                mention.problem = f"{year} is not a leap year"
            else:
                mention.problem = f"{_month_name(month)} has {limit} days"
            mention.value = f"{year:04d}-{month:02d}-{day:02d}"
            return
        day_value = date(year, month, day)
        if "week-of" in mention.flags:
            mention.value = timex.week_value(day_value)
            mention.interval = timex.week_interval(day_value)
            return
        mention.value = day_value.isoformat()
        if mention.type == "TIME":
            mention.value = mention.text[:16].upper().replace(" ", "T") if len(mention.text) >= 16 else mention.value
        mention.interval = timex.day_interval(day_value)

    def _range_partner_year(self, mention: Mention) -> int | None:
        """The year the other end of a range writes ("Dec. 5-7, 2024"); it is resolved after this one."""
        return self.range_years.get(mention.index)

    def _nearest_month_year(self, month: int, anchor: date, mention: Mention) -> int:
        """A month named alone: the last such month for a clause in the past tense, the next
        one for the future; with no tense, the last one unless it is at most two months ahead.
        As for a month-day, a month within NEAR_DAYS of the anchor is taken whatever the tense."""
        near_distance, near_year = min(
            (timex.month_interval(year, month).days_from(anchor), year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        )
        if near_distance <= NEAR_DAYS:
            return near_year
        listed = self._listed_after(mention)
        if listed is not None:  # "Italy in November, Mexico in January, Magi-Fest in February": onward
            return listed.year if month >= listed.month else listed.year + 1
        diff = month - anchor.month  # in months, same year
        tense = self._tense(mention)
        if tense is Tense.PAST:
            return anchor.year if diff <= 0 else anchor.year - 1
        if tense is Tense.FUTURE:
            return anchor.year if diff >= 0 else anchor.year + 1
        if diff < -9:
            return anchor.year + 1  # "January" in a story of late December
        return anchor.year if diff <= 2 else anchor.year - 1

    def _listed_after(self, mention: Mention) -> date | None:
        """The month before this one in a list of months ("in November, ... in January"): the first
        day of the month the previous item resolved to, when the two are close in one sentence."""
        if mention.index < 1:
            return None
        previous = self.mentions[mention.index - 1]
        st = previous.stated
        if previous.kind != "calendar" or st.month is None or st.day is not None or previous.interval is None:
            return None
        gap = self.low[previous.end:mention.start]
        if len(gap) > 50 or "," not in gap and " and " not in gap or any(mark in gap for mark in ".;!?\n"):
            return None
        return previous.interval.first

    def _resolve_relative_month(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.month is not None
        rel = next(flag[4:] for flag in mention.flags if flag.startswith("rel:"))
        if anchor is None:
            mention.value = f"XXXX-{st.month:02d}"
            mention.anchor = None
            return
        if rel in ("last", "this past", "the previous"):
            year = anchor.year if st.month < anchor.month - 1 else anchor.year - 1
        elif rel in ("last year", "next year", "this year"):
            year = anchor.year + {"last year": -1, "next year": 1}.get(rel, 0)
        elif rel in ("next", "this coming", "the following"):
            year = anchor.year if st.month > anchor.month else anchor.year + 1
        else:  # "this September": the one in the anchor's year
            year = anchor.year
        mention.value = timex.month_value(year, st.month)
        mention.interval = timex.narrow(timex.month_interval(year, st.month), st.modifier)

    # --- weekdays, relative days and units ------------------------------------------------------

    def _resolve_weekday(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.weekday is not None
        rel = next((flag[4:] for flag in mention.flags if flag.startswith("rel:")), None)
        if rel in ("the previous", "the following", "the next"):
            anchor, mention.anchor_source = self._narrative_anchor(mention)
            mention.anchor = anchor
        if anchor is None:
            mention.value = f"XXXX-WXX-{st.weekday + 1}"
            return
        if mention.linked is not None and mention.linked > mention.index and rel is None:
            tied = self._tied_date(mention)
            if tied is not None and tied.weekday() == st.weekday:
                mention.value = tied.isoformat()
                mention.interval = timex.day_interval(tied)
                mention.anchor_mention = mention.linked
                return
        back = (anchor.weekday() - st.weekday) % 7  # days back to the latest such weekday (0 = the anchor)
        forward = (st.weekday - anchor.weekday()) % 7
        before = anchor - timedelta(days=back)
        after = anchor + timedelta(days=forward)
        if rel in ("last", "past", "this past", "the previous"):
            chosen = before if back else anchor - timedelta(days=7)
            other = chosen - timedelta(days=7) if rel == "last" and back <= 1 else None
        elif rel in ("next", "coming", "this coming", "the following", "the next"):
            chosen = after if forward else anchor + timedelta(days=7)
            other = chosen + timedelta(days=7) if rel == "next" else None
        elif rel == "this":
            tense = self._tense(mention)
            chosen = before if tense is Tense.PAST else after
            other = after if chosen == before else before
        else:
            tense = self._possessive_tense(mention) or self._tense(mention)
            if tense is Tense.FUTURE:
                chosen, other = after, before
            else:
                chosen, other = before, after
            if chosen == other:
                other = None
        mention.value = chosen.isoformat()
        mention.interval = timex.day_interval(chosen)
        if other is not None and other != chosen:
            mention.alternatives = (other.isoformat(),)

    def _possessive_tense(self, mention: Mention) -> Tense | None:
        """"Wednesday's ruling", "Friday's close": a day reported on, whatever the verb of the
        sentence; "Saturday's game will decide" looks ahead."""
        if not self.low.startswith(("'s ", "’s "), mention.end):
            return None
        following = self.low[mention.end + 3:mention.end + 60].split()[:4]
        if "will" in following or "is" in following and any(w in following for w in ("set", "scheduled", "expected", "slated")):
            return Tense.FUTURE
        mention.tense = Tense.PAST.value
        return Tense.PAST

    def _tied_date(self, mention: Mention) -> date | None:
        """The day written beside a weekday ("Tuesday, Dec. 3"), resolved on its own."""
        assert mention.linked is not None
        other = self.mentions[mention.linked]
        if other.kind != "calendar" or other.stated.month is None or other.stated.day is None:
            return None
        probe = Mention(other.start, other.end, other.text, other.kind, other.stated)
        probe.index = other.index
        anchor, _ = self._anchor_for(other)
        self._resolve_calendar(probe, anchor)
        return probe.resolved_date

    def _next_day_named(self, mention: Mention) -> date | None:
        """The day of the mention right after this one ("the day before [last Tuesday]"), resolved
        on its own; None when it is not a single day."""
        if mention.index + 1 >= len(self.mentions):
            return None
        other = self.mentions[mention.index + 1]
        probe = Mention(other.start, other.end, other.text, other.kind, other.stated)
        probe.index, probe.flags, probe.linked = other.index, other.flags, other.linked
        anchor, _ = self._anchor_for(other)
        getattr(self, "_resolve_" + other.kind)(probe, anchor)
        return probe.resolved_date

    def _resolve_relative(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.offset is not None
        unit, amount = st.offset
        if "narrative" in mention.flags:
            anchor, mention.anchor_source = self._narrative_anchor(mention, unit)
            mention.anchor = anchor
        if st.vague_offset:
            future = amount > 0 or mention.text.lower().endswith(("later", "from now", "hence", "after"))
            mention.value = "FUTURE_REF" if future else "PAST_REF"
            return
        if anchor is None:
            mention.value = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
            return
        self._shift(mention, anchor, unit, amount)

    def _shift(self, mention: Mention, anchor: date, unit: str, amount: int) -> None:
        if unit in ("day", "hour", "minute", "second"):
            if unit != "day":
                amount = 0 if abs(amount) < 24 or unit != "hour" else amount // 24
            day = anchor + timedelta(days=amount)
            mention.value = day.isoformat()
            mention.interval = timex.day_interval(day)
        elif unit == "week":
            day = anchor + timedelta(weeks=amount)
            mention.value = timex.week_value(day)
            mention.interval = timex.week_interval(day)
        elif unit == "month":
            year, month = timex.add_months(anchor.year, anchor.month, amount)
            mention.value = timex.month_value(year, month)
            mention.interval = timex.month_interval(year, month)
        elif unit == "quarter":
            year, quarter = timex.add_quarters(anchor.year, timex.quarter_of(anchor), amount)
            mention.value = timex.quarter_value(year, quarter)
            mention.interval = timex.quarter_interval(year, quarter)
        else:
            years = amount * {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
            if unit == "year" and abs(amount) == 1 and self._year_ago_quarter(mention, amount):
                return
            year = anchor.year + years
            mention.value = timex.year_value(year)
            mention.interval = timex.year_interval(year)

    def _year_ago_quarter(self, mention: Mention, amount: int) -> bool:
        """Financial news: "up from $2.8 million a year ago", just after a quarter's results, means
        the same quarter a year before. True when the mention was resolved so."""
        context = self.last_quarter
        if mention.kind != "relative" or context is None or "-Q" not in context.value:
            return False
        if mention.start - context.end >= 1500:
            return False
        q_year, quarter = int(context.value[:4]), int(context.value[-1])
        mention.value = timex.quarter_value(q_year + amount, quarter)
        mention.interval = _years_later(context.interval, amount)
        mention.anchor_mention = context.index
        return True

    def _resolve_anaphoric(self, mention: Mention, anchor: date | None) -> None:
        assert mention.stated.offset is not None
        unit, amount = mention.stated.offset
        if "of-next" in mention.flags:  # "the day after Christmas": the day named next, resolved first
            anchor = self._next_day_named(mention)
            mention.anchor_source = "mention" if anchor is not None else None
            if anchor is not None:
                mention.anchor_mention = mention.index + 1
        else:
            anchor, mention.anchor_source = self._narrative_anchor(mention, unit)
        mention.anchor = anchor
        if anchor is None:
            mention.value = "XXXX-XX-XX"
            return
        self._shift(mention, anchor, unit, amount)

    def _resolve_relunit(self, mention: Mention, anchor: date | None) -> None:
        rel = next(flag[4:] for flag in mention.flags if flag.startswith("rel:"))
        unit = next(flag[5:] for flag in mention.flags if flag.startswith("unit:"))
        if "narrative" in mention.flags:
            # "earlier in the year" stays with the story's last dated day; "the following year" may
            # follow a year named alone
            by_unit = unit if rel != "the" else "day"
            anchor, mention.anchor_source = self._narrative_anchor(mention, by_unit)
            mention.anchor = anchor
        if anchor is None:
            mention.value = {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
            return
        shift = -1 if rel in _BACKWARD else 1 if rel in _FORWARD else 0
        modifier = mention.stated.modifier
        if unit == "weekend":
            saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
            if rel == "the" or rel == "this" and anchor.weekday() < 5:
                if self._tense(mention) is not Tense.FUTURE and anchor.weekday() < 5:
                    saturday -= timedelta(days=7)
            saturday += timedelta(weeks=shift)
            mention.value = timex.week_value(saturday) + "-WE"
            mention.interval = timex.weekend_interval(saturday)
            return
        if unit == "quarter":
            reported = rel in ("the", "that", "the same") or rel == "this" and self._tense(mention) is not Tense.FUTURE
            if reported and self.last_quarter is not None and "-Q" in self.last_quarter.value:
                mention.value = self.last_quarter.value
                mention.interval = self.last_quarter.interval
                mention.anchor_mention = self.last_quarter.index
                return
            if rel in ("the", "the latest"):
                shift = -1
            year, quarter = timex.add_quarters(anchor.year, timex.quarter_of(anchor), shift)
            mention.value = timex.quarter_value(year, quarter)
            mention.interval = timex.narrow(timex.quarter_interval(year, quarter), modifier)
            return
        if unit == "decade":
            decade = anchor.year // 10 + shift
            mention.value = f"{decade:03d}"
            mention.interval = timex.narrow(Interval(date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)), modifier)
            return
        if unit == "century":
            century = anchor.year // 100 + shift
            mention.value = f"{century:02d}"
            mention.interval = Interval(date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31))
            return
        if unit == "half":
            half = 1 if anchor.month <= 6 else 2
            year, half = divmod(anchor.year * 2 + half - 1 + shift, 2)
            mention.value = f"{year:04d}-H{half + 1}"
            mention.interval = timex.half_interval(year, half + 1)
            return
        if unit == "week" and rel in ("the past", "the last") and modifier is None:
            shift = -1
        self._shift(mention, anchor, unit, shift)
        mention.interval = timex.narrow(mention.interval, modifier)

    def _resolve_quarter(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        flags = mention.flags
        year = self._full_year(st.year, st.two_digit_year, anchor) if st.year is not None else None
        rel_year = next((flag[9:] for flag in flags if flag.startswith("rel-year:")), None)
        if year is None and rel_year and anchor is not None:
            year = anchor.year + {"last": -1, "next": 1}.get(rel_year, 0)
        if st.half is not None:
            if year is None:
                if anchor is None:
                    mention.value = f"XXXX-H{st.half}"
                    return
                year = anchor.year
            mention.value = f"{year:04d}-H{st.half}"
            mention.interval = timex.half_interval(year, st.half)
            return
        if anchor is None and year is None:
            mention.value = f"XXXX-Q{st.quarter}" if st.quarter else "XXXX-QX"
            return
        if year is not None and st.quarter is not None:
            mention.anchor = None
            mention.value = timex.quarter_value(year, st.quarter)
            mention.interval = timex.quarter_interval(year, st.quarter)
            return
        current = (anchor.year, timex.quarter_of(anchor)) if anchor is not None else (year or 1, 4)
        if "same-quarter" in flags and year is not None:
            # "the 1988 quarter": the quarter the story is about, in the year written
            if self.last_quarter is not None and "-Q" in self.last_quarter.value:
                quarter = int(self.last_quarter.value[-1])
                mention.anchor_mention = self.last_quarter.index
            else:
                quarter = timex.add_quarters(current[0], current[1], -1)[1]
            mention.value = timex.quarter_value(year, quarter)
            mention.interval = timex.quarter_interval(year, quarter)
            return
        if "year-earlier" in flags:
            base = None
            if self.last_quarter is not None and "-Q" in self.last_quarter.value:
                base = (int(self.last_quarter.value[:4]), int(self.last_quarter.value[-1]))
                mention.anchor_mention = self.last_quarter.index
            if st.quarter is not None:
                base = (anchor.year, st.quarter) if base is None else (base[0], st.quarter)
            if base is None:
                base = timex.add_quarters(current[0], current[1], -1)
            q_year, quarter = base[0] - 1, base[1]
            if mention.anchor_mention is not None and (st.quarter is None or st.quarter == int(self.last_quarter.value[-1])):
                mention.value = timex.quarter_value(q_year, quarter)
                mention.interval = _years_later(self.last_quarter.interval, -1)  # a fiscal quarter's months
                return
        elif st.quarter is None:
            if {"same", "latest"} & flags and self.last_quarter is not None and "-Q" in self.last_quarter.value:
                # "the same quarter", "the latest period": the quarter being reported on
                mention.value, mention.interval = self.last_quarter.value, self.last_quarter.interval
                mention.anchor_mention = self.last_quarter.index
                return
            shift = 0 if "current" in flags else -1
            q_year, quarter = timex.add_quarters(current[0], current[1], shift)
        elif year is not None:
            q_year, quarter = year, st.quarter
        else:
            quarter = st.quarter
            tense = self._tense(mention)
            if tense is Tense.FUTURE and quarter < current[1] - 1:
                q_year = current[0] + 1
            elif tense is Tense.FUTURE:
                q_year = current[0] if quarter >= current[1] - 1 else current[0] + 1
            else:
                q_year = current[0] if quarter <= current[1] else current[0] - 1
        mention.value = timex.quarter_value(q_year, quarter)
        mention.interval = timex.quarter_interval(q_year, quarter)

    def _resolve_season(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.season is not None
        rel = next((flag[4:] for flag in mention.flags if flag.startswith("rel:")), None)
        if st.year is not None:
            year = st.year
            mention.anchor = None
        elif anchor is None:
            mention.value = f"XXXX-{st.season}"
            return
        else:
            current_year, current = timex.season_of(anchor)
            order = ["WI", "SP", "SU", "FA"]

            def index(y: int, s: str) -> int:
                return y * 4 + order.index(s) if s != "WI" else (y + 1) * 4

            here = index(current_year, current)
            candidates = [(y, st.season) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            past = [c for c in candidates if index(*c) < here]
            future = [c for c in candidates if index(*c) > here]
            same = [c for c in candidates if index(*c) == here]
            if rel in ("last", "this past"):
                year = max(past, key=lambda c: index(*c))[0]
            elif rel in ("next", "this coming"):
                year = min(future, key=lambda c: index(*c))[0]
            elif same:
                year = same[0][0]
            else:
                tense = self._tense(mention)
                if rel == "this":
                    year = anchor.year if st.season != "WI" or anchor.month == 12 else anchor.year - 1
                    if tense is Tense.FUTURE and index(year, st.season) < here:
                        year += 1
                elif tense is Tense.FUTURE:
                    year = min(future, key=lambda c: index(*c))[0]
                else:
                    year = max(past, key=lambda c: index(*c))[0]
        mention.value = f"{year:04d}-{st.season}"
        mention.interval = timex.narrow(timex.season_interval(year, st.season), st.modifier)

    def _resolve_decade(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.decade is not None
        decade = st.decade
        mention.anchor = None
        if st.two_digit_year:
            reference = anchor.year if anchor is not None else 2000
            century = reference // 100
            decade = century * 10 + decade
            if decade * 10 > reference:
                decade -= 10
        mention.value = f"{decade:03d}"
        mention.interval = timex.narrow(Interval(date(max(decade * 10, 1), 1, 1), date(decade * 10 + 9, 12, 31)), st.modifier)

    def _resolve_century(self, mention: Mention, anchor: date | None) -> None:
        century = mention.stated.century
        assert century is not None
        mention.anchor = None
        mention.value = f"{century:02d}"
        mention.interval = Interval(date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31))

    def _resolve_holiday(self, mention: Mention, anchor: date | None) -> None:
        st = mention.stated
        assert st.holiday is not None
        rel = next((flag[4:] for flag in mention.flags if flag.startswith("rel:")), None)
        if st.year is not None:
            mention.anchor = None
            day = holiday_date(st.holiday, st.year, self.country)
        elif anchor is None:
            mention.value = "XXXX-XX-XX"
            return
        else:
            days = [
                d for d in (holiday_date(st.holiday, y, self.country) for y in (anchor.year - 1, anchor.year, anchor.year + 1))
                if d is not None
            ]
            if not days:
                mention.value = "XXXX-XX-XX"
                return
            if rel in ("last", "this past"):
                day = max((d for d in days if d < anchor), default=days[0])
            elif rel in ("next", "this coming"):
                day = min((d for d in days if d > anchor), default=days[-1])
            elif rel == "this":
                day = next((d for d in days if d.year == anchor.year), days[0])
            else:
                days.sort(key=lambda d: abs((d - anchor).days))
                day = days[0]
                if len(days) > 1 and abs(abs((days[1] - anchor).days) - abs((day - anchor).days)) < 45:
                    tense = self._tense(mention)
                    if tense is Tense.FUTURE and day < anchor:
                        day = days[1]
                    elif tense is Tense.PAST and day > anchor:
                        day = days[1]
        if day is None:
            mention.value = "XXXX-XX-XX"
            mention.assumptions = (f"no {st.holiday} in the {self.country} calendar",)
            return
        if "week-of" in mention.flags:
            mention.value, mention.interval = timex.week_value(day), timex.week_interval(day)
            return
        mention.value = day.isoformat()
        mention.interval = timex.day_interval(day)

    def _resolve_ref(self, mention: Mention, anchor: date | None) -> None:
        words = " ".join(mention.text.lower().split())
        if words in _PRESENT_REFS:
            mention.value = "PRESENT_REF"
        elif words in _FUTURE_REFS:
            mention.value = "FUTURE_REF"
        else:
            mention.value = "PAST_REF"
        if anchor is not None and mention.value == "PRESENT_REF":
            mention.interval = timex.day_interval(anchor)

    def _resolve_duration(self, mention: Mention, anchor: date | None) -> None:
        mention.value = duration_value(mention)
        mention.anchor = None

    def _resolve_age(self, mention: Mention, anchor: date | None) -> None:
        mention.value = duration_value(mention)
        mention.anchor = None


def duration_value(mention: Mention) -> str:
    assert mention.stated.offset is not None
    unit, amount = mention.stated.offset
    n = "X" if mention.stated.vague_offset else str(abs(amount))
    if unit in ("hour", "minute", "second"):
        return f"PT{n}{unit[0].upper()}"
    if unit == "decade":
        return f"P{n}0Y" if n != "X" else "PXDE"
    if unit == "century":
        return f"P{n}00Y" if n != "X" else "PXCE"
    if unit == "quarter":
        return f"P{n}Q"
    if unit == "weekend":
        return f"P{n}WE"
    return f"P{n}{unit[0].upper()}"


def _month_name(month: int) -> str:
    from .lexicon import MONTH_NAMES

    return MONTH_NAMES[month - 1]


def resolve(
    mentions: list[Mention],
    text: str,
    low: str,
    published: date | None,
    *,
    date_order: str = "MDY",
    country: str = "US",
) -> list[Mention]:
    """Fill in value, interval, anchor, alternatives and assumptions of each mention, in place."""
    resolver = Resolver(text, low, published, date_order=date_order, country=country)
    resolver.resolve(mentions)
    return mentions


def _years_later(interval: Interval | None, years: int) -> Interval | None:
    """The same stretch of the calendar `years` later (earlier when negative)."""
    if interval is None:
        return None
    return Interval(timex.shift_years(interval.first, years), timex.shift_years(interval.last, years))
