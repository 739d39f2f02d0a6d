"""Checking many files (or records) in one process or several, reporting each as it is done.

The output order never depends on the number of processes: outcomes come back in the order the
items were given (directories expanded in sorted order, records in the order they are read).

Items are read only as the workers need them, at most a window of tasks ahead of the next outcome
to report, so a run's memory does not grow with its length. The workers (workers.py) are plain
processes, each with a pipe to the parent: the parent hands out one task (a run of items) at a time
and waits on the pipes and on the processes themselves, so a worker that dies (killed, out of
memory) is seen at once. Its items are checked again one at a time in a fresh worker; an item whose
worker dies again is reported as not checked. Ctrl-C reaches only the parent and SIGTERM is turned
into an orderly exit: either way the parent stops every worker before it leaves.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice

from .feed import Feed
from .runner import Job, Outcome, internal_error, run_job
from .workers import Worker as _Worker
from .workers import hold as _hold
from .workers import stopped as _stopped
from .workers import terminate_as_exit as _terminate_as_exit

#: Below this many files per process, one process checks them all (starting workers costs more).
_MIN_FILES_PER_PROCESS = 4

#: Tasks per process that may be read ahead of the next outcome to report: the run's working set.
_WINDOW_TASKS = 4

#: The jobs of a parallel run, set before the workers are forked so they inherit them.
_FORKED: tuple[list[Job], date | None] | None = None

#: A task: (position of its first item, the items, attempt); attempt 1 is an item checked again alone.
Task = tuple[int, list, int]


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask, not the whole machine)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        count = counter()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:
        count = os.cpu_count()
    return max(1, count or 1)


def worker_count(requested: int | None) -> tuple[int, str | None]:
    """The processes to use for `--jobs requested` (None: every core), and a notice when capped."""
    cores = usable_cores()
    if requested is None:
        return cores, None
    if requested > cores:
        plural = "s" if cores != 1 else ""
        return cores, f"--jobs {requested}: this process may use {cores} core{plural}; using {cores}"
    return max(1, requested), None


def distinct(jobs: list[Job]) -> list[Job]:
    """The jobs with each file once: named twice, through a folder and by name, or through a
    symbolic or hard link (the first mention is kept, with its settings)."""
    seen: set[object] = set()
    kept = []
    for job in jobs:
        if job.stdin_text is None:
            try:
                info = os.stat(job.path)
                key: object = (info.st_dev, info.st_ino)
            except (OSError, ValueError):
                key = os.path.realpath(job.path)
            if key in seen:
                continue
            seen.add(key)
        kept.append(job)
    return kept


def slim(outcome: Outcome) -> Outcome:
    """What a worker sends back: no prose copy and no mentions (the reports need neither)."""
    from .engine import CheckResult

    if outcome.result is not None:
        document = replace(outcome.result.document, prose="")
        outcome.result = CheckResult(document, [], outcome.result.findings, outcome.result.messages)
    return outcome


def _check(job: Job, published: date | None) -> Outcome:
    """One job's outcome; whatever goes wrong on it stays with it."""
    try:
        return slim(run_job(job, published))
    except Exception as error:  # a bug must not cost the report on every other file of the run
        return Outcome(None, internal_error(job.path, error))


def _work_range(bounds: tuple[int, int]) -> list[Outcome]:
    """A worker's share of the jobs, by position in the job list inherited from the parent."""
    assert _FORKED is not None
    jobs, published = _FORKED
    return _work_jobs((jobs[bounds[0]:bounds[1]], published))


def _work_jobs(batch: tuple[list[Job], date | None]) -> list[Outcome]:
    """A worker's share of the jobs, sent to it (when workers are spawned, not forked)."""
    jobs, published = batch
    return [_check(job, published) for job in jobs]


@dataclass(frozen=True)
class Batches:
    """How a run's items reach the workers: `work(argument(position, items))` is their outcomes,
    one per item; `work` is a module-level function (sent to the workers by name)."""

    work: Callable[[object], list[Outcome]]
    argument: Callable[[int, list], object]  # type: ignore[type-arg]
    label: Callable[[object], str]  # how an item is named in a message
    noun: str = "file"
    #: reading the next items may wait (a pipe): a thread of its own reads them (feed.py), and the
    #: workers are spawned (a process with a second thread is not forked)
    may_wait: bool = False


def _forks() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")


