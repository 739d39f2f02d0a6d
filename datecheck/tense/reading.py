"""The tense the words around a date signal, in its clause.

The nearest cue wins, one before the date winning a tie. Before that, the date's own phrase is
found from the words right before it, and a verb before that phrase does not decide the date's
tense: a modal or an infinitive ("could be reached by Friday", "to be redeemed on June 15"), an
infinitive or a gerund after a word of intent ("agreed to close the mill on Oct. 3", "proposed
allowing imports until July 1"), what something is for ("for delivery on July 5", "for Sept. 1-15
shipment"), a date that names a noun ("their June 4 accord"), and the end of a span with an object
between it and the verb ("obtained a waiver until May 26"). Some phrases decide by themselves: a
deadline ("by Friday"), the day a change takes effect ("effective on Feb. 1"), a new date ("postponed
until Tuesday"). A second date ("between May 10 and July 30") is governed by the word before the first.
"""

from __future__ import annotations

from types import ModuleType

from ..model import Tense
from .words import blank_weekday_abbreviations, candidates, cue_words, cues, inert_words, patterns, weekday_cues

#: What `read` says of a deadline ("by Friday") with no verb in its clause: ahead, unless the
#: clause that governs it says otherwise ("By Friday, the dollar had climbed").
DEADLINE = object()
#: What `read` says when a modal or an infinitive stands between the date and any cue: no tense,
#: and no reading of the clause that governs it either.
BARRED = object()
#: How many words after a mention a future phrase ("is expected", "set to") may stand.
_MULTI_AFTER = 10


def is_past_verb(word: str, words: ModuleType | None = None) -> bool:
    """A past-tense verb: an irregular one, or a regular past form that is not a noun or an adjective."""
    words = words or cues()
    return word in words.PAST_VERBS or words.regular_past(word)


def read(before_text: str, after_text: str, code: str, own: bool = True, day: bool = False) -> Tense | object:
    """The tense the words before and after a mention (in its clause) signal (`own`: the mention
    stands between the two, else they are a clause governing it; `day`: it ends in a number, the
    day of a month)."""
    word, past_ending, multi = patterns(code)
    before = word.findall(before_text)
    after = word.findall(after_text)
    abbreviated = weekday_cues(code)[0]
    if not abbreviated.isdisjoint(before) or not abbreviated.isdisjoint(after):  # "Sat., Oct. 18": no "sat"
        before_text, after_text = blank_weekday_abbreviations(before_text, code), blank_weekday_abbreviations(after_text, code)
        before, after = word.findall(before_text), word.findall(after_text)
    if own:
        after = _own_clause(after, cues(code))
    # "is expected", "set to", "as soon as": before the mention, or among the first words after it
    # (further on, "as early as" is about a later date)
    if multi.search(" ".join(before)) or multi.search(" ".join(after[:_MULTI_AFTER])):
        return Tense.FUTURE
    inert = inert_words(code)
    if inert.isdisjoint(before) and inert.isdisjoint(after) \
            and not past_ending.search(before_text) and not past_ending.search(after_text):
        return Tense.UNKNOWN  # most dates in lists and tables: not one word below can say anything
    return _decide(_Side(before_text, before, True), after, after_text, code, own, day)


def _own_clause(after: list[str], words: ModuleType) -> list[str]:
    """The words after a date up to a clause of time of their own ("before the site is cleared")."""
    conjunctions = getattr(words, "TEMPORAL_CONJUNCTIONS", frozenset())
    if conjunctions.isdisjoint(after):
        return after
    for i, word in enumerate(after):
        if word in conjunctions and not words.FINITE_AUX.isdisjoint(after[i + 2:i + 1 + words.TEMPORAL_CLAUSE_REACH]):
            return after[:i]
    return after


