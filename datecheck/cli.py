"""The command line: the only module that reads argv, the environment, stdin and files."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .document import DEFAULT_EXTENSIONS, Document, DocumentError, decode, load_file, load_text

app = typer.Typer(
    name="datecheck",
    help="Find, resolve and check the dates in news copy.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"datecheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Find, resolve and check the dates in news copy."""


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    print(f"datecheck: {message}", file=sys.stderr)
    return typer.Exit(EXIT_ERROR)


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    from .dateparser_adapter import parse_date

    day = parse_date(value)
    if day is None:
        raise fail(f"--published: not a date: {value!r} (use YYYY-MM-DD or a written date like '24 December 2024')")
    return day


def iter_paths(paths: list[str], extensions: frozenset[str] = DEFAULT_EXTENSIONS) -> tuple[list[str], list[str]]:
    """Expand directories (recursively, by extension, hidden folders skipped) into files, in order.

    Returns the files and the one-line errors for paths that do not exist.
    """
    files: list[str] = []
    errors: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path, onerror=lambda e: errors.append(f"{e.filename}: cannot be listed ({e.strerror})")):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in names:
                    if Path(name).suffix.lower() in extensions and not name.startswith("."):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found))
        elif path.exists() or path.is_symlink():
            files.append(raw)
        else:
            errors.append(f"{raw}: no such file or directory")
    return files, errors


def read_document(path: str, published: date | None) -> Document:
    if path == "-":
        text, warnings = decode(sys.stdin.buffer.read(), "<stdin>")
        return load_text(text, "-", format="text", published=published, warnings=warnings)
    return load_file(path, published=published)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.")],
    published: Annotated[
        Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD or e.g. '24 December 2024').")
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for programs.")] = OutputFormat.text,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
) -> None:
    """List every date expression with its resolved value: the article's timeline."""
    from .extract import extract as extract_mentions

    day = parse_published(published)
    files, errors = iter_paths(paths)
    for error in errors:
        print(f"datecheck: {error}", file=sys.stderr)
    results = []
    for path in files:
        try:
            document = read_document(path, day)
        except DocumentError as error:
            print(f"datecheck: {error}", file=sys.stderr)
            errors.append(str(error))
            continue
        for warning in document.warnings:
            print(f"datecheck: warning: {warning}", file=sys.stderr)
        anchor = document.published.date if document.published else None
        mentions = extract_mentions(document.prose, anchor)
        for mention in mentions:
            mention.text = document.text[mention.start:mention.end]
        results.append((document, mentions))
    if output_format is OutputFormat.json:
        from .report.extract_json import render_json

        sys.stdout.write(render_json(results))
    else:
        from .report.extract_text import render_text

        render_text(results, no_color=no_color)
    if errors:
        raise typer.Exit(EXIT_ERROR)


def main() -> None:  # pragma: no cover - the console script
    app()
