"""The visible text of an HTML page at its own offsets, and the page's date metadata."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from .masking import HTML_TAG, URL, blank_out


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
        for m in HTML_TAG.finditer(text):
            blank_out(chars, m.start(), m.end())
        return "".join(chars), {}
    meta = dict(parser.meta)
    for block in parser.json_ld:
        found = _json_ld_date(block)
        if found:
            meta.setdefault("json-ld:datePublished", found)
    prose = "".join(parser.chars)
    prose = URL.sub(lambda m: " " * len(m.group()), prose)
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
