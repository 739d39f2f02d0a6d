"""Reports written as the results come: each file's (or record's) lines as soon as it is checked,
the summary counted on the way rather than collected, and JSON documents written piece by piece.

A writer has `add(result)` for each result in order and `close(tally, errors, extra)` at the end;
nothing it holds grows with the number of results (the tally holds counts per severity and per rule).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import IO

from ..engine import CheckResult
from .safe import json_text


class Tally:
    """The counts a summary needs: results, findings by severity and by rule, results without a date."""

    def __init__(self) -> None:
        self.files = 0
        self.undated = 0
        self.severities: Counter[str] = Counter()
        self.rules: Counter[tuple[str, str, str]] = Counter()

    def add(self, result: CheckResult) -> None:
        self.files += 1
        if result.document.published is None:
            self.undated += 1
        for finding in result.findings:
            self.severities[finding.severity.value] += 1
            self.rules[(finding.code, finding.name, finding.severity.value)] += 1

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
    """A format of one line per finding (or per record): each result's lines written and flushed at once."""

    def __init__(self, out: IO[str], lines: Callable[[CheckResult], Iterable[str]]) -> None:
        self.out, self.lines = out, lines

    def add(self, result: CheckResult) -> None:
        text = "".join(line + "\n" for line in self.lines(result))
        if text:
            self.out.write(text)
            self.out.flush()

    def close(self, tally: Tally, errors: list[str], extra: str = "") -> None:
        self.out.flush()


#: stands for the array being streamed while the document around it is laid out
_MARK = "\x01datecheck-entries"


class JsonArrayWriter:
    """A JSON document (indent 2) with one array written entry by entry, byte for byte as
    `json_text(document, indent=2)` would write it whole: what comes before the array is written
    at the start, each entry as it comes, and what follows it (a summary) at the end."""

    def __init__(self, out: IO[str], document: Callable[[list[str]], object]) -> None:
        """`document(array)` lays out the whole document around the array it is given."""
        self.out, self.document, self.count = out, document, 0
        head, self.indent, _ = self._split()
        out.write(head)

    def _split(self) -> tuple[str, str, str]:
        text = json_text(self.document([_MARK]), indent=2)
        mark = json_text(_MARK)
        at = text.index(mark)
        line_start = text.rindex("\n", 0, at) + 1
        head = text[:line_start].rstrip()
        return head, text[line_start:at], text[at + len(mark):]

    def add(self, entry: object) -> None:
        lines = json_text(entry, indent=2).split("\n")
        body = "\n".join(self.indent + line for line in lines)
        self.out.write(("\n" if self.count == 0 else ",\n") + body)
        self.count += 1

    def finish(self) -> None:
        """Write the rest of the document, laid out now (its summary as it stands at the end)."""
        _, _, tail = self._split()
        if self.count == 0:  # an empty array is written `[]`
            tail = "]" + tail[tail.index("]") + 1:]
        self.out.write(tail + "\n")
        self.out.flush()
