"""The per-request time limit, and how many checks run at once.

A check runs in a worker thread, so the server goes on answering while it reads a long story. At
most `workers` checks run at once; a request waits for a free one within its own time limit. A
request not answered within its limit gets 503 with the reason. The check it started cannot be
interrupted (Python threads cannot be), but it keeps its place among the `workers` until it ends,
so requests that time out cannot pile up work: the engine reads every text in linear time, and the
request size limit bounds how long.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class TimeLimitExceeded(Exception):
    """A request that was not answered within the server's time limit."""


class Runner:
    def __init__(self, workers: int, seconds: float) -> None:
        self.seconds = seconds
        self._slots = threading.BoundedSemaphore(max(1, workers))
        # threads for the checks, and for requests waiting for a free one
        self._executor = ThreadPoolExecutor(max_workers=4 * max(1, workers), thread_name_prefix="datecheck-check")

    async def run(self, function: Callable[[], T]) -> T:
        """`function()` in a worker thread; raises TimeLimitExceeded after the time limit."""
        deadline = time.monotonic() + self.seconds
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, self._call, function, deadline)
        try:
            return await asyncio.wait_for(future, timeout=self.seconds)
        except (asyncio.TimeoutError, TimeoutError):
            raise TimeLimitExceeded(self.message()) from None

    def message(self) -> str:
        return f"not answered within the server's time limit of {self.seconds:g} s; try a shorter text"

    def _call(self, function: Callable[[], T], deadline: float) -> T:
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise TimeLimitExceeded(self.message())
        try:
            return function()
        finally:
            self._slots.release()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
