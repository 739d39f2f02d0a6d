"""Reading files: decoding, masking what is not prose, front matter, the publication date, lines.

This module reads and decodes; `masking.py` blanks Markdown and plain-text non-prose, `html.py` reads
HTML pages, `published.py` finds the publication date.

The prose of a document is its text with everything that is not prose (front matter, code,
tags, URLs, comments) overwritten by spaces of the same length, line breaks kept. Every offset into
the prose is therefore an offset into the original text, and line/column come out right.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..model import PublicationDate, Span
from .html import mask_html
from .masking import blank_out, mask_markdown, mask_text, read_front_matter
from .published import DEFAULT_PUBLICATION_KEYS, find_publication_date

MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
DEFAULT_EXTENSIONS = MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | TEXT_EXTENSIONS
MAX_BYTES = 64 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be read as a document; the message names the problem in one line."""


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
        """1-based line and column of a character offset."""
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            position = find("\n")
            while position >= 0:
                starts.append(position + 1)
                position = find("\n", position + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        self.location(0)
        assert self._line_starts is not None
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:end if end >= 0 else len(self.text)].rstrip("\r")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes -> text. Binary data is an error; invalid UTF-8 is replaced, with a warning."""
    if b"\x00" in data[:8192]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16"), []
            except UnicodeDecodeError:
                pass
        raise DocumentError(f"{path}: binary file (NUL bytes), not checked")
    warnings = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        warnings.append(f"{path}: not valid UTF-8 (byte {error.start}); undecodable bytes replaced")
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    return text, warnings


def detect_format(path: str) -> str:
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
    published: date | None = None,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
    warnings: list[str] | None = None,
) -> Document:
    """A document from decoded text: its prose, front matter and publication date."""
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
            chars = list(prose)
            blank_out(chars, fm_span.start, fm_span.end)
            prose = "".join(chars)
    document = Document(path, text, prose, format, None, front_matter, fm_span, list(warnings or []) + fm_warnings)
    if published is not None:
        document.published = PublicationDate(published, "flag")
    else:
        document.published = find_publication_date(document, html_meta, keys=keys, date_order=date_order)
    return document


def load_file(
    path: str | Path,
    *,
    published: date | None = None,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read and decode one file. Raises DocumentError with a one-line message when it cannot."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a directory") from None
    except FileNotFoundError:
        raise DocumentError(f"{name}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{name}: permission denied") from None
    except OSError as error:
        raise DocumentError(f"{name}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: larger than {max_bytes // (1024 * 1024)} MiB, not checked")
    from .docx import binary_text  # a Word document, or a kind of file that cannot be read as text

    word = binary_text(data, name, max_bytes)
    if word is not None:
        return load_text(word, name, format="text", published=published, keys=keys, date_order=date_order)
    text, warnings = decode(data, name)
    return load_text(text, name, published=published, keys=keys, date_order=date_order, warnings=warnings)
