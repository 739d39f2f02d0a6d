"""Checking many files in one process or several.

The output order never depends on the number of processes: results come back in the order the
files were listed (directories expanded in sorted order).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from .runner import Job, Outcome, run_job


def _slim(outcome: Outcome) -> Outcome:
    """What a worker sends back: no prose copy and no mentions (the reports need neither)."""
    from .engine import CheckResult

    if outcome.result is not None:
        document = replace(outcome.result.document, prose="")
        outcome.result = CheckResult(document, [], outcome.result.findings)
    return outcome


#: Below this many files per process, one process checks them all (starting workers costs more).
_MIN_FILES_PER_PROCESS = 4

#: The jobs of a parallel run, set before the workers are forked so they inherit them.
_FORKED: tuple[list[Job], date | None] | None = None


def _work_range(bounds: tuple[int, int]) -> list[Outcome]:
    """A worker's share of the jobs, by position in the job list inherited from the parent."""
    assert _FORKED is not None
    jobs, published = _FORKED
    return _work_jobs((jobs[bounds[0]:bounds[1]], published))


def _work_jobs(batch: tuple[list[Job], date | None]) -> list[Outcome]:
    """A worker's share of the jobs, sent to it (when workers are spawned, not forked)."""
    jobs, published = batch
    return [_slim(run_job(job, published)) for job in jobs]


def run_all(
    jobs: list[Job], published: date | None, processes: int, on_done: Callable[[], None] | None = None
) -> Iterator[Outcome]:
    """Each job's outcome, in job order, using up to `processes` processes."""
    if processes <= 1 or len(jobs) < processes * _MIN_FILES_PER_PROCESS:  # a few files: forking costs more
        for job in jobs:
            outcome = _slim(run_job(job, published))
            if on_done:
                on_done()
            yield outcome
        return
    # The first file is checked here, before the workers are forked: the lazily imported parsers
    # and the lexicon tables it loads are then shared with every worker instead of built in each.
    first = _slim(run_job(jobs[0], published))
    if on_done:
        on_done()
    yield first
    jobs = jobs[1:]
    import gc
    import multiprocessing

    global _FORKED
    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")
    chunk = max(1, min(64, len(jobs) // (processes * 8)))
    bounds = [(i, min(i + chunk, len(jobs))) for i in range(0, len(jobs), chunk)]
    if fork:
        _FORKED = (jobs, published)
        gc.freeze()  # forked workers then leave the inherited objects alone (no copy-on-write by the collector)
        work, tasks = _work_range, bounds
    else:
        work, tasks = _work_jobs, [(jobs[a:b], published) for a, b in bounds]
    try:
        with multiprocessing.get_context("fork" if fork else "spawn").Pool(processes) as pool:
            for batch in pool.imap(work, tasks):  # in order, whichever worker finishes first
                for outcome in batch:
                    if on_done:
                        on_done()
                    yield outcome
    finally:
        _FORKED = None
        if fork:
            gc.unfreeze()
