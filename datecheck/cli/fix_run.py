"""How `check --fix` and `check --diff` run: the outcomes of the pool passed through the fixing
(cli/fixing.py), the report of what remains, the summary and the exit status.

--fix reports the findings that remain (with ruff's exit status: 1 when any remain at or above
--fail-on, 0 when every one was fixed). --diff prints only the diffs, the counts on standard
error, and exits 1 when there is something to fix, 0 when there is nothing.
"""

from __future__ import annotations

import typer

from . import EXIT_ERROR, EXIT_FOUND, EXIT_INTERRUPTED, EXIT_OK, Interrupted, say
from .fixing import FixRun
from .output import Stdout


def report_stream(fixing: FixRun | None, planned: list) -> Stdout | None:  # type: ignore[type-arg]
    """Where the report goes: standard error when --fix writes a fixed standard input to standard output."""
    if fixing is not None and not fixing.diff and any(job.stdin_text is not None for job in planned):
        return Stdout("stderr")
    return None


def _wanted(changes):  # type: ignore[no-untyped-def]
    """The findings a report with --changed-since shows (the only ones fixed); None: every one."""
    if changes is None:
        return None
    return lambda path, finding: changes.changed(path, finding.line)


def prepare(fixing: FixRun, planned: list, outcomes, report):  # type: ignore[no-untyped-def,type-arg]
    """The outcomes of a --fix run: each file fixed before it is reported."""
    fixing.wanted = _wanted(report.changes)
    return fixing.outcomes(planned, outcomes)


def finish_fixing(fixing: FixRun, report) -> None:  # type: ignore[no-untyped-def]
    """The fixed standard input written out, and the count of fixes added to the summary."""
    from .fixing import write_out

    for text in fixing.stdin_texts:
        write_out(text)
    report.notes.extend(fixing.summary())


def run_diff(fixing: FixRun, planned: list, errors: list[str], jobs: int | None, changes) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Print each file's diff as it is done; the counts on standard error; exit as ruff's --diff does."""
    from ..pool import run_all, worker_count

    fixing.wanted = _wanted(changes)
    processes, notice = worker_count(jobs)
    if notice:
        say(notice)
    outcomes = fixing.outcomes(planned, run_all(planned, fixing.published, processes))
    remaining = 0
    try:
        for outcome in outcomes:
            if outcome.error is not None:
                say(outcome.error)
                errors.append(outcome.error)
                continue
            for warning in outcome.warnings:
                say(f"warning: {warning}")
            assert outcome.result is not None
            remaining += len(fixing.wanted_of(outcome.result))
    except (KeyboardInterrupt, Interrupted):
        say("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        outcomes.close()
    _diff_summary(fixing, remaining)
    raise typer.Exit(EXIT_ERROR if errors or fixing.errors else EXIT_FOUND if fixing.fixed else EXIT_OK)


def _diff_summary(fixing: FixRun, remaining: int) -> None:
    plural = "s" if fixing.fixed != 1 else ""
    if fixing.fixed:
        files = f"{fixing.files} file{'s' if fixing.files != 1 else ''}"
        say(f"would fix {fixing.fixed} finding{plural} in {files}; {remaining} would remain")
    else:
        say(f"no fixes to make; {remaining} finding{'s' if remaining != 1 else ''} without one clear fix")
