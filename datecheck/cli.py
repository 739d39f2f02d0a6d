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


def load_document(path: str, published: date | None, date_order: str = "MDY") -> Document:
    if path == "-":
        text, warnings = decode(sys.stdin.buffer.read(), "<stdin>")
        return load_text(text, "-", format="text", published=published, warnings=warnings, date_order=date_order)
    return load_file(path, published=published, date_order=date_order)


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
            document = load_document(path, day)
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


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"


def split_codes(values: list[str] | None) -> list[str]:
    """"DC101,DC2" and repeated options alike -> ["DC101", "DC2"]."""
    codes: list[str] = []
    for value in values or []:
        codes.extend(part.strip() for part in value.split(",") if part.strip())
    return codes


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.")],
    published: Annotated[
        Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD or e.g. '24 December 2024').")
    ] = None,
    select: Annotated[
        Optional[list[str]], typer.Option("--select", help="Rules to run: codes, prefixes (DC2) or names, comma-separated.")
    ] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Rules to skip, as for --select.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for programs.")] = OutputFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding of this severity or above is reported.")
    ] = FailOn.warning,
    country: Annotated[str, typer.Option("--country", help="Country whose holidays are checked (ISO code).")] = "US",
    date_order: Annotated[DateOrder, typer.Option("--date-order", help="How to read 03/04/2024.")] = DateOrder.MDY,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (text format).")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
) -> None:
    """Check the dates: weekdays, impossible days, holidays, stale years, relative words, ages and more.

    Exit status: 0 nothing at or above --fail-on, 1 something was found, 2 a usage or input error.
    """
    from .engine import check_document
    from .model import Severity
    from .rules import UnknownRule, select_rules

    day = parse_published(published)
    try:
        rules = select_rules(split_codes(select), split_codes(ignore))
    except UnknownRule as error:
        raise fail(str(error)) from None
    files, errors = iter_paths(paths)
    for error in errors:
        print(f"datecheck: {error}", file=sys.stderr)
    results = []
    for path in files:
        try:
            document = load_document(path, day, date_order.value)
        except DocumentError as error:
            print(f"datecheck: {error}", file=sys.stderr)
            errors.append(str(error))
            continue
        for warning in document.warnings:
            print(f"datecheck: warning: {warning}", file=sys.stderr)
        try:
            results.append(check_document(document, rules, country=country.upper(), date_order=date_order.value))
        except KeyError as error:
            raise fail(f"--country: unknown country code {error}") from None
    if output_format is OutputFormat.json:
        from .report.check_json import render_json

        sys.stdout.write(render_json(results, errors))
    else:
        from .report.check_text import render_text

        render_text(results, len(errors), no_color=no_color, quiet=quiet)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    threshold = Severity(fail_on.value).rank
    if any(f.severity.rank >= threshold for result in results for f in result.findings):
        raise typer.Exit(EXIT_FOUND)


@app.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, default severity, and whether it runs by default."""
    from .rules import RULES

    for rule in RULES:
        state = "" if rule.default_enabled else "  (off unless selected)"
        print(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary()}{state}")


@app.command(name="rule")
def show_rule(code: Annotated[str, typer.Argument(help="A rule code (DC201) or name (stale-year).")]) -> None:
    """Print a rule's documentation."""
    from .rules import find_rule

    rule = find_rule(code)
    if rule is None:
        raise fail(f"unknown rule: {code!r} (see `datecheck rules`)")
    print(f"{rule.code} {rule.name} (default severity: {rule.severity.value}"
          f"{'' if rule.default_enabled else '; off unless selected'})\n")
    print(rule.documentation())


def main() -> None:  # pragma: no cover - the console script
    app()
