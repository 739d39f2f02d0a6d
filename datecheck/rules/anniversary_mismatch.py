"""DC302 anniversary-mismatch."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from ..model import Mention, Severity, Suggestion
from ..style import ordinal_like, ordinal_value
from ..messages import ordinal
from .base import CheckContext, Rule, Violation
from .gated import gated


def _first_between(ctx: CheckContext, by_start: list[tuple[int, int]], start: int, end: int,
                   test: Callable[[Mention], bool]) -> Mention | None:
    """The first mention, in the order of ctx.mentions, that starts in [start, end) and passes `test`."""
    window = by_start[bisect_left(by_start, (start, -1)):bisect_left(by_start, (end, -1))]
    found = [i for _, i in window if test(ctx.mentions[i])]
    return ctx.mentions[min(found)] if found else None


class AnniversaryMismatch(Rule):
    """An anniversary whose number does not fit the year it counts from.

    What it does:
        Checks "the 30th anniversary of the 1999 flood" (or "of the flood", its year named earlier,
        or "founded in 1936 ... their 90th anniversary season") against the year it is marked in: the year
        of a full date given in the same sentence, or the publication year when the sentence
        speaks of now ("marks", "this week", "on Sunday"). A past anniversary with no date
        ("the launch coincided with the 20th anniversary") is left alone.

    Why is this bad?
        Anniversary numbers are checked by every reader who remembers the event.

    Example:
        (published June 3, 2024) Residents marked the 30th anniversary of the 1999 flood on Sunday.

    Use instead:
        Residents marked the 25th anniversary of the 1999 flood on Sunday.

    Fixes:
        Changing the ordinal is safe when the sentence writes the date the anniversary is
        marked, and unsafe when it is counted to the story's year, which the text does not
        write.
    """

    code = "DC302"
    name = "anniversary-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        cues = ctx.cues
        # searched once, only on the lines holding its words (see gated.py)
        own = list(gated(cues.OWN_ANNIVERSARY).finditer(ctx.low))
        if cues.ANNIVERSARY_STEM not in ctx.low and not own \
                and not gated(cues.CELEBRATES_YEARS_ANYWHERE).search(ctx.low):
            return
        by_start = sorted((m.start, i) for i, m in enumerate(ctx.mentions))
        for match in gated(cues.ANNIVERSARY).finditer(ctx.low):
            number = ordinal_value(match.group("ordinal"), ctx.lang)
            _, sentence_end = ctx.sentence_bounds(match.start())
            event = _first_between(
                ctx, by_start, match.end(), min(sentence_end, match.end() + 60) + 1,
                lambda m: m.kind == "calendar" and m.stated.year is not None) or _event_named_before(ctx, match)
            if number is not None and event is not None:
                yield from self._compare(ctx, by_start, match, number, event, {number})
        for match in own:
            number = ordinal_value(match.group("ordinal"), ctx.lang)
            event = _attributive_year(ctx, by_start, match.start()) or _founding_year(ctx, match.start())
            if number is not None and event is not None:
                # "its 60th year": the year after the 59th anniversary, or the 60th anniversary's, as people say
                years = {number, number - 1} if match.group("what") in ctx.cues.ORDINAL_YEAR_WORDS else {number}
                yield from self._compare(ctx, by_start, match, number, event, years)
        yield from self._years_celebrated(ctx)

    def _years_celebrated(self, ctx: CheckContext) -> Iterator[Violation]:
        """"The club, founded in 1931, is celebrating 90 years": a count of years since a beginning, now."""
        for duration in ctx.of_kind("duration"):
            offset = duration.stated.offset
            if offset is None or offset[0] != "year" or duration.stated.vague_offset \
                    or not ctx.cues.CELEBRATES_YEARS.search(ctx.low, max(0, duration.start - 14), duration.start):
                continue
            event, now = _founding_year(ctx, duration.start), ctx.now_at(duration.start)
            if event is None or now is None or event.stated.year is None:
                continue
            expected = now.year - event.stated.year
            if expected <= 0 or abs(expected - offset[1]) <= 1:
                continue  # the count may be of the years begun or of the years done
            phrase = ctx.text[duration.start:duration.end]
            yield Violation(
                duration.start, duration.end,
                ctx.say("'{phrase}' since {year} does not fit this story's year ({now}): it is {n}", phrase=phrase,
                        year=event.stated.year, now=now.year, n=expected),
                (ctx.related(event, ctx.say("the year it counts from")),),
            )

    def _compare(self, ctx: CheckContext, by_start: list[tuple[int, int]], match: re.Match[str], number: int,
                 event: Mention, fits: set[int]) -> Iterator[Violation]:
        sentence_start, sentence_end = ctx.sentence_bounds(match.start())
        marked = _first_between(
            ctx, by_start, sentence_start, sentence_end,
            lambda m: m is not event and m.kind == "calendar" and m.stated.year is not None
            and m.stated.day is not None)
        when = None if marked is not None else _first_between(
            ctx, by_start, match.end(), min(sentence_end, match.end() + 40), lambda m: _names_a_year(m, event))
        if marked is not None:
            year, basis = marked.stated.year, f"{ctx.text[marked.start:marked.end]}"
        elif when is not None and when.interval is not None:  # "celebrated their 60th anniversary last June"
            marked, year, basis = when, when.interval.first.year, f"{ctx.text[when.start:when.end]}"
        else:
            now = ctx.now_at(match.start())
            if now is None or not self._marked_now(ctx, match.start(), now):
                return  # "coincided with the 20th anniversary": some year, not said which
            year, basis = now.year, ctx.say("this story's year ({year})", year=now.year)
        assert event.stated.year is not None and year is not None
        expected = year - event.stated.year
        if expected in fits or expected <= 0:
            return
        start, end = match.start("ordinal"), match.end("ordinal")
        written = ctx.text[start:end]
        related = (ctx.related(event, ctx.say("the year it counts from")),)
        if marked is not None:
            related += (ctx.related(marked, ctx.say("the date it is marked")),)
        nth = ordinal(expected, ctx.messages)
        if "what" in match.re.groupindex:  # "their 90th anniversary season", "its 60th year": the story's own word
            message = ctx.say("'{written} {what}' of {year} does not fit {basis}: it is the {nth}", written=written,
                              what=match.group("what"), year=event.stated.year, basis=basis, nth=nth)
        else:
            message = ctx.say("'{written} anniversary' of {year} does not fit {basis}: it is the {nth}",
                              written=written, year=event.stated.year, basis=basis, nth=nth)
        yield Violation(start, end, message, related,
                        (Suggestion(start, end, ordinal_like(written, expected, ctx.lang),
                                    ctx.say("Change to the {nth}", nth=nth),
                                    unsafe=marked is None),))  # counted to the story's year, not to a written one

    @staticmethod
    def _marked_now(ctx: CheckContext, offset: int, now) -> bool:  # type: ignore[no-untyped-def]
        """Whether the sentence at `offset` speaks of the anniversary as happening around `now`."""
        start, end = ctx.sentence_bounds(offset)
        if ctx.tense_at(offset, offset + 10) in ("present", "future"):
            return True
        if ctx.cues.ANNIVERSARY_NOW.search(ctx.low[max(start, offset - 50):offset]):
            return True
        for mention in ctx.mentions_starting(start, end):
            if mention.kind in ("weekday", "relative", "relunit", "ref"):
                if mention.interval is not None and abs((mention.interval.first - now).days) <= 14:
                    return True
        return False


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: How far back (in characters) the year of an event named before its anniversary is looked for: a
#: long file's every anniversary does not read the whole file back.
_EVENT_REACH = 5000


def _event_named_before(ctx: CheckContext, match: re.Match[str]) -> Mention | None:
    """The year of "the flood" in "the 25th anniversary of the flood", named earlier in the story
    ("the 1999 flood", "the flood of 1999"): the last such year before the anniversary."""
    noun = ctx.cues.ANNIVERSARY_EVENT_NOUN.match(ctx.low, match.end())
    if noun is None:
        return None
    words, low = [w for w in noun.groups() if w], ctx.low
    found = None
    for mention in ctx.mentions_starting(max(0, match.start() - _EVENT_REACH), match.start()):
        if mention.kind != "calendar" or mention.stated.year is None or mention.stated.month is not None:
            continue
        for word in words:
            after = low.startswith(ctx.cues.YEAR_BEFORE_NOUN + word, mention.end) \
                and not low[mention.end + len(word) + 1:mention.end + len(word) + 2].isalpha()
            if after or any(low.endswith(word + link, 0, mention.start) for link in ctx.cues.NOUN_BEFORE_YEAR):
                found = mention
    return found


def _names_a_year(mention: Mention, event: Mention) -> bool:
    """A month or a year told relative to now, or written with its year, that dates when an
    anniversary was marked ("last June", "last year", "in March 2022"): not the year it counts from."""
    interval = mention.interval
    return mention is not event and mention.kind in ("calendar", "relunit") and interval is not None \
        and mention.stated.day is None and (mention.rel is not None or mention.stated.month is not None) \
        and (interval.last - interval.first).days < 366


def _attributive_year(ctx: CheckContext, by_start: list[tuple[int, int]], offset: int) -> Mention | None:
    """The year set before the owner of "the 1969 moon landing's 55th anniversary": a year alone,
    after "the", with at most three words between it and the owner."""
    year = _first_between(ctx, by_start, max(0, offset - 40), offset,
                          lambda m: m.kind == "calendar" and m.stated.year is not None and m.stated.month is None)
    if year is None or not ctx.cues.BEFORE_ATTRIBUTIVE_YEAR.search(ctx.low, max(0, year.start - 8), year.start):
        return None
    gap = ctx.low[year.end:offset]
    return year if gap[:1] in (" ", "\t") and len(gap.split()) <= 3 and all(w.isalpha() for w in gap.split()) else None


def _founding_year(ctx: CheckContext, offset: int) -> Mention | None:
    """The year "their 90th anniversary season" counts from: "founded in 1936" earlier in its
    sentence, else the one beginning the story names before it ("The club was founded in 1931. ..."),
    else the one the next sentence opens with, said of the same owner ("The school opened in 1986")."""
    sentence, end = ctx.sentence_bounds(offset)
    return _one_beginning(ctx, sentence, offset) or _one_beginning(ctx, max(0, offset - _EVENT_REACH), sentence) \
        or _beginning_next(ctx, sentence, offset, end)


def _beginning_next(ctx: CheckContext, sentence: int, offset: int, end: int) -> Mention | None:
    """The year a beginning is dated by in the sentence after the anniversary's, when that sentence
    opens with it and its subject is the anniversary's owner: a pronoun, or a noun its sentence
    names before the anniversary ("Calloway School marked its 40th ... The school opened in 1986")."""
    low = ctx.low
    at = end
    while at < len(low) and at - end < 200 and low[at].isspace():  # over the blanks, a paragraph break too
        at += 1
    if at >= len(low):
        return None
    next_start, next_end = ctx.sentence_bounds(at)
    if next_start < end:
        return None
    year = _one_beginning(ctx, next_start, min(next_end, next_start + 80))
    if year is None:
        return None
    founded = ctx.cues.FOUNDED.search(ctx.low, max(next_start, year.start - 30), year.start)
    assert founded is not None
    subject = ctx.cues.FOUNDING_SUBJECT.fullmatch(ctx.low, next_start, founded.start())
    if subject is None:
        return None
    words = subject.group("head").split()
    owner = words[0] in ctx.cues.FOUNDING_PRONOUNS if len(words) == 1 else \
        words[-1] in _WORD.findall(ctx.low, sentence, offset)
    return year if owner else None


def _one_beginning(ctx: CheckContext, start: int, end: int) -> Mention | None:
    """The one year in [start, end) that a beginning is dated by (None when none or several)."""
    found = None
    for mention in ctx.mentions_starting(start, end):
        if mention.kind == "calendar" and mention.stated.year is not None and mention.stated.day is None \
                and ctx.cues.FOUNDED.search(ctx.low, max(0, mention.start - 30), mention.start):
            if found is not None and found.stated.year != mention.stated.year:
                return None  # two beginnings: no telling which it counts from
            found = mention
    return found
