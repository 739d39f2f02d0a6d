"""Checking many files in one process or several.

The output order never depends on the number of processes: results come back in the order the
files were listed (directories expanded in sorted order).

The workers are plain processes, each with a pipe to the parent: the parent hands out one task (a
run of files) at a time and waits on the pipes and on the processes themselves, so a worker that
dies (killed, out of memory) is seen at once. Its files are checked again one at a time in a fresh
worker; a file whose worker dies again is reported as not checked. Ctrl-C reaches only the parent
(the workers ignore it) and SIGTERM is turned into an orderly exit: either way the parent stops
every worker before it leaves, so no worker is left behind and none prints a traceback.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from .runner import Job, Outcome, internal_error, run_job

#: Below this many files per process, one process checks them all (starting workers costs more).
_MIN_FILES_PER_PROCESS = 4

#: The jobs of a parallel run, set before the workers are forked so they inherit them.
_FORKED: tuple[list[Job], date | None] | None = None

#: The parent's ends of the workers' pipes; a forked worker closes its copies of them.
_PARENT_ENDS: list = []

#: The signals held back while a worker starts, so that none reaches it before its handlers are set.
_HELD = {signal.SIGINT, signal.SIGTERM}

def _hold(held: bool) -> None:
    """Block or unblock the held signals in this thread (where the system has signal masks)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK if held else signal.SIG_UNBLOCK, _HELD)


#: A task: (first position, end position, attempt); attempt 1 is a file checked again on its own.
Task = tuple[int, int, int]


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


def _slim(outcome: Outcome) -> Outcome:
    """What a worker sends back: no prose copy and no mentions (the reports need neither)."""
    from .engine import CheckResult

    if outcome.result is not None:
        document = replace(outcome.result.document, prose="")
        outcome.result = CheckResult(document, [], outcome.result.findings)
    return outcome


def _check(job: Job, published: date | None) -> Outcome:
    """One job's outcome; whatever goes wrong on it stays with it."""
    try:
        return _slim(run_job(job, published))
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


def _worker(connection, forked: bool, parent: int) -> None:  # type: ignore[no-untyped-def]
    """A worker's life: a task in, its outcomes out, until the parent says stop or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent answers it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent stops a worker with SIGTERM: no traceback
    _hold(False)
    if forked:
        for end in _PARENT_ENDS:  # else a sibling's pipe would never see the parent go away
            end.close()
        _die_with_parent(parent)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        position, payload = task
        outcomes = _work_range(payload) if forked else _work_jobs(payload)
        try:
            connection.send((position, outcomes))
        except OSError:
            return
        except Exception as error:  # an outcome that cannot be sent back is reported, not lost
            connection.send((position, f"its outcome could not be sent back ({type(error).__name__}: {error})"))


def _die_with_parent(parent: int) -> None:
    """On Linux, ask the kernel to stop this worker if the parent dies without stopping it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the request was made
        os._exit(0)


