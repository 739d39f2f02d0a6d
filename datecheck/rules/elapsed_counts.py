"""Two more spans of years elapsed-time-mismatch reads, each a count of years set beside the years
that bound it:

* a range of years and the count it spans, set off after it: "from 1998 to 2010, 12 years in
  all", "between 2001 and 2009 -- eight years --", "1930-1936, a span of six years"; or leading into
  it: "for 12 years, from 1998 to 2010", "for six years (1930-1936)";
* a span that ends now, "after N years", and the year it began in its sentence: "retires this week
  after 25 years; she joined in 2001", "closes after 30 years, having opened in 1996".

A count may be off by one either way (the months are not written, and a count of seasons or of
straight years takes both ends in), and must be exact ("about", "nearly" turn it off).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import language
from ..model import Kind, Mention, Tense
from ..tense import is_past_verb
from ..tense.reading import read
from .base import CheckContext, Violation
from .elapsed_spans import _exact, _year, _years_of, years_misfit
from .stale_reading import _wire_dateline

#: What may be off in a count of years: the months of both ends are not written.
_SLACK = 1
#: How far from a count its sentence is read (a table without sentence ends is one long sentence).
_REACH = 400
#: Kinds of mentions that say when a sentence is told, not what a span counts from.
_NOW_KINDS = frozenset({Kind.RELUNIT, Kind.RELATIVE, Kind.WEEKDAY, Kind.REF})


def range_counts(ctx: CheckContext) -> Iterator[Violation]:
    """"from 1998 to 2010, 15 years in all": the count set off after a range of years; "for 15 years,
    from 1998 to 2010": the count that leads into it."""
    mentions, low, cues = ctx.mentions, ctx.low, ctx.cues
    for i, first in enumerate(mentions):
        if first.range_role != "start" or _year(first) is None or i + 1 >= len(mentions):
            continue
        last = mentions[i + 1]
        if last.range_role != "end" or _year(last) is None:
            continue
        actual = (_year(last) or 0) - (_year(first) or 0)
        if actual <= 0:
            continue
        # the count after must close there: in "from 2001 to 2009, 12 years after the war" it is another thing's
        after = mentions[i + 2] if i + 2 < len(mentions) else None
        if after is not None and cues.RANGE_COUNT_GAP.match(low[last.end:after.start]) \
                and cues.RANGE_COUNT_END.match(low, after.end):
            count = _exact_years(ctx, after)
            if count is not None and abs(actual - count) > _SLACK:
                yield years_misfit(ctx, after, first, last, actual)
        # the range after a count must close there: "for 12 years from 1990 to 2005 as its editor" goes on
        before = mentions[i - 1] if i else None
        if before is None or not cues.COUNT_RANGE_END.match(low, last.end) \
                or not cues.COUNT_RANGE_LEAD.search(low, max(0, before.start - 12), before.start):
            continue
        gap = cues.COUNT_RANGE_GAP.match(low[before.end:first.start])
        count = _exact_years(ctx, before) if gap is not None else None
        # "for four years, between 2001 and 2010" may be four years within them: only more is wrong
        if gap is not None and count is not None and abs(actual - count) > _SLACK \
                and (gap.group("within") is None or count > actual):
            yield years_misfit(ctx, before, first, last, actual, after=True)


def _exact_years(ctx: CheckContext, count: Mention) -> int | None:
    """The number of years `count` says, when it is a count of years written as exact ("12 years",
    not "about 12 years")."""
    if count.kind != Kind.DURATION:
        return None
    years = _years_of(count)
    return years[1] if years is not None and years[0] == "year" and _exact(ctx, count) else None


