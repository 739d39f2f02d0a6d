"""Reading files: decoding, masking what is not prose, front matter, the publication date, lines.

The prose of a document is its text with everything that is not prose (front matter, code,
tags, URLs, comments) overwritten by spaces of the same length, line breaks kept. Every offset into
the prose is therefore an offset into the original text, and line/column come out right.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from .model import PublicationDate, Span

MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
DEFAULT_EXTENSIONS = MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | TEXT_EXTENSIONS
DEFAULT_PUBLICATION_KEYS = ("date", "publishDate", "pubDate", "published", "pubdate")
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


# --- decoding ---------------------------------------------------------------------------------------


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


# --- masking ------------------------------------------------------------------------------------------


def _blank(chars: list[str], start: int, end: int) -> None:
    """Overwrite chars[start:end] with spaces, keeping line breaks."""
    for i in range(start, min(end, len(chars))):
        if chars[i] not in "\n\r":
            chars[i] = " "


_FRONT_MATTER = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S)
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\]|^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.I)


def read_front_matter(text: str, path: str) -> tuple[dict[str, object], Span | None, list[str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, None, []
    body = match.group("body")
    warnings: list[str] = []
    data: object
    try:
        if match.group("fence") == "---":
            import yaml

            data = yaml.load(body, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present
        else:
            import tomllib

            data = tomllib.loads(body)
    except Exception as error:  # noqa: BLE001 - any parser failure is reported, not raised
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        warnings.append(f"{path}: front matter could not be parsed ({first_line})")
        data = {}
    if not isinstance(data, dict):
        data = {}
    return data, Span(0, match.end()), warnings


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
    (_INLINE_CODE, lambda t: "`" in t),
    (_AUTOLINK, lambda t: "<" in t),
    (_LINK_TARGET, lambda t: "](" in t or "][" in t or "]:" in t),
    (_HTML_TAG, lambda t: "<" in t),
    (_URL, lambda t: "://" in t or "www." in t.lower()),
)


def mask_markdown(text: str, front_matter: Span | None) -> str:
    """The prose of a Markdown document: code, HTML, URLs and front matter blanked."""
    chars = list(text)
    if front_matter is not None:
        _blank(chars, front_matter.start, front_matter.end)
    body_start = front_matter.end if front_matter is not None else 0
    body = text[body_start:]
    line_starts: list[int] | None = None
    for token in _markdown_parser().parse(body):
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            if line_starts is None:
                line_starts = [0] + [m.end() for m in re.finditer("\n", body)] + [len(body) + 1]
            first, last = token.map
            start = body_start + line_starts[first]
            end = body_start + line_starts[min(last, len(line_starts) - 1)] - 1
            if token.type == "html_block":
                for pattern in (_HTML_COMMENT, _HTML_TAG):
                    for m in pattern.finditer(text, start, max(start, end)):
                        _blank(chars, m.start(), m.end())
            else:
                _blank(chars, start, end)
    masked_so_far = "".join(chars)
    for pattern, possible in _MARKDOWN_SPANS:
        if not possible(masked_so_far):
            continue
        found = False
        for m in pattern.finditer(masked_so_far, body_start):
            found = True
            if pattern is _LINK_TARGET and m.group().startswith("]"):
                _blank(chars, m.start() + 1, m.end())
            else:
                _blank(chars, m.start(), m.end())
        if found:
            masked_so_far = "".join(chars)
    return masked_so_far


def mask_text(text: str) -> str:
    """Plain text with URLs blanked out (a date inside a link is not prose)."""
    if "://" not in text and "www." not in text.lower():
        return text
    return _URL.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group(0)), text)


_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer aside nav "
    "blockquote pre figure figcaption dd dt dl hr time main title".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _HTMLProse(HTMLParser):
    """Collects the visible text of an HTML page at its offsets, and its date metadata."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.chars = [c if c in "\n\r" else " " for c in text]
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag in _BLOCK_TAGS and start < len(self.chars) and self.chars[start] != "\n":
            self.chars[start] = "\n"
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
        if tag == "script":
            self._in_json_ld = any(k == "type" and (v or "").lower() == "application/ld+json" for k, v in attrs)
        if tag == "time":
            for k, v in attrs:
                if k == "datetime" and v:
                    self.meta.setdefault("time:datetime", v)
        if tag in _HIDDEN_TAGS:
            self.hidden += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN_TAGS:
            self.hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        if tag in _BLOCK_TAGS and start < len(self.chars) and self.chars[start] != "\n":
            self.chars[start] = "\n"
        if tag in _HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)
        if self.hidden:
            return
        start = self._offset()
        self.chars[start:start + len(data)] = list(data)

    def _entity(self, decoded: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        if start < len(self.chars):
            self.chars[start] = " " if decoded in ("\xa0", "\u2009", "\u202f") else decoded[:1]

    def handle_entityref(self, name: str) -> None:
        import html

        self._entity(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        import html

        self._entity(html.unescape(f"&#{name};"))


def mask_html(text: str) -> tuple[str, dict[str, str]]:
    parser = _HTMLProse(text)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError):  # a page too broken to parse: fall back to tags
        chars = list(text)
        for m in _HTML_TAG.finditer(text):
            _blank(chars, m.start(), m.end())
        return "".join(chars), {}
    meta = dict(parser.meta)
    for block in parser.json_ld:
        found = _json_ld_date(block)
        if found:
            meta.setdefault("json-ld:datePublished", found)
    prose = "".join(parser.chars)
    prose = _URL.sub(lambda m: " " * len(m.group()), prose)
    return prose, meta


def _json_ld_date(block: str) -> str | None:
    try:
        data = json.loads(block)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


# --- the publication date -----------------------------------------------------------------------------


def coerce_date(value: object, date_order: str = "MDY") -> date | None:
    """A front matter or metadata value as a day: dates, datetimes, ISO strings, written dates."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from .dateparser_adapter import parse_date

        return parse_date(value, date_order)
    return None


_FILE_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])")
_HTML_META_KEYS = (
    ("article:published_time", "html:article:published_time"),
    ("json-ld:datePublished", "html:json-ld:datePublished"),
    ("date", "html:meta:date"),
    ("dc.date", "html:meta:dc.date"),
    ("pubdate", "html:meta:pubdate"),
    ("datepublished", "html:meta:datePublished"),
)


def find_dateline(prose: str, date_order: str = "MDY") -> PublicationDate | None:
    """A line near the top that holds nothing but a full date: the story's dateline."""
    from .extract import extract

    offset = 0
    seen = 0
    for line in prose[:4000].split("\n"):
        stripped = line.strip()
        if stripped:
            seen += 1
            mentions = extract(line, None, date_order=date_order)
            full = [
                m for m in mentions
                if m.kind == "calendar" and m.resolved_date is not None and m.stated.year is not None
            ]
            if len(full) == 1 and all(m.kind in ("calendar", "weekday") for m in mentions):
                if all("date-line" in m.flags for m in mentions):
                    day = full[0].resolved_date
                    assert day is not None
                    return PublicationDate(day, "dateline", Span(offset + full[0].start, offset + full[0].end))
            if seen >= 15:
                break
        offset += len(line) + 1
    return None


def find_publication_date(
    document: Document,
    html_meta: dict[str, str],
    *,
    keys: tuple[str, ...] = DEFAULT_PUBLICATION_KEYS,
    date_order: str = "MDY",
) -> PublicationDate | None:
    for key in keys:
        if key in document.front_matter:
            day = coerce_date(document.front_matter[key], date_order)
            if day is not None:
                return PublicationDate(day, f"front-matter:{key}", document.front_matter_span)
            document.warnings.append(f"{document.path}: front matter {key}: not a date: {document.front_matter[key]!r}")
    for meta_key, source in _HTML_META_KEYS:
        if meta_key in html_meta:
            day = coerce_date(html_meta[meta_key], date_order)
            if day is not None:
                return PublicationDate(day, source)
    dateline = find_dateline(document.prose, date_order)
    if dateline is not None:
        return dateline
    match = _FILE_NAME_DATE.search(Path(document.path).name)
    if match:
        try:
            return PublicationDate(date(int(match.group(1)), int(match.group(2)), int(match.group(3))), "file-name")
        except ValueError:
            pass
    return None


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
            _blank(chars, fm_span.start, fm_span.end)
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
    text, warnings = decode(data, name)
    return load_text(text, name, published=published, keys=keys, date_order=date_order, warnings=warnings)
