"""Shared reading of the words around a date: is it reported as recent news, marked as old, hedged?

Used by the rules that compare a date with the publication date (stale-year, future-as-past,
past-as-future), so that they agree on what counts as a cue.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..calendar_math import clamp_days
from ..lang import DEFAULT, language
from ..model import Mention, Ref
from ..tense import is_past_verb
from .base import CheckContext
from .gated import screened


class Cues:
    """The recency cues of one language (``lang/<code>/tense.py``), compiled once; each searched
    only where one of its words is (``gated.py``)."""

    def __init__(self, code: str) -> None:
        self.tense = tense = language(code).tense
        #: Words that say an older date is meant on purpose.
        self.OLD_CUES = screened(re.compile(tense.OLD_CUES))
        #: Cues that mark an older date only right before it: "since April 6, 1999", "as far back as".
        self.OLD_CUES_NEAR = screened(re.compile(tense.OLD_CUES_NEAR))
        #: Words that make a clause forward-looking (a plan, an expectation) rather than a report.
        self.HEDGES = screened(re.compile(tense.HEDGES))
        #: Words that make a date a deadline or the start of a span, in its own clause only.
        self.HEDGES_NEAR = screened(re.compile(tense.HEDGES_NEAR))
        #: Future markers strong enough to call a date upcoming: the writer's own voice, not reported speech.
        self.FUTURE_MARKERS = screened(re.compile(tense.FUTURE_MARKERS))
        self.WORD = re.compile(tense.WORD)
        self.WRITTEN_WORD = re.compile(tense.WORD, re.IGNORECASE)
        #: A span of time that ends now: "the past few hours".
        self.UP_TO_NOW = screened(re.compile(tense.UP_TO_NOW))


@lru_cache(maxsize=None)
def cues(code: str = DEFAULT) -> Cues:
    """The recency cues of language `code`."""
    return Cues(code)


#: English's, under the names the rules imported before they read the story's language.
_EN = cues(DEFAULT)
OLD_CUES, OLD_CUES_NEAR, HEDGES, HEDGES_NEAR = _EN.OLD_CUES, _EN.OLD_CUES_NEAR, _EN.HEDGES, _EN.HEDGES_NEAR
FUTURE_MARKERS, UP_TO_NOW = _EN.FUTURE_MARKERS, _EN.UP_TO_NOW


def past_verb_before(text_before: str, max_words: int | None = None, code: str = DEFAULT) -> str | None:
    """The nearest past-tense verb among the last words before a date ("signed the deal on"),
    unless a present tense, an infinitive, a gerund or a time of the verb's own ("in February")
    stands between them (`text_before` as written: a word in "-ing" with a capital is part of a
    name)."""
    found = cues(code)
    tense = found.tense
    reach = max_words or tense.PAST_VERB_REACH
    written = found.WRITTEN_WORD.findall(text_before)[-reach - 1:]
    words = [word.lower() for word in written]
    own = len(words)  # the date's own words end the text ("on Wednesday, March 11"): not another time
    while own and words[own - 1] in tense.DATE_WORDS:
        own -= 1
    for i in range(len(words) - 1, 0 if len(words) > reach else -1, -1):
        word = words[i]
        if word in tense.CLAUSE_JOINERS and i + 1 < len(words) and words[i + 1] in tense.NEW_SUBJECTS:
            return None  # "were cut on Tuesday and the cut takes effect on": a clause with a subject of its own
        if word in tense.DATE_WORDS and i < own and i and words[i - 1] in tense.TIME_PHRASE_OPENERS:
            return None  # "approved the sale in February and awaits the vote on": the verb has a time of its own
        if word in tense.CLAUSE_OF_ITS_OWN or tense.gerund(word) and not written[i][0].isupper() \
                and not (i and words[i - 1] in tense.DETERMINERS):  # "Pellham Landing", "the zoning map"
            if word in tense.INFINITIVE_MARKERS and i + 1 < len(words) and (
                    words[i + 1] in tense.DETERMINERS or words[i + 1][0].isdigit()):
                continue  # "sold the lot to a developer": a preposition, not an infinitive
            return None
        if i and words[i - 1] in tense.DETERMINERS:
            continue  # "a paid day off", "the sold-out show": an adjective
        if word in tense.BOOKS_A_DAY:
            return None
        if word not in tense.PLAN_PARTICIPLES and is_past_verb(word, tense):
            return word
    return None


def past_verb_after_fronted(text_after: str, code: str = DEFAULT) -> str | None:
    """The first past-tense verb among the first words after a date that opens its sentence ("On
    May 28, members of the local approved"), unless a clause of its own or a hedge comes first."""
    found = cues(code)
    tense = found.tense
    words = found.WORD.findall(text_after)[:tense.FRONTED_VERB_REACH]
    for i, word in enumerate(words):
        if word in tense.CLAUSE_OF_ITS_OWN or word in tense.FUTURE_WORDS or word in tense.MODALS:
            return None
        if i and words[i - 1] in tense.DETERMINERS:
            continue
        if word not in tense.PLAN_PARTICIPLES and is_past_verb(word, tense):
            return word
    return None


def past_verb_after(text_after: str, code: str = DEFAULT) -> str | None:
    """In a language that puts the participle last ("hat den Vertrag am 19. Mai unterzeichnet"), the
    past verb that ends the date's clause (`text_after`: the rest of the clause after the date)."""
    found = cues(code)
    if not found.tense.PARTICIPLE_LAST:
        return None
    words = found.WORD.findall(text_after)[:found.tense.PAST_VERB_REACH]
    if not words or words[-1] in found.tense.PLAN_PARTICIPLES or not is_past_verb(words[-1], found.tense):
        return None
    return words[-1]


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
        return bool(cues(ctx.lang).UP_TO_NOW.search(words) and other.stated.offset and other.stated.offset[0] in (
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
