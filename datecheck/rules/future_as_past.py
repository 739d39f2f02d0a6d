"""DC202 future-as-past."""

from __future__ import annotations

from collections.abc import Iterator
from ..calendar_math import clamp_days
from functools import lru_cache

from ..lang import language
from ..model import Mention, Severity, Tense
from ..tense import is_past_verb
from .base import CheckContext, Rule, Violation
from .year_fixes import year_shift_suggestions
from .stale_reading import period_end
from .recency import clause_before, cues, past_verb_after, past_verb_after_fronted, past_verb_before


@lru_cache(maxsize=None)
def _not_ap_verbs(code: str) -> frozenset[str]:
    """Verbs that do not report a date right after them as the day they were done: "said April 10 is",
    "was April 15", "fixed April 24 as the date"."""
    tense = language(code).tense
    return frozenset(tense.REPORTING | tense.PAST_BE | tense.ORDERS | tense.PLAN_PARTICIPLES | tense.SETS_A_DATE)


class FutureAsPast(Rule):
    """A date after publication in a clause that reports it as done.

    What it does:
        Flags "signed the deal on May 19" in a story published May 6: the verb reports a finished
        event, the date has not happened yet. It needs a past-tense verb before "on <date>" in its clause
        (through its object and phrases: "approved the budget at a special meeting on May 20", or across
        a phrase set off by commas: "completed the sale, announced in March, on May 28")
        (or a date that opens the sentence, "On May 28, members approved", or AP style, "approved
        June 3 a plan") and stays quiet when the clause hedges (will, would, expected, scheduled, plans, due, by,
        until …) or the date is in a quotation. The reading of the date's own phrase must agree
        that the verb dates it: not when the verb orders its object for later ("called the notes
        for redemption on July 2", "authorized the buyback on Aug. 9"), the date is what something
        is for ("bought bills for resale on June 19"), a modal or passive stands between ("can be
        redeemed on July 1"), or the date belongs to another clause ("launched in 2019 and
        matures on Dec. 1, 2031").

    Why is this bad?
        Either the date or the tense is wrong, and both mislead: the reader thinks a pending
        event already happened, or misdates a real one.

    Example:
        (published May 6, 2025) The two companies signed the deal on May 19.

    Use instead:
        The two companies will sign the deal on May 19.   (or the date it was signed: May 1)

    Fixes:
        Moving the date a year back is unsafe: the year is inferred from the verb's tense, and
        the verb may be the mistake.
    """

    code = "DC202"
    name = "future-as-past"
    severity = Severity.WARNING
    needs_publication_date = True

    def check(self, ctx: CheckContext) -> Iterator[Violation]:
        for mention, day, now in ctx.written_days():
            if (day - now).days <= 1:
                continue
            if ctx.in_quotes(mention.start):
                continue
            verb = _verb_reporting(ctx, mention)
            if verb is None or ctx.tense(mention) != Tense.PAST \
                    or period_end(ctx, mention):  # "for the year ended March 31": a period's end
                continue  # the reading of the date's own phrase must agree: not a modal, a purpose, another clause
            written = ctx.text[mention.start:mention.end]
            yield Violation(
                mention.start,
                mention.end,
                ctx.say("'{date}' ({day}) is after this story's date ({now}), but '{verb}' reports it as done",
                        date=written, day=ctx.short_day(day), now=ctx.short_day(now), verb=verb),
                ctx.publication_related(),
                year_shift_suggestions(ctx, mention, -1, clamp_days(now, -60), now),
            )


