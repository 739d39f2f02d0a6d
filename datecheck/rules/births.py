"""Where a story says a person was born, and whose birth it is: what age-mismatch compares an age with.

A birth is "born" (or "'s birth in") and the date right after it. Its person is the subject before
it: a name ("Okafor was born", "Mr. Farrow was born"), a pronoun ("She was born"), or, with nothing
but an apposition between, the age before it ("Okafor, 33, born in 1988", "the 67-year-old retiree,
born in 1951"). An age is tied to a birth in its own sentence by that apposition or by a sentence that
opens with the birth ("Born in 1978, the 45-year-old ..."); to one in another sentence of its
paragraph (or the first of the next) only when both name the same person: the same surname, or a
pronoun in the sentence right after the age's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Flag, Kind, Mention
from .base import CheckContext
from .gated import gated

_NAME = re.compile(r"([A-Z][\w'\u2019-]*)[.,]?\s*$")
_WORDS = re.compile(r"\w+")
_POSSESSIVE = re.compile("['\u2019]s$")


class Birth:
    """A birth the story states: where its cue starts ("born", or the subject's possessive), its date,
    and whose it is (read from the words before the cue only when asked: most ages are tied to a
    birth in their own sentence, without it)."""

    __slots__ = ("cue", "mention", "_ctx", "_match", "_subject")

    def __init__(self, ctx: CheckContext, match: re.Match[str], mention: Mention) -> None:
        self.cue = match.start()
        self.mention = mention
        self._ctx, self._match = ctx, match
        self._subject: str | None = None

    @property
    def subject(self) -> str:
        """The surname or the pronoun before the cue, lower-cased ("" when none is found)."""
        if self._subject is None:
            self._subject = _subject(self._ctx, self._match)
        return self._subject


class Births(list[Birth]):
    """The births of a story in order, with where each one's cue starts (to find those in a stretch
    by bisection)."""

    def __init__(self, births: list[Birth]) -> None:
        super().__init__(births)
        self.cues = [birth.cue for birth in births]


def births(ctx: CheckContext) -> Births:
    """Every birth the story states, in order."""
    found = []
    for match in gated(ctx.cues.BORN).finditer(ctx.low):  # on the lines with its words
        mention = next((m for m in ctx.mentions_starting(match.end(), match.end() + 5)
                        if m.kind == Kind.CALENDAR and m.stated.year is not None and m.valid), None)
        if mention is not None:
            found.append(Birth(ctx, match, mention))
    return Births(found)


def _subject(ctx: CheckContext, match: re.Match[str]) -> str:
    """The person a birth is of, as the words before "born" name it."""
    start = ctx.sentence_bounds(match.start())[0]
    before = ctx.prose[max(start, match.start() - 60):match.start()]
    whose = match.groupdict().get("whose")
    if whose:  # "Okafor's birth in", "her birth in"
        whose = whose.lower()
        if whose in ctx.cues.BIRTH_PRONOUNS:
            return ctx.cues.BIRTH_PRONOUNS[whose]
        name = _NAME.search(ctx.prose[match.start():match.start() + len(whose)])
        return _POSSESSIVE.sub("", name.group(1).lower()) if name else ""
    if not before.strip(" \t\n\"'\u201c"):  # "Born in 1988, she studied law": the subject comes after
        return _subject_after(ctx, match)
    linked = ctx.cues.BORN_LINK.search(before.lower())
    if linked is None:
        return ""
    before = before[:linked.start()]
    pronoun = ctx.cues.PRONOUN_SUBJECT.search(before)
    if pronoun:
        return pronoun.group(1).lower()
    name = _NAME.search(before)
    return name.group(1).lower() if name else ""


def _subject_after(ctx: CheckContext, match: re.Match[str]) -> str:
    """The subject after a sentence that opens with a birth: "Born in 1988, she ...", "Born in 1988,
    Okafor ..."."""
    mention = next(iter(ctx.mentions_starting(match.end(), match.end() + 5)), None)
    if mention is None:
        return ""
    after = ctx.cues.SUBJECT_AFTER_BIRTH.match(ctx.prose, mention.end)
    if after is None:
        return ""
    word = after.group(1)
    return word.lower() if word.lower() in ctx.cues.AGE_PRONOUNS or word[0].isupper() else ""


def holder(ctx: CheckContext, age: Mention) -> str:
    """The person an age is said of, when the words name one: "Okafor, 33" -> "okafor", "He was 81"
    -> "he" ("" when not)."""
    predicate = ctx.cues.PREDICATE_AGE.search(ctx.low, max(0, age.start - 12), age.start)
    if predicate is not None and predicate.group(1) in ctx.cues.AGE_PRONOUNS:
        return predicate.group(1)  # "He was 81.", "She is 33."
    before = ctx.prose[max(0, age.start - 40):age.start]
    if predicate is not None:  # "Okafor, who is 33,"
        before = before[:len(before) - len(predicate.group(0))]
    if Flag.TURNED in age.flags:
        turned = ctx.cues.TURNED_HOLDER.search(before)
        return turned.group(1).lower() if turned else ""
    if ctx.cues.AGE_AT.search(ctx.low, max(0, age.start - 8), age.start):  # "becoming at 29 the youngest"
        opening = ctx.cues.SENTENCE_SUBJECT.match(ctx.prose, ctx.sentence_bounds(age.start)[0])
        return opening.group(1).lower() if opening is not None and opening.end() <= age.start else ""
    name = _NAME.search(before.rstrip(" (,"))
    return name.group(1).lower() if name else ""


