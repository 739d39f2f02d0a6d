"""Fewer garbage-collector passes while a document is processed.

A long text makes hundreds of thousands of small objects that live until it is done (mentions,
their readings and intervals, segments), and next to none of them in reference cycles. With
Python's default thresholds the collector runs every 700 new objects and, as the heap grows, walks
all of them again and again: a tenth to a third of the time on a text of a megabyte. While a
document is processed the young generation is collected only every 100,000 new objects (cycles
made meanwhile are still collected, only less often) and the older ones hardly ever; the thresholds
the caller had are put back when the last document in progress is done, in this thread or another.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

#: The thresholds while a document is processed (see `gc.set_threshold`).
THRESHOLDS = (100_000, 50, 1_000)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()

P = ParamSpec("P")
R = TypeVar("R")


def _enter() -> None:
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] and _saved[0] < THRESHOLDS[0]:  # 0: the caller turned automatic collection off
                gc.set_threshold(*THRESHOLDS)
        _depth += 1


def _leave() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and gc.get_threshold() == THRESHOLDS:
            gc.set_threshold(*_saved)


def fewer_collections(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, run with the collector's thresholds raised (see the module's docstring)."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return wrapper
