"""The tense of the clause around a mention, read from the words of its clause.

Only a hint: the resolver uses it to choose between two readings that are otherwise equally near
(a bare weekday, a month-day half a year away), never to override a near date.

The cues are read in the mention's own clause (datecheck.text): the nearest one wins, one before
the mention winning a tie. When its clause has none, the clause that governs it is read: the one
before "that" or "which", the main clause after a fronted phrase ("On Tuesday, the board voted"),
the clause a phrase set off by commas hangs on. A verb in any other clause is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from .lang import language
from .model import Tense
from .text import Clauses, Segments, segments_of

_MISSING = object()
#: The most of a clause read on either side of a mention (a bound for run-on text, not a window).
_REACH = 400
#: What _read says of a deadline ("by Friday") with no verb in its clause: ahead, unless the
#: clause that governs it says otherwise ("By Friday, the dollar had climbed").
_DEADLINE = object()
#: What _read says when a modal or an infinitive stands between the date and any cue: no tense,
#: and no reading of the clause that governs it either.
_BARRED = object()
#: How many words after a mention a future phrase ("is expected", "set to") may stand.
_MULTI_AFTER = 10


@lru_cache(maxsize=4)
def _words(code: str = "en") -> ModuleType:
    return language(code).tense


@lru_cache(maxsize=4)
def _patterns(code: str = "en") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's word, regular-past ending and future-phrase patterns, compiled."""
    cues = _words(code)
    return re.compile(cues.WORD), re.compile(cues.PAST_ENDING), re.compile(cues.MULTI_FUTURE)


@lru_cache(maxsize=4)
def _cue_words(code: str = "en") -> frozenset[str]:
    """The words `_classify_in` may read a tense from or that say "present", besides those in "-ed"."""
    cues = _words(code)
    return cues.FUTURE_WORDS | cues.PAST_VERBS | cues.PAST_MARKERS | cues.SCHEDULE | cues.NOUN_LIKE | cues.PRESENT_WORDS


@lru_cache(maxsize=4)
def _inert_words(code: str = "en") -> frozenset[str]:
    """Every word `_read` looks for after the phrases of `MULTI_FUTURE` (words in "-ed" aside):
    where none stands on either side of a mention, it reads no tense."""
    cues = _words(code)
    return _cue_words(code) | cues.DEADLINE_WORDS | cues.MODALS | cues.INFINITIVES | cues.TAKES_EFFECT | cues.UNTIL


@lru_cache(maxsize=4)
def _clause_cue_words(code: str = "en") -> frozenset[str]:
    """`_inert_words` and the words of the phrases of `MULTI_FUTURE` (literal words, each phrase
    matched as whole words): a clause without any of them (nor a word in "-ed", nor an apostrophe)
    gives `_read` nothing to read, wherever in it a date stands."""
    return _inert_words(code) | frozenset(_patterns(code)[0].findall(_words(code).MULTI_FUTURE))


def is_past_verb(word: str, cues: ModuleType | None = None) -> bool:
    """A past-tense verb: an irregular one, or a word in "-ed" that is not a noun or an adjective."""
    cues = cues or _words()
    return word in cues.PAST_VERBS or cues.regular_past(word)


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


