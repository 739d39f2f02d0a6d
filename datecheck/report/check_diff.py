"""`datecheck check --diff`: the fixes as a unified diff, one per file, that `patch -p1` applies.

Lines are split after LF only, as `patch` reads them: a CRLF line keeps its CR (so the diff of a
CRLF file applies to it), and a text whose last line has no line break gets the "\\ No newline at
end of file" marker `diff` writes. The headers are `--- a/PATH` and `+++ b/PATH`, PATH as given
(a path given absolute or with `..` is shown as given: `-p1` then does not fit it).
"""

from __future__ import annotations

import difflib
from typing import Iterator

NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """The lines of `text`, each with its LF (a CR before it, or alone, is part of the line)."""
    lines = text.split("\n")
    last = lines.pop()
    result = [line + "\n" for line in lines]
    if last:
        result.append(last)
    return result


def _marked(lines: Iterator[str]) -> Iterator[str]:
    """The diff's lines, a line without its line break followed by the no-newline marker."""
    for line in lines:
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n"
            yield NO_NEWLINE


def _header_path(path: str) -> str:
    """The path as a header names it: forward slashes, no leading ./ (the stdin name `-` stays)."""
    shown = path.replace("\\", "/")
    while shown.startswith("./"):
        shown = shown[2:]
    return shown


def unified_diff(path: str, before: str, after: str, context: int = 3) -> str:
    """The unified diff turning `before` into `after` (empty when they are the same)."""
    if before == after:
        return ""
    shown = _header_path(path)
    lines = difflib.unified_diff(_lines(before), _lines(after), f"a/{shown}", f"b/{shown}", n=context)
    return "".join(_marked(lines))
