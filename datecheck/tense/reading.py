"""The tense the words around a date signal, in its clause: the nearest cue wins, one before the
date winning a tie; a modal or an infinitive between a verb and the date keeps the verb from
deciding; a deadline ("by Friday") and a date a change takes effect on are read for themselves."""

from __future__ import annotations

from types import ModuleType

from ..model import Tense
from .words import cue_words, cues, inert_words, patterns

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


def read(before_text: str, after_text: str, code: str) -> Tense | object:
    """The tense the words before and after a mention (in its clause) signal."""
    words = cues(code)
    word, past_ending, multi = patterns(code)
    before = word.findall(before_text)
    after = word.findall(after_text)
    # "is expected", "set to", "as soon as": before the mention, or among the first words after it
    # (further on, "as early as" is about a later date)
    if multi.search(" ".join(before)) or multi.search(" ".join(after[:_MULTI_AFTER])):
        return Tense.FUTURE
    inert = inert_words(code)
    if inert.isdisjoint(before) and inert.isdisjoint(after) \
            and not past_ending.search(before_text) and not past_ending.search(after_text):
        return Tense.UNKNOWN  # most dates in lists and tables: not one word below can say anything
    deadline = bool(before) and before[-1] in words.DEADLINE_WORDS  # "by February", "through January"
    barrier, ahead = _barrier(before, words), False
    if barrier is not None:
        infinitive = before[barrier] in words.INFINITIVES
        head = before[barrier - 2] if infinitive and barrier > 1 else ""
        passive = infinitive and before[barrier] in words.PASSIVE_AUX and barrier + 1 < len(before) \
            and is_past_verb(before[barrier + 1], words)
        if head in words.FUTURE_WORDS or head in words.PAST_INTENT:
            return Tense.FUTURE  # "scheduled to be released on Friday", "planned to have it by May"
        ahead = passive  # "the zone, to be opened on Thursday": ahead, unless a verb nearer the date says otherwise
        before = before[barrier:]  # "could be reached by Friday": the verbs before "could" are not read
    if before and before[-1] in words.TAKES_EFFECT:
        return Tense.FUTURE
    if before and before[-1] in words.UNTIL and not words.POSTPONED.isdisjoint(before):
        return Tense.FUTURE  # "postponed until Tuesday", "extended its deadline until Friday"
    found = _nearest_cue(before, after, deadline, code)
    if found is not None:
        return found
    if barrier is not None and ahead:
        return Tense.FUTURE
    if deadline:  # a deadline with no past verb lies ahead, unless the governing clause says
        return Tense.FUTURE if barrier is not None else DEADLINE
    if not words.PRESENT_WORDS.isdisjoint(before) or not words.PRESENT_WORDS.isdisjoint(after):
        return Tense.PRESENT
    return BARRED if barrier is not None else Tense.UNKNOWN


def _nearest_cue(before: list[str], after: list[str], deadline: bool, code: str) -> Tense | None:
    """The tense of the nearest cue that tells one (None: none does), reading outward from the
    mention, a word before it first at the same distance."""
    words = cues(code)
    candidates, past_form = cue_words(code), words.past_form
    last = len(before) - 1
    for distance in range(max(len(before), len(after))):
        for side, i, is_before in ((before, last - distance, True), (after, distance, False)):
            if i < 0 or i >= len(side):
                continue
            word = side[i]
            if word not in candidates and not past_form(word):
                continue
            if deadline and word in words.REPORTING:
                continue  # "said it would finish by June": the saying is past, the deadline is not
            found = _classify_in(side, i, is_before, words)
            if found is None:
                if word in words.PRESENT_WORDS and not deadline:
                    return Tense.PRESENT  # "said the dividend is payable May 29": the nearer verb
                continue
            if not deadline:
                return found
            perfect = i > 0 and side[i - 1] in words.PERFECT_AUX
            if found is Tense.FUTURE or perfect:
                return Tense.FUTURE  # "has extended loans through January": still running
            return found
    return None


def _classify_in(words: list[str], i: int, before_mention: bool, cues: ModuleType) -> Tense | None:
    """The tense word i of `words` signals, reading the word before it for nouns and adjectives."""
    word = words[i]
    past_form = cues.past_form(word)
    if not past_form and word not in cues.FUTURE_WORDS and word not in cues.PAST_VERBS \
            and word not in cues.PAST_MARKERS and word not in cues.SCHEDULE and word not in cues.NOUN_LIKE:
        return None  # most words: no tense to read
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in cues.PAST_INTENT and before_mention and following in cues.INTENT_OBJECT:
        return Tense.FUTURE  # "planned to leave on Thursday"; but "On Friday, they planned to…" is past
    if word in cues.PAST_BE and following in cues.FUTURE_WORDS:
        return Tense.FUTURE  # "were planning to", "was expected", "was due"
    if word in cues.SCHEDULE and before_mention and len(words) - i <= 3:
        return Tense.FUTURE
    if word in cues.CAUSAL_DUE and _causal(words, i + 1, cues):
        return None  # "due to the earthquake", "due largely to a charge": a cause
    if word in cues.CONDITIONS and (following in cues.CONDITION_LINKS or not following) \
            or past_form and following in cues.PASSIVE_AGENT:
        return None  # "provided that ...": a condition; "laws passed by Congress": a participle
    if word in cues.NOUN_LIKE:
        return Tense.FUTURE if following in cues.INFINITIVE_MARKERS else None
    previous = words[i - 1] if i > 0 else ""
    if previous in cues.DETERMINERS and past_form:
        return None
    if previous in cues.PASSIVE_AUX and word not in cues.PAST_MARKERS:
        return None  # "would be paid", "has been set": the auxiliary before it carries the tense
    if previous in cues.PRESENT_AUX and word not in cues.FUTURE_WORDS and word not in cues.PAST_MARKERS:
        return None  # "is opened", "are sold": present passive
    if cues.negated_participle(word):
        return None  # "an unspecified date", "unnamed officials": adjectives
    if word in cues.FUTURE_WORDS:
        return Tense.FUTURE
    if word in cues.PAST_MARKERS or is_past_verb(word, cues):
        return Tense.PAST
    return None


def _causal(words: list[str], i: int, cues: ModuleType) -> bool:
    """Whether words[i:] read "(largely) to the ...": "due" then names a cause."""
    if i < len(words) and cues.adverb(words[i]):
        i += 1
    return i + 1 < len(words) and words[i] in cues.INFINITIVE_MARKERS and words[i + 1] in cues.DETERMINERS


def _barrier(words: list[str], cues: ModuleType) -> int | None:
    """The index of the last modal or infinitive ("could", "to be") among `words`, if any."""
    if cues.MODALS.isdisjoint(words) and cues.INFINITIVES.isdisjoint(words):
        return None
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in cues.MODALS or word in cues.INFINITIVES and i > 0 and words[i - 1] in cues.INFINITIVE_MARKERS:
            return i
    return None
