"""The tense of the clause around a mention, read from the words of its clause.

Only a hint: the resolver uses it to choose between two readings that are otherwise equally near
(a bare weekday, a month-day half a year away), never to override a near date.

The cues are read in the mention's own clause (datecheck.text): the nearest one wins, one before
the mention winning a tie (`reading`). When its clause has none, the clause that governs it is read:
the one before "that" or "which", the main clause after a fronted phrase ("On Tuesday, the board
voted"), the clause a phrase set off by commas hangs on. A verb in any other clause is not read.

What is found is kept with the sentence (its `memo`): whether each clause holds anything to read,
what the clauses governing a clause say, and the answer for each mention, which the rules ask for
again after the resolver.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import sub
from typing import Protocol

from ..model import Tense
from ..text import Clauses, Segments, segments_of
from .reading import BARRED, DEADLINE, is_past_verb, read
from .words import REACH, _letters, _word_pairs, cues, cuts_word, in_a_word, patterns, quiet, word_across

__all__ = ["UNREAD", "clause_tense", "is_past_verb", "read_run"]

_MISSING = object()
#: What `read_run` finds in an answer it has not given yet.
UNREAD = object()


class Spanned(Protocol):
    start: int
    end: int


_UNKNOWN = Tense.UNKNOWN  # looked up once (an enum member costs a lookup on its class each time)
#: Whether the shortcuts are taken: answers kept, clauses with nothing to read skipped (the long
#: way, without them, gives the same answers; a test compares the two).
SHORTCUTS = True


def clause_tense(low: str, start: int, end: int, segments: Segments | None = None, code: str = "en") -> Tense:
    """The tense of the clause holding ``low[start:end]`` (``low`` is the lower-cased text;
    `segments` its segments, found here when not given)."""
    segments = segments or segments_of(low, code)
    lowest, highest, sentence = segments.recent  # `clauses_at`'s last answer: dates come in order
    if not lowest <= start < highest:
        sentence = segments.clauses_at(start)
    clauses = sentence.clauses
    if not clauses:
        return _UNKNOWN
    if not SHORTCUTS:
        return _tense(low, sentence, start, end, code)
    memo = sentence.memo
    quiet_sentence = memo.get(_QUIET_KEYS.get(code) or _quiet_key(code))
    if quiet_sentence is None:
        quiet_sentence = _quiet_sentence(low, sentence, code)
    if quiet_sentence and _in_inert_clause(low, sentence, sentence.index(start), start, end, code):
        return _UNKNOWN  # what `_tense` finds there first, answered without keeping it
    key = ("tense", start, end, code)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _tense(low, sentence, start, end, code)
    return found  # type: ignore[return-value]


def _in_inert_clause(low: str, sentence: Clauses, first: int, start: int, end: int, code: str) -> bool:
    """`_reads_nothing` for a mention that starts in clause `first` of a quiet sentence, when it
    also ends there (asked for each date of a list of dates: the tests written out)."""
    clauses = sentence.clauses
    clause = clauses[first]
    following = first + 1  # the mention lies in clause `first` when it ends before the next one starts
    if following < len(clauses) and (end - 1 if end > start else start) >= clauses[following].start \
            or start - REACH > clause.start or end + REACH < clause.end:
        return False
    pairs = _PAIRS.get(code) or _word_pairs(code)  # `cuts_word`, inside the text
    if start > clause.start and pairs[low[start - 1:start + 1]] or end < clause.end and pairs[low[end - 1:end + 1]]:
        return False
    inert = sentence.memo.get(_INERT_KEYS.get(code) or _inert_key(code))
    found = inert[first] if inert is not None else None  # type: ignore[index]
    return found if found is not None else _inert(low, sentence, first, code)


def read_run(low: str, segments: Segments, mentions: Sequence[Spanned], first: int, answers: list[object],
             code: str = "en") -> None:
    """Answer the tense of mention `first` and of the mentions after it in its sentence, up to
    one answered already (`answers[i]` is `UNREAD` until then): UNKNOWN where `clause_tense`
    answers it so without reading (an inert clause of a quiet sentence), None where it must be
    asked. The mentions are in text order; each is answered once, so the run of a document's
    mentions is one pass over them and over its clauses."""
    start = mentions[first].start
    sentence = segments.clauses_at(start)
    lowest, highest, _ = segments.recent  # the offsets `sentence` holds for
    clauses = sentence.clauses
    quiet_sentence = False
    if clauses and SHORTCUTS:
        quiet_sentence = sentence.memo.get(_QUIET_KEYS.get(code) or _quiet_key(code))  # type: ignore[assignment]
        if quiet_sentence is None:
            quiet_sentence = _quiet_sentence(low, sentence, code)
    if not quiet_sentence:
        for i in range(first, len(mentions)):
            if answers[i] is not UNREAD or not lowest <= mentions[i].start < highest:
                return
            answers[i] = None
        return
    _read_quiet_run(low, sentence, mentions, first, answers, lowest, highest, code)


def _read_quiet_run(low: str, sentence: Clauses, mentions: Sequence[Spanned], first: int, answers: list[object],
                    lowest: int, highest: int, code: str) -> None:
    """`read_run` in a quiet sentence: `_in_inert_clause` for each mention, written out (asked for
    each date of a list of dates), the clause holding it found by walking from the last one."""
    starts, ends, following = sentence.starts, sentence.ends, sentence.following
    index, previous = sentence.index(mentions[first].start), mentions[first].start
    pairs = _PAIRS.get(code) or _word_pairs(code)
    inert = _inert_all(low, sentence, code)
    unknown, unread, reach = _UNKNOWN, UNREAD, REACH
    for i in range(first, len(mentions)):
        mention = mentions[i]
        start = mention.start
        if answers[i] is not unread or not lowest <= start < highest:
            return
        end = mention.end
        if start < previous:
            index = sentence.index(start)
        while following[index] <= start:  # `sentence.index`, walked (the last one follows the sentence)
            index += 1
        previous = start
        # the clause holds nothing, and the mention ends in it, is read whole with it and cuts no word
        opening, closing = starts[index], ends[index]
        answers[i] = unknown if (
            inert[index]
            and (end - 1 if end > start else start) < following[index]
            and start - reach <= opening and end + reach >= closing
            and (start <= opening or not pairs[low[start - 1:start + 1]])
            and (end >= closing or not pairs[low[end - 1:end + 1]])
        ) else None


def _inert_all(low: str, sentence: Clauses, code: str) -> list[bool | None]:
    """`_inert` for every clause of a quiet sentence, in one pass (the list it keeps its answers in)."""
    memo = sentence.memo
    key = _INERT_KEYS.get(code) or _inert_key(code)
    answers: list[bool | None] | None = memo.get(key)  # type: ignore[assignment]
    if answers is None:
        answers = memo[key] = [None] * len(sentence.clauses)
    letter = _letters(code)
    if letter is None:
        for index, clause in enumerate(sentence.clauses):
            if answers[index] is None:
                answers[index] = quiet(low[clause.start:clause.end], code)  # `in_a_word` is unsure
        return answers
    for index, (start, end, _, _) in enumerate(sentence.clauses):
        if answers[index] is not None:
            continue
        # as `_inert` answers in a quiet sentence, with the table of letters looked up once
        inside = word_across(low, start, letter) or word_across(low, end, letter)
        answers[index] = not inside or quiet(low[start:end], code)
    return answers


def _tense(low: str, sentence: Clauses, start: int, end: int, code: str) -> Tense:
    first = sentence.index(start)
    last = max(first, sentence.index(max(start, end - 1)))
    opening, closing = sentence.clauses[first], sentence.clauses[last]
    if first == last and _reads_nothing(low, sentence, first, start, end, code):
        if _quiet_sentence(low, sentence, code):
            return Tense.UNKNOWN  # nor can a clause governing it say anything
        own: Tense | object = Tense.UNKNOWN
    else:
        before_text = low[max(opening.start, start - REACH):start]
        after_text = low[end:max(end, min(closing.end, end + REACH))]
        own = read(before_text, after_text, code, day=low[end - 1].isdigit())
        if own is BARRED:
            return Tense.UNKNOWN
        if isinstance(own, Tense) and own is not Tense.UNKNOWN:
            return own
    inside = start > opening.start
    key = ("governed", first, last, inside, code)
    governed = sentence.memo.get(key, _MISSING) if SHORTCUTS else _MISSING
    if governed is _MISSING:
        governed = sentence.memo[key] = _governed(low, sentence, first, last, inside, code)
    if governed is not None:
        return governed  # type: ignore[return-value]
    return Tense.FUTURE if own is DEADLINE else Tense.UNKNOWN


def _reads_nothing(low: str, sentence: Clauses, index: int, start: int, end: int, code: str) -> bool:
    """Whether the reader is sure to find no cue around ``low[start:end]`` in clause `index`: the
    clause holds nothing it looks for, and the words read around the mention are whole words of it
    (the clause is read to its ends, and the mention cuts no word in two). Lists and tables of
    dates are mostly such clauses."""
    if not SHORTCUTS:
        return False
    clause = sentence.clauses[index]
    if start - REACH > clause.start or end + REACH < clause.end:
        return False
    if start > clause.start and cuts_word(low, start, code) or end < clause.end and cuts_word(low, end, code):
        return False
    return _inert(low, sentence, index, code)


def _quiet_sentence(low: str, sentence: Clauses, code: str) -> bool:
    """Whether no clause of the sentence has anything the reader looks for, each short enough to be
    read whole as a governing clause (found once per sentence; a list of dates is often one long
    such sentence). Its clauses start and end between words, so the words of the whole stretch
    hold the words of each clause."""
    key = _quiet_key(code)
    found = sentence.memo.get(key)
    if found is None:
        clauses = sentence.clauses
        found = sentence.memo[key] = quiet(low[clauses[0].start:clauses[-1].end], code) \
            and max(map(sub, sentence.ends, sentence.starts)) <= REACH
    return found  # type: ignore[return-value]


_QUIET_KEYS: dict[str, tuple[str, str]] = {}
_INERT_KEYS: dict[str, tuple[str, str]] = {}
_PAIRS: dict[str, dict[str, bool]] = {}


def _quiet_key(code: str) -> tuple[str, str]:
    """The memo key of `_quiet_sentence`'s answer, made once per language (it is asked for each date)."""
    found = _QUIET_KEYS.get(code)
    if found is None:
        found = _QUIET_KEYS[code] = ("quiet", code)
        _PAIRS[code] = _word_pairs(code)
    return found


