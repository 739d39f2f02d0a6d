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

from .config import ConfigFinder, Settings
from .document import Document, DocumentError, decode, load_file, load_text

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
    paths: list[str], finder: ConfigFinder, flags: dict[str, object], *, stdin_filename: str | None = None
) -> tuple[list[Job], list[str]]:
    """The files to check, each with its settings (nearest config, then flags), and path errors."""
    jobs: list[Job] = []
    errors: list[str] = []
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            settings = finder.for_path(Path(name) if stdin_filename else Path.cwd()).with_flags(**flags)
            data = sys.stdin.buffer.read()
            text, warnings = decode(data, name)
            jobs.append(Job(name, settings, text, tuple(warnings)))
            continue
        path = Path(raw)
        if path.is_dir():
            flagged: dict[int, Settings] = {}  # the flags applied once per config, not per file

            def listing_error(error: OSError) -> None:
                errors.append(f"{error.filename}: cannot be listed ({error.strerror})")

            found: list[tuple[str, Settings]] = []
            for root, dirs, names in os.walk(path, onerror=listing_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                base = finder.for_path(Path(root))
                settings = flagged.get(id(base))
                if settings is None:
                    settings = flagged[id(base)] = base.with_flags(**flags)
                for name in names:
                    if Path(name).suffix.lower() in settings.extensions and not name.startswith("."):
                        found.append((os.path.join(root, name), settings))
            for file, settings in sorted(found, key=lambda pair: pair[0]):
                if not settings.excluded(Path(file)):
                    jobs.append(Job(file, settings))
        elif path.exists() or path.is_symlink():
            settings = finder.for_path(path).with_flags(**flags)
            if not settings.excluded(path):
                jobs.append(Job(raw, settings))
        else:
            errors.append(f"{raw}: no such file or directory")
    return jobs, errors


def load_job(job: Job, published: date | None) -> Document:
    """The document of one job, read with its settings; raises DocumentError for a file that cannot be read."""
    settings = job.settings
    if job.stdin_text is not None:
        return load_text(
            job.stdin_text, job.path, published=published, keys=settings.publication_date_keys,
            date_order=settings.date_order, warnings=list(job.stdin_warnings),
        )
    return load_file(job.path, published=published, keys=settings.publication_date_keys, date_order=settings.date_order)


def run_job(job: Job, published: date | None) -> Outcome:
    """Read and check one file; a file that cannot be read becomes an error, never an exception."""
    from .engine import check_document  # here: `extract` and `timeline` plan and load without the rules

    settings = job.settings
    try:
        document = load_job(job, published)
    except DocumentError as error:
        return Outcome(None, str(error))
    rules = _rules(settings.select or (), settings.ignores_for(Path(job.path) if job.path != "-" else None))
    try:
        result = check_document(
            document, rules, country=settings.holiday_country, date_order=settings.date_order,
            severities=settings.severities(), options=settings.options(),
        )
    except Exception as error:  # a bug must not cost the report on every other file of the run
        return Outcome(None, internal_error(job.path, error))
    return Outcome(result, None, list(document.warnings))


@lru_cache(maxsize=256)
def _rules(select: tuple[str, ...], ignores: tuple[str, ...]) -> list[type[Rule]]:
    """The rules for one selection, worked out once for all the files that share it."""
    from .rules import select_rules

    return select_rules(list(select) or None, list(ignores))


def internal_error(path: str, error: Exception) -> str:
    """The one-line report of a bug met on one file, for a run that goes on with the others."""
    return (f"{path}: internal error while reading its dates ({type(error).__name__}: {error}); "
            "the other files were checked; please report this file")