def _stopped(exitcode: int | None) -> str:
    """How a worker ended, in words: 'killed by SIGKILL', 'exit status 3'."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}" if exitcode is not None else "it vanished"


class _Worker:
    def __init__(self, context, forked: bool) -> None:  # type: ignore[no-untyped-def]
        self.connection, child_end = context.Pipe()
        _PARENT_ENDS.append(self.connection)
        self.process = context.Process(target=_worker, args=(child_end, forked, os.getpid()), daemon=True)
        self.task: Task | None = None
        self.exitcode: int | None = None
        try:
            self.process.start()
        except BaseException:
            _PARENT_ENDS.remove(self.connection)
            self.connection.close()
            raise
        finally:
            child_end.close()

    def stop(self, *, now: bool) -> None:
        """Stop the worker: ask it (end of work) or terminate it (interrupted, failed)."""
        if now and self.process.is_alive():
            self.process.terminate()
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.exitcode = self.process.exitcode
        if self.exitcode is not None:  # its resources released now, not by a finalizer a Ctrl-C could hit
            self.process.close()
        self.connection.close()
        if self.connection in _PARENT_ENDS:
            _PARENT_ENDS.remove(self.connection)


class _Pool:
    """The workers of one run and the tasks still to do; outcomes land in `done` by position."""

    def __init__(self, jobs: list[Job], published: date | None, processes: int, chunk: int) -> None:
        import multiprocessing

        self.jobs, self.published, self.processes = jobs, published, processes
        self.forked = "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")
        self.context = multiprocessing.get_context("fork" if self.forked else "spawn")
        self.queue: deque[Task] = deque((i, min(i + chunk, len(jobs)), 0) for i in range(0, len(jobs), chunk))
        self.workers: list[_Worker] = []
        self.done: dict[int, Outcome] = {}
        self.warnings: dict[int, list[str]] = {}  # a note for the first file of a task checked again

    def _payload(self, task: Task) -> object:
        start, end, _ = task
        return (start, end) if self.forked else (self.jobs[start:end], self.published)

    def _give(self, worker: _Worker, task: Task) -> None:
        worker.task = task
        try:
            worker.connection.send((task[0], self._payload(task)))
        except OSError:  # it died before it could take the task: seen as dead by `step`
            pass

    def fill(self) -> None:
        """Start workers for the queued tasks, up to the number of processes."""
        while self.queue and len(self.workers) < self.processes:
            _hold(True)
            try:
                worker = _Worker(self.context, self.forked)
            except OSError:  # cannot start another process: go on with those there are
                break
            else:
                self.workers.append(worker)
            finally:
                _hold(False)
            self._give(worker, self.queue.popleft())
        if not self.workers and self.queue:  # not even one worker: check a task here
            start, end, _ = self.queue.popleft()
            for position in range(start, end):
                self.done[position] = _check(self.jobs[position], self.published)

    def step(self) -> None:
        """Wait for a worker to answer or to die, and take what it did."""
        from multiprocessing.connection import wait

        if not self.workers:
            return
        ready = set(wait([w.connection for w in self.workers] + [w.process.sentinel for w in self.workers]))
        for worker in list(self.workers):
            if worker.connection in ready:
                try:
                    position, reply = worker.connection.recv()
                except (EOFError, OSError):
                    self._lost(worker)
                    continue
                self._take(worker, position, reply)
            elif worker.process.sentinel in ready:
                self._lost(worker)

    def _take(self, worker: _Worker, position: int, reply: list[Outcome] | str) -> None:
        assert worker.task is not None and worker.task[0] == position
        start, end, _ = worker.task
        for offset, index in enumerate(range(start, end)):
            if isinstance(reply, str):
                self.done[index] = Outcome(None, f"{self.jobs[index].path}: not checked: {reply}")
            else:
                self.done[index] = reply[offset]
        worker.task = None
        if self.queue:
            self._give(worker, self.queue.popleft())
        else:
            self.workers.remove(worker)
            worker.stop(now=False)

    def _lost(self, worker: _Worker) -> None:
        """A worker died: its files go back in the queue one by one, or are reported on a second death."""
        self.workers.remove(worker)
        worker.stop(now=True)
        if worker.task is None:
            return
        start, end, attempt = worker.task
        how = _stopped(worker.exitcode)
        if attempt == 0:
            self.queue.extendleft((i, i + 1, 1) for i in reversed(range(start, end)))
            others = end - start - 1
            note = f" and {others} other file{'s' if others != 1 else ''}" if others else ""
            first = self.jobs[start].path
            self.warnings.setdefault(start, []).append(
                f"{first}: the worker process checking it{note} stopped ({how}); checked again one at a time"
            )
            return
        path = self.jobs[start].path
        self.done[start] = Outcome(None, f"{path}: not checked: the worker process checking it stopped ({how})")

    def close(self) -> None:
        """Stop every worker still running (an interrupted or failed run)."""
        while self.workers:
            self.workers.pop().stop(now=True)


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While workers run, SIGTERM exits through the clean-up (which stops them) instead of at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(number: int, frame: object) -> None:
        raise SystemExit(128 + number)

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    import gc

    global _FORKED
    chunk = max(1, min(64, len(jobs) // (processes * 8)))
    pool = _Pool(jobs, published, processes, chunk)
    if pool.forked:
        _FORKED = (jobs, published)
        gc.freeze()  # forked workers then leave the inherited objects alone (no copy-on-write by the collector)
    try:
        with _terminate_as_exit():
            position = 0
            while position < len(jobs):
                while position in pool.done:
                    outcome = pool.done.pop(position)
                    outcome.warnings[:0] = pool.warnings.pop(position, [])
                    if on_done:
                        on_done()
                    yield outcome
                    position += 1
                if position < len(jobs):
                    pool.fill()
                    pool.step()
    finally:
        pool.close()
        _FORKED = None
        if pool.forked:
            gc.unfreeze()
