"""A language's date grammar, ready to scan: the building blocks of a pattern table, and `Grammar`,
which runs one language's table over a text.

Each language package has a ``patterns`` module with ``PATTERNS`` (family name -> regular
expression over the lower-cased text, with the named groups the handlers in ``scan/`` read)
and ``DAY_NAMED``; ``datecheck/lang/en/patterns.py`` is the model. One scan finds the places where
a date expression could start (``triggers.py`` works them out from the patterns and stores them per
language); at each, only the families that can begin with those characters are tried, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

#: Space between words: blanks, with at most one line break (never a paragraph break).
SP = r"(?:[ \t\xa0]+(?:\n[ \t\xa0]*)?|\n[ \t\xa0]*)"
#: The end of a word.
WE = r"(?![a-z0-9])"
APOS = r"['\u2019]"
#: A pattern that matches no text at all, not even an empty one: a family a language does not write.
NEVER = "(?!)"
#: A year written in digits.
YEAR_RE = r"(?:1[0-9]|20|21)[0-9]{2}(?![0-9])"
#: A wire dateline: a place in capitals at the start of a line, then the date, then a dash
#: ("OSLO, Norway, March 2 -", "LIMA, 2 March (Agency) --"). What stands before the date on its
#: line (searched up to the date), and what follows the date.
DATELINE_BEFORE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Za-z.'\-]+)*(?:,[ \t]*[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Za-z.'\-]+)*)*,[ \t]*\Z",
    re.MULTILINE,
)
DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-|\u2013|\u2014)")
#: How far before a date a dateline's line may start.
DATELINE_REACH = 120


def after_dateline_place(text: str, start: int, capitals: bool = False) -> bool:
    """Whether the date at `start` follows a wire dateline's place at the start of its line
    ("OSLO, Norway, " before "March 2 - ..."; with `capitals`, only a place whose first word is
    written in capitals). Reads at most `DATELINE_REACH` characters back."""
    low = max(0, start - DATELINE_REACH)
    line_start = text.rfind("\n", low, start) + 1
    if line_start == 0 and low > 0:
        return False  # no line break near: the line is too long for a dateline
    found = DATELINE_BEFORE.search(text, line_start, start)
    if found is None:
        return False
    first = text[found.start():found.end()].split(None, 1)[0].rstrip(",")
    return not capitals or len(first) > 1 and first.isupper()


def alternation(words: Iterable[str], space: str = SP) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any run of spaces (the
    regex `space`).

    Written as a trie, each shared beginning once ("the (?:end|middle|start) of"): the regex engine
    then reads "the " once at a place instead of once per word that begins with it. The matches are
    those of the plain alternation, longest first, in the same order of preference: two words that
    part at a character cannot both match there, and a word is tried after the longer ones it begins
    ("later" before "late", and back to "late" when what follows fails)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _render(trie, space) + ")"


def _render(node: dict, space: str) -> str:
    """The regex of the words below a trie node (see `alternation`)."""
    branches = [
        (space if char == " " else re.escape(char)) + _render(child, space) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def phrase(words: str) -> str:
    """`words` as a regex, with spaces matching any run of spaces."""
    return re.escape(words).replace(r"\ ", SP)


def group(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


class _CompiledOnUse(dict):
    """Family name -> compiled pattern, compiled the first time a text needs it (fast start-up)."""

    def __init__(self, patterns: dict[str, str]) -> None:
        super().__init__()
        self.patterns = patterns

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = re.compile(self.patterns[name])
        return compiled


#: A key as triggers.py writes beginnings: digits as 0 and blanks (its BLANKS) as a space.
_CANONICAL = str.maketrans("0123456789\t\n\r\x0b\x0c\xa0", "0000000000      ")
_SPACES = re.compile(" {2,}")


def canonical_key(key: str) -> str:
    """A place's first characters as the trigger table writes them: digits as 0, any blank as a
    space, a run of blanks as one."""
    canonical = key.translate(_CANONICAL)
    if "  " in canonical:
        canonical = _SPACES.sub(" ", canonical)
    return canonical


class Grammar:
    """One language's pattern table, with its scan table: where mentions can start, which families
    to try there."""

    def __init__(self, code: str, patterns: dict[str, str], day_named: str) -> None:
        from .lang import language
        from .triggers import load as load_trigger_table

        self.code = code
        tables = language(code)
        # the word tables the tokenizer's handlers read, looked up once
        self.words, self.relative, self.cues, self.numbers = tables.words, tables.relative, tables.cues, tables.numbers
        # the number a quantity's words state ("two", "twenty-four"): a pure function, read again for
        # every "two days" of a text, so its last few thousand answers are kept
        self.number_value = lru_cache(maxsize=4096)(tables.numbers.number_value)
        self.patterns = patterns
        self.day_named_next = re.compile(SP + day_named)  # "the day after Christmas"
        self.compiled: dict[str, re.Pattern[str]] = _CompiledOnUse(patterns)
        self.order = {name: rank for rank, name in enumerate(patterns)}
        self.table = load_trigger_table(patterns, code)
        self.families_beginning: dict[str, list[str]] = {}  # a possible beginning -> families
        for name, starts in self.table.beginnings.items():
            for start in starts.split("|") if starts else ():  # none: a family the language does not write
                self.families_beginning.setdefault(start, []).append(name)
        # Where a mention can start (see triggers.py): after a character that is not part of a word (the
        # text is scanned with a blank in front, so its start counts), or at a comma for the age form.
        # Beginning the pattern with a character class lets the regex engine skip through text quickly.
        self.after_word_break = re.compile("[^a-z0-9_](?=" + self.table.word_trigger + ")")
        self.at_comma = re.compile(self.table.comma_trigger)
        self.dispatch: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
        self.bound: dict[str, tuple] = {}  # the same, with each family's handler: kept by the tokenizer

    def families_at(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The families, in order, that can match text beginning with `key` (see triggers.py)."""
        found = self.dispatch.get(key)
        if found is not None:
            return found
        canonical = canonical_key(key)
        found = self.dispatch.get(canonical)
        if found is None:
            names: set[str] = set()
            for length in range(1, len(canonical) + 1):
                names.update(self.families_beginning.get(canonical[:length], ()))
            if len(canonical) < self.table.dispatch_depth:
                # blanks collapsed (or the text's end): the text may go on past the key, so a longer
                # beginning may fit too (a family that cannot match is only tried in vain)
                for beginning, families in self.families_beginning.items():
                    if len(beginning) > len(canonical) and beginning.startswith(canonical):
                        names.update(families)
            found = tuple((name, self.compiled[name]) for name in sorted(names, key=self.order.__getitem__))
            self.dispatch[canonical] = found
        if len(self.dispatch) < 50_000:  # the raw key too, so the next time needs no translation
            self.dispatch[key] = found
        return found

    def candidates(self, low: str) -> list[int]:
        """The offsets, in order, where some family could match."""
        starts = [match.start() for match in self.after_word_break.finditer(" " + low)]
        commas = [match.start() for match in self.at_comma.finditer(low)]
        if commas:  # never a word start too: no word trigger begins with a comma
            starts = sorted(starts + commas)
        return starts

    def scan(self, low: str) -> Iterator[tuple[str, re.Match[str]]]:
        """Each family match in the lower-cased text, in order and not overlapping, with its family.

        The same matches as one alternation of all families tried at every word start (and at
        commas): the first family, in order, that matches at a place wins and the scan resumes after
        it. A caller that sends False back for a match turns it down, and the next family is tried.
        """
        depth = self.table.dispatch_depth
        families_at, known = self.families_at, self.dispatch.get  # most keys are known: one lookup, no call
        resume = 0
        for start in self.candidates(low):
            if start < resume:
                continue
            inside_word = False
            if start > 0:  # inside a word ("1990s" in "abc1990s"), or after an elision ("o'clock")
                prev = low[start - 1]
                if prev.isalnum() or prev == "_" or (prev == "'" and start > 1 and low[start - 2].isalpha()):
                    inside_word = low[start] != ","
            key = low[start:start + depth]
            families = known(key)
            if families is None:
                families = families_at(key)
            for kind, family in families:
                match = family.match(low, start)
                if match is None:
                    continue
                if inside_word:
                    resume = match.end()  # the rest of that word is no date either
                    break
                taken = yield kind, match
                if taken is False:
                    continue  # the caller turned it down: the next family may read it ("in both 1990 and 1991")
                resume = match.end()
                break


_GRAMMARS: dict[str, Grammar] = {}


def grammar(code: str) -> Grammar:
    """The grammar of language `code`, built on first use."""
    found = _GRAMMARS.get(code)
    if found is None:
        from .lang import language

        table = language(code).patterns
        found = _GRAMMARS[code] = Grammar(code, table.PATTERNS, table.DAY_NAMED)
    return found
