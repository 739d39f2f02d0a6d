"""The worker processes behind pool.py: plain processes, each with a pipe to the parent.

A worker takes one task at a time, `(position, function, argument)`, and answers
`(position, function(argument))`; the function is a module-level one, sent by name. Ctrl-C reaches
only the parent (the workers ignore it) and SIGTERM is turned into an orderly exit, so the parent can
stop every worker before it leaves; on Linux a worker also dies with its parent.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The parent's ends of the workers' pipes; a forked worker closes its copies of them.
_PARENT_ENDS: list = []

#: The signals held back while a worker starts, so that none reaches it before its handlers are set.
_HELD = {signal.SIGINT, signal.SIGTERM}


def hold(held: bool) -> None:
    """Block or unblock the held signals in this thread (where the system has signal masks)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK if held else signal.SIG_UNBLOCK, _HELD)


def _worker(connection, forked: bool, parent: int) -> None:  # type: ignore[no-untyped-def]
    """A worker's life: a task in, its outcomes out, until the parent says stop or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent answers it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent stops a worker with SIGTERM: no traceback
    hold(False)
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
        position, function, argument = task
        outcomes = function(argument)
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


def stopped(exitcode: int | None) -> str:
    """How a worker ended, in words: 'killed by SIGKILL', 'exit status 3'."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}" if exitcode is not None else "it vanished"


class Worker:
    """One worker process, its pipe, and the task it holds (None when idle)."""

    def __init__(self, context, forked: bool) -> None:  # type: ignore[no-untyped-def]
        self.connection, child_end = context.Pipe()
        _PARENT_ENDS.append(self.connection)
        self.process = context.Process(target=_worker, args=(child_end, forked, os.getpid()), daemon=True)
        self.task: object | None = None
        self.exitcode: int | None = None
        try:
            self.process.start()
        except BaseException:
            _PARENT_ENDS.remove(self.connection)
            self.connection.close()
            raise
        finally:
            child_end.close()

    def give(self, task: object, message: tuple) -> None:  # type: ignore[type-arg]
        """Hand the worker a task; one that died before it could take it is seen as dead by the pool."""
        self.task = task
        try:
            self.connection.send(message)
        except OSError:
            pass

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


@contextmanager
def terminate_as_exit() -> Iterator[None]:
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
