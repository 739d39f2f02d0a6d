"""A cue pattern searched over a whole text only in the stretches that hold one of its trigger words.

A rule that looks for a cue anywhere in a story ("its 60th year", "born in", "celebrates") would
otherwise run its regular expression at every place of the text, though most stories hold few
places that could match. Here each pattern is read once (with Python's own regex parser, as
``datecheck/triggers.py`` reads the tokenizer's) for two facts:

* the words one of which every match needs (``required_words``): "anniversary", "year", "season"
  or "birthday" for "its 60th year"; found with ``str.find``, many times faster than a regular
  expression tried at every place; and
* the separators (``separators``): characters such as a line break, a full stop or a comma that
  no part of the pattern, lookarounds included, can match, and that no part can tell from the end
  of the text (none is a word character, and the pattern has no ``$`` or ``\\Z``).

A match then lies within one stretch of text between separators, and what the pattern finds in
the stretches holding a trigger word, each searched up to its separator, is exactly what it finds
over the whole text, in the same order (a lookbehind still sees the text before the stretch). A
pattern without such words, or that takes a line break, is searched over the whole text.
``tests/test_gated_cues.py`` checks that both ways find the same matches.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ..triggers import C, P

#: The fewest characters a trigger word may have: shorter ones occur too often to save anything.
SHORTEST = 3
#: The characters that may end a stretch, when the pattern takes none of them (a line break must be one).
CANDIDATES = "\n.,;:!?()[]{}\"|<>"
#: Those most often written, looked for back from a trigger word.
COMMON = "\n.,"

_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
#: Zero-width assertions that answer alike before a separator (not a word character) and at the end
#: of the text, and that look at the text before a place as it is.
_SAME_AT_SEPARATOR = {C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BOUNDARY, C.AT_NON_BOUNDARY}


def _category(category: object, char: str) -> bool:
    """Whether `char` is in a character category of a class (``\\d``, ``\\w``, ``\\s`` ...)."""
    if category in (C.CATEGORY_DIGIT, C.CATEGORY_NOT_DIGIT):
        inside = char.isdigit()
    elif category in (C.CATEGORY_WORD, C.CATEGORY_NOT_WORD):
        inside = char.isalnum() or char == "_"
    elif category in (C.CATEGORY_SPACE, C.CATEGORY_NOT_SPACE):
        inside = char.isspace()
    elif category in (C.CATEGORY_LINEBREAK, C.CATEGORY_NOT_LINEBREAK):
        inside = char == "\n"
    else:
        return True  # not understood: assume it takes the character
    negated = category in (C.CATEGORY_NOT_DIGIT, C.CATEGORY_NOT_WORD, C.CATEGORY_NOT_SPACE, C.CATEGORY_NOT_LINEBREAK)
    return inside != negated


def _class_takes(items: list, char: str) -> bool:
    """Whether a character class (the items of an IN) takes `char`."""
    taken, negate, code = False, False, ord(char)
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            taken |= av == code
        elif op is C.RANGE:
            taken |= av[0] <= code <= av[1]
        elif op is C.CATEGORY:
            taken |= _category(av, char)
        else:
            return True  # not understood: assume the worst
    return taken != negate


def takes(items: list, char: str) -> bool:
    """Whether some part of a parsed pattern could match `char` (a character that is not a word
    character), or could tell the place before it from the end of the text, or is not understood."""
    for op, av in items:
        if op is C.LITERAL:
            found = av == ord(char)
        elif op is C.NOT_LITERAL:
            found = av != ord(char)
        elif op is C.IN:
            found = _class_takes(av, char)
        elif op is C.ANY:  # (only a pattern without DOTALL is read)
            found = char != "\n"
        elif op is C.AT:
            found = av not in _SAME_AT_SEPARATOR
        elif op is C.BRANCH:
            found = any(takes(alternative, char) for alternative in av[1])
        elif op is C.SUBPATTERN:
            found = bool(av[1] or av[2]) or takes(av[3], char)  # flags set inside: not understood here
        elif op in _REPEATS:
            found = takes(av[2], char)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = takes(av[1], char)
        elif op is _ATOMIC:
            found = takes(av, char)
        else:  # back references, conditionals
            found = True
        if found:
            return True
    return False


def separators(items: list) -> str:
    """The characters of CANDIDATES that a match of the parsed pattern cannot hold or look at."""
    return "".join(char for char in CANDIDATES if not takes(items, char))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of trigger words, the one with the longer shortest word (then the longer words on
    average, which are the rarer: "scheduled", "slated" ... rather than " to"; then the smaller)."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda words: (min(map(len, words)), sum(map(len, words)) / len(words), -len(words)))


def required_words(items: list, behind: bool = True) -> frozenset[str] | None:
    """Words one of which every match of a parsed pattern holds (in its lookarounds or its text;
    not in its lookbehinds unless `behind`), or None when none is found."""
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
            alternatives = [required_words(alternative, behind) for alternative in av[1]]
            if all(words is not None for words in alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN:  # (flags set inside, such as a case-blind part: no words)
            found = None if av[1] or av[2] else required_words(av[3], behind)
        elif op is _ATOMIC:
            found = required_words(av, behind)
        elif op in _REPEATS and av[0] >= 1:
            found = required_words(av[2], behind)
        elif op is C.ASSERT and (behind or av[0] >= 0):
            found = required_words(av[1], behind)
        best = _better(best, found)
    return best


def fewer(words: frozenset[str]) -> tuple[str, ...]:
    """Fewer words to look for, each found wherever one of `words` is: words that share their first
    four characters or more are looked for by what they share ("celebrates", "celebrating":
    "celebrat"), and a word that holds another is left out ("year-ago" beside "year")."""
    merged: list[str] = []
    for word in sorted(words):
        shared = os.path.commonprefix([merged[-1], word]) if merged else ""
        if len(shared) >= 4:
            merged[-1] = shared
        else:
            merged.append(word)
    return tuple(sorted({w for w in merged if not any(o != w and o in w for o in merged)}))


class Gated:
    """`pattern`, searched only in the stretches holding one of its trigger words when it has them."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words: tuple[str, ...] = ()
        self.separators = ""
        #: The words one of which a match between two offsets holds between them (a lookbehind may
        #: look before the first): what `search_in` looks for first.
        self.words_within: tuple[str, ...] = ()
        if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
            return  # its words may be written in any case: searched as it is
        parsed = P.parse(pattern.pattern, pattern.flags)
        within = required_words(parsed, behind=False)
        if within and min(map(len, within)) >= SHORTEST:
            self.words_within = fewer(within)
        ends = "" if pattern.flags & re.DOTALL else separators(parsed)
        words = required_words(parsed) if "\n" in ends else None
        if words and min(map(len, words)) >= SHORTEST:
            self.words, self.separators = fewer(words), ends
            self._next_end = re.compile("[" + re.escape(ends) + "]")
            #: The separators looked for back from a trigger word (any separator may start a part
            #: searched: the most frequent ones are enough to keep the parts short).
            self._back = tuple(end for end in COMMON if end in ends)

    def stretches(self, text: str) -> list[tuple[int, int]]:
        """Start and end (before its separator) of each part of `text` to search: from just after a
        separator before a trigger word (the last line break, full stop or comma; the end of the part
        before) to the first separator after it, in order. No match can run across a separator, so
        none starts before a part and ends in it."""
        found: dict[int, int] = {}  # end -> start
        next_end, back = self._next_end.search, self._back
        for word in self.words:
            pos = 0  # always just after a separator (or the start of the text)
            while (at := text.find(word, pos)) >= 0:
                start = pos
                for end in back:
                    start = max(start, text.rfind(end, start, at) + 1)
                after = next_end(text, at)
                end = after.start() if after is not None else len(text)
                found[end] = min(start, found.get(end, start))
                pos = end + 1
        parts, last_end = [], -1
        for end in sorted(found):  # a part from one word may begin before the end of one from another
            parts.append((max(found[end], last_end + 1), end))
            last_end = end
        return parts

    def search(self, text: str) -> re.Match[str] | None:
        if not self.words:
            return self.pattern.search(text)
        for start, end in self.stretches(text):
            match = self.pattern.search(text, start, end)
            if match is not None:
                return match
        return None

    def search_in(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`, tried only when one of its words lies in that part."""
        end = len(text) if endpos is None else endpos
        if not self.words_within:
            return self.pattern.search(text, pos, end)
        for word in self.words_within:
            if text.find(word, pos, end) >= 0:
                return self.pattern.search(text, pos, end)
        return None

    def may_match_in(self, text: str, pos: int, endpos: int) -> bool:
        """Whether a search of `text[pos:endpos]`, or of any part of it, may find something: False
        only when none of the words a match needs lies in it."""
        if not self.words_within:
            return True
        return any(text.find(word, pos, endpos) >= 0 for word in self.words_within)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.words:
            yield from self.pattern.finditer(text)
            return
        for start, end in self.stretches(text):
            yield from self.pattern.finditer(text, start, end)


class Places:
    """Where the words a gated pattern needs (``Gated.words_within``) start in one text: found once,
    one search of the text per word, then asked about any stretch by bisection. For a rule that asks
    about a short stretch before each of many mentions (a search for each word in each stretch)."""

    def __init__(self, gate: Gated, text: str) -> None:
        self.words = gate.words_within
        self.starts: list[list[int]] = []
        for word in self.words:
            found, at = [], text.find(word)
            while at >= 0:
                found.append(at)
                at = text.find(word, at + 1)  # overlapping ones too: a stretch may begin inside one
            self.starts.append(found)

    def may_match_in(self, pos: int, endpos: int) -> bool:
        """``Gated.may_match_in`` for the text the places were found in."""
        if not self.words:
            return True
        for word, starts in zip(self.words, self.starts):
            first = bisect_left(starts, pos)  # the first after `pos`; a later one ends later still
            if first < len(starts) and starts[first] + len(word) <= endpos:
                return True
        return False


class Screened:
    """A compiled pattern whose `search` first looks for one of its words in the part searched
    (``Gated.search_in``); its other methods are the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._gated = gated(pattern)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._gated.search_in(text, pos, endpos)

    def __getattr__(self, name: str) -> object:
        return getattr(self._gated.pattern, name)


def gate_of(cue: Screened | re.Pattern[str]) -> Gated:
    """The gated form of a cue, screened or not."""
    return cue._gated if isinstance(cue, Screened) else gated(cue)


def screened(pattern: re.Pattern[str]) -> Screened | re.Pattern[str]:
    """`pattern`, screened by its words when it has some (else the pattern itself)."""
    return Screened(pattern) if gated(pattern).words_within else pattern


@lru_cache(maxsize=None)
def gated(pattern: re.Pattern[str]) -> Gated:
    """The gated form of `pattern`, worked out once."""
    return Gated(pattern)