def _read(before_text: str, after_text: str, cues: ModuleType, code: str) -> Tense | object:
    """The tense the words before and after a mention (in its clause) signal."""
    word, past_ending, multi = _patterns(code)
    before = word.findall(before_text)
    after = word.findall(after_text)
    # "is expected", "set to", "as soon as": before the mention, or among the first words after it
    # (further on, "as early as" is about a later date)
    if multi.search(" ".join(before)) or multi.search(" ".join(after[:_MULTI_AFTER])):
        return Tense.FUTURE
    inert = _inert_words(code)
    if inert.isdisjoint(before) and inert.isdisjoint(after) \
            and not past_ending.search(before_text) and not past_ending.search(after_text):
        return Tense.UNKNOWN  # most dates in lists and tables: not one word below can say anything
    deadline = bool(before) and before[-1] in cues.DEADLINE_WORDS  # "by February", "through January"
    barrier, ahead = _barrier(before, cues), False
    if barrier is not None:
        infinitive = before[barrier] in cues.INFINITIVES
        head = before[barrier - 2] if infinitive and barrier > 1 else ""
        passive = infinitive and before[barrier] in cues.PASSIVE_AUX and barrier + 1 < len(before) and is_past_verb(before[barrier + 1], cues)
        if head in cues.FUTURE_WORDS or head in cues.PAST_INTENT:
            return Tense.FUTURE  # "scheduled to be released on Friday", "planned to have it by May"
        ahead = passive  # "the zone, to be opened on Thursday": ahead, unless a verb nearer the date says otherwise
        before = before[barrier:]  # "could be reached by Friday": the verbs before "could" are not read
    if before and before[-1] in cues.TAKES_EFFECT:
        return Tense.FUTURE
    if before and before[-1] in cues.UNTIL and cues.POSTPONED & set(before):
        return Tense.FUTURE  # "postponed until Tuesday", "extended its deadline until Friday"
    # nearest cue wins; a cue before the mention wins a tie
    for i, is_before in _nearest_first(before, after, code):
        words = before if is_before else after
        if deadline and words[i] in cues.REPORTING:
            continue  # "said it would finish by June": the saying is past, the deadline is not
        found = _classify_in(words, i, is_before, cues)
        if found is None:
            if words[i] in cues.PRESENT_WORDS and not deadline:
                return Tense.PRESENT  # "said the dividend is payable May 29": the nearer verb
            continue
        if not deadline:
            return found
        perfect = i > 0 and words[i - 1] in cues.PERFECT_AUX
        if found is Tense.FUTURE or perfect:
            return Tense.FUTURE  # "has extended loans through January": still running
        return found
    if barrier is not None and ahead:
        return Tense.FUTURE
    if deadline:  # a deadline with no past verb lies ahead, unless the governing clause says
        return Tense.FUTURE if barrier is not None else _DEADLINE
    if any(word in cues.PRESENT_WORDS for word in before + after):
        return Tense.PRESENT
    return _BARRED if barrier is not None else Tense.UNKNOWN


def _nearest_first(before: list[str], after: list[str], code: str) -> list[tuple[int, bool]]:
    """(index, is before) of the words that may be cues, nearest the mention first, a word before
    the mention first at the same distance: the order in which the cues are read."""
    cues, past_form = _cue_words(code), _words(code).past_form
    last = len(before) - 1
    found = [(last - i, 0, i) for i, word in enumerate(before) if word in cues or past_form(word)]
    found += [(i, 1, i) for i, word in enumerate(after) if word in cues or past_form(word)]
    found.sort()
    return [(i, side == 0) for _, side, i in found]


