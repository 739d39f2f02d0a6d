"""A cue pattern searched over a whole text only on the lines that hold one of its trigger words.

A rule that looks for a cue anywhere in a story ("its 60th year", "born in", "celebrates") would
otherwise run its regular expression at every place of the text, though most stories hold no line
that could match. Here each pattern is read once (with Python's own regex parser, as
``datecheck/triggers.py`` reads the tokenizer's) for two facts:

* the words one of which every match needs (``required_words``): "anniversary", "year", "season"
  or "birthday" for "its 60th year"; found with ``str.find``, which is many times faster than a
  regular expression tried at every place; and
* that no part of the pattern, lookarounds included, can match a line break or tell the end of a
  line from the end of the text (``crosses_lines``): then a match lies within one line, and the
  matches found line by line, on the lines holding a trigger word, are exactly those found over
  the whole text, in the same order.

A pattern without such words, or one that may cross a line, is searched over the whole text as
before. ``tests/test_gated_cues.py`` checks that both ways find the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..triggers import C, P

#: The fewest characters a trigger word may have: shorter ones occur too often to save anything.
SHORTEST = 3


def _accepts_newline(items: list) -> bool:
    """Whether a character class (the items of an IN) accepts a line break."""
    accepted, negate = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            accepted |= av == 10
        elif op is C.RANGE:
            accepted |= av[0] <= 10 <= av[1]
        elif op is C.CATEGORY:
            accepted |= av not in (C.CATEGORY_DIGIT, C.CATEGORY_WORD, C.CATEGORY_NOT_SPACE,
                                   C.CATEGORY_NOT_LINEBREAK)
        else:
            return True  # not understood: assume the worst
    return accepted != negate


#: Zero-width assertions that answer alike at a line break and at the end of the text.
_SAME_AT_LINE_END = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_BOUNDARY,
                     C.AT_NON_BOUNDARY, C.AT_END_LINE}


def crosses_lines(items: list) -> bool:
    """Whether a parsed pattern has a part that could match a line break, or could tell the end of a
    line from the end of the text (``$`` without MULTILINE, ``\\Z``), or is not understood."""
    for op, av in items:
        if op is C.LITERAL:
            if av == 10:
                return True
        elif op is C.NOT_LITERAL:
            if av != 10:
                return True
        elif op is C.IN:
            if _accepts_newline(av):
                return True
        elif op is C.AT:
            if av not in _SAME_AT_LINE_END:
                return True
        elif op is C.BRANCH:
            if any(crosses_lines(alternative) for alternative in av[1]):
                return True
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or crosses_lines(av[3]):  # flags set inside: not understood here
                return True
        elif op in _REPEATS:
            if crosses_lines(av[2]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if crosses_lines(av[1]):
                return True
        elif op is _ATOMIC:
            if crosses_lines(av):
                return True
        else:  # ANY (only a pattern without DOTALL is read), back references, conditionals
            if op is not C.ANY:
                return True
    return False


_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of trigger words, the one with the longer shortest word (then the smaller)."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda words: (min(map(len, words)), -len(words)))


def required_words(items: list) -> frozenset[str] | None:
    """Words one of which every match of a parsed pattern holds (in its lookarounds or its text),
    or None when none is found."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        found: frozenset[str] | None = None
        if op is C.BRANCH:
            alternatives = [required_words(alternative) for alternative in av[1]]
            if all(words is not None for words in alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN:
            found = required_words(av[3])
        elif op is _ATOMIC:
            found = required_words(av)
        elif op in _REPEATS and av[0] >= 1:
            found = required_words(av[2])
        elif op is C.ASSERT:
            found = required_words(av[1])
        best = _better(best, found)
    return best


class Gated:
    """`pattern`, searched only on the lines holding one of its trigger words when it has them."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words: tuple[str, ...] = ()
        if not pattern.flags & (re.IGNORECASE | re.DOTALL) and isinstance(pattern.pattern, str):
            parsed = P.parse(pattern.pattern, pattern.flags)
            words = None if crosses_lines(parsed) else required_words(parsed)
            if words and min(map(len, words)) >= SHORTEST:
                self.words = tuple(sorted(words))

    def lines(self, text: str) -> list[tuple[int, int]]:
        """Start and end (before its line break) of each line of `text` holding a trigger word, in order."""
        found: set[tuple[int, int]] = set()
        for word in self.words:
            pos = 0  # always the start of a line
            while (at := text.find(word, pos)) >= 0:
                start = text.rfind("\n", pos, at) + 1 or pos
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
                found.add((start, end))
                pos = end + 1
        return sorted(found)

    def search(self, text: str) -> re.Match[str] | None:
        if not self.words:
            return self.pattern.search(text)
        for start, end in self.lines(text):
            match = self.pattern.search(text, start, end)
            if match is not None:
                return match
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.words:
            yield from self.pattern.finditer(text)
            return
        for start, end in self.lines(text):
            yield from self.pattern.finditer(text, start, end)


@lru_cache(maxsize=None)
def gated(pattern: re.Pattern[str]) -> Gated:
    """The gated form of `pattern`, worked out once."""
    return Gated(pattern)
