"""Text that is safe to show: what a document or a file name holds can neither drive a terminal nor
forge a line of output.

A document, a message quoting it or a file name may hold control characters: an escape sequence
(`ESC [2J` clears a screen, `ESC ]0;...BEL` retitles a window), C1 controls (U+0080-U+009F, which
some terminals obey as escapes), a line break that starts what looks like a new record, or a
bidirectional override that shows text in an order other than the one it has (U+202A-U+202E,
U+2066-U+2069). For people (text, concise, github) each is written as a visible escape: `\\x1b`,
`\\n`, `\\u202e`. The zero-width direction marks (U+200E, U+200F, U+061C) are ordinary in
right-to-left copy and reorder nothing, so they are kept.

File names that are not valid UTF-8 reach Python as surrogate escapes (U+DC80-U+DCFF, one per byte);
they are written as the byte they stand for, `\\xff`, so no output ever holds invalid UTF-8.

For programs (JSON, JSON Lines, SARIF) `json_text` keeps the text exact where JSON can (every
control character as a JSON escape, so the reader gets the character back), and writes the
surrogate escapes of a file name as `\\xff` text.
"""

from __future__ import annotations

import json
import re

#: What is escaped for people: C0 controls, DEL, C1 controls, line and paragraph separators,
#: bidirectional embeddings, overrides and isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: What JSON writers leave raw that a reader may trip on (json.dumps already escapes C0 controls).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_char(char: str) -> str:
    """The visible escape of one unsafe character."""
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character, bidirectional override and lone surrogate escaped."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: escape_char(m.group()), text)


def printable_with_offsets(text: str) -> tuple[str, list[int]]:
    """`printable(text)` and where each offset of `text` (and its end) went in it, for marks on a line."""
    if not _UNSAFE.search(text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    length = 0
    for char in text:
        offsets.append(length)
        piece = escape_char(char) if _UNSAFE.match(char) else char
        out.append(piece)
        length += len(piece)
    offsets.append(length)
    return "".join(out), offsets


def _json_escape(char: str) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:  # not a character: written as text, `\xff` for a file name's byte
        return escape_char(char).replace("\\", "\\\\")
    return f"\\u{code:04x}"


def json_text(payload: object, indent: int | None = None) -> str:
    """`payload` as JSON that is valid UTF-8 whatever its strings hold."""
    text = json.dumps(payload, ensure_ascii=False, indent=indent)
    if not _JSON_UNSAFE.search(text):
        return text
    return _JSON_UNSAFE.sub(lambda m: _json_escape(m.group()), text)


def uri_path(path: str) -> str:
    """A relative path as a URI reference (RFC 3986): spaces, `%`, `#`, `?`, controls and every byte
    outside ASCII percent-encoded, a file name that is not UTF-8 byte for byte."""
    from urllib.parse import quote

    try:
        data = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no file-name byte (text given to the API)
        data = path.encode("utf-8", "backslashreplace")
    return quote(data, safe="/!$&'()*+,;=:@-._~")
