"""DC301 elapsed-time-mismatch."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from collections.abc import Iterator

from ..model import Mention, Severity, Suggestion, Tense
from ..tense.reading import read
from ..style import number_like
from .base import CheckContext, Rule, Violation, whole_years_since
from .elapsed_counts import range_counts, spans_to_now
from .elapsed_spans import counts_since, narrative_shifts, spans_ending
from .gated import Places

_UNIT_YEARS = {"year": 1, "decade": 10, "century": 100}
_TOLERANCE = {"year": 0, "decade": 2, "century": 10}
def _years_written(mention: Mention) -> int | None:
    return mention.stated.year if mention.kind == "calendar" and mention.stated.year is not None else None


class ElapsedTimeMismatch(Rule):
    """A span of years that does not fit the years written with it.

    What it does:
        Checks "in 1989, 25 years ago" against the publication date (it was 35 years before 2024),
        and "in 2016, a decade after the 2001 law" against its own years (15, not 10); likewise
        "in 1996. Twenty years later, in 2012", "It has been 18 years since ... in 2001" and
        "built in 1931 ... torn down in 1980, after 45 years"; a range of years and the count set off
        after it ("from 1998 to 2010, 15 years in all") or leading into it ("for 15 years, from 1998
        to 2010"; after "between", only a count larger than the range); and a span told as ending
        now with the year its subject began ("retires this week after 25 years; she joined in
        1996"). Years alone
        allow for the month not being known; decades and centuries allow a little rounding; words
        like "about" or "nearly" turn the check off.

    Why is this bad?
        Arithmetic errors in dates are easy to make and easy for readers to catch.

    Example:
        (published June 3, 2024) The plant closed in 1989, 25 years ago.

    Use instead:
        The plant closed in 1989, 35 years ago.

    Fixes:
        Safe: the number of years is counted from the written year to the publication date or
        date line (a phrase counted from a date of the narrative is not checked).
    """

    code = "DC301"
    name = "elapsed-time-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        yield from self._ago(ctx)
        yield from self._after(ctx)
        yield from narrative_shifts(ctx)
        yield from counts_since(ctx)
        yield from spans_ending(ctx)
        yield from range_counts(ctx)
        yield from spans_to_now(ctx)

    def _ago(self, ctx: CheckContext) -> Iterator[Violation]:
        mentions = ctx.mentions
        for i, rel in ctx.positions_of("relative"):
            offset = rel.stated.offset
            if offset is None or rel.stated.vague_offset or rel.anchor is None:
                continue
            unit, amount = offset
            if unit not in _UNIT_YEARS or amount >= 0 or rel.anchor_source == "mention":
                continue
            words = ctx.low[rel.start:rel.end]
            ago_first = ctx.cues.AGO_FIRST  # "hace 25 años", "vor 25 Jahren"; "25 years ago"
            if not (words.startswith(ctx.cues.AGO) if ago_first else words.endswith(ctx.cues.AGO)) \
                    or ctx.cues.APPROXIMATE_BEFORE.search(ctx.low[max(0, rel.start - 20):rel.start]):
                continue
            if ctx.cues.APPROXIMATE_START.match(words[len(ctx.cues.AGO):].lstrip() if ago_first else words):
                continue  # "about 25 years ago", "hace unos 25 años"
            half = amount == -1 and ctx.cues.HALF_BEFORE.search(ctx.low, max(0, rel.start - 8), rel.start)
            begins = half.start() if half else rel.start  # "half a century ago": 50 years
            neighbours = []
            if i > 0 and (ctx.cues.ELAPSED_GAP.match(ctx.prose[mentions[i - 1].end:begins])
                          or _attributive(ctx, mentions[i - 1], ctx.low[mentions[i - 1].end:begins])):
                neighbours.append(mentions[i - 1])
            if i + 1 < len(mentions) and ctx.cues.ELAPSED_GAP.match(ctx.prose[rel.end:mentions[i + 1].start]):
                neighbours.append(mentions[i + 1])
            for other in neighbours:
                year = _years_written(other)
                if year is None or len(ctx.prose[min(rel.end, other.end):max(rel.start, other.start)]) > 24:
                    continue
                now = rel.anchor
                years = -amount * _UNIT_YEARS[unit] / (2 if half else 1)
                possible = whole_years_since(other.stated, year, now)
                tolerance = _TOLERANCE[unit] / (2 if half else 1)
                if any(abs(years - p) <= tolerance for p in possible):
                    continue
                phrase = ctx.text[begins:rel.end]
                elapsed = max(possible)
                suggestions = []
                number = next(islice(re.finditer(r"\S+", phrase), 1 if ago_first else 0, None), None)
                if unit == "year" and not half and len(possible) == 1 and number and ctx.numbers.number_value(number.group(0)) is not None:
                    suggestions.append(Suggestion(rel.start + number.start(), rel.start + number.end(),
                                                  number_like(number.group(0), elapsed, ctx.lang),
                                                  ctx.say("Change to {n} years", n=elapsed)))
                span_text = ctx.say(" or ").join(str(p) for p in sorted(possible))
                yield Violation(
                    begins,
                    rel.end,
                    ctx.say("'{phrase}' does not fit {date}: counted from {now} that was {years} years ago",
                            phrase=phrase, date=ctx.text[other.start:other.end], now=now.isoformat(),
                            years=span_text),
                    (ctx.related(other, ctx.say("the year written with it")),),
                    tuple(suggestions),
                )

    def _after(self, ctx: CheckContext) -> Iterator[Violation]:
        years = [m for m in ctx.of_kind("calendar") if _years_written(m) is not None and m.stated.month is None]
        if not years:
            return
        ends = [m.end for m in years]
        cues = [(cue, ctx.places(cue)) for cue in (ctx.cues.COUNT_BEFORE_YEAR, ctx.cues.COUNT_BEFORE_EVENT_YEAR)]
        number_value, values = ctx.numbers.number_value, {}  # the counts as written -> their values, read once
        for base in years:  # "a decade after the 2001 law": the phrase ends just before a year
            match = _count_before(ctx, base, cues)
            if match is None:
                continue
            written = match.group("n")
            count = values[written] if written in values else values.setdefault(written, number_value(written))
            if count is None:
                continue
            unit = ctx.cues.COUNT_UNITS[match.group("unit")]
            span_years = count * _UNIT_YEARS[unit]
            # the last year written before the phrase, by bisection (the years are in order), 12 characters at most
            before = bisect_right(ends, match.start())
            target = years[before - 1] if before and match.start() - years[before - 1].end <= 12 else None
            if target is not None and not ctx.cues.ELAPSED_GAP.match(ctx.prose[target.end:match.start()]):
                continue
            if ctx.cues.APPROXIMATE_BEFORE.search(ctx.low[max(0, match.start() - 20):match.start()]):
                continue
            base_year = base.stated.year
            target_year = target.stated.year if target is not None else _now_year(ctx, match)
            if base_year is None or target_year is None:
                continue
            actual = target_year - base_year if match.group("dir") == ctx.cues.COUNT_FORWARD else base_year - target_year
            if abs(actual - span_years) <= max(_TOLERANCE[unit], 1 if unit == "year" else 0):
                continue
            phrase = ctx.text[match.start():match.end("dir")]
            if target is None:
                yield Violation(match.start(), match.end("dir"), ctx.say(
                    "'{phrase}' does not fit the years written with it: {first} to {last} is {n} years", phrase=phrase,
                    first=ctx.text[base.start:base.end], last=target_year, n=abs(actual)),
                    (ctx.related(base, ctx.say("the year it counts from")),), ())
                continue
            yield Violation(
                match.start(),
                match.end("dir"),
                ctx.say("'{phrase}' does not fit the years written with it: {first} to {last} is {n} years",
                        phrase=phrase, first=ctx.text[base.start:base.end], last=ctx.text[target.start:target.end],
                        n=abs(actual)),
                (ctx.related(target, ctx.say("the year it is said of")),
                 ctx.related(base, ctx.say("the year it counts from"))),
                (),
            )


def _count_before(ctx: CheckContext, base: Mention,
                  cues: list[tuple[re.Pattern[str], Places]]) -> re.Match[str] | None:
    """The count of years ending right before the year `base` ("a decade after the 2001 law"), or
    before the event it dates ("eight years after its founding in 2008"): `cues` are the two patterns
    with the places of their words, and each is searched only when a word it needs lies in the window."""
    window_start = max(0, base.start - 60)
    asked, may = None, False
    for cue, places in cues:
        if places is not asked:  # (cues that need the same words share their places: asked once)
            asked, may = places, places.may_match_in(window_start, base.start)
        if may:
            found = cue.search(ctx.low, window_start, base.start)
            if found is not None:
                return found
    return None


def _now_year(ctx: CheckContext, match: re.Match[str]) -> int | None:
    """The year a count with no year before it runs to, when its clause speaks of now ("The
    telescope is working again, three decades after the observatory opened in 1975")."""
    if match.group("dir") != ctx.cues.COUNT_FORWARD:
        return None
    sentence = ctx.sentence_bounds(match.start())[0]
    if read(ctx.low[max(sentence, match.start() - 400):match.start()], "", ctx.lang) is not Tense.PRESENT:
        return None  # the words before the count say when it is told (the event's own verb comes after)
    now = ctx.now_at(match.start())
    return now.year if now is not None else None


def _attributive(ctx: CheckContext, year: Mention, gap: str) -> bool:
    """A year naming the event before "12 years ago": "the 2011 flood (12 years ago)"."""
    return _years_written(year) is not None and year.stated.month is None \
        and ctx.cues.ELAPSED_NOUN_GAP.match(gap) is not None \
        and ctx.cues.BEFORE_ATTRIBUTIVE_YEAR.search(ctx.low, max(0, year.start - 8), year.start) is not None
