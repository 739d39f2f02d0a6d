"""What DC201 (stale-year) reads in a story about its candidates, besides the shared recency cues.

A candidate is a full date written a year before the day that would make it recent news (`day`
as written, `corrected` one year on, `now` the story's date at that point). `StoryReading` is
built once per story and answers, for each candidate:

* `told_as_old`: does the text mark the written year as meant (an old-news cue in its sentence, a
  year reckoned from it, a count of a year since it, "since" with no count that fits the corrected
  year)?
* `dealt_with` / `year_contrast`: does the story deal with the written year on purpose, or write
  the corrected year beside it, so that both are meant?
* `evidence`: what presents the date as this story's news? For the end of a reporting period
  ("the quarter ended Sept. 30"), the period set against the year before or named as the
  story's quarter; for any other date, a recent date or recency cue near it or in its section
  (wire datelines left out: they date the story, not its news), or a count of the time since it
  that fits the corrected year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import islice
from types import SimpleNamespace

from ..calendar_math import add_days
from ..lang import language
from ..model import Flag, Kind, Mention, Related
from ..patterns import DATELINE_AFTER, after_dateline_place
from .base import CheckContext
from .gated import screened
from .recency import cues, recent_evidence

_WORD = re.compile(r"[^\W\d_]+")
#: As written, a candidate lies at least this far before its story's date.
FAR = timedelta(days=180)


@lru_cache(maxsize=None)
def stale_cues(code: str) -> SimpleNamespace:
    """The patterns of ``lang/<code>/stale_cues.py``, compiled once per language (each searched only
    where one of its words is: ``gated.py``)."""
    words = language(code).stale_cues
    names = ("PERIOD_END", "EARLIER_SIDE", "EARLIER_NEAR", "YEAR_BEFORE_COMPARED", "SEQUEL", "BEGUN_BEFORE", "FIRST_SPAN",
             "STILL_AHEAD")
    return SimpleNamespace(**{name: screened(re.compile(getattr(words, name))) for name in names})

#: After a date that opens an entry of a dated list: "March 3, 2025 — ...", "May 9: ...".
_ENTRY_AFTER = re.compile(r"[ \t]*(?:\u2014|\u2013|-{1,2}|:)[ \t]")
#: What may stand before such a date on its line: blanks and bullets.
_BULLETS = " \t*-\u2022"
#: How much of the next sentence is its opening, where "A year later," refers back to the date.
_OPENING = 40
#: Days in each unit a duration may name, and how far off a count of them may be and still fit
#: (for years, per year counted).
_UNIT_DAYS = {"day": (1.0, 1), "week": (7.0, 3), "month": (30.44, 16), "year": (365.25, 62)}
#: How long a count of "about a year" is, in days: every candidate lies this far before its story.
_ABOUT_A_YEAR = (300, 430)
#: How far from a date the words of its sentence (and of the next) and the durations of its
#: paragraph are read: a table or list without sentence ends is one long sentence, which read
#: whole from each of its dates made the rule quadratic.
_SENTENCE_REACH = 600
_PARAGRAPH_REACH = 3000


def period_end(ctx: CheckContext, mention: Mention) -> bool:
    """Whether the date closes a reporting period: "for the quarter ended Sept. 30, 2025"."""
    return stale_cues(ctx.lang).PERIOD_END.search(ctx.before(mention.start, 60, clause=True)) is not None


def _fits(duration: Mention, low: int, high: int) -> bool:
    """Whether a duration ("two weeks", "nearly a year") may be between `low` and `high` days long."""
    assert duration.reading is not None and duration.reading.duration is not None
    unit, amount = duration.reading.duration
    if amount is None or unit not in _UNIT_DAYS:
        return False
    length, slack = _UNIT_DAYS[unit]
    slack *= amount if unit == "year" else 1
    return low - slack <= amount * length <= high + slack


def _long_before(ctx: CheckContext, mention: Mention) -> bool:
    """A year, or a month that ended long before the story's date ("March 2025" in March 2026)."""
    if mention.stated.month is None:
        return True
    now = ctx.now_at(mention.start)
    return mention.interval is not None and now is not None and now - mention.interval.last >= FAR


def _any_between(starts: list[int], start: int, end: int) -> bool:
    return bisect_left(starts, start) < bisect_left(starts, end)


def _wire_dateline(ctx: CheckContext, mention: Mention) -> bool:
    """Whether `mention` is a story's wire dateline ("OSLO, March 2 - ...")."""
    return DATELINE_AFTER.match(ctx.text, mention.end) is not None and after_dateline_place(ctx.text, mention.start)


