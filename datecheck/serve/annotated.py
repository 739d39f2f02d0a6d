"""LanguageTool's annotated text: the `data` field of /v2/check.

    {"annotation": [{"text": "The vote on "}, {"markup": "<b>"}, {"text": "Tuesday"},
                    {"markup": "</b>"}, {"markup": "<p>", "interpretAs": "\\n\\n"}]}

The document is every part's text or markup, in order; the text checked is every part's text or
`interpretAs` (default: nothing). A match found in the text checked is reported at its place in the
document: an offset inside a text part moves with it, one inside what a markup part is read as goes
to that markup's start (a match's start) or end (its end).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

_MAX_PARTS = 1_000_000


class AnnotationError(ValueError):
    """`data` that is not LanguageTool's annotated text; the message says why."""


@dataclass
class Annotated:
    """The document and the text checked, with where each part starts in both."""

    document: str
    checked: str
    checked_starts: list[int] = field(default_factory=list)
    document_starts: list[int] = field(default_factory=list)
    is_text: list[bool] = field(default_factory=list)
    document_lengths: list[int] = field(default_factory=list)

    def to_document(self, offset: int, *, end: bool = False) -> int:
        """The document offset of an offset into the text checked."""
        if not self.checked_starts:
            return offset
        if end:  # the last part that starts before the end (an end at a part's start ends the one before)
            part = max(0, bisect_left(self.checked_starts, offset) - 1)
        else:  # the last part that starts at or before it
            part = max(0, bisect_right(self.checked_starts, offset) - 1)
        if self.is_text[part]:
            return self.document_starts[part] + min(offset - self.checked_starts[part], self.document_lengths[part])
        return self.document_starts[part] + (self.document_lengths[part] if end else 0)


def plain(text: str) -> Annotated:
    """A text checked as it is."""
    return Annotated(text, text)


def parse_annotation(data: str) -> Annotated:
    """The annotated text in `data` (a JSON string). Raises AnnotationError."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise AnnotationError(f"\"data\" is not JSON ({error})") from None
    parts = value.get("annotation") if isinstance(value, dict) else None
    if not isinstance(parts, list):
        raise AnnotationError("\"data\" must be a JSON object with an \"annotation\" list")
    if len(parts) > _MAX_PARTS:
        raise AnnotationError(f"\"data\" has more than {_MAX_PARTS:,} parts")
    document: list[str] = []
    checked: list[str] = []
    result = Annotated("", "")
    at_document = at_checked = 0
    for number, part in enumerate(parts):
        shown, read, is_text = _part(part, number)
        result.checked_starts.append(at_checked)
        result.document_starts.append(at_document)
        result.is_text.append(is_text)
        result.document_lengths.append(len(shown))
        document.append(shown)
        checked.append(read)
        at_document += len(shown)
        at_checked += len(read)
    result.document, result.checked = "".join(document), "".join(checked)
    return result


def _part(part: object, number: int) -> tuple[str, str, bool]:
    """(what the part shows in the document, what is checked of it, whether it is text)."""
    if not isinstance(part, dict):
        raise AnnotationError(f"annotation part {number} is not an object")
    text, markup, read_as = part.get("text"), part.get("markup"), part.get("interpretAs")
    if (text is None) == (markup is None):
        raise AnnotationError(f"annotation part {number} needs exactly one of \"text\" and \"markup\"")
    if text is not None:
        if not isinstance(text, str) or read_as is not None:
            raise AnnotationError(f"annotation part {number}: \"text\" must be a string, without \"interpretAs\"")
        return text, text, True
    if not isinstance(markup, str) or not isinstance(read_as if read_as is not None else "", str):
        raise AnnotationError(f"annotation part {number}: \"markup\" and \"interpretAs\" must be strings")
    return markup, read_as or "", False