class _Pool:
    """The workers of one run, the items read so far and the outcomes not yet reported (by position)."""

    def __init__(self, items: Iterator, batches: Batches, processes: int, chunk: int) -> None:  # type: ignore[type-arg]
        import multiprocessing

        self.items, self.batches, self.processes, self.chunk = items, batches, processes, chunk
        self.feed: Feed | None = None
        if batches.may_wait:  # read by a thread of its own: the workers are then spawned, not forked
            self.feed = Feed(items, processes * chunk * _WINDOW_TASKS)
        self.forked = _forks() and self.feed is None
        self.context = multiprocessing.get_context("fork" if self.forked else "spawn")
        self.read, self.exhausted = 0, False
        self.retry: deque[Task] = deque()  # tasks to give before reading on (items of a lost worker)
        self.workers: list[_Worker] = []
        self.done: dict[int, Outcome] = {}
        self.warnings: dict[int, list[str]] = {}  # a note for the first item of a task checked again

    def finished(self, position: int) -> bool:
        return self.exhausted and position >= self.read and not self.retry

    def _next(self, limit: int) -> Task | None:
        """The next task: one to do again, else the next items read (none past `limit`)."""
        if self.retry:
            return self.retry.popleft()
        if self.exhausted or self.read >= limit:
            return None
        if self.feed is not None:
            # what has come; waiting for more only when nothing else is in hand (no worker busy,
            # no outcome to report): a line is never held back waiting for the next records
            idle = not self.done and all(worker.task is None for worker in self.workers)
            taken = self.feed.take(self.chunk, wait=idle)
            if taken is None:
                return None
            items = taken
        else:
            items = list(islice(self.items, self.chunk))
        if not items:
            self.exhausted = True
            return None
        task = (self.read, items, 0)
        self.read += len(items)
        return task

    def _give(self, worker: _Worker, task: Task) -> None:
        start, items, _ = task
        worker.give(task, (start, self.batches.work, self.batches.argument(start, items)))

    def _start(self) -> _Worker | None:
        _hold(True)
        try:
            worker = _Worker(self.context, self.forked)
        except OSError:  # cannot start another process: go on with those there are
            return None
        finally:
            _hold(False)
        self.workers.append(worker)
        return worker

    def fill(self, limit: int) -> None:
        """Give tasks to idle workers, then start workers up to the number of processes."""
        for worker in list(self.workers):
            if worker.task is None:
                task = self._next(limit)
                if task is None:
                    break
                self._give(worker, task)
        while len(self.workers) < self.processes:
            task = self._next(limit)
            if task is None:
                break
            worker = self._start()
            if worker is None:
                self.retry.appendleft(task)
                break
            self._give(worker, task)
        if self.exhausted and not self.retry:
            for worker in [w for w in self.workers if w.task is None]:
                self.workers.remove(worker)
                worker.stop(now=False)
        if not self.workers:  # not even one worker: check a task here
            task = self._next(limit)
            if task is not None:
                start, items, _ = task
                for offset, outcome in enumerate(self.batches.work(self.batches.argument(start, items))):
                    self.done[start + offset] = outcome

    def step(self, limit: int) -> None:
        """Wait for a busy worker to answer or for any worker to die, and take what it did. A worker
        that answers is given its next task at once, before its outcomes are reported (unless reading
        it may wait on a pipe: a line is never held back waiting for the next records)."""
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        waited = [w.connection for w in busy] + [w.process.sentinel for w in self.workers]
        if self.feed is not None and not self.exhausted and self.read < limit:
            waited.append(self.feed)  # more records come: give them to a worker that is idle
        ready = set(wait(waited))
        for worker in list(self.workers):
            if worker.connection in ready:
                try:
                    position, reply = worker.connection.recv()
                except (EOFError, OSError):
                    self._lost(worker)
                    continue
                self._take(worker, position, reply)
                task = self._next(limit)
                if task is not None:
                    self._give(worker, task)
            elif worker.process.sentinel in ready:
                self._lost(worker)

    def _take(self, worker: _Worker, position: int, reply: list[Outcome] | str) -> None:
        assert worker.task is not None and worker.task[0] == position
        start, items, _ = worker.task
        for offset, item in enumerate(items):
            if isinstance(reply, str):
                self.done[start + offset] = Outcome(None, f"{self.batches.label(item)}: not checked: {reply}")
            else:
                self.done[start + offset] = reply[offset]
        worker.task = None

    def _lost(self, worker: _Worker) -> None:
        """A worker died: its items go back to be done one by one, or are reported on a second death."""
        self.workers.remove(worker)
        worker.stop(now=True)
        if worker.task is None:
            return
        start, items, attempt = worker.task
        how = _stopped(worker.exitcode)
        if attempt == 0:
            self.retry.extendleft((start + i, [items[i]], 1) for i in reversed(range(len(items))))
            others = len(items) - 1
            noun = self.batches.noun
            note = f" and {others} other {noun}{'s' if others != 1 else ''}" if others else ""
            self.warnings.setdefault(start, []).append(
                f"{self.batches.label(items[0])}: the worker process checking it{note} stopped ({how}); "
                "checked again one at a time"
            )
            return
        label = self.batches.label(items[0])
        self.done[start] = Outcome(None, f"{label}: not checked: the worker process checking it stopped ({how})")

    def close(self) -> None:
        """Stop every worker still running (an interrupted or failed run)."""
        while self.workers:
            self.workers.pop().stop(now=True)
        if self.feed is not None:
            self.feed.close()