class _Side:
    """The words on one side of a date and their text; where each word stands is found when
    asked, from the date outward (`backward`: the words before it)."""

    __slots__ = ("text", "words", "backward", "_at")

    def __init__(self, text: str, words: list[str], backward: bool) -> None:
        self.text, self.words, self.backward = text, words, backward
        self._at: dict[int, int] = {}

    def _start(self, i: int) -> int:
        """Where word i starts in the text (found for each word from the date out to it)."""
        at, words, text = self._at, self.words, self.text
        found = at.get(i)
        if found is not None:
            return found
        if self.backward:
            j = i + 1
            while j < len(words) and j not in at:
                j += 1
            for k in range(j - 1, i - 1, -1):
                at[k] = text.rfind(words[k], 0, at[k + 1]) if k + 1 < len(words) else text.rfind(words[k])
        else:
            j = i - 1
            while j >= 0 and j not in at:
                j -= 1
            for k in range(j + 1, i + 1):
                at[k] = text.find(words[k], at[k - 1] + len(words[k - 1])) if k else text.find(words[k])
        return at[i]

    def glued(self, i: int) -> bool:
        """Whether only white space stands between word i - 1 and word i."""
        if self.backward:  # from the date outward: word i first
            start = self._start(i)
            return self.text[self._start(i - 1) + len(self.words[i - 1]):start].isspace()
        previous = self._start(i - 1)
        return self.text[previous + len(self.words[i - 1]):self._start(i)].isspace()

    def tail(self) -> str:
        """What follows the last word."""
        if not self.words:
            return self.text
        last = len(self.words) - 1
        return self.text[self._start(last) + len(self.words[last]):]


def _decide(side: _Side, after: list[str], after_text: str, code: str, own: bool, day: bool) -> Tense | object:
    """The tense the words around a date signal, once a future phrase and an empty reading are ruled out."""
    words = cues(code)
    before = side.words
    governing = _governing(side, words)
    governor = before[governing - 1] if governing else ""
    deadline = governor in words.DEADLINE_WORDS  # "by February", "through January"
    barrier, ahead = _barrier(before, words), False
    if barrier is not None:
        infinitive = before[barrier] in words.INFINITIVES
        head = before[barrier - 2] if infinitive and barrier > 1 else ""
        passive = infinitive and before[barrier] in words.PASSIVE_AUX and barrier + 1 < len(before) \
            and is_past_verb(before[barrier + 1], words)
        if head in words.FUTURE_WORDS or head in words.PAST_INTENT:
            return Tense.FUTURE  # "scheduled to be released on Friday", "planned to have it by May"
        ahead = passive  # "the zone, to be opened on Thursday": ahead, unless a verb nearer the date says otherwise
    cut = barrier if barrier is not None else 0  # "could be reached by Friday": the verbs before "could" are not read
    if (governor in words.TAKES_EFFECT or governor in words.TAKES_EFFECT_LINKS) and _takes_effect(before, governing, words):
        return Tense.FUTURE  # "effective Feb. 1", "payable on May 26"
    if governor in words.UNTIL and not words.POSTPONED.isdisjoint(before[cut:]):
        return Tense.FUTURE  # "postponed until Tuesday", "extended its deadline until Friday"
    if own and not words.INFINITIVE_MARKERS.isdisjoint(after):
        after = _own_after(_Side(after_text, after, False), words)
    purpose = _purpose(side, governing, code) if own and day else None
    if purpose is not None:  # "for delivery on July 5": what it is for, neither verb's time nor the words after
        cut, after = max(cut, purpose), []
    bar = _past_bar(side, governing, after, after_text, own, day, words) - cut \
        if own and (day or not words.INTENT_HEADS.isdisjoint(before) or not words.PURPOSE.isdisjoint(before)) else 0
    read_before = before[cut:] if cut else before
    found = _nearest_cue(read_before, after, deadline, governor in words.SPAN_ENDS, bar,
                         barrier is not None or purpose is not None or bar > 0, code)
    if found is not None:
        return found
    if barrier is not None and ahead:
        return Tense.FUTURE
    barred = barrier is not None or purpose is not None  # nor is a clause governing it read
    if deadline:  # a deadline with no past verb lies ahead, unless the governing clause says
        return Tense.FUTURE if barred else DEADLINE
    if not words.PRESENT_WORDS.isdisjoint(read_before) or not words.PRESENT_WORDS.isdisjoint(after):
        return Tense.PRESENT
    return BARRED if barred else Tense.UNKNOWN


