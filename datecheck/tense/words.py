"""The words the tense reader reads around a date, and the language's cue words it looks for."""

from __future__ import annotations

import re
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


def quiet(text: str, code: str) -> bool:
    """Whether a stretch of text holds nothing the reader looks for: no cue word, no word of a
    future phrase, no regular past form, no apostrophe."""
    word, past_ending, _ = patterns(code)
    return "'" not in text and not past_ending.search(text) and clause_cue_words(code).isdisjoint(word.findall(text))


def cuts_word(low: str, at: int, code: str) -> bool:
    """Whether offset `at` falls inside a word (a word runs across it)."""
    found = patterns(code)[0].match(low, at - 1, at + 1)
    return found is not None and found.end() == at + 1
