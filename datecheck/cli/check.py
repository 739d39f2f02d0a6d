"""`datecheck check`: run the rules over files and report the findings, with CI's exit codes."""

from __future__ import annotations

import os
import sys

import typer

from . import EXIT_ERROR, EXIT_FOUND, EXIT_OK, app, fail, parse_published, plan_or_exit, split_codes
from .options import (
    Baseline, ChangedSince, CheckFormat, Config, Country, DateOrderOption, ExitZero, FailOnOption, Format, Ignore,
    Jobs, NoColor, Paths, Published, Quiet, Select, Statistics, StdinFilename, WriteBaseline,
)

#: the renderer of each machine format: (module under datecheck.report, function)
#: the exit status of a run stopped by Ctrl-C (128 + SIGINT, as shells report it)
EXIT_INTERRUPTED = 130

_RENDERERS = {
    CheckFormat.json: ("check_json", "render_json"),
    CheckFormat.jsonl: ("check_jsonl", "render_jsonl"),
    CheckFormat.concise: ("check_concise", "render_concise"),
    CheckFormat.github: ("check_github", "render_github"),
    CheckFormat.sarif: ("check_sarif", "render_sarif"),
}


@app.command()
def check(
    paths: Paths,
    published: Published = None,
    select: Select = None,
    ignore: Ignore = None,
    output_format: Format = CheckFormat.text,
    fail_on: FailOnOption = None,
    exit_zero: ExitZero = False,
    country: Country = None,
    date_order: DateOrderOption = None,
    config: Config = None,
    stdin_filename: StdinFilename = None,
    jobs: Jobs = None,
    baseline: Baseline = None,
    write_baseline: WriteBaseline = False,
    changed_since: ChangedSince = None,
    statistics: Statistics = False,
    quiet: Quiet = False,
    no_color: NoColor = False,
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
    flags = _setting_flags(select, ignore, fail_on, date_order, country)
    planned, errors = plan_or_exit(paths, stdin_filename, config, flags)
    changes = _changed_lines(changed_since, paths, stdin_filename)
    known = _open_baseline(baseline, write_baseline)

    show_progress = output_format is CheckFormat.text and not quiet
    results = _run(planned, day, jobs, errors, show_progress)
    if changes is not None:
        for _, result in results:
            result.findings = [f for f in result.findings if changes.changed(result.document.path, f.line)]
    if write_baseline:
        _write_baseline(baseline, [result for _, result in results])
        raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
    extra = ""
    if known is not None:
        from ..baseline import filter_results

        dropped = filter_results(baseline, known, [result for _, result in results])
        extra = f"; {dropped} known from the baseline not shown" if dropped else ""
    _render([result for _, result in results], output_format, errors, no_color=no_color, quiet=quiet,
            statistics=statistics, extra=extra)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if exit_zero:
        return
    if any(f.severity.rank >= job.settings.fail_on.rank for job, result in results for f in result.findings):
        raise typer.Exit(EXIT_FOUND)


def _setting_flags(select, ignore, fail_on, date_order, country) -> dict[str, object]:  # type: ignore[no-untyped-def]
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


def _write_baseline(baseline, results: list) -> None:  # type: ignore[no-untyped-def]
    from ..baseline import BaselineError, write

    try:
        count = write(baseline, results)
    except BaselineError as error:
        raise fail(str(error)) from None
    print(f"datecheck: wrote {count} finding{'s' if count != 1 else ''} to {baseline}", file=sys.stderr)


def _run(planned: list, day, jobs: int | None, errors: list[str], show_progress: bool) -> list:  # type: ignore[no-untyped-def]
    """(job, result) for every file checked; a file's error is printed and added to `errors`.

    Ctrl-C stops the run (every worker with it) and exits 130."""
    from contextlib import closing

    from ..pool import distinct, run_all, worker_count

    planned = distinct(planned)
    processes, notice = worker_count(jobs)
    if notice:
        print(f"datecheck: {notice}", file=sys.stderr)
    progress = _progress(len(planned), show_progress)
    results = []
    try:
        with closing(run_all(planned, day, processes, progress.advance if progress else None)) as outcomes:
            for job, outcome in zip(planned, outcomes):
                if outcome.error is not None:
                    print(f"datecheck: {outcome.error}", file=sys.stderr)
                    errors.append(outcome.error)
                    continue
                for warning in outcome.warnings:
                    print(f"datecheck: warning: {warning}", file=sys.stderr)
                assert outcome.result is not None
                results.append((job, outcome.result))
    except KeyboardInterrupt:
        print("datecheck: interrupted", file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if progress:
            progress.stop()
    return results


def _render(checked: list, output_format: CheckFormat, errors: list[str], **text_options: object) -> None:
    """Print the report. It is rendered whole before anything is printed: when rendering fails, the
    files whose own report fails are found, reported as internal errors, and left out."""
    try:
        output = _rendered(checked, output_format, errors, **text_options)
    except Exception:  # noqa: BLE001 - the per-file guard around rendering
        from ..runner import internal_error

        kept = []
        for result in checked:
            try:
                _rendered([result], output_format, [], **text_options)
            except Exception as error:  # noqa: BLE001
                message = internal_error(result.document.path, error)
                print(f"datecheck: {message}", file=sys.stderr)
                errors.append(message)
            else:
                kept.append(result)
        output = _rendered(kept, output_format, errors, **text_options)
    try:
        sys.stdout.write(output)
    except UnicodeEncodeError:  # an output that cannot show every character (PYTHONIOENCODING=ascii)
        encoding = sys.stdout.encoding or "utf-8"
        sys.stdout.write(output.encode(encoding, "backslashreplace").decode(encoding))


def _rendered(checked: list, output_format: CheckFormat, errors: list[str], **text_options: object) -> str:
    if output_format is CheckFormat.text:
        from ..report.check_text import make_console, render_text

        options = dict(text_options)
        console = make_console(bool(options.pop("no_color", False)))
        with console.capture() as captured:
            render_text(checked, len(errors), console=console, **options)  # type: ignore[arg-type]
        return captured.get()
    import importlib

    module_name, function = _RENDERERS[output_format]
    render = getattr(importlib.import_module(f"datecheck.report.{module_name}"), function)
    return render(checked, errors) if output_format is CheckFormat.json else render(checked)


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
