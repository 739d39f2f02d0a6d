"""Offsets into a Python string <-> editor positions (line, character), as the Language Server
Protocol counts them.

datecheck's offsets count code points. An LSP position counts lines and, within a line, code units
of the encoding client and server agreed on: UTF-16 (the default: a character outside the Basic
Multilingual Plane, such as an emoji, is two units), UTF-8 (one to four bytes) or UTF-32 (code
points). Lines end only at "\\n", "\\r\\n" and "\\r"; U+2028, U+2029, form feeds and vertical tabs are
characters inside a line (str.splitlines would break on them and shift every position after).

An index is built once per text in linear time; each conversion then costs O(log n) (a position
inside a line full of wide characters O(log² n)), so converting every finding of a long text stays
linear overall.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF16, UTF8, UTF32)

_BREAK = re.compile(r"\r\n|\r|\n")
#: For each encoding, the characters that take more than one unit: (extra units, pattern).
_WIDE = {
    UTF16: ((1, re.compile("[\U00010000-\U0010ffff]")),),
    UTF8: (
        (1, re.compile("[\u0080-\u07ff]")),
        (2, re.compile("[\u0800-\uffff]")),
        (3, re.compile("[\U00010000-\U0010ffff]")),
    ),
    UTF32: (),
}


def encoding_name(name: str | None) -> str:
    """The encoding called `name` ("utf-16", "UTF-8", "utf8" ...); UTF-16 when unknown or None."""
    normal = (name or "").lower().replace("_", "-")
    if not normal.startswith("utf-"):
        normal = normal.replace("utf", "utf-", 1)
    return normal if normal in ENCODINGS else UTF16


class PositionIndex:
    """One text's line starts and wide characters, for converting offsets and positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding_name(encoding)
        starts = [0]
        ends = []
        for match in _BREAK.finditer(text):
            ends.append(match.start())
            starts.append(match.end())
        ends.append(len(text))
        self.starts = starts  # where each line begins
        self.ends = ends  # where each line's content ends (before its line break)
        self._wide = [(extra, [m.start() for m in pattern.finditer(text)]) for extra, pattern in _WIDE[self.encoding]]
        self._wide = [(extra, offsets) for extra, offsets in self._wide if offsets]

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def units(self, start: int, end: int) -> int:
        """The code units of text[start:end]."""
        count = end - start
        for extra, offsets in self._wide:
            count += extra * (bisect_left(offsets, end) - bisect_left(offsets, start))
        return count

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character), both from 0, of a code-point offset. An offset past the end is the end;
        one between "\\r" and "\\n" is the end of its line."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, self.units(start, min(offset, self.ends[line]))

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a position. As the protocol says, a character past the end of
        its line is the end of the line, and a line past the last is the end of the text; a
        character inside a multi-unit character is the start of that character."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.ends[line]
        character = max(0, character)
        if self.units(start, end) == end - start:  # nothing wide on this line
            return min(start + character, end)
        low, high = start, end  # the last offset whose units from `start` are at most `character`
        while low < high:
            middle = (low + high + 1) // 2
            if self.units(start, middle) <= character:
                low = middle
            else:
                high = middle - 1
        return low

    def range(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """((line, character), (line, character)) of the offsets [start, end)."""
        return self.position(start), self.position(end)

    def line_span(self, line: int) -> tuple[int, int]:
        """The offsets of a line's content, without its line break."""
        return self.starts[line], self.ends[line]


def apply_edit(text: str, start: tuple[int, int] | None, end: tuple[int, int] | None, new_text: str,
               encoding: str = UTF16) -> str:
    """`text` with the range [start, end) (positions) replaced by `new_text`; no range replaces all."""
    if start is None or end is None:
        return new_text
    index = PositionIndex(text, encoding)
    first, last = index.offset(*start), index.offset(*end)
    if last < first:
        first, last = last, first
    return text[:first] + new_text + text[last:]
