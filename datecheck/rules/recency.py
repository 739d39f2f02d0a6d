"""Shared reading of the words around a date: is it reported as recent news, marked as old, hedged?

Used by the rules that compare a date with the publication date (stale-year, future-as-past,
past-as-future), so that they agree on what counts as a cue.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..calendar_math import clamp_days
from ..lang import DEFAULT, language
from ..model import Mention, Ref
from ..tense import is_past_verb
from .base import CheckContext

_EN = language(DEFAULT).tense
#: Words that say an older date is meant on purpose.
OLD_CUES = re.compile(_EN.OLD_CUES)
#: Cues that mark an older date only right before it: "since April 6, 1999", "as far back as".
OLD_CUES_NEAR = re.compile(_EN.OLD_CUES_NEAR)
#: Words that make a clause forward-looking (a plan, an expectation) rather than a report.
HEDGES = re.compile(_EN.HEDGES)
#: Future markers strong enough to call a date upcoming: the writer's own voice, not reported speech.
FUTURE_MARKERS = re.compile(_EN.FUTURE_MARKERS)
_WORD = re.compile(_EN.WORD)
#: A span of time that ends now: "the past few hours".
UP_TO_NOW = re.compile(_EN.UP_TO_NOW)


def past_verb_before(text_before: str, max_words: int = _EN.PAST_VERB_REACH) -> str | None:
    """The nearest past-tense verb among the last words before a date ("signed the deal on"),
    unless a present tense, an infinitive or a gerund stands between them."""
    words = _WORD.findall(text_before)[-max_words:]
    for word in reversed(words):
        if word in _EN.CLAUSE_OF_ITS_OWN or _EN.gerund(word):
            return None
        if word not in _EN.PLAN_PARTICIPLES and is_past_verb(word, _EN):
            return word
    return None


def recent_evidence(
    ctx: CheckContext, mention: Mention, now: date, *, days: int = 14, whole_story: bool = False
) -> Mention | None:
    """Another mention that puts the story at `now`: "the past few hours", "yesterday", "on
    Tuesday", "now", or an explicit date within a month of `now`; near this one, or anywhere in
    its section of the story with `whole_story` (the first one there, found once per document for
    each section's date)."""
    if whole_story:
        found = ctx.memo.get(("recent", days))
        if found is None:
            found = ctx.memo[("recent", days)] = _first_in_each_section(ctx, days)
        return next((other for other in found.get(now, ()) if other is not mention), None)
    start, end = ctx.paragraph_bounds(mention.start)
    start, end = max(start, mention.start - 800), min(end, mention.end + 800)
    low_limit, high_limit = clamp_days(now, -days), clamp_days(now, 1)
    for other in ctx.mentions_between(start, end):
        if other is not mention and "date-line" not in other.flags and _puts_at(ctx, other, now, low_limit, high_limit):
            return other
    return None


def _first_in_each_section(ctx: CheckContext, days: int) -> dict[date, list[Mention]]:
    """For each date the story is written from, the first two mentions (in text order) of its
    sections that put it at that date (two: the one asked about may be the first)."""
    found: dict[date, list[Mention]] = {}
    limits: dict[date, tuple[date, date]] = {}
    for other in ctx.mentions:
        if "date-line" in other.flags:
            continue
        now = ctx.now_at(other.start)
        if now is None or len(found.get(now, ())) >= 2:
            continue
        if now not in limits:
            limits[now] = clamp_days(now, -days), clamp_days(now, 1)
        if _puts_at(ctx, other, now, *limits[now]):
            found.setdefault(now, []).append(other)
    return found


def _puts_at(ctx: CheckContext, other: Mention, now: date, low_limit: date, high_limit: date) -> bool:
    """Whether `other` puts the story at `now` (see `recent_evidence`)."""
    if other.kind == "duration":
        words = ctx.low[max(0, other.start - 6):other.end]
        return bool(UP_TO_NOW.search(words) and other.stated.offset and other.stated.offset[0] in (
            "hour", "minute", "day", "week"
        ))
    if other.kind == "ref" and other.reading is not None and other.reading.ref is Ref.PRESENT:
        return True
    if other.kind in ("relative", "weekday", "relunit", "anaphoric") and other.interval is not None:
        if other.anchor_source == "mention":
            return False
        return other.interval.last >= low_limit and other.interval.first <= high_limit \
            and other.interval.last - other.interval.first <= timedelta(days=31)
    if other.kind == "quarter" and other.interval is not None and other.anchor_source != "mention":
        # the quarter being reported: it ended at most a season before the story
        return clamp_days(now, -100) <= other.interval.last and other.interval.first <= now \
            and other.interval.last - other.interval.first <= timedelta(days=93)
    if other.kind == "calendar" and other.resolved_date is not None and other.valid:
        return clamp_days(now, -31) <= other.resolved_date <= clamp_days(now, 1)
    return False


def clause_before(ctx: CheckContext, mention: Mention, chars: int = 80) -> str:
    """The lower-cased words before `mention` in its clause (at most `chars` of them)."""
    return ctx.before(mention.start, chars, clause=True)
