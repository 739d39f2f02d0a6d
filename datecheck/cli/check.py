"""`datecheck check`: run the rules over files and report the findings, with CI's exit codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from ..messages import N_
from . import EXIT_ERROR, EXIT_FOUND, EXIT_OK, app, fail, parse_published, plan_or_exit, say, split_codes
from .options import (
    Baseline, ChangedSince, CheckFormat, Config, Country, DateOrderOption, Diff, ExitZero, FailOnOption, Fix, Format,
    Ignore, CheckPaths, FormatField, IdField, Jobs, LanguageOption, MessagesOption, NoColor, PublishedField, Published,
    Quiet, Records, Select, Statistics, StdinFilename, TextField, UnsafeFixes, WriteBaseline,
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
    messages: MessagesOption = None,
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
    diff: Diff = False,
    fix: Fix = False,
    unsafe_fixes: UnsafeFixes = False,
) -> None:
    """Check the dates: weekdays, impossible days, holidays, stale years, relative words, ages and more.

    Exit status: 0 nothing at or above --fail-on, 1 something was found (with --fix: remains; with
    --diff: would be fixed), 2 a usage error, a bad config, or a file that could not be read, written
    or met an internal error (named on stderr; the others are checked).
    """
    day = parse_published(published)
    if write_baseline and baseline is None:
        raise fail("--write-baseline needs --baseline FILE")
    if config is not None and not config.is_file():
        raise fail(f"--config: {config}: no such file")
    flags = _setting_flags(select, ignore, fail_on, date_order, country, language, messages)
    text_options = {"no_color": no_color, "quiet": quiet, "statistics": statistics}
    fixing = _fix_run(diff, fix, unsafe_fixes, day, records, baseline, write_baseline)
    if records is not None:
        fields = (text_field, published_field, id_field, format_field)
        return _records(records, fields, day, output_format, jobs, baseline, write_baseline, text_options, exit_zero,
                        (paths, changed_since, stdin_filename), config, flags)
    if not paths:
        raise fail("nothing to check: give files, directories or - (stdin), or --records FILE")
    planned, errors = plan_or_exit(paths, stdin_filename, config, flags)
    changes = _changed_lines(changed_since, paths, stdin_filename)
    if fixing is not None and fixing.diff:
        from .fix_run import run_diff

        return run_diff(fixing, planned, errors, jobs, changes)
    _check_files(planned, errors, day, jobs, changes, fixing, output_format, text_options, baseline, write_baseline,
                 exit_zero)


def _check_files(planned, errors, day, jobs, changes, fixing, output_format, text_options, baseline,  # type: ignore[no-untyped-def]
                 write_baseline, exit_zero) -> None:
    """Check the planned files (fixing them with `fixing`), report, and exit with check's status."""
    known = _open_baseline(baseline, write_baseline)
    from .fix_run import report_stream
    from .output import Report, make_writer

    writer = None if write_baseline else make_writer(output_format, **text_options)
    report = Report(writer, errors, changes=changes, known=known, baseline=baseline, write_baseline=write_baseline,
                    out=report_stream(fixing, planned))
    human = output_format is CheckFormat.text and not text_options["quiet"]
    _run(planned, day, jobs, report, human, fixing)
    finish(report, day)
    if write_baseline:
        raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
    if fixing is not None and fixing.errors:  # a file whose fixes could not be written
        raise typer.Exit(EXIT_ERROR)
    exit_status(report, exit_zero)


def _records(records, fields, day, output_format, jobs, baseline, write_baseline, text_options, exit_zero,  # type: ignore[no-untyped-def]
             refused, config, flags) -> None:
    """check --records: what cannot go with it (`refused`: paths, --changed-since, --stdin-filename) exits 2."""
    from .records import RecordsRun, check_records, refuse_with_records

    refuse_with_records(*refused, output_format)
    check_records(RecordsRun(records, fields, day, output_format, jobs, baseline, write_baseline, text_options,
                             exit_zero), config, flags)


def finish(report: Report, day=None) -> None:  # type: ignore[no-untyped-def]
    """The end of the report (saying so when the publication date was counted from the clock), or the
    baseline written; a baseline that cannot be written exits 2."""
    from ..baseline import BaselineError

    if getattr(day, "source", None):
        report.notes.append((N_("; published {day} ({source})"), {"day": day.date.isoformat(), "source": day.source}))

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


def _setting_flags(select, ignore, fail_on, date_order, country, language=None, messages=None) -> dict[str, object]:  # type: ignore[no-untyped-def]
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
        "messages": messages.value if messages else None,
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


def _fix_run(diff: bool, fix: bool, unsafe: bool, day, records, baseline, write_baseline):  # type: ignore[no-untyped-def]
    """How --diff or --fix is to run (None for a check that fixes nothing); what they cannot go with exits 2."""
    if not (diff or fix):
        if unsafe:
            raise fail("--unsafe-fixes applies with --fix or --diff")
        return None
    option = "--diff" if diff else "--fix"
    for given, name in ((records, "--records"), (baseline, "--baseline"), (write_baseline, "--write-baseline")):
        if given:
            raise fail(f"{option} cannot be used with {name}")
    from .fixing import FixRun

    return FixRun(diff, unsafe, day)


def _run(planned: list, day, jobs: int | None, report: Report, show_progress: bool, fixing=None) -> None:  # type: ignore[no-untyped-def]
    """Check every file, reporting each as it is done (in the order planned); with `fixing`, the
    report is of what remains once each file is fixed."""
    from ..pool import run_all, worker_count
    from .output import drain, progress

    processes, notice = worker_count(jobs)
    if notice:
        say(notice)
    bar = progress(len(planned), show_progress)
    outcomes = run_all(planned, day, processes, bar.advance if bar else None)
    if fixing is not None:
        from .fix_run import prepare

        outcomes = prepare(fixing, planned, outcomes, report)
    drain(outcomes, (job.settings.fail_on for job in planned), report, bar)
    if fixing is not None:
        from .fix_run import finish_fixing

        finish_fixing(fixing, report)
