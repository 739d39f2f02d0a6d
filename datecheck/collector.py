"""No garbage-collector passes while a document is processed.

A long text makes hundreds of thousands of small objects that live until it is done (mentions,
their readings and intervals, segments), and none of them in reference cycles: what processing
drops is freed by reference counting as it goes. Python's collector still walks the new objects,
every 700 of them by default, and the older ones again as the heap grows: a tenth to a third of
the time on a text of a megabyte, and a few percent even with its thresholds raised a hundredfold,
for nothing found. So automatic collection is off while a document is processed, and on again,
if the caller had it on, when the last document in progress is done, in this thread or another; a
cycle made meanwhile would be collected by the collector's next pass after that.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_depth = 0
_was_enabled = False

P = ParamSpec("P")
R = TypeVar("R")


def _enter() -> None:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def _leave() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


def without_collections(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, run with automatic collection off (see the module's docstring)."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return wrapper