def _verb_reporting(ctx: CheckContext, mention: Mention) -> str | None:
    """The past verb that reports the date as done: before "on <date>" in its clause ("signed the deal
    on May 19"), right before it in AP style ("approved June 3 a plan"), or after a date that opens
    the sentence ("On May 28, members approved"); None when the clause hedges, or a deadline word
    stands between the verb and the date ("finished the work by June 3")."""
    before = clause_before(ctx, mention, 160)
    start = ctx.sentence_bounds(mention.start)[0]
    set_off = _set_off(ctx, mention, start, before)
    if set_off is not None:  # "completed the sale, announced in March, on May 28": the clause before the phrase
        before = ctx.low[max(start, set_off - 160):set_off] + " " + ctx.cues.ON
    written = ctx.prose[mention.start - len(before):mention.start] if set_off is None \
        else ctx.prose[max(start, set_off - 160):set_off] + " " + ctx.cues.ON
    words, code, recency = ctx.cues, ctx.lang, cues(ctx.lang)
    if words.FRONTED_ON.fullmatch(ctx.low, start, mention.start) and words.FRONTED_AFTER.match(ctx.low, mention.end):
        return past_verb_after_fronted(ctx.low[mention.end:ctx.sentence_bounds(mention.start)[1]], code)
    if words.ON_BEFORE.search(before):
        after = ctx.after(mention.end, 40)
        phrase = words.SET_OFF_AFTER.search(after)  # ", ending a long search": the clause's own words end there
        after = after if phrase is None else after[:phrase.start()]
        if recency.HEDGES.search(after) or recency.HEDGES_NEAR.search(after) or words.FOR_AN_EVENT.search(before):
            return None  # "sold tickets for the concert on May 29": the concert's date, not the sale's
        verb = past_verb_before(written[:-len(words.ON)] if before.endswith(words.ON) else written, code=code) \
            or past_verb_after(ctx.after(mention.end, 80, clause=True), code)  # "hat ... am 19. Mai unterzeichnet"
    else:  # AP style: "approved June 3 a plan", with an object or a place after the date
        ends = words.AP_DATE_END.match(ctx.low, mention.end) is not None
        if not words.AP_DATE_AFTER.match(ctx.low, mention.end) and not ends:
            return None
        verb = past_verb_before(written, 1, code)
        if verb is None or verb in _not_ap_verbs(code):
            return None
        if ends and not _reported_done(ctx, mention, before, verb):
            return None  # "The film, released Dec. 12, stars": a participle, not a report
    if verb is None or recency.HEDGES_NEAR.search(before, max(0, before.rfind(verb))):
        return None
    # the hedges of the words before are read last, for a verb found (a search of 200 characters)
    told = ctx.before(mention.start, 200) if set_off is None else ctx.low[max(start, set_off - 200):set_off]
    if recency.HEDGES.search(told):  # (a phrase set off tells its own time: "first proposed last fall")
        return None
    clause_start = mention.start - len(before)
    if before.lstrip().startswith(verb) and ctx.low[:clause_start].rstrip().endswith(","):
        sentence_start = ctx.sentence_bounds(mention.start)[0]
        opening = ctx.prose[sentence_start:clause_start].split(",", 1)[0]
        if past_verb_before(opening, 40, code) is not None:
            return None  # "Shoppers crowded the stores, closed on May 30": a participle phrase after a clause
    return verb


def _set_off(ctx: CheckContext, mention: Mention, start: int, before: str) -> int | None:
    """Where a phrase set off by commas begins when it alone stands between a clause and "on <date>"
    ("completed the sale, announced in March, on May 28"): a relative clause, a phrase opened by a
    past participle, a noun beside the object ("the low bidder") or a person's age after a name
    ("hired Dana Pike, 47, on"), which does not date the day."""
    if before.strip() != ctx.cues.ON.strip():
        return None
    found = ctx.cues.SET_OFF_BEFORE.search(ctx.low, max(start, mention.start - 120), mention.start)
    if found is None:
        return None
    tense = language(ctx.lang).tense
    if found.groupdict().get("age"):  # a person's age set beside a name: "signed Ana Ruiz, 33, on June 2"
        name = ctx.prose[max(start, found.start() - 40):found.start()].split()
        return found.start() if name and name[-1][:1].isupper() else None
    if found.groupdict().get("det"):  # a noun beside the object, with no verb of its own
        words = found.group(0).split()
        if any(is_past_verb(word.strip(","), tense) for word in words) \
                or ctx.cues.SET_OFF_NOT_A_NOUN.search(found.group(0)):
            return None
    elif not (found.group("rel") or found.groupdict().get("part")
              or found.group("head") and is_past_verb(found.group("head"), tense)):
        return None
    return found.start()


#: How far ahead a date written without its year may be and still be read as this year's when only
#: its clause's end shows the verb dates it: further on, last year's day is as likely.
_AP_END_DAYS = 31


def _reported_done(ctx: CheckContext, mention: Mention, before: str, verb: str) -> bool:
    """Whether a date ending the clause of `verb` is the day of a deed done: the verb has its subject
    right before it ("Brandt resigned"), not a comma or the clause's start (a participle set off),
    nor an auxiliary of the perfect ("has fixed April 3": the date is its object); and the date is
    written with its year, or is near."""
    at = before.lower().rstrip().rfind(verb)
    if at <= 0 or ctx.cues.AP_SUBJECT_BEFORE.search(before.lower(), 0, at) is None:
        return False
    day, now = mention.resolved_date, ctx.now_at(mention.start)
    return mention.stated.year is not None or day is not None and now is not None and (day - now).days <= _AP_END_DAYS