def birth_in_sentence(ctx: CheckContext, age: Mention, found: Births) -> Birth | None:
    """The birth an age is tied to in its own sentence: by apposition after it ("Okafor, 33, was born
    in 1988", "the forty-year-old teacher, born in 1978"), or opening the sentence ("Born in 1978,
    the 45-year-old ...")."""
    start, end = ctx.sentence_bounds(age.start)
    for birth in _cued_within(found, start, end):
        if birth.cue >= age.end:
            gap = ctx.low[_end_of_age(ctx, age):birth.cue]
            if ctx.cues.AGE_TO_BORN.match(gap) or age.text.lower().endswith(ctx.cues.AGE_ADJECTIVE) \
                    and _noun_phrase(ctx, gap):
                return birth
        elif birth.mention.end <= age.start and not ctx.low[start:birth.cue].strip(" \t\n\"'\u201c"):
            return birth
    return None


def _cued_within(found: Births, start: int, end: int) -> list[Birth]:
    """The births (in order of their cues) whose cue lies in [start, end), found by bisection: a
    story of many ages and births would otherwise read every birth for every age."""
    return found[bisect_left(found.cues, start):bisect_left(found.cues, end)]


def _end_of_age(ctx: CheckContext, age: Mention) -> int:
    """Where an age's phrase ends: after the day named with "turned 52" ("who turned 52 last month,")."""
    if Flag.TURNED in age.flags:
        named = ctx.mentions_starting(age.end, age.end + 5)
        if named and named[0].kind != Kind.AGE:
            return named[0].end
    return age.end


def _noun_phrase(ctx: CheckContext, gap: str) -> bool:
    """A few words naming the person an adjective age goes with, then the apposition: " teacher, "."""
    match = ctx.cues.AGE_NOUN_GAP.match(gap)
    return match is not None and ctx.cues.NOT_THE_SAME_PERSON.isdisjoint(match.group("words").split())


def birth_nearby(ctx: CheckContext, age: Mention, found: Births) -> Birth | None:
    """The birth of the same person stated in another sentence of the age's paragraph, or the first
    sentence of the next one, with no other age between them.

    Only the births cued between the other ages on either side of this one are read: a birth cued at
    or before the last age before it, or at or after the first age after it, has that age between
    (in a paragraph of many ages and births, each age would otherwise read every birth)."""
    person = holder(ctx, age)
    if not person:
        return None
    start, end = ctx.sentence_bounds(age.start)
    para_start, para_end = ctx.paragraph_bounds(age.start)
    following = _next_sentence(ctx, end)
    limit = max(para_end, following[1] if following else end)
    before = ctx.low[ctx.sentence_bounds(max(para_start, start - 1))[0]:end]
    ages = ctx.starts_of(Kind.AGE)
    before_it = bisect_left(ages, age.start)
    after_it = bisect_left(ages, age.end)
    first = max(para_start, ages[before_it - 1] if before_it else para_start)
    last = min(limit, ages[after_it] + 1 if after_it < len(ages) else limit)
    for birth in _cued_within(found, first, last):
        if start <= birth.cue < end or not birth.subject:
            continue
        if birth.subject in ctx.cues.AGE_PRONOUNS:
            same = following is not None and following[0] <= birth.cue < following[1] \
                and _no_other_person(ctx, end, birth.cue)
        else:
            same = birth.subject == person or person in ctx.cues.AGE_PRONOUNS and birth.subject in _words(before)
        if same and not _other_age_between(ctx, age, birth):
            return birth
    return None


def _next_sentence(ctx: CheckContext, end: int) -> tuple[int, int] | None:
    at = end
    while at < len(ctx.low) and ctx.low[at].isspace():
        at += 1
    return ctx.sentence_bounds(at) if at < len(ctx.low) else None


def _no_other_person(ctx: CheckContext, start: int, end: int) -> bool:
    """Whether no one else is named as a subject between the age and a "she was born"."""
    return ctx.cues.NAMED_SUBJECT.search(ctx.prose[start:end]) is None


def _other_age_between(ctx: CheckContext, age: Mention, birth: Birth) -> bool:
    """Whether an age other than `age` starts between it and the birth (counted by bisection)."""
    low, high = min(age.end, birth.cue), max(age.start, birth.mention.start)
    ages = ctx.starts_of(Kind.AGE)
    within = bisect_left(ages, high) - bisect_left(ages, low)
    return within > (1 if age.kind == Kind.AGE and low <= age.start < high else 0)


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text))
