"""Reports written as the results come: each file's (or record's) lines as soon as it is checked,
the summary counted on the way rather than collected, and JSON documents written piece by piece.

A writer gives the text to write: `head()` at the start, `entry(result)` for each result in order
(it may raise: the caller then reports that result as an internal error and leaves it out), and
`tail(tally, errors, extra)` at the end. Nothing it holds grows with the number of results: the
tally holds counts per severity and per rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..lang import DEFAULT
from .safe import json_text

if TYPE_CHECKING:
    from ..engine import CheckResult


class Tally:
    """The counts a summary needs: results, findings by severity and by rule, results without a date."""

    def __init__(self) -> None:
        self.files = 0
        self.undated = 0
        self.severities: Counter[str] = Counter()
        self.rules: Counter[tuple[str, str, str]] = Counter()
        self.languages: Counter[str] = Counter()

    def add(self, result: CheckResult) -> None:
        self.files += 1
        self.languages[result.messages] += 1
        if result.document.published is None:
            self.undated += 1
        for finding in result.findings:
            self.severities[finding.severity.value] += 1
            self.rules[(finding.code, finding.name, finding.severity.value)] += 1

    @property
    def language(self) -> str:
        """The language of the summary: the one every result's messages are in, else English."""
        return next(iter(self.languages)) if len(self.languages) == 1 else DEFAULT

    @property
    def findings(self) -> int:
        return sum(self.severities.values())

    @classmethod
    def of(cls, results: Iterable[CheckResult]) -> Tally:
        tally = cls()
        for result in results:
            tally.add(result)
        return tally


class LineWriter:
    """A format of one line per finding (or per record): each result's lines, flushed at once."""

    flush_each = True

    def __init__(self, lines: Callable[[CheckResult], Iterable[str]]) -> None:
        self.lines = lines

    def head(self) -> str:
        return ""

    def entry(self, result: CheckResult) -> str:
        return "".join(line + "\n" for line in self.lines(result))

    def tail(self, tally: Tally, errors: list[str], extra: str = "") -> str:
        return ""


def render(writer, results: list[CheckResult], errors: list[str] | None = None) -> str:  # type: ignore[no-untyped-def]
    """A whole report at once, from the writer that writes it piece by piece."""
    pieces = [writer.head()] + [writer.entry(result) for result in results]
    return "".join(pieces) + writer.tail(Tally.of(results), errors or [])


#: stands for the array being streamed while the document around it is laid out
_MARK = "\x01datecheck-entries"


class JsonArrayWriter:
    """A JSON document (indent 2) with one array written entry by entry, byte for byte as
    `json_text(document, indent=2)` would write it whole: what comes before the array first, each
    entry as it comes, and what follows it (a summary) at the end."""

    def __init__(self, document: Callable[[list[str]], object]) -> None:
        """`document(array)` lays out the whole document around the array it is given."""
        self.document, self.count = document, 0
        self.indent = self._split()[1]

    def _split(self) -> tuple[str, str, str]:
        text = json_text(self.document([_MARK]), indent=2)
        mark = json_text(_MARK)
        at = text.index(mark)
        line_start = text.rindex("\n", 0, at) + 1
        return text[:line_start].rstrip(), text[line_start:at], text[at + len(mark):]

    def head(self) -> str:
        return self._split()[0]

    def entry(self, entries: Iterable[object]) -> str:
        """The text of these entries (the separators included): what to write next."""
        pieces = []
        for entry in entries:
            body = "\n".join(self.indent + line for line in json_text(entry, indent=2).split("\n"))
            pieces.append(("\n" if self.count == 0 else ",\n") + body)
            self.count += 1
        return "".join(pieces)

    def tail(self) -> str:
        """The rest of the document, laid out now (its summary as it stands at the end)."""
        rest = self._split()[2]
        if self.count == 0:  # an empty array is written `[]`
            rest = "]" + rest[rest.index("]") + 1:]
        return rest + "\n"
