"""Sentences, clauses and paragraphs of one text: found once, then looked up by bisection.

A sentence ends at ".", "!" or "?" unless the period closes an abbreviation that goes on ("Gov.
Ellis", "Aug. 5", "the U.S. economy"), and at a line that stands alone (a heading, a date line, a
line before an indented one or a blank one). A single line break inside running text ends nothing.
A clause ends at a comma, semicolon, colon or dash, and before a word that opens one of its own
("but", "because", "which", "that"): what the clause boundary was is kept, so a reader can tell a
clause that hangs on the one before it ("said that ...") from one that does not.

The segmenter compares lower-cased words only, so a text and its lower-cased copy give the same
segments. Paragraphs (blank lines) are found when the text is given; the sentences and clauses of a
paragraph the first time something in it is asked about, in one pass over it. Each lookup is
O(log n).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache
from math import inf
from operator import itemgetter

from ..lang import language
from .scan import Clause, clause_spans, lower_same_length, sentence_spans

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")
#: The longest phrase (in characters) read as fronted before its main clause: "On Tuesday, Jan. 7,".
_FRONTED = 40
#: Boundaries that set a phrase off inside its clause.
_SET_OFF = ("comma", "dash")
_END = itemgetter(1)


def _index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _index_near(starts: list[int], offset: int, near: int) -> int:
    """`_index(starts, offset)`, trying `near` and the one after it first: dates are mostly asked
    about in text order, and a bisection of a long list (tens of thousands of clauses in a list of
    dates) costs a cache miss at each of its steps."""
    count = len(starts)
    if near < count and starts[near] <= offset:
        following = near + 1
        if following == count or offset < starts[following]:
            return near
        if following + 1 == count or offset < starts[following + 1]:
            return following
    return max(0, bisect_right(starts, offset) - 1)


class Clauses:
    """The clauses of one sentence (offsets into the whole text), and which govern which."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.clauses = clauses
        self._starts = self.starts = [c.start for c in clauses]
        self._near = 0  # the clause last asked about
        #: What a reader found in these clauses, kept for the next date it reads them for (the
        #: tense of a governing clause): key -> value, the key naming the reader's question.
        self.memo: dict[object, object] = {}

    @cached_property
    def ends(self) -> list[int]:
        """Where each clause ends."""
        return list(map(_END, self.clauses))

    @cached_property
    def following(self) -> list[float]:
        """Where the clause after each one starts (infinity after the last)."""
        found: list[float] = self.starts[1:]
        found.append(inf)
        return found

    def index(self, offset: int) -> int:
        """The clause holding `offset` (`_index_near`, written out: it is asked for each date)."""
        starts, near = self._starts, self._near
        if starts and starts[near] <= offset:
            following = near + 1
            if following == len(starts) or offset < starts[following]:
                return near
            if following + 1 == len(starts) or offset < starts[following + 1]:
                self._near = following
                return following
        found = self._near = max(0, bisect_right(starts, offset) - 1)
        return found

    def governing(self, first: int, last: int) -> list[int]:
        """The clauses that govern clauses first..last (a date's own), nearest first: for a clause
        opened by "that" or "which", or a list after a label and a colon, the one before it; for a short phrase fronted before a comma
        ("On Tuesday, ...") or a clause opened by "when" or "if" at the start of a sentence, the
        clauses after it up to the main one; for a phrase set off by commas or dashes, or a "when"
        clause after the main one, the clauses before it. A relative clause in between governs
        nothing, and nothing governs across a semicolon or a "but"."""
        clauses = self.clauses
        own = clauses[first]
        if own.kind == "relative" or own.kind == "colon":  # "Upcoming concerts: March 8 and March 15"
            return [first - 1] if first > 0 else []
        following = clauses[last + 1] if last + 1 < len(clauses) else None
        set_off = following is not None and following.kind in _SET_OFF
        fronted = own.kind == "start" and clauses[last].end - own.start <= _FRONTED
        if set_off and (fronted or own.kind == "subordinate" and first == 0):
            return self._walk(last + 1, 1)
        if own.kind in _SET_OFF or own.kind == "subordinate":
            # "Figures for March, out on Monday, are expected ...": the clauses before, then the one after
            return self._walk(first - 1, -1) + ([last + 1] if set_off and own.kind in _SET_OFF else [])
        return []

    def _walk(self, i: int, step: int) -> list[int]:
        """Up to three clauses from clause i on in direction `step`, through commas and dashes,
        leaving out relative clauses."""
        clauses = self.clauses
        found: list[int] = []
        while 0 <= i < len(clauses) and len(found) < 3:
            kind = clauses[i].kind
            if step == 1 and found and kind not in _SET_OFF and kind != "relative":
                break
            if kind != "relative":
                found.append(i)
            if step == -1 and kind not in _SET_OFF and kind != "relative":
                break
            i += step
        return found


