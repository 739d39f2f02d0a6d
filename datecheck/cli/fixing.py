"""`check --fix` and `check --diff`: each checked file's clear fixes made (datecheck/edits.py), then
written back in place, shown as a diff, or (for standard input) written to standard output.

A file is written whole or not at all: the new bytes go to a temporary file in the same folder,
which then replaces the file (`os.replace`), with the file's mode, line endings and encoding (its
byte order mark too) kept. A file that is read-only, has vanished, or changed while it was being
checked is one line on standard error (exit 2); the other files go on. A Word document (.docx) is
fixed inside its runs (document/docx_edit.py): an edit within one run's text keeps the run's
formatting; one whose span crosses runs is not made, and is one line on standard error. Its --diff
is of its paragraphs' text.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import N_
from ..runner import Job, Outcome


class FixError(Exception):
    """A file whose fixes cannot be written; the message names it and says why, in one line."""


@dataclass
class FixRun:
    """One run's fixing: how (diff or write, unsafe fixes too), and the counts the summary gives."""

    diff: bool
    unsafe: bool
    published: object = None
    wanted: object = None  # Callable[[str, Finding], bool]: the findings the report would show (--changed-since)
    fixed: int = 0
    files: int = 0
    stdin_texts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # files that could not be written (exit 2)

    def outcomes(self, planned: list[Job], outcomes):  # type: ignore[no-untyped-def]
        """Each outcome in order, its file fixed (or its diff printed): the outcome of what remains."""
        try:
            for job, outcome in zip(planned, outcomes):
                yield self.process(job, outcome)
        finally:
            outcomes.close()

    def process(self, job: Job, outcome: Outcome) -> Outcome:
        from ..edits import fix_of

        if outcome.result is None:
            return outcome
        findings = self._wanted(job.path, outcome.result.findings)
        if not any(fix_of(f, self.unsafe) for f in findings):
            if job.stdin_text is not None and not self.diff:
                self.stdin_texts.append(job.stdin_text)
            return outcome
        try:
            return self._fix(job, outcome)
        except FixError as error:  # said at once; the file's findings are still reported, as they are
            from . import say

            say(str(error))
            self.errors.append(str(error))
            return outcome

    def wanted_of(self, result) -> list:  # type: ignore[no-untyped-def,type-arg]
        """The findings of a result that the report would show (all but those --changed-since leaves out)."""
        return self._wanted(result.document.path, result.findings)

    def _wanted(self, path: str, findings: list) -> list:  # type: ignore[type-arg]
        return findings if self.wanted is None else [f for f in findings if self.wanted(path, f)]  # type: ignore[operator]

    def _fix(self, job: Job, outcome: Outcome) -> Outcome:
        from ..edits import fix_text
        from . import say

        text = outcome.result.document.text  # type: ignore[union-attr]
        word = job.stdin_text is None and is_word(job.path)
        original = None if job.stdin_text is not None or word else FileText.read(job, text)
        draft = WordFile.read(job, text) if word else None
        first = _with_prose(job, outcome.result, self.published)  # what the guard reads
        fixed = fix_text(text, self._wanted(job.path, first.findings), self._checker(job), unsafe=self.unsafe,
                         guard=editable if draft is None else draft.guard, result=first,
                         on_pass=None if draft is None else draft.apply)
        for line in draft.draft.refused if draft is not None else ():
            say(f"{job.path}: {line}")
        count = len(fixed.applied)
        if self.diff:
            self._print_diff(job.path, text, fixed.text, original, word)
        elif job.stdin_text is not None:
            self.stdin_texts.append(fixed.text)
        elif count:
            (draft or original).write(fixed.text)  # type: ignore[union-attr]
        if count:
            self.fixed, self.files = self.fixed + count, self.files + 1
            verb = "would fix" if self.diff else "fixed"
            say(f"{verb} {count} finding{'s' if count != 1 else ''} in {job.path}")
        return Outcome(fixed.result, None, outcome.warnings)  # type: ignore[arg-type]

    @staticmethod
    def _print_diff(path: str, before: str, after: str, original: "FileText | None", word: bool) -> None:
        """The diff on standard output; a UTF-8 mark stays on the first line (so `patch` finds it)."""
        from ..report.check_diff import unified_diff

        mark = "\ufeff" if original is not None and original.mark and original.encoding == "utf-8" else ""
        if word and before != after:
            from . import say

            say(f"{path}: the diff is of its paragraphs' text; --fix makes these changes inside the document's "
                "runs, keeping their formatting")
        write_out(unified_diff(path, mark + before, mark + after))

    def _checker(self, job: Job):  # type: ignore[no-untyped-def]
        def check(text: str):  # type: ignore[no-untyped-def]
            result = recheck(job, text, self.published)
            return self._wanted(job.path, result.findings), result

        return check

    def summary(self) -> list[tuple[str, dict[str, object]]]:
        """What was fixed, for the end of the report ("; 3 fixed in 2 files"): message templates and
        their fields, said in the report's language."""
        if not self.fixed and not self.errors:
            return []
        one = self.files == 1
        if self.diff:
            done = N_("; {n} would be fixed in {files} file") if one else N_("; {n} would be fixed in {files} files")
        else:
            done = N_("; {n} fixed in {files} file") if one else N_("; {n} fixed in {files} files")
        notes: list[tuple[str, dict[str, object]]] = [(done, {"n": self.fixed, "files": self.files})]
        if self.errors:
            notes.append((N_("; {n} could not be fixed"), {"n": len(self.errors)}))
        return notes


