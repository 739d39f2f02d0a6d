"""The visible text of an HTML page at its own offsets, and the page's date metadata.

A small tokenizer of its own, in one pass: the standard library's `html.parser` goes back over the
rest of the page for each `<!--`, `<?` or `</` that is not closed, which is quadratic (a page of
80,000 `<!--` took minutes). Here every search for the end of a construct either finds it (and
the scan moves past it) or does not (and the construct runs to the end of the page, as HTML5 reads
an unclosed comment or tag), so no character is looked at more than a few times.
"""

from __future__ import annotations

import html
import json
import re
from html.entities import html5

from .masking import URL, blank

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer aside nav "
    "blockquote pre figure figcaption dd dt dl hr time main title".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_RAW_TEXT_TAGS = frozenset({"script", "style"})  # their content is text up to their end tag, not markup

_PLAIN_TAG = re.compile(r"<(/?)([A-Za-z][^\t\n\r\f />]*)[\t\n\r\f ]*(/?)>")  # no attributes: the common case
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\r\f />]*")
_SPACE = re.compile(r"[\t\n\r\f /]*")
_ATTR_NAME = re.compile(r"[^\t\n\r\f />][^\t\n\r\f /=>]*")
_EQUALS = re.compile(r"[\t\n\r\f ]*=[\t\n\r\f ]*")
_UNQUOTED = re.compile(r"[^\t\n\r\f >]*")
_COMMENT_END = re.compile(r"--!?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_RAW_END = {tag: re.compile(rf"</{tag}(?=[\t\n\r\f />])", re.I) for tag in _RAW_TEXT_TAGS}

#: JSON-LD nested deeper than this is not read (json.loads would recurse once per level).
MAX_JSON_DEPTH = 100
_JSON_TOKEN = re.compile(r'[^"\\\[\]{}]+|\\.?|["\[\]{}]', re.S)

_Attrs = list[tuple[str, str | None]]


def _entity(match: str) -> str | None:
    """The character an entity stands for, or None when it is not one (`&T` in "AT&T")."""
    if match[1] != "#":
        return html5.get(match[1:])  # `&amp;`, and the few old names that need no `;` (`&nbsp`)
    decoded = html.unescape(match)
    return None if decoded == match else decoded


class _Page:
    """One pass over an HTML page: the prose pieces, the date metadata and JSON-LD blocks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.done = 0  # text[:done] is in pieces
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []

    def skip(self, end: int, *, line_break: bool = False) -> None:
        """Blank text[done:end] (markup); a block tag starts with a line break in the prose."""
        if end <= self.done:
            return
        if line_break and self.text[self.done] != "\n":
            self.pieces.append("\n")
            self.done += 1
        self.pieces.append(blank(self.text[self.done:end]))
        self.done = end

    def data(self, end: int) -> None:
        """text[done:end] is text: kept when visible, with its entities decoded in place."""
        if end <= self.done:
            return
        if self.hidden:
            self.skip(end)
            return
        segment = self.text[self.done:end]
        if "&" in segment:
            segment = _ENTITY.sub(_decode_in_place, segment)
        self.pieces.append(segment)
        self.done = end

    def parse(self) -> None:
        text, n = self.text, len(self.text)
        i = 0
        while i < n:
            lt = text.find("<", i)
            if lt < 0:
                break
            self.data(lt)
            i = self._markup(lt)
        self.data(n)

    def _markup(self, lt: int) -> int:
        """Read the markup at `lt` (a `<`); the offset after it."""
        text, n = self.text, len(self.text)
        plain = _PLAIN_TAG.match(text, lt)
        if plain:
            return self._plain_tag(plain)
        after = text[lt + 1:lt + 2]
        if after.isascii() and after.isalpha():
            return self._start_tag(lt)
        if after == "/" and lt + 2 < n and text[lt + 2].isascii() and text[lt + 2].isalpha():
            return self._end_tag(lt)
        if after == "!" and text.startswith("<!--", lt):
            if text.startswith((">", "->"), lt + 4):  # <!--> and <!---> are empty comments
                end = text.find(">", lt + 4) + 1
            else:
                found = _COMMENT_END.search(text, lt + 4)
                end = found.end() if found else n  # an unclosed comment runs to the end
            self.skip(end)
            return end
        if after in ("!", "?", "/"):  # a declaration, processing instruction or bogus end tag
            close = text.find(">", lt + 2)
            end = close + 1 if close >= 0 else n
            self.skip(end)
            return end
        self.data(lt + 1)  # a `<` that opens nothing is text
        return lt + 1

    def _tag(self, lt: int, name_at: int) -> tuple[str, _Attrs, int] | None:
        """The tag's lower-case name, its attributes and the offset after its `>`; None when it is
        not closed before the end of the page."""
        text, n = self.text, len(self.text)
        name = _TAG_NAME.match(text, name_at)
        assert name is not None
        attrs: _Attrs = []
        k = name.end()
        while True:
            k = _SPACE.match(text, k).end()  # type: ignore[union-attr]
            if k >= n:
                return None
            if text[k] == ">":
                return name.group().lower(), attrs, k + 1
            attr = _ATTR_NAME.match(text, k)
            assert attr is not None
            k = attr.end()
            equals = _EQUALS.match(text, k)
            value: str | None = None
            if equals:
                k = equals.end()
                if k < n and text[k] in "\"'":
                    close = text.find(text[k], k + 1)
                    if close < 0:
                        return None  # an unclosed quoted value runs to the end of the page
                    value, k = text[k + 1:close], close + 1
                else:
                    unquoted = _UNQUOTED.match(text, k)
                    assert unquoted is not None
                    value, k = unquoted.group(), unquoted.end()
            attrs.append((attr.group().lower(), _unescape(value) if value and "&" in value else value))

    def _plain_tag(self, found: re.Match[str]) -> int:
        """A start or end tag without attributes."""
        end_tag, tag, self_closing = found.group(1), found.group(2).lower(), found.group(3)
        end = found.end()
        self.skip(end, line_break=tag in _BLOCK_TAGS)
        if end_tag:
            if tag in _HIDDEN_TAGS and self.hidden:
                self.hidden -= 1
            return end
        if tag in _HIDDEN_TAGS and not self_closing:
            self.hidden += 1
        if tag in _RAW_TEXT_TAGS and not self_closing:
            return self._raw_text(tag, [], end)
        return end

    def _start_tag(self, lt: int) -> int:
        read = self._tag(lt, lt + 1)
        if read is None:
            self.skip(len(self.text))
            return len(self.text)
        tag, attrs, end = read
        self.skip(end, line_break=tag in _BLOCK_TAGS)
        self._attributes(tag, attrs)
        self_closing = self.text[end - 2] == "/"
        if tag in _HIDDEN_TAGS and not self_closing:
            self.hidden += 1
        if tag in _RAW_TEXT_TAGS and not self_closing:
            return self._raw_text(tag, attrs, end)
        return end

    def _end_tag(self, lt: int) -> int:
        read = self._tag(lt, lt + 2)
        if read is None:
            self.skip(len(self.text))
            return len(self.text)
        tag, _, end = read
        self.skip(end, line_break=tag in _BLOCK_TAGS)
        if tag in _HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        return end

    def _raw_text(self, tag: str, attrs: _Attrs, start: int) -> int:
        """The content of a script or style element: never markup; a JSON-LD script is kept."""
        found = _RAW_END[tag].search(self.text, start)
        end = found.start() if found else len(self.text)
        if tag == "script" and any(k == "type" and (v or "").lower() == "application/ld+json" for k, v in attrs):
            self.json_ld.append(self.text[start:end])
        self.skip(end)
        return end

    def _attributes(self, tag: str, attrs: _Attrs) -> None:
        if tag == "meta":
            values = {k: (v or "") for k, v in attrs}
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
        elif tag == "time":
            for k, v in attrs:
                if k == "datetime" and v:
                    self.meta.setdefault("time:datetime", v)


def _decode_in_place(match: re.Match[str]) -> str:
    """An entity written as the character it stands for, padded with spaces to its own length
    (a no-break or thin space as a space)."""
    decoded = _entity(match.group())
    if decoded is None:
        return match.group()
    first = " " if decoded[0] in ("\xa0", "\u2009", "\u202f") else decoded[0]
    return first + " " * (len(match.group()) - 1)


def _unescape(value: str) -> str:
    try:
        return html.unescape(value)
    except ValueError:  # a numeric reference too long to convert
        return value


def mask_html(text: str) -> tuple[str, dict[str, str]]:
    """The visible text of a page (tags, comments, scripts and styles blanked; entities decoded in
    place) and its date metadata: meta tags, `<time datetime>`, JSON-LD `datePublished`."""
    page = _Page(text)
    page.parse()
    meta = dict(page.meta)
    for block in page.json_ld:
        found = _json_ld_date(block)
        if found:
            meta.setdefault("json-ld:datePublished", found)
    prose = "".join(page.pieces)
    prose = URL.sub(lambda m: " " * len(m.group()), prose)
    return prose, meta


def json_depth(block: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (brackets inside strings not counted)."""
    depth = deepest = 0
    in_string = False
    for found in _JSON_TOKEN.finditer(block):
        token = found.group()
        first = token[0]
        if first == '"':
            in_string = not in_string
        elif in_string or first == "\\" or len(token) > 1:
            continue
        elif first in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif first in "]}":
            depth -= 1
    return deepest


def _json_ld_date(block: str) -> str | None:
    if block.count("[") + block.count("{") > MAX_JSON_DEPTH and json_depth(block) > MAX_JSON_DEPTH:
        return None
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
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
