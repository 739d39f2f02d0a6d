"""The story's time structure: the publication date, the dated sections and the narrative anchors.

News copy is written from a "now": the publication date, or the date of the section a passage
stands in (a line that is only a date starts a dated section: datelines, live-blog entries,
teasers). Narrative shifts ("the next day", "two years later") run on from the last day, month or
year the text named. One `Timeline` per document answers both questions for any offset by bisecting
sorted offsets, so looking up the anchor of every mention costs O(log n) each.

The resolver fills a timeline as it resolves (`note` after each mention, `note_quarter` for the
quarter a financial story reports on) and hands it back; the engine passes that same timeline on to
the rules. `Timeline.of` builds the same sections and names from mentions already resolved, through
the same `note` (for a check context made without the resolver's).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date

from .model import Flag, Kind, Mention, Span, Unit

#: The tracks a narrative shift of each unit may run on from: "two days later" needs a day, "the
#: following month" a month (or a day), "two years later" a year (or finer).
_TRACKS_FOR_UNIT: dict[str, tuple[str, ...]] = {
    Unit.MONTH: ("day", "month"),
    Unit.QUARTER: ("day", "month"),
    Unit.HALF: ("day", "month"),
    Unit.YEAR: ("day", "month", "year"),
    Unit.DECADE: ("day", "month", "year"),
    Unit.CENTURY: ("day", "month", "year"),
}
_NOT_NAMES = frozenset({Kind.DURATION, Kind.AGE, Kind.REF})
# looked up once, for `Timeline.note` (an enum member costs a lookup on its class each time)
_CALENDAR, _DATE_LINE, _STAMP_LINE = Kind.CALENDAR, Flag.DATE_LINE, Flag.STAMP_LINE


class _Track:
    """Mentions sorted by start offset, with the offsets alongside for bisecting."""

    __slots__ = ("starts", "mentions")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.mentions: list[Mention] = []

    def add(self, mention: Mention) -> None:
        starts, start = self.starts, mention.start
        if not starts or starts[-1] <= start:  # mostly added in order
            starts.append(start)
            self.mentions.append(mention)
            return
        at = bisect_right(starts, start)
        starts.insert(at, start)
        self.mentions.insert(at, mention)

    def last_before(self, offset: int) -> Mention | None:
        at = bisect_left(self.starts, offset)
        return self.mentions[at - 1] if at else None


class Timeline:
    """What "now" is at each offset of one document, and what the text last named before it."""

    def __init__(self, published: date | None, published_span: Span | None = None) -> None:
        self.published = published
        self.published_span = published_span
        self._ends: list[int] = []  # where each dated section starts (the end of its date line)
        self._days: list[date] = []
        self._foreign: list[bool] = []  # a section up to here other than the publication's own date line
        self._tracks = {"day": _Track(), "month": _Track(), "year": _Track(), "quarter": _Track()}
        self._day_track = self._tracks["day"]  # the one nearly every mention is added to
        #: `anchor_at` before any dated section (the whole of most stories)
        self._undated = (published, "publication" if published is not None else None)

    @classmethod
    def of(cls, mentions: Iterable[Mention], published: date | None, published_span: Span | None = None) -> "Timeline":
        """The timeline of resolved mentions (what the resolver built while resolving them)."""
        timeline = cls(published, published_span)
        for mention in mentions:
            timeline.note(mention)
        return timeline

    # --- building ---------------------------------------------------------------------------

    def note(self, mention: Mention) -> None:
        """Record what a resolved mention names: a day, a month or a year the story runs on from,
        and, for a date line, the dated section it opens."""
        interval = mention.interval
        if interval is None:
            return  # names nothing (nor opens a section: a date line's date is a day)
        names_day = False
        kind = mention.kind
        if kind not in _NOT_NAMES:
            if kind == _CALENDAR:
                days = (interval.last - interval.first).days
                if days < 366:  # a month or a year the text names
                    self._tracks["year"].add(mention)
                    if days < 31:
                        self._tracks["month"].add(mention)
                names_day = days == 0
            else:
                names_day = interval.first == interval.last
        flags = mention.flags
        if flags and _DATE_LINE in flags and _STAMP_LINE not in flags and mention.resolved_date is not None:
            self._open_section(mention.end, mention.resolved_date)  # a stamp ("Updated ...") dates the story
            names_day = True
        if names_day:
            track = self._day_track
            starts = track.starts
            if starts and starts[-1] > mention.start:
                track.add(mention)
            else:  # `_Track.add`, written out for the usual case: added in order
                starts.append(mention.start)
                track.mentions.append(mention)

    def note_quarter(self, mention: Mention) -> None:
        """Record a quarter (or half) the story reports on, for "the quarter" and "a year earlier"."""
        self._tracks["quarter"].add(mention)

    def _open_section(self, end: int, day: date) -> None:
        at = bisect_right(self._ends, end)
        self._ends.insert(at, end)
        self._days.insert(at, day)
        span = self.published_span
        own = span is not None and span.start < end <= span.end + 1
        foreign = self.published is None or (not own and day != self.published)
        self._foreign.insert(at, foreign or (at > 0 and self._foreign[at - 1]))
        for i in range(at + 1, len(self._foreign)):  # only when a section comes in out of order
            self._foreign[i] = self._foreign[i] or foreign

    # --- questions --------------------------------------------------------------------------

    def anchor_at(self, offset: int) -> tuple[date | None, str | None]:
        """The date the text at `offset` is written from, and where it comes from: the date line
        above it ("dateline"), else the publication date ("publication"), else nothing."""
        ends = self._ends
        if not ends:
            return self._undated
        at = bisect_right(ends, offset)
        if at:
            return self._days[at - 1], "dateline"
        return self._undated

    def now_at(self, offset: int) -> date | None:
        return self.anchor_at(offset)[0]

    def under_date_line(self, offset: int) -> bool:
        """Whether `offset` lies in a section opened by a date line other than the publication's own."""
        at = bisect_right(self._ends, offset)
        return bool(at) and self._foreign[at - 1]

    @property
    def sections(self) -> list[tuple[int, date]]:
        """(offset where the section starts, its date), in order."""
        return list(zip(self._ends, self._days))

    def last_named(self, offset: int, unit: str = Unit.DAY) -> Mention | None:
        """The last mention before `offset` that names a day, or for a coarser `unit` a day, a
        month or a year as fits the unit ("the following month" may run on from a month named)."""
        found = [self._tracks[track].last_before(offset) for track in _TRACKS_FOR_UNIT.get(unit, ("day",))]
        return max((m for m in found if m is not None), key=lambda m: m.start, default=None)

    def last_quarter(self, offset: int) -> Mention | None:
        """The last quarter (or half) reported on before `offset`."""
        return self._tracks["quarter"].last_before(offset)