def _with_prose(job: Job, result, published):  # type: ignore[no-untyped-def]
    """`result` with its document read again whole (a worker sends it back without its prose)."""
    if result.document.prose:
        return result
    from ..document import DocumentError
    from ..engine import CheckResult
    from ..runner import load_job

    try:
        document = load_job(Job(job.path, job.settings, result.document.text), published)
    except DocumentError as error:
        raise FixError(str(error)) from None
    return CheckResult(document, [], result.findings, result.messages)


def write_out(text: str) -> None:
    """`text` on standard output as UTF-8 bytes, whatever the output's encoding: a diff or a fixed
    text must reach `patch` or a file as the text is, never with characters escaped or lines translated."""
    if not text:
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream without bytes (a test's capture)
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8", "surrogateescape"))
        buffer.flush()


def recheck(job: Job, text: str, published):  # type: ignore[no-untyped-def]
    """The whole check result of `text` read as the file `job` names (its format, its settings)."""
    from ..runner import run_job

    outcome = run_job(Job(job.path, job.settings, text), published)
    if outcome.result is None:
        raise FixError(outcome.error or f"{job.path}: the fixed text could not be checked; not fixed")
    return outcome.result


def editable(result):  # type: ignore[no-untyped-def]
    """Where a result's text may be edited: only prose as written (no markup, entity, front matter
    or code inside the edit, since masking blanks those), and in HTML only with text that needs no escaping."""
    document = result.document
    text, prose, html = document.text, document.prose, document.format == "html"

    def allowed(start: int, end: int, replacement: str) -> bool:
        if text[start:end] != prose[start:end]:
            return False
        return not (html and any(c in replacement for c in "<>&"))

    return allowed


def is_word(path: str) -> bool:
    from ..document.docx import DOCX_EXTENSIONS

    return Path(path).suffix.lower() in DOCX_EXTENSIONS


@dataclass
class FileText:
    """A file as read for fixing: its bytes, its byte order mark and encoding, its mode."""

    path: str
    data: bytes
    mark: bytes
    encoding: str

    @classmethod
    def read(cls, job: Job, text: str) -> "FileText":
        """The file as it is now; FixError when it is gone or no longer holds `text` (the text checked)."""
        from ..document import DocumentError, decode, read_bytes

        try:
            data = read_bytes(job.path, job.settings.max_bytes)
            decoded, _ = decode(data, job.path)
        except DocumentError as error:
            raise FixError(f"{error}; not fixed") from None
        if decoded != text:
            raise FixError(f"{job.path}: changed while it was being checked; not fixed")
        mark, encoding = byte_order_mark(data)
        if mark + text.encode(encoding) != data:
            raise FixError(f"{job.path}: not valid {encoding.upper()}, so it cannot be written back as it was read; "
                           "not fixed")
        return cls(job.path, data, mark, encoding)

    def write(self, text: str) -> None:
        """Write `text` in place of the file's, atomically, with the file's encoding, mark and mode."""
        write_atomically(self.path, self.mark + text.encode(self.encoding), self.data)


@dataclass
class WordFile:
    """A Word draft as read for fixing: its bytes, and the document its edits are made in (docx_edit.py)."""

    path: str
    data: bytes
    draft: object  # document.docx_edit.WordDraft

    @classmethod
    def read(cls, job: Job, text: str) -> "WordFile":
        """The draft as it is now; FixError when it is gone, unreadable, or no longer holds `text`."""
        from ..document import DocumentError, read_bytes
        from ..document.docx import WordError
        from ..document.docx_edit import WordDraft

        try:
            data = read_bytes(job.path, job.settings.max_bytes)
            draft = WordDraft.read(data, job.settings.max_bytes)
        except DocumentError as error:
            raise FixError(f"{error}; not fixed") from None
        except WordError as error:
            raise FixError(f"{job.path}: {error}; not fixed") from None
        except ImportError:
            raise FixError(f"{job.path}: fixing Word documents needs the docx extra: "
                           "pip install 'datecheck[docx]'") from None
        if draft.text != text:
            raise FixError(f"{job.path}: changed while it was being checked; not fixed")
        return cls(job.path, data, draft)

    def guard(self, result):  # type: ignore[no-untyped-def]
        """Where the text may be edited: prose as written (`editable`), inside one run of the document."""
        prose = editable(result)
        return lambda start, end, new: prose(start, end, new) and self.draft.allows(start, end, new)  # type: ignore[attr-defined]

    def apply(self, edits) -> None:  # type: ignore[no-untyped-def]
        from ..document.docx import WordError

        try:
            self.draft.apply(edits)  # type: ignore[attr-defined]
        except WordError as error:
            raise FixError(f"{self.path}: {error}; not fixed") from None

    def write(self, text: str) -> None:
        """The fixed document in place of the file, atomically (the file's mode and owner kept)."""
        if self.draft.text != text:  # type: ignore[attr-defined]
            raise FixError(f"{self.path}: the document's text does not match the fixed text; not fixed")
        write_atomically(self.path, self.draft.to_bytes(), self.data)  # type: ignore[attr-defined]


def byte_order_mark(data: bytes) -> tuple[bytes, str]:
    """The mark a file's bytes begin with and the encoding it names (none: UTF-8)."""
    from ..document.reading import _BOMS

    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return mark, encoding
    return b"", "utf-8"


def write_atomically(path: str, data: bytes, expected: bytes) -> None:
    """`data` in place of the file at `path` (a link's target, not the link), all or nothing
    (atomic.py): FixError when it is read-only, gone, its folder cannot be written, or it no longer
    holds `expected`."""
    from ..atomic import replace_file

    real = os.path.realpath(path)
    try:
        status = os.stat(real)
        if not os.access(real, os.W_OK) or not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise FixError(f"{path}: read-only; not fixed")
        with open(real, "rb") as handle:
            if handle.read(len(expected) + 1) != expected:
                raise FixError(f"{path}: changed while it was being fixed; not fixed")
        replace_file(real, data, status)
    except FileNotFoundError:
        raise FixError(f"{path}: no such file (it vanished while being checked); not fixed") from None
    except OSError as error:
        raise FixError(f"{path}: cannot be written ({error.strerror or error}); not fixed") from None