def spans_to_now(ctx: CheckContext) -> Iterator[Violation]:
    """"retires this week after 25 years; she joined in 1996": a span told as ending now, and the one
    year in its sentence that begins it ("joined in", "opened in"), counted to the story's date."""
    for duration in ctx.of_kind(Kind.DURATION):
        if not ctx.cues.AFTER_COUNT_BEFORE.search(
                ctx.low, max(0, duration.start - 12), duration.start):
            continue
        years = _years_of(duration)
        now = ctx.now_at(duration.start)
        if years is None or years[0] != "year" or now is None or not _exact(ctx, duration):
            continue
        began, ends = _began(ctx, duration)
        if began is None or not (ends or _told_now(ctx, duration)) or _told_of_another(ctx, duration):
            continue
        actual = (ends or now.year) - (_year(began) or 0)
        if actual <= 0 or abs(actual - years[1]) <= _SLACK:
            continue
        yield Violation(
            duration.start, duration.end,
            ctx.say("'{phrase}' does not fit {date}: counted from {now} that was {years} years ago",
                    phrase=ctx.text[duration.start:duration.end], date=ctx.text[began.start:began.end],
                    now=now.isoformat() if not ends else ends, years=actual),
            (ctx.related(began, ctx.say("the year it counts from")),),
        )


def _began(ctx: CheckContext, duration: Mention) -> tuple[Mention | None, int | None]:
    """The one year written in the sentence of `duration` when words right before it say the span's
    subject began then ("she joined in 1996", "having opened in 1990"), and the year of a day named
    without its year before the count in its clause, where the span ends ("will retire in June after
    20 years"); no year when the sentence writes any other date (the span may end there: "retired
    in 2010 after 25 years") or none."""
    start, end = ctx.sentence_bounds(duration.start)
    start, end = max(start, duration.start - _REACH), min(end, duration.end + _REACH)  # a sentence without ends
    clause_start = duration.start - len(ctx.before(duration.start, 120, clause=True))
    began, ends = None, None
    for other in ctx.mentions_starting(start, end):
        if other is duration or other.kind in _NOW_KINDS or other.kind in (Kind.DURATION, Kind.AGE) \
                or _wire_dateline(ctx, other):  # "TARVILLE, May 4, 2027 - ": the story's date, not its sentence's
            continue
        if clause_start <= other.start < duration.start and other.stated.year is None and other.interval is not None:
            ends = other.interval.last.year  # "will retire in June": read from the story's date
            continue
        if began is not None or _year(other) is None or other.range_role is not None:
            return None, None
        began = other
    if began is None or not _joined_in(ctx, began):
        return None, None
    return began, ends


def _joined_in(ctx: CheckContext, year: Mention) -> bool:
    """Whether `year` is the one of a joining verb in its own clause ("who joined the school as a science
    teacher in 1994", "having opened the bakery with her brother in 1979"): the words between the verb
    and the year hold no verb of their own ("the firm her father built in 1950" is another deed)."""
    clause_start = year.start - len(ctx.before(year.start, 200, clause=True))
    found = ctx.cues.BEGAN_IN.search(ctx.low, clause_start, year.start)
    if found is None:
        return False
    tense = language(ctx.lang).tense
    gap = (found.groupdict().get("gap") or "").split()
    return not any(is_past_verb(word, tense) and not (i and gap[i - 1] in tense.DETERMINERS)
                   for i, word in enumerate(gap))


def _told_of_another(ctx: CheckContext, duration: Mention) -> bool:
    """Whether the span is told in reported speech of another subject than the one who began it ("said
    Tuesday that his boss will retire after 35 years"; "that he will retire" is the same person's)."""
    before = ctx.before(duration.start, 160)
    last = None
    for last in ctx.cues.SPEECH_SUBJECT.finditer(before):
        pass
    return last is not None and last.group("who") not in ctx.cues.SPEECH_SAME_SUBJECTS


def _told_now(ctx: CheckContext, duration: Mention) -> bool:
    """Whether the words before "after N years" in its clause tell the span as ending now: a verb in
    the present or the future ("retires", "is closing", "will step down"), or a day counted from the
    story's date ("this week", "Friday", "today")."""
    before = ctx.before(duration.start, 120, clause=True)
    start = duration.start - len(before)
    for other in ctx.mentions_starting(start, duration.start):
        if other.kind in _NOW_KINDS and other.anchor_source != "mention":
            return True
    return read(before, "", ctx.lang) in (Tense.PRESENT, Tense.FUTURE)