def _barrier(words: list[str], cues: ModuleType) -> int | None:
    """The index of the last modal or infinitive ("could", "to be") among `words`, if any."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in cues.MODALS or words[i] in cues.INFINITIVES and i > 0 and words[i - 1] in cues.INFINITIVE_MARKERS:
            return i
    return None


def clause_tense(low: str, start: int, end: int, segments: Segments | None = None, code: str = "en") -> Tense:
    """The tense of the clause holding ``low[start:end]`` (``low`` is the lower-cased text;
    `segments` its segments, found here when not given)."""
    segments = segments or segments_of(low, code)
    sentence = segments.clauses_at(start)
    if not sentence.clauses:
        return Tense.UNKNOWN
    first = sentence.index(start)
    last = max(first, sentence.index(max(start, end - 1)))
    opening, closing = sentence.clauses[first], sentence.clauses[last]
    if first == last and _reads_nothing(low, sentence, first, start, end, code):
        if _quiet_sentence(low, sentence, code):
            return Tense.UNKNOWN  # nor can a clause governing it say anything
        own: Tense | object = Tense.UNKNOWN
    else:
        before_text = low[max(opening.start, start - _REACH):start]
        after_text = low[end:max(end, min(closing.end, end + _REACH))]
        own = _read(before_text, after_text, _words(code), code)
        if own is _BARRED:
            return Tense.UNKNOWN
        if isinstance(own, Tense) and own is not Tense.UNKNOWN:
            return own
    key = ("governed", first, last, start > opening.start, code)
    governed = sentence.memo.get(key, _MISSING)
    if governed is _MISSING:
        governed = sentence.memo[key] = _governed(low, sentence, first, last, start > opening.start, code)
    if governed is not None:
        return governed  # type: ignore[return-value]
    return Tense.FUTURE if own is _DEADLINE else Tense.UNKNOWN


def _reads_nothing(low: str, sentence: Clauses, index: int, start: int, end: int, code: str) -> bool:
    """Whether `_read` is sure to find no cue around ``low[start:end]`` in clause `index`: the
    clause has no word `_read` looks for (nor one in "-ed", nor an apostrophe), and the words read
    around the mention are whole words of it (the clause is read to its ends, and the mention cuts
    no word in two). Lists and tables of dates are mostly such clauses."""
    clause = sentence.clauses[index]
    if start - _REACH > clause.start or end + _REACH < clause.end:
        return False
    if start > clause.start and _cuts_word(low, start, code) or end < clause.end and _cuts_word(low, end, code):
        return False
    return _inert(low, sentence, index, code)


def _cuts_word(low: str, at: int, code: str) -> bool:
    """Whether offset `at` falls inside a word (the characters on both sides of it are word characters)."""
    found = _patterns(code)[0].match(low, at - 1, at + 1)
    return found is not None and found.end() == at + 1


def _quiet_sentence(low: str, sentence: Clauses, code: str) -> bool:
    """Whether no clause of the sentence has anything `_read` looks for, each short enough to be
    read whole as a governing clause (found once per sentence; a list of dates is often one long
    such sentence). Its clauses start and end between words, so the words of the whole stretch
    hold the words of each clause."""
    key = ("quiet", code)
    quiet = sentence.memo.get(key)
    if quiet is None:
        clauses = sentence.clauses
        text = low[clauses[0].start:clauses[-1].end]
        word, past_ending, _ = _patterns(code)
        quiet = sentence.memo[key] = "'" not in text and not past_ending.search(text) \
            and _clause_cue_words(code).isdisjoint(word.findall(text)) \
            and all(clause.end - clause.start <= _REACH for clause in clauses)
    return quiet  # type: ignore[return-value]


def _inert(low: str, sentence: Clauses, index: int, code: str) -> bool:
    """Whether clause `index` has no word `_read` looks for, nor one in "-ed", nor an apostrophe
    (found once per clause)."""
    key = ("inert", index, code)
    inert = sentence.memo.get(key)
    if inert is None:
        clause = sentence.clauses[index]
        text = low[clause.start:clause.end]
        word, past_ending, _ = _patterns(code)
        inert = sentence.memo[key] = "'" not in text and _clause_cue_words(code).isdisjoint(word.findall(text)) \
            and not past_ending.search(text)
    return inert  # type: ignore[return-value]


def _governed(low: str, sentence: Clauses, first: int, last: int, inside: bool, code: str) -> Tense | None:
    """The tense the clauses governing clauses first..last give a date that finds none in its own
    (`inside`: the date does not open its clause), or None when they give none."""
    cues = _words(code)
    opening = sentence.clauses[first]
    if opening.kind in ("comma", "dash") and inside:
        opener = _patterns(code)[0].match(low, opening.start)
        word = opener.group() if opener else ""
        if word in cues.OWN_TIME_WORDS or word.endswith(cues.OWN_TIME_ENDINGS):
            return Tense.UNKNOWN  # "declared a split, payable June 22": not the verb before's time
    for index in sentence.governing(first, last):
        clause = sentence.clauses[index]
        if clause.end - clause.start <= _REACH and _inert(low, sentence, index, code):
            continue  # read whole, and nothing in it to read
        if index < first:
            tense = _read(low[max(clause.start, clause.end - _REACH):clause.end], "", cues, code)
        else:
            tense = _read("", low[clause.start:min(clause.end, clause.start + _REACH)], cues, code)
        if isinstance(tense, Tense) and tense is not Tense.UNKNOWN:
            return tense
    return None
