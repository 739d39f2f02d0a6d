"""The data that flows between the stages: spans, mentions, resolutions and findings.
Nothing here imports from the rest of datecheck, so every stage can depend on it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple


class TimexType(str, enum.Enum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.value


class Kind(enum.StrEnum):
    """The family of a date expression: what a resolver and a rule dispatch on."""

    CALENDAR = "calendar"  # a written day, month, year or any part of them: "Dec. 3, 2024", "1998"
    WEEKDAY = "weekday"  # "Tuesday"
    RELATIVE = "relative"  # a shift from now: "yesterday", "two days ago", "in three weeks"
    ANAPHORIC = "anaphoric"  # a shift from a day the text named: "the next day", "two years later"
    RELUNIT = "relunit"  # a unit named relative to now: "last week", "this month", "next year"
    QUARTER = "quarter"  # quarters and halves: "the third quarter", "1Q89", "the first half"
    SEASON = "season"  # "last summer", "spring 2024"
    DECADE = "decade"  # "the 1990s"
    CENTURY = "century"  # "the 20th century"
    HOLIDAY = "holiday"  # "Christmas Eve", "Thanksgiving"
    REF = "ref"  # "now", "recently", "the future"
    DURATION = "duration"  # "three days", "a decade"
    AGE = "age"  # "45-year-old", "aged 45"


class Flag(enum.StrEnum):
    """A plain mark on a mention, set by the tokenizer or by the linking passes."""

    DATE_LINE = "date-line"  # part of a line that holds nothing but a date: it dates what follows
    STAMP_LINE = "stamp-line"  # a date line labelled as the story's own ("Updated June 9"): no section
    NARRATIVE = "narrative"  # shifts from the day the story last named ("two days later")
    RANGE = "range"  # one end of a range ("from 2011 to 2014")
    WEEK_OF = "week-of"  # "the week of March 6", "Christmas week": the week holding the day
    APPROXIMATE = "approximate"  # "about a week ago"
    YEAR_FROM_RANGE = "year-from-range"  # "Dec. 5-7, 2024": the first end takes the second's year
    YEAR_EARLIER = "year-earlier"  # "the year-earlier quarter"
    SAME_QUARTER = "same-quarter"  # "the 1988 quarter"
    CURRENT = "current"  # "the current quarter"
    LATEST = "latest"  # "the latest quarter"
    PREVIOUS = "previous"  # "the previous quarter", "the last quarter"
    PRIOR = "prior"  # "the prior quarter"
    SAME = "same"  # "the same quarter"
    OF_NEXT = "of-next"  # "the day after Christmas": shifts from the day named next
    AT_EVENT = "at-event"  # "died at age 87": the age then, not now
    AT_TIME_TOLD = "at-time-told"  # "He was 81.": the age at the time the passage tells
    TURNED = "turned"  # "who turned 52 last month": the age reached on the day named with it


class Rel(enum.StrEnum):
    """The word that places a unit, weekday, month, season or holiday relative to now ("last week")."""

    LAST = "last"
    NEXT = "next"
    THIS = "this"
    PAST = "past"
    COMING = "coming"
    THAT = "that"
    THE = "the"
    THIS_PAST = "this past"
    THIS_COMING = "this coming"
    THE_PAST = "the past"
    THE_LAST = "the last"
    THE_COMING = "the coming"
    THE_NEXT = "the next"
    THE_PREVIOUS = "the previous"
    THE_FOLLOWING = "the following"
    THE_CURRENT = "the current"
    THE_SAME = "the same"
    THE_LATEST = "the latest"
    THE_PRIOR = "the prior"
    THE_FULL = "the full"
    LAST_YEAR = "last year"  # "June of last year"
    NEXT_YEAR = "next year"
    THIS_YEAR = "this year"


class Unit(enum.StrEnum):
    """A calendar unit a mention names or shifts by."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Tense(str, enum.Enum):
    """Tense of the clause a mention stands in, as far as the words around it show."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets into the original text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


class Stated(NamedTuple):
    """What the text itself writes, before anything is inferred.

    Singular fields are absolute values as written (``year=2023``); ``offset`` is a relative
    shift as written (``("day", -2)`` for "two days ago"). A field left ``None`` was not written.
    A named tuple, like `Reading` (one is made per mention).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    two_digit_year: bool = False
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP, SU, FA, WI
    decade: int | None = None  # 198 for the 1980s
    century: int | None = None  # 19 for the 20th century
    holiday: str | None = None  # key into the holiday table
    part_of_day: str | None = None  # MO, AF, EV, NI
    modifier: str | None = None  # EARLY, MID, LATE, START, END
    offset: tuple[str, int] | None = None  # ("day", -2); amount None-able via `vague_offset`
    vague_offset: bool = False  # "a few days ago", "several years ago"
    numeric_order: str | None = None  # "MDY", "DMY", "YMD" for numeric dates; "AMBIGUOUS" when unclear
    fiscal: bool = False


class Grain(enum.StrEnum):
    """The calendar unit a reading names: what its value is given down to."""

    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Ref(enum.StrEnum):
    """A reading that names no stretch of the calendar, only the present, the past or the future
    ("now", "recently", "in the future")."""

    PRESENT = "present"
    PAST = "past"
    FUTURE = "future"


