"""Many files: which to check with which settings, and checking one of them.

Checking many at once, in one process or several, is in pool.py.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

from .config import ConfigFinder, Settings, UnsearchableFolder
from .document import Document, DocumentError, decode, load_file, load_text
from .document.reading import read_bounded

if TYPE_CHECKING:
    from .engine import CheckResult
    from .rules import Rule


@dataclass(frozen=True)
class Job:
    """One file to check: the path shown, where to read it, and its settings."""

    path: str
    settings: Settings
    stdin_text: str | None = None  # the text, when it came from standard input
    stdin_warnings: tuple[str, ...] = ()


@dataclass
class Outcome:
    result: CheckResult | None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def plan(
    paths: list[str], finder: ConfigFinder, flags: dict[str, object], *, stdin_filename: str | None = None,
    notices: list[str] | None = None,
) -> tuple[list[Job], list[str]]:
    """The files to check, each with its settings (nearest config, then flags), and path errors:
    a path that cannot be read is reported and skipped, the others are still planned. `notices`
    gets a line for each kind of document found in a folder and skipped (a PDF, a .docx without
    the docx extra)."""
    jobs: list[Job] = []
    errors: list[str] = []
    skipped: dict[str, list[str]] = {}
    for raw in paths:
        try:
            if raw == "-":
                jobs.extend(_plan_stdin(finder, flags, stdin_filename, errors))
                continue
            path = Path(raw)
            if path.is_dir():
                jobs.extend(_plan_folder(path, finder, flags, errors, skipped))
            elif path.exists() or path.is_symlink():
                settings = finder.for_path(path).with_flags(**flags)
                if not settings.excluded(path):
                    jobs.append(Job(raw, settings))
            else:
                errors.append(f"{raw}: no such file or directory")
        except UnsearchableFolder as error:
            errors.append(str(error))
        except OSError as error:  # a path that cannot even be looked at (a folder above it not searchable)
            errors.append(f"{raw}: cannot be read ({error.strerror or error})")
    if notices is not None:
        notices.extend(_skipped_notice(kind, files) for kind, files in skipped.items())
    return jobs, errors


def _skipped_notice(kind: str, files: list[str]) -> str:
    """One line for the documents of one kind a folder held and that were not read."""
    from .document.docx import unsupported_message

    count = f"{files[0]}" if len(files) == 1 else f"{files[0]} and {len(files) - 1} more"
    if kind == "docx":
        return f"{count}: not checked: reading Word documents needs the docx extra: pip install 'datecheck[docx]'"
    return f"{count}: not checked: {unsupported_message(kind)}"


@lru_cache(maxsize=1)
def word_readable() -> bool:
    """True when the docx extra (python-docx) is installed: a folder's .docx files are then read."""
    from importlib.util import find_spec

    return find_spec("docx") is not None


def _document_kind(name: str, settings: Settings) -> str | None:
    """How a file found in a folder is taken: "text" (checked), "docx" (a Word draft, checked when the
    extra is there), a kind datecheck cannot read (PDF ...), or None (not a document: left alone).
    With `extensions` set in a config, only those are taken and nothing is said of the others."""
    suffix = Path(name).suffix.lower()
    if suffix in settings.extensions:
        return "text"
    if settings.source("extensions") != "default" or name.startswith("~$"):  # ~$: Word's lock file
        return None
    from .document.docx import DOCX_EXTENSIONS, UNSUPPORTED_EXTENSIONS

    if suffix in DOCX_EXTENSIONS:
        return "text" if word_readable() else "docx"
    return UNSUPPORTED_EXTENSIONS.get(suffix)


def _plan_stdin(finder: ConfigFinder, flags: dict[str, object], stdin_filename: str | None, errors: list[str]) -> list[Job]:
    """The job of the text on standard input, read here (bounded) and decoded; none when it cannot be."""
    name = stdin_filename or "-"
    settings = finder.for_path(Path(name) if stdin_filename else Path.cwd()).with_flags(**flags)
    try:
        if sys.stdin is None:
            raise DocumentError(f"{name}: there is no standard input to read")
        text, warnings = decode(read_bounded(sys.stdin.buffer, name, settings.max_bytes), name)
    except DocumentError as error:
        errors.append(str(error))
        return []
    except OSError as error:
        errors.append(f"{name}: standard input cannot be read ({error.strerror or error})")
        return []
    return [Job(name, settings, text, tuple(warnings))]