class Block:
    """The sentences of one paragraph (offsets into the whole text), and their clauses on first use."""

    def __init__(self, low: str, start: int, end: int, code: str) -> None:
        self._low = low
        self._code = code
        self.sentences = [(start + s, start + e) for s, e in sentence_spans(low[start:end], language(code).segment)]
        self._sentence_starts = [s for s, _ in self.sentences]
        self._near = 0  # the sentence last asked about
        self._clauses: dict[int, Clauses] = {}

    def sentence_index(self, offset: int) -> int:
        found = self._near = _index_near(self._sentence_starts, offset, self._near)
        return found

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        return self.sentences[self.sentence_index(offset)] if self.sentences else None

    def clauses_at(self, offset: int) -> Clauses:
        """The clauses of the sentence holding `offset`."""
        return self.clauses_of(self.sentence_index(offset))

    def clauses_of(self, index: int) -> Clauses:
        """The clauses of sentence `index` (of this paragraph)."""
        found = self._clauses.get(index)
        if found is None:
            start, end = self.sentences[index] if self.sentences else (0, 0)
            piece = self._low[start:end]
            found = self._clauses[index] = Clauses(
                clause_spans(piece, [(0, end - start)], self._code, language(self._code).segment, start, index)
            )
        return found

    @property
    def clauses(self) -> list[Clause]:
        return [c for start, _ in self.sentences for c in self.clauses_at(start).clauses]


class Segments:
    """The paragraphs, sentences and clauses of one text."""

    def __init__(self, text: str, code: str = "en") -> None:
        self._text = text
        self._low = lower_same_length(text)
        self._code = code
        self.length = len(text)
        breaks = list(_PARAGRAPH_BREAK.finditer(self._low))
        self.paragraphs = [
            (breaks[i - 1].end() if i else 0, breaks[i].start() if i < len(breaks) else self.length)
            for i in range(len(breaks) + 1)
        ]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self._near = 0  # the paragraph last asked about
        self._blocks: dict[int, Block] = {}
        #: `clauses_at`'s last answer, with the offsets it holds for: (low, high, clauses)
        #: `clauses_at`'s last answer and the offsets it holds for (low <= offset < high)
        self.recent: tuple[int, int, Clauses] = (0, 0, Clauses([]))

    def _paragraph_index(self, offset: int) -> int:
        found = self._near = _index_near(self._paragraph_starts, offset, self._near)
        return found

    def block_at(self, offset: int) -> Block:
        """The sentences and clauses of the paragraph holding `offset`."""
        index = self._paragraph_index(offset)
        block = self._blocks.get(index)
        if block is None:
            start, end = self.paragraphs[index]
            block = self._blocks[index] = Block(self._low, start, end, self._code)
        return block

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return [s for start, _ in self.paragraphs for s in self.block_at(start).sentences]

    @property
    def clauses(self) -> list[Clause]:
        return [c for start, _ in self.paragraphs for c in self.block_at(start).clauses]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset` (the one before it, between two)."""
        found = self.block_at(offset).sentence_at(offset)
        return found if found is not None else self.paragraph_at(offset)

    def clauses_at(self, offset: int) -> Clauses:
        """The clauses of the sentence holding `offset` (the last answer is kept with the offsets
        it holds for: dates are mostly asked about in order, several to a sentence)."""
        low, high, found = self.recent
        if low <= offset < high:
            return found
        paragraph = self._paragraph_index(offset)
        block = self.block_at(offset)
        sentence = block.sentence_index(offset)
        found = block.clauses_of(sentence)
        starts, sentence_starts = self._paragraph_starts, block._sentence_starts
        low = max(starts[paragraph] if paragraph else -1, sentence_starts[sentence] if sentence else -1)
        high = min(starts[paragraph + 1] if paragraph + 1 < len(starts) else self.length + 1,
                   sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else self.length + 1)
        self.recent = (low, high, found)
        return found

    def clause_at(self, offset: int) -> tuple[int, int]:
        clauses = self.clauses_at(offset)
        if not clauses.clauses:
            return self.sentence_at(offset)
        clause = clauses.clauses[clauses.index(offset)]
        return clause.start, clause.end

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        return self.paragraphs[self._paragraph_index(offset)]

    @cached_property
    def _quotes(self) -> dict[str, list[int]]:
        marks: dict[str, list[int]] = {'"': [], "\u201c": [], "\u201d": []}
        for match in _QUOTE_MARKS.finditer(self._text):
            marks[match.group()].append(match.start())
        return marks

    def quote_open_at(self, offset: int) -> bool:
        """Whether `offset` stands inside a quotation: an odd number of straight quote marks, or
        more opening than closing curly ones, between its paragraph's start and it."""
        start, _ = self.paragraph_at(offset)

        def count(positions: list[int]) -> int:
            return bisect_right(positions, offset - 1) - bisect_right(positions, start - 1)

        quotes = self._quotes
        return count(quotes['"']) % 2 == 1 or count(quotes["\u201c"]) > count(quotes["\u201d"])


def segments_of(text: str, code: str = "en") -> Segments:
    """The segments of `text`, kept for the few texts most recently asked about (the resolver asks
    once per text, the rules again with the same string: one entry, whether the language is given
    or left to its default)."""
    return _segments_of(text, code)


@lru_cache(maxsize=4)
def _segments_of(text: str, code: str) -> Segments:
    return Segments(text, code)
