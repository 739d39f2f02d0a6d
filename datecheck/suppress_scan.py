"""Where the suppressions of a document are, and whether the document reads each one as prose.

Every scan here is linear in the text: a comment is found by its opening and closed by one search
that the next one starts after; a line's trailing note is read once, from its last `datecheck:`.

Prose is what the document's own masking leaves (`document/`): a note in a code block, inline code
or front matter is masked there, so it is an example and not an instruction. A comment is masked
whether it is prose or code, so for Markdown the comments are tried once more with each one
written as plain letters: those the masking still keeps were comments in prose. In HTML a comment is
one the HTML tokenizer would read as a comment: not inside a tag, a script, a style or other raw text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

_DIRECTIVE = re.compile(r"<!--[ \t\r\n]*datecheck", re.IGNORECASE)
_NOTE = re.compile(r"datecheck:[ \t]*ignore", re.IGNORECASE)
_LINE_END = re.compile(r"[\r\n]")

#: HTML: a comment's opening, or a tag's opening and name.
_HTML_TOKEN = re.compile(r"<(?:(!--)|(/?)([A-Za-z][A-Za-z0-9:-]*))")
#: The rest of a tag up to its `>`, quoted attribute values skipped (an unrolled loop: no backtracking).
_TAG_REST = re.compile(r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
#: Elements whose content is raw text, where `<!--` opens no comment.
_RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})


def line_end(text: str, offset: int) -> int:
    """The offset of the line break (CR, LF or CRLF) that ends the line holding `offset`."""
    match = _LINE_END.search(text, offset)
    return match.start() if match else len(text)


def comment_directives(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, content, closed) of each `<!-- datecheck... -->` comment. One never closed ends,
    for reporting, at the end of its first line."""
    position = 0
    while (match := _DIRECTIVE.search(text, position)) is not None:
        start = match.start()
        close = text.find("-->", start + 4)
        if close < 0:
            end = line_end(text, match.end())
            yield start, end, text[start + 4:end].strip(), False
            return
        yield start, close + 3, text[start + 4:close].strip(), True
        position = close + 3


def trailing_notes(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, rest of the line) of the last `datecheck: ignore` of each line, outside the
    `skip` spans (the comments already read)."""
    spans = sorted(skip)
    index = 0
    pending: tuple[int, int, int] | None = None
    end_of_line = -1
    for match in _NOTE.finditer(text):
        start = match.start()
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start:
            continue
        if start > end_of_line:
            if pending is not None:
                yield pending[0], pending[1], text[pending[1]:pending[2]]
            end_of_line = line_end(text, start)
        pending = (start, match.end(), end_of_line)
    if pending is not None:
        yield pending[0], pending[1], text[pending[1]:pending[2]]


def html_comment_starts(text: str) -> set[int]:
    """Where the comments an HTML tokenizer reads begin: not in a tag, not in raw text."""
    starts: set[int] = set()
    position = 0
    while (match := _HTML_TOKEN.search(text, position)) is not None:
        if match.group(1):
            starts.add(match.start())
            close = text.find("-->", match.end())
            if close < 0:
                break
            position = close + 3
            continue
        rest = _TAG_REST.match(text, match.end())
        if rest is None:  # a tag never closed runs to the end of the page
            break
        position = rest.end()
        name = match.group(3).lower()
        if not match.group(2) and name in _RAW_TEXT_TAGS:
            closing = re.compile(rf"</{name}[\s/>]", re.IGNORECASE).search(text, position)
            if closing is None:
                break
            position = closing.end()
    return starts


def _markdown_comments_in_prose(document: Document, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each comment span is a comment in prose: written as letters, does the masking keep it?"""
    from .document import load_text

    chars = list(document.text)
    for start, end in spans:
        chars[start] = " "  # nothing before it can run into it (a URL, a tag)
        for i in range(start + 1, end):
            if chars[i] not in "\r\n":
                chars[i] = "x"
    probe = load_text("".join(chars), document.path, format=document.format, published=date(2000, 1, 1)).prose
    return [all(probe[i] == "x" or chars[i] in "\r\n" for i in range(start + 1, end)) for start, end in spans]


def in_prose_checks(
    document: Document | None,
) -> tuple[Callable[[int, int], bool], Callable[[list[tuple[int, int]]], list[bool]]]:
    """(is this span prose?, which of these comment spans are comments in prose?) for `document`;
    without one, everything counts."""
    if document is None:
        return (lambda start, end: True), (lambda spans: [True] * len(spans))

    def in_prose(start: int, end: int) -> bool:
        return document.prose[start:end] == document.text[start:end]

    def comments_in_prose(spans: list[tuple[int, int]]) -> list[bool]:
        if not spans:
            return []
        if document.format == "html":
            starts = html_comment_starts(document.text)
            return [start in starts for start, _ in spans]
        if document.format == "markdown":
            return _markdown_comments_in_prose(document, spans)
        return [in_prose(start, end) for start, end in spans]

    return in_prose, comments_in_prose
