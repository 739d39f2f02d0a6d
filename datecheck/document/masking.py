"""Masking what is not prose with same-length blanks: Markdown code and markup, URLs, front matter.

Every offset into the masked prose is an offset into the original text, so line and column come out
right. HTML has its own module (`document/html.py`).
"""

from __future__ import annotations

import re

from ..model import Span


def blank_out(chars: list[str], start: int, end: int) -> None:
    """Overwrite chars[start:end] with spaces, keeping line breaks."""
    for i in range(start, min(end, len(chars))):
        if chars[i] not in "\n\r":
            chars[i] = " "


_NOT_LINE_BREAK = re.compile(r"[^\r\n]+")


def blank(text: str) -> str:
    """`text` as spaces, its line breaks kept."""
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return _NOT_LINE_BREAK.sub(lambda m: " " * len(m.group()), text)


def blank_span(text: str, start: int, end: int) -> str:
    """`text` with text[start:end] blanked (line breaks kept)."""
    return text[:start] + blank(text[start:end]) + text[end:]


#: A line break: LF, CRLF or a lone CR, as CommonMark, YAML and a reader's editor all count them.
LINE_BREAK = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """The offset where each line of `text` begins (the first is 0)."""
    return [0, *(m.end() for m in LINE_BREAK.finditer(text))]


URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_BACKTICKS = re.compile(r"`+")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\]|^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.I)  # no `<` inside (CommonMark): one scan


_MARKDOWN_PARSER = None


def _markdown_parser():  # type: ignore[no-untyped-def]
    """One CommonMark block parser for the process (inline parsing is not needed to find code)."""
    global _MARKDOWN_PARSER
    if _MARKDOWN_PARSER is None:
        from markdown_it import MarkdownIt  # imported here: only Markdown files need it

        _MARKDOWN_PARSER = MarkdownIt("commonmark").disable(["inline", "text_join"], ignoreInvalid=True)
    return _MARKDOWN_PARSER


#: Each masking pattern, with a cheap test of whether the text can hold a match at all.
_MARKDOWN_SPANS = (
    (_HTML_COMMENT, lambda t: "<!--" in t),
    (None, lambda t: "`" in t),  # inline code: _inline_code
    (_AUTOLINK, lambda t: "<" in t),
    (_LINK_TARGET, lambda t: "](" in t or "][" in t or "]:" in t),
    (HTML_TAG, lambda t: "<" in t),
    (URL, lambda t: "://" in t or "www." in t.lower()),
)


def mask_markdown(text: str, front_matter: Span | None) -> str:
    """The prose of a Markdown document: code, HTML, URLs and front matter blanked.

    A lone CR is read as a line break (it becomes LF in the prose, same length): the CommonMark
    parser counts lines that way, and the patterns' `^`, `$` and `\\n` must see the same lines."""
    text = one_line_break(text)
    body_start = front_matter.end if front_matter is not None else 0
    ranges = [(front_matter.start, front_matter.end)] if front_matter is not None else []
    ranges.extend(_block_ranges(text, body_start))
    masked = blank_ranges(text, ranges)
    for pattern, possible in _MARKDOWN_SPANS:
        if not possible(masked):
            continue
        found = _inline_code(masked, body_start) if pattern is None else [
            (m.start() + 1 if pattern is _LINK_TARGET and m.group().startswith("]") else m.start(), m.end())
            for m in pattern.finditer(masked, body_start)
        ]
        if found:
            masked = blank_ranges(masked, found)
    return masked


def _inline_code(text: str, start: int) -> list[tuple[int, int]]:
    """Inline code spans: a run of backticks up to the next run of the same length (CommonMark);
    a run with no such partner is literal. Each run's partner is found in one backward pass, so
    the text is read once however many unpaired runs it has (a pattern that searched forward from
    each run was quadratic on runs of different lengths)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start)]
    partner: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}  # run length -> the index of the nearest such run after this one
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        partner[index] = latest.get(length)
        latest[length] = index
    spans = []
    index = 0
    while index < len(runs):
        closing = partner[index]
        if closing is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closing][1]))
        index = closing + 1
    return spans


#: What each block the parser is asked for needs: a fence, an indent of four (blanks or a tab,
#: after a list marker too), a tag or comment.
_BLOCK_MARKS = ("```", "~~~", "    ", "\t", "<")


def _block_ranges(text: str, body_start: int) -> list[tuple[int, int]]:
    """What the CommonMark block parser finds that is not prose: fenced and indented code, and the
    comments and tags of HTML blocks."""
    body = text[body_start:]
    ranges: list[tuple[int, int]] = []
    if not any(mark in body for mark in _BLOCK_MARKS):
        return ranges  # no fence, no indented line, no tag: nothing for the parser to find
    starts: list[int] | None = None
    for token in _markdown_parser().parse(body):
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            if starts is None:
                starts = [*line_starts(body), len(body) + 1]  # the parser's lines: LF and CRLF end them
            first, last = token.map
            start = body_start + starts[min(first, len(starts) - 1)]
            end = body_start + starts[min(last, len(starts) - 1)] - 1
            if token.type == "html_block":
                for pattern in (_HTML_COMMENT, HTML_TAG):
                    ranges.extend(m.span() for m in pattern.finditer(text, start, max(start, end)))
            else:
                ranges.append((start, end))
    return ranges


def blank_ranges(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with every range blanked (line breaks kept); ranges may overlap and come in any order."""
    if not ranges:
        return text
    pieces = []
    done = 0
    for start, end in sorted(ranges):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        pieces.append(blank(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_LONE_CR = re.compile(r"\r(?!\n)")


def one_line_break(text: str) -> str:
    """`text` with each lone CR (old Mac line ends, a stray \\r) made an LF: same length, same lines."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


#: What a terminal would obey rather than show: escape sequences (CSI `ESC [ ... final`, OSC
#: `ESC ] ... BEL` or `ESC \\`, their one-byte C1 forms, two-character escapes) and the other control
#: characters. The text inside an OSC (a window title) is not prose either. Each alternative stops at
#: the first character that cannot continue it, so the search stays linear.
_CONTROLS = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?"
    "|(?:\x1b[\\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*+(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[ -~]?"
    "|[\x00-\x08\x0e-\x1f\x7f-\x9f]"
)
#: Any character that starts one of them (ESC and the C1 introducers are among the controls).
_ANY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: The same characters that are ASCII, each looked for on its own in an ASCII text: a search for one
#: character is many times faster than a regular expression tried at every place.
_ASCII_CONTROLS = tuple(chr(code) for code in [*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])


def _has_control(text: str) -> bool:
    if text.isascii():
        return any(control in text for control in _ASCII_CONTROLS)
    return _ANY_CONTROL.search(text) is not None


def blank_controls(text: str) -> str:
    """`text` with terminal escape sequences and control characters blanked (tab, line and page
    breaks kept): same length, so offsets still point into the text."""
    if not _has_control(text):  # nearly every text: quick scans
        return text
    return _CONTROLS.sub(lambda m: " " * len(m.group(0)), text)


def mask_text(text: str) -> str:
    """Plain text with URLs blanked out (a date inside a link is not prose)."""
    if "://" not in text and "www." not in text.lower():
        return text
    return URL.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group(0)), text)
