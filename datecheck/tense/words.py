"""The words the tense reader reads around a date, and the language's cue words it looks for."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from ..lang import language

#: The most of a clause read on either side of a mention (a bound for run-on text, not a window).
REACH = 400


@lru_cache(maxsize=4)
def cues(code: str = "en") -> ModuleType:
    """The language's tense module (datecheck/lang/<code>/tense.py)."""
    return language(code).tense


@lru_cache(maxsize=4)
def patterns(code: str = "en") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's word pattern, its regular past ending and its future phrases, compiled."""
    words = cues(code)
    return re.compile(words.WORD), re.compile(words.PAST_ENDING), re.compile(words.MULTI_FUTURE)


@lru_cache(maxsize=4)
def cue_words(code: str = "en") -> frozenset[str]:
    """The words a tense may be read from, or that say "present", besides the regular past forms."""
    words = cues(code)
    return words.FUTURE_WORDS | words.PAST_VERBS | words.PAST_MARKERS | words.SCHEDULE | words.NOUN_LIKE \
        | words.PRESENT_WORDS


@lru_cache(maxsize=4)
def inert_words(code: str = "en") -> frozenset[str]:
    """Every word the reader looks for after the future phrases (regular past forms aside): where
    none stands on either side of a mention, it reads no tense."""
    words = cues(code)
    return cue_words(code) | words.DEADLINE_WORDS | words.MODALS | words.AMBIGUOUS_MODALS | words.INFINITIVES \
        | words.TAKES_EFFECT | words.UNTIL | words.PURPOSE


@lru_cache(maxsize=4)
def clause_cue_words(code: str = "en") -> frozenset[str]:
    """`inert_words` and the words of the future phrases (literal words, each phrase matched as
    whole words): a stretch without any of them (nor a regular past form, nor an apostrophe) gives
    the reader nothing to read, wherever in it a date stands."""
    return inert_words(code) | frozenset(patterns(code)[0].findall(cues(code).MULTI_FUTURE))


@lru_cache(maxsize=4)
def weekday_cues(code: str = "en") -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The weekday abbreviations that are also words the reader reads ("Sat." and "sat"), and a
    pattern for them written as abbreviations (with their period): "Sat., Oct. 18" is a day, not
    a verb in the past."""
    names = frozenset(language(code).words.WEEKDAY_ABBREVIATIONS)
    both = names & (inert_words(code) | frozenset(w for w in names if cues(code).past_form(w)))
    if not both:
        return both, None
    return both, re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, both))) + r")\.")


def blank_weekday_abbreviations(text: str, code: str) -> str:
    """`text` with its weekday abbreviations that are also cue words blanked (same length)."""
    pattern = weekday_cues(code)[1]
    return text if pattern is None else pattern.sub(lambda m: " " * len(m.group()), text)


class _Memo(dict):  # type: ignore[type-arg]
    """A test of a word, answered once per word (a plain dictionary lookup after; forgotten when
    it grows past `_MEMO_LIMIT` words, so that no text can make it grow without bound)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, word: str) -> bool:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        found = self[word] = self.test(word)
        return found


_MEMO_LIMIT = 50_000


@lru_cache(maxsize=4)
def past_forms(code: str = "en") -> dict[str, bool]:
    """word -> whether it has the form of a regular past (the language's `past_form`)."""
    return _Memo(cues(code).past_form)


@lru_cache(maxsize=4)
def candidates(code: str = "en") -> dict[str, bool]:
    """word -> whether the reader may read a tense from it: a cue word, a regular past form or a
    future form."""
    words = cues(code)
    found, past_form, future_form = cue_words(code), words.past_form, words.future_form
    return _Memo(lambda word: word in found or past_form(word) or future_form(word))


def quiet(text: str, code: str) -> bool:
    """Whether a stretch of text holds nothing the reader looks for: no cue word, no word of a
    future phrase, no regular past form, no apostrophe."""
    word, past_ending, _ = patterns(code)
    return "'" not in text and not past_ending.search(text) and clause_cue_words(code).isdisjoint(word.findall(text))


def cuts_word(low: str, at: int, code: str) -> bool:
    """Whether offset `at` falls inside a word (a word runs across it; no word holds a space)."""
    if at <= 0 or at >= len(low):
        return False
    return _word_pairs(code)[low[at - 1:at + 1]]


def _joins_a_word(pair: str, word: re.Pattern[str]) -> bool:
    """Whether the language's word pattern reads the two characters of `pair` as one word. The
    pattern looks at nothing before the first of them (no lookbehind) and is held to the two, so
    the answer depends on the pair alone."""
    if pair[0].isspace() or pair[1].isspace():
        return False
    found = word.match(pair)
    return found is not None and found.end() == 2


@lru_cache(maxsize=4)
def _word_pairs(code: str = "en") -> dict[str, bool]:
    """two characters -> whether a word runs across the point between them (`cuts_word`), each
    pair answered once (a text has a few thousand distinct pairs at most; the memo forgets past
    `_MEMO_LIMIT`)."""
    word = patterns(code)[0]
    return _Memo(lambda pair: _joins_a_word(pair, word))


#: The shape of a language's word pattern that `in_a_word` reads: letters, and letters joined by
#: hyphens ("state-owned").
_HYPHENED = re.compile(r"\[([^\]]+)\]\+\(\?:-\[\1\]\+\)\*")


@lru_cache(maxsize=4)
def _letters(code: str = "en") -> dict[str, bool] | None:
    """character -> whether the language's word pattern reads it as a letter of a word; None for
    a word pattern not of the shape `in_a_word` reads."""
    word = patterns(code)[0]
    if not _HYPHENED.fullmatch(word.pattern):
        return None
    return _Memo(lambda char: word.fullmatch(char) is not None)


def in_a_word(low: str, at: int, code: str) -> bool:
    """Whether a word of `low` (as the language's word pattern reads the whole text) runs across
    offset `at`: letters on both sides, or a hyphen between letters on one side of it ("x-ray"
    at either side of its hyphen). Unlike `cuts_word`, a hyphen joins. True when unsure."""
    letter = _letters(code)
    return True if letter is None else word_across(low, at, letter)


def word_across(low: str, at: int, letter: dict[str, bool]) -> bool:
    """`in_a_word` with the language's table of letters (`_letters`) at hand."""
    if at <= 0 or at >= len(low):
        return False
    before, after = low[at - 1], low[at]
    if letter[before]:
        return letter[after] or after == "-" and at + 1 < len(low) and letter[low[at + 1]]
    return before == "-" and at >= 2 and letter[low[at - 2]] and letter[after]