def _list_entry(ctx: CheckContext, mention: Mention) -> bool:
    """A date that opens its line and is followed by a dash or a colon: "March 3, 2025 — ..."."""
    text, at = ctx.text, mention.start
    while at > 0 and text[at - 1] in _BULLETS:  # back over the blanks and bullets before it only
        at -= 1
    return (at == 0 or text[at - 1] == "\n") and _ENTRY_AFTER.match(text, mention.end) is not None


class StoryReading:
    """One story as DC201 reads it: built once, from the story and the mentions that are not
    candidates (the offsets kept are in text order, as the mentions are)."""

    def __init__(self, ctx: CheckContext, kept: Iterable[Mention]) -> None:
        self.ctx = ctx
        self._kept = kept
        self._view: CheckContext | None = None

    def in_chronology(self, mention: Mention) -> bool:
        """Whether `mention` opens an entry of a dated list of two or more entries ("March 3, 2025 —
        ..."): a chronology gives each event its own year, whatever the story's date."""
        return self._entry(mention) and self._entries >= 2

    def _entry(self, mention: Mention) -> bool:
        return mention.stated.year is not None and _list_entry(self.ctx, mention) \
            and not _wire_dateline(self.ctx, mention)

    @cached_property
    def _entries(self) -> int:
        """How many dates open an entry of a dated list, counted up to two."""
        return len(list(islice(filter(self._entry, self.ctx.of_kind(Kind.CALENDAR)), 2)))

    # --- what the story writes, indexed when first asked (most candidates are settled before) ---

    @cached_property
    def _years(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """year -> where a date of it is written other than as a slip; year -> where the year
        itself is given ("in 2025", or "March 2025" long before the story: "December 2025" in
        January is recent news, not that year dealt with)."""
        anywhere: dict[int, list[int]] = {}
        given: dict[int, list[int]] = {}
        for m in self._kept:
            if m.stated.year is not None and Flag.DATE_LINE not in m.flags:
                anywhere.setdefault(m.stated.year, []).append(m.start)
                if m.kind == Kind.CALENDAR and m.stated.day is None and _long_before(self.ctx, m):
                    given.setdefault(m.stated.year, []).append(m.start)
        return anywhere, given

    @cached_property
    def _dates(self) -> tuple[dict[int, list[int]], dict[tuple[int, int | None, int | None], list[int]]]:
        """year -> where a date with a month is written in it; (year, month, day) as written -> where
        (a wire dateline left out: "TARVILLE, May 4, 2023 - " is the story's date, not its lead's)."""
        written: dict[int, list[int]] = {}
        days: dict[tuple[int, int | None, int | None], list[int]] = {}
        for m in self.ctx.of_kind(Kind.CALENDAR):
            st = m.stated
            if st.year is None or _wire_dateline(self.ctx, m):
                continue
            if st.month is not None:
                written.setdefault(st.year, []).append(m.start)
            days.setdefault((st.year, st.month, st.day), []).append(m.start)
        return written, days

    @cached_property
    def durations(self) -> list[Mention]:
        return [m for m in self.ctx.of_kind(Kind.DURATION) if m.reading and m.reading.duration]

    @cached_property
    def _duration_starts(self) -> list[int]:
        return [m.start for m in self.durations]

    @cached_property
    def _about_a_year(self) -> list[int]:
        return [m.start for m in self.durations if _fits(m, *_ABOUT_A_YEAR)]

    @cached_property
    def _quarters(self) -> dict[tuple[date | None, date], Mention]:
        """(the story's date at a quarter, the quarter's last day) -> the first such quarter named."""
        found: dict[tuple[date | None, date], Mention] = {}
        for m in self.ctx.of_kind(Kind.QUARTER):
            if m.interval is not None and m.anchor_source != "mention":
                found.setdefault((self.ctx.now_at(m.start), m.interval.last), m)
        return found

    # --- the text around a date -------------------------------------------------------------

    def next_sentence(self, offset: int) -> tuple[int, int] | None:
        """The sentence after the one holding `offset`, in the same paragraph."""
        ctx = self.ctx
        _, end = ctx.sentence_bounds(offset)
        _, paragraph_end = ctx.paragraph_bounds(offset)
        start = end
        while start < paragraph_end and ctx.low[start].isspace():
            start += 1
        if start >= paragraph_end:
            return None
        found = ctx.sentence_bounds(start)
        return found if found[0] >= end else None

    def _reach(self, mention: Mention) -> int:
        """The end of the date's sentence, or of the next one when there is one (at most twice
        the sentence reach after the date)."""
        following = self.next_sentence(mention.start)
        end = following[1] if following is not None else self.ctx.sentence_bounds(mention.start)[1]
        return min(end, mention.end + 2 * _SENTENCE_REACH)

    def _sentence(self, mention: Mention) -> tuple[int, int]:
        """The date's sentence, at most the sentence reach either side of it."""
        start, end = self.ctx.sentence_bounds(mention.start)
        return max(start, mention.start - _SENTENCE_REACH), min(end, mention.end + _SENTENCE_REACH)

    def _paragraph(self, mention: Mention) -> tuple[int, int]:
        """The date's paragraph, at most the paragraph reach either side of it."""
        start, end = self.ctx.paragraph_bounds(mention.start)
        return max(start, mention.start - _PARAGRAPH_REACH), min(end, mention.end + _PARAGRAPH_REACH)

    def compared(self, mention: Mention) -> tuple[int, int] | None:
        """For the end of a period, where the rest of its sentence or the next sentence sets that
        period against the year before ("up 39% from $38 million a year earlier")."""
        if not period_end(self.ctx, mention):
            return None
        found = stale_cues(self.ctx.lang).YEAR_BEFORE_COMPARED.search(self.ctx.low, mention.end, self._reach(mention))
        return None if found is None else found.span()

    def elapsed(self, start: int, end: int, day: date, now: date) -> Mention | None:
        """A duration between `start` and `end`, in the section of `now`, as long as the time from
        `day` to `now` ("the two-week standoff" two weeks after the day)."""
        gap = (now - day).days
        first = bisect_left(self._duration_starts, start)
        for other in self.durations[first:bisect_left(self._duration_starts, end)]:
            if _fits(other, gap, gap) and self.ctx.now_at(other.start) == now:
                return other
        return None

    def _a_year_counted(self, end: int, now: date) -> bool:
        """Whether a count of about a year ("nearly a year", "12 months") stands before `end` in
        the section of `now`: the nearest one is read."""
        found = bisect_left(self._about_a_year, end)
        return found > 0 and self.ctx.now_at(self._about_a_year[found - 1]) == now

    # --- is the written year meant? ---------------------------------------------------------

    def _reckoned_from(self, mention: Mention, end: int, back: bool) -> bool:
        """Another date before `end` is reckoned from this one in years: "a year later", and with
        `back` "the year before" (read near the date only: the resolver anchors to the nearest
        date, right or not)."""
        for other in self.ctx.mentions_between(mention.end, end):
            offset = other.stated.offset
            if other.anchor_mention == mention.index and offset is not None and offset[0] in ("year", "decade"):
                if back or offset[1] > 0:
                    return True
        return False

    def told_as_old(self, mention: Mention, day: date, corrected: date, now: date) -> bool:
        """Whether the text marks the written year as meant: an old-news cue in the sentence before
        the date or just after it, or opening the next sentence ("Nearly a year afterwards"); a
        sequel told as history after it ("the firm it later bought"); the earlier side of a
        comparison; a year reckoned from it; a count of about a year since it, there or earlier in
        its section; "since" the date, unless something counts the time since as the corrected
        year would. What follows a period set against the year before is that comparison."""
        ctx = self.ctx
        sentence_start, sentence_end = self._sentence(mention)
        before = ctx.low[sentence_start:mention.start]
        words, old = stale_cues(ctx.lang), cues(ctx.lang)
        if old.OLD_CUES.search(before) or words.EARLIER_NEAR.search(before) or \
                words.SEQUEL.search(ctx.low, mention.end, sentence_end):
            return True
        if words.EARLIER_SIDE.search(ctx.before(mention.start, 80, clause=True)):
            return True
        compared = self.compared(mention) is not None
        following = self.next_sentence(mention.start)
        if not compared:
            opening = "" if following is None else ctx.low[following[0]:min(following[1], following[0] + _OPENING)]
            if old.OLD_CUES.search(ctx.after(mention.end, 35)) or old.OLD_CUES.search(opening.split(",", 1)[0]):
                return True
        reach = following[1] if following is not None else ctx.sentence_bounds(mention.start)[1]
        if self._reckoned_from(mention, min(reach, mention.end + 2 * _SENTENCE_REACH), back=not compared):
            return True
        if self._a_year_counted(reach, now):
            return True
        if old.OLD_CUES_NEAR.search(ctx.before(mention.start, 30)):
            return self.elapsed(*self._paragraph(mention), corrected, now) is None
        return False

    def dealt_with(self, mention: Mention, now: date) -> bool:
        """Whether the written year is written elsewhere in the date's paragraph, or given earlier
        in its section ("the 2025 floods", "in March 2025"). Where the date's period is set
        against the year before, what follows the comparison is that earlier period ("up 9% from
        a year earlier. In the 2025 quarter ...") and does not count."""
        ctx, year = self.ctx, mention.stated.year
        assert year is not None
        start, end = ctx.paragraph_bounds(mention.start)
        compared = self.compared(mention)
        if compared is not None:
            end = min(end, compared[0])
        anywhere, given_in = self._years
        if _any_between(anywhere.get(year, []), start, end):
            return True
        given = given_in.get(year, [])
        found = bisect_left(given, start)  # the nearest one before the paragraph is read
        return found > 0 and ctx.now_at(given[found - 1]) == now

    def year_contrast(self, mention: Mention, corrected: date) -> bool:
        """The paragraph writes the corrected year too: the same day with it ("the year ended Jan.
        31, 2026 ... the year ended Jan. 31, 2025"), or another date with it in the same sentence
        ("the 52 weeks ended Feb. 27, 2026, and Feb. 28, 2025"). Both years are then meant."""
        start, end = self.ctx.paragraph_bounds(mention.start)
        written, days = self._dates
        if _any_between(days.get((corrected.year, corrected.month, corrected.day), []), start, end):
            return True
        return _any_between(written.get(corrected.year, []), *self.ctx.sentence_bounds(mention.start))

    # --- is it presented as this story's news? ----------------------------------------------

    def _without_datelines(self) -> CheckContext:
        """The context with the wire datelines left out of its mentions, for the recency cues."""
        if self._view is None:
            kept = [m for m in self.ctx.mentions if not _wire_dateline(self.ctx, m)]
            self._view = self.ctx if len(kept) == len(self.ctx.mentions) else self.ctx.with_mentions(kept)
        return self._view

    def _quarter_named(self, mention: Mention, corrected: date) -> Mention | None:
        """A quarter the story names ("third-quarter profit") that ends on the corrected day."""
        now = self.ctx.now_at(mention.start)
        days = (add_days(corrected, shift) for shift in range(-7, 8))
        found = [self._quarters.get((now, day)) for day in days if day is not None]
        return min((other for other in found if other is not None), key=lambda other: other.index, default=None)

    def evidence(self, mention: Mention, corrected: date, now: date) -> Related | None:
        """What presents the date as this story's news, as the other side of the finding."""
        ctx = self.ctx
        if period_end(ctx, mention):
            compared = self.compared(mention)
            if compared is not None:
                return Related(compared[0], compared[1], ctx.text[compared[0]:compared[1]],
                               ctx.say("set against the year before here"))
            quarter = self._quarter_named(mention, corrected)
            return None if quarter is None else ctx.related(quarter, ctx.say("the period reported here"))
        view = self._without_datelines()
        other = recent_evidence(view, mention, now) or recent_evidence(view, mention, now, days=31, whole_story=True)
        if other is None:
            other = self.elapsed(*self._paragraph(mention), corrected, now)
        if other is None:
            return self._first_span(mention, corrected, now)
        return ctx.related(other, ctx.say("reported as recent here"))

    def _reported(self, offset: int) -> bool:
        """Whether the sentence at `offset` is attributed ("the museum said")."""
        start, end = self._sentence_at(offset)
        return not cues(self.ctx.lang).tense.REPORTING.isdisjoint(_WORD.findall(self.ctx.low, start, end))

    def _sentence_at(self, offset: int) -> tuple[int, int]:
        start, end = self.ctx.sentence_bounds(offset)
        return max(start, offset - _SENTENCE_REACH), min(end, offset + _SENTENCE_REACH)

    def _first_span(self, mention: Mention, corrected: date, now: date) -> Related | None:
        """For the day something began ("opened Jan. 13, 2025"), a count of its first days in its
        paragraph or the one before, reported as news ("drew 900 in its first week, the city said"),
        that the corrected day fits, up to now. A first week told without a source is history."""
        ctx = self.ctx
        words = stale_cues(ctx.lang)
        if not words.BEGUN_BEFORE.search(ctx.before(mention.start, 30)):
            return None
        start, end = self._paragraph(mention)
        start = max(0, ctx.paragraph_bounds(max(0, start - 2))[0], mention.start - _PARAGRAPH_REACH)
        gap = (now - corrected).days
        for found in words.FIRST_SPAN.finditer(ctx.low, start, end):
            count = ctx.numbers.number_value(found.group("n")) if found.group("n") else 1
            length, slack = _UNIT_DAYS[found.group("unit")]
            if count is not None and 0 <= gap <= count * length + slack and ctx.now_at(found.start()) == now \
                    and self._reported(found.start()):
                return Related(found.start(), found.end(), ctx.text[found.start():found.end()],
                               ctx.say("reported as recent here"))
        return None
