"""The command line: the only module that reads argv, the environment, stdin and files."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .document import DocumentError

app = typer.Typer(
    name="datecheck",
    help="Find, resolve and check the dates in news copy.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

# Options shared by check, extract and timeline.
PublishedOption = Annotated[
    Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD or e.g. '24 December 2024').")
]
StdinFilenameOption = Annotated[
    Optional[str], typer.Option("--stdin-filename", help="The path of the text read from stdin (format, config).")
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="Never colour the output.")]


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"


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


def plan_or_exit(paths: list[str], stdin_filename: str | None, config: Path | None = None,
                 flags: dict[str, object] | None = None) -> tuple[list, list[str]]:
    """The files to read, each with its settings; a bad config exits 2, a missing path is printed
    and returned among the errors (the others are still read)."""
    from .config import ConfigError, ConfigFinder
    from .runner import plan

    if stdin_filename is not None and "-" not in paths:
        raise fail("--stdin-filename applies only when a path is - (standard input)")
    try:
        planned, errors = plan(paths, ConfigFinder(config), flags or {}, stdin_filename=stdin_filename)
    except ConfigError as error:
        print(f"datecheck: {error}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR) from None
    for error in errors:
        print(f"datecheck: {error}", file=sys.stderr)
    return planned, errors


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.")],
    published: PublishedOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for programs.")] = OutputFormat.text,
    stdin_filename: StdinFilenameOption = None,
    no_color: NoColorOption = False,
) -> None:
    """List every date expression with its resolved value: the article's timeline."""
    from .extract import extract as extract_mentions
    from .runner import internal_error, load_job

    day = parse_published(published)
    planned, errors = plan_or_exit(paths, stdin_filename)
    results = []
    for job in planned:
        try:
            document = load_job(job, day)
        except DocumentError as error:
            print(f"datecheck: {error}", file=sys.stderr)
            errors.append(str(error))
            continue
        for warning in document.warnings:
            print(f"datecheck: warning: {warning}", file=sys.stderr)
        anchor = document.published.date if document.published else None
        try:
            mentions = extract_mentions(document.prose, anchor, date_order=job.settings.date_order,
                                        country=job.settings.holiday_country)
        except Exception as error:  # a bug must not cost the report on every other file of the run
            print(f"datecheck: {internal_error(job.path, error)}", file=sys.stderr)
            errors.append(str(error))
            continue
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


def split_codes(values: list[str] | None) -> list[str]:
    """"DC101,DC2" and repeated options alike -> ["DC101", "DC2"]."""
    codes: list[str] = []
    for value in values or []:
        codes.extend(part.strip() for part in value.split(",") if part.strip())
    return codes


class CheckFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.")],
    published: PublishedOption = None,
    select: Annotated[
        Optional[list[str]], typer.Option("--select", help="Rules to run: codes, prefixes (DC2) or names, comma-separated.")
    ] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Rules to skip, as for --select.")] = None,
    output_format: Annotated[CheckFormat, typer.Option("--format", help="How to print the findings.")] = CheckFormat.text,
    fail_on: Annotated[
        Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a finding of this severity or above is reported (default: warning).")
    ] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are reported.")] = False,
    country: Annotated[
        Optional[str], typer.Option("--country", help="Country whose holidays are checked (ISO code) (default: US).")
    ] = None,
    date_order: Annotated[
        Optional[DateOrder], typer.Option("--date-order", help="How to read 03/04/2024 (default: MDY).")
    ] = None,
    config: Annotated[
        Optional[Path], typer.Option("--config", help="Use this config file instead of looking for the nearest one.")
    ] = None,
    stdin_filename: StdinFilenameOption = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Processes to use (default: all cores).")
    ] = None,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="Report only findings not recorded in this baseline file.")
    ] = None,
    write_baseline: Annotated[
        bool, typer.Option("--write-baseline", help="Record today's findings in the --baseline file and exit 0.")
    ] = False,
    changed_since: Annotated[
        Optional[str], typer.Option("--changed-since", help="Report only findings on lines changed since this git revision.")
    ] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print only the count of findings per rule.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (text format).")] = False,
    no_color: NoColorOption = False,
) -> None:
    """Check the dates: weekdays, impossible days, holidays, stale years, relative words, ages and more.

    Exit status: 0 nothing at or above --fail-on, 1 something was found, 2 a usage or input error.
    """
    from .model import Severity
    from .rules import UnknownRule, check_selectors
    from .runner import run_all

    day = parse_published(published)
    selected, ignored = split_codes(select), split_codes(ignore)
    try:
        check_selectors(selected + ignored)
    except UnknownRule as error:
        raise fail(str(error)) from None
    if write_baseline and baseline is None:
        raise fail("--write-baseline needs --baseline FILE")
    if config is not None and not config.is_file():
        raise fail(f"--config: {config}: no such file")
    flags = {
        "select": tuple(selected) if selected else None,
        "ignore": tuple(ignored) if ignored else None,
        "fail_on": Severity(fail_on.value) if fail_on else None,
        "date_order": date_order.value if date_order else None,
        "holiday_country": country.upper() if country else None,
    }
    if country is not None:
        import holidays

        if country.upper() not in holidays.list_supported_countries():
            raise fail(f"--country: {country!r} is not a country the holidays package knows")
    planned, errors = plan_or_exit(paths, stdin_filename, config, flags)

    changes = None
    if changed_since is not None:
        from .changes import ChangedLines, ChangesError

        try:
            changes = ChangedLines(changed_since)
        except ChangesError as error:
            raise fail(str(error)) from None
    known = None
    if baseline is not None and not write_baseline:
        from .baseline import BaselineError, load

        try:
            known = load(baseline)
        except BaselineError as error:
            raise fail(str(error)) from None

    processes = jobs or os.cpu_count() or 1
    progress = _progress(len(planned), output_format is CheckFormat.text and not quiet)
    results = []
    try:
        for job, outcome in zip(planned, run_all(planned, day, processes, progress.advance if progress else None)):
            if outcome.error is not None:
                print(f"datecheck: {outcome.error}", file=sys.stderr)
                errors.append(outcome.error)
                continue
            for warning in outcome.warnings:
                print(f"datecheck: warning: {warning}", file=sys.stderr)
            assert outcome.result is not None
            results.append((job, outcome.result))
    finally:
        if progress:
            progress.stop()

    if changes is not None:
        for _, result in results:
            result.findings = [f for f in result.findings if changes.changed(result.document.path, f.line)]
    if write_baseline:
        from .baseline import write

        assert baseline is not None
        count = write(baseline, [result for _, result in results])
        print(f"datecheck: wrote {count} finding{'s' if count != 1 else ''} to {baseline}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
    extra = ""
    if known is not None:
        from .baseline import filter_results

        assert baseline is not None
        dropped = filter_results(baseline, known, [result for _, result in results])
        extra = f"; {dropped} known from the baseline not shown" if dropped else ""

    checked = [result for _, result in results]
    if output_format is CheckFormat.json:
        from .report.check_json import render_json

        sys.stdout.write(render_json(checked, errors))
    elif output_format is CheckFormat.jsonl:
        from .report.check_jsonl import render_jsonl

        sys.stdout.write(render_jsonl(checked))
    elif output_format is CheckFormat.concise:
        from .report.check_concise import render_concise

        sys.stdout.write(render_concise(checked))
    elif output_format is CheckFormat.github:
        from .report.check_github import render_github

        sys.stdout.write(render_github(checked))
    elif output_format is CheckFormat.sarif:
        from .report.check_sarif import render_sarif

        sys.stdout.write(render_sarif(checked))
    else:
        from .report.check_text import render_text

        render_text(checked, len(errors), no_color=no_color, quiet=quiet, statistics=statistics, extra=extra)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if exit_zero:
        return
    if any(f.severity.rank >= job.settings.fail_on.rank for job, result in results for f in result.findings):
        raise typer.Exit(EXIT_FOUND)


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.progress = Progress(
            "checking", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=True,
        )
        self.task = self.progress.add_task("check", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def _progress(total: int, human_output: bool) -> _Progress | None:
    """A progress bar on stderr for long runs at a terminal; never in CI logs or piped output."""
    if total < 200 or not human_output or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    return _Progress(total)


@app.command()
def timeline(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    published: PublishedOption = None,
    stdin_filename: StdinFilenameOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Show an article's dates on a time axis, the publication date marked and flagged dates highlighted."""
    from .report.check_text import make_console
    from .report.timeline import render_timeline
    from .runner import run_job

    day = parse_published(published)
    planned, errors = plan_or_exit(paths, stdin_filename)
    console = make_console(no_color)
    for number, job in enumerate(planned):
        outcome = run_job(job, day)
        if outcome.error is not None:
            print(f"datecheck: {outcome.error}", file=sys.stderr)
            errors.append(outcome.error)
            continue
        assert outcome.result is not None
        if number:
            console.print()
        render_timeline(outcome.result, console)
    if errors:
        raise typer.Exit(EXIT_ERROR)


@app.command(name="config")
def show_config(
    path: Annotated[Path, typer.Argument(help="A file or folder: whose settings to show.")] = Path("."),
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file.")] = None,
) -> None:
    """Print the settings that apply to PATH, and where each one comes from."""
    from .config import ConfigError, ConfigFinder, describe

    try:
        settings = ConfigFinder(config).for_path(path)
    except ConfigError as error:
        print(f"datecheck: {error}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR) from None
    print(f"config file: {settings.path or 'none found (defaults)'}")
    rows = describe(settings)
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        print(f"{key:<{width}}  {value}   [{source}]")


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