def _inert_key(code: str) -> tuple[str, str]:
    """The memo key of `_inert`'s answers for each clause of a sentence, made once per language."""
    found = _INERT_KEYS.get(code)
    if found is None:
        found = _INERT_KEYS[code] = ("inert", code)
    return found


def _inert(low: str, sentence: Clauses, index: int, code: str) -> bool:
    """Whether clause `index` holds nothing the reader looks for (found once per clause, kept in
    a list with a place for each clause of the sentence).

    In a quiet sentence (`_quiet_sentence`) a clause whose ends run through no word holds only
    words of the sentence, none of which the reader looks for: it is inert without being read
    again (a list of dates is often one quiet sentence of thousands of clauses)."""
    memo = sentence.memo
    key = _INERT_KEYS.get(code) or _inert_key(code)
    answers: list[bool | None] | None = memo.get(key)  # type: ignore[assignment]
    if answers is None:
        answers = memo[key] = [None] * len(sentence.clauses)
    found = answers[index]
    if found is None:
        clause = sentence.clauses[index]
        if memo.get(_QUIET_KEYS.get(code) or _quiet_key(code)) and not in_a_word(low, clause.start, code) \
                and not in_a_word(low, clause.end, code):
            found = answers[index] = True
        else:
            found = answers[index] = quiet(low[clause.start:clause.end], code)
    return found


