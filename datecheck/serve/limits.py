"""The per-request time limit, and how many checks run at once.

Checks run in a small pool of worker processes (worker.py), `workers` of them, started with the
server (or one by one, as requests find none free). A request takes a free worker within its time limit, sends it its job and
waits for the answer until the limit; a request not answered by then gets the limit error (the app
answers 503), and the worker still busy with its check is killed and replaced by a fresh one. So a
check that runs too long is stopped, and the server keeps its `workers` ready. A worker that dies
on its own is replaced too, and its request gets an internal error.

The waiting happens in threads (one per request at most, four per worker), so the server goes on
answering pages and other requests meanwhile.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .checking import BadRequest


class TimeLimitExceeded(Exception):
    """A request that was not answered within the server's time limit."""


class WorkerError(Exception):
    """A job that raised in its worker (or a worker that died): the kind of error, its message, and
    the worker's traceback, for the log."""

    def __init__(self, kind: str, message: str, details: str = "") -> None:
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind = kind
        self.details = details


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        from .worker import serve_jobs

        self.connection, theirs = ctx.Pipe()
        warmed = ctx.get_start_method() == "forkserver"
        self.process = ctx.Process(target=serve_jobs, args=(theirs, warmed), daemon=True, name="datecheck-check")
        self.process.start()
        theirs.close()  # the worker's end lives in the worker only: its death ends the pipe

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Runner:
    def __init__(self, workers: int, seconds: float) -> None:
        self.seconds = seconds
        self.size = max(1, workers)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: list[Worker] = []  # every live worker, idle or busy (for stopping them all)
        self._lock = threading.Lock()
        self._ctx = None
        # threads that wait for the workers' answers, and for a free worker
        self._executor = ThreadPoolExecutor(max_workers=4 * self.size, thread_name_prefix="datecheck-wait")
        self._finalizer = weakref.finalize(self, _stop_all, self._all, self._executor)

    async def run(self, function: Callable[..., Any], *arguments: Any) -> Any:
        """`function(*arguments)` in a worker process: its result; raises TimeLimitExceeded after the
        time limit (the worker then killed and replaced), BadRequest as the job raised it, and
        WorkerError for any other error of the job."""
        deadline = time.monotonic() + self.seconds
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._call, function, arguments, deadline)

    def message(self) -> str:
        return f"not answered within the server's time limit of {self.seconds:g} s; try a shorter text"

    def pids(self) -> list[int]:
        """The worker processes' ids (for tests and the log)."""
        with self._lock:
            return [worker.process.pid for worker in self._all if worker.process.pid is not None]

    def _call(self, function: Callable[..., Any], arguments: tuple[Any, ...], deadline: float) -> Any:
        worker = self._take(deadline)
        try:
            worker.connection.send((function, arguments))
            if not worker.connection.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                worker = None
                raise TimeLimitExceeded(self.message())
            answer = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError) as error:
            if worker is not None:
                self._replace(worker)
                worker = None
            raise WorkerError(type(error).__name__, "the worker process ended while checking") from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if answer[0] == "ok":
            return answer[1]
        _, kind, message, details = answer
        if kind == "BadRequest":
            raise BadRequest(message)
        raise WorkerError(kind, message, details)

    def start(self) -> None:
        """Start the workers that are not running yet (the server does this before it listens; else the
        first request does)."""
        with self._lock:
            while len(self._all) < self.size:
                worker = Worker(self._context())
                self._all.append(worker)
                self._idle.put(worker)

    def _take(self, deadline: float) -> Worker:
        """A free worker (one more started while the pool is not full); TimeLimitExceeded when none is
        free in time."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._all) < self.size and self._finalizer.alive:
                worker = Worker(self._context())
                self._all.append(worker)
                return worker
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeLimitExceeded(self.message()) from None

    def _replace(self, worker: Worker) -> None:
        """Kill a worker (busy past the limit, or broken) and put a fresh one in its place."""
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if not self._finalizer.alive:
                return
            fresh = Worker(self._context())
            self._all.append(fresh)
        self._idle.put(fresh)

    def _context(self):  # type: ignore[no-untyped-def]
        if self._ctx is None:
            from .worker import context

            self._ctx = context()
        return self._ctx

    def close(self) -> None:
        """Stop every worker (the server is stopping)."""
        self._finalizer()


def _stop_all(workers: list[Worker], executor: ThreadPoolExecutor) -> None:
    executor.shutdown(wait=False, cancel_futures=True)
    for worker in list(workers):
        try:
            worker.stop()
        except Exception:  # stopping at exit: a worker already gone is fine
            pass
    workers.clear()