def _plan_folder(path: Path, finder: ConfigFinder, flags: dict[str, object], errors: list[str],
                 skipped: dict[str, list[str]]) -> list[Job]:
    """The files under a folder with a checked extension, sorted; hidden folders skipped. A folder
    that cannot be listed or searched is reported, the rest still walked."""
    flagged: dict[int, Settings] = {}  # the flags applied once per config, not per file

    def listing_error(error: OSError) -> None:
        errors.append(f"{error.filename}: cannot be listed ({error.strerror})")

    found: list[tuple[str, Settings]] = []
    for root, dirs, names in os.walk(path, onerror=listing_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        try:
            base = finder.for_path(Path(root))
        except UnsearchableFolder as error:
            errors.append(str(error))
            dirs[:] = []
            continue
        settings = flagged.get(id(base))
        if settings is None:
            settings = flagged[id(base)] = base.with_flags(**flags)
        for name in sorted(names):
            kind = None if name.startswith(".") else _document_kind(name, settings)
            if kind == "text":
                found.append((os.path.join(root, name), settings))
            elif kind is not None:
                skipped.setdefault(kind, []).append(os.path.join(root, name))
    return [Job(file, settings) for file, settings in sorted(found, key=lambda pair: pair[0])
            if not settings.excluded(Path(file))]


def load_job(job: Job, published: date | None) -> Document:
    """The document of one job, read with its settings. Raises DocumentError for a file that cannot
    be read, and for a bug met while reading it (its message then says "internal error"): nothing
    else escapes, so one file never costs the report on the others."""
    settings = job.settings
    try:
        if job.stdin_text is not None:
            return load_text(
                job.stdin_text, job.path, published=published, keys=settings.publication_date_keys,
                date_order=settings.date_order, warnings=list(job.stdin_warnings),
            )
        return load_file(job.path, published=published, keys=settings.publication_date_keys,
                         date_order=settings.date_order, max_bytes=settings.max_bytes)
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - the per-file guard: a bug here is this file's error
        raise DocumentError(internal_error(job.path, error)) from error


def run_job(job: Job, published: date | None) -> Outcome:
    """Read and check one file; whatever goes wrong (an unreadable file, a bug in reading its date
    line or in a rule) becomes this file's error, never an exception."""
    from .engine import check_document  # here: `extract` and `timeline` plan and load without the rules

    settings = job.settings
    try:
        document = load_job(job, published)
    except DocumentError as error:
        return Outcome(None, str(error))
    try:
        rules = _rules(settings.select or (), settings.ignores_for(Path(job.path) if job.path != "-" else None))
        result = check_document(
            document, rules, severities=settings.severities(), options=settings.options(), lang=settings.language,
            messages=settings.messages,
            # a setting left at its default follows the language (day first, the Spanish calendar …)
            country=None if settings.source("holiday-country") == "default" and settings.language != "en"
            else settings.holiday_country,
            date_order=None if settings.source("date-order") == "default" and settings.language != "en"
            else settings.date_order,
        )
    except Exception as error:  # noqa: BLE001 - a bug must not cost the report on every other file
        return Outcome(None, internal_error(job.path, error))
    return Outcome(result, None, list(document.warnings))


def check_options(settings: Settings) -> dict[str, object]:
    """The keywords `engine.check_document` takes from the settings (as `run_job` passes them): a
    country or date order left at its default follows the language."""
    follows = settings.language != "en"
    return {
        "severities": settings.severities(), "options": settings.options(), "lang": settings.language,
        "messages": settings.messages,
        "country": None if settings.source("holiday-country") == "default" and follows else settings.holiday_country,
        "date_order": None if settings.source("date-order") == "default" and follows else settings.date_order,
    }


@lru_cache(maxsize=256)
def _rules(select: tuple[str, ...], ignores: tuple[str, ...]) -> list[type[Rule]]:
    """The rules for one selection, worked out once for all the files that share it."""
    from .rules import select_rules

    return select_rules(list(select) or None, list(ignores))


def internal_error(path: str, error: BaseException) -> str:
    """The one-line report of a bug met on one file, for a run that goes on with the others."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    detail = detail if len(detail) <= 160 else detail[:157] + "..."
    return f"{path}: internal error ({type(error).__name__}{': ' + detail if detail else ''}); please report this file"
