"""The documents open in the editor, as the editor has them (unsaved changes included).

Kept here rather than in pygls's workspace, which splits lines with str.splitlines (a U+2028 or a
form feed in a story would shift every later edit); changes are applied with datecheck.positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..positions import PositionIndex, apply_edit


@dataclass
class Buffer:
    uri: str
    text: str
    language_id: str = ""
    version: int | None = None
    _index: PositionIndex | None = field(default=None, repr=False)

    def index(self, encoding: str) -> PositionIndex:
        """The position index of the current text (made once per text and encoding)."""
        if self._index is None or self._index.text is not self.text or self._index.encoding != encoding:
            self._index = PositionIndex(self.text, encoding)
        return self._index


class Buffers:
    """uri -> Buffer, for the documents the editor has open."""

    def __init__(self) -> None:
        self._open: dict[str, Buffer] = {}

    def open(self, uri: str, text: str, language_id: str = "", version: int | None = None) -> Buffer:
        buffer = self._open[uri] = Buffer(uri, text, language_id or "", version)
        return buffer

    def change(self, uri: str, changes: list[Any], version: int | None, encoding: str) -> Buffer | None:
        """Apply the editor's content changes in order: each a whole new text, or a range replaced."""
        buffer = self._open.get(uri)
        if buffer is None:
            return None
        text = buffer.text
        for change in changes:
            edit = getattr(change, "range", None)
            if edit is None:
                text = change.text
            else:
                start = (edit.start.line, edit.start.character)
                end = (edit.end.line, edit.end.character)
                text = apply_edit(text, start, end, change.text, encoding)
        buffer.text = text
        buffer.version = version
        return buffer

    def close(self, uri: str) -> None:
        self._open.pop(uri, None)

    def get(self, uri: str) -> Buffer | None:
        return self._open.get(uri)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(list(self._open.values()))