def _own_after(side: _Side, words: ModuleType) -> list[str]:
    """The words after a date up to an infinitive that opens a phrase of its own ("agreed in
    December to reschedule the debt due in 1988": "due" is not the date's)."""
    after = side.words
    for i in range(1, len(after)):
        if after[i - 1] in words.INFINITIVE_MARKERS and after[i] not in words.DETERMINERS \
                and not words.past_form(after[i]) and side.glued(i):
            return after[:i - 1]
    return after


def _governing(side: _Side, words: ModuleType) -> int:
    """How many of the words before a date lead up to the word governing it: all of them, or all
    but a first date's words ("between May 10 and" governs a second date as "between" does, "for
    June 20/" as "for")."""
    before = side.words
    if len(before) >= 3 and before[-1] in words.DATE_COORDINATORS and before[-2] in words.DATE_WORDS:
        return len(before) - 2
    if before and before[-1] in words.DATE_WORDS:
        tail = side.tail()
        if any(c.isdigit() for c in tail) and not any(c.isalpha() for c in tail):
            return len(before) - 1  # "May 5-" before "20", "June 20/" before "July 20"
    return len(before)


def _takes_effect(before: list[str], governing: int, words: ModuleType) -> bool:
    """Whether the date is the day a change takes effect: "effective Feb. 1", "starting from June 1"."""
    i = governing - 1
    while i >= 0 and governing - i <= 3:
        if before[i] in words.TAKES_EFFECT:
            return True
        if before[i] not in words.TAKES_EFFECT_LINKS:
            return False
        i -= 1
    return False


def _purpose(side: _Side, governing: int, code: str) -> int | None:
    """The index of "for" when a day is what something is for: "for delivery on July 5", "for
    redemption on Aug. 14", "for shipment May 5-20", "for Sept. 1-15 shipment"; not "for the attack
    on Oct. 9" (an event), "for 24 hours on Monday" (a span) or "for lemons during May"."""
    words, before = cues(code), side.words
    i = governing - 1
    if i >= 0 and before[i] in words.DATE_PREPOSITIONS:
        i -= 1
    if i >= 0 and before[i] in words.PURPOSE:
        return i
    for at in (i - 1, i - 2):  # "for delivery", "for export shipment"
        if at >= 0 and before[at] in words.PURPOSE:
            between = range(at + 1, i + 1)
            if all(_plain(before[j], code) for j in between) and all(side.glued(j) for j in between):
                return at
            return None
    return None


def _plain(word: str, code: str) -> bool:
    """A word that may name what something is for: no determiner, number, cue or past form."""
    words = cues(code)
    return word not in words.DETERMINERS and word not in words.NUMBER_WORDS and word not in cue_words(code) \
        and not words.past_form(word)


def _past_bar(side: _Side, governing: int, after: list[str], after_text: str, own: bool, day: bool,
              words: ModuleType) -> int:
    """How many of the words before a date hold past verbs that do not date it: those before an
    intent's verb ("agreed to close the mill on Oct. 3"), all of them before a day that names a
    noun ("reaffirmed their June 4 accord")."""
    if not own:
        return 0
    before = side.words
    if day and governing == len(before) and before and before[-1] in words.DETERMINERS and after \
            and _touches(side.text, after_text, before[-1], after[0]) and words.PAST_MARKERS.isdisjoint(before) \
            and not _causal(before, len(before) - 2, words):
        return len(before)  # but "since the Nov. 12 avalanche" is past, and so is a cause ("due to its May 2 sale")
    found = _intent(side, governing, words)
    if found is None:
        found = _ordered(before, governing, words)
    return 0 if found is None else found


