"""Reading files: decoding, masking what is not prose, front matter, the publication date, lines.

This module puts a document together; `reading.py` reads a file safely (regular files only, a size
bound) and decodes it (byte order marks), `front_matter.py` reads front matter (YAML with an alias
budget, TOML), `masking.py` blanks Markdown and plain-text non-prose, `html.py` reads HTML pages,
`published.py` finds the publication date.

The prose of a document is its text with everything that is not prose (front matter, code,
tags, URLs, comments) overwritten by spaces of the same length, line breaks kept. Every offset into
the prose is therefore an offset into the original text, and line/column come out right. A line
ends at LF, CRLF or a lone CR, everywhere.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..model import PublicationDate, Span
from .front_matter import read_front_matter
from .html import mask_html
from .masking import LINE_BREAK, blank_span, line_starts, mask_markdown, mask_text, one_line_break, blank_controls
from .published import DEFAULT_PUBLICATION_KEYS, find_publication_date
from .reading import MAX_BYTES, DocumentError, decode, read_bytes

__all__ = [
    "DEFAULT_EXTENSIONS", "DEFAULT_PUBLICATION_KEYS", "MAX_BYTES", "Document", "DocumentError", "decode",
    "detect_format", "load_file", "load_text", "read_bytes",
]

MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
DEFAULT_EXTENSIONS = MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | TEXT_EXTENSIONS
@dataclass
class Document:
    path: str
    text: str
    prose: str
    format: str  # "markdown", "html", "text"
    published: PublicationDate | None = None
    front_matter: dict[str, object] = field(default_factory=dict)
    front_matter_span: Span | None = None
    warnings: list[str] = field(default_factory=list)
    _line_starts: list[int] | None = None

    def location(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (a line ends at LF, CRLF or a lone CR)."""
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        self.location(0)
        assert self._line_starts is not None
        start = self._line_starts[line - 1]
        end = LINE_BREAK.search(self.text, start)
        return self.text[start:end.start() if end else len(self.text)]


@lru_cache(maxsize=1024)
def detect_format(path: str) -> str:
    """"markdown", "html" or "text", by the path's extension (worked out once for a path: a path
    parsed anew for each text read from standard input cost more than its masking)."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in HTML_EXTENSIONS:
        return "html"
    return "text"


def load_text(
    text: str,
    path: str = "-",
    *,
    format: str | None = None,
    published: date | PublicationDate | None = None,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
    warnings: list[str] | None = None,
) -> Document:
    """A document from decoded text: its prose, front matter and publication date.

    Raises DocumentError for front matter that cannot be read safely (a YAML alias bomb)."""
    format = format or detect_format(path)
    front_matter, fm_span, fm_warnings = read_front_matter(text, path) if format != "html" else ({}, None, [])
    html_meta: dict[str, str] = {}
    if format == "markdown":
        prose = mask_markdown(text, fm_span)
    elif format == "html":
        prose, html_meta = mask_html(text)
    else:
        prose = mask_text(text)
        if fm_span is not None:
            prose = blank_span(prose, fm_span.start, fm_span.end)
    document = Document(path, text, _one_line_break(prose), format, None, front_matter, fm_span,
                        list(warnings or []) + fm_warnings)
    if isinstance(published, PublicationDate):  # a day with its own source ("today, from --published")
        document.published = published
    elif published is not None:
        document.published = PublicationDate(published, "flag")
    else:
        document.published = find_publication_date(document, html_meta, keys=keys, date_order=date_order)
    return document


def _one_line_break(prose: str) -> str:
    """The prose with a lone CR (old Mac line ends, a stray \\r) read as a line break like LF, and a
    byte order mark and terminal escape sequences blanked: the tokenizer and the date-line search then see the lines a reader sees.
    Same length, so offsets still point into the text."""
    if prose.startswith("\ufeff"):
        prose = " " + prose[1:]
    return one_line_break(blank_controls(prose))


def load_file(
    path: str | Path,
    *,
    published: date | PublicationDate | None = None,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read and decode one file. Raises DocumentError with a one-line message when it cannot: not a
    regular file (a FIFO, a device, a socket), larger than `max_bytes`, binary, unreadable."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    from .docx import binary_text  # a Word document, or a kind of file that cannot be read as text

    word = binary_text(data, name, max_bytes)
    if word is not None:
        return load_text(word, name, format="text", published=published, keys=keys, date_order=date_order)
    text, warnings = decode(data, name)
    return load_text(text, name, published=published, keys=keys, date_order=date_order, warnings=warnings)
