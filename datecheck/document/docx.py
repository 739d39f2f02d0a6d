"""Word drafts (.docx): their paragraphs, in order, as text (needs the `docx` extra: python-docx).

The text of a Word document is its body's paragraphs in reading order, tables' cells included (a
cell merged across several columns once), each paragraph's text as Word shows it (a line break
inside a paragraph stays a line break, a tab a tab), paragraphs separated by a blank line. So
paragraph N is line 2N - 1 of the text, and a finding's column is its character in that paragraph.

Only the bytes given are read: nothing is fetched, no external entity is resolved (python-docx
parses with entities off), and an archive whose parts would unpack to more than a few times the
size allowed is refused before anything is unpacked (a small file that unpacks to gigabytes).

python-docx is imported when a Word document is read, never when the package is.
"""

from __future__ import annotations

import io
from pathlib import Path

#: An archive may unpack to this many times the size allowed for a document, and no more.
UNPACKED_FACTOR = 4
#: What the first bytes of a file say it is, for files that cannot be read as text.
_SIGNATURES = {b"%PDF-": "PDF", b"\xd0\xcf\x11\xe0": "Word 97-2003 (.doc)"}
#: The extensions read by this module, and those named as not supported.
DOCX_EXTENSIONS = frozenset({".docx"})
UNSUPPORTED_EXTENSIONS = {".pdf": "PDF", ".doc": "Word 97-2003 (.doc)", ".odt": "OpenDocument (.odt)",
                          ".rtf": "RTF"}


class WordError(ValueError):
    """A Word document that cannot be read; the message says why, in one line, without the name."""


def unsupported_kind(name: str, data: bytes = b"") -> str | None:
    """The kind of document `name` (or its first bytes) is, when datecheck cannot read that kind."""
    lowered = name.lower()
    for extension, kind in UNSUPPORTED_EXTENSIONS.items():
        if lowered.endswith(extension):
            return kind
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return None


def unsupported_message(kind: str) -> str:
    return f"{kind} is not supported: save it as text or as a Word document (.docx)"


def binary_text(data: bytes, name: str, max_bytes: int) -> str | None:
    """The text of the Word document `name`; None for a file to be decoded as text. Raises
    DocumentError, naming the file, for a kind datecheck cannot read or a damaged document."""
    from . import DocumentError

    kind = unsupported_kind(name, data)
    if kind is not None:
        raise DocumentError(f"{name}: {unsupported_message(kind)}")
    if Path(name).suffix.lower() not in DOCX_EXTENSIONS:
        return None
    try:
        return docx_text(data, max_bytes)
    except WordError as error:
        raise DocumentError(f"{name}: {error}") from None
    except ImportError:
        raise DocumentError(f"{name}: reading Word documents needs the docx extra: "
                            "pip install 'datecheck[docx]'") from None


def docx_text(data: bytes, max_bytes: int) -> str:
    """The text of a .docx file's bytes. Raises WordError when they are not one that can be read,
    and ImportError (naming python-docx's module, `docx`) when the extra is not installed."""
    _check_archive(data, max_bytes)
    import docx  # the extra; only here

    try:
        document = docx.Document(io.BytesIO(data))
        return "\n\n".join(_paragraph_texts(document))
    except WordError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
        raise WordError(f"not a Word document that can be read ({type(error).__name__}: {error})") from None


def _check_archive(data: bytes, max_bytes: int) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise WordError("not a Word document (.docx files are zip archives; this is not one)") from None
    if unpacked > UNPACKED_FACTOR * max_bytes:
        raise WordError(f"unpacks to {unpacked:,} bytes, more than {UNPACKED_FACTOR} times the "
                        f"{max_bytes:,} allowed; not read")


def _paragraph_texts(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [paragraph.text for paragraph in paragraphs(document)]


def paragraphs(document) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Every paragraph of the body in reading order, a table's cell as one (its `text`, its
    paragraphs joined by line breaks), with no recursion, so deeply nested tables cannot exhaust
    the stack."""
    from docx.table import Table

    found = []
    pending = [iter(document.iter_inner_content())]
    while pending:
        item = next(pending[-1], None)
        if item is None:
            pending.pop()
        elif isinstance(item, Table):
            pending.append(iter(_cells(item)))
        elif hasattr(item, "iter_inner_content") and not hasattr(item, "text"):  # a cell
            pending.append(iter(item.iter_inner_content()))
        else:
            found.append(item)
    return found


def _cells(table) -> list:  # type: ignore[no-untyped-def]
    """A table's cells row by row, a merged cell once."""
    seen: set[int] = set()
    cells = []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
    return cells
