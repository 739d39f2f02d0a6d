"""DC203 past-as-future."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from collections.abc import Iterator
from ..calendar_math import clamp_days
from ..model import Kind, Mention, Severity, Tense
from .base import CheckContext, Rule, Violation
from .year_fixes import year_shift_suggestions
from .gated import gate_of
from .recency import clause_before, cues
from .stale_reading import period_end

#: The mentions that may date a saying: "said on June 3", "said last week", "announced Monday".
_SAYING_KINDS = frozenset({"calendar", "weekday", "relative", "relunit"})


def _not_dated_by_the_clause(ctx: CheckContext, mention: Mention) -> bool:
    """A date its clause's future verb does not date: the end of a reporting period ("will cover
    the year ended Jan. 3"), a date naming a noun ("under a Jan. 30 offer"), the start of a span
    that may be running ("plus interest from Nov. 1")."""
    before = ctx.before(mention.start, 40)
    if ctx.cues.SPAN_START_BEFORE.search(before) or period_end(ctx, mention):
        return True
    return ctx.cues.NAMES_A_NOUN_BEFORE.search(before) is not None \
        and ctx.cues.NAMES_A_NOUN_AFTER.match(ctx.low, mention.end) is not None


def _said_before(ctx: CheckContext, marker: int, day: date) -> bool:
    """Whether the date is reported speech said on a day before it: a reporting verb earlier in the
    sentence than the future marker at `marker`, dated by a mention between the two that starts no
    later than the date ("said on June 3 that the road will reopen on June 8")."""
    start = ctx.sentence_bounds(marker)[0]
    found = cues(ctx.lang)
    words = found.WORD.finditer(ctx.low, start, marker)
    said = next((w.end() for w in words if w.group() in found.tense.REPORTING), None)
    if said is None:
        return False
    for other in ctx.mentions_starting(said, marker):
        if other.kind in _SAYING_KINDS and other.interval is not None and other.interval.first <= day:
            return True
    return False


class PastAsFuture(Rule):
    """A date before publication in a clause that reports it as still to come.

    What it does:
        Flags "the museum will open on Aug. 3" in a story published Aug. 11: the writer's own
        future ("will", "is scheduled to", "plans to", "upcoming") on a day already gone. Reported
        speech ("said it would open") and quotations are left alone; so are dates more than a year
        back, which are usually a different matter, and dates the future verb does not date: the
        end of a reporting period ("will cover the year ended Aug. 31"), a date naming a noun
        ("under a Sept. 2 offer"), the start of a span that may be running ("plus interest from
        Sept. 1"), a date in a phrase of its own ("a restructuring adopted Sept. 1").

    Why is this bad?
        Readers are sent to an event that is over, or the date is wrong.

    Example:
        (published Aug. 11, 2025) The museum will reopen on Aug. 3.

    Use instead:
        The museum reopened on Aug. 3.   (or the right date, if it is still to come)

    Fixes:
        Moving the date a year on is unsafe: the year is inferred from the verb's tense, and the
        verb may be the mistake.
    """

    code = "DC203"
    name = "past-as-future"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        markers = gate_of(cues(ctx.lang).FUTURE_MARKERS)
        for mention, day, now in ctx.written_days():
            if not 1 < (now - day).days <= 366:
                continue
            if not markers.may_match_in(ctx.low, max(0, mention.start - 70), mention.start):
                continue  # no marker's word in the words before it: its clause need not be found
            before = clause_before(ctx, mention, 70)
            marker = cues(ctx.lang).FUTURE_MARKERS.search(before)
            if marker is None or ctx.cues.CONDITIONAL in before[marker.start():] or ctx.in_quotes(mention.start):
                continue
            if ctx.tense(mention) != Tense.FUTURE or _not_dated_by_the_clause(ctx, mention):
                continue
            if _said_before(ctx, mention.start - len(before) + marker.start(), day):
                continue  # "said on June 3 that the road will reopen on June 8": still ahead when said
            starts, calendar = ctx.starts_of(Kind.CALENDAR), ctx.of_kind(Kind.CALENDAR)
            between = slice(bisect_left(starts, mention.start - len(before)), bisect_left(starts, mention.start + 1))
            if any(other.end <= mention.start for other in calendar[between]):
                continue  # another date stands between the marker and this one
            written = ctx.text[mention.start:mention.end]
            yield Violation(
                mention.start,
                mention.end,
                ctx.say("'{date}' ({day}) is before this story's date ({now}), but '{marker}' presents it as "
                        "still to come", date=written, day=ctx.short_day(day), now=ctx.short_day(now),
                        marker=marker.group(0)),
                ctx.publication_related(),
                year_shift_suggestions(ctx, mention, 1, now, clamp_days(now, 366)),
            )