def _ordered(before: list[str], governing: int, words: ModuleType) -> int | None:
    """How many words are barred when the nearest past verb before a date orders its object for
    later ("called the notes for redemption on July 2", "authorized the redemption on Aug. 9")."""
    for i in range(governing - 1, -1, -1):
        word = before[i]
        if word in words.ORDERS:
            following = before[i + 1] if i + 1 < len(before) else ""
            return None if following in words.ORDERS_PARTICLES else i + 1
        if word in words.PAST_VERBS or words.regular_past(word) or word in words.FUTURE_WORDS:
            return None
    return None


def _touches(before_text: str, after_text: str, previous: str, following: str) -> bool:
    """Whether `previous` ends `before_text` and `following` opens `after_text`, each a space away
    from the date: the date stands inside a noun phrase."""
    stripped, opened = before_text.rstrip(), after_text.lstrip()
    return stripped.endswith(previous) and len(stripped) < len(before_text) \
        and opened.startswith(following) and len(opened) < len(after_text)


def _intent(side: _Side, governing: int, words: ModuleType) -> int | None:
    """The index of the verb an intent is for ("agreed to close", "an offer to extend", "proposed
    allowing"), when one stands before the date."""
    before = side.words
    if words.INTENT_HEADS.isdisjoint(before) and words.PURPOSE.isdisjoint(before):
        return None
    ahead = words.FUTURE_WORDS | words.PAST_INTENT | words.NOUN_LIKE  # cues of their own: "planned to"
    heads, markers = words.INTENT_HEADS, words.INFINITIVE_MARKERS
    for i in range(governing - 1, 0, -1):
        previous = before[i - 1]
        if previous not in markers and previous not in heads and previous not in words.PURPOSE:
            continue  # most words
        word = before[i]
        if previous not in markers:
            if words.gerund(word) and previous not in ahead and side.glued(i):
                return i  # "proposed allowing imports until July 1", "hopes for reaching a deal by Friday"
            continue
        if word in words.DETERMINERS or word in words.INFINITIVES or not side.glued(i):
            continue
        for head in range(i - 2, max(-1, i - 3 - words.INTENT_REACH), -1):
            if before[head] in words.INTENT_HEADS:
                return None if before[head] in ahead else i - 1
    return None


def _nearest_cue(before: list[str], after: list[str], deadline: bool, span_end: bool, bar: int,
                 own_phrase: bool, code: str) -> Tense | object | None:
    """The tense of the nearest cue that tells one (None: none does), reading outward from the
    mention, a word before it first at the same distance. `span_end`: the date ends a span ("until
    May 26"); `bar`: a past verb among the first `bar` words before does not date it; `own_phrase`:
    the date has a phrase of its own, and a participle after it ("its notes issued in 2001") is
    read as no verb."""
    words = cues(code)
    candidate, cue = candidates(code), cue_words(code)
    last, length = len(before) - 1, len(after)
    for distance in range(max(len(before), length)):
        for i, is_before in ((last - distance, True), (distance, False)):
            if is_before:
                if i < 0 or not candidate[before[i]]:
                    continue
                side = before
            else:
                if i >= length or not candidate[after[i]] or own_phrase and after[i] not in cue:
                    continue
                side = after
            word = side[i]
            if deadline and word in words.REPORTING:
                continue  # "said it would finish by June": the saying is past, the deadline is not
            found = _classify_in(side, i, is_before, words)
            if found is None:
                if word in words.PRESENT_WORDS and not deadline:
                    return Tense.PRESENT  # "said the dividend is payable May 29": the nearer verb
                continue
            if deadline and (found is Tense.FUTURE or i > 0 and side[i - 1] in words.PERFECT_AUX):
                return Tense.FUTURE  # "has extended loans through January": still running
            if is_before and found is Tense.PAST and word not in words.PAST_MARKERS:
                if i < bar and deadline:
                    continue  # "hopes for reaching a deal by Friday": a deadline of what is hoped for
                if i < bar or span_end and not words.DETERMINERS.isdisjoint(side[i + 1:]):
                    return BARRED  # "obtained a waiver until May 26": the obtaining, not the date
            return found
    return None