def run_all(
    jobs: list[Job], published: date | None, processes: int, on_done: Callable[[], None] | None = None
) -> Iterator[Outcome]:
    """Each job's outcome, in job order, using up to `processes` processes (at most the usable cores).

    Close the iterator (or let it finish) to stop the workers; `contextlib.closing` does it on an error.
    """
    processes = min(processes, usable_cores())
    if processes <= 1 or len(jobs) < processes * _MIN_FILES_PER_PROCESS:  # a few files: forking costs more
        for job in jobs:
            outcome = _check(job, published)
            if on_done:
                on_done()
            yield outcome
        return
    # The first file is checked here, before the workers are forked: the lazily imported parsers
    # and the lexicon tables it loads are then shared with every worker instead of built in each.
    first = _check(jobs[0], published)
    if on_done:
        on_done()
    yield first
    yield from _parallel(jobs[1:], published, processes, on_done)


def _parallel(
    jobs: list[Job], published: date | None, processes: int, on_done: Callable[[], None] | None
) -> Iterator[Outcome]:
    global _FORKED
    chunk = max(1, min(64, len(jobs) // (processes * 8)))
    label = _job_path
    if _forks():  # the workers inherit the job list: a task is two positions in it
        _FORKED = (jobs, published)
        batches = Batches(_work_range, lambda start, items: (start, start + len(items)), label)
    else:
        batches = Batches(_work_jobs, lambda start, items: (items, published), label)
    try:
        yield from _stream(iter(jobs), batches, processes, chunk, on_done)
    finally:
        _FORKED = None


def _job_path(job: Job) -> str:
    return job.path


def run_stream(
    items: Iterable, batches: Batches, processes: int, *, chunk: int = 16,  # type: ignore[type-arg]
    on_done: Callable[[], None] | None = None,
) -> Iterator[Outcome]:
    """Each item's outcome, in the order the items come, reading them only as they are needed.

    The first item is checked here before any worker starts (the lazily loaded tables are then
    shared with the forked workers). Close the iterator to stop the workers.
    """
    processes = min(processes, usable_cores())
    items = iter(items)
    position = 0
    for item in items:
        yield from batches.work(batches.argument(position, [item]))
        position += 1
        if on_done:
            on_done()
        if processes > 1:
            break
    if processes > 1:
        yield from _stream(items, batches, processes, chunk, on_done)


def _stream(
    items: Iterator, batches: Batches, processes: int, chunk: int,  # type: ignore[type-arg]
    on_done: Callable[[], None] | None,
) -> Iterator[Outcome]:
    import gc

    pool = _Pool(items, batches, processes, chunk)
    window = processes * chunk * _WINDOW_TASKS
    if pool.forked:
        gc.freeze()  # forked workers then leave the inherited objects alone (no copy-on-write by the collector)
    try:
        with _terminate_as_exit():
            position = 0
            while True:
                while position in pool.done:
                    outcome = pool.done.pop(position)
                    outcome.warnings[:0] = pool.warnings.pop(position, [])
                    if on_done:
                        on_done()
                    yield outcome
                    position += 1
                if pool.finished(position):
                    break
                pool.fill(position + window)
                pool.step(position + window)
    finally:
        pool.close()
        if pool.forked:
            gc.unfreeze()
