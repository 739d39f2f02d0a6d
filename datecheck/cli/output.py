"""A check's report written as the results come: each result filtered (changed lines, baseline),
written and counted at once, so a run over an archive holds no more than the results in flight.

The formats themselves are in report/; this module picks one, writes it to standard output and
keeps the counts the summary and the exit status need.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .options import CheckFormat


class Stdout:
    """Standard output as it is at each write (a progress bar at a terminal stands in for it), with
    the characters an output cannot encode (PYTHONIOENCODING=ascii) written as backslash escapes.
    `Stdout("stderr")` is standard error (the report of `check --fix -`, whose output is the text)."""

    def __init__(self, name: str = "stdout") -> None:
        self.name = name

    def write(self, text: str) -> None:
        if not text:
            return
        stream = getattr(sys, self.name)
        try:
            stream.write(text)
        except UnicodeEncodeError:
            encoding = stream.encoding or "utf-8"
            stream.write(text.encode(encoding, "backslashreplace").decode(encoding))

    def flush(self) -> None:
        getattr(sys, self.name).flush()


def make_writer(output_format: CheckFormat, *, no_color: bool = False, quiet: bool = False,
                statistics: bool = False, records: bool = False):  # type: ignore[no-untyped-def]
    """The writer of a format (report/stream.py); with `records`, jsonl is one line per record."""
    from ..report.stream import LineWriter

    if output_format is CheckFormat.text:
        from ..report.check_text import TextWriter

        return TextWriter(no_color=no_color, quiet=quiet, statistics=statistics, noun="record" if records else "file")
    if output_format is CheckFormat.json:
        from ..report.check_json import JsonWriter

        return JsonWriter()
    if output_format is CheckFormat.sarif:
        from ..report.check_sarif import SarifWriter

        return SarifWriter()
    if output_format is CheckFormat.jsonl and records:
        from ..records.check import record_lines

        return LineWriter(record_lines)
    from ..report import check_concise, check_github, check_jsonl

    lines = {CheckFormat.concise: check_concise.concise_lines, CheckFormat.github: check_github.github_lines,
             CheckFormat.jsonl: check_jsonl.jsonl_lines}[output_format]
    return LineWriter(lines)


class Report:
    """One run's report. `add` takes each result in order; `finish` writes the end and says whether
    a finding reached --fail-on. Errors are printed at once and kept for the JSON summary."""

    def __init__(self, writer, errors: list[str], *, changes=None, known=None,  # type: ignore[no-untyped-def]
                 baseline: Path | None = None, write_baseline: bool = False, out: Stdout | None = None) -> None:
        self.writer, self.errors, self.changes, self.known, self.baseline = writer, errors, changes, known, baseline
        from ..report.stream import Tally

        self.entries: list[dict[str, str]] | None = [] if write_baseline else None
        self.tally, self.dropped, self.failed = Tally(), 0, False
        #: Said at the end of the summary ("; 3 fixed in 2 files"): message templates and their fields.
        self.notes: list[tuple[str, dict[str, object]]] = []
        self.out = out or Stdout()
        if writer is not None:
            self.out.write(writer.head())

    def error(self, message: str) -> None:
        from . import say

        say(message)
        self.errors.append(message)

    def add(self, result, fail_on) -> None:  # type: ignore[no-untyped-def]
        """One result: filtered, then written (a result whose report fails is an internal error, left out)."""
        from ..runner import internal_error

        if self.changes is not None:
            result.findings = [f for f in result.findings if self.changes.changed(result.document.path, f.line)]
        if self.entries is not None:
            from ..baseline import entries_of

            self.entries.extend(entries_of(self.baseline, result))
            return
        if self.known is not None:
            from ..baseline import filter_result

            self.dropped += filter_result(self.baseline, self.known, result)
        try:
            text = self.writer.entry(result)
        except Exception as error:  # noqa: BLE001 - the per-file guard around rendering
            self.error(internal_error(result.document.path, error))
            return
        self.tally.add(result)
        self.out.write(text)
        if self.writer.flush_each:
            self.out.flush()
        if not self.failed and any(f.severity.rank >= fail_on.rank for f in result.findings):
            self.failed = True

    def finish(self) -> None:
        """Write the end of the report (the summary), or the baseline when one is being written."""
        if self.entries is not None:
            from ..baseline import write_entries

            count = write_entries(self.baseline, self.entries)
            from . import say

            say(f"wrote {count} finding{'s' if count != 1 else ''} to {self.baseline}")
            return
        from ..messages import N_, say

        code = self.tally.language
        extra = say(code, N_("; {n} known from the baseline not shown"), n=self.dropped) if self.dropped else ""
        extra += "".join(say(code, template, **fields) for template, fields in self.notes)
        self.out.write(self.writer.tail(self.tally, self.errors, extra))
        self.out.flush()


class Progress:
    """A progress bar for long runs at a terminal. When standard output is the terminal too, the bar
    is drawn there and the report printed above it; otherwise it is drawn on standard error."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        on_stdout = sys.stdout.isatty()
        self.progress = Bar(
            "checking", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(file=sys.stdout if on_stdout else sys.stderr), transient=True,
            redirect_stdout=on_stdout,
        )
        self.task = self.progress.add_task("check", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def progress(total: int, human_output: bool) -> Progress | None:
    """A progress bar for long runs at a terminal; never in CI logs or piped output."""
    if total < 200 or not human_output or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    return Progress(total)


def drain(outcomes, fail_ons, report: Report, bar: Progress | None = None) -> None:  # type: ignore[no-untyped-def]
    """Report each outcome as it comes (with the --fail-on of its settings, from `fail_ons`): an error
    or a warning is printed, a result written. Ctrl-C stops the run (every worker with it): exit 130."""
    from contextlib import closing

    import typer

    from . import EXIT_INTERRUPTED, Interrupted, say

    try:
        with closing(outcomes):
            for fail_on, outcome in zip(fail_ons, outcomes):
                if outcome.error is not None:
                    report.error(outcome.error)
                    continue
                for warning in outcome.warnings:
                    say(f"warning: {warning}")
                assert outcome.result is not None
                report.add(outcome.result, fail_on)
    except (KeyboardInterrupt, Interrupted):
        say("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if bar:
            bar.stop()