def _classify_in(words: list[str], i: int, before_mention: bool, cues: ModuleType) -> Tense | None:
    """The tense word i of `words` signals, reading the word before it for nouns and adjectives."""
    word = words[i]
    past_form = cues.past_form(word)
    future = word in cues.FUTURE_WORDS or cues.future_form(word)
    if not past_form and not future and word not in cues.PAST_VERBS \
            and word not in cues.PAST_MARKERS and word not in cues.SCHEDULE and word not in cues.NOUN_LIKE:
        return None  # most words: no tense to read
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in cues.PAST_INTENT and before_mention and following in cues.INTENT_OBJECT:
        return Tense.FUTURE  # "planned to leave on Thursday"; but "On Friday, they planned to…" is past
    if word in cues.PAST_BE and following in cues.FUTURE_WORDS:
        return Tense.FUTURE  # "were planning to", "was expected", "was due"
    previous = words[i - 1] if i > 0 else ""
    if word in cues.SCHEDULE and before_mention and len(words) - i <= 3 and previous not in cues.DETERMINERS:
        return Tense.FUTURE  # "the show opens Friday"; not a noun: "la visita del lunes"
    if word in cues.CAUSAL_DUE and _causal(words, i + 1, cues):
        return None  # "due to the earthquake", "due largely to a charge": a cause
    if word in cues.CONDITIONS and (following in cues.CONDITION_LINKS or not following) \
            or past_form and following in cues.PASSIVE_AGENT:
        return None  # "provided that ...": a condition; "laws passed by Congress": a participle
    if word in cues.NOUN_LIKE:
        return Tense.FUTURE if following in cues.INFINITIVE_MARKERS else None
    if (previous in cues.DETERMINERS or previous in cues.INFINITIVE_MARKERS) and past_form:
        return None  # "a reduced dividend", "due to continued losses": adjectives
    if previous in cues.DETERMINERS and previous not in cues.RELATIVE_DETERMINERS and word in cues.PAST_VERBS:
        return None  # "the cut takes effect", "a paid day off": a noun or an adjective
    if previous in cues.PASSIVE_AUX and word not in cues.PAST_MARKERS:
        return None  # "would be paid", "has been set": the auxiliary before it carries the tense
    if previous in cues.PRESENT_AUX and word not in cues.FUTURE_WORDS and word not in cues.PAST_MARKERS:
        return None  # "is opened", "are sold": present passive
    if cues.negated_participle(word):
        return None  # "an unspecified date", "unnamed officials": adjectives
    if future:
        return Tense.FUTURE
    if word in cues.PAST_MARKERS or is_past_verb(word, cues):
        return Tense.PAST
    return None


def _causal(words: list[str], i: int, cues: ModuleType) -> bool:
    """Whether words[i:] read "(largely) to the ...", "to weather-related ...": "due" (or "owing")
    before it then names a cause."""
    if i < 1 or words[i - 1] not in cues.CAUSAL_DUE and not (i > 1 and cues.adverb(words[i - 1])
                                                              and words[i - 2] in cues.CAUSAL_DUE):
        return False
    if i < len(words) and cues.adverb(words[i]):
        i += 1
    return i + 1 < len(words) and words[i] in cues.INFINITIVE_MARKERS \
        and (words[i + 1] in cues.DETERMINERS or cues.past_form(words[i + 1]))  # "due to tax-induced buying"


def _barrier(words: list[str], cues: ModuleType) -> int | None:
    """The index of the last modal or infinitive ("could", "to be", "may be") among `words`, if any."""
    if cues.MODALS.isdisjoint(words) and cues.INFINITIVES.isdisjoint(words) and cues.AMBIGUOUS_MODALS.isdisjoint(words):
        return None
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in cues.MODALS or word in cues.INFINITIVES and i > 0 and words[i - 1] in cues.INFINITIVE_MARKERS:
            return i
        if word in cues.AMBIGUOUS_MODALS and i + 1 < len(words) and words[i + 1] in cues.MODAL_FOLLOWERS:
            return i
    return None
