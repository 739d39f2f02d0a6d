"""Checking one buffer: which kind of document it is, its settings, the engine's findings and
mentions, and why a buffer was not checked when it was not (never an exception)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from ..document import MAX_BYTES, detect_format, load_text
from ..engine import CheckResult, check_document
from ..model import PublicationDate
from ..positions import PositionIndex
from .buffers import Buffer
from .settings import EditorSettings, settings_for

log = logging.getLogger(__name__)

#: The editor's language identifier (as the LSP specification names them) -> the format datecheck reads.
LANGUAGE_FORMATS = dict(markdown="markdown", mdx="markdown", html="html", plaintext="text", text="text")
#: The source of a publication date given in the editor's settings.
EDITOR_SOURCE = "editor-settings"


@dataclass
class Analysis:
    """One buffer as checked: its text and position index, the engine's result, or the problem."""

    buffer: Buffer
    text: str
    index: PositionIndex
    editor: EditorSettings
    result: CheckResult | None = None
    problem: str | None = None  # why it could not be checked, in one line
    skipped: bool = False  # not a document datecheck reads, or excluded by the config
    warnings: list[str] = field(default_factory=list)

    @property
    def current(self) -> bool:
        """Whether the buffer still holds the text that was checked."""
        return self.buffer.text is self.text


def file_path(uri: str) -> Path | None:
    """The file of a file: URI; None for an unsaved buffer ("untitled:...") and other schemes."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(url2pathname(unquote(parsed.path)))


def document_format(language_id: str, path: Path | None, uri: str) -> str | None:
    """markdown, html or text, by the editor's language id, else by the file extension; None for a
    document of another kind (the server leaves it alone)."""
    by_language = LANGUAGE_FORMATS.get(language_id.lower())
    if by_language is not None:
        return by_language
    from ..document import DEFAULT_EXTENSIONS

    suffix = (path.suffix if path is not None else Path(urlparse(uri).path).suffix).lower()
    if suffix in DEFAULT_EXTENSIONS:
        return detect_format(f"x{suffix}")
    return None


def analyze(buffer: Buffer, encoding: str, editor: EditorSettings, root: Path | None = None) -> Analysis:
    """Check a buffer's current text with its settings."""
    text = buffer.text
    analysis = Analysis(buffer, text, buffer.index(encoding), editor)
    path = file_path(buffer.uri)
    format = document_format(buffer.language_id, path, buffer.uri)
    if format is None:
        analysis.skipped = True
        return analysis
    from ..config import ConfigError

    try:
        settings = settings_for(path, root, editor)
    except ConfigError as error:
        analysis.problem = f"not checked: {error}"
        return analysis
    if path is not None and settings.excluded(path):
        analysis.skipped = True
        return analysis
    if "\x00" in text[:8192] or len(text) > MAX_BYTES:
        analysis.problem = "not checked: " + ("binary data (NUL characters)" if "\x00" in text[:8192]
                                               else f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
        return analysis
    name = str(path) if path is not None else buffer.uri
    try:
        analysis.result = _check(text, name, format, settings, editor, path)
    except Exception as error:  # a bug must cost this buffer its diagnostics, not the server
        log.exception("datecheck failed on %s", buffer.uri)
        analysis.problem = f"not checked: internal error while reading its dates ({type(error).__name__}: {error})"
        return analysis
    analysis.warnings = list(analysis.result.document.warnings)
    return analysis


def _check(text: str, name: str, format: str, settings, editor: EditorSettings, path: Path | None) -> CheckResult:  # type: ignore[no-untyped-def]
    from ..rules import select_rules

    document = load_text(text, name, format=format, keys=settings.publication_date_keys,
                         date_order=settings.date_order)
    if document.published is None and editor.published is not None:
        document.published = PublicationDate(editor.published, EDITOR_SOURCE)
    rules = select_rules(list(settings.select or ()) or None, list(settings.ignores_for(path)))
    return check_document(
        document, rules, country=settings.holiday_country, date_order=settings.date_order,
        severities=settings.severities(), options=settings.options(), messages=settings.messages,
    )
