"""Fixing a Word draft (.docx) in place: `check --fix` edits made inside the runs of its paragraphs.

The text datecheck reads from a Word document (docx.py) is its paragraphs' text joined by blank
lines; each character of it comes from one piece of a run: a `w:t` element (text), or a tab, a line
break or a non-breaking hyphen. An edit is made in the document when the span it replaces lies
inside one `w:t` (an insertion: at its start, inside it or at its end): that element's text changes,
and the run keeps its formatting (bold, italics, a tracked style, a hyperlink around it). An edit
whose span crosses from one run (or piece) to another is refused: making it would merge text of
differing formatting, so it is left for the writer, and said as one line.

The document is kept in step with the text pass by pass (`apply` takes each pass's edits, in
positions of the text before that pass), and written back as python-docx saves it (the package's
other parts as they were). python-docx is imported when a Word draft is fixed, never before.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Sequence

from .docx import WordError, _check_archive, paragraphs

#: The children of a run that carry its text, as python-docx reads them (`CT_R.text`).
_TEXT_CHILDREN = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: How much of a refused edit's old and new text a notice quotes.
_QUOTED = 60


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters [start, end) of the text, from one `w:t` element (`element`) or from another piece
    of a run (a tab, a break: `element` None, never edited)."""

    start: int
    end: int
    element: Any = None


@dataclass
class WordDraft:
    """A Word document opened for fixing: the python-docx document and the text datecheck reads from it."""

    document: Any
    text: str
    refused: list[str] = field(default_factory=list)  # one line per edit left for the writer
    _pieces: list[Piece] | None = None
    _starts: list[int] = field(default_factory=list)  # each piece's start
    _paragraph_starts: list[int] = field(default_factory=list)

    @classmethod
    def read(cls, data: bytes, max_bytes: int) -> "WordDraft":
        """The draft in these bytes. Raises WordError for bytes that are no Word document that can be read."""
        _check_archive(data, max_bytes)
        import docx  # the extra; only here

        try:
            document = docx.Document(io.BytesIO(data))
            text = "\n\n".join(item.text for item in paragraphs(document))
        except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
            raise WordError(f"not a Word document that can be read ({type(error).__name__}: {error})") from None
        return cls(document, text)

    def allows(self, start: int, end: int, replacement: str) -> bool:
        """Whether the edit can be made inside one run's text; a refused one is noted in `refused`."""
        if "\n" in replacement or "\t" in replacement:
            return self._refuse(start, end, replacement, "its new text holds a line break or a tab")
        if self._piece(start, end) is None:
            return self._refuse(start, end, replacement, "its text spans runs of differing formatting")
        return True

    def apply(self, edits: Sequence[Any]) -> None:
        """Make one pass's edits (each with start, end, replacement in the current text, in order of
        position, none overlapping, each allowed) in the document and in `text`."""
        self._layout()  # once: edits made from the last back leave the places of those before them as they are
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            piece = self._piece(edit.start, edit.end)
            if piece is None:  # allowed when planned, so never; kept whole rather than half made
                raise WordError(f"an edit at character {edit.start} no longer lies inside one run")
            old = piece.element.text or ""
            at, to = edit.start - piece.start, edit.end - piece.start
            new = old[:at] + edit.replacement + old[to:]
            piece.element.text = new
            if new != new.strip(" "):
                piece.element.set(_XML_SPACE, "preserve")
            self.text = self.text[:edit.start] + edit.replacement + self.text[edit.end:]
        self._pieces = None
        if edits and self.text != "\n\n".join(item.text for item in paragraphs(self.document)):
            raise WordError("the document's text no longer matches the text fixed")

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def _piece(self, start: int, end: int) -> Piece | None:
        """The `w:t` piece that holds [start, end) (an insertion: the one it touches), if one does."""
        pieces = self._layout()
        at = bisect_right(self._starts, start) - 1
        for piece in pieces[max(0, at - 1):at + 2]:
            if piece.element is not None and piece.start <= start and end <= piece.end:
                return piece
        return None

    def _layout(self) -> list[Piece]:
        if self._pieces is None:
            self._pieces, self._paragraph_starts = _pieces(self.document)
            self._starts = [piece.start for piece in self._pieces]
        return self._pieces

    def _refuse(self, start: int, end: int, replacement: str, reason: str) -> bool:
        self._layout()
        number = bisect_right(self._paragraph_starts, start)
        old = self.text[start:end]
        line = (f"paragraph {number}: fix not applied: '{old[:_QUOTED]}' -> '{replacement[:_QUOTED]}': {reason}; "
                "make it in Word")
        if line not in self.refused:
            self.refused.append(line)
        return False


def _pieces(document: Any) -> tuple[list[Piece], list[int]]:
    """Every piece of the document's text in order, and where each paragraph starts (a table cell
    python-docx reads whole is one paragraph of the text: its own paragraphs joined by line breaks)."""
    pieces: list[Piece] = []
    starts: list[int] = []
    offset = 0
    for number, item in enumerate(paragraphs(document)):
        if number:
            offset += 2  # the blank line between paragraphs
        starts.append(offset)
        own: list[Piece] = []
        at = offset
        for index, paragraph in enumerate(item.paragraphs if hasattr(item, "paragraphs") else [item]):
            if index:
                own.append(Piece(at, at + 1))  # the line break between a cell's paragraphs
                at += 1
            for run in _runs(paragraph):
                for child in run._r.xpath(_TEXT_CHILDREN):
                    text = str(child)
                    own.append(Piece(at, at + len(text), child if child.tag.endswith("}t") else None))
                    at += len(text)
        if at - offset != len(item.text):  # read otherwise than python-docx reads it: not edited
            own = [Piece(offset, offset + len(item.text))]
        pieces.extend(own)
        offset += len(item.text)
    return pieces, starts


def _runs(paragraph: Any) -> list[Any]:
    """A paragraph's runs in order, those inside its hyperlinks included."""
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    runs: list[Any] = []
    for item in paragraph.iter_inner_content():
        runs.extend(item.runs if isinstance(item, Hyperlink) else [item] if isinstance(item, Run) else [])
    return runs
