"""`datecheck check --records FILE`: the stories of a content system's export, one result per record.

Records are read as the workers need them and each result is written as soon as it and those before
it are done, so an archive of any length is checked in the same memory. A record that cannot be
checked is one line on stderr naming its place and id; the run goes on and exits 2 at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import typer

from . import EXIT_ERROR, EXIT_OK, fail, say
from .options import CheckFormat

#: formats that report files of a repository, not records
_FILE_FORMATS = (CheckFormat.github, CheckFormat.sarif)


@dataclass(frozen=True)
class RecordsRun:
    """The options of a records run, as `check` was given them."""

    name: str
    fields: tuple[str, str, str, str | None]  # the text, published, id and format fields
    published: object  # the --published day, or None
    output_format: CheckFormat
    jobs: int | None
    baseline: Path | None
    write_baseline: bool
    text_options: dict[str, bool]
    exit_zero: bool


def refuse_with_records(paths: list[str] | None, changed_since: str | None, stdin_filename: str | None,
                        output_format: CheckFormat) -> None:
    """What cannot be given with --records: exits 2 saying why."""
    if paths:
        raise fail("--records checks one records file; give files and directories without it")
    if changed_since is not None:
        raise fail("--changed-since applies to files in a git repository, not to --records")
    if stdin_filename is not None:
        raise fail("--stdin-filename applies to a story on stdin; with --records, stdin is JSON Lines")
    if output_format in _FILE_FORMATS:
        raise fail(f"--format {output_format.value} reports files in a repository; with --records use "
                   "jsonl (one line per record), json, concise or text")


def check_records(run: RecordsRun, config: Path | None, flags: dict[str, object]) -> None:
    """Check every record of the file and report each as it is done; exits with check's statuses."""
    from ..pool import Batches, run_stream, worker_count
    from ..records import RecordsError
    from ..records.check import RecordSettings, check_batch
    from ..records.read import read_records
    from .check import _open_baseline, exit_status, finish
    from .output import Report, drain, make_writer

    from ..records import Fields

    settings = _settings(run.name, config, flags)
    fields = Fields(*run.fields)
    try:
        records = read_records(run.name, fields, settings.max_bytes)
    except RecordsError as error:
        raise fail(str(error)) from None
    known = _open_baseline(run.baseline, run.write_baseline)
    processes, notice = worker_count(run.jobs)
    if notice:
        say(notice)
    how = RecordSettings(settings, fields, run.published)  # type: ignore[arg-type]
    batches = Batches(check_batch, lambda start, items: (items, how), _label, noun="record",
                      may_wait=run.name == "-" or not Path(run.name).is_file())
    writer = None if run.write_baseline else make_writer(run.output_format, records=True, **run.text_options)
    errors: list[str] = []
    report = Report(writer, errors, known=known, baseline=run.baseline, write_baseline=run.write_baseline)
    drain(run_stream(records, batches, processes), repeat(settings.fail_on), report)
    finish(report, run.published)
    if run.write_baseline:
        raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
    exit_status(report, run.exit_zero)


def _label(record: object) -> str:
    return record.label  # type: ignore[attr-defined]


def _settings(name: str, config: Path | None, flags: dict[str, object]):  # type: ignore[no-untyped-def]
    """The settings for the records: the nearest config to the file (stdin: the current folder), then the flags."""
    from ..config import ConfigError, ConfigFinder, UnsearchableFolder

    try:
        return ConfigFinder(config).for_path(Path(name) if name != "-" else Path.cwd()).with_flags(**flags)
    except (ConfigError, UnsearchableFolder) as error:
        say(str(error))
        raise typer.Exit(EXIT_ERROR) from None