def _governed(low: str, sentence: Clauses, first: int, last: int, inside: bool, code: str) -> Tense | None:
    """The tense the clauses governing clauses first..last give a date that finds none in its own
    (`inside`: the date does not open its clause), or None when they give none."""
    words = cues(code)
    opening = sentence.clauses[first]
    if opening.kind in ("comma", "dash") and inside:
        opener = patterns(code)[0].match(low, opening.start)
        word = opener.group() if opener else ""
        if word in words.OWN_TIME_WORDS or word.endswith(words.OWN_TIME_ENDINGS):
            return Tense.UNKNOWN  # "declared a split, payable June 22": not the verb before's time
    if opening.kind == "colon" and not _label(low, sentence, first, words):
        return None  # "said: '... before the 25th of June'": a quotation, not a list under a label
    for index in sentence.governing(first, last):
        clause = sentence.clauses[index]
        if SHORTCUTS and clause.end - clause.start <= REACH and _inert(low, sentence, index, code):
            continue  # read whole, and nothing in it to read
        if index < first:
            tense = read(low[max(clause.start, clause.end - REACH):clause.end], "", code, own=False)
        else:
            tense = read("", low[clause.start:min(clause.end, clause.start + REACH)], code, own=False)
        if isinstance(tense, Tense) and tense is not Tense.UNKNOWN:
            return tense
    return None


def _label(low: str, sentence: Clauses, index: int, words) -> bool:  # type: ignore[no-untyped-def]
    """Whether the clause before clause `index` (opened by a colon) is a label: the start of its
    sentence, a few words, no reporting verb ("Upcoming concerts:", "Next season's schedule:")."""
    if index == 0:
        return False
    before = sentence.clauses[index - 1]
    text = low[before.start:before.end].split()
    return before.kind == "start" and len(text) <= _LABEL_WORDS and words.REPORTING.isdisjoint(
        word.strip(".,;:\"'") for word in text)


_LABEL_WORDS = 5
