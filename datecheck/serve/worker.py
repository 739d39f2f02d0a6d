"""The processes that run the server's checks, so that a check past the time limit can be stopped.

A worker is a child process that reads jobs from its end of a pipe, one at a time: a function of
datecheck's (sent by reference) and its arguments; it answers with ("ok", result) or, when the job
raised, ("error", kind, message, traceback). A job is a pure function of its arguments that returns
plain data (a JSON payload), so nothing of the server's state crosses the pipe.

Workers are forked from a fork server that has imported the engine and run one short check (this
fork server imports warmed.py, which does both), so a worker, first or replacement, starts in milliseconds
and answers its first request as fast as its hundredth. Where the system has no fork server, they
are spawned and warm themselves up first.
"""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from typing import Any

#: What a worker imports and runs once before its first job (or the fork server, for all of them).
_WARM_TEXT = "The council met on 3 March 2025.\n"


def warm() -> None:
    """Import the engine and check one short text, so the first real check pays for neither."""
    try:
        from . import checking, languagetool  # noqa: F401

        checking.check_payload(checking.parse_request({"text": _WARM_TEXT, "published": "2025-03-04"}))
    except Exception:  # a warm-up that fails costs its first request the time, nothing else
        pass


def context():  # type: ignore[no-untyped-def]
    """The multiprocessing context workers start in: a warmed fork server where there is one."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([f"{__package__}.warmed"])
        return ctx
    return multiprocessing.get_context("spawn")


def serve_jobs(connection, warmed: bool) -> None:  # type: ignore[no-untyped-def]
    """A worker's life: answer jobs until the server closes the pipe (or kills the process)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    if not warmed:
        warm()
    while True:
        try:
            function, arguments = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(_answer(function, arguments))


def _answer(function, arguments: tuple[Any, ...]) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    from .checking import BadRequest

    try:
        return ("ok", function(*arguments))
    except BadRequest as error:
        return ("error", "BadRequest", str(error), "")
    except Exception as error:
        return ("error", type(error).__name__, str(error)[:2000], traceback.format_exc()[-20000:])
