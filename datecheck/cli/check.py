"""`datecheck check`: run the rules over files and report the findings, with CI's exit codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from . import EXIT_ERROR, EXIT_FOUND, EXIT_OK, app, fail, parse_published, plan_or_exit, say, split_codes
from .options import (
    Baseline, ChangedSince, CheckFormat, Config, Country, DateOrderOption, ExitZero, FailOnOption, Format, Ignore,
    CheckPaths, FormatField, IdField, Jobs, LanguageOption, NoColor, PublishedField, Published, Quiet, Records, Select,
    Statistics, StdinFilename, TextField, WriteBaseline,
)

if TYPE_CHECKING:
    from .output import Report


@app.command()
def check(
    paths: CheckPaths = None,
    published: Published = None,
    select: Select = None,
    ignore: Ignore = None,
    output_format: Format = CheckFormat.text,
    fail_on: FailOnOption = None,
    exit_zero: ExitZero = False,
    country: Country = None,
    date_order: DateOrderOption = None,
    language: LanguageOption = None,
    config: Config = None,
    stdin_filename: StdinFilename = None,
    jobs: Jobs = None,
    baseline: Baseline = None,
    write_baseline: WriteBaseline = False,
    changed_since: ChangedSince = None,
    statistics: Statistics = False,
    quiet: Quiet = False,
    no_color: NoColor = False,
    records: Records = None,
    text_field: TextField = "text",
    published_field: PublishedField = "published",
    id_field: IdField = "id",
    format_field: FormatField = None,
) -> None:
    """Check the dates: weekdays, impossible days, holidays, stale years, relative words, ages and more.

    Exit status: 0 nothing at or above --fail-on, 1 something was found, 2 a usage error, a bad config,
    or a file that could not be read or met an internal error (named on stderr; the others are checked).
    """
    day = parse_published(published)
    if write_baseline and baseline is None:
        raise fail("--write-baseline needs --baseline FILE")
    if config is not None and not config.is_file():
        raise fail(f"--config: {config}: no such file")
    flags = _setting_flags(select, ignore, fail_on, date_order, country, language)
    text_options = {"no_color": no_color, "quiet": quiet, "statistics": statistics}
    if records is not None:
        from .records import RecordsRun, check_records, refuse_with_records

        refuse_with_records(paths, changed_since, stdin_filename, output_format)
        fields = (text_field, published_field, id_field, format_field)
        return check_records(RecordsRun(records, fields, day, output_format, jobs, baseline, write_baseline,
                                        text_options, exit_zero), config, flags)
    if not paths:
        raise fail("nothing to check: give files, directories or - (stdin), or --records FILE")
    planned, errors = plan_or_exit(paths, stdin_filename, config, flags)
    changes = _changed_lines(changed_since, paths, stdin_filename)
    known = _open_baseline(baseline, write_baseline)
    from .output import Report, make_writer

    writer = None if write_baseline else make_writer(output_format, **text_options)
    report = Report(writer, errors, changes=changes, known=known, baseline=baseline, write_baseline=write_baseline)
    _run(planned, day, jobs, report, output_format is CheckFormat.text and not quiet)
    finish(report)
    if write_baseline:
        raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
    exit_status(report, exit_zero)


def finish(report: Report) -> None:
    """The end of the report, or the baseline written; a baseline that cannot be written exits 2."""
    from ..baseline import BaselineError

    try:
        report.finish()
    except BaselineError as error:
        raise fail(str(error)) from None


def exit_status(report: Report, exit_zero: bool) -> None:
    """2 when something could not be checked, else 1 when a finding reached --fail-on (unless --exit-zero)."""
    if report.errors:
        raise typer.Exit(EXIT_ERROR)
    if report.failed and not exit_zero:
        raise typer.Exit(EXIT_FOUND)


def _setting_flags(select, ignore, fail_on, date_order, country, language=None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The settings given on the command line, checked, as the config layer takes them."""
    from ..model import Severity
    from ..rules import UnknownRule, check_selectors

    selected, ignored = split_codes(select), split_codes(ignore)
    try:
        check_selectors(selected + ignored)
    except UnknownRule as error:
        raise fail(str(error)) from None
    if country is not None:
        import holidays

        if country.upper() not in holidays.list_supported_countries():
            raise fail(f"--country: {country!r} is not a country the holidays package knows")
    return {
        "select": tuple(selected) if selected else None,
        "ignore": tuple(ignored) if ignored else None,
        "fail_on": Severity(fail_on.value) if fail_on else None,
        "date_order": date_order.value if date_order else None,
        "holiday_country": country.upper() if country else None,
        "language": language.value if language else None,
    }


def _changed_lines(revision: str | None, paths: list[str], stdin_filename: str | None):  # type: ignore[no-untyped-def]
    """The lines changed since `revision` in the checked paths' repositories, or None when every line counts."""
    if revision is None:
        return None
    from ..changes import ChangedLines, ChangesError

    try:
        return ChangedLines(revision, paths, stdin_filename)
    except ChangesError as error:
        raise fail(str(error)) from None


def _open_baseline(baseline, write_baseline: bool):  # type: ignore[no-untyped-def]
    """The findings the baseline knows; None when there is none or it is to be written (then checked
    writable now, before a long run, rather than after it)."""
    from ..baseline import BaselineError, load, writable

    if baseline is None:
        return None
    try:
        if write_baseline:
            writable(baseline)
            return None
        return load(baseline)
    except BaselineError as error:
        raise fail(str(error)) from None


def _run(planned: list, day, jobs: int | None, report: Report, show_progress: bool) -> None:  # type: ignore[no-untyped-def]
    """Check every file, reporting each as it is done (in the order planned)."""
    from ..pool import run_all, worker_count
    from .output import drain, progress

    processes, notice = worker_count(jobs)
    if notice:
        say(notice)
    bar = progress(len(planned), show_progress)
    outcomes = run_all(planned, day, processes, bar.advance if bar else None)
    drain(outcomes, (job.settings.fail_on for job in planned), report, bar)