class Reading(NamedTuple):
    """What a mention resolves to, typed: the calendar unit it names (`grain`) and which one, or a
    reference to the present, past or future, or a duration. A field left ``None`` is not known
    (the text leaves it open and nothing in the story fixes it). Rules read this; the TIMEX3 value
    string is written from it only for output (`timex.timex_value`). A named tuple: immutable, so
    mentions may share one, and made several times faster than a frozen dataclass (one per mention)."""

    grain: Grain | None = None
    year: int | None = None  # of a week: its ISO year
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week number
    weekday: int | None = None  # Monday = 0: a weekday in a week nothing places
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP, SU, FA, WI (a winter named by the year of its December)
    decade: int | None = None  # 198 for the 1980s
    century: int | None = None  # 19 for the 1900s
    clock: tuple[int, int] | None = None  # (hour, minute) written with the day
    ref: Ref | None = None
    duration: tuple[str, int | None] | None = None  # (unit, amount); amount None when vague ("years")

    @classmethod
    @lru_cache(maxsize=4096)  # readings are immutable: the same day gives the same one
    def on_day(cls, day: date) -> "Reading":
        return cls(Grain.DAY, day.year, day.month, day.day)

    @classmethod
    def in_week(cls, day: date) -> "Reading":
        """The ISO week holding `day`."""
        iso_year, week, _ = day.isocalendar()
        return cls(Grain.WEEK, iso_year, week=week)

    @classmethod
    def in_month(cls, year: int | None, month: int | None) -> "Reading":
        return cls(Grain.MONTH, year, month)

    @classmethod
    def in_year(cls, year: int | None) -> "Reading":
        return cls(Grain.YEAR, year)

    @classmethod
    def in_quarter(cls, year: int | None, quarter: int | None) -> "Reading":
        return cls(Grain.QUARTER, year, quarter=quarter)


@dataclass(frozen=True, slots=True)
class Interval:
    """The calendar days a mention covers, both ends included."""

    first: date
    last: date

    def days_from(self, day: date) -> int:
        """How many days `day` lies outside the interval (0 when inside it)."""
        if day < self.first:
            return (self.first - day).days
        return max(0, (day - self.last).days)


@dataclass(slots=True)
class Mention:
    """One date expression found in a text, with what it resolves to.

    ``kind`` names the family of expression (``"calendar"``, ``"weekday"``, ``"relative"`` …)
    so that rules can tell "Dec. 7, 2023" from "a year ago" without reparsing the text.
    """

    start: int
    end: int
    text: str
    kind: Kind
    stated: Stated
    type: str = TimexType.DATE.value
    reading: Reading | None = None  # what it resolves to, typed: what the rules read
    value: str = ""  # the TIMEX3 value, written from `reading` once resolving is done: for output only
    interval: Interval | None = None
    anchor: date | None = None
    anchor_source: str | None = None  # "publication", "dateline", "mention"
    anchor_mention: int | None = None  # index of the mention anchored to, for narrative shifts
    alternatives: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    tense: str = Tense.UNKNOWN.value
    valid: bool = True  # False for a date that does not exist on the calendar
    problem: str | None = None  # why it is not valid ("June has 30 days")
    index: int = -1
    linked: int | None = None  # index of a mention this one is written with ("Tuesday, Dec. 3")
    range_partner: int | None = None  # the other end of a range ("from 2011 to 2014")
    range_role: str | None = None  # "start" or "end"
    quoted: bool = False  # inside quotation marks
    flags: frozenset[Flag] = frozenset()  # immutable: one empty set shared by every mention
    rel: Rel | None = None  # "last" in "last week", "last Tuesday", "last summer", "last June"
    unit: Unit | None = None  # the unit a "relunit" names: "week" in "last week"
    rel_year: Rel | None = None  # the year a quarter is placed in: "last" in "last year's third quarter"
    quarter: tuple[int, int] | None = None  # (year, quarter) a quarter reading denotes, set by the resolver

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def resolved_date(self) -> date | None:
        """The single day this mention denotes, when it denotes exactly one."""
        if self.interval is not None and self.interval.first == self.interval.last:
            return self.interval.first
        return None

    def to_dict(self) -> dict[str, object]:
        result: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "kind": self.kind,
        }
        if self.interval is not None:
            result["interval"] = [self.interval.first.isoformat(), self.interval.last.isoformat()]
        if self.anchor is not None:
            result["anchor"] = {"date": self.anchor.isoformat(), "source": self.anchor_source}
        if self.alternatives:
            result["alternatives"] = list(self.alternatives)
        if self.assumptions:
            result["assumptions"] = list(self.assumptions)
        if not self.valid:
            result["problem"] = self.problem
        result["stated"] = {k: v for k, v in self.stated._asdict().items() if v not in (None, False)}
        return result


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """The day a document was published and where that was read from."""

    date: date
    source: str  # "flag", "front-matter:date", "html:article:published_time", "dateline", "file-name"
    span: Span | None = None  # where in the file it is written, when it is written in the file

    def to_dict(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "source": self.source}


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Related:
    """The other side of a conflict: a span of the file and what it is."""

    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A replacement an editor can accept: `replacement` for the text at [start, end). An `unsafe` one
    may change what the story means (`check --fix` applies it only with --unsafe-fixes)."""

    start: int
    end: int
    replacement: str
    title: str
    unsafe: bool = False

    def to_dict(self) -> dict[str, object]:
        unsafe = {"unsafe": True} if self.unsafe else {}
        return {"start": self.start, "end": self.end, "replacement": self.replacement, "title": self.title, **unsafe}


@dataclass(slots=True)
class Finding:
    """One rule violation, located in the file; rules yield them, the engine stamps code and place."""

    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    related: tuple[Related, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "related": [r.to_dict() for r in self.related],
            "suggestions": [s.to_dict() for s in self.suggestions],
        }
